package org.diplocal.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.diplocal.extract.time.TimeMention;

/**
 * A bare weekday read against a date its sentence told before it. The tagger reads "on Sunday" as the next Sunday
 * after publication; but "We leave on Saturday the 16th and arrive on Sunday evening" is the Sunday after that
 * Saturday. (A date told in an earlier sentence is no such guide: "On Tuesday, X will receive Y" after "on 2 March"
 * is still the coming Tuesday.)
 */
final class WeekdaysOfDatesTold {
    /** a span longer than this ("from 3 to 28 June") tells no one day a weekday could mean */
    private static final int MOST_DAYS = 14;

    private WeekdaysOfDatesTold() {
    }

    static void apply(List<SentenceFacts> facts, LocalDate published) {
        for (SentenceFacts f : facts) {
            Set<LocalDate> toldInTheSentence = new TreeSet<>();
            List<SentenceFacts.Dated> dates = f.dates;
            for (int n = 0; n < dates.size(); n++) {
                TimeMention m = dates.get(n).mention();
                if (m.first() == null || m.last() == null) {
                    continue;
                }
                if (m.oneDay() && DateAssignment.bareWeekday(m.text()) && m.first().isAfter(published)) {
                    LocalDate day = m.first();
                    if (toldInTheSentence.stream().anyMatch(d -> d.isAfter(day) && d.isBefore(day.plusDays(7)))) {
                        LocalDate meant = day.plusDays(7);
                        String value = m.value() == null ? null : m.value().replace(day.toString(), meant.toString());
                        dates.set(n, new SentenceFacts.Dated(dates.get(n).token(), m.onDay(meant, value, true, m.timeOfDay())));
                    }
                } else if (m.exact() && hasADayNumber(m.text()) && m.last().toEpochDay() - m.first().toEpochDay() < MOST_DAYS) {
                    for (LocalDate d = m.first(); !d.isAfter(m.last()); d = d.plusDays(1)) {
                        toldInTheSentence.add(d);
                    }
                }
            }
        }
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
