package org.diplocal.feed;

import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class FeedResourceTest {

    private static final List<String> EVERY_KIND_OF_FEED = List.of("/feeds/all.ics",
            "/feeds/officials/pete-hegseth.ics", "/feeds/countries/kr.ics", "/feeds/topics/defence.ics");

    @Test
    void everyKindOfFeedParsesAndPassesIcal4jValidation() throws Exception {
        for (String path : EVERY_KIND_OF_FEED) {
            Calendar calendar = Feeds.parse(Feeds.fetch(path));
            assertFalse(calendar.validate().hasErrors(), path + ": " + calendar.validate().getEntries());
            assertFalse(Feeds.events(calendar).isEmpty(), path + " holds no event");
        }
    }

    @Test
    void officialFeedHoldsHisMeetingsAsAllDayEvents() {
        List<VEvent> events = Feeds.events(Feeds.parse(Feeds.fetch("/feeds/officials/pete-hegseth.ics")));
        assertAllDay(events, "Security Consultative Meeting", "20251104", "20251105");
        assertAllDay(events, "Koizumi", "20251029", "20251030");
        assertAllDay(events, "Phan Van Giang", "20251102", "20251103");
    }

    @Test
    void windowedDateIsTentativeAllDaySpanMarkedDateTbc() {
        VEvent window = Feeds.events(Feeds.parse(Feeds.fetch("/feeds/officials/pete-hegseth.ics"))).stream()
                .filter(e -> Feeds.text(e, "SUMMARY").contains("Camp Humphreys"))
                .findFirst().orElseThrow();
        assertTrue(Feeds.text(window, "SUMMARY").endsWith(" (date TBC)"), Feeds.text(window, "SUMMARY"));
        assertEquals("TENTATIVE", Feeds.text(window, "STATUS"));
        assertEquals("20251103", Feeds.text(window, "DTSTART"));
        assertEquals("20251105", Feeds.text(window, "DTEND"));
    }

    @Test
    void countryFeedHoldsOnlyEngagementsOfThatCountry() {
        List<VEvent> events = Feeds.events(Feeds.parse(Feeds.fetch("/feeds/countries/kr.ics")));
        List<String> summaries = events.stream().map(e -> Feeds.text(e, "SUMMARY")).toList();
        assertTrue(summaries.stream().anyMatch(t -> t.contains("Security Consultative Meeting")), summaries.toString());
        assertFalse(summaries.stream().anyMatch(s -> s.contains("Koizumi")), summaries.toString());
    }

    @Test
    void topicFeedHoldsOnlyEngagementsFiledUnderIt() {
        List<VEvent> events = Feeds.events(Feeds.parse(Feeds.fetch("/feeds/topics/defence.ics")));
        assertTrue(events.stream().allMatch(e -> Feeds.text(e, "CATEGORIES").contains("defence")));
        assertTrue(events.stream().anyMatch(e -> Feeds.text(e, "SUMMARY").contains("Security Consultative Meeting")));
    }

    @Test
    void feedCarriesNameRefreshIntervalAndContentType() {
        given().when().get("/feeds/countries/kr.ics").then()
                .statusCode(200)
                .contentType(equalTo("text/calendar; charset=utf-8"))
                .header("Content-Disposition", containsString("kr.ics"))
                .body(containsString("X-WR-CALNAME:diplocal — South Korea"))
                .body(containsString("REFRESH-INTERVAL;VALUE=DURATION:PT6H"))
                .body(containsString("X-PUBLISHED-TTL:PT6H"));
    }

    @Test
    void requestWithoutAcceptHeaderGetsTheFeed() {
        given().config(io.restassured.RestAssured.config().encoderConfig(
                        io.restassured.config.EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .header("Accept", "")
                .when().get("/feeds/all.ics").then()
                .statusCode(200).body(startsWith("BEGIN:VCALENDAR"));
    }

    @Test
    void secondRequestWithTheEtagIsAnsweredNotModified() {
        String etag = given().when().get("/feeds/countries/kr.ics").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/feeds/countries/kr.ics").then()
                .statusCode(304).header("ETag", etag).body(emptyString());
    }

    @Test
    void requestWithLastModifiedDateIsAnsweredNotModified() {
        String lastModified = given().when().get("/feeds/topics/defence.ics").then().statusCode(200)
                .extract().header("Last-Modified");
        given().header("If-Modified-Since", lastModified).when().get("/feeds/topics/defence.ics").then()
                .statusCode(304);
    }

    @Test
    void staleEtagGetsTheFeed() {
        given().header("If-None-Match", "\"not-this-one\"").when().get("/feeds/countries/kr.ics").then()
                .statusCode(200).body(startsWith("BEGIN:VCALENDAR"));
    }

    @Test
    void sameDataGivesTheSameBytesAndEtag() {
        byte[] first = Feeds.fetch("/feeds/officials/pete-hegseth.ics");
        byte[] second = Feeds.fetch("/feeds/officials/pete-hegseth.ics");
        assertArrayEquals(first, second);
    }

    @Test
    void headAnswersHeadersWithoutBody() {
        int length = Feeds.fetch("/feeds/topics/defence.ics").length;
        Feeds.identity().when().head("/feeds/topics/defence.ics").then()
                .statusCode(200)
                .header("Content-Length", String.valueOf(length))
                .header("ETag", startsWith("\""))
                .body(emptyString());
    }

    @Test
    void gzipIsSentWhenAskedFor() throws IOException {
        byte[] plain = Feeds.fetch("/feeds/all.ics");
        byte[] zipped = given().urlEncodingEnabled(false).config(io.restassured.RestAssured.config()
                        .decoderConfig(io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip").when().get("/feeds/all.ics").then()
                .statusCode(200).header("Content-Encoding", "gzip").header("Vary", containsString("accept-encoding"))
                .extract().asByteArray();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            assertArrayEquals(plain, in.readAllBytes());
        }
    }

    @Test
    void unknownOfficialAnswers404ProblemJson() {
        given().when().get("/feeds/officials/no-such-person.ics").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("/api/officials"));
    }

    @Test
    void malformedFeedPathAnswers404ProblemJson() {
        for (String path : List.of("/feeds/countries/korea.ics", "/feeds/officials/pete-hegseth", "/feeds/x/y/z.ics",
                "/feeds/officials/..%2Fall.ics", "/feeds/topics/Defence.ics")) {
            given().urlEncodingEnabled(false).when().get(path).then()
                    .statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void everyLineEndsInCrlfAndIsAtMost75Octets() {
        byte[] bytes = Feeds.fetch("/feeds/all.ics");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(text.replace("\r\n", "").contains("\n"), "bare LF");
        assertFalse(text.replace("\r\n", "").contains("\r"), "bare CR");
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
    }

    private static void assertAllDay(List<VEvent> events, String summaryPart, String start, String endExclusive) {
        VEvent event = events.stream().filter(e -> Feeds.text(e, "SUMMARY").contains(summaryPart)
                && start.equals(Feeds.text(e, "DTSTART"))).findFirst().orElse(null);
        assertTrue(event != null, "no event '" + summaryPart + "' on " + start + " in "
                + events.stream().map(e -> Feeds.text(e, "DTSTART") + " " + Feeds.text(e, "SUMMARY")).toList());
        assertEquals(start, Feeds.text(event, "DTSTART"));
        assertEquals(endExclusive, Feeds.text(event, "DTEND"));
        assertEquals("DATE", event.getProperty("DTSTART").orElseThrow().getParameter("VALUE").orElseThrow().getValue());
    }
}
