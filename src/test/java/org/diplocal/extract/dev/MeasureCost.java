package org.diplocal.extract.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.Locale;
import org.diplocal.extract.ReportExtractor;
import org.diplocal.extract.time.TimeTagger;

/** Dev command: engine cost against BreakIterator sentence splitting on ~1 MiB of report text. Args: report files. */
public final class MeasureCost {
    private MeasureCost() {
    }

    public static void main(String[] args) throws Exception {
        StringBuilder b = new StringBuilder();
        while (b.length() < (1 << 20)) {
            for (String f : args) {
                b.append(Files.readString(Path.of(f))).append("\n\n");
            }
        }
        String text = b.substring(0, 1 << 20);
        LocalDate date = LocalDate.of(2025, 10, 28);
        ReportExtractor engine = ReportExtractor.standard();
        for (int warm = 0; warm < 3; warm++) {
            split(text);
            engine.extract(text, date);
            TimeTagger.standard().tag(text, date);
        }
        long split = Long.MAX_VALUE;
        long all = Long.MAX_VALUE;
        long tagger = Long.MAX_VALUE;
        int n = 0;
        int drafts = 0;
        for (int run = 0; run < 5; run++) { // best of five: the machine is shared
            long t0 = System.nanoTime();
            n = split(text);
            long t1 = System.nanoTime();
            drafts = engine.extract(text, date).size();
            long t2 = System.nanoTime();
            TimeTagger.standard().tag(text, date);
            long t3 = System.nanoTime();
            split = Math.min(split, t1 - t0);
            all = Math.min(all, t2 - t1);
            tagger = Math.min(tagger, t3 - t2);
        }
        System.out.printf(Locale.ROOT, "BreakIterator %d sentences %.1f ms; engine %d drafts %.1f ms (%.1fx), time tagger alone %.1f ms,"
                + " engine less tagger %.1f ms (%.1fx)%n", n, split / 1e6, drafts, all / 1e6, (double) all / split, tagger / 1e6,
                (all - tagger) / 1e6, (double) (all - tagger) / split);
    }

    private static int split(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        int n = 0;
        while (it.next() != BreakIterator.DONE) {
            n++;
        }
        return n;
    }
}
