package org.diplocal.engagement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.diplocal.extract.Draft;
import org.diplocal.extract.DraftPerson;
import org.diplocal.extract.DraftPlace;
import org.diplocal.extract.DraftStatus;
import org.diplocal.extract.Precision;
import org.diplocal.report.ReportStore;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reports about one event arriving over days, as a subscriber's calendar sees them. */
@QuarkusTest
class SyncScenarioTest {

    @Inject
    EngagementService engagements;

    @Inject
    ReportStore reports;

    /**
     * A traveller of its own per test, so that each test owns its feed: eight letters a-p, one per hex digit of a
     * random UUID (mapping every digit to one letter made "Minister xxxxxxxx" likely enough to be shared).
     */
    private static String traveller() {
        StringBuilder name = new StringBuilder("Minister ");
        UUID.randomUUID().toString().chars().filter(c -> c != '-').limit(8)
                .forEach(c -> name.append((char) ('a' + Character.digit(c, 16))));
        return name.toString();
    }

    private static Draft visit(String who, LocalDate start, LocalDate end, Precision precision, DraftStatus status) {
        return new Draft("Visit to Santiago", "visit", start, end, precision, null, null, "America/Santiago",
                new DraftPlace("Santiago", "Santiago", "CL", "America/Santiago", -33.45, -70.66),
                List.of(new DraftPerson(who, "Minister of Foreign Affairs", "PL")), Set.of("PL", "CL"),
                Set.of("trade"), status, "The minister will visit Santiago.");
    }

    private Recorded report(Draft draft) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var report = reports.store("report " + UUID.randomUUID(), LocalDate.of(2030, 1, 1), null, null);
            return engagements.record(List.of(draft), new SourceRef(report.id, null), "test:" + report.id).get(0);
        });
    }

    private static List<VEvent> feed(String who) throws Exception {
        String slug = org.diplocal.extract.Slugs.of(who);
        byte[] bytes = given().header("Accept-Encoding", "identity").get("/feeds/officials/" + slug + ".ics")
                .then().statusCode(200).extract().asByteArray();
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
        return calendar.getComponents("VEVENT");
    }

    private static String prop(VEvent e, String name) {
        return e.getProperty(name).map(p -> p.getValue()).orElse(null);
    }

    @Test
    void announcedVisitLaterFixedToADayIsOneEventWithRisingSequence() throws Exception {
        String who = traveller();
        Recorded first = report(visit(who, LocalDate.of(2030, 3, 4), LocalDate.of(2030, 3, 10), Precision.WINDOW, DraftStatus.SCHEDULED));
        String before = prop(feed(who).get(0), "SUMMARY");
        Recorded second = report(visit(who, LocalDate.of(2030, 3, 6), LocalDate.of(2030, 3, 6), Precision.DAY, DraftStatus.SCHEDULED));

        assertEquals(first.engagement().uid, second.engagement().uid);
        assertEquals(Recorded.Change.UPDATED, second.change());
        List<VEvent> events = feed(who);
        assertEquals(1, events.size());
        VEvent event = events.get(0);
        assertEquals(first.engagement().uid, prop(event, "UID"));
        assertEquals("1", prop(event, "SEQUENCE"));
        assertEquals("20300306", prop(event, "DTSTART"));
        assertEquals("CONFIRMED", prop(event, "STATUS"));
        assertTrue(before.endsWith("(date TBC)"));
        assertFalse(prop(event, "SUMMARY").contains("TBC"));
    }

    @Test
    void announcedVisitLaterPostponedIsOneTentativeEventSayingSo() throws Exception {
        String who = traveller();
        Recorded first = report(visit(who, LocalDate.of(2030, 4, 2), LocalDate.of(2030, 4, 3), Precision.DAY, DraftStatus.SCHEDULED));
        report(visit(who, LocalDate.of(2030, 4, 2), LocalDate.of(2030, 4, 2), Precision.DAY, DraftStatus.POSTPONED));

        List<VEvent> events = feed(who);
        assertEquals(1, events.size());
        VEvent event = events.get(0);
        assertEquals(first.engagement().uid, prop(event, "UID"));
        assertEquals("1", prop(event, "SEQUENCE"));
        assertEquals("TENTATIVE", prop(event, "STATUS"));
        assertTrue(prop(event, "SUMMARY").startsWith("Postponed: "), prop(event, "SUMMARY"));
        assertEquals("20300402", prop(event, "DTSTART"));
        assertEquals("20300404", prop(event, "DTEND"));
    }

    @Test
    void postponedVisitGivenANewDayIsScheduledAgainInPlace() throws Exception {
        String who = traveller();
        Recorded first = report(visit(who, LocalDate.of(2030, 5, 6), LocalDate.of(2030, 5, 6), Precision.DAY, DraftStatus.SCHEDULED));
        report(visit(who, LocalDate.of(2030, 5, 6), LocalDate.of(2030, 5, 6), Precision.DAY, DraftStatus.POSTPONED));
        Recorded third = report(visit(who, LocalDate.of(2030, 6, 10), LocalDate.of(2030, 6, 10), Precision.DAY, DraftStatus.SCHEDULED));

        assertEquals(first.engagement().uid, third.engagement().uid);
        VEvent event = feed(who).get(0);
        assertEquals("2", prop(event, "SEQUENCE"));
        assertEquals("20300610", prop(event, "DTSTART"));
        assertEquals("CONFIRMED", prop(event, "STATUS"));
    }

    @Test
    void cancelledVisitStaysInTheFeedAsCancelled() throws Exception {
        String who = traveller();
        report(visit(who, LocalDate.of(2030, 7, 1), LocalDate.of(2030, 7, 1), Precision.DAY, DraftStatus.SCHEDULED));
        report(visit(who, LocalDate.of(2030, 7, 1), LocalDate.of(2030, 7, 1), Precision.DAY, DraftStatus.CANCELLED));
        List<VEvent> events = feed(who);
        assertEquals(1, events.size());
        assertEquals("CANCELLED", prop(events.get(0), "STATUS"));
    }

    @Test
    void reportSayingNothingNewLeavesSequenceAndBytesAlone() throws Exception {
        String who = traveller();
        Draft draft = visit(who, LocalDate.of(2030, 8, 1), LocalDate.of(2030, 8, 2), Precision.DAY, DraftStatus.SCHEDULED);
        report(draft);
        String slug = org.diplocal.extract.Slugs.of(who);
        String etag = given().get("/feeds/officials/" + slug + ".ics").then().extract().header("ETag");
        Recorded again = report(draft);
        assertEquals(Recorded.Change.UNCHANGED, again.change());
        given().header("If-None-Match", etag).get("/feeds/officials/" + slug + ".ics").then().statusCode(304);
    }

    @Test
    void aBodysSessionToldOfNoOneIsInItsCountrysFeedAndLaterReportsFollowIt() throws Exception {
        String body = "Chile-Peru joint committee " + traveller().substring(9);
        Draft session = new Draft(body, "meeting", LocalDate.of(2030, 10, 3), LocalDate.of(2030, 10, 3), Precision.DAY, null, null,
                null, new DraftPlace("Tacna", "Tacna", "PE", "America/Lima", null, null), List.of(), Set.of("CL", "PE"), Set.of(),
                DraftStatus.SCHEDULED, "The Chile-Peru joint committee will meet in Tacna on Thursday.");
        Recorded first = report(session);
        Recorded cancelled = report(new Draft(body, "meeting", LocalDate.of(2030, 10, 3), LocalDate.of(2030, 10, 3), Precision.DAY,
                null, null, null, session.location(), List.of(), Set.of("CL", "PE"), Set.of(), DraftStatus.CANCELLED,
                "The committee's meeting in Tacna has been called off."));

        assertEquals(first.engagement().uid, cancelled.engagement().uid);
        byte[] bytes = given().header("Accept-Encoding", "identity").get("/feeds/countries/cl.ics").then().statusCode(200)
                .extract().asByteArray();
        List<VEvent> events = new CalendarBuilder().build(new ByteArrayInputStream(bytes)).getComponents("VEVENT");
        VEvent event = events.stream().filter(e -> first.engagement().uid.equals(prop(e, "UID"))).findFirst().orElseThrow();
        assertEquals("CANCELLED", prop(event, "STATUS"));
    }

    @Test
    void sessionsOfLikeNamedBodiesOfOtherCountriesStayApart() {
        String body = "Joint commission " + traveller().substring(9);
        Recorded first = report(new Draft(body, "meeting", LocalDate.of(2030, 11, 5), LocalDate.of(2030, 11, 5), Precision.DAY, null,
                null, null, null, List.of(), Set.of("CL", "PE"), Set.of(), DraftStatus.SCHEDULED, "The joint commission will meet."));
        Recorded other = report(new Draft(body, "meeting", LocalDate.of(2030, 11, 6), LocalDate.of(2030, 11, 6), Precision.DAY, null,
                null, null, null, List.of(), Set.of("KE", "UG"), Set.of(), DraftStatus.CANCELLED, "The joint commission is off."));
        assertFalse(first.engagement().uid.equals(other.engagement().uid));
    }

    @Test
    void visitAndAMeetingDuringItStayTwoEvents() throws Exception {
        String who = traveller();
        report(visit(who, LocalDate.of(2030, 9, 1), LocalDate.of(2030, 9, 2), Precision.DAY, DraftStatus.SCHEDULED));
        report(new Draft("Meets the president", "meeting", LocalDate.of(2030, 9, 1), LocalDate.of(2030, 9, 2),
                Precision.WINDOW, null, null, null, new DraftPlace("Santiago", "Santiago", "CL", "America/Santiago", null, null),
                List.of(new DraftPerson(who, null, "PL"), new DraftPerson("Gabriel Boric", "President", "CL")),
                Set.of("PL", "CL"), Set.of(), DraftStatus.SCHEDULED, "He will meet the president."));
        assertEquals(2, feed(who).size());
    }

    @Test
    void editorsCorrectionOutlivesALaterReportAndHistoryShowsBoth() {
        String who = traveller();
        String uid = report(visit(who, LocalDate.of(2030, 10, 5), LocalDate.of(2030, 10, 5), Precision.DAY,
                DraftStatus.SCHEDULED)).engagement().uid;
        Map<String, Object> correction = Map.of("title", "Visit to Santiago", "kind", "visit", "start", "2030-10-06",
                "participants", List.of(Map.of("name", who, "country", "PL")), "countries", List.of("PL", "CL"),
                "location", Map.of("name", "Santiago", "city", "Santiago", "country", "CL"));
        given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON).body(correction)
                .put("/api/engagements/" + uid).then().statusCode(200).body("start", equalTo("2030-10-06"));

        report(visit(who, LocalDate.of(2030, 10, 5), LocalDate.of(2030, 10, 5), Precision.DAY, DraftStatus.SCHEDULED));

        given().get("/api/engagements/" + uid).then().body("start", equalTo("2030-10-06"));
        given().get("/api/engagements/" + uid + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("created", "updated", "overruled")))
                .body("[1].editor", equalTo(true))
                .body("[1].after.start", equalTo("2030-10-06"))
                .body("[2].editor", equalTo(false))
                .body("[2].after.start", equalTo("2030-10-05"));
    }

    @Test
    void historyNamesTheReportBehindEachChange() {
        String who = traveller();
        Recorded first = report(visit(who, LocalDate.of(2030, 11, 3), LocalDate.of(2030, 11, 9), Precision.WINDOW, DraftStatus.SCHEDULED));
        report(visit(who, LocalDate.of(2030, 11, 4), LocalDate.of(2030, 11, 4), Precision.DAY, DraftStatus.SCHEDULED));
        given().get("/api/engagements/" + first.engagement().uid + "/history").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[1].action", equalTo("updated"))
                .body("[1].sequence", equalTo(1))
                .body("[1].before.start", equalTo("2030-11-03"))
                .body("[1].after.start", equalTo("2030-11-04"))
                .body("[1].after.precision", equalTo("day"))
                .body("report", hasItem(org.hamcrest.Matchers.notNullValue()));
    }

    @Test
    void mergedDuplicateIsCancelledAndLaterReportsGoToTheSurvivor() throws Exception {
        String who = traveller();
        String survivor = report(visit(who, LocalDate.of(2030, 12, 1), LocalDate.of(2030, 12, 1), Precision.DAY,
                DraftStatus.SCHEDULED)).engagement().uid;
        Draft elsewhere = new Draft("Trip", "trip", LocalDate.of(2030, 12, 1), LocalDate.of(2030, 12, 1),
                Precision.DAY, null, null, null, null, List.of(new DraftPerson(who, null, "PL")), Set.of("PL"),
                Set.of("energy"), DraftStatus.SCHEDULED, "A trip.");
        String duplicate = report(elsewhere).engagement().uid;

        given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(Map.of("duplicate", duplicate)).post("/api/engagements/" + survivor + "/merge")
                .then().statusCode(200).body("topics", hasItem("energy"));
        Recorded later = report(elsewhere);

        assertEquals(survivor, later.engagement().uid);
        List<VEvent> events = feed(who);
        assertEquals(2, events.size());
        VEvent gone = events.stream().filter(e -> duplicate.equals(prop(e, "UID"))).findFirst().orElseThrow();
        assertEquals("CANCELLED", prop(gone, "STATUS"));
    }

    @Test
    void splitMovesTheNamedReportsToANewEngagement() {
        String who = traveller();
        Recorded first = report(visit(who, LocalDate.of(2031, 1, 5), LocalDate.of(2031, 1, 6), Precision.DAY, DraftStatus.SCHEDULED));
        String reportId = first.engagement().sources.get(0).reportId;
        Map<String, Object> part = Map.of("title", "Separate talks", "start", "2031-01-06",
                "participants", List.of(Map.of("name", who)));
        String created = given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(Map.of("engagement", part, "reports", List.of(reportId)))
                .post("/api/engagements/" + first.engagement().uid + "/split")
                .then().statusCode(201).extract().path("uid");
        given().get("/api/engagements/" + created).then().body("sources.report", hasItem(reportId));
        given().get("/api/engagements/" + first.engagement().uid).then()
                .body("sources.report", org.hamcrest.Matchers.not(hasItem(reportId)));
    }
}
