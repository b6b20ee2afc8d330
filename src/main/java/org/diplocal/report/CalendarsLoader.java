package org.diplocal.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.diplocal.config.DiplocalConfig;
import org.diplocal.directory.DirectoryLoader;
import org.diplocal.engagement.Engagement;
import org.diplocal.engagement.EngagementService;
import org.diplocal.engagement.SourceRef;
import org.diplocal.report.source.FolderWatch;
import org.jboss.logging.Logger;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * At start, brings the directory and {@code calendars/} into the database. Everything it loads is keyed by
 * content (reports) or by a fixed key (hand-entered engagements), so a restart adds nothing twice.
 */
@ApplicationScoped
public class CalendarsLoader {

    private static final Logger LOG = Logger.getLogger(CalendarsLoader.class);

    @Inject
    DiplocalConfig config;

    @Inject
    DirectoryLoader directory;

    @Inject
    EngagementService engagements;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    FolderWatch watch;

    @Inject
    StartupLock lock;

    void onStart(@Observes StartupEvent start) {
        lock.run(this::load);
    }

    private void load() {
        directory.load();
        if (!Files.isDirectory(config.calendars())) {
            LOG.warnf("No calendars folder at %s; starting with what the database holds", config.calendars().toAbsolutePath());
            return;
        }
        CalendarsFolder folder = new CalendarsFolder(config.calendars(), json);
        Map<String, String> reportIds = loadReports();
        QuarkusTransaction.requiringNew().run(() -> loadCurated(folder, reportIds));
    }

    /**
     * The reports are the folder watch's first scan of {@code calendars/reports}: each goes through the same path
     * as {@code POST /api/reports}; one that fails is logged and skipped.
     */
    private Map<String, String> loadReports() {
        Map<String, String> reportIds = new HashMap<>();
        int fresh = 0;
        for (FolderWatch.FileResult result : watch.scan(config.calendars().resolve("reports"))) {
            if (result.reportId() != null) {
                reportIds.put(result.file().getFileName().toString(), result.reportId());
                fresh += result.created() ? 1 : 0;
            }
        }
        LOG.infof("calendars/reports: %d reports, %d new", reportIds.size(), fresh);
        return reportIds;
    }

    private void loadCurated(CalendarsFolder folder, Map<String, String> reportIds) {
        int newEngagements = 0;
        for (CalendarsFolder.CuratedEngagement curated : folder.curated()) {
            String seed = "curated:" + curated.key();
            if (Engagement.byUid(Engagement.uidFor(seed)).isPresent()) {
                continue;
            }
            var problems = validator.validate(curated.engagement());
            if (!problems.isEmpty()) {
                LOG.errorf("calendars/engagements.json: '%s' skipped: %s", curated.key(), problems.stream()
                        .map(v -> v.getPropertyPath() + " " + v.getMessage()).toList());
                continue;
            }
            String reportId = curated.report() == null ? null : reportIds.get(curated.report());
            Report report = reportId == null ? null : Report.findById(reportId);
            engagements.create(curated.engagement().toDraft(), Engagement.Origin.CURATED,
                    new SourceRef(reportId, report == null ? null : report.sourceUrl), seed);
            newEngagements++;
        }
        LOG.infof("calendars/engagements.json: %d new hand-entered engagements", newEngagements);
    }
}
