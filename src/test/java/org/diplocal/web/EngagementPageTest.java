package org.diplocal.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class EngagementPageTest {

    static String uidOf(String title) {
        return given().queryParam("limit", 500).when().get("/api/engagements").then().statusCode(200)
                .extract().jsonPath().getString("engagements.find { it.title == '" + title + "' }.uid");
    }

    @Test
    void showsTheEvidenceSentenceAndItsReport() {
        given().when().get("/engagements/{uid}", uidOf("US-ROK Security Consultative Meeting (SCM)"))
                .then().statusCode(200)
                .body(containsString("slated to take place at the defence ministry in Seoul on Nov. 4"))
                .body(containsString("US Defence Secretary Hegseth to visit DMZ, meet President Lee during Korea trip"));
    }

    @Test
    void showsDatePlaceParticipantsAndStatus() {
        given().when().get("/engagements/{uid}", uidOf("US-ROK Security Consultative Meeting (SCM)"))
                .then().statusCode(200)
                .body(containsString("<time datetime=\"2025-11-04\">Tue 4 Nov 2025</time>"))
                .body(containsString("Ministry of National Defense, Seoul, South Korea"))
                .body(containsString("<a href=\"/officials/ahn-gyu-back\">Ahn Gyu-back</a>"))
                .body(containsString("badge-scheduled"));
    }

    @Test
    void windowedEngagementIsMarkedTbc() {
        given().when().get("/engagements/{uid}", uidOf("Hegseth meets President Lee Jae Myung"))
                .then().statusCode(200)
                .body(containsString("(date TBC)"));
    }

    @Test
    void showsTheChangesSection() {
        given().when().get("/engagements/{uid}", uidOf("US-ROK Security Consultative Meeting (SCM)"))
                .then().statusCode(200)
                .body(containsString("<h2 id=\"changes\">Changes</h2>"));
    }

    @Test
    void theFeedsUrlPropertyLeadsToThisPage() {
        String uid = uidOf("US-ROK Security Consultative Meeting (SCM)");
        String feed = given().when().get("/feeds/officials/pete-hegseth.ics").then().statusCode(200).extract().asString()
                .replace("\r\n ", "");
        String url = feed.lines().filter(l -> l.startsWith("URL") && l.contains(uid.substring(0, 8)))
                .findFirst().orElseThrow();
        String path = url.substring(url.indexOf("/engagements/"));
        given().urlEncodingEnabled(false).when().get(path).then().statusCode(200)
                .body(containsString("US-ROK Security Consultative Meeting (SCM)"));
    }
}
