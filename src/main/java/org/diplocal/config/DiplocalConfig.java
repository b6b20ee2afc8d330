package org.diplocal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * diplocal's own settings. Each is also an environment variable: {@code diplocal.public-url} is
 * {@code DIPLOCAL_PUBLIC_URL}, and so on.
 */
@ConfigMapping(prefix = "diplocal")
public interface DiplocalConfig {

    /** Folder of the embedded H2 database. */
    @WithDefault("./data")
    Path data();

    /**
     * The address subscribers reach this server at, without a trailing slash. Feed and subscribe
     * links are built from it, so behind a proxy it must be the proxy's public https address.
     */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** Bearer token for writes; when absent a random one is made at start and logged once. */
    Optional<String> adminToken();

    /** Folder of reports and curated data loaded at start. */
    @WithDefault("calendars")
    Path calendars();

    Feeds feeds();

    Writes writes();

    interface Writes {
        /**
         * Writes (reports, engagements) one client address may make a minute, in bursts of as many; more are
         * answered 429. Behind a proxy, enable {@code quarkus.http.proxy.proxy-address-forwarding} so that the
         * client's address is the one counted.
         */
        @WithDefault("120")
        int perMinute();
    }

    interface Feeds {
        /** Largest feed in bytes; past engagements are dropped, oldest first, to stay under it (Google refuses more than 1 MB). */
        @WithDefault("1000000")
        int maxBytes();

        /** How often subscribed clients are asked to refresh (REFRESH-INTERVAL and X-PUBLISHED-TTL). */
        @WithDefault("PT6H")
        Duration refreshInterval();

        /** Cache-Control max-age of a feed response, for browsers and CDNs; revalidation uses the ETag. */
        @WithDefault("PT5M")
        Duration maxAge();
    }

    Sources sources();

    /** Where reports come from besides {@code POST /api/reports}: watched folders and news feeds. */
    interface Sources {
        /**
         * How often the report folders ({@code calendars/reports} and {@link #folder()}) are looked at for new or
         * changed {@code *.txt} files: {@code 30s}, {@code 5m}, an ISO-8601 duration, or {@code off}.
         */
        @WithDefault("30s")
        String watchInterval();

        /** A second folder of report files to watch, beside {@code calendars/reports}. */
        Optional<Path> folder();

        /** RSS or Atom feeds of news sources to poll, comma-separated URLs; none by default. */
        Optional<List<URI>> feeds();

        /** How often the feeds are polled: {@code 15m}, {@code 1h}, an ISO-8601 duration, or {@code off}. */
        @WithDefault("15m")
        String feedInterval();

        /**
         * Whether a feed item's text is its web page's article text (fetched once per item) rather than the
         * summary the feed carries. The summary is still used when the page cannot be fetched or read.
         */
        @WithDefault("false")
        boolean fetchPages();

        /** Time allowed for each feed or page request, from connecting to the last byte. */
        @WithDefault("PT20S")
        Duration timeout();

        /** Largest feed or page read, in bytes; a larger one is not read. */
        @WithDefault("5000000")
        int maxBytes();
    }
}
