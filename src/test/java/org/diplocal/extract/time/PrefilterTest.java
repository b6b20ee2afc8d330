package org.diplocal.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The trigger index and the anchor prefilter are an optimisation only: they must find exactly what trying every
 * rule at every token finds.
 */
class PrefilterTest {

    private static final TimeTagger FAST = TimeTagger.standard();
    private static final TimeTagger EXHAUSTIVE = new TimeTagger(RuleSet.load(TimeTagger.RULES), true);

    private static String lines(List<TimeMention> mentions) {
        return mentions.stream().map(m -> m.start() + " " + m.text() + " " + m.value()).collect(Collectors.joining("\n"));
    }

    @Test
    void prefilteredTaggerFindsWhatTheExhaustiveOneFinds() {
        String text = Stream.concat(
                        TimeTaggerCorpusTest.corpus().map(a -> ((String) a.get()[1]).replace("[", "").replace("]", "")),
                        TimeTaggerCorpusTest.negativeCorpus())
                .collect(Collectors.joining(" "))
                + " The Chilean and Norwegian ministers met in the late 1990s, again in the summer of 2024 and on"
                + " the 8th of January; talks resume the day after the vote, a fortnight later, and twice a year after"
                + " that, at 14:45 GMT Sunday or 9:30 a.m. local time, during the first half of next year.";
        for (LocalDate ref : List.of(LocalDate.of(2026, 3, 10), LocalDate.of(2024, 2, 29), LocalDate.of(2025, 12, 31))) {
            assertEquals(lines(EXHAUSTIVE.tag(text, ref)), lines(FAST.tag(text, ref)), "reference " + ref);
        }
    }
}
