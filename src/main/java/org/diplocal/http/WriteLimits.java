package org.diplocal.http;

import jakarta.enterprise.context.ApplicationScoped;
import org.diplocal.config.DiplocalConfig;

import java.time.Clock;

/** The server's one write rate limiter, sized from {@code diplocal.writes.per-minute}. */
@ApplicationScoped
public class WriteLimits {

    private final WriteRateLimiter limiter;

    WriteLimits(DiplocalConfig config) {
        this.limiter = new WriteRateLimiter(config.writes().perMinute(), Clock.systemUTC());
    }

    public WriteRateLimiter limiter() {
        return limiter;
    }
}
