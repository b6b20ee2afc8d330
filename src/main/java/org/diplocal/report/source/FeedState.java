package org.diplocal.report.source;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * Each feed's validators from its last full answer ({@code ETag}, {@code Last-Modified}), sent back as
 * {@code If-None-Match} / {@code If-Modified-Since} so an unchanged feed costs a 304, before and after a restart.
 */
@ApplicationScoped
public class FeedState {

    public record Validators(String etag, String lastModified) {
    }

    Optional<Validators> of(URI feed) {
        return QuarkusTransaction.requiringNew().call(() -> SourceFeed.<SourceFeed>findByIdOptional(key(feed))
                .map(f -> new Validators(f.etag, f.lastModified)));
    }

    /** Keeps what the feed answered; a feed that sent neither is asked in full next time. */
    void remember(URI feed, Optional<String> etag, Optional<String> lastModified) {
        String key = key(feed);
        QuarkusTransaction.requiringNew().run(() -> {
            SourceFeed known = SourceFeed.findById(key);
            if (etag.isEmpty() && lastModified.isEmpty()) {
                if (known != null) {
                    known.delete();
                }
                return;
            }
            SourceFeed row = known != null ? known : new SourceFeed();
            row.key = key;
            row.feedUrl = ReportFile.clip(feed.toString(), 2000);
            row.etag = etag.filter(e -> e.length() <= 1000).orElse(null);
            row.lastModified = lastModified.filter(l -> l.length() <= 100).orElse(null);
            row.polledAt = Instant.now();
            if (known == null) {
                row.persist();
            }
        });
    }

    private static String key(URI feed) {
        return SourceItem.sha256(feed.toString());
    }
}
