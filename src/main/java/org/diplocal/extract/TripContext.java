package org.diplocal.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A trip's legs in order, read from a sentence that lists the countries of a tour ("Korea is the last
 * leg of his Asia swing that includes stops in Japan, Malaysia and Vietnam"). An engagement in one leg
 * that the report does not date lies between the last dated engagement of the leg before and the first
 * of the leg after, within the tour's own days.
 */
final class TripContext {
    private static final WordSet ITINERARY_WORDS = WordSet.of("leg", "legs", "stops", "stop", "swing", "tour", "itinerary",
            "trip", "visits", "journey", "travel", "travels");

    private final List<String> legs;

    private TripContext(List<String> legs) {
        this.legs = legs;
    }

    static TripContext of(List<SentenceFacts> report) {
        for (SentenceFacts f : report) {
            int named = 0;
            for (PlaceMention p : f.places.places()) {
                named += p.kind() == PlaceMention.Kind.COUNTRY ? 1 : 0;
            }
            if (named < 3) {
                continue; // fewer than three countries: no itinerary, whatever the words
            }
            int cue = -1;
            for (int i = 0; i < f.tokens.size(); i++) {
                if (ITINERARY_WORDS.contains(f.tokens, i) && !f.background[i]) {
                    cue = cue < 0 || f.tokens.is(i, "leg") ? i : cue;
                }
            }
            if (cue < 0) {
                continue;
            }
            List<String> before = new ArrayList<>();
            List<String> after = new ArrayList<>();
            for (PlaceMention p : f.places.places()) {
                if (p.kind() == PlaceMention.Kind.COUNTRY && !p.possessive() && !f.background[p.from()]) {
                    List<String> side = p.from() < cue ? before : after;
                    if (!side.contains(p.country())) {
                        side.add(p.country());
                    }
                }
            }
            if (before.size() + after.size() < 3 || after.size() < 2) {
                continue;
            }
            List<String> legs = new ArrayList<>(after);
            boolean last = cue > 0 && (f.tokens.is(cue - 1, "last") || f.tokens.is(cue - 1, "final"));
            if (last) {
                legs.addAll(before); // "Korea is the last leg of ... Japan, Malaysia and Vietnam"
            } else {
                legs.addAll(0, before);
            }
            return new TripContext(legs);
        }
        return new TripContext(List.of());
    }

    /**
     * The country of the leg an unplaced meeting with one foreign counterpart belongs to: "meetings planned with
     * Salvadoran President X, ..." on a tour of Panama, El Salvador and Costa Rica is in El Salvador; else null.
     */
    String legOf(Candidate c) {
        if (c.loc != null || c.virtual || c.objects.size() != 1 || c.anchor != null) {
            return null;
        }
        String country = c.objects.iterator().next().country;
        boolean foreign = country != null && c.subjects.stream().noneMatch(p -> country.equals(p.country));
        return foreign && legs.contains(country) ? country : null;
    }

    /**
     * Dates a leg's undated engagement between the dated legs before and after it, or the tour's own first or
     * last day where none is dated; false when it cannot.
     */
    boolean date(Candidate c, List<Candidate> events) {
        if (c.loc == null || c.loc.country() == null) {
            return false;
        }
        int at = legs.indexOf(c.loc.country());
        if (at < 0) {
            return false;
        }
        LocalDate from = null;
        LocalDate to = null;
        Candidate tour = null;
        for (Candidate e : events) {
            if (!e.dated() || !e.sharesParticipantWith(c)) {
                continue;
            }
            if (e.loc == null && e.groupCountries.containsAll(legs) && e.precision == Precision.DAY) {
                tour = e;
                continue;
            }
            if (e.loc == null || e.precision != Precision.DAY) {
                continue; // a leg's window bounds nothing
            }
            int leg = legs.indexOf(e.loc.country()); // the nearest dated legs before and after, however far
            if (leg >= 0 && leg < at && (from == null || e.end.isAfter(from))) {
                from = e.end;
            }
            if (leg > at && (to == null || e.start.isBefore(to))) {
                to = e.start;
            }
        }
        LocalDate first = from != null ? from.plusDays(1) : tour != null ? tour.start : null;
        LocalDate last = to != null ? to.minusDays(1) : tour != null ? tour.end : null;
        if (first == null || last == null || from != null && to != null && !from.plusDays(1).isBefore(to)
                || last.isBefore(first)) {
            return false;
        }
        c.date(first, last, Precision.WINDOW);
        return true;
    }
}
