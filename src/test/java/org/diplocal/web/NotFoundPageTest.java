package org.diplocal.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class NotFoundPageTest {

    @Test
    void unknownOfficialIsAnHtmlNotFoundPage() {
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8").when().get("/officials/nobody-at-all")
                .then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("<h1>Not Found</h1>"));
    }

    @Test
    void unknownEngagementIsAnHtmlNotFoundPage() {
        given().when().get("/engagements/no-such-uid@diplocal").then().statusCode(404)
                .contentType(containsString("text/html"));
    }

    @Test
    void unknownCountryAndTopicAreNotFound() {
        given().when().get("/countries/zz").then().statusCode(404);
        given().when().get("/countries/korea").then().statusCode(404);
        given().when().get("/topics/knitting").then().statusCode(404);
    }

    @Test
    void clientAskingForJsonGetsProblemJson() {
        given().accept("application/json").when().get("/officials/nobody-at-all")
                .then().statusCode(404).contentType(containsString("application/problem+json"))
                .body("status", equalTo(404));
    }

    @Test
    void unknownAddressIsAnHtmlPageForBrowsers() {
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8").when().get("/no/such/page")
                .then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("<h1>Not Found</h1>"));
    }

    @Test
    void unknownAddressStaysProblemJsonForOtherClients() {
        given().when().get("/no/such/page").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void badMonthIsABadRequestPage() {
        given().queryParam("month", "2025-13").when().get("/calendar").then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("YYYY-MM"));
    }
}
