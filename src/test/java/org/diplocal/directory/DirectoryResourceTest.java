package org.diplocal.directory;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class DirectoryResourceTest {

    @Test
    void officialCarriesFeedLinksInEachClientsForm() {
        given().when().get("/api/officials").then().statusCode(200)
                .rootPath("find { it.slug == 'pete-hegseth' }")
                .body("name", equalTo("Pete Hegseth"))
                .body("country", equalTo("US"))
                .body("engagements", greaterThanOrEqualTo(6))
                .body("feeds.https", equalTo("https://cal.example.org/feeds/officials/pete-hegseth.ics"))
                .body("feeds.webcal", equalTo("webcal://cal.example.org/feeds/officials/pete-hegseth.ics"))
                .body("feeds.google", equalTo("https://calendar.google.com/calendar/r?cid="
                        + "webcal%3A%2F%2Fcal.example.org%2Ffeeds%2Fofficials%2Fpete-hegseth.ics"))
                .body("feeds.googleAddByUrl", equalTo("https://calendar.google.com/calendar/r/settings/addbyurl"))
                .body("feeds.outlook", equalTo("https://outlook.live.com/calendar/0/addfromweb?url="
                        + "https%3A%2F%2Fcal.example.org%2Ffeeds%2Fofficials%2Fpete-hegseth.ics"
                        + "&name=diplocal%20%E2%80%94%20Pete%20Hegseth"))
                .body("feeds.office365", equalTo("https://outlook.office.com/calendar/0/addfromweb?url="
                        + "https%3A%2F%2Fcal.example.org%2Ffeeds%2Fofficials%2Fpete-hegseth.ics"
                        + "&name=diplocal%20%E2%80%94%20Pete%20Hegseth"));
    }

    @Test
    void countryHasIsoCodeEnglishNameAndDemonymFromTheGazetteer() {
        given().when().get("/api/countries").then().statusCode(200)
                .rootPath("find { it.iso2 == 'KR' }")
                .body("name", equalTo("South Korea"))
                .body("demonym", equalTo("South Korean"))
                .body("engagements", greaterThan(0))
                .body("feeds.https", equalTo("https://cal.example.org/feeds/countries/kr.ics"));
    }

    @Test
    void everyCountryIsListedOnRequest() {
        given().queryParam("all", true).when().get("/api/countries").then().statusCode(200)
                .body("size()", greaterThan(240))
                .body("iso2", hasItems("GH", "NO", "CL", "AR", "PL", "EG"));
    }

    @Test
    void topicsAreTheContractSlugs() {
        given().when().get("/api/topics").then().statusCode(200)
                .body("slug", hasItems("defence", "security", "alliance", "trade", "economy", "investment", "energy",
                        "climate", "nuclear", "north-korea", "china", "indo-pacific", "shipbuilding", "technology",
                        "history", "multilateral", "human-rights", "health"))
                .body("find { it.slug == 'defence' }.feeds.webcal",
                        equalTo("webcal://cal.example.org/feeds/topics/defence.ics"));
    }

    @Test
    void openApiAndHealthAreServed() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi?format=json").then().statusCode(200);
    }
}
