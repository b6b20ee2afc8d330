package org.diplocal.extract;

import java.time.LocalDate;
import java.util.List;
import org.diplocal.extract.time.TimeMention;

/**
 * A bare weekday read against a day its sentence told before it with its weekday. The tagger reads "on Sunday" as the
 * next Sunday after publication; but "We leave on Saturday the 16th and arrive on Sunday evening" is the Sunday after that
 * Saturday. Only a step told after "and" or "then" is read so: "Ahead of the summit in Tirana on 17 May, X will meet Y on
 * Wednesday" and "Talks are set for 16 May, while Z arrives on Tuesday" keep the coming weekday; so does a day told in an
 * earlier sentence ("On Tuesday, X will receive Y" after "on 2 March").
 */
final class WeekdaysOfDatesTold {
    private WeekdaysOfDatesTold() {
    }

    static void apply(List<SentenceFacts> facts, LocalDate published) {
        for (SentenceFacts f : facts) {
            LocalDate toldDay = null; // the last day told with its weekday so far in the sentence
            int toldAt = -1;
            List<SentenceFacts.Dated> dates = f.dates;
            for (int n = 0; n < dates.size(); n++) {
                TimeMention m = dates.get(n).mention();
                int at = dates.get(n).token();
                if (m.first() == null || m.last() == null) {
                    continue;
                }
                if (m.oneDay() && DateAssignment.bareWeekday(m.text()) && m.first().isAfter(published)) {
                    LocalDate day = m.first();
                    if (toldDay != null && day.isBefore(toldDay) && toldDay.isBefore(day.plusWeeks(WEEKS))
                            && THEN.anyBetween(f.tokens, toldAt, at) && !AHEAD.anyBetween(f.tokens, 0, at)) {
                        LocalDate meant = day;
                        while (!meant.isAfter(toldDay)) {
                            meant = meant.plusDays(7); // "leaves Dublin on Sunday 26 May and will meet X on Tuesday": the 28th
                        }
                        String value = m.value() == null ? null : m.value().replace(day.toString(), meant.toString());
                        dates.set(n, new SentenceFacts.Dated(at, m.onDay(meant, value, true, m.timeOfDay())));
                    }
                } else if (m.oneDay() && hasADayNumber(m.text()) && namesItsWeekday(f.tokens, at)) {
                    toldDay = m.first();
                    toldAt = at;
                }
            }
        }
    }

    /** how far ahead of the tagger's weekday the day told may lie */
    private static final int WEEKS = 4;
    /** "leave on Saturday the 16th and arrive on Sunday": the next step of the same account */
    private static final WordSet THEN = WordSet.of("and", "then");
    /** "Ahead of the summit on Friday 17 May, X will meet Y on Wednesday": a step before the day told */
    private static final WordSet AHEAD = WordSet.of("ahead", "before", "prior", "until", "deadline", "while");

    /** The date at token {@code at} is told with its weekday: "Saturday the 16th", "Sunday 26 May". */
    private static boolean namesItsWeekday(TokenList tokens, int at) {
        return Calendar.isWeekday(tokens, at) || at > 0 && Calendar.isWeekday(tokens, at - 1);
    }

    private static boolean hasADayNumber(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
