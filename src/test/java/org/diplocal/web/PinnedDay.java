package org.diplocal.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs a check with the web pages' "today" pinned, so engagements other tests add cannot change it. */
final class PinnedDay {

    private PinnedDay() {
    }

    static void on(Listing listing, String day, Runnable check) {
        listing.clock(Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC));
        try {
            check.run();
        } finally {
            listing.clock(Clock.systemDefaultZone());
        }
    }
}
