package org.diplocal.engagement;

import org.diplocal.extract.Draft;
import org.diplocal.extract.DraftPerson;
import org.diplocal.extract.DraftStatus;

import java.time.temporal.ChronoUnit;
import org.diplocal.extract.Slugs;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a draft speaks of an engagement already stored: the same kind of engagement, sharing its
 * principal participant (or, told of no one, a body's session of the same name and countries), on
 * overlapping dates, and not somewhere else. A visit and a meeting held during
 * it share people, dates and place, and stay apart because their kinds differ.
 */
final class SameEvent {

    /**
     * How far apart, in days, a report of a postponement or cancellation and the engagement it speaks of
     * may be, and how far a postponed engagement may move when it is given a new date.
     */
    static final int RESCHEDULE_DAYS = 60;

    /**
     * How far an editor's corrected date may be from what reports still say: they keep reporting the
     * engagement they got wrong, and must not add it again next to the correction.
     */
    static final int CORRECTION_DAYS = 7;

    private SameEvent() {
    }

    /**
     * Overlapping dates; or, when the draft reports a postponement or cancellation, or gives a postponed
     * engagement its new date, dates within {@link #RESCHEDULE_DAYS} of each other.
     */
    private static boolean datesAgree(Engagement stored, Draft draft) {
        boolean overlap = !draft.end().isBefore(stored.startDate) && !draft.start().isAfter(stored.endDate);
        if (overlap) {
            return true;
        }
        boolean moving = draft.status() == DraftStatus.POSTPONED || draft.status() == DraftStatus.CANCELLED
                || stored.status == EngagementStatus.POSTPONED;
        long apart = Math.min(Math.abs(ChronoUnit.DAYS.between(stored.startDate, draft.end())),
                Math.abs(ChronoUnit.DAYS.between(stored.endDate, draft.start())));
        return (moving && apart <= RESCHEDULE_DAYS) || (stored.editorLocked && apart <= CORRECTION_DAYS);
    }

    static boolean test(Engagement stored, Draft draft) {
        if (draft.participants().isEmpty()) {
            return sameSession(stored, draft);
        }
        Set<String> storedPeople = stored.participants.stream().map(o -> o.slug).collect(Collectors.toSet());
        if (!storedPeople.contains(Slugs.of(draft.participants().get(0).name()))) {
            return false;
        }
        boolean bothMeetSomeone = stored.participants.size() > 1 && draft.participants().size() > 1;
        boolean sameCounterpart = bothMeetSomeone && draft.participants().stream().skip(1).map(DraftPerson::name)
                .map(Slugs::of).anyMatch(s -> stored.participants.stream().skip(1).anyMatch(o -> o.slug.equals(s)));
        if (bothMeetSomeone && !sameCounterpart) {
            return false;
        }
        // Reports name one engagement differently ("a visit for talks with X", "talks with X"): with the same
        // counterpart the kind may differ.
        if (!Objects.equals(stored.kind, draft.kind()) && !sameCounterpart) {
            return false;
        }
        if (!datesAgree(stored, draft)) {
            return false;
        }
        return samePlace(stored, draft);
    }

    /**
     * A body's session told of no one ("The Chile-Peru joint committee will meet in Tacna on Thursday"): the same
     * kind and name, of the same countries, on overlapping dates, not somewhere else, and still told of no one. (A
     * "Joint commission" of Kenya and Uganda is not one of Chile and Peru.)
     */
    private static boolean sameSession(Engagement stored, Draft draft) {
        return stored.participants.isEmpty() && Objects.equals(stored.kind, draft.kind())
                && Slugs.of(stored.title).equals(Slugs.of(draft.title())) && !draft.countries().isEmpty()
                && stored.countries.equals(new java.util.TreeSet<>(draft.countries())) && datesAgree(stored, draft)
                && samePlace(stored, draft);
    }

    private static boolean samePlace(Engagement stored, Draft draft) {
        String city = draft.location() == null ? null : draft.location().city();
        String country = draft.location() == null ? null : draft.location().country();
        boolean cityClash = city != null && stored.locationCity != null && !city.equalsIgnoreCase(stored.locationCity);
        boolean countryClash = country != null && stored.locationCountry != null && !country.equals(stored.locationCountry);
        return !cityClash && !countryClash;
    }
}
