package org.diplocal.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The engine is linear in the text. Not a test of speed: for each adversarial text it compares the CPU time of n
 * and 8n copies, which grows 8-fold when the work is linear and 64-fold when it is quadratic, and fails above 24
 * (generous for a loaded machine, best of three runs after a warm-up). The texts are the shapes that once made a
 * stage quadratic: a sentence with hundreds of dates ("Nov. 4, Nov. 5 ..."), a run of capitalised words
 * ("President President ..."), many event words, many places, many people, many engagements.
 */
class LinearityTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 2, 28);
    private static final int FACTOR = 8;
    /** the largest ratio of time(8n) / time(n) taken for linear */
    private static final double LIMIT = 24;
    /** below this the larger text is too quick to judge, nanoseconds of CPU */
    private static final long TOO_QUICK = 30_000_000L;

    private static final Map<String, IntFunction<String>> TEXTS = new LinkedHashMap<>();

    static {
        TEXTS.put("dates in one sentence", n -> "Nov. 4, Nov. 5 and Nov. 6 ".repeat(250 * n));
        TEXTS.put("run of titles", n -> "President ".repeat(800 * n) + "Ruto will meet Prime Minister Starmer on Monday.");
        TEXTS.put("event words", n -> "visit ".repeat(1_200 * n));
        TEXTS.put("places", n -> "Paris ".repeat(1_000 * n));
        TEXTS.put("brackets", n -> "(".repeat(1_000 * n) + "Monday" + ")".repeat(1_000 * n));
        // merging compares engagements pairwise up to DraftAssembler.MAX_CANDIDATES (500) mentions: from there on linear
        TEXTS.put("engagements", n -> names(600 * n, "President %s will meet Prime Minister %s in Paris on May %d. "));
        TEXTS.put("people in one sentence", n -> names(120 * n, "Minister %s %s, "));
        TEXTS.put("people told again", n -> names(150 * n, "President %s %2$s. %1$s said. "));
        TEXTS.put("word salad", LinearityTest::salad);
    }

    @Test
    void cpuTimeGrowsWithTheTextNotItsSquare() {
        ReportExtractor extractor = ReportExtractor.standard();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        StringBuilder report = new StringBuilder();
        boolean ok = true;
        for (Map.Entry<String, IntFunction<String>> e : TEXTS.entrySet()) {
            String small = e.getValue().apply(1);
            String large = e.getValue().apply(FACTOR);
            extractor.extract(small, PUBLISHED); // warm-up: compiled code for both sizes
            extractor.extract(large, PUBLISHED);
            long tSmall = best(threads, extractor, small);
            long tLarge = best(threads, extractor, large);
            double ratio = (double) tLarge / Math.max(1, tSmall);
            boolean linear = tLarge < TOO_QUICK || ratio <= LIMIT;
            ok &= linear;
            report.append(String.format("%s: %d chars %.1f ms, %d chars %.1f ms, ratio %.1f%s%n", e.getKey(), small.length(),
                    tSmall / 1e6, large.length(), tLarge / 1e6, ratio, linear ? "" : "  <-- superlinear"));
        }
        System.out.print(report);
        assertTrue(ok, report.toString());
    }

    @Test
    void noSentenceIsLongerThanTheHardLimit() {
        for (IntFunction<String> text : TEXTS.values()) {
            List<Sentence> sentences = SentenceSplitter.split(text.apply(FACTOR));
            for (Sentence s : sentences) {
                assertTrue(s.end() - s.start() <= SentenceSplitter.MAX_CHARS, "sentence of " + (s.end() - s.start()) + " chars");
            }
        }
    }

    private static long best(ThreadMXBean threads, ReportExtractor extractor, String text) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long t0 = threads.getCurrentThreadCpuTime();
            extractor.extract(text, PUBLISHED);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - t0);
        }
        return best;
    }

    private static String names(int count, String format) {
        Random r = new Random(1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(String.format(format, name(r), name(r), 1 + i % 28));
        }
        return b.toString();
    }

    private static String name(Random r) {
        return "" + (char) ('A' + r.nextInt(26)) + (char) ('a' + r.nextInt(26)) + (char) ('a' + r.nextInt(26))
                + (char) ('a' + r.nextInt(26)) + "o";
    }

    private static String salad(int n) {
        String[] words = {"visit", "will", "meet", "Monday", "Nov.", "4", "Minister", "President", "Seoul", "Warsaw", "summit",
            "talks", "on", "in", "the", "and", ",", ".", "Ruto", "Starmer", "Kenya", "Paris", "host", "trip", "to", "Xi",
            "Jinping", "leg", "tour", "Japan", "after", "arrival", "upon", "said", "May", "5"};
        Random r = new Random(3);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 600 * n; i++) {
            b.append(words[r.nextInt(words.length)]).append(r.nextInt(12) == 0 ? ". " : " ");
        }
        return b.toString();
    }
}
