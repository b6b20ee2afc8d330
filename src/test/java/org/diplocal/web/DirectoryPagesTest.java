package org.diplocal.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class DirectoryPagesTest {

    @Test
    void officialPageListsHisEngagements() {
        given().when().get("/officials/pete-hegseth").then().statusCode(200)
                .body(containsString("<h1>Pete Hegseth</h1>"))
                .body(containsString("US-ROK Security Consultative Meeting (SCM)"))
                .body(not(containsString("Quad leaders")));
    }

    @Test
    void officialPageDrawsTheTripLegsInOrder() {
        given().when().get("/officials/pete-hegseth").then().statusCode(200)
                .body(containsString("Tokyo → Kuala Lumpur → Hanoi → Seoul"))
                .body(containsString("<svg viewBox="));
    }

    @Test
    void countryPageListsItsEngagements() {
        given().when().get("/countries/kr").then().statusCode(200)
                .body(containsString("<h1>South Korea</h1>"))
                .body(containsString("US-ROK Security Consultative Meeting (SCM)"))
                .body(not(containsString("Hegseth meets Vietnamese Defence Minister")));
    }

    @Test
    void topicPageListsItsEngagements() {
        given().when().get("/topics/shipbuilding").then().statusCode(200)
                .body(containsString("Lee visits Hanwha Philly Shipyard"))
                .body(not(containsString("US-ROK Security Consultative Meeting (SCM)")));
    }

    @Test
    void pageLinksToItsMonthCalendar() {
        given().when().get("/topics/defence").then().statusCode(200)
                .body(containsString("href=\"/calendar?topic=defence\""));
    }
}
