package org.diplocal.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** Resolves TIME rules: clock times, noon, parts of a day, each with the day it names or none. */
final class TimeResolver {

    private final RuleSet data;
    private final CalendarResolver calendar;

    TimeResolver(RuleSet data, CalendarResolver calendar) {
        this.data = data;
        this.calendar = calendar;
    }

    Resolved time(Match g, Context c) {
        LocalDate day = day(g, c);
        boolean needsDate = day == null;
        LocalDate d = needsDate ? c.reference : day;
        if (g.has("partOfDay")) {
            String code = data.normalize("partOfDay", g.get("partOfDay"));
            return new Resolved(TimexType.TIME, d + "T" + code, d, d, !needsDate, null, needsDate);
        }
        LocalTime clock = clock(g);
        if (clock == null) {
            return null;
        }
        return new Resolved(TimexType.TIME, d + "T" + clock, d, d, !needsDate, clock, needsDate);
    }

    /** The day the time expression itself names, or null. */
    private LocalDate day(Match g, Context c) {
        if (g.has("weekday")) {
            DayOfWeek weekday = DayOfWeek.of(Integer.parseInt(data.normalize("weekday", g.get("weekday"))));
            if (laterToday(g, c, weekday)) {
                return c.reference; // in a Tuesday report, "will speak on Tuesday afternoon" is this afternoon
            }
            return calendar.weekdayDate(weekday, g.get("rel"), c);
        }
        if (g.has("deixis")) {
            return c.reference.plusDays(Integer.parseInt(data.normalize("deixis", g.get("deixis"))));
        }
        if (g.has("thisPart")) {
            return c.reference;
        }
        if (g.has("lastNight")) {
            return g.get("partOfDay").equalsIgnoreCase("night") ? c.reference.minusDays(1) : null;
        }
        return null;
    }

    /** A bare weekday that is the report's own, with a later part of that day, told as to come. */
    private boolean laterToday(Match g, Context c, DayOfWeek weekday) {
        if (g.has("rel") || !g.has("partOfDay") || weekday != c.reference.getDayOfWeek() || c.tense() != Tense.FUTURE) {
            return false;
        }
        String code = data.normalize("partOfDay", g.get("partOfDay"));
        return "AF".equals(code) || "EV".equals(code) || "NI".equals(code);
    }

    private static LocalTime clock(Match g) {
        if (g.has("tod")) {
            return g.get("tod").equalsIgnoreCase("midnight") ? LocalTime.MIDNIGHT : LocalTime.NOON;
        }
        int hour = Integer.parseInt(g.get("hour"));
        int minute = g.has("minute") ? Integer.parseInt(g.get("minute")) : 0;
        if (g.has("ampm")) {
            boolean pm = Character.toLowerCase(g.get("ampm").charAt(0)) == 'p';
            if (hour == 12) {
                hour = pm ? 12 : 0;
            } else if (pm) {
                hour += 12;
            }
        } else if (!g.has("tz") && !g.has("weekday") && !g.has("deixis") && hour < 7) {
            // "2:30" with nothing around it is as likely a score or a ratio as a time of day
            return null;
        }
        return hour > 23 ? null : LocalTime.of(hour, minute);
    }
}
