package org.diplocal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.diplocal.extract.time.TimeMention;
import org.diplocal.extract.time.TimeTagger;
import org.junit.jupiter.api.Test;

/** Two days a report gives as the ends of one span, dated Monday 2024-05-13. */
class DateRangesTest {
    private static final TimeTagger TAGGER = TimeTagger.standard();

    private static List<TimeMention> joined(String text) {
        return DateRanges.join(text, TAGGER.tag(text, Fixtures.MONDAY));
    }

    @Test
    void fromAWeekdayThroughADateIsOneSpan() {
        List<TimeMention> found = joined("She will travel from Wednesday through May 21 to Peru.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(LocalDate.of(2024, 5, 15), found.get(0).first());
        assertEquals(LocalDate.of(2024, 5, 21), found.get(0).last());
    }

    @Test
    void twoDaysWithoutFromStayApart() {
        assertEquals(2, joined("She will arrive on Wednesday and leave on May 21.").size());
    }

    @Test
    void anEndBeforeItsStartStaysApart() {
        assertEquals(2, joined("She will travel from Friday through May 16.").size());
    }

    @Test
    void aSpanLongerThanAMonthStaysApart() {
        assertEquals(2, joined("The exhibition runs from Wednesday until September 30.").size());
    }

    @Test
    void fromADateToABareWeekdayEndsOnTheWeekdayAfterIt() {
        List<TimeMention> found = joined("The forum runs from Friday, June 7, to Sunday.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(LocalDate.of(2024, 6, 7), found.get(0).first());
        assertEquals(LocalDate.of(2024, 6, 9), found.get(0).last());
    }

    @Test
    void twoDatesEachWithItsWeekdayAndMonthJoinedByAndAreOneSpan() {
        List<TimeMention> found = joined("She will visit Chile on Monday, May 20 and Tuesday, May 21, 2024, at his invitation.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(LocalDate.of(2024, 5, 20), found.get(0).first());
        assertEquals(LocalDate.of(2024, 5, 21), found.get(0).last());
    }
}
