package org.diplocal.http;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client for writes: {@code perMinute} requests a minute on average, in bursts of up to
 * as many. Buckets of clients that went quiet are dropped so that the map stays small.
 */
public final class WriteRateLimiter {

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;
    private static final int MAX_CLIENTS = 10_000;

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }
    }

    public WriteRateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Zero when the request may go ahead, else the seconds to wait before the next one will. */
    public long acquire(String client) {
        long now = nanos();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.entrySet().removeIf(e -> now - e.getValue().refilledAt > NANOS_PER_MINUTE);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(perMinute, now));
        synchronized (bucket) {
            double refill = (now - bucket.refilledAt) * perMinute / (double) NANOS_PER_MINUTE;
            bucket.tokens = Math.min(perMinute, bucket.tokens + refill);
            bucket.refilledAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) * 60.0 / perMinute);
        }
    }

    private long nanos() {
        return clock.millis() * 1_000_000L;
    }
}
