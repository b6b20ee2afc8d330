package org.diplocal.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.diplocal.engagement.EngagementInput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the engagements entered by hand in {@code calendars/}; its reports are read by {@code FolderWatch}. */
final class CalendarsFolder {

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
