package org.diplocal.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A journey told as places, each with days of its own: "will visit Kenya from 27 to 30 November and Uganda from 30
 * November to 2 December", "travels first to Lima, on Monday, and then to Quito, on Wednesday". Each place is a visit
 * of its own on its days; the candidate told keeps the first.
 */
final class DatedLegs {
    private static final WordSet BETWEEN_LEGS = WordSet.of(",", "and", "then", "to", "on", "before", "after", "going",
            "travelling", "traveling", "continuing", "flying", "first", "finally");

    private DatedLegs() {
    }

    /** One place and the date told right after it. */
    private record Leg(PlaceMention place, SentenceFacts.Dated date) {
    }

    /**
     * The later legs of a journey whose places follow its event word ("travels first to X, ..."), as new visits;
     * {@code c} takes the first leg's place and date. Empty unless two places or more each have a date of their own.
     */
    static List<Candidate> split(SentenceFacts f, Candidate c, int regionEnd, EventPlaces places) {
        List<Leg> legs = legs(f, c.trigger.to(), regionEnd);
        List<Candidate> more = new ArrayList<>();
        if (legs.size() < 2) {
            return more;
        }
        c.loc = places.loc(legs.get(0).place());
        DateAssignment.apply(c, legs.get(0).date());
        for (Leg leg : legs.subList(1, legs.size())) {
            Candidate other = c.sibling();
            other.subjects.addAll(c.subjects);
            other.objects.addAll(c.objects);
            other.loc = places.loc(leg.place());
            DateAssignment.apply(other, leg.date());
            more.add(other);
        }
        return more;
    }

    /** Whether the places after {@code t} are two legs or more, each with days of its own. */
    static boolean told(SentenceFacts f, Trigger t, int regionEnd) {
        return legs(f, t.to(), regionEnd).size() >= 2;
    }

    /** The legs after an event word ending at {@code from}, each place before its date or each date before its place. */
    private static List<Leg> legs(SentenceFacts f, int from, int regionEnd) {
        List<Leg> legs = placesFirst(f, nextPlace(f, from, regionEnd), regionEnd);
        return legs.size() >= 2 ? legs : datesFirst(f, from, regionEnd);
    }

    /** "will travel on Tuesday to Ouagadougou and on Wednesday to Bamako": each date, then the place it takes the journey to. */
    private static List<Leg> datesFirst(SentenceFacts f, int from, int regionEnd) {
        List<Leg> legs = new ArrayList<>();
        SentenceFacts.Dated date = dateRightAfter(f, from, regionEnd);
        while (date != null) {
            PlaceMention place = nextPlace(f, f.tokenAt(date.mention().end() - 1) + 1, regionEnd);
            if (place == null) {
                break;
            }
            legs.add(new Leg(place, date));
            date = dateRightAfter(f, place.to(), regionEnd);
        }
        return legs;
    }

    private static List<Leg> placesFirst(SentenceFacts f, PlaceMention first, int regionEnd) {
        List<Leg> legs = new ArrayList<>();
        PlaceMention place = first;
        while (place != null) {
            SentenceFacts.Dated date = dateRightAfter(f, place.to(), regionEnd);
            if (date == null) {
                break;
            }
            legs.add(new Leg(place, date));
            place = nextPlace(f, f.tokenAt(date.mention().end() - 1) + 1, regionEnd);
        }
        return legs;
    }

    /** A date opening within two words after {@code from} ("Kenya, from 27 to 30 November", "Lima on Monday"). */
    private static SentenceFacts.Dated dateRightAfter(SentenceFacts f, int from, int regionEnd) {
        for (SentenceFacts.Dated d : f.dates) {
            if (d.token() >= from && d.token() <= from + 2 && d.token() < regionEnd) {
                return d;
            }
        }
        return null;
    }

    /** The country or town after {@code from} with only joining words before it ("and then to"), or null. */
    private static PlaceMention nextPlace(SentenceFacts f, int from, int regionEnd) {
        for (int k = from; k < regionEnd && k < from + 6; k++) {
            for (PlaceMention p : f.places.places()) {
                if (p.from() == k && !p.possessive() && p.kind() != PlaceMention.Kind.ORGANISATION) {
                    return p;
                }
            }
            if (!BETWEEN_LEGS.contains(f.tokens, k)) {
                return null;
            }
        }
        return null;
    }
}
