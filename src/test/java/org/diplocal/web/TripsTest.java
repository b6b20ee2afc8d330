package org.diplocal.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TripsTest {

    private static EngagementRow row(String start, String end, String city, String iso2, boolean tbc) {
        return new EngagementRow("u-" + start + city, "/engagements/x", "t", LocalDate.parse(start), LocalDate.parse(end),
                "", tbc, null, city, city, iso2, iso2, List.of(), List.of(), "scheduled", "");
    }

    @Test
    void consecutiveEngagementsInOneCountryMakeOneLegNamedForItsCommonestCity() {
        List<Trips.Trip> trips = Trips.of(List.of(
                row("2025-10-29", "2025-10-29", "Tokyo", "JP", false),
                row("2025-10-30", "2025-11-01", "Kuala Lumpur", "MY", true),
                row("2025-11-02", "2025-11-02", "Hanoi", "VN", false),
                row("2025-11-03", "2025-11-03", "Panmunjom", "KR", false),
                row("2025-11-03", "2025-11-04", "Seoul", "KR", false),
                row("2025-11-04", "2025-11-04", "Seoul", "KR", false)));
        assertEquals(1, trips.size());
        assertEquals("Tokyo → Kuala Lumpur → Hanoi → Seoul", trips.get(0).route());
        assertTrue(trips.get(0).legs().get(1).tbc());
        assertEquals(4, trips.get(0).timeline().bars().size());
    }

    @Test
    void aLongPauseStartsAnotherTrip() {
        List<Trips.Trip> trips = Trips.of(List.of(
                row("2021-03-16", "2021-03-17", "Tokyo", "JP", false),
                row("2021-03-17", "2021-03-18", "Seoul", "KR", true),
                row("2025-08-23", "2025-08-24", "Tokyo", "JP", true),
                row("2025-08-25", "2025-08-31", "Washington", "US", true)));
        assertEquals(List.of("Tokyo → Seoul", "Tokyo → Washington"), trips.stream().map(Trips.Trip::route).toList());
    }

    @Test
    void engagementsInOneCountryOnlyAreNoTrip() {
        assertEquals(0, Trips.of(List.of(row("2025-11-03", "2025-11-03", "Seoul", "KR", false),
                row("2025-11-04", "2025-11-04", "Seoul", "KR", false))).size());
    }

    @Test
    void timelineBarsStayInsideTheDrawing() {
        Trips.Trip trip = Trips.of(List.of(row("2025-10-29", "2025-10-29", "Tokyo", "JP", false),
                row("2025-11-01", "2025-11-01", "Seoul", "KR", false))).get(0);
        for (Trips.Timeline.Bar bar : trip.timeline().bars()) {
            assertTrue(bar.x() >= 0 && bar.x() + bar.w() <= trip.timeline().width(), bar.toString());
        }
    }
}
