package org.diplocal.report.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.diplocal.config.DiplocalConfig;
import org.diplocal.extract.Dateline;
import org.diplocal.http.ProblemException;
import org.diplocal.report.ReportIngestion;
import org.diplocal.report.ReportInput;
import org.jboss.logging.Logger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Polls the configured RSS and Atom feeds every {@code diplocal.sources.feed-interval} with a conditional GET and
 * ingests each item not taken in before, through the same path as {@code POST /api/reports}. A feed that cannot be
 * fetched or read is logged and tried again next round; it never stops the others.
 */
@ApplicationScoped
public class FeedPoller {

    private static final Logger LOG = Logger.getLogger(FeedPoller.class);
    private static final String FEED_TYPES = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

    /** One feed's round: the HTTP status, items in the feed, taken in now, known before, and refused by ingestion. */
    public record PollResult(URI feed, int status, int items, int taken, int known, int refused, String problem) {
        static PollResult failed(URI feed, String problem) {
            return new PollResult(feed, 0, 0, 0, 0, 0, problem);
        }
    }

    @Inject
    DiplocalConfig config;

    @Inject
    FeedState state;

    @Inject
    ReportIngestion ingestion;

    private Fetch fetch;

    @PostConstruct
    void start() {
        fetch = new Fetch(config.sources().timeout(), config.sources().maxBytes(), "diplocal (+" + config.publicUrl() + ")");
    }

    @Scheduled(identity = "news-feed-poll", every = "${diplocal.sources.feed-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        poll(config.sources().feeds().orElse(List.of()));
    }

    /** Polls each feed in turn; the failure of one is logged and does not stop the rest. */
    public List<PollResult> poll(List<URI> feeds) {
        List<PollResult> results = new ArrayList<>();
        for (URI feed : feeds) {
            PollResult result;
            try {
                result = poll(feed);
            } catch (IOException | FeedException | IllegalArgumentException e) {
                result = PollResult.failed(feed, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                results.add(PollResult.failed(feed, "interrupted"));
                break;
            } catch (RuntimeException e) {
                LOG.error("feed " + feed + " failed", e);
                result = PollResult.failed(feed, e.toString());
            }
            if (result.problem() != null) {
                LOG.warnf("feed %s not polled: %s; tried again next round", feed, result.problem());
            } else if (result.taken() > 0 || result.refused() > 0) {
                LOG.infof("feed %s: %d new items taken in, %d refused", feed, result.taken(), result.refused());
            }
            results.add(result);
        }
        return results;
    }

    PollResult poll(URI feed) throws IOException, InterruptedException, FeedException {
        Map<String, String> conditions = new HashMap<>();
        state.of(feed).ifPresent(v -> {
            if (v.etag() != null) {
                conditions.put("If-None-Match", v.etag());
            }
            if (v.lastModified() != null) {
                conditions.put("If-Modified-Since", v.lastModified());
            }
        });
        Fetch.Response response = fetch.get(feed, FEED_TYPES, conditions);
        if (response.status() == 304) {
            return new PollResult(feed, 304, 0, 0, 0, 0, null);
        }
        if (response.status() != 200) {
            return new PollResult(feed, response.status(), 0, 0, 0, 0, "answered HTTP " + response.status());
        }
        SyndFeed parsed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(response.body()),
                response.headers().firstValue("Content-Type").orElse(null), true));
        List<SyndEntry> entries = new ArrayList<>(parsed.getEntries());
        // Oldest first, so a later report that moves an engagement is read after the one that announced it.
        entries.sort(Comparator.comparing(FeedPoller::itemDate, Comparator.nullsLast(Comparator.naturalOrder())));
        int taken = 0;
        int known = 0;
        int refused = 0;
        for (SyndEntry entry : entries) {
            switch (take(feed, entry)) {
                case TAKEN -> taken++;
                case KNOWN -> known++;
                case REFUSED -> refused++;
                case RETRY -> { }
            }
        }
        // Remembered only after the items are in, so a round cut short reads the whole feed again.
        state.remember(feed, response.headers().firstValue("ETag"), response.headers().firstValue("Last-Modified"));
        return new PollResult(feed, 200, entries.size(), taken, known, refused, null);
    }

    private enum Taken { TAKEN, KNOWN, REFUSED, RETRY }

    private Taken take(URI feed, SyndEntry entry) throws InterruptedException {
        String feedUrl = feed.toString();
        String link = link(feed, entry);
        String id = firstNonBlank(entry.getUri(), link, entry.getTitle());
        if (id == null) {
            LOG.warnf("feed %s: an item without id, link or title skipped", feed);
            return Taken.REFUSED;
        }
        if (QuarkusTransaction.requiringNew().call(() -> SourceItem.known(feedUrl, id))) {
            return Taken.KNOWN;
        }
        String text = text(entry, link);
        String title = ReportFile.clip(entry.getTitle(), 500);
        if (text.isBlank()) {
            text = title == null ? "" : title;
        }
        if (text.isBlank()) {
            remember(feedUrl, id, null, "no text");
            return Taken.REFUSED;
        }
        try {
            ReportInput input = new ReportInput(text, published(entry, text), ReportFile.httpOrNull(link), title);
            ReportIngestion.Outcome outcome = ingestion.ingest(input);
            remember(feedUrl, id, outcome.reply().id(), null);
            return Taken.TAKEN;
        } catch (ProblemException e) {
            LOG.warnf("feed %s: item %s not taken in: %s", feed, id, e.getMessage());
            remember(feedUrl, id, null, e.getMessage());
            return Taken.REFUSED;
        } catch (RuntimeException e) {
            LOG.error("feed " + feed + ": item " + id + " failed; tried again next round", e);
            return Taken.RETRY;
        }
    }

    private void remember(String feedUrl, String id, String reportId, String note) {
        try {
            QuarkusTransaction.requiringNew().run(() -> SourceItem.of(feedUrl, id, reportId, note).persist());
        } catch (PersistenceException e) {
            LOG.debugf("item %s of %s was recorded by another round", id, feedUrl);
        }
    }

    /** The page's article text when pages are fetched and it has some, else the feed's own content or summary. */
    private String text(SyndEntry entry, String link) throws InterruptedException {
        if (config.sources().fetchPages() && link != null) {
            try {
                String page = pageText(URI.create(link));
                if (!page.isBlank()) {
                    return page;
                }
            } catch (IOException | IllegalArgumentException e) {
                LOG.infof("page %s not read (%s); the feed's summary is used", link, e.getMessage());
            }
        }
        String content = entry.getContents().stream().map(SyndContent::getValue).map(ItemText::ofHtml)
                .filter(t -> !t.isBlank()).collect(Collectors.joining("\n\n"));
        if (!content.isBlank()) {
            return content;
        }
        return entry.getDescription() == null ? "" : ItemText.ofHtml(entry.getDescription().getValue());
    }

    private String pageText(URI page) throws IOException, InterruptedException {
        Fetch.Response response = fetch.get(page, "text/html, application/xhtml+xml;q=0.9", Map.of());
        if (response.status() != 200) {
            throw new IOException("answered HTTP " + response.status());
        }
        String type = response.headers().firstValue("Content-Type").orElse("text/html").toLowerCase();
        if (!type.contains("html")) {
            throw new IOException("not a web page: " + type);
        }
        String charset = null;
        int at = type.indexOf("charset=");
        if (at >= 0) {
            charset = type.substring(at + 8).replace("\"", "").split("[;\\s]")[0];
        }
        return ItemText.ofPage(response.body(), charset, page.toString());
    }

    /**
     * The item's date, in UTC since Rome keeps no offset; a dateline in the text within a day of it wins, as it
     * is the date where the report was written (a Seoul morning report is the previous day in UTC).
     */
    static LocalDate published(SyndEntry entry, String text) {
        Date date = itemDate(entry);
        if (date == null) {
            return null;
        }
        LocalDate utc = date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        Optional<LocalDate> dateline = Dateline.find(text);
        return dateline.filter(d -> Math.abs(d.toEpochDay() - utc.toEpochDay()) <= 1).orElse(utc);
    }

    private static Date itemDate(SyndEntry entry) {
        return entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    }

    private static String link(URI feed, SyndEntry entry) {
        String link = entry.getLink();
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return feed.resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
