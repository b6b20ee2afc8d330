package org.diplocal.feed;

import io.vertx.core.buffer.Buffer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A feed as it is served: its bytes (plain and gzipped, ready for the wire), their validators, and the
 * day it was rendered on, since which engagements count as past depends on the day. A feed that does not
 * exist is cached too, as {@link #missing}.
 */
public record RenderedFeed(FeedKey key, Buffer body, Buffer gzipBody, String etag, Instant lastModified,
                           String fileName, LocalDate renderedOn, int events) {

    public static RenderedFeed missing(FeedKey key, LocalDate day) {
        return new RenderedFeed(key, null, null, null, null, null, day, 0);
    }

    public boolean exists() {
        return body != null;
    }
}
