package org.diplocal.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** A month as weeks of days, Monday first, each day with the engagements on it; windowed ones appear on every day of their window. */
public final class MonthGrid {

    private MonthGrid() {
    }

    public record Day(LocalDate date, int number, boolean inMonth, boolean today, List<EngagementRow> items) {
        public boolean empty() {
            return items.isEmpty();
        }
    }

    public record Week(List<Day> days) {
    }

    static LocalDate firstShown(YearMonth month) {
        return month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static LocalDate lastShown(YearMonth month) {
        return month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    /** @param rows engagements overlapping the shown days, in date order */
    static List<Week> of(YearMonth month, List<EngagementRow> rows, LocalDate today) {
        List<Week> weeks = new ArrayList<>();
        LocalDate day = firstShown(month);
        LocalDate last = lastShown(month);
        while (!day.isAfter(last)) {
            List<Day> days = new ArrayList<>(7);
            for (int i = 0; i < 7; i++) {
                LocalDate d = day;
                List<EngagementRow> on = rows.stream().filter(r -> r.on(d)).toList();
                days.add(new Day(d, d.getDayOfMonth(), YearMonth.from(d).equals(month), d.equals(today), on));
                day = day.plusDays(1);
            }
            weeks.add(new Week(days));
        }
        return weeks;
    }
}
