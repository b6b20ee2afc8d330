package org.diplocal.extract;

import java.util.Set;

/** Month and weekday words, which are never names of people or places. */
final class Calendar {
    private static final Set<String> WORDS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "tomorrow", "yesterday");

    private Calendar() {
    }

    static boolean isWeekday(String norm) {
        return norm.endsWith("day") && WORDS.contains(norm);
    }

    static boolean isCalendarWord(String norm) {
        return WORDS.contains(norm);
    }
}
