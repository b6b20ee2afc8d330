package org.diplocal.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/** Resolves CALENDAR rules (dates, months, years, seasons, quarters, decades) and WEEKDAY rules. */
final class CalendarResolver {

    /** A month word that is also an English word only counts as a month after one of these. */
    private static final Set<String> BEFORE_AMBIGUOUS_MONTH = Set.of("in", "of", "since", "until", "by", "from", "last",
            "next", "this", "early", "late", "mid", "during", "before", "after", "through", "between", "and", "or",
            "to", "till", "on", "that", "each", "every");

    private final RuleSet data;

    CalendarResolver(RuleSet data) {
        this.data = data;
    }

    Resolved calendar(Match g, Context c) {
        Integer year = year(g.get("year"), g.get("year2"));
        if (g.has("shortYear")) {
            int from = Integer.parseInt(g.get("yearFrom"));
            int y = from / 100 * 100 + Integer.parseInt(g.get("shortYear"));
            year = y <= from ? y + 100 : y;
            if (year - from > 20) {
                return null;
            }
        }
        if (g.has("decade") || g.has("decade2")) {
            return decade(g);
        }
        if (g.has("century")) {
            int century = Integer.parseInt(g.get("century"));
            LocalDate first = LocalDate.of((century - 1) * 100, 1, 1);
            return Resolved.span(DateArithmetic.two(century - 1), first, first.plusYears(100).minusDays(1), false);
        }
        if (g.has("quarter") || g.has("half") && !g.has("month")) {
            return quarterOrHalf(g, year, c);
        }
        if (g.has("season")) {
            return season(g, year, c);
        }
        String monthText = g.get("month");
        if (monthText != null) {
            return month(g, monthText, year, c);
        }
        if (g.has("day") && g.has("weekday")) {
            return weekdayTheDay(g, c);
        }
        if (g.has("day")) {
            return dayOfMonth(Integer.parseInt(g.get("day")), c);
        }
        if (year != null) {
            if (!g.has("part") && quantity(g, c)) {
                return null;
            }
            LocalDate first = LocalDate.of(year, 1, 1);
            String mod = data.normalize("part", g.get("part"));
            if (mod != null) {
                int from = mod.equals("START") ? 1 : mod.equals("MID") ? 5 : 9;
                LocalDate f = LocalDate.of(year, from, 1);
                return Resolved.span(DateArithmetic.year(year), f, f.plusMonths(4).minusDays(1), false);
            }
            return Resolved.span(DateArithmetic.year(year), first, LocalDate.of(year, 12, 31), false);
        }
        return null;
    }

    /**
     * "Tuesday 23 September" with no year: the tense's choice unless its weekday disagrees, then a year around the
     * reference whose 23 September is a Tuesday, when that one is nearer the reference than the tense's (a programme's
     * day heading is read whatever the verbs near it; a wrong weekday a day from the report moves nothing).
     */
    private static LocalDate theYearOfItsWeekday(LocalDate tensed, DayOfWeek weekday, LocalDate reference) {
        if (tensed.getDayOfWeek() == weekday) {
            return tensed;
        }
        LocalDate best = tensed;
        long nearest = Math.abs(tensed.toEpochDay() - reference.toEpochDay());
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            LocalDate d = date(y, tensed.getMonthValue(), tensed.getDayOfMonth());
            long distance = d == null ? Long.MAX_VALUE : Math.abs(d.toEpochDay() - reference.toEpochDay());
            if (d != null && d.getDayOfWeek() == weekday && distance < nearest) {
                best = d;
                nearest = distance;
            }
        }
        return best;
    }

    private Resolved month(Match g, String monthText, Integer year, Context c) {
        Integer month = number(monthText, "month");
        if (month == null) {
            return null;
        }
        boolean word = Character.isLetter(monthText.charAt(0));
        if (word && !Character.isUpperCase(monthText.charAt(0))) {
            return null;
        }
        String day = g.get("day");
        if (day != null) {
            int d = Integer.parseInt(day);
            LocalDate first = year != null ? date(year, month, d) : DateArithmetic.monthDay(c.reference, month, d, c.tense());
            if (first == null) {
                return null;
            }
            if (year == null && g.has("weekday")) {
                first = theYearOfItsWeekday(first, DayOfWeek.of(number(g.get("weekday"), "weekday")), c.reference);
            }
            if (g.has("weekof")) { // "the week of July 7": from its Monday to its Sunday
                LocalDate monday = first.minusDays(first.getDayOfWeek().getValue() - 1L);
                return Resolved.span(DateArithmetic.week(monday), monday, monday.plusDays(6), false);
            }
            LocalDate last = first;
            if (g.has("day2")) {
                int m2 = g.has("month2") ? number(g.get("month2"), "month") : month;
                LocalDate end = date(first.getYear() + (m2 < month ? 1 : 0), m2, Integer.parseInt(g.get("day2")));
                if (end != null && end.isAfter(first) && end.toEpochDay() - first.toEpochDay() < 60) {
                    last = end;
                }
            }
            return Resolved.span(first.toString(), first, last, true);
        }
        if (word && !g.has("year") && !g.has("rel") && !g.has("yrel") && !g.has("part") && ambiguousMonthWord(g, monthText, c)) {
            return null;
        }
        YearMonth ym;
        String rel = g.get("rel");
        if (year != null) {
            ym = YearMonth.of(year, month);
        } else if (g.has("yrel")) { // "May last year"
            ym = YearMonth.of(c.reference.getYear() + Integer.parseInt(data.normalize("rel", g.get("yrel"))), month);
        } else if (rel != null) {
            int r = Integer.parseInt(data.normalize("rel", rel));
            YearMonth now = YearMonth.from(c.reference);
            YearMonth same = YearMonth.of(c.reference.getYear(), month);
            ym = r < 0 ? (same.isBefore(now) ? same : same.minusYears(1))
                    : r > 0 ? (same.isAfter(now) ? same : same.plusYears(1)) : same;
        } else {
            ym = DateArithmetic.monthOf(c.reference, month, c.tense());
        }
        String mod = data.normalize("part", g.get("part"));
        LocalDate first = ym.atDay(1);
        LocalDate last = ym.atEndOfMonth();
        if (mod != null) {
            first = ym.atDay(mod.equals("START") ? 1 : mod.equals("MID") ? 11 : 21);
            last = mod.equals("START") ? ym.atDay(10) : mod.equals("MID") ? ym.atDay(20) : last;
        } else if (g.has("weekOf")) {
            // "the last week of September": the Monday-to-Sunday week holding the middle of the month's last seven days;
            // "the second week of October": of days 8-14; but "the first week of July" is its first seven days, not a
            // week opening on 30 June
            int n = switch (g.get("weekOf").toLowerCase(java.util.Locale.ROOT)) {
                case "first" -> 1;
                case "second" -> 2;
                case "third" -> 3;
                case "fourth" -> 4;
                default -> 0;
            };
            LocalDate middle = n == 0 ? ym.atDay(ym.lengthOfMonth() - 3) : ym.atDay(7 * (n - 1) + 4);
            LocalDate monday = DateArithmetic.monday(middle);
            LocalDate from = n == 1 ? ym.atDay(1) : monday;
            return Resolved.span(DateArithmetic.week(monday), from, from.plusDays(6), false);
        } else if (g.has("half")) { // "the second half of February": from the day after the month's middle day
            int half = ym.lengthOfMonth() / 2;
            boolean firstHalf = g.get("half").equalsIgnoreCase("first");
            first = firstHalf ? first : ym.atDay(half + 1);
            last = firstHalf ? ym.atDay(half) : last;
        }
        return Resolved.span(DateArithmetic.month(ym), first, last, false);
    }

    /**
     * "Sunday the 16th", "from Sunday the 16th to Tuesday the 18th of this month": the nearest month, within two either
     * side (or the month told), in which that day falls on that weekday; null when none does.
     */
    private Resolved weekdayTheDay(Match g, Context c) {
        int day = Integer.parseInt(g.get("day"));
        DayOfWeek weekday = DayOfWeek.of(number(g.get("weekday"), "weekday"));
        LocalDate best = null;
        // "of this month", "of next month": that month only
        int from = "this".equalsIgnoreCase(g.get("monthRel")) ? 0 : "next".equalsIgnoreCase(g.get("monthRel")) ? 1 : -2;
        int to = g.has("monthRel") ? from : 2;
        for (int m = from; m <= to; m++) {
            YearMonth ym = YearMonth.from(c.reference).plusMonths(m);
            if (day <= ym.lengthOfMonth() && ym.atDay(day).getDayOfWeek() == weekday && (best == null
                    || Math.abs(ym.atDay(day).toEpochDay() - c.reference.toEpochDay()) < Math.abs(best.toEpochDay() - c.reference.toEpochDay()))) {
                best = ym.atDay(day);
            }
        }
        if (best == null) {
            return null;
        }
        LocalDate last = best;
        if (g.has("day2")) {
            int day2 = Integer.parseInt(g.get("day2"));
            YearMonth ym = YearMonth.from(best).plusMonths(day2 < day ? 1 : 0);
            if (day2 <= ym.lengthOfMonth() && ym.atDay(day2).isAfter(best)) {
                last = ym.atDay(day2);
            }
        }
        return Resolved.span(best.toString(), best, last, true);
    }

    /** "on the 14th": this month's, or the next or last month's by the tense, skipping months too short. */
    private static Resolved dayOfMonth(int day, Context c) {
        LocalDate ref = c.reference;
        Tense t = c.tense();
        LocalDate best = null;
        for (int m = -2; m <= 2; m++) {
            YearMonth ym = YearMonth.from(ref).plusMonths(m);
            if (day > ym.lengthOfMonth()) {
                continue;
            }
            LocalDate d = ym.atDay(day);
            if (t.forward() && d.isBefore(ref) || t == Tense.PAST && d.isAfter(ref)) {
                continue;
            }
            if (best == null || Math.abs(d.toEpochDay() - ref.toEpochDay()) < Math.abs(best.toEpochDay() - ref.toEpochDay())) {
                best = d;
            }
        }
        return best == null ? null : Resolved.span(best.toString(), best, best, true);
    }

    /** "May" and "March" alone are months only after a preposition or determiner. */
    private boolean ambiguousMonthWord(Match g, String monthText, Context c) {
        String m = monthText.toLowerCase();
        if (!m.equals("may") && !m.equals("march")) {
            return false;
        }
        int i = g.start() - 1;
        while (i >= 0 && Sentences.isSpace(c.charAt(i))) {
            i--;
        }
        if (i >= 0 && c.charAt(i) == ',') {
            return false;
        }
        int j = i;
        while (j >= 0 && Character.isLetter(c.charAt(j))) {
            j--;
        }
        return !BEFORE_AMBIGUOUS_MONTH.contains(c.text.substring(j + 1, i + 1).toLowerCase());
    }

    /** "2000 troops", "$1500", "No. 1999": a four-digit number that counts something. */
    private boolean quantity(Match g, Context c) {
        int before = g.start() - 1;
        if (before >= 0 && (c.charAt(before) == '$' || c.charAt(before) == '#' || c.charAt(before) == '-'
                && before > 0 && Character.isLetter(c.charAt(before - 1)))) {
            return true;
        }
        String next = c.wordAfter(g.end());
        return next != null && data.list("notAfterYear").contains(next);
    }

    private Resolved decade(Match g) {
        int start;
        if (g.has("decade")) {
            start = Integer.parseInt(g.get("decade"));
        } else {
            int two = Integer.parseInt(g.get("decade2"));
            start = two >= 30 ? 1900 + two : 2000 + two;
        }
        LocalDate first = LocalDate.of(start, 1, 1);
        LocalDate last = LocalDate.of(start + 9, 12, 31);
        String mod = g.get("part");
        if (mod != null) {
            String m = mod.toLowerCase();
            first = LocalDate.of(start + (m.equals("early") ? 0 : m.equals("mid") ? 3 : 7), 1, 1);
            last = LocalDate.of(start + (m.equals("early") ? 3 : m.equals("mid") ? 6 : 9), 12, 31);
        }
        return Resolved.span(String.valueOf(start / 10), first, last, false);
    }

    private Resolved quarterOrHalf(Match g, Integer year, Context c) {
        boolean half = g.has("half");
        Integer quarter = half ? null : g.get("quarter").matches("[1-4]") ? Integer.valueOf(g.get("quarter")) : number(g.get("quarter"), "ordinal");
        if (!half && (quarter == null || quarter < 1 || quarter > 4)) {
            return null;
        }
        int n = half ? (g.get("half").equalsIgnoreCase("first") ? 1 : 2) : quarter;
        int months = half ? 6 : 3;
        int y;
        if (year != null) {
            y = year;
        } else if (g.has("rel")) {
            y = c.reference.getYear() + Integer.parseInt(data.normalize("rel", g.get("rel")));
        } else {
            int current = (c.reference.getMonthValue() - 1) / months + 1;
            Tense t = c.tense();
            y = c.reference.getYear() + (t.forward() && n < current ? 1 : t == Tense.PAST && n > current ? -1 : 0);
        }
        LocalDate first = LocalDate.of(y, (n - 1) * months + 1, 1);
        return Resolved.span(DateArithmetic.year(y) + (half ? "-H" : "-Q") + n, first,
                first.plusMonths(months).minusDays(1), false);
    }

    private Resolved season(Match g, Integer year, Context c) {
        String code = data.normalize("season", g.get("season"));
        int startMonth = switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        int y;
        if (year != null) {
            y = year;
        } else {
            LocalDate ref = c.reference;
            // the occurrence of this season that contains or last started before the reference
            int y0 = ref.getYear();
            LocalDate start0 = LocalDate.of(y0, startMonth, 1);
            if (start0.isAfter(ref)) {
                y0--;
            }
            LocalDate end0 = LocalDate.of(y0, startMonth, 1).plusMonths(3).minusDays(1);
            boolean containsRef = !end0.isBefore(ref);
            String rel = g.get("rel");
            Integer r = rel == null ? null : Integer.valueOf(data.normalize("rel", rel));
            int thisYears = code.equals("WI") && ref.getMonthValue() <= 2 ? ref.getYear() - 1 : ref.getYear();
            if (r != null) {
                // next/last: the occurrence after/before the one under way or last begun
                y = r == 0 ? thisYears : r > 0 ? y0 + 1 : containsRef ? y0 - 1 : y0;
            } else if (c.tense().forward()) {
                y = containsRef ? y0 : y0 + 1;
            } else if (c.tense() == Tense.PAST) {
                y = y0;
            } else {
                y = thisYears;
            }
        }
        LocalDate first = LocalDate.of(y, startMonth, 1);
        return Resolved.span(DateArithmetic.year(y) + "-" + code, first, first.plusMonths(3).minusDays(1), false);
    }

    Resolved weekday(Match g, Context c) {
        DayOfWeek day = DayOfWeek.of(number(g.get("weekday"), "weekday"));
        LocalDate d = weekdayDate(day, g.get("rel"), c);
        if (g.has("weekRel") && !g.has("rel")) { // "Thursday next week": that day of the week meant
            d = DateArithmetic.weekdayOfWeek(c.reference.plusWeeks(Integer.parseInt(data.normalize("rel", g.get("weekRel")))), day);
        }
        if (g.has("weekOn") && !g.has("rel")) { // British "Monday week": a week after the coming Monday
            d = DateArithmetic.nextWeekday(c.reference, day).plusWeeks(1);
        }
        LocalDate last = d;
        if (g.has("weekday2")) {
            DayOfWeek day2 = DayOfWeek.of(number(g.get("weekday2"), "weekday"));
            last = d.plusDays((day2.getValue() - day.getValue() + 7) % 7);
        }
        return Resolved.span(d.toString(), d, last, true);
    }

    /** next/last/this Friday, or a bare Friday by the tense around it. */
    LocalDate weekdayDate(DayOfWeek day, String relText, Context c) {
        String rel = data.normalize("rel", relText);
        if (rel == null) {
            return switch (c.tense()) {
                case FUTURE -> DateArithmetic.nextWeekday(c.reference, day);
                case FUTURE_OR_TODAY -> DateArithmetic.nextOrSameWeekday(c.reference, day);
                default -> DateArithmetic.lastOrSameWeekday(c.reference, day);
            };
        }
        int r = Integer.parseInt(rel);
        return r > 0 ? DateArithmetic.nextWeekday(c.reference, day)
                : r < 0 ? DateArithmetic.previousWeekday(c.reference, day)
                : DateArithmetic.weekdayOfWeek(c.reference, day);
    }

    private Integer number(String text, String map) {
        if (text == null) {
            return null;
        }
        if (allDigits(text)) {
            return Integer.parseInt(text);
        }
        String v = data.normalize(map, text); // "4th", "fourth"
        return v == null ? null : Integer.parseInt(v);
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Integer year(String a, String b) {
        String y = a != null ? a : b;
        return y == null ? null : Integer.parseInt(y);
    }

    private static LocalDate date(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }
}
