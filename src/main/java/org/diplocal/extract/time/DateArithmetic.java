package org.diplocal.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Calendar helpers shared by the resolvers; all pure functions of java.time values. */
final class DateArithmetic {

    private DateArithmetic() {
    }

    /** The given weekday strictly after {@code ref}. */
    static LocalDate nextWeekday(LocalDate ref, DayOfWeek day) {
        return ref.with(TemporalAdjusters.next(day));
    }

    /** The given weekday on or after {@code ref}. */
    static LocalDate nextOrSameWeekday(LocalDate ref, DayOfWeek day) {
        return ref.with(TemporalAdjusters.nextOrSame(day));
    }

    /** The given weekday on or before {@code ref}. */
    static LocalDate lastOrSameWeekday(LocalDate ref, DayOfWeek day) {
        return ref.with(TemporalAdjusters.previousOrSame(day));
    }

    /** The given weekday strictly before {@code ref}. */
    static LocalDate previousWeekday(LocalDate ref, DayOfWeek day) {
        return ref.with(TemporalAdjusters.previous(day));
    }

    /** The given weekday in the ISO week (Monday..Sunday) of {@code ref}. */
    static LocalDate weekdayOfWeek(LocalDate ref, DayOfWeek day) {
        return monday(ref).plusDays(day.getValue() - 1L);
    }

    static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** TimeML week value, e.g. {@code 2025-W45}, using the ISO week-based year. */
    static String week(LocalDate d) {
        return year(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String month(YearMonth ym) {
        return year(ym.getYear()) + "-" + two(ym.getMonthValue());
    }

    /** Four digits (TimeML years), without String.format, which is slow on this hot path. */
    static String year(int y) {
        String s = Integer.toString(y);
        return s.length() >= 4 ? s : "0000".substring(s.length()) + s;
    }

    static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /**
     * The year of a month-and-day without a year: on or after {@code ref} for the future, on or before it for
     * the past, else the occurrence nearest to {@code ref}. Returns null for an impossible day (April 31).
     */
    static LocalDate monthDay(LocalDate ref, int month, int day, Tense tense) {
        LocalDate best = nearestMonthDay(ref, month, day, tense);
        if (tense.forward() && best != null && best.toEpochDay() - ref.toEpochDay() > ALMOST_A_YEAR) {
            // "Following her visit to Cairo on 6 November", read on 10 November: news tells a date almost a year
            // ahead with its year; without one, the days just gone are meant, whatever the tense around them
            LocalDate past = nearestMonthDay(ref, month, day, Tense.PAST);
            if (past != null && ref.toEpochDay() - past.toEpochDay() <= JUST_GONE) {
                return past;
            }
        }
        return best;
    }

    /** Days ahead past which a month and day without a year are more likely the ones just gone. */
    private static final long ALMOST_A_YEAR = 300;
    /** Days back within which a month and day told without a year may be the ones just gone, whatever the tense. */
    private static final long JUST_GONE = 14;

    private static LocalDate nearestMonthDay(LocalDate ref, int month, int day, Tense tense) {
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = ref.getYear() - 4; y <= ref.getYear() + 4; y++) {
            if (day > YearMonth.of(y, month).lengthOfMonth()) {
                continue;
            }
            LocalDate d = LocalDate.of(y, month, day);
            if (tense.forward() && d.isBefore(ref) || tense == Tense.PAST && d.isAfter(ref)) {
                continue;
            }
            long distance = Math.abs(d.toEpochDay() - ref.toEpochDay());
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The year of a month without a year, by the same logic as {@link #monthDay}, the reference month counting as both. */
    static YearMonth monthOf(LocalDate ref, int month, Tense tense) {
        YearMonth now = YearMonth.from(ref);
        YearMonth same = YearMonth.of(ref.getYear(), month);
        return switch (tense) {
            case FUTURE, FUTURE_OR_TODAY -> same.isBefore(now) ? same.plusYears(1) : same;
            case PAST -> same.isAfter(now) ? same.minusYears(1) : same;
            case NONE -> {
                int diff = month - ref.getMonthValue();
                yield diff > 6 ? same.minusYears(1) : diff < -6 ? same.plusYears(1) : same;
            }
        };
    }

    /** First month (1, 4, 7, 10) of a quarter. */
    static int quarterStart(int quarter) {
        return (quarter - 1) * 3 + 1;
    }
}
