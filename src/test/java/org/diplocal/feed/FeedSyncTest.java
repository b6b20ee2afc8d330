package org.diplocal.feed;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Instances on one database: the version moves once with each committed change, and a move made by
 * another instance (here: SQL on the database, as that instance's transaction would write it) empties this
 * instance's feed cache at the next poll. The test profile polls hourly, so the poll here is the test's own.
 */
@QuarkusTest
class FeedSyncTest {

    private static final String TOKEN = "Bearer test-token";

    @Inject
    FeedVersion version;

    @Inject
    FeedSync sync;

    @Inject
    FeedCache cache;

    @Inject
    AgroalDataSource dataSource;

    private static Map<String, Object> engagement(String title) {
        return Map.of("title", title, "start", "2031-05-06",
                "participants", List.of(Map.of("name", "Ana Sync Tester", "role", "Minister of Foreign Affairs", "country", "AR")),
                "countries", List.of("AR", "PL"), "topics", List.of("trade"),
                "location", Map.of("city", "Warsaw", "country", "PL"));
    }

    private static String create(String title) {
        return given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(engagement(title))
                .when().post("/api/engagements").then().statusCode(201).extract().path("uid");
    }

    @Test
    void eachCommittedChangeMovesTheVersionOnceAndThisInstanceSeesItsOwnAtOnce() throws Exception {
        long start = version.current();
        String uid = create("Sync test: versions");
        assertEquals(start + 1, version.current(), "a created engagement moves the version");
        assertEquals(start + 1, sync.seen(), "a change made here is seen here without a poll");

        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(engagement("Sync test: versions, renamed"))
                .when().put("/api/engagements/" + uid).then().statusCode(200);
        assertEquals(start + 2, version.current(), "a correction moves it again");

        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(engagement("Sync test: versions, renamed"))
                .when().put("/api/engagements/" + uid).then().statusCode(200);
        assertEquals(start + 2, version.current(), "a correction that changes nothing leaves it");

        given().header("Authorization", TOKEN).when().delete("/api/engagements/" + uid).then().statusCode(200);
        assertEquals(start + 3, version.current(), "a cancellation moves it");

        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(Map.of("title", ""))
                .when().post("/api/engagements").then().statusCode(400);
        assertEquals(start + 3, version.current(), "a refused change leaves it");
    }

    @Test
    void aChangeMadeByAnotherInstanceReachesTheFeedsAtTheNextPoll() throws Exception {
        String uid = create("Sync test: before");
        String before = new String(Feeds.fetch("/feeds/all.ics"), StandardCharsets.UTF_8);
        assertTrue(before.contains("Sync test: before"));
        assertNotNull(cache.peek(FeedKey.ALL, LocalDate.now()), "the feed is cached");

        // Another instance renames it: its transaction changes the row and moves the version.
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement rename = c.prepareStatement(
                    "update engagement set title = ?, sequence_no = sequence_no + 1 where uid = ?");
                 PreparedStatement bump = c.prepareStatement("update feed_version set version = version + 1 where id = 1")) {
                rename.setString(1, "Sync test: renamed elsewhere");
                rename.setString(2, uid);
                assertEquals(1, rename.executeUpdate());
                bump.executeUpdate();
            }
            c.commit();
        }
        // (On PostgreSQL a late NOTIFY of this test's own create may already have polled; the poll below must do it.)
        sync.poll();
        assertNull(cache.peek(FeedKey.ALL, LocalDate.now()), "the poll emptied the cache");
        String after = new String(Feeds.fetch("/feeds/all.ics"), StandardCharsets.UTF_8);
        assertTrue(after.contains("Sync test: renamed elsewhere"), "the next request renders the other instance's change");
        assertFalse(after.contains("Sync test: before"));
        assertEquals(version.current(), sync.seen());
    }

    @Test
    void aPollThatFindsNothingNewKeepsTheCache() throws Exception {
        Feeds.fetch("/feeds/all.ics");
        sync.poll();
        assertNotNull(cache.peek(FeedKey.ALL, LocalDate.now()));
        assertEquals(version.current(), sync.seen());
    }
}
