package org.diplocal.extract.time;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A time expression found in text and resolved against the reference (publication) date.
 *
 * @param start       offset of the first character in the tagged text
 * @param end         offset after the last character
 * @param type        TIMEX3 type
 * @param value       TIMEX3 normalised value ("2025-11-04", "2025-W45", "P2D", "PRESENT_REF", "XXXX-WI" ...)
 * @param first       first day the expression can denote, or null when it denotes no calendar span
 *                    (durations, sets, vague past/future)
 * @param last        last day, inclusive; equal to {@code first} for a single day
 * @param exact       true when the expression fixes the day(s) ("Nov. 4", "Tuesday and Wednesday"),
 *                    false when it only bounds one ("next week", "later this month", "early February")
 * @param timeOfDay   a clock time when the expression gives one ("10 a.m."), otherwise null
 */
public record TimeMention(
        int start,
        int end,
        String text,
        TimexType type,
        String value,
        LocalDate first,
        LocalDate last,
        boolean exact,
        LocalTime timeOfDay) {

    /** The same words read as one day, {@code day}, with its TIMEX3 value and clock time. */
    public TimeMention onDay(LocalDate day, String dayValue, boolean dayExact, LocalTime clock) {
        return new TimeMention(start, end, text, type, dayValue, day, day, dayExact, clock);
    }

    /** An exact mention of one known day: "on 12 March", "Thursday"; not a span, a window or a time with no day. */
    public boolean oneDay() {
        return exact && first != null && first.equals(last);
    }

    /** Whether the text {@code from..to} lies within this mention: "May" of "15 May". */
    public boolean covers(int from, int to) {
        return from >= start && to <= end;
    }
}
