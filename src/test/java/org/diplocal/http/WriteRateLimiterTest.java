package org.diplocal.http;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WriteRateLimiterTest {

    private static final class SteppedClock extends Clock {
        Instant now = Instant.parse("2030-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void burstUpToTheLimitPassesAndTheNextWaits() {
        WriteRateLimiter limiter = new WriteRateLimiter(3, new SteppedClock());
        assertEquals(0, limiter.acquire("10.0.0.1"));
        assertEquals(0, limiter.acquire("10.0.0.1"));
        assertEquals(0, limiter.acquire("10.0.0.1"));
        assertTrue(limiter.acquire("10.0.0.1") > 0);
    }

    @Test
    void tokensComeBackWithTime() {
        SteppedClock clock = new SteppedClock();
        WriteRateLimiter limiter = new WriteRateLimiter(60, clock);
        for (int i = 0; i < 60; i++) {
            limiter.acquire("a");
        }
        assertEquals(1, limiter.acquire("a"));
        clock.now = clock.now.plus(Duration.ofSeconds(1));
        assertEquals(0, limiter.acquire("a"));
    }

    @Test
    void clientsHaveBucketsOfTheirOwn() {
        WriteRateLimiter limiter = new WriteRateLimiter(1, new SteppedClock());
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("b"));
        assertTrue(limiter.acquire("a") > 0);
    }
}
