package org.diplocal.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class SecurityHeadersTest {

    private static void assertHeaders(ValidatableResponse r) {
        r.header("Content-Security-Policy", allOf(containsString("script-src 'self'"),
                        containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline"))))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", notNullValue());
    }

    @Test
    void frontPageHasSecurityHeaders() {
        assertHeaders(given().when().get("/").then().statusCode(200));
    }

    @Test
    void notFoundPageHasSecurityHeaders() {
        assertHeaders(given().when().get("/officials/nobody-at-all").then().statusCode(404));
    }

    @Test
    void calendarPageHasSecurityHeaders() {
        assertHeaders(given().when().get("/calendar").then().statusCode(200));
    }

    @Test
    void pagesCarryNoInlineScript() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("<script src=\"/assets/site.js\" defer></script>"))
                .body(not(containsString("<script>")))
                .body(not(containsString(" style=\"")));
    }

    @Test
    void assetsAreServedWithNosniff() {
        given().when().get("/assets/site.js").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"));
        given().when().get("/assets/site.css").then().statusCode(200).contentType(containsString("text/css"));
    }
}
