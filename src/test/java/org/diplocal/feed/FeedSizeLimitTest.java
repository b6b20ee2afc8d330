package org.diplocal.feed;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(FeedSizeLimitTest.SmallFeeds.class)
class FeedSizeLimitTest {

    private static final int LIMIT = 40_000;

    public static class SmallFeeds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("diplocal.feeds.max-bytes", String.valueOf(LIMIT), "diplocal.calendars", "target/no-calendars");
        }
    }

    private static void create(String title, LocalDate day) {
        given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(Map.of("title", title, "start", day.toString(),
                        "participants", List.of(Map.of("name", "Kwame Longhistory", "country", "GH")),
                        "evidence", "The minister travelled again; " + "a long sentence of evidence. ".repeat(8)))
                .post("/api/engagements").then().statusCode(201);
    }

    @Test
    void largeFeedKeepsEveryUpcomingEngagementThenTheNewestPastOnesUnderTheLimit() {
        LocalDate today = LocalDate.now();
        for (int i = 1; i <= 60; i++) {
            create("Past talks " + i, today.minusDays(i));
        }
        create("Upcoming talks", today.plusDays(10));

        byte[] bytes = Feeds.fetch("/feeds/officials/kwame-longhistory.ics");
        List<VEvent> events = Feeds.events(Feeds.parse(bytes));
        List<String> titles = events.stream().map(e -> Feeds.text(e, "SUMMARY")).toList();

        assertTrue(bytes.length <= LIMIT, bytes.length + " bytes");
        assertTrue(titles.contains("Upcoming talks"));
        assertTrue(titles.contains("Past talks 1"), "the most recent past engagement is kept");
        assertTrue(!titles.contains("Past talks 60"), "the oldest is the first to go");
        assertTrue(events.size() > 10 && events.size() < 61, events.size() + " events");
        int oldestKept = titles.stream().filter(t -> t.startsWith("Past talks "))
                .mapToInt(t -> Integer.parseInt(t.substring(11))).max().orElseThrow();
        assertEquals(events.size() - 1, oldestKept, "past ones are kept from the newest back without gaps");
    }
}
