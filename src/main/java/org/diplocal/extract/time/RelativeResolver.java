package org.diplocal.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;

/** Resolves DEICTIC rules (today, next week, later this month, early next year) and OFFSET rules (two days later). */
final class RelativeResolver {

    private final RuleSet data;

    RelativeResolver(RuleSet data) {
        this.data = data;
    }

    Resolved deictic(Match g, Context c) {
        LocalDate ref = c.reference;
        if (g.has("deixis")) {
            LocalDate d = ref.plusDays(Integer.parseInt(data.normalize("deixis", g.get("deixis"))));
            if (g.has("weeksAhead")) {
                d = d.plusWeeks(g.get("weeksAhead").equalsIgnoreCase("fortnight") ? 2 : 1); // "a week tomorrow"
            }
            if (g.has("beyond")) {
                d = d.plusDays(g.get("beyond").equalsIgnoreCase("after") ? 1 : -1); // "the day after tomorrow"
            }
            if (g.get("deixis").equalsIgnoreCase("tonight")) {
                return new Resolved(TimexType.TIME, d + "TNI", d, d, true, null, false);
            }
            return Resolved.day(d);
        }
        if (g.has("horizon")) {
            String unit = g.get("unit").toLowerCase();
            int days = unit.startsWith("day") ? 7 : unit.startsWith("week") ? 28 : 92;
            return Resolved.span("FUTURE_REF", ref.plusDays(1), ref.plusDays(days), false);
        }
        String unit = RuleSet.key(g.get("unit"));
        int rel = g.has("afterNext") ? 2 // "the week after next"
                : g.has("rel") ? Integer.parseInt(data.normalize("rel", g.get("rel"))) : 0;
        Resolved period = period(unit, ref, rel);
        if (period == null) {
            return null;
        }
        if (unit.equals("weekend") && !g.has("rel") && !g.has("afterNext")) {
            // "over the weekend": the last one in a past sentence, else the one still to come
            Tense t = c.tense();
            if (t == Tense.PAST && period.first().isAfter(ref)) {
                period = period(unit, ref, -1);
            } else if (t != Tense.PAST && period.last().isBefore(ref)) {
                period = period(unit, ref, 1);
            }
        }
        if (g.has("edge")) {
            boolean later = g.get("edge").equalsIgnoreCase("later");
            LocalDate first = later ? min(ref.plusDays(1), period.last()) : period.first();
            LocalDate last = later ? period.last() : max(ref.minusDays(1), period.first());
            return Resolved.span(period.value(), first, last, false);
        }
        String mod = data.normalize("part", g.get("part"));
        if (mod != null) {
            Resolved p = part(period, mod);
            if (!g.has("rel")) {
                // "the end of the year" names no year: in a past sentence it is one already over, in a future one
                // one still to come
                Tense t = c.tense();
                if (t == Tense.PAST && p.first().isAfter(ref)) {
                    p = part(period(unit, ref, -1), mod);
                } else if (t.forward() && p.last().isBefore(ref)) {
                    p = part(period(unit, ref, 1), mod);
                }
            }
            return p;
        }
        return period;
    }

    /** The week, weekend, month or year {@code rel} units away from the reference. */
    private static Resolved period(String unit, LocalDate ref, int rel) {
        switch (unit) {
            case "week" -> {
                LocalDate monday = DateArithmetic.monday(ref).plusWeeks(rel);
                return Resolved.span(DateArithmetic.week(monday), monday, monday.plusDays(6), false);
            }
            case "weekend" -> {
                LocalDate saturday = DateArithmetic.monday(ref).plusWeeks(rel).plusDays(5);
                return Resolved.span(DateArithmetic.week(saturday) + "-WE", saturday, saturday.plusDays(1), false);
            }
            case "month" -> {
                YearMonth ym = YearMonth.from(ref).plusMonths(rel);
                return Resolved.span(DateArithmetic.month(ym), ym.atDay(1), ym.atEndOfMonth(), false);
            }
            case "year", "fiscal year" -> {
                int y = ref.getYear() + rel;
                return Resolved.span(DateArithmetic.year(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), false);
            }
            default -> {
                return null;
            }
        }
    }

    /** The START/MID/END third of a period: days 1-10/11-20/21-end of a month, four months of a year. */
    private static Resolved part(Resolved p, String mod) {
        long days = p.last().toEpochDay() - p.first().toEpochDay() + 1;
        LocalDate first;
        LocalDate last;
        if (days <= 9) {
            first = mod.equals("END") ? p.first().plusDays(days / 2) : p.first();
            last = mod.equals("START") ? p.first().plusDays(days / 2) : p.last();
        } else if (days <= 31) {
            first = p.first().plusDays(mod.equals("START") ? 0 : mod.equals("MID") ? 10 : 20);
            last = mod.equals("START") ? p.first().plusDays(9) : mod.equals("MID") ? p.first().plusDays(19) : p.last();
        } else {
            first = p.first().plusMonths(mod.equals("START") ? 0 : mod.equals("MID") ? 4 : 8);
            last = first.plusMonths(4).minusDays(1);
        }
        return Resolved.span(p.value(), first, last, false);
    }

    Resolved offset(Match g, Context c) {
        String unit = data.normalize("unit", g.get("unit"));
        if (unit == null || unit.startsWith("T")) {
            return null;
        }
        String dir = RuleSet.key(g.get("dir"));
        int sign = switch (dir) {
            case "ago", "earlier", "before", "previous", "preceding", "prior" -> -1;
            default -> 1;
        };
        boolean fromReference = dir.equals("ago") || dir.equals("from now") || dir.equals("hence");
        String numText = g.get("num");
        String n = numText == null ? "1" : Character.isDigit(numText.charAt(0)) ? numText : data.normalize("number", numText);
        if (n == null) {
            return null;
        }
        if (n.equals("X")) {
            return Resolved.vague(TimexType.DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF");
        }
        int amount = sign * Integer.parseInt(n);
        LocalDate base = fromReference ? c.reference : sign < 0 ? c.anchorFirst() : c.anchorLast();
        switch (unit) {
            case "D" -> {
                return Resolved.day(base.plusDays(amount));
            }
            case "W", "F" -> {
                LocalDate d = base.plusWeeks(unit.equals("F") ? 2L * amount : amount);
                LocalDate monday = DateArithmetic.monday(d);
                return Resolved.span(DateArithmetic.week(d), monday, monday.plusDays(6), false);
            }
            case "M" -> {
                YearMonth ym = YearMonth.from(base).plusMonths(amount);
                return Resolved.span(DateArithmetic.month(ym), ym.atDay(1), ym.atEndOfMonth(), false);
            }
            case "Y" -> {
                int y = base.getYear() + amount;
                return Resolved.span(DateArithmetic.year(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), false);
            }
            case "DE" -> {
                int y = base.getYear() + 10 * amount;
                return Resolved.span(String.valueOf(y / 10), LocalDate.of(y / 10 * 10, 1, 1),
                        LocalDate.of(y / 10 * 10 + 9, 12, 31), false);
            }
            default -> {
                return null;
            }
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
