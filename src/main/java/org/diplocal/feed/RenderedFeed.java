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
                           String fileName, LocalDate renderedOn, int events, Headers headers) {

    /** Header values computed once per rendering, so that answering a request formats nothing. */
    public record Headers(CharSequence etag, CharSequence gzipEtag, CharSequence lastModified,
                          CharSequence contentDisposition, CharSequence length, CharSequence gzipLength) {

        static Headers of(String etag, Instant lastModified, String fileName, int length, int gzipLength) {
            return new Headers(io.vertx.core.http.HttpHeaders.createOptimized(etag),
                    io.vertx.core.http.HttpHeaders.createOptimized(etag.substring(0, etag.length() - 1) + "-gzip\""),
                    io.vertx.core.http.HttpHeaders.createOptimized(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                            .format(lastModified.atZone(java.time.ZoneOffset.UTC))),
                    io.vertx.core.http.HttpHeaders.createOptimized("inline; filename=\"" + fileName + "\""),
                    io.vertx.core.http.HttpHeaders.createOptimized(String.valueOf(length)),
                    io.vertx.core.http.HttpHeaders.createOptimized(String.valueOf(gzipLength)));
        }
    }

    public static RenderedFeed of(FeedKey key, byte[] bytes, byte[] gzipped, String etag, Instant lastModified,
                                  LocalDate renderedOn, int events) {
        return new RenderedFeed(key, Buffer.buffer(bytes), Buffer.buffer(gzipped), etag, lastModified,
                key.fileName(), renderedOn, events,
                Headers.of(etag, lastModified, key.fileName(), bytes.length, gzipped.length));
    }

    public static RenderedFeed missing(FeedKey key, LocalDate day) {
        return new RenderedFeed(key, null, null, null, null, null, day, 0, null);
    }

    public boolean exists() {
        return body != null;
    }
}
