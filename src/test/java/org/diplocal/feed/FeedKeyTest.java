package org.diplocal.feed;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeedKeyTest {

    @Test
    void readsTheFourFeedForms() {
        assertEquals(Optional.of(FeedKey.ALL), FeedKey.parse("all.ics"));
        assertEquals(Optional.of(FeedKey.official("diana-mondino")), FeedKey.parse("officials/diana-mondino.ics"));
        assertEquals(Optional.of(FeedKey.country("gh")), FeedKey.parse("countries/gh.ics"));
        assertEquals(Optional.of(FeedKey.topic("human-rights")), FeedKey.parse("topics/human-rights.ics"));
    }

    @Test
    void refusesAnythingElse() {
        for (String path : new String[]{"all", "countries/ghana.ics", "officials/../all.ics", "officials/a/b.ics",
                "people/x.ics", "topics/Trade.ics", "officials/.ics", ""}) {
            assertEquals(Optional.empty(), FeedKey.parse(path), path);
        }
    }

    @Test
    void pathRoundTrips() {
        assertEquals("countries/no.ics", FeedKey.country("NO").path());
        assertEquals("all.ics", FeedKey.ALL.path());
    }
}
