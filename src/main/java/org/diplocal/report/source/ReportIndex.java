package org.diplocal.report.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A report folder's {@code index.json}: the publication date, title and source of files that do not say them. */
public final class ReportIndex {

    public static final String FILE = "index.json";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String file, LocalDate published, String title, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Json(List<Entry> reports) {
    }

    private final Map<String, Entry> byFile;

    private ReportIndex(Map<String, Entry> byFile) {
        this.byFile = byFile;
    }

    static final ReportIndex EMPTY = new ReportIndex(Map.of());

    /** The index in {@code folder}, empty when there is none. */
    static ReportIndex read(Path folder, ObjectMapper json) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return EMPTY;
        }
        List<Entry> entries = json.readValue(file.toFile(), Json.class).reports();
        return new ReportIndex(entries == null ? Map.of() : entries.stream().filter(e -> e.file() != null)
                .collect(Collectors.toMap(Entry::file, Function.identity(), (a, b) -> a)));
    }

    Optional<Entry> of(String fileName) {
        return Optional.ofNullable(byFile.get(fileName));
    }
}
