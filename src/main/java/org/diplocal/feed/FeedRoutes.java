package org.diplocal.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.diplocal.config.DiplocalConfig;
import org.diplocal.http.Problem;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves {@code /feeds/...} on the event loop straight from {@link FeedCache}: the answer to a request
 * for an unchanged feed is a few header lines and a buffer that already holds the bytes. Only a feed
 * that is not yet rendered goes to a worker thread.
 */
@ApplicationScoped
public class FeedRoutes {

    private static final Logger LOG = Logger.getLogger(FeedRoutes.class);
    private static final String PREFIX = "/feeds/";
    private static final CharSequence CALENDAR = HttpHeaders.createOptimized("text/calendar; charset=utf-8");
    private static final CharSequence CONTENT_DISPOSITION = HttpHeaders.createOptimized("Content-Disposition");
    private static final java.util.regex.Pattern Q_ZERO = java.util.regex.Pattern.compile("q=0(\\.0{0,3})?");

    @Inject
    FeedCache cache;

    @Inject
    DiplocalConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    FeedMetrics metrics;

    Clock clock = Clock.systemDefaultZone();

    private CharSequence cacheControl;

    /** Paths already read, so a poll of a known feed parses nothing; bounded so random paths cannot fill it. */
    private final Map<String, Optional<FeedKey>> keys = new ConcurrentHashMap<>();
    private static final int MAX_KEYS = 20_000;

    private volatile LocalDate day = LocalDate.MIN;
    private volatile long nextDayAt;

    void register(@Observes Router router) {
        cacheControl = HttpHeaders.createOptimized("public, max-age=" + config.feeds().maxAge().toSeconds());
        router.route(PREFIX + "*").order(-10).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD) {
            problem(ctx, Problem.of(405, "Method Not Allowed", "Feeds are read with GET or HEAD."));
            return;
        }
        String path = ctx.normalizedPath();
        Optional<FeedKey> cached = keys.get(path);
        if (cached == null) {
            cached = parse(path);
            if (keys.size() < MAX_KEYS) {
                keys.put(path, cached);
            }
        }
        Optional<FeedKey> key = cached;
        if (key.isEmpty()) {
            metrics.unknownPath();
            problem(ctx, notFound(ctx.normalizedPath()));
            return;
        }
        LocalDate today = today();
        RenderedFeed feed = cache.peek(key.get(), today);
        if (feed != null) {
            answer(ctx, feed);
            return;
        }
        ctx.vertx().<RenderedFeed>executeBlocking(() -> cache.load(key.get(), today), false).onComplete(result -> {
            if (result.succeeded()) {
                answer(ctx, result.result());
            } else {
                LOG.error("rendering " + key.get().path() + " failed", result.cause());
                problem(ctx, Problem.of(500, "Server error", "The feed could not be rendered; try again later."));
            }
        });
    }

    private void answer(RoutingContext ctx, RenderedFeed feed) {
        if (!feed.exists()) {
            metrics.answered(feed.key().kind(), 404);
            problem(ctx, notFound(ctx.normalizedPath()));
            return;
        }
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response();
        RenderedFeed.Headers headers = feed.headers();
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        MultiMap out = response.headers();
        out.add(HttpHeaders.ETAG, gzip ? headers.gzipEtag() : headers.etag())
                .add(HttpHeaders.LAST_MODIFIED, headers.lastModified())
                .add(HttpHeaders.CACHE_CONTROL, cacheControl)
                .add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (notModified(request, feed)) {
            metrics.answered(feed.key().kind(), 304);
            response.setStatusCode(304).end();
            return;
        }
        metrics.answered(feed.key().kind(), 200);
        out.add(HttpHeaders.CONTENT_TYPE, CALENDAR).add(CONTENT_DISPOSITION, headers.contentDisposition());
        if (gzip) {
            out.add(HttpHeaders.CONTENT_ENCODING, HttpHeaders.createOptimized("gzip"));
        }
        if (request.method() == HttpMethod.HEAD) {
            out.add(HttpHeaders.CONTENT_LENGTH, gzip ? headers.gzipLength() : headers.length());
            response.end();
        } else {
            response.end(gzip ? feed.gzipBody() : feed.body());
        }
    }

    private static Optional<FeedKey> parse(String path) {
        return FeedKey.parse(path.substring(PREFIX.length()));
    }

    /** Today in the server's zone, worked out once a day rather than on every request. */
    private LocalDate today() {
        long now = clock.millis();
        if (now >= nextDayAt) {
            java.time.ZonedDateTime at = java.time.Instant.ofEpochMilli(now).atZone(clock.getZone());
            day = at.toLocalDate();
            nextDayAt = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant().toEpochMilli();
        }
        return day;
    }

    /** If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2). */
    static boolean notModified(HttpServerRequest request, RenderedFeed feed) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return etagMatches(ifNoneMatch, feed.etag());
        }
        String ifModifiedSince = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !feed.lastModified().isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    /** Weak comparison: both representations (plain and gzip) of the same bytes match. */
    static boolean etagMatches(String header, String etag) {
        if (header.length() == etag.length() && header.equals(etag)) {
            return true;
        }
        String opaque = etag.substring(1, etag.length() - 1);
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                String value = tag.substring(1, tag.length() - 1);
                if (value.equals(opaque) || value.equals(opaque + "-gzip")) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null || (acceptEncoding.indexOf("gzip") < 0 && acceptEncoding.indexOf('*') < 0)) {
            return false;
        }
        if (acceptEncoding.indexOf("q=") < 0) {
            return true;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip();
            if (coding.equalsIgnoreCase("gzip") || coding.equals("*")) {
                for (int i = 1; i < pieces.length; i++) {
                    String param = pieces[i].strip().replace(" ", "");
                    if (Q_ZERO.matcher(param).matches()) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static Problem notFound(String path) {
        return Problem.of(404, "Not Found", "There is no feed at " + path
                + ". Feeds are /feeds/all.ics, /feeds/officials/{slug}.ics, /feeds/countries/{iso2}.ics and "
                + "/feeds/topics/{slug}.ics; /api/officials, /api/countries and /api/topics list them.");
    }

    private void problem(RoutingContext ctx, Problem problem) {
        try {
            ctx.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
