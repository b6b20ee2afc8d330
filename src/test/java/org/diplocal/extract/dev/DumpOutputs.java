package org.diplocal.extract.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.diplocal.extract.Draft;
import org.diplocal.extract.FactsDump;
import org.diplocal.extract.ReportExtractor;
import org.diplocal.extract.time.TimeMention;
import org.diplocal.extract.time.TimeTagger;

/**
 * Dev command: writes everything the engine gives for a fixed set of texts (every draft of
 * {@code ReportExtractor.extract}, every mention of {@code TimeTagger.tag}, and what each stage finds in each sentence),
 * so that a change meant to keep behaviour can be checked by diffing two dumps. Texts: the TempEval-3 inputs, the
 * shared reports, the engine's own test reports, and the adversarial texts of ExtractorFuzzTest and LinearityTest
 * (fixed seeds). Usage: DumpOutputs SHARED_DIR OWN_REPORTS_DIR OUT.txt [-Ddump.facts=false]
 */
public final class DumpOutputs {
    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
    private static final Pattern DCT = Pattern.compile("<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL);
    private static final LocalDate FUZZ_DAY = LocalDate.of(2026, 2, 28);
    /** -Ddump.facts=false: drafts and time mentions only, to compare with a branch whose internals differ */
    private static final boolean FACTS = !"false".equals(System.getProperty("dump.facts"));

    record Doc(String name, String text, LocalDate date) {
    }

    private DumpOutputs() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args[0]);
        Path own = Path.of(args[1]);
        List<Doc> docs = new ArrayList<>();
        tempEval(shared.resolve("tempeval3/input"), docs);
        reports(shared.resolve("reports"), shared.resolve("reports/index.json"), "file", docs);
        reports(own, own.resolve("gold.json"), "id", docs);
        Adversarial.texts(docs);
        ReportExtractor engine = ReportExtractor.standard();
        TimeTagger tagger = TimeTagger.standard();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
            for (Doc d : docs) {
                out.println("=== " + d.name() + " " + d.date() + " chars " + d.text().length());
                for (TimeMention m : tagger.tag(d.text(), d.date())) {
                    out.println("  time " + m);
                }
                for (Draft draft : engine.extract(d.text(), d.date())) {
                    out.println("  draft " + draft(draft));
                }
                if (FACTS) {
                    out.print(FactsDump.facts(d.text(), d.date()));
                }
            }
        }
        System.out.println(docs.size() + " texts dumped to " + args[2]);
    }

    /** The record's fields, its sets sorted: Set.copyOf's order changes from run to run. */
    private static String draft(Draft d) {
        return "Draft[title=" + d.title() + ", kind=" + d.kind() + ", start=" + d.start() + ", end=" + d.end()
                + ", precision=" + d.precision() + ", startTime=" + d.startTime() + ", endTime=" + d.endTime()
                + ", zone=" + d.zone() + ", location=" + d.location() + ", participants=" + d.participants()
                + ", countries=" + d.countries().stream().sorted().toList() + ", topics=" + d.topics().stream().sorted().toList()
                + ", status=" + d.status() + ", evidence=" + d.evidence() + "]";
    }

    private static void tempEval(Path input, List<Doc> docs) throws IOException {
        try (Stream<Path> files = Files.list(input)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                String xml = Files.readString(p, StandardCharsets.UTF_8);
                Matcher t = TEXT.matcher(xml);
                Matcher d = DCT.matcher(xml);
                if (t.find() && d.find()) {
                    String text = t.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                            .replace("&apos;", "'").replace("&amp;", "&");
                    docs.add(new Doc(p.getFileName().toString(), text, LocalDate.parse(d.group(1))));
                }
            }
        }
    }

    /** {@code *.txt} of a folder, each with the "published" date its index gives (key: "file" name or "id"). */
    private static void reports(Path dir, Path index, String key, List<Doc> docs) throws IOException {
        JsonNode root = new ObjectMapper().readTree(index.toFile());
        for (JsonNode r : root.get("reports")) {
            String file = key.equals("id") ? r.get("id").asText() + ".txt" : r.get("file").asText();
            Path p = dir.resolve(file);
            if (Files.exists(p)) {
                docs.add(new Doc(p.toString(), Files.readString(p, StandardCharsets.UTF_8), LocalDate.parse(r.get("published").asText())));
            }
        }
    }

    /** The generators of ExtractorFuzzTest and the texts of LinearityTest, copied here with fixed seeds. */
    static final class Adversarial {
        private static final String[] WORDS = {"visit", "will", "meet", "next", "Monday", "Nov.", "4", "March", "15-17",
            "Minister", "President", "Foreign", "Defence", "Seoul", "Warsaw", "Accra", "summit", "talks", "on", "in",
            "the", "and", ",", ".", "(", ")", "\"", "'s", "then", "since", "postponed", "2025", "10", "a.m.",
            "tomorrow", "week", "early", "mid-", "later", "this", "month", "Prime", "Secretary", "of", "State", "-",
            "—", "\u00A0", "Ōtsuka", "Đặng", "이재명", "Łódź", "Zoë", "\uD83C\uDDF0\uD83C\uDDF7"};

        private static final List<Function<Random, String>> GENERATORS = List.of(
                Adversarial::wordSalad,
                r -> randomChars(r, 2_000, 0x10FFFF),
                r -> randomChars(r, 5_000, 0x7F),
                r -> "9".repeat(1 + r.nextInt(400)) + " March " + "9".repeat(1 + r.nextInt(400)) + " will visit Seoul",
                r -> "Minister " + "e\u0301\u0308\u0323".repeat(1 + r.nextInt(3_000)) + " will visit Oslo on Friday.",
                Adversarial::controlSoup,
                r -> wordSalad(r).replace(' ', '\n'));

        private static final List<Function<Random, String>> HEAVY = List.of(
                r -> "x".repeat(100_000 + r.nextInt(10_000)),
                r -> ("visit ".repeat(1 + r.nextInt(5_000))),
                r -> ("(".repeat(2_000) + "Monday" + ")".repeat(2_000)),
                r -> ("President ".repeat(3_000) + "Ruto will meet Prime Minister Starmer on Monday."),
                r -> ("Nov. 4, Nov. 5 and Nov. 6 ".repeat(2_000)));

        static void texts(List<Doc> docs) {
            Random random = new Random(20261123);
            for (int round = 0; round < 3_000; round++) {
                String text = round % 60 == 0
                        ? HEAVY.get(round / 60 % HEAVY.size()).apply(random)
                        : GENERATORS.get(round % GENERATORS.size()).apply(random);
                docs.add(new Doc("fuzz " + round, text, FUZZ_DAY));
            }
            List<IntFunction<String>> linear = List.of(
                    n -> "Nov. 4, Nov. 5 and Nov. 6 ".repeat(250 * n),
                    n -> "President ".repeat(800 * n) + "Ruto will meet Prime Minister Starmer on Monday.",
                    n -> "visit ".repeat(1_200 * n),
                    n -> "Paris ".repeat(1_000 * n),
                    n -> "(".repeat(1_000 * n) + "Monday" + ")".repeat(1_000 * n),
                    n -> names(600 * n, "President %s will meet Prime Minister %s in Paris on May %d. "),
                    n -> names(120 * n, "Minister %s %s, "),
                    n -> names(150 * n, "President %s %2$s. %1$s said. "),
                    Adversarial::salad);
            for (int k = 0; k < linear.size(); k++) {
                for (int n : new int[] {1, 2}) {
                    docs.add(new Doc("linearity " + k + " x" + n, linear.get(k).apply(n), FUZZ_DAY));
                }
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
}
