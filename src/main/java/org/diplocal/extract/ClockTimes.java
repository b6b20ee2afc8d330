package org.diplocal.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.diplocal.extract.time.TimeMention;
import org.diplocal.extract.time.TimexType;

/**
 * "X will visit Athens on Thursday. He will be received by the President at 11:00": a clock time that names no day is
 * on the day the report told last, not on the day of publication the tagger resolves it against (TimeML's reading).
 */
final class ClockTimes {
    /** the words a clock time may hold besides its digits: "11:00", "10 a.m.", "15.30 local time", "noon" */
    private static final Pattern CLOCK_ONLY = Pattern.compile(
            "(?i)(?:at |around |about )?(?:\\d{1,2}(?:[:.h]\\d\\d)?\\s*(?:a\\.?m\\.?|p\\.?m\\.?|h|hrs|hours)?|noon|midday|midnight)"
                    + "(?:\\s*(?:local time|gmt|utc))?");

    /** chars between "today" and a clock time that still makes them one: "today, in Oslo, at 11:00" */
    private static final int NEAR = 40;

    private ClockTimes() {
    }

    static List<TimeMention> onTheDayTold(CharSequence text, List<TimeMention> mentions, LocalDate published) {
        List<TimeMention> out = new ArrayList<>(mentions.size());
        LocalDate told = null;
        LocalDate aside = null;
        int asideStop = -1; // the full stop that ends the sentence of the aside: clock times after it go on with "told"
        int todayEnd = -1; // where "today" was last told: "today at 11:00" keeps its day
        for (TimeMention m : mentions) {
            boolean oneDay = m.type() == TimexType.DATE && m.oneDay();
            if (oneDay && told != null && m.first().isAfter(published) && anotherEventsDay(text, m.start())) {
                aside = m.first(); // the tagger dates a clock time after it on this day too
                asideStop = stopAfter(text, m.start());
            } else if (oneDay && m.first().isAfter(published)) {
                told = m.first(); // (not "announced today": the day a report is written tells no day of its events)
                aside = null;
            } else if (oneDay && m.first().equals(published)) {
                todayEnd = m.end();
            }
            boolean todayJustBefore = todayEnd >= 0 && m.start() - todayEnd < NEAR;
            boolean afterTheAside = aside != null && asideStop >= 0 && m.start() > asideStop && aside.equals(m.first());
            if (told != null && !todayJustBefore && m.type() == TimexType.TIME && m.timeOfDay() != null
                    && (published.equals(m.first()) || afterTheAside) && CLOCK_ONLY.matcher(m.text().trim()).matches()) {
                m = m.onDay(told, told + "T" + m.timeOfDay(), true, m.timeOfDay());
            }
            out.add(m);
        }
        return out;
    }

    /** how far back a clause's opening, and how far ahead its sentence's end, are looked for */
    private static final int CLAUSE_REACH = 200;

    private static final Pattern HELD = Pattern.compile("(?i)\\b(?:held|take place|takes place|scheduled|due|set)\\b");

    /**
     * "..., which will be held in Madrid on 17 November. At 13.00, the minister will be received ...": the day of a
     * ", which will be held ..." clause is the day of another event the clause tells of, not the day the programme goes
     * on with ("The programme, which begins on Thursday, ..." is the programme's own).
     */
    private static boolean anotherEventsDay(CharSequence text, int at) {
        int k = at - 1;
        while (k >= 0 && at - k < CLAUSE_REACH && text.charAt(k) != ',' && text.charAt(k) != '.' && text.charAt(k) != '\n') {
            k--;
        }
        if (k < 0 || text.charAt(k) != ',') {
            return false;
        }
        int w = k + 1;
        while (w < at && Character.isWhitespace(text.charAt(w))) {
            w++;
        }
        return w + 6 <= at && text.subSequence(w, w + 6).toString().equalsIgnoreCase("which ") && HELD.matcher(text.subSequence(w, at)).find();
    }

    /** The full stop ending the sentence that goes on at {@code from}, within reach; -1 when none is. */
    private static int stopAfter(CharSequence text, int from) {
        for (int k = from; k < text.length() && k - from < CLAUSE_REACH; k++) {
            if (text.charAt(k) == '.' && (k + 1 == text.length() || Character.isWhitespace(text.charAt(k + 1)))) {
                return k;
            }
        }
        return -1;
    }
}
