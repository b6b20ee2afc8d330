package org.diplocal.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "X will travel to Kenya and Uganda from 8 to 11 March. She will arrive in Nairobi on Sunday ... On Tuesday she will
 * fly to Kampala": a tour of several countries whose arrivals the report dates one by one is a stay in each country,
 * from the day of its arrival to the next arrival, the last one to the tour's end. The tour itself keeps no one town.
 */
final class TourLegs {
    private TourLegs() {
    }

    /** One arrival: its day, its town, and the engagement it was told as (null when the tour took the town itself). */
    private record Arrival(LocalDate day, Candidate.Loc town, Candidate told) {
    }

    static void split(List<Candidate> events) {
        List<Candidate> legs = new ArrayList<>();
        for (Candidate tour : events) {
            if (!aTourOfDays(tour)) {
                continue;
            }
            List<Arrival> arrivals = arrivals(tour, events);
            if (arrivals.size() < 2) {
                continue;
            }
            for (int i = 0; i < arrivals.size(); i++) {
                Arrival a = arrivals.get(i);
                LocalDate until = i + 1 < arrivals.size() ? arrivals.get(i + 1).day() : tour.end;
                Candidate leg = a.told();
                if (leg == null) {
                    leg = tour.sibling();
                    leg.subjects.addAll(tour.subjects);
                    leg.objects.addAll(tour.objects);
                    leg.loc = a.town();
                    legs.add(leg);
                }
                leg.date(a.day(), until, Precision.DAY);
            }
            tour.loc = null;
        }
        events.addAll(legs);
    }

    private static boolean aTourOfDays(Candidate tour) {
        return tour.tourOfSeveral() && tour.dated() && tour.precision == Precision.DAY
                && tour.start.isBefore(tour.end) && tour.status == DraftStatus.SCHEDULED;
    }

    /**
     * The dated arrivals in the tour's countries, in order of days, one for each change of country; the tour's own town
     * (an arrival told of its first day, merged into it) first. Empty unless two countries or more are reached.
     */
    private static List<Arrival> arrivals(Candidate tour, List<Candidate> events) {
        List<Arrival> all = new ArrayList<>();
        if (townOfTheTour(tour, tour.loc)) {
            all.add(new Arrival(tour.start, tour.loc, null));
        }
        for (Candidate s : events) {
            if (s != tour && s.family().equals("visit") && townOfTheTour(tour, s.loc) && s.dated() && s.start.equals(s.end)
                    && !s.start.isBefore(tour.start) && !s.start.isAfter(tour.end) && s.sharesParticipantWith(tour)
                    && s.status == DraftStatus.SCHEDULED) {
                all.add(new Arrival(s.start, s.loc, s));
            }
        }
        all.sort(Comparator.comparing(Arrival::day));
        List<Arrival> changes = new ArrayList<>();
        for (Arrival a : all) {
            if (changes.isEmpty() || !changes.get(changes.size() - 1).town().country().equals(a.town().country())) {
                changes.add(a);
            }
        }
        boolean fromTheFirstDay = !changes.isEmpty() && changes.get(0).day().equals(tour.start);
        return fromTheFirstDay && changes.stream().map(a -> a.town().country()).distinct().count() == changes.size()
                ? changes : List.of();
    }

    private static boolean townOfTheTour(Candidate tour, Candidate.Loc loc) {
        return loc != null && loc.level() == 1 && loc.city() != null && loc.country() != null
                && tour.groupCountries.contains(loc.country());
    }
}
