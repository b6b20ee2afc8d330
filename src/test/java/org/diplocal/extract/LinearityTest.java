package org.diplocal.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The engine is linear in the text. Not a test of speed: for each adversarial text it compares the CPU time of n
 * and 8n copies, which grows 8-fold when the work is linear and 64-fold when it is quadratic, and fails above 24
 * (generous for a loaded machine; best of three runs after a warm-up, measured again as best of nine before it
 * fails). The texts are the shapes that once made a stage quadratic: a sentence with hundreds of dates ("Nov. 4,
 * Nov. 5 ..."), a run of capitalised words ("President President ..."), many event words, many places, many people,
 * many engagements.
 */
class LinearityTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 2, 28);
    private static final int FACTOR = 8;
    /** the largest ratio of time(8n) / time(n) taken for linear */
    private static final double LIMIT = 24;
    /** below this the larger text is too quick to judge, nanoseconds of CPU */
    private static final long TOO_QUICK = 30_000_000L;
    private static final int RUNS = 3;
    /** runs when a first measure looks superlinear: one slow run on a loaded machine must not fail the build */
    private static final int RUNS_AGAIN = 9;

    private static final Map<String, IntFunction<String>> TEXTS = AdversarialTexts.GROWING;

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
            long tSmall = best(threads, extractor, small, RUNS);
            long tLarge = best(threads, extractor, large, RUNS);
            double ratio = (double) tLarge / Math.max(1, tSmall);
            boolean linear = tLarge < TOO_QUICK || ratio <= LIMIT;
            if (!linear) { // a quadratic stage stays quadratic when measured again; a pause of the machine does not
                tSmall = best(threads, extractor, small, RUNS_AGAIN);
                tLarge = best(threads, extractor, large, RUNS_AGAIN);
                ratio = (double) tLarge / Math.max(1, tSmall);
                linear = tLarge < TOO_QUICK || ratio <= LIMIT;
                report.append(String.format("%s: measured again, best of %d%n", e.getKey(), RUNS_AGAIN));
            }
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

    private static long best(ThreadMXBean threads, ReportExtractor extractor, String text, int runs) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
            long t0 = threads.getCurrentThreadCpuTime();
            extractor.extract(text, PUBLISHED);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - t0);
        }
        return best;
    }
}
