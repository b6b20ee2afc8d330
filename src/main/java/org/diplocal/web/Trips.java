package org.diplocal.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds an official's trips: engagements abroad or at home that follow each other with at most
 * {@link #GAP_DAYS} free days between them, in two or more countries. Consecutive engagements in one
 * country make one leg, named after the city most of them are in (Tokyo → Kuala Lumpur → Hanoi → Seoul).
 */
public final class Trips {

    /** Free days allowed between two engagements of one trip. */
    static final int GAP_DAYS = 3;

    private Trips() {
    }

    /**
     * @param tbc every engagement of the leg is windowed, so its days are only bounds
     */
    public record Leg(String city, String country, LocalDate start, LocalDate end, boolean tbc, int engagements) {
        public String dates() {
            return Dates.span(start, end) + (tbc ? " (date TBC)" : "");
        }
    }

    /** A trip and its drawing; {@code route} reads "Tokyo → Kuala Lumpur → Hanoi → Seoul". */
    public record Trip(LocalDate start, LocalDate end, String dates, List<Leg> legs, String route, Timeline timeline) {
    }

    /** @param rows one official's engagements in date order */
    static List<Trip> of(List<EngagementRow> rows) {
        List<EngagementRow> located = rows.stream().filter(r -> r.countryCode() != null)
                .sorted(Comparator.comparing(EngagementRow::start)).toList();
        List<Trip> trips = new ArrayList<>();
        List<EngagementRow> current = new ArrayList<>();
        LocalDate reach = null;
        for (EngagementRow r : located) {
            if (!current.isEmpty() && r.start().isAfter(reach.plusDays(GAP_DAYS + 1L))) {
                trip(current).ifPresent(trips::add);
                current = new ArrayList<>();
            }
            reach = current.isEmpty() || r.end().isAfter(reach) ? r.end() : reach;
            current.add(r);
        }
        trip(current).ifPresent(trips::add);
        return trips;
    }

    private static java.util.Optional<Trip> trip(List<EngagementRow> rows) {
        List<Leg> legs = new ArrayList<>();
        List<EngagementRow> leg = new ArrayList<>();
        for (EngagementRow r : rows) {
            if (!leg.isEmpty() && !leg.get(0).countryCode().equals(r.countryCode())) {
                legs.add(leg(leg));
                leg = new ArrayList<>();
            }
            leg.add(r);
        }
        if (!leg.isEmpty()) {
            legs.add(leg(leg));
        }
        if (legs.size() < 2) {
            return java.util.Optional.empty();
        }
        LocalDate start = legs.stream().map(Leg::start).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate end = legs.stream().map(Leg::end).max(Comparator.naturalOrder()).orElseThrow();
        String route = legs.stream().map(Leg::city).collect(Collectors.joining(" → "));
        return java.util.Optional.of(new Trip(start, end, Dates.span(start, end), List.copyOf(legs), route,
                Timeline.of(start, end, legs)));
    }

    private static Leg leg(List<EngagementRow> rows) {
        Map<String, Integer> cities = new LinkedHashMap<>();
        for (EngagementRow r : rows) {
            String city = r.city() != null ? r.city() : r.country();
            cities.merge(city, 1, Integer::sum);
        }
        String city = cities.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        LocalDate start = rows.stream().map(EngagementRow::start).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate end = rows.stream().map(EngagementRow::end).max(Comparator.naturalOrder()).orElseThrow();
        return new Leg(city, rows.get(0).country(), start, end, rows.stream().allMatch(EngagementRow::tbc), rows.size());
    }

    /** The trip drawn as an SVG Gantt strip: one lane per leg over a day axis; all coordinates in whole pixels. */
    public record Timeline(int width, int height, int axisY, List<Bar> bars, List<Tick> ticks) {

        static final int WIDTH = 720;
        static final int PAD = 12;
        static final int LANE = 30;
        static final int BAR = 20;

        public int axisEnd() {
            return width - PAD;
        }

        public record Bar(int x, int y, int w, int h, int labelX, int labelY, String anchor, String label, String title,
                   boolean tbc) {
        }

        public record Tick(int x, int y, String label) {
        }

        static Timeline of(LocalDate start, LocalDate end, List<Leg> legs) {
            long days = ChronoUnit.DAYS.between(start, end) + 1;
            double dayWidth = (WIDTH - 2.0 * PAD) / days;
            List<Bar> bars = new ArrayList<>();
            for (int i = 0; i < legs.size(); i++) {
                Leg leg = legs.get(i);
                int x = PAD + (int) Math.round(ChronoUnit.DAYS.between(start, leg.start()) * dayWidth);
                int w = Math.max(6, (int) Math.round((ChronoUnit.DAYS.between(leg.start(), leg.end()) + 1) * dayWidth) - 3);
                int y = 8 + i * LANE;
                String label = leg.city();
                boolean after = x + w + 8 + label.length() * 8 < WIDTH;
                bars.add(new Bar(x, y, w, BAR, after ? x + w + 6 : x - 6, y + 15, after ? "start" : "end",
                        label, leg.city() + ", " + leg.country() + ": " + leg.dates(), leg.tbc()));
            }
            int axisY = 8 + legs.size() * LANE + 4;
            int every = days <= 10 ? 1 : (int) Math.ceil(days / 10.0);
            List<Tick> ticks = new ArrayList<>();
            for (int d = 0; d < days; d += every) {
                int x = PAD + (int) Math.round(d * dayWidth + dayWidth / 2);
                ticks.add(new Tick(x, axisY + 18, Dates.dayMonth(start.plusDays(d))));
            }
            return new Timeline(WIDTH, axisY + 28, axisY, List.copyOf(bars), List.copyOf(ticks));
        }
    }
}
