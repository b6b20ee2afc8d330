package org.diplocal.extract.time;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Repetitive input that would make a backtracking or quadratic tagger crawl: 100 KB of the same fragment must be
 * tagged well within a generous bound (a few hundred milliseconds is typical; the bound only catches blow-ups).
 */
class AdversarialInputTest {

    private static final TimeTagger TAGGER = TimeTagger.standard();

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"12 ", "the next ", "May ", "1-", "Monday and ", "3 to ", "a few days ", "10:30 ",
            "the past the past ", "2026 ", "March 3-", "early late mid ", "at at at the ", "aaaaaaaaaaaaaaaaaaaa "})
    void repetitiveInputIsTaggedInLinearTime(String fragment) {
        String text = fragment.repeat(100_000 / fragment.length());
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            int covered = 0;
            for (TimeMention m : TAGGER.tag(text, LocalDate.of(2026, 3, 10))) {
                assertTrue(m.start() >= covered);
                covered = m.end();
            }
        });
    }
}
