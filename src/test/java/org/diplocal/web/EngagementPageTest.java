package org.diplocal.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class EngagementPageTest {

    @Test
    void showsTheEvidenceSentenceAndItsReport() {
        Map<String, Object> scm = Seeds.scm();
        given().when().get("/engagements/{uid}", Seeds.uid(scm)).then().statusCode(200)
                .body(containsString(Seeds.html(Seeds.evidence(scm))))
                .body(containsString("US Defence Secretary Hegseth to visit DMZ, meet President Lee during Korea trip"));
    }

    @Test
    void showsDatePlaceParticipantsAndStatus() {
        given().when().get("/engagements/{uid}", Seeds.uid(Seeds.scm())).then().statusCode(200)
                .body(containsString("<time datetime=\"2025-11-04\">Tue 4 Nov 2025</time>"))
                .body(containsString("Seoul, South Korea"))
                .body(containsString("<a href=\"/officials/pete-hegseth\">Pete Hegseth</a>"))
                .body(containsString("badge-scheduled"));
    }

    @Test
    void windowedEngagementIsMarkedTbc() {
        given().when().get("/engagements/{uid}", Seeds.uid(Seeds.windowIn("2025-11"))).then().statusCode(200)
                .body(containsString("(date TBC)"));
    }

    @Test
    void showsTheChangesSection() {
        given().when().get("/engagements/{uid}", Seeds.uid(Seeds.scm())).then().statusCode(200)
                .body(containsString("<h2 id=\"changes\">Changes</h2>"));
    }

    @Test
    void theFeedsUrlPropertyLeadsToThisPage() {
        Map<String, Object> scm = Seeds.scm();
        String uid = Seeds.uid(scm);
        String feed = given().when().get("/feeds/officials/pete-hegseth.ics").then().statusCode(200).extract().asString()
                .replace("\r\n ", "");
        String url = feed.lines().filter(l -> l.startsWith("URL") && l.contains(uid.substring(0, 8)))
                .findFirst().orElseThrow();
        String path = url.substring(url.indexOf("/engagements/"));
        given().urlEncodingEnabled(false).when().get(path).then().statusCode(200)
                .body(containsString(Seeds.html(Seeds.title(scm))));
    }
}
