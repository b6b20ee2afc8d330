package org.diplocal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.diplocal.extract.time.TimeMention;
import org.diplocal.extract.time.TimeTagger;
import org.junit.jupiter.api.Test;

class ClockTimesTest {
    private static final LocalDate MONDAY = LocalDate.of(2024, 5, 13);
    private static final LocalDate THURSDAY = LocalDate.of(2024, 5, 16);

    private static TimeMention clock(String text) {
        List<TimeMention> all = ClockTimes.onTheDayTold(text, TimeTagger.standard().tag(text, MONDAY), MONDAY);
        return all.stream().filter(m -> m.timeOfDay() != null).findFirst().orElseThrow(() -> new AssertionError(all));
    }

    @Test
    void aClockTimeAloneIsOnTheDayToldBeforeIt() {
        TimeMention m = clock("Milei will pay a working visit to Santiago on Thursday, the government announced today. "
                + "He will be received by President Gabriel Boric at 11:00.");
        assertEquals(THURSDAY, m.first());
        assertEquals("11:00", m.timeOfDay().toString());
    }

    @Test
    void aDayToldInAWhichClauseIsNotTheDayTheProgrammeGoesOnWith() {
        TimeMention m = clock("Kristersson will fly to Oslo on Thursday. He will prepare the Nordic summit, which will be held "
                + "in Reykjavik on 4 June. At 14.00, he will be received by King Harald.");
        assertEquals(THURSDAY, m.first());
    }

    @Test
    void aClockTimeInsideTheWhichClauseKeepsItsDay() {
        TimeMention m = clock("Kristersson will fly to Oslo on Thursday. He will attend the Nordic summit, which will open in "
                + "Reykjavik on 4 June at 10:00.");
        assertEquals(LocalDate.of(2024, 6, 4), m.first());
    }

    @Test
    void aWhichClauseThatDatesTheProgrammeItselfIsTheProgrammesDay() {
        TimeMention m = clock("Kristersson will fly to Oslo on Wednesday. The programme, which begins on Thursday, is as follows. "
                + "At 14.00, he will be received by King Harald.");
        assertEquals(THURSDAY, m.first());
    }

    @Test
    void aMentionWithNoDayAfterAnAsideIsLeftAlone() {
        String text = "Kristersson will fly to Oslo on Thursday. He prepares the summit, which will be held on 4 June. Now he waits.";
        assertEquals(3, ClockTimes.onTheDayTold(text, TimeTagger.standard().tag(text, MONDAY), MONDAY).size());
    }

    @Test
    void aClockTimeRightAfterTodayStaysToday() {
        TimeMention m = clock("Milei will visit Santiago on Thursday. Today, at 11:00, he meets the press in Buenos Aires.");
        assertEquals(MONDAY, m.first());
    }

    @Test
    void aClockTimeWithNoDayToldIsOnTheDayOfTheReport() {
        assertEquals(MONDAY, clock("The ministers will brief the press at 4 p.m. local time.").first());
    }
}
