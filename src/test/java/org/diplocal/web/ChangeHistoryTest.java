package org.diplocal.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** The engagement page lists what the history table holds. Owns its engagement, dated 2018 so it never counts as upcoming. */
@QuarkusTest
class ChangeHistoryTest {

    private static String engagement(String start) {
        return """
                {"title": "Page history check meeting", "kind": "meeting", "start": "%s", "end": "%s", "precision": "day",
                 "location": {"name": "Palace", "city": "Oslo", "country": "NO"},
                 "participants": [{"name": "Historia Testperson", "role": "Minister", "country": "NO"}],
                 "countries": ["NO"], "topics": [], "status": "scheduled", "evidence": "They will meet in Oslo."}
                """.formatted(start, start);
    }

    @Test
    void correctedEngagementShowsTheChangeWithOldAndNewValues() {
        String uid = given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(engagement("2018-04-10")).when().post("/api/engagements").then().statusCode(201)
                .extract().path("uid");
        given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(engagement("2018-04-12")).when().put("/api/engagements/{uid}", uid).then().statusCode(200);
        given().when().get("/engagements/{uid}", uid).then().statusCode(200)
                .body(containsString("Revision 1"))
                .body(containsString("First recorded"))
                .body(containsString("<strong>Changed</strong> by an editor"))
                .body(containsString("2018-04-10 → 2018-04-12"))
                .body(containsString("Corrected by an editor"));
    }

    @Test
    void newEngagementIsUnchangedSinceFirstRecorded() {
        String uid = given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(engagement("2018-05-10").replace("Page history check meeting", "Page history fresh meeting"))
                .when().post("/api/engagements").then().statusCode(201).extract().path("uid");
        given().when().get("/engagements/{uid}", uid).then().statusCode(200)
                .body(containsString("Unchanged since it was first recorded"));
    }
}
