package org.diplocal.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonthGridTest {

    private static EngagementRow window(String start, String end) {
        return new EngagementRow("u", "/engagements/u", "t", LocalDate.parse(start), LocalDate.parse(end), "", true,
                null, null, null, null, null, List.of(), List.of(), "scheduled", "");
    }

    @Test
    void weeksRunMondayToSundayAndCoverTheMonth() {
        List<MonthGrid.Week> weeks = MonthGrid.of(YearMonth.of(2025, 11), List.of(), LocalDate.of(2025, 11, 4));
        assertEquals(LocalDate.of(2025, 10, 27), weeks.get(0).days().get(0).date());
        assertEquals(LocalDate.of(2025, 11, 30), weeks.get(weeks.size() - 1).days().get(6).date());
        assertTrue(weeks.stream().allMatch(w -> w.days().size() == 7));
    }

    @Test
    void aWindowedEngagementIsOnEveryDayOfItsWindow() {
        List<MonthGrid.Week> weeks = MonthGrid.of(YearMonth.of(2025, 11), List.of(window("2025-10-30", "2025-11-01")),
                LocalDate.of(2026, 1, 1));
        long days = weeks.stream().flatMap(w -> w.days().stream()).filter(d -> !d.items().isEmpty()).count();
        assertEquals(3, days);
    }
}
