package org.diplocal.http;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@TestProfile(WriteRateLimitTest.ThreeWritesAMinute.class)
class WriteRateLimitTest {

    public static class ThreeWritesAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("diplocal.writes.per-minute", "3", "diplocal.calendars", "target/no-calendars");
        }
    }

    @Test
    void writesPastTheLimitAnswer429WithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer wrong").contentType(ContentType.JSON).body("{}")
                    .post("/api/reports").then().statusCode(401);
        }
        given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON).body("{}")
                .post("/api/reports").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("wait"));
    }

    @Test
    void readsAreNotLimited() {
        for (int i = 0; i < 10; i++) {
            given().get("/api/topics").then().statusCode(200);
        }
    }
}
