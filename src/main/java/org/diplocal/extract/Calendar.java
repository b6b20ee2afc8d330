package org.diplocal.extract;

import java.util.List;

/** Month and weekday words, which are never names of people or places. */
final class Calendar {
    private static final List<String> WORDS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "tomorrow", "yesterday");
    private static final WordSet CALENDAR = WordSet.of(WORDS.toArray(String[]::new));
    /** the calendar words ending in "day", "today" and "yesterday" too */
    private static final WordSet DAYS = WordSet.of(WORDS.stream().filter(w -> w.endsWith("day")).toArray(String[]::new));

    private Calendar() {
    }

    private static final WordSet PARTS_OF_DAY = WordSet.of("morning", "afternoon", "evening", "night");

    /** "morning", "afternoon", "evening", "night": after a weekday, a time of that day ("Friday morning"). */
    static boolean isPartOfDay(TokenList tokens, int k) {
        return PARTS_OF_DAY.contains(tokens, k);
    }

    static boolean isWeekday(TokenList tokens, int k) {
        return DAYS.contains(tokens, k);
    }

    /** The weekday a weekday's word names ("Thursday"); null for any other word, "today" and "yesterday" too. */
    static java.time.DayOfWeek weekday(TokenList tokens, int k) {
        for (int d = 0; d < WEEKDAYS.size(); d++) {
            if (tokens.is(k, WEEKDAYS.get(d))) {
                return java.time.DayOfWeek.of(d + 1);
            }
        }
        return null;
    }

    /** Monday first, as {@link java.time.DayOfWeek} numbers them */
    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    static boolean isCalendarWord(TokenList tokens, int k) {
        return CALENDAR.contains(tokens, k);
    }
}
