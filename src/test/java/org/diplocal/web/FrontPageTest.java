package org.diplocal.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;


import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class FrontPageTest {

    @Test
    void listsTheScmAndTheHegsethVisit() {
        onDay("2025-11-05", () -> given().accept("text/html").when().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString(Seeds.html(Seeds.title(Seeds.scm()))))
                .body(containsString(Seeds.html(Seeds.title(Seeds.hegsethVisitToKorea())))));
    }

    @Test
    void showsAllDayDatesAsPlainDatesAndWindowsAsTbc() {
        onDay("2025-11-05", () -> given().when().get("/").then().statusCode(200)
                .body(containsString("<time datetime=\"2025-11-04\">Tue 4 Nov 2025</time>"))
                .body(containsString("Mon 3 – Tue 4 Nov 2025</time> <span class=\"tbc\">(date TBC)</span>")));
    }

    @Inject
    Listing listing;

    private void onDay(String day, Runnable check) {
        PinnedDay.on(listing, day, check);
    }

    @Test
    void labelsTheMostRecentEngagementsWhenNoneAreUpcoming() {
        onDay("2100-01-01", () -> given().when().get("/").then().statusCode(200)
                .body(containsString("No upcoming engagements — the most recent ones"))
                .body(not(containsString("<h2 id=\"front-upcoming\">"))));
    }

    @Test
    void listsUpcomingEngagementsFromToday() {
        onDay("2025-11-04", () -> given().when().get("/").then().statusCode(200)
                .body(containsString("<h2 id=\"front-upcoming\">Upcoming engagements</h2>"))
                .body(containsString("<h2 id=\"front-recent\">Recent engagements</h2>")));
    }

    @Test
    void listsOfficialsCountriesAndTopicsWithTheirCounts() {
        given().when().get("/").then().statusCode(200)
                .body("**.find { it.@href == '/officials/pete-hegseth' }.parent().span.find { it.@class == 'count' }", 
                        not(""))
                .body("**.findAll { it.@class == 'feed-name' }.@href",
                        hasItem("/countries/kr"))
                .body("**.findAll { it.@class == 'feed-name' }.@href", hasItem("/topics/defence"));
    }

    @Test
    void searchForKoreaNarrowsTheLists() {
        String inKorea = Seeds.html(Seeds.title(Seeds.hegsethVisitToKorea()));
        String inJapan = Seeds.html(Seeds.title(Seeds.hegsethIn("JP")));
        onDay("2025-11-05", () -> given().queryParam("q", "korea").when().get("/").then().statusCode(200)
                .body("**.findAll { it.@class == 'feed-name' }.@href", hasItem("/countries/kr"))
                .body("**.findAll { it.@class == 'feed-name' }.@href", not(hasItem("/countries/jp")))
                .body("**.findAll { it.@class == 'feed-name' }.@href", not(hasItem("/officials/antony-blinken")))
                .body("**.findAll { it.@class == 'feed-name' }.@href", not(hasItem("/topics/trade")))
                .body(containsString(inKorea))
                .body(not(containsString(inJapan))));
    }

    @Test
    void searchIgnoresCaseAndAccents() {
        given().urlEncodingEnabled(false).when().get("/?q=H%C3%89GSETH").then().statusCode(200)
                .body(containsString("value=\"HÉGSETH\""))
                .body(containsString("class=\"feed-name\" href=\"/officials/pete-hegseth\""))
                .body(not(containsString("class=\"feed-name\" href=\"/officials/lee-jae-myung\"")));
    }
}
