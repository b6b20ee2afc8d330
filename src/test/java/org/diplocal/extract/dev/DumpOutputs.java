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
import org.diplocal.extract.AdversarialTexts;
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

    /** The texts of ExtractorFuzzTest and LinearityTest, with their seeds. */
    static final class Adversarial {
        static void texts(List<Doc> docs) {
            Random random = new Random(20261123);
            for (int round = 0; round < 3_000; round++) {
                docs.add(new Doc("fuzz " + round, AdversarialTexts.round(round, random), FUZZ_DAY));
            }
            List<IntFunction<String>> linear = List.copyOf(AdversarialTexts.GROWING.values());
            for (int k = 0; k < linear.size(); k++) {
                for (int n : new int[] {1, 2}) {
                    docs.add(new Doc("linearity " + k + " x" + n, linear.get(k).apply(n), FUZZ_DAY));
                }
            }
        }
    }
}
