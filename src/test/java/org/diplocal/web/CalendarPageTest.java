package org.diplocal.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
                .body(containsString(Seeds.html(Seeds.title(Seeds.scm()))));
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
        java.util.Map<String, Object> window = Seeds.windowIn("2025-11");
        long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse((String) window.get("start")),
                java.time.LocalDate.parse((String) window.get("end"))) + 1;
        String page = given().queryParam("month", "2025-11").when().get("/calendar").then().statusCode(200)
                .extract().asString();
        String marked = ">" + Seeds.html(Seeds.title(window)) + " <span class=\"tbc-mark\">(TBC)</span>";
        org.junit.jupiter.api.Assertions.assertEquals(days, page.split(java.util.regex.Pattern.quote(marked), -1).length - 1);
    }

    @Test
    void countryFilterNarrowsTheGrid() {
        given().queryParam("month", "2025-11").queryParam("country", "vn").when().get("/calendar").then().statusCode(200)
                .body(containsString(Seeds.html(Seeds.title(Seeds.hegsethIn("VN")))))
                .body(not(containsString(Seeds.html(Seeds.title(Seeds.scm())))));
    }

    @Inject
    Listing listing;

    private void onDay(String day, Runnable check) {
        PinnedDay.on(listing, day, check);
    }

    @Test
    void withoutAMonthShowsTheMonthOfTheNextEngagement() {
        onDay("2025-10-15", () -> given().queryParam("official", "pete-hegseth").when().get("/calendar")
                .then().statusCode(200).body(containsString("<h1>October 2025</h1>")));
    }

    @Test
    void withoutAMonthShowsTheLatestEngagementsMonthWhenNoneAreAhead() {
        onDay("2100-01-01", () -> given().queryParam("official", "pete-hegseth").when().get("/calendar")
                .then().statusCode(200).body(containsString("<h1>November 2025</h1>")));
    }
}
