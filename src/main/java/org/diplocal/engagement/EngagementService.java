package org.diplocal.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.diplocal.directory.Official;
import org.diplocal.directory.OfficialDirectory;
import org.diplocal.extract.Draft;
import org.diplocal.extract.DraftPlace;
import org.diplocal.extract.Precision;
import org.diplocal.extract.Slugs;
import org.diplocal.http.Problem;
import org.diplocal.http.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Creates and changes engagements. A change a subscriber can see raises SEQUENCE, moves LAST-MODIFIED,
 * is written to the engagement's history with its cause, and tells the feeds once it has committed.
 */
@ApplicationScoped
@Transactional
public class EngagementService {

    @Inject
    OfficialDirectory officials;

    @Inject
    EngagementHistory history;

    @Inject
    Event<EngagementsChanged> changed;

    Clock clock = Clock.systemUTC();

    /** Stores a new engagement under the UID {@link Engagement#uidFor} derives from {@code identitySeed}. */
    public Engagement create(Draft draft, Engagement.Origin origin, SourceRef source, String identitySeed) {
        Engagement e = new Engagement();
        e.uid = Engagement.uidFor(identitySeed);
        if (Engagement.byUid(e.uid).isPresent()) {
            throw new ProblemException(Problem.of(409, "Conflict",
                    "An engagement with the same identity already exists: " + e.uid));
        }
        e.origin = origin;
        e.editorLocked = origin == Engagement.Origin.EDITOR;
        e.sequence = 0;
        e.createdAt = now();
        e.lastModified = e.createdAt;
        copyFields(draft, e);
        addSource(e, source, draft.evidence());
        e.persist();
        history.record(e, EngagementChange.Action.CREATED, source, null, Snapshot.of(e));
        changed.fire(new EngagementsChanged(1));
        return e;
    }

    /**
     * Records what one report says: each draft updates the stored engagement it speaks of, or becomes a new
     * one. Answers the engagements in the drafts' order. An engagement an editor corrected keeps the
     * correction; the report joins its sources and the history notes what it said otherwise.
     */
    public List<Recorded> record(List<Draft> drafts, SourceRef source, String identityPrefix) {
        List<Recorded> result = new ArrayList<>();
        Set<Long> taken = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            // A draft that speaks of an engagement merged into another updates the one it was merged into.
            Engagement match = candidates(draft).stream()
                    .filter(e -> SameEvent.test(e, draft))
                    .map(EngagementService::survivor)
                    .filter(e -> !taken.contains(e.id) && !restsOn(e, source))
                    .findFirst().orElse(null);
            Recorded.Change change;
            if (match == null) {
                match = create(draft, Engagement.Origin.REPORT, source,
                        identityPrefix + ":" + i + ":" + draft.title() + ":" + draft.start());
                change = Recorded.Change.NEW;
            } else {
                change = update(match, draft, source) ? Recorded.Change.UPDATED : Recorded.Change.UNCHANGED;
            }
            taken.add(match.id);
            result.add(new Recorded(match, change));
        }
        return result;
    }

    /** An editor's correction: it replaces what the engagement says and outlives what reports say later. */
    public Engagement correct(String uid, Draft draft) {
        Engagement e = require(uid);
        e.editorLocked = true;
        if (draft.evidence() != null && !draft.evidence().isBlank()) {
            addSource(e, SourceRef.EDITOR, draft.evidence());
        }
        apply(e, draft, SourceRef.EDITOR);
        return e;
    }

    /** Cancels rather than deletes, so that subscribed calendars learn of it and remove the event. */
    public Engagement cancel(String uid) {
        Engagement e = require(uid);
        e.editorLocked = true;
        Map<String, Object> before = Snapshot.of(e);
        if (e.status != EngagementStatus.CANCELLED) {
            e.status = EngagementStatus.CANCELLED;
            changedVisibly(e, EngagementChange.Action.UPDATED, SourceRef.EDITOR, before);
        }
        return e;
    }

    /**
     * An editor's word that two engagements are one: the duplicate's people, countries, topics and sources
     * join the survivor; the duplicate stays in feeds as cancelled so subscribed calendars drop it, and
     * reports that speak of it later update the survivor.
     */
    public Engagement merge(String survivorUid, String duplicateUid) {
        if (survivorUid.equals(duplicateUid)) {
            throw ProblemException.badRequest("An engagement cannot be merged into itself.");
        }
        Engagement survivor = require(survivorUid);
        Engagement duplicate = require(duplicateUid);
        if (duplicate.mergedInto != null) {
            throw ProblemException.badRequest("'" + duplicateUid + "' was already merged into another engagement.");
        }
        Map<String, Object> before = Snapshot.of(survivor);
        duplicate.participants.stream().filter(o -> !survivor.participants.contains(o)).forEach(survivor.participants::add);
        survivor.countries.addAll(duplicate.countries);
        survivor.topics.addAll(duplicate.topics);
        duplicate.sources.forEach(s -> addSource(survivor, new SourceRef(s.reportId, s.url), s.evidence));
        survivor.editorLocked = true;
        changedVisibly(survivor, EngagementChange.Action.MERGED, SourceRef.EDITOR, before);

        Map<String, Object> duplicateBefore = Snapshot.of(duplicate);
        duplicate.mergedInto = survivor.id;
        duplicate.status = EngagementStatus.CANCELLED;
        duplicate.editorLocked = true;
        changedVisibly(duplicate, EngagementChange.Action.MERGED, SourceRef.EDITOR, duplicateBefore);
        return survivor;
    }

    /**
     * An editor's word that one engagement is two: {@code part} becomes a new engagement, taking with it
     * the sources of the listed reports. Both are editor-owned from then on.
     */
    public Engagement split(String uid, Draft part, List<String> reportIds) {
        Engagement original = require(uid);
        Set<String> moving = new HashSet<>(reportIds);
        Engagement created = create(part, Engagement.Origin.EDITOR, SourceRef.EDITOR,
                "split:" + uid + ":" + UUID.randomUUID());
        for (EngagementSource s : List.copyOf(original.sources)) {
            if (s.reportId != null && moving.contains(s.reportId)) {
                addSource(created, new SourceRef(s.reportId, s.url), s.evidence);
                original.sources.remove(s);
            }
        }
        original.editorLocked = true;
        history.record(original, EngagementChange.Action.SPLIT, SourceRef.EDITOR,
                null, Map.of("splitInto", created.uid));
        return created;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Engagement> find(String uid) {
        return Engagement.byUid(uid);
    }

    private Engagement require(String uid) {
        return Engagement.byUid(uid).orElseThrow(() -> ProblemException.notFound(
                "No engagement has the UID '" + uid + "'. GET /api/engagements lists them."));
    }

    /** Stored engagements a draft may speak of; see {@link SameEvent} for the test itself. */
    private List<Engagement> candidates(Draft draft) {
        if (draft.participants().isEmpty()) { // a body's session told of no one: those of no one on nearby days
            return Engagement.list("select e from Engagement e where e.participants is empty and e.endDate >= ?1 "
                    + "and e.startDate <= ?2 order by e.id", draft.start().minusDays(SameEvent.RESCHEDULE_DAYS),
                    end(draft).plusDays(SameEvent.RESCHEDULE_DAYS));
        }
        String principal = Slugs.of(draft.participants().get(0).name());
        LocalDate from = draft.start().minusDays(SameEvent.RESCHEDULE_DAYS);
        LocalDate to = end(draft).plusDays(SameEvent.RESCHEDULE_DAYS);
        return Engagement.list("select distinct e from Engagement e join e.participants p where p.slug = ?1 "
                + "and e.endDate >= ?2 and e.startDate <= ?3 order by e.id", principal, from, to);
    }

    private static Engagement survivor(Engagement e) {
        Engagement current = e;
        for (int hops = 0; current.mergedInto != null && hops < 16; hops++) {
            current = Engagement.findById(current.mergedInto);
        }
        return current;
    }

    private static boolean restsOn(Engagement e, SourceRef source) {
        return source.reportId() != null && e.sources.stream().anyMatch(s -> source.reportId().equals(s.reportId));
    }

    /** A report speaks of a stored engagement. Answers whether a subscriber sees a change. */
    private boolean update(Engagement e, Draft draft, SourceRef source) {
        addSource(e, source, draft.evidence());
        Draft merged = DraftMerge.of(e, draft);
        if (e.editorLocked) {
            Map<String, Object> current = Snapshot.of(e);
            Map<String, Object> said = Snapshot.differing(Snapshot.of(merged), current);
            if (!said.isEmpty()) {
                history.record(e, EngagementChange.Action.OVERRULED, source,
                        Snapshot.differing(current, Snapshot.of(merged)), said);
            }
            return false;
        }
        return apply(e, merged, source);
    }

    private boolean apply(Engagement e, Draft target, SourceRef cause) {
        Map<String, Object> before = Snapshot.of(e);
        copyFields(target, e);
        return changedVisibly(e, EngagementChange.Action.UPDATED, cause, before);
    }

    /** If what subscribers see differs from {@code before}: SEQUENCE up, LAST-MODIFIED now, history, feeds told. */
    private boolean changedVisibly(Engagement e, EngagementChange.Action action, SourceRef cause, Map<String, Object> before) {
        Map<String, Object> after = Snapshot.of(e);
        if (after.equals(before)) {
            return false;
        }
        e.sequence++;
        Instant now = now();
        e.lastModified = now.isAfter(e.lastModified) ? now : e.lastModified.plusSeconds(1);
        history.record(e, action, cause, Snapshot.differing(before, after), Snapshot.differing(after, before));
        changed.fire(new EngagementsChanged(1));
        return true;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static void addSource(Engagement e, SourceRef source, String evidence) {
        boolean known = e.sources.stream().anyMatch(s -> Objects.equals(s.reportId, source.reportId())
                && Objects.equals(s.evidence, evidence));
        if (known) {
            return;
        }
        EngagementSource s = new EngagementSource();
        s.engagement = e;
        s.reportId = source.reportId();
        s.url = source.url();
        s.evidence = evidence;
        e.sources.add(s);
    }

    private void copyFields(Draft d, Engagement e) {
        List<Official> participants = new ArrayList<>();
        d.participants().forEach(p -> {
            Official o = officials.resolve(p);
            if (!participants.contains(o)) {
                participants.add(o);
            }
        });
        DraftPlace place = d.location();
        e.title = d.title();
        e.kind = d.kind();
        e.startDate = d.start();
        e.endDate = end(d);
        e.precision = d.precision() == null ? Precision.DAY : d.precision();
        e.startTime = d.startTime();
        e.endTime = d.endTime();
        e.zone = d.zone() != null ? d.zone() : place == null ? null : place.zone();
        e.locationName = place == null ? null : place.name();
        e.locationCity = place == null ? null : place.city();
        e.locationCountry = place == null ? null : place.country();
        e.latitude = place == null ? null : place.latitude();
        e.longitude = place == null ? null : place.longitude();
        e.status = EngagementStatus.of(d.status());
        if (!e.participants.equals(participants)) {
            e.participants.clear();
            e.participants.addAll(participants);
        }
        if (!e.countries.equals(new java.util.TreeSet<>(d.countries()))) {
            e.countries.clear();
            e.countries.addAll(d.countries());
        }
        if (!e.topics.equals(new java.util.TreeSet<>(d.topics()))) {
            e.topics.clear();
            e.topics.addAll(d.topics());
        }
    }

    private static LocalDate end(Draft d) {
        return d.end() == null ? d.start() : d.end();
    }
}
