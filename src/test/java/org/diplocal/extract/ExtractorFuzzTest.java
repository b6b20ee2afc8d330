package org.diplocal.extract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Thousands of random and adversarial texts: the engine must neither throw (its safety net is switched
 * off here, so a bug shows instead of being swallowed) nor take more than a bound per report.
 */
class ExtractorFuzzTest {

    private static final int ROUNDS = 3_000;
    /** Generous on a loaded 2-core machine; catastrophic backtracking takes minutes, not seconds. */
    private static final Duration PER_REPORT = Duration.ofSeconds(5);
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 2, 28);

    @BeforeAll
    static void showEngineFailures() {
        System.setProperty("diplocal.extract.debug", "true");
    }

    @AfterAll
    static void restore() {
        System.clearProperty("diplocal.extract.debug");
    }

    @Test
    void randomAndAdversarialTextsNeitherThrowNorHang() {
        ReportExtractor extractor = ReportExtractor.standard();
        Random random = new Random(20261123);
        for (int round = 0; round < ROUNDS; round++) {
            String text = AdversarialTexts.round(round, random);
            int seen = round;
            List<Draft> drafts = assertTimeoutPreemptively(PER_REPORT, () -> extractor.extract(text, PUBLISHED),
                    () -> "round " + seen + " took too long on a text starting " + preview(text));
            assertNotNull(drafts);
        }
    }

    private static String preview(String text) {
        return text.substring(0, Math.min(80, text.length())).replaceAll("\\p{Cntrl}", "?");
    }
}
