package org.diplocal.extract.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplocal.extract.Draft;
import org.diplocal.extract.DraftPerson;
import org.diplocal.extract.ReportExtractor;
import org.diplocal.extract.Slugs;

/**
 * Dev command: runs the engine over a gold file's reports and writes {"id": [engagement JSON]} for
 * score.py. Usage: PredictReports GOLD.json REPORTS_DIR OUT.json (see scripts/predict-seeds.sh).
 */
public final class PredictReports {
    private PredictReports() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode gold = json.readTree(new File(args[0]));
        Path reports = Path.of(args[1]);
        Map<String, Object> out = new LinkedHashMap<>();
        ReportExtractor engine = ReportExtractor.standard();
        for (JsonNode report : gold.get("reports")) {
            String id = report.get("id").asText();
            String text = Files.readString(reports.resolve(id + ".txt"));
            LocalDate published = LocalDate.parse(report.get("published").asText());
            List<Map<String, Object>> engagements = new ArrayList<>();
            for (Draft d : engine.extract(text, published)) {
                engagements.add(engagement(d, id));
            }
            out.put(id, engagements);
        }
        json.writeValue(new File(args[2]), out);
    }

    static Map<String, Object> engagement(Draft d, String report) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("title", d.title());
        e.put("kind", d.kind());
        e.put("start", d.start().toString());
        e.put("end", d.end().toString());
        e.put("precision", d.precision().name().toLowerCase());
        if (d.startTime() != null) {
            e.put("startTime", d.startTime().toString());
            e.put("timezone", d.zone());
        }
        if (d.location() == null) {
            e.put("location", null);
        } else {
            Map<String, Object> loc = new LinkedHashMap<>();
            loc.put("name", d.location().name());
            loc.put("city", d.location().city());
            loc.put("country", d.location().country());
            loc.put("zone", d.location().zone());
            e.put("location", loc);
        }
        List<Map<String, Object>> people = new ArrayList<>();
        for (DraftPerson p : d.participants()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("role", p.role());
            m.put("country", p.country());
            m.put("slug", Slugs.of(p.name()));
            people.add(m);
        }
        e.put("participants", people);
        e.put("countries", d.countries().stream().sorted().toList());
        e.put("topics", d.topics().stream().sorted().toList());
        e.put("status", d.status().name().toLowerCase());
        Map<String, Object> source = new LinkedHashMap<>(); // Map.of's order changes from run to run
        source.put("report", report);
        source.put("evidence", d.evidence());
        e.put("sources", List.of(source));
        return e;
    }
}
