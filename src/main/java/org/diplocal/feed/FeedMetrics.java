package org.diplocal.feed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code diplocal_feed_requests_total{kind, status}}: feed answers by kind of feed and status, so the share
 * of 304s shows how much of the polling the ETags absorb. Counters are made once: the feed path only
 * increments them.
 */
@ApplicationScoped
public class FeedMetrics {

    private static final int[] STATUSES = {200, 304, 404};

    private final Map<FeedKey.Kind, Counter[]> counters = new EnumMap<>(FeedKey.Kind.class);
    private final Counter unknownPath;

    FeedMetrics(MeterRegistry registry) {
        for (FeedKey.Kind kind : FeedKey.Kind.values()) {
            Counter[] byStatus = new Counter[STATUSES.length];
            for (int i = 0; i < STATUSES.length; i++) {
                byStatus[i] = Counter.builder("diplocal.feed.requests").description("Feed requests answered")
                        .tag("kind", kind.name().toLowerCase(Locale.ROOT)).tag("status", String.valueOf(STATUSES[i]))
                        .register(registry);
            }
            counters.put(kind, byStatus);
        }
        unknownPath = Counter.builder("diplocal.feed.requests").description("Feed requests answered")
                .tag("kind", "none").tag("status", "404").register(registry);
    }

    void answered(FeedKey.Kind kind, int status) {
        Counter[] byStatus = counters.get(kind);
        for (int i = 0; i < STATUSES.length; i++) {
            if (STATUSES[i] == status) {
                byStatus[i].increment();
                return;
            }
        }
    }

    void unknownPath() {
        unknownPath.increment();
    }
}
