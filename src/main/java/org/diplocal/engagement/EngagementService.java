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
import org.diplocal.http.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/** Creates and changes engagements; every change moves SEQUENCE and LAST-MODIFIED and tells the feeds. */
@ApplicationScoped
@Transactional
public class EngagementService {

    @Inject
    OfficialDirectory officials;

    @Inject
    Event<EngagementsChanged> changed;

    Clock clock = Clock.systemUTC();

    /**
     * Stores a new engagement. The UID is derived from {@code identitySeed}, so loading the same data into
     * an empty database gives subscribers the same UIDs again.
     */
    public Engagement create(Draft draft, Engagement.Origin origin, SourceRef source, String identitySeed) {
        Engagement e = new Engagement();
        e.uid = UUID.nameUUIDFromBytes(identitySeed.getBytes(StandardCharsets.UTF_8)) + "@diplocal";
        if (Engagement.byUid(e.uid).isPresent()) {
            throw new ProblemException(org.diplocal.http.Problem.of(409, "Conflict",
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
        changed.fire(new EngagementsChanged(1));
        return e;
    }

    /**
     * Records what one report says: each draft updates the stored engagement it speaks of, or becomes a new
     * one. Answers the engagements in the drafts' order. An engagement an editor corrected keeps the
     * correction and only gains the report as a source.
     */
    public List<Recorded> record(List<Draft> drafts, SourceRef source, String identityPrefix) {
        List<Recorded> result = new ArrayList<>();
        java.util.Set<Long> taken = new java.util.HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            Engagement match = candidates(draft).stream()
                    .filter(e -> !taken.contains(e.id) && !restsOn(e, source) && SameEvent.test(e, draft))
                    .findFirst().orElse(null);
            Recorded.Change change;
            if (match == null) {
                match = create(draft, Engagement.Origin.REPORT, source,
                        identityPrefix + ":" + i + ":" + draft.title() + ":" + draft.start());
                change = Recorded.Change.NEW;
            } else {
                change = merge(match, draft, source) ? Recorded.Change.UPDATED : Recorded.Change.UNCHANGED;
            }
            taken.add(match.id);
            result.add(new Recorded(match, change));
        }
        return result;
    }

    private List<Engagement> candidates(Draft draft) {
        if (draft.participants().isEmpty()) {
            return List.of();
        }
        String principal = org.diplocal.extract.Slugs.of(draft.participants().get(0).name());
        return Engagement.list("select distinct e from Engagement e join e.participants p where p.slug = ?1 "
                + "and e.endDate >= ?2 and e.startDate <= ?3 order by e.id", principal, draft.start(), end(draft));
    }

    private static boolean restsOn(Engagement e, SourceRef source) {
        return source.reportId() != null && e.sources.stream().anyMatch(s -> source.reportId().equals(s.reportId));
    }

    /** Answers whether a subscriber sees a change. */
    private boolean merge(Engagement e, Draft draft, SourceRef source) {
        addSource(e, source, draft.evidence());
        if (e.editorLocked) {
            return false;
        }
        if (copyFields(DraftMerge.of(e, draft), e)) {
            touch(e);
            return true;
        }
        return false;
    }

    /** An editor's correction: it replaces what the engagement says and is never overwritten by reports. */
    public Engagement correct(String uid, Draft draft) {
        Engagement e = require(uid);
        boolean visible = copyFields(draft, e);
        e.editorLocked = true;
        if (draft.evidence() != null && !draft.evidence().isBlank()) {
            addSource(e, SourceRef.EDITOR, draft.evidence());
        }
        if (visible) {
            touch(e);
        }
        return e;
    }

    /** Cancels rather than deletes, so that subscribed calendars learn of it and remove the event. */
    public Engagement cancel(String uid) {
        Engagement e = require(uid);
        e.editorLocked = true;
        if (e.status != EngagementStatus.CANCELLED) {
            e.status = EngagementStatus.CANCELLED;
            touch(e);
        }
        return e;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Engagement> find(String uid) {
        return Engagement.byUid(uid);
    }

    private Engagement require(String uid) {
        return Engagement.byUid(uid).orElseThrow(() -> ProblemException.notFound(
                "No engagement has the UID '" + uid + "'. GET /api/engagements lists them."));
    }

    private void touch(Engagement e) {
        e.sequence++;
        Instant now = now();
        e.lastModified = now.isAfter(e.lastModified) ? now : e.lastModified.plusSeconds(1);
        changed.fire(new EngagementsChanged(1));
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

    /** Copies what a subscriber sees; answers whether anything of it changed. */
    boolean copyFields(Draft d, Engagement e) {
        List<Official> participants = new ArrayList<>();
        d.participants().forEach(p -> {
            Official o = officials.resolve(p);
            if (!participants.contains(o)) {
                participants.add(o);
            }
        });
        DraftPlace place = d.location();
        boolean changed = !Objects.equals(e.title, d.title())
                || !Objects.equals(e.kind, d.kind())
                || !Objects.equals(e.startDate, d.start())
                || !Objects.equals(e.endDate, end(d))
                || e.precision != precision(d)
                || !Objects.equals(e.startTime, d.startTime())
                || !Objects.equals(e.endTime, d.endTime())
                || !Objects.equals(e.zone, d.zone())
                || !Objects.equals(e.locationName, place == null ? null : place.name())
                || !Objects.equals(e.locationCity, place == null ? null : place.city())
                || !Objects.equals(e.locationCountry, place == null ? null : place.country())
                || !Objects.equals(e.latitude, place == null ? null : place.latitude())
                || !Objects.equals(e.longitude, place == null ? null : place.longitude())
                || e.status != EngagementStatus.of(d.status())
                || !e.participants.equals(participants)
                || !new TreeSet<>(e.countries).equals(new TreeSet<>(d.countries()))
                || !new TreeSet<>(e.topics).equals(new TreeSet<>(d.topics()));
        if (!changed) {
            return false;
        }
        e.title = d.title();
        e.kind = d.kind();
        e.startDate = d.start();
        e.endDate = end(d);
        e.precision = precision(d);
        e.startTime = d.startTime();
        e.endTime = d.endTime();
        e.zone = d.zone();
        e.locationName = place == null ? null : place.name();
        e.locationCity = place == null ? null : place.city();
        e.locationCountry = place == null ? null : place.country();
        e.latitude = place == null ? null : place.latitude();
        e.longitude = place == null ? null : place.longitude();
        e.status = EngagementStatus.of(d.status());
        e.participants.clear();
        e.participants.addAll(participants);
        e.countries.clear();
        e.countries.addAll(d.countries());
        e.topics.clear();
        e.topics.addAll(d.topics());
        return true;
    }

    private static java.time.LocalDate end(Draft d) {
        return d.end() == null ? d.start() : d.end();
    }

    private static Precision precision(Draft d) {
        return d.precision() == null ? Precision.DAY : d.precision();
    }
}
