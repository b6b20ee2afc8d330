package org.diplocal.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Plain calendar dates as people read them ("Tue 4 Nov 2025"). They are dates in the place's own
 * calendar, formatted on the server, so nothing here depends on the reader's time zone.
 */
final class Dates {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private Dates() {
    }

    static String full(LocalDate d) {
        return FULL.format(d);
    }

    static String month(LocalDate d) {
        return MONTH.format(d);
    }

    static String dayMonth(LocalDate d) {
        return SHORT.format(d);
    }

    /** "Tue 4 Nov 2025", "Mon 3 – Tue 4 Nov 2025", "Thu 30 Oct – Sat 1 Nov 2025", "Wed 31 Dec 2025 – Thu 1 Jan 2026". */
    static String span(LocalDate start, LocalDate end) {
        if (end == null || end.equals(start)) {
            return full(start);
        }
        if (start.getYear() != end.getYear()) {
            return full(start) + " – " + full(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return DAY_MONTH.format(start) + " – " + full(end);
        }
        return DAY.format(start) + " – " + full(end);
    }
}
