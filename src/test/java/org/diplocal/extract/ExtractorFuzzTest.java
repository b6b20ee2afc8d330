package org.diplocal.extract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

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

    private static final String[] WORDS = {"visit", "will", "meet", "next", "Monday", "Nov.", "4", "March", "15-17",
            "Minister", "President", "Foreign", "Defence", "Seoul", "Warsaw", "Accra", "summit", "talks", "on", "in",
            "the", "and", ",", ".", "(", ")", "\"", "'s", "then", "since", "postponed", "2025", "10", "a.m.",
            "tomorrow", "week", "early", "mid-", "later", "this", "month", "Prime", "Secretary", "of", "State", "-",
            "—", "\u00A0", "Ōtsuka", "Đặng", "이재명", "Łódź", "Zoë", "\uD83C\uDDF0\uD83C\uDDF7"};

    /** Cheap texts, most of the rounds. */
    private static final List<Function<Random, String>> GENERATORS = List.of(
            ExtractorFuzzTest::wordSalad,
            r -> randomChars(r, 2_000, 0x10FFFF),
            r -> randomChars(r, 5_000, 0x7F),
            r -> "9".repeat(1 + r.nextInt(400)) + " March " + "9".repeat(1 + r.nextInt(400)) + " will visit Seoul",
            r -> "Minister " + "e\u0301\u0308\u0323".repeat(1 + r.nextInt(3_000)) + " will visit Oslo on Friday.",
            ExtractorFuzzTest::controlSoup,
            r -> wordSalad(r).replace(' ', '\n'));

    /** Large adversarial texts, every {@link #HEAVY_EVERY} rounds. */
    private static final int HEAVY_EVERY = 60;
    private static final List<Function<Random, String>> HEAVY = List.of(
            r -> "x".repeat(100_000 + r.nextInt(10_000)),
            r -> ("visit ".repeat(1 + r.nextInt(5_000))),
            r -> ("(" .repeat(2_000) + "Monday" + ")".repeat(2_000)),
            r -> ("President " .repeat(3_000) + "Ruto will meet Prime Minister Starmer on Monday."),
            r -> ("Nov. 4, Nov. 5 and Nov. 6 ".repeat(2_000)));

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
            String text = round % HEAVY_EVERY == 0
                    ? HEAVY.get(round / HEAVY_EVERY % HEAVY.size()).apply(random)
                    : GENERATORS.get(round % GENERATORS.size()).apply(random);
            int seen = round;
            List<Draft> drafts = assertTimeoutPreemptively(PER_REPORT, () -> extractor.extract(text, PUBLISHED),
                    () -> "round " + seen + " took too long on a text starting " + preview(text));
            assertNotNull(drafts);
        }
    }

    private static String wordSalad(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 5 + r.nextInt(400);
        for (int i = 0; i < n; i++) {
            sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(5) == 0 ? ". " : " ");
        }
        return sb.toString();
    }

    private static String randomChars(Random r, int max, int bound) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(max);
        for (int i = 0; i < n; i++) {
            int cp = r.nextInt(bound);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                sb.append((char) cp);
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static String controlSoup(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            sb.append(r.nextBoolean() ? (char) r.nextInt(0x20) : WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static String preview(String text) {
        return text.substring(0, Math.min(80, text.length())).replaceAll("\\p{Cntrl}", "?");
    }
}
