package org.diplocal.ops;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class ObservabilityTest {

    @Test
    void prometheusMetricsCountFeedAnswersByKindAndStatus() {
        String etag = given().get("/feeds/topics/defence.ics").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/feeds/topics/defence.ics").then().statusCode(304);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("diplocal_feed_requests_total{kind=\"topic\",status=\"200\"}"))
                .body(containsString("diplocal_feed_requests_total{kind=\"topic\",status=\"304\"}"))
                .body(containsString("diplocal_engagements{status=\"scheduled\"}"))
                .body(containsString("diplocal_reports_ingested_total"))
                .body(containsString("diplocal_extraction_seconds_count"));
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }
}
