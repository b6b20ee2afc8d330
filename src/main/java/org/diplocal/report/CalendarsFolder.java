package org.diplocal.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.diplocal.engagement.EngagementInput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Reads the {@code calendars/} folder: reports with their index, and engagements entered by hand. */
final class CalendarsFolder {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReportEntry(String file, LocalDate published, String title, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReportIndex(List<ReportEntry> reports) {
    }

    /** A hand-entered engagement: the editor's fields, a key that fixes its UID, and the report it rests on. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CuratedEngagement(String key, String report, EngagementInput engagement) {
    }

    private final Path root;
    private final ObjectMapper json;

    CalendarsFolder(Path root, ObjectMapper json) {
        this.root = root;
        this.json = json;
    }

    List<ReportEntry> reports() {
        Path index = root.resolve("reports/index.json");
        if (!Files.exists(index)) {
            return List.of();
        }
        try {
            return json.readValue(index.toFile(), ReportIndex.class).reports();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + index, e);
        }
    }

    String reportText(ReportEntry entry) {
        try {
            return Files.readString(root.resolve("reports").resolve(entry.file()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<CuratedEngagement> curated() {
        Path file = root.resolve("engagements.json");
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            var tree = json.readTree(file.toFile()).path("engagements");
            List<CuratedEngagement> out = new java.util.ArrayList<>();
            for (var node : tree) {
                out.add(new CuratedEngagement(node.path("key").asText(), node.path("report").asText(null),
                        json.treeToValue(node, EngagementInput.class)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
