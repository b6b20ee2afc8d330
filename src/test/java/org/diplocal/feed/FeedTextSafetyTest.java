package org.diplocal.feed;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class FeedTextSafetyTest {

    private static String create(String title, String who) {
        Map<String, Object> body = Map.of("title", title, "start", "2032-02-02",
                "participants", List.of(Map.of("name", who, "country", "KR")),
                "countries", List.of("KR"), "evidence", title);
        return given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON).body(body)
                .when().post("/api/engagements").then().statusCode(201).extract().path("participants[0].slug");
    }

    @Test
    void diacriticsAndHangulSurviveTheRoundTripInLinesOfAtMost75Octets() {
        String title = "Łukasz Kraśko und Zoë Ñúñez treffen 이재명 대통령과 정상회담 — 한미 동맹 현대화를 논의하는 긴 제목 🇰🇷";
        String slug = create(title, "Łukasz Kraśko-Ñúñez");
        byte[] bytes = Feeds.fetch("/feeds/officials/" + slug + ".ics");
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        VEvent event = Feeds.events(Feeds.parse(bytes)).get(0);
        assertEquals(title, Feeds.text(event, "SUMMARY"));
        assertTrue(Feeds.text(event, "DESCRIPTION").contains("Łukasz Kraśko-Ñúñez"));
    }

    @Test
    void titleCarryingALineBreakAndBeginVeventStaysOneEvent() {
        String slug = create("Harmless\r\nBEGIN:VEVENT\r\nSUMMARY:Injected\rEND:VEVENT", "Injection Tester");
        Calendar calendar = Feeds.parse(Feeds.fetch("/feeds/officials/" + slug + ".ics"));
        List<VEvent> events = Feeds.events(calendar);
        assertEquals(1, events.size());
        String summary = Feeds.text(events.get(0), "SUMMARY");
        assertTrue(summary.startsWith("Harmless BEGIN:VEVENT"), summary);
        assertFalse(summary.contains("\r") || summary.contains("\n"), summary);
        assertFalse(calendar.validate().hasErrors());
    }

    @Test
    void controlCharactersNeverReachTheFeed() {
        String slug = create("Bell\u0007 and null\u0000 and escape\u001B in a title", "Control Char");
        String feed = new String(Feeds.fetch("/feeds/officials/" + slug + ".ics"), StandardCharsets.UTF_8);
        assertTrue(feed.chars().noneMatch(c -> c < 0x20 && c != '\r' && c != '\n'));
    }
}
