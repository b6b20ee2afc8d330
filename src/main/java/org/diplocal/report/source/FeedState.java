package org.diplocal.report.source;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each feed's validators from its last full answer ({@code ETag}, {@code Last-Modified}), sent back as
 * {@code If-None-Match} / {@code If-Modified-Since} so an unchanged feed costs a 304. Kept in memory: after a
 * restart the first poll reads each feed whole, and the items already taken in are skipped by {@link SourceItem}.
 */
@ApplicationScoped
public class FeedState {

    public record Validators(String etag, String lastModified) {
    }

    private final Map<URI, Validators> validators = new ConcurrentHashMap<>();

    Optional<Validators> of(URI feed) {
        return Optional.ofNullable(validators.get(feed));
    }

    void remember(URI feed, Optional<String> etag, Optional<String> lastModified) {
        if (etag.isEmpty() && lastModified.isEmpty()) {
            validators.remove(feed);
        } else {
            validators.put(feed, new Validators(etag.orElse(null), lastModified.orElse(null)));
        }
    }
}
