package org.diplocal.engagement;

import org.diplocal.directory.Official;
import org.diplocal.extract.Draft;
import org.diplocal.extract.DraftPerson;
import org.diplocal.extract.DraftPlace;
import org.diplocal.extract.DraftStatus;
import org.diplocal.extract.Precision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a stored engagement becomes when a later report speaks of it: the more precise of the two on
 * every point. A fixed day beats a window, a narrower window a wider one, a time or a venue is added, a
 * report of postponement or cancellation changes the status; people, countries and topics accumulate.
 */
final class DraftMerge {

    private DraftMerge() {
    }

    static Draft of(Engagement e, Draft d) {
        LocalDate start = e.startDate;
        LocalDate end = e.endDate;
        Precision precision = e.precision;
        boolean statusReport = d.status() == DraftStatus.POSTPONED || d.status() == DraftStatus.CANCELLED;
        if (statusReport) {
            // "The visit planned for Tuesday was postponed": the date it gives is the old one; keep the dates.
            precision = e.precision;
        } else if (d.precision() == Precision.DAY && (e.precision == Precision.WINDOW || !d.start().equals(e.startDate)
                || !d.end().equals(e.endDate))) {
            start = d.start();
            end = d.end();
            precision = Precision.DAY;
        } else if (d.precision() == Precision.WINDOW && e.precision == Precision.WINDOW) {
            LocalDate from = d.start().isAfter(e.startDate) ? d.start() : e.startDate;
            LocalDate to = d.end().isBefore(e.endDate) ? d.end() : e.endDate;
            if (!from.isAfter(to)) {
                start = from;
                end = to;
            }
        }
        boolean timeFromDraft = d.startTime() != null && precision == Precision.DAY;
        DraftPlace stored = e.hasLocation()
                ? new DraftPlace(e.locationName, e.locationCity, e.locationCountry, e.zone, e.latitude, e.longitude) : null;
        DraftPlace place = morePrecise(stored, d.location()) ? d.location() : stored;

        List<DraftPerson> people = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Official o : e.participants) {
            people.add(new DraftPerson(o.name, o.role, o.country));
            names.add(o.slug);
        }
        for (DraftPerson p : d.participants()) {
            if (names.add(org.diplocal.extract.Slugs.of(p.name()))) {
                people.add(p);
            }
        }
        Set<String> countries = new LinkedHashSet<>(e.countries);
        countries.addAll(d.countries());
        Set<String> topics = new LinkedHashSet<>(e.topics);
        topics.addAll(d.topics());
        DraftStatus status = status(e, d, start);
        String zone = timeFromDraft ? d.zone() : (place == stored ? e.zone : place == null ? null : place.zone());
        return new Draft(e.title, e.kind, start, end, precision,
                timeFromDraft ? d.startTime() : e.startTime, timeFromDraft ? d.endTime() : e.endTime,
                zone, place, people, countries, topics, status, d.evidence());
    }

    /**
     * A postponement or cancellation is news; a later plain announcement only lifts a postponement when
     * it gives the engagement a new day.
     */
    private static DraftStatus status(Engagement e, Draft d, LocalDate mergedStart) {
        if (d.status() != DraftStatus.SCHEDULED) {
            return d.status();
        }
        boolean rescheduled = e.status == EngagementStatus.POSTPONED && d.precision() == Precision.DAY
                && !mergedStart.equals(e.startDate);
        return rescheduled ? DraftStatus.SCHEDULED : DraftStatus.valueOf(e.status.name());
    }

    /** A place with a city beats one without; a named venue in the same city beats the bare city. */
    private static boolean morePrecise(DraftPlace stored, DraftPlace offered) {
        if (offered == null) {
            return false;
        }
        if (stored == null) {
            return true;
        }
        if (stored.city() == null) {
            return offered.city() != null;
        }
        return offered.city() != null && offered.city().equalsIgnoreCase(stored.city())
                && offered.name() != null && !offered.name().equalsIgnoreCase(offered.city())
                && (stored.name() == null || stored.name().equalsIgnoreCase(stored.city()));
    }
}
