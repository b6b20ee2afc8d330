package org.diplocal.report.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.diplocal.config.DiplocalConfig;
import org.diplocal.http.ProblemException;
import org.diplocal.report.ReportIngestion;
import org.diplocal.report.ReportInput;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Ingests the {@code *.txt} report files of the report folders ({@code calendars/reports} and
 * {@code diplocal.sources.folder}) that it has not seen yet: at start (through {@code CalendarsLoader}) and then
 * every {@code diplocal.sources.watch-interval}. A file is read again only when its size or modification time
 * changes, and not in the first seconds after a change, while it may still be being written; one that cannot be
 * ingested is logged once and left until it changes.
 */
@ApplicationScoped
public class FolderWatch {

    private static final Logger LOG = Logger.getLogger(FolderWatch.class);
    /** A file changed this recently may still be being written (a copy in progress): it waits for the next scan. */
    static final long SETTLE_MILLIS = 2000;

    /** What became of one file in a scan. {@code reportId} is null when it could not be ingested. */
    public record FileResult(Path file, String reportId, boolean created, boolean read, String problem) {
    }

    /** The last look at a file: its size and mtime then, and the report it gave or why it gave none. */
    private record Seen(long size, long modified, String reportId, String problem) {
    }

    @Inject
    DiplocalConfig config;

    @Inject
    ReportIngestion ingestion;

    @Inject
    ObjectMapper json;

    private final Map<Path, Seen> seen = new ConcurrentHashMap<>();
    private final Map<Path, String> indexProblems = new ConcurrentHashMap<>();

    @Scheduled(identity = "report-folder-watch", every = "${diplocal.sources.watch-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void scanAll() {
        for (Path folder : folders()) {
            List<FileResult> results = scan(folder);
            long created = results.stream().filter(FileResult::created).count();
            if (created > 0) {
                LOG.infof("%s: %d new reports", folder, created);
            }
        }
    }

    /** The watched folders: the calendars' reports, and the extra folder when one is set. */
    public List<Path> folders() {
        List<Path> folders = new ArrayList<>();
        folders.add(config.calendars().resolve("reports"));
        config.sources().folder().ifPresent(folders::add);
        return folders;
    }

    /** Looks at every report file in {@code folder} (not below it) and ingests those new or changed since last seen. */
    public synchronized List<FileResult> scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        ReportIndex index = index(folder);
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf("cannot list %s: %s", folder, e.getMessage());
            return List.of();
        }
        Set<Path> present = new LinkedHashSet<>(files.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        Path here = folder.toAbsolutePath().normalize();
        seen.keySet().removeIf(p -> p.getParent().equals(here) && !present.contains(p));
        List<FileResult> results = new ArrayList<>();
        for (Path file : present) {
            results.add(look(file, index));
        }
        return results;
    }

    private ReportIndex index(Path folder) {
        Path file = folder.resolve(ReportIndex.FILE).toAbsolutePath().normalize();
        try {
            ReportIndex index = ReportIndex.read(folder, json);
            indexProblems.remove(file);
            return index;
        } catch (IOException e) {
            if (!e.getMessage().equals(indexProblems.put(file, e.getMessage()))) {
                LOG.errorf("%s cannot be read, so its dates and titles are not used: %s", file, e.getMessage());
            }
            return ReportIndex.EMPTY;
        }
    }

    private FileResult look(Path file, ReportIndex index) {
        long size;
        long modified;
        try {
            size = Files.size(file);
            modified = Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return new FileResult(file, null, false, false, "gone: " + e.getMessage());
        }
        Seen before = seen.get(file);
        if (before != null && before.size() == size && before.modified() == modified) {
            return new FileResult(file, before.reportId(), false, false, before.problem());
        }
        if (modified > System.currentTimeMillis() - SETTLE_MILLIS) {
            return new FileResult(file, null, false, false, "being written");
        }
        FileResult result;
        try {
            result = ingest(file, index.of(file.getFileName().toString()));
        } catch (RuntimeException e) {
            // Not the file's fault (the database, most likely): not remembered, so the next scan tries again.
            LOG.error("report file " + file + " failed; it is tried again next scan", e);
            return new FileResult(file, null, false, true, "failed: " + e.getMessage());
        }
        seen.put(file, new Seen(size, modified, result.reportId(), result.problem()));
        if (result.problem() != null) {
            LOG.errorf("report file %s not ingested (tried again when it changes): %s", file, result.problem());
        }
        return result;
    }

    private FileResult ingest(Path file, Optional<ReportIndex.Entry> indexed) {
        try {
            ReportInput input = ReportFile.read(file, indexed);
            ReportIngestion.Outcome outcome = ingestion.ingest(input);
            return new FileResult(file, outcome.reply().id(), outcome.created(), true, null);
        } catch (IOException e) {
            return new FileResult(file, null, false, true, "unreadable: " + e.getMessage());
        } catch (ProblemException e) {
            return new FileResult(file, null, false, true, e.getMessage());
        }
    }
}
