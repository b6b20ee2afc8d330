package org.diplocal.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CalendarPageTest {

    @Test
    void monthGridShowsTheScmOnItsDay() {
        given().queryParam("month", "2025-11").when().get("/calendar").then().statusCode(200)
                .body(containsString("<h1>November 2025</h1>"))
                .body(containsString("US-ROK Security Consultative Meeting (SCM)"));
    }

    @Test
    void previousAndNextMonthLinksKeepTheFilters() {
        given().queryParam("month", "2025-11").queryParam("official", "pete-hegseth").when().get("/calendar")
                .then().statusCode(200)
                .body(containsString("href=\"/calendar?month=2025-10&amp;official=pete-hegseth\""))
                .body(containsString("href=\"/calendar?month=2025-12&amp;official=pete-hegseth\""));
    }

    @Test
    void windowedEngagementIsMarkedTbcOnEveryDayOfItsWindow() {
        String page = given().queryParam("month", "2025-11").when().get("/calendar").then().statusCode(200)
                .extract().asString();
        long marks = page.lines().filter(l -> l.contains("Hegseth meets President Lee Jae Myung (date TBC)")).count();
        org.junit.jupiter.api.Assertions.assertEquals(0, marks); // titles carry the TBC mark in their own span
        org.junit.jupiter.api.Assertions.assertEquals(2,
                page.split("Hegseth meets President Lee Jae Myung <span class=\"tbc-mark\">\\(TBC\\)</span>", -1).length - 1);
    }

    @Test
    void countryFilterNarrowsTheGrid() {
        given().queryParam("month", "2025-11").queryParam("country", "vn").when().get("/calendar").then().statusCode(200)
                .body(containsString("Hegseth meets Vietnamese Defence Minister Phan Van Giang"))
                .body(not(containsString("US-ROK Security Consultative Meeting (SCM)")));
    }

    @Test
    void withoutAMonthShowsTheLatestEngagementsMonthWhenNoneAreAhead() {
        given().when().get("/calendar").then().statusCode(200)
                .body(containsString("<h1>November 2025</h1>"));
    }
}
