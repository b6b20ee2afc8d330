package org.diplocal.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A trip's legs in order, read from a sentence that lists the countries of a tour ("Korea is the last
 * leg of his Asia swing that includes stops in Japan, Malaysia and Vietnam"). An engagement in one leg
 * that the report does not date lies between the last dated engagement of the leg before and the first
 * of the leg after.
 */
final class TripContext {
    private static final WordSet ITINERARY_WORDS = WordSet.of("leg", "legs", "stops", "stop", "swing", "tour", "itinerary",
            "trip", "visits", "journey");

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

    /** Dates a leg's undated engagement between its neighbours' dated ones; false when it cannot. */
    boolean date(Candidate c, List<Candidate> events) {
        if (c.loc == null || c.loc.country() == null) {
            return false;
        }
        int at = legs.indexOf(c.loc.country());
        if (at <= 0 || at >= legs.size() - 1) {
            return false;
        }
        LocalDate from = null;
        LocalDate to = null;
        for (Candidate e : events) {
            if (!e.dated() || e.loc == null || !e.sharesParticipantWith(c)) {
                continue;
            }
            if (legs.get(at - 1).equals(e.loc.country()) && (from == null || e.end.isAfter(from))) {
                from = e.end;
            }
            if (legs.get(at + 1).equals(e.loc.country()) && (to == null || e.start.isBefore(to))) {
                to = e.start;
            }
        }
        if (from == null || to == null || !from.plusDays(1).isBefore(to)) {
            return false;
        }
        c.date(from.plusDays(1), to.minusDays(1), Precision.WINDOW);
        return true;
    }
}
