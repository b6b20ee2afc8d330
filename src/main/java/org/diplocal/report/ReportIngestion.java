package org.diplocal.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.diplocal.engagement.Engagement;
import org.diplocal.engagement.EngagementService;
import org.diplocal.engagement.EngagementView;
import org.diplocal.engagement.Recorded;
import org.diplocal.engagement.SourceRef;
import org.diplocal.extract.Dateline;
import org.diplocal.extract.Draft;
import org.diplocal.extract.ReportExtractor;
import org.diplocal.http.ProblemException;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Takes a report in: reads it with the engine, then stores the report and what it says in one
 * transaction, so a failure leaves no trace of it. The same text sent again changes nothing.
 */
@ApplicationScoped
public class ReportIngestion {

    private static final Logger LOG = Logger.getLogger(ReportIngestion.class);
    /** The contract's limit on a report's text, in UTF-8 octets. */
    public static final int MAX_TEXT_OCTETS = 1 << 20;
    private static final int MAX_ATTEMPTS = 4;

    @Inject
    ReportStore store;

    @Inject
    EngagementService engagements;

    private final ReportExtractor extractor = ReportExtractor.standard();

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    /** The reply, and whether the report was new. */
    public record Outcome(ReportReply reply, boolean created) {
    }

    public Outcome ingest(ReportInput input) {
        String text = input.text();
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_OCTETS) {
            throw new ProblemException(org.diplocal.http.Problem.of(413, "Content Too Large",
                    "The report's text is larger than 1 MiB; send it in parts or trim what is not the report."));
        }
        LocalDate published = input.published() != null ? input.published() : Dateline.find(text).orElseThrow(() ->
                ProblemException.unprocessable("No publication date: send 'published' as YYYY-MM-DD, or start the "
                        + "text with a dateline such as 'date 2025-10-28'. Relative dates like 'next Monday' are read from it."));
        Outcome known = stored(text);
        if (known != null) {
            metrics.counter("diplocal.reports.ingested", "result", "known").increment();
            return known;
        }
        long began = System.nanoTime();
        List<Draft> drafts = extractor.extract(text, published);
        long extractedNanos = System.nanoTime() - began;
        metrics.timer("diplocal.extraction").record(java.time.Duration.ofNanos(extractedNanos));
        long extractedMicros = extractedNanos / 1000;
        for (int attempt = 1; ; attempt++) {
            try {
                Outcome outcome = QuarkusTransaction.requiringNew().call(() -> {
                    Report report = store.store(text, published, input.title(), input.source());
                    List<Recorded> recorded = engagements.record(drafts, new SourceRef(report.id, report.sourceUrl),
                            "report:" + report.contentHash);
                    return new Outcome(reply(report, recorded.stream().map(Recorded::engagement).toList(),
                            changes(recorded)), true);
                });
                metrics.counter("diplocal.reports.ingested", "result", "new").increment();
                LOG.infof("report %s (%s, published %s): %d engagements drawn in %d µs",
                        outcome.reply().id(), input.title() == null ? "untitled" : input.title(), published,
                        drafts.size(), extractedMicros);
                return outcome;
            } catch (RuntimeException e) {
                // Concurrent writers collide on the same report or a new official's slug, or wait on a lock:
                // the transaction was rolled back whole, so answer what the other stored, or try again.
                if (!StoreConflicts.isConflict(e)) {
                    throw e;
                }
                Outcome theirs = stored(text);
                if (theirs != null) {
                    return theirs;
                }
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                LOG.debugf("report %s collided with a concurrent write (attempt %d): %s", input.title(), attempt, e);
                StoreConflicts.pause(attempt);
            }
        }
    }

    /** What was stored for this text before, or null. */
    private Outcome stored(String text) {
        return QuarkusTransaction.requiringNew().call(() -> store.find(text).map(this::existing).orElse(null));
    }

    /** A stored report with the engagements it rests under. */
    public java.util.Optional<ReportReply> find(String id) {
        return QuarkusTransaction.requiringNew().call(() ->
                Report.<Report>findByIdOptional(id).map(r -> existing(r).reply()));
    }

    private Outcome existing(Report report) {
        List<Engagement> drawn = Engagement.list(
                "select distinct e from Engagement e join e.sources s where s.reportId = ?1 order by e.startDate, e.id",
                report.id);
        return new Outcome(reply(report, drawn, ReportReply.Changes.NONE), false);
    }

    private static ReportReply reply(Report report, List<Engagement> engagements, ReportReply.Changes changes) {
        return new ReportReply(report.id, report.published.toString(),
                engagements.stream().distinct().map(EngagementView::of).toList(), changes);
    }

    private static ReportReply.Changes changes(List<Recorded> recorded) {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (Recorded r : recorded) {
            switch (r.change()) {
                case NEW -> added++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        return new ReportReply.Changes(added, updated, unchanged);
    }
}
