package org.diplocal.engagement;

import org.diplocal.extract.Draft;
import org.diplocal.extract.DraftPerson;
import org.diplocal.extract.Slugs;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a draft speaks of an engagement already stored: the same kind of engagement, sharing its
 * principal participant, on overlapping dates, and not somewhere else. A visit and a meeting held during
 * it share people, dates and place, and stay apart because their kinds differ.
 */
final class SameEvent {

    private SameEvent() {
    }

    static boolean test(Engagement stored, Draft draft) {
        if (draft.participants().isEmpty() || !Objects.equals(stored.kind, draft.kind())) {
            return false;
        }
        Set<String> storedPeople = stored.participants.stream().map(o -> o.slug).collect(Collectors.toSet());
        if (!storedPeople.contains(Slugs.of(draft.participants().get(0).name()))) {
            return false;
        }
        if (stored.participants.size() > 1 && draft.participants().size() > 1) {
            boolean counterpart = draft.participants().stream().skip(1).map(DraftPerson::name).map(Slugs::of)
                    .anyMatch(s -> stored.participants.stream().skip(1).map(o -> o.slug).anyMatch(s::equals));
            if (!counterpart) {
                return false;
            }
        }
        if (draft.end().isBefore(stored.startDate) || draft.start().isAfter(stored.endDate)) {
            return false;
        }
        String city = draft.location() == null ? null : draft.location().city();
        String country = draft.location() == null ? null : draft.location().country();
        boolean cityClash = city != null && stored.locationCity != null && !city.equalsIgnoreCase(stored.locationCity);
        boolean countryClash = country != null && stored.locationCountry != null && !country.equals(stored.locationCountry);
        return !cityClash && !countryClash;
    }
}
