package org.diplocal.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.diplocal.extract.time.TimeMention;
import org.diplocal.extract.time.TimexType;

/**
 * Joins two days the tagger reads apart into the span a report gives with them: "from Saturday through Feb. 6",
 * "from Tuesday 20 to Friday 23 May". The tagger keeps them apart because TimeML
 * marks each end on its own; an engagement wants the span.
 */
final class DateRanges {
    private static final Pattern OPENING = Pattern.compile("(?i)\\bfrom\\s+$");
    private static final Pattern FROM_GAP = Pattern.compile("(?i)\\s*,?\\s*(?:-|–|—|to|through|thru|until|till)\\s*");
    private static final int LONGEST_SPAN_DAYS = 31;
    private static final int OPENING_REACH = 10;

    private DateRanges() {
    }

    /** The mentions, sorted by start, with each "from A to B" pair made one mention; the others as they were. */
    static List<TimeMention> join(String text, List<TimeMention> mentions) {
        List<TimeMention> out = new ArrayList<>(mentions.size());
        for (int k = 0; k < mentions.size(); k++) {
            TimeMention a = mentions.get(k);
            TimeMention b = k + 1 < mentions.size() ? mentions.get(k + 1) : null;
            if (b != null && day(a) && day(b)) {
                b = weekdayAfter(a, b); // "from Friday, December 6, to Sunday": the Sunday after it
            }
            if (b != null && day(a) && day(b) && joined(text, a, b)) {
                out.add(new TimeMention(a.start(), b.end(), text.substring(a.start(), b.end()), a.type(), a.value(),
                        a.first(), b.last(), true, null));
                k++;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /** A bare weekday ending a span is the first such day after its start, not the one the report's date makes it. */
    private static TimeMention weekdayAfter(TimeMention a, TimeMention b) {
        DayOfWeek dow;
        try {
            dow = DayOfWeek.valueOf(b.text().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notAWeekday) {
            return b;
        }
        if (b.first().isAfter(a.last())) {
            return b;
        }
        LocalDate day = a.last().with(TemporalAdjusters.next(dow));
        return b.onDay(day, day.toString(), true, null);
    }

    private static boolean day(TimeMention m) {
        return m.exact() && m.first() != null && m.last() != null && m.timeOfDay() == null
                && m.type() == TimexType.DATE;
    }

    private static boolean joined(String text, TimeMention a, TimeMention b) {
        if (b.start() < a.end() || !b.first().isAfter(a.last())
                || ChronoUnit.DAYS.between(a.first(), b.last()) > LONGEST_SPAN_DAYS) {
            return false;
        }
        String before = text.substring(Math.max(0, a.start() - OPENING_REACH), a.start());
        if (!OPENING.matcher(before).find()) {
            return false;
        }
        return FROM_GAP.matcher(text.substring(a.end(), b.start())).matches();
    }
}
