package org.diplocal.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class DirectoryPagesTest {

    @Test
    void officialPageListsHisEngagements() {
        given().when().get("/officials/pete-hegseth").then().statusCode(200)
                .body(containsString("<h1>Pete Hegseth</h1>"))
                .body(containsString(Seeds.html(Seeds.title(Seeds.scm()))))
                .body(not(containsString("href=\"/officials/joe-biden\"")));
    }

    @Test
    void officialPageDrawsTheTripLegsInOrder() {
        given().when().get("/officials/pete-hegseth").then().statusCode(200)
                .body(matchesPattern("(?s).*<strong>Tokyo → (.+ → )?Hanoi → Seoul</strong>.*"))
                .body(containsString("<svg viewBox="));
    }

    @Test
    void countryPageListsItsEngagements() {
        given().when().get("/countries/kr").then().statusCode(200)
                .body(containsString("<h1>South Korea</h1>"))
                .body(containsString(Seeds.html(Seeds.title(Seeds.scm()))))
                .body(not(containsString(Seeds.html(Seeds.title(Seeds.hegsethIn("VN"))))));
    }

    @Test
    void topicPageListsItsEngagements() {
        given().when().get("/topics/shipbuilding").then().statusCode(200)
                .body(containsString(Seeds.html(Seeds.title(Seeds.onTopic("shipbuilding")))))
                .body(not(containsString(Seeds.html(Seeds.title(Seeds.scm())))));
    }

    @Test
    void pageLinksToItsMonthCalendar() {
        given().when().get("/topics/defence").then().statusCode(200)
                .body(containsString("href=\"/calendar?topic=defence\""));
    }
}
