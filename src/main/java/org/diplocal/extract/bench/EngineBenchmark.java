package org.diplocal.extract.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.diplocal.extract.time.TimeTagger;

/**
 * Speed of the engine against a baseline: splitting the same texts into sentences with {@link BreakIterator}.
 *
 * <p>Corpus: the TEXT of the TempEval-3 inputs plus {@code reports/*.txt} under the shared folder, repeated until it
 * holds at least {@code --mb} megabytes. Each workload is warmed up, then timed over several iterations with
 * {@link System#nanoTime()} (and the thread's CPU time, steadier when the machine is shared); workloads are
 * interleaved round by round and the median is reported. Every result feeds a checksum that is printed, so the JIT
 * cannot drop the work. The engine ({@code org.diplocal.extract.ReportExtractor}) is called reflectively so that
 * the harness also runs on a branch where it does not exist yet.
 *
 * <pre>java org.diplocal.extract.bench.EngineBenchmark [--shared ../shared] [--mb 4] [--iterations 7]</pre>
 */
public final class EngineBenchmark {

    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
    private static final Pattern DCT = Pattern.compile("<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL);

    /** One report of the corpus. */
    record Doc(String text, LocalDate date) {
    }

    /** A workload: returns a number derived from its result, summed into the checksum. */
    interface Workload {
        long run(Doc doc) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(option(args, "--shared", "../shared"));
        double mb = Double.parseDouble(option(args, "--mb", "4"));
        int iterations = Integer.parseInt(option(args, "--iterations", "7"));
        List<Doc> base = load(shared);
        if (base.isEmpty()) {
            throw new IllegalStateException("no texts found under " + shared.toAbsolutePath());
        }
        List<Doc> corpus = new ArrayList<>();
        long chars = 0;
        while (chars < mb * 1_000_000) {
            for (Doc d : base) {
                corpus.add(d);
                chars += d.text().length();
            }
        }
        long bytes = corpus.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf(Locale.ROOT, "corpus: %d distinct texts repeated to %d reports, %.2f MB (UTF-8), %s%n",
                base.size(), corpus.size(), bytes / 1e6, Runtime.version());

        List<String> names = new ArrayList<>();
        List<Workload> workloads = new ArrayList<>();
        names.add("BreakIterator sentences");
        workloads.add(EngineBenchmark::sentences);
        TimeTagger tagger = TimeTagger.standard();
        names.add("TimeTagger.tag");
        workloads.add(d -> tagger.tag(d.text(), d.date()).size());
        Workload engine = engine();
        if (engine != null) {
            names.add("ReportExtractor.extract");
            workloads.add(engine);
        } else {
            System.out.println("org.diplocal.extract.ReportExtractor not on the class path: engine not measured");
        }

        long checksum = 0;
        for (int warm = 0; warm < 3; warm++) {
            for (Workload w : workloads) {
                checksum += pass(w, corpus);
            }
        }
        // rounds interleave the workloads, so that load from other processes on a shared machine hits all of them
        int k = workloads.size();
        long[][] times = new long[k][iterations];
        long[][] cpu = new long[k][iterations];
        double[][] ratios = new double[k][iterations];
        double[][] cpuRatios = new double[k][iterations];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
        for (int it = 0; it < iterations; it++) {
            for (int j = 0; j < k; j++) {
                int w = (j + it) % k;
                long c0 = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
                long t0 = System.nanoTime();
                checksum += pass(workloads.get(w), corpus);
                times[w][it] = System.nanoTime() - t0;
                cpu[w][it] = cpuTime ? threads.getCurrentThreadCpuTime() - c0 : times[w][it];
            }
            for (int w = 0; w < k; w++) {
                ratios[w][it] = (double) times[w][it] / times[0][it];
                cpuRatios[w][it] = (double) cpu[w][it] / cpu[0][it];
            }
        }
        System.out.printf(Locale.ROOT, "%d timed rounds after 3 warm-up rounds, workloads interleaved; wall = System.nanoTime, "
                + "cpu = this thread's CPU time (steadier on a shared machine); ratio = median over rounds of time / BreakIterator's in the same round%n",
                iterations);
        for (int w = 0; w < k; w++) {
            double median = median(times[w]) / 1e9;
            double cpuMedian = median(cpu[w]) / 1e9;
            System.out.printf(Locale.ROOT, "%-24s wall %7.3f s  %8.0f reports/s %7.2f MB/s  ratio %5.2fx | cpu %7.3f s  %7.2f MB/s  ratio %5.2fx%n",
                    names.get(w), median, corpus.size() / median, bytes / 1e6 / median, median(ratios[w]),
                    cpuMedian, bytes / 1e6 / cpuMedian, median(cpuRatios[w]));
        }
        System.out.println("checksum " + checksum);
    }

    private static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static long pass(Workload w, List<Doc> corpus) throws Exception {
        long sum = 0;
        for (Doc d : corpus) {
            sum += w.run(d);
        }
        return sum;
    }

    private static long sentences(Doc d) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(d.text());
        long n = 0;
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            n += end;
        }
        return n;
    }

    /** {@code ReportExtractor.standard().extract(text, date).size()}, found by reflection, or null. */
    private static Workload engine() throws ReflectiveOperationException {
        Class<?> type;
        try {
            type = Class.forName("org.diplocal.extract.ReportExtractor");
        } catch (ClassNotFoundException e) {
            return null;
        }
        Object extractor = type.getMethod("standard").invoke(null);
        Method extract = type.getMethod("extract", String.class, LocalDate.class);
        return d -> {
            try {
                Object result = extract.invoke(extractor, d.text(), d.date());
                return result instanceof List<?> l ? l.size() + 1 : result == null ? 0 : 1;
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception ex ? ex : e;
            }
        };
    }

    private static List<Doc> load(Path shared) throws IOException {
        List<Doc> docs = new ArrayList<>();
        Path input = shared.resolve("tempeval3/input");
        if (Files.isDirectory(input)) {
            try (Stream<Path> files = Files.list(input)) {
                for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                    String xml = Files.readString(p, StandardCharsets.UTF_8);
                    Matcher t = TEXT.matcher(xml);
                    Matcher d = DCT.matcher(xml);
                    if (t.find() && d.find()) {
                        docs.add(new Doc(unescape(t.group(1)), LocalDate.parse(d.group(1))));
                    }
                }
            }
        }
        Path reports = shared.resolve("reports");
        if (Files.isDirectory(reports)) {
            String index = Files.exists(reports.resolve("index.json"))
                    ? Files.readString(reports.resolve("index.json"), StandardCharsets.UTF_8) : "";
            try (Stream<Path> files = Files.list(reports)) {
                for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".txt")).sorted()::iterator) {
                    docs.add(new Doc(Files.readString(p, StandardCharsets.UTF_8), published(index, p.getFileName().toString())));
                }
            }
        }
        return docs;
    }

    /** The "published" date that index.json gives for a file, else today. */
    private static LocalDate published(String index, String file) {
        Matcher m = Pattern.compile("\"file\"\\s*:\\s*\"" + Pattern.quote(file)
                + "\"[^}]*?\"published\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"").matcher(index);
        return m.find() ? LocalDate.parse(m.group(1)) : LocalDate.now();
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
