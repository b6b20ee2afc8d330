package org.diplocal.engagement;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class EngagementResourceTest {

    static final String TOKEN = "Bearer test-token";

    static Map<String, Object> engagement(String title, String start, String who) {
        return Map.of("title", title, "start", start,
                "participants", List.of(Map.of("name", who, "role", "Minister of Foreign Affairs", "country", "AR")),
                "countries", List.of("AR", "PL"), "topics", List.of("trade"),
                "location", Map.of("name", "Ministry of Foreign Affairs", "city", "Warsaw", "country", "PL"),
                "evidence", "The minister will visit Warsaw.");
    }

    static String create(Map<String, Object> body) {
        return given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(body)
                .when().post("/api/engagements").then().statusCode(201).extract().path("uid");
    }

    @Test
    void pagesFollowTheCursorWithoutGapsOrRepeats() {
        List<String> all = given().when().get("/api/engagements?limit=500").then().statusCode(200)
                .extract().jsonPath().getList("engagements.uid");
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().queryParam("limit", 3).queryParam("cursor", cursor == null ? "" : cursor)
                    .when().get("/api/engagements").then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("engagements.uid"));
            cursor = page.getString("next");
        } while (cursor != null);
        assertEquals(all, paged);
        assertEquals(all.size(), new HashSet<>(paged).size());
    }

    @Test
    void listIsSortedByStartDate() {
        List<String> starts = given().when().get("/api/engagements?limit=500").then().statusCode(200)
                .extract().jsonPath().getList("engagements.start");
        List<String> sorted = new ArrayList<>(starts);
        sorted.sort(null);
        assertEquals(sorted, starts);
    }

    @Test
    void filtersByOfficialCountryTopicAndDateRange() {
        given().queryParam("official", "pete-hegseth").queryParam("country", "kr").queryParam("topic", "defence")
                .queryParam("from", "2025-11-04").queryParam("to", "2025-11-04")
                .when().get("/api/engagements").then().statusCode(200)
                .body("engagements.title", hasItem(containsString("Security Consultative Meeting")))
                .body("engagements.countries", everyItem(hasItem("KR")))
                .body("engagements.topics", everyItem(hasItem("defence")));
    }

    @Test
    void engagementJsonFollowsTheContract() {
        String uid = given().queryParam("official", "pete-hegseth").queryParam("from", "2025-11-04")
                .queryParam("to", "2025-11-04")
                .when().get("/api/engagements").then().extract().path("engagements.find { it.title.contains('SCM') }.uid");
        given().when().get("/api/engagements/" + uid).then().statusCode(200)
                .body("uid", equalTo(uid))
                .body("start", equalTo("2025-11-04")).body("end", equalTo("2025-11-04"))
                .body("precision", equalTo("day"))
                .body("location.city", equalTo("Seoul")).body("location.country", equalTo("KR"))
                .body("participants.slug", hasItem("pete-hegseth"))
                .body("status", equalTo("scheduled"))
                .body("sequence", equalTo(0))
                .body("sources[0].evidence", containsString("Security Consultative Meeting"));
    }

    @Test
    void badFilterValuesAnswer400WithWhatToFix() {
        given().queryParam("from", "4 Nov").when().get("/api/engagements").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("YYYY-MM-DD"));
        given().queryParam("status", "maybe").when().get("/api/engagements").then().statusCode(400)
                .body("detail", containsString("scheduled"));
        given().queryParam("cursor", "garbage").when().get("/api/engagements").then().statusCode(400)
                .body("detail", containsString("cursor"));
        given().queryParam("limit", "0").when().get("/api/engagements").then().statusCode(400);
    }

    @Test
    void upcomingStartsFromToday() {
        String uid = create(engagement("Foreign minister visits Warsaw", java.time.LocalDate.now().plusDays(3).toString(),
                "Marta Upcoming"));
        given().queryParam("days", 10).when().get("/api/engagements/upcoming").then().statusCode(200)
                .body("engagements.uid", hasItem(uid))
                .body("engagements.title", everyItem(notNullValue()));
        given().queryParam("days", 1).when().get("/api/engagements/upcoming").then().statusCode(200)
                .body("engagements.uid", org.hamcrest.Matchers.not(hasItem(uid)));
    }

    @Test
    void writesWithoutTokenAnswer401() {
        given().contentType(ContentType.JSON).body(engagement("x", "2030-01-01", "A B"))
                .when().post("/api/engagements").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
        given().header("Authorization", "Bearer wrong").contentType(ContentType.JSON)
                .body(engagement("x", "2030-01-01", "A B"))
                .when().post("/api/engagements").then().statusCode(401);
    }

    @Test
    void editorCreatesEngagementAndItsParticipantGetsAFeed() {
        String uid = create(engagement("Diana Mondino visits Warsaw", "2031-05-06", "Diana Mondino"));
        given().when().get("/api/engagements/" + uid).then().statusCode(200)
                .body("participants[0].slug", equalTo("diana-mondino"));
        given().when().get("/feeds/officials/diana-mondino.ics").then().statusCode(200)
                .body(containsString("SUMMARY:Diana Mondino visits Warsaw"));
    }

    @Test
    void correctionRaisesSequenceOnlyWhenSomethingVisibleChanged() {
        Map<String, Object> body = engagement("Radosław Sikorski meets Chile's foreign minister", "2031-06-01",
                "Radosław Sikorski");
        String uid = create(body);
        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(body)
                .when().put("/api/engagements/" + uid).then().statusCode(200).body("sequence", equalTo(0));
        Map<String, Object> moved = new java.util.HashMap<>(body);
        moved.put("start", "2031-06-02");
        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(moved)
                .when().put("/api/engagements/" + uid).then().statusCode(200)
                .body("sequence", equalTo(1)).body("start", equalTo("2031-06-02"));
    }

    @Test
    void deleteCancelsSoSubscribedCalendarsRemoveTheEvent() {
        String uid = create(engagement("Espen Barth Eide visits Santiago", "2031-07-01", "Espen Barth Eide"));
        given().header("Authorization", TOKEN).when().delete("/api/engagements/" + uid).then().statusCode(200)
                .body("status", equalTo("cancelled")).body("sequence", equalTo(1));
        given().when().get("/feeds/officials/espen-barth-eide.ics").then().statusCode(200)
                .body(containsString("STATUS:CANCELLED"));
    }

    @Test
    void invalidEngagementAnswers400NamingTheFields() {
        given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body(Map.of("title", "", "start", "2031-01-01", "participants", List.of()))
                .when().post("/api/engagements").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasItem(containsString("title")))
                .body("errors", hasItem(containsString("participants")));
        Map<String, Object> backwards = new java.util.HashMap<>(engagement("x", "2031-01-05", "A B"));
        backwards.put("end", "2031-01-01");
        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(backwards)
                .when().post("/api/engagements").then().statusCode(400).body("detail", containsString("before"));
        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body("{not json")
                .when().post("/api/engagements").then().statusCode(400).body("detail", containsString("JSON"));
    }

    @Test
    void fieldOfTheWrongKindIsNamedWithoutJavaTypeNames() {
        given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body("{\"title\":\"x\",\"start\":\"2031-01-01\",\"participants\":{\"name\":\"A\"}}")
                .when().post("/api/engagements").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("'participants'"))
                .body("detail", org.hamcrest.Matchers.not(containsString("java.")));
    }

    @Test
    void unknownUidAnswers404ProblemJson() {
        given().when().get("/api/engagements/nope@diplocal").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("nope@diplocal"));
    }

    @Test
    void timedEngagementAppearsWithItsZone() {
        Map<String, Object> body = new java.util.HashMap<>(engagement("Talks in Accra", "2031-08-01", "Samuel Okudzeto Ablakwa"));
        body.put("startTime", "10:00");
        body.put("endTime", "12:30");
        body.put("timezone", "Africa/Accra");
        String uid = create(body);
        given().when().get("/api/engagements/" + uid).then()
                .body("startTime", equalTo("10:00")).body("endTime", equalTo("12:30")).body("timezone", equalTo("Africa/Accra"));
        String feed = given().when().get("/feeds/officials/samuel-okudzeto-ablakwa.ics").then().statusCode(200).extract().asString();
        assertTrue(feed.contains("DTSTART;TZID=Africa/Accra:20310801T100000"), feed);
        assertTrue(feed.contains("BEGIN:VTIMEZONE"), feed);
        assertTrue(feed.contains("TZID:Africa/Accra"), feed);
    }

    @Test
    void idsOfPagesAreStableAcrossRequests() {
        Set<String> a = new HashSet<>(given().get("/api/engagements?limit=5").jsonPath().getList("engagements.uid"));
        Set<String> b = new HashSet<>(given().get("/api/engagements?limit=5").jsonPath().getList("engagements.uid"));
        assertEquals(a, b);
    }
}
