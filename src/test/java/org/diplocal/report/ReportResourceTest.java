package org.diplocal.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ReportResourceTest {

    private static final String VISIT = "Ghanaian Foreign Minister Samuel Okudzeto Ablakwa will visit Oslo next Thursday "
            + "for talks with Norwegian Foreign Minister Espen Barth Eide on climate finance, the ministry said on Monday.";

    private static RequestSpecification editor() {
        return given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON);
    }

    private static Map<String, Object> report(String text, String published) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        if (published != null) {
            body.put("published", published);
        }
        return body;
    }

    private static int engagementCount() {
        return given().get("/api/engagements?limit=500").jsonPath().getList("engagements").size();
    }

    @Test
    void newReportAnswers201WithTheEngagementsDrawnFromIt() {
        editor().body(report(VISIT, "2024-09-02")).when().post("/api/reports").then()
                .statusCode(201)
                .header("Location", containsString("/api/reports/"))
                .body("published", equalTo("2024-09-02"))
                .body("engagements.participants.flatten().slug", hasItem("samuel-okudzeto-ablakwa"))
                .body("engagements.find { it.location?.city == 'Oslo' }.start", equalTo("2024-09-05"));
    }

    @Test
    void sameTextAgainAnswers200WithTheSameResultAndStoresNothingTwice() {
        String text = VISIT.replace("Oslo", "Bergen").replace("Thursday", "Friday");
        List<String> first = editor().body(report(text, "2024-09-02")).when().post("/api/reports").then()
                .statusCode(201).extract().jsonPath().getList("engagements.uid");
        int count = engagementCount();
        List<String> again = editor().body(report(text, "2024-09-02")).when().post("/api/reports").then()
                .statusCode(200).extract().jsonPath().getList("engagements.uid");
        assertEquals(first, again);
        assertEquals(count, engagementCount());
    }

    @Test
    void datelineOnTheFirstLineGivesThePublicationDate() {
        editor().body(report("date 2024-03-04\nChilean President Gabriel Boric will visit Buenos Aires on Wednesday "
                + "to meet Argentine President Javier Milei.", null))
                .when().post("/api/reports").then().statusCode(201)
                .body("published", equalTo("2024-03-04"));
    }

    @Test
    void reportWithoutAnyDateAnswers422SayingWhatToSend() {
        editor().body(report("Egyptian Foreign Minister Badr Abdelatty will visit Accra soon.", null))
                .when().post("/api/reports").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("published"));
    }

    @Test
    void reportWithoutTokenAnswers401() {
        given().contentType(ContentType.JSON).body(report(VISIT, "2024-09-02"))
                .when().post("/api/reports").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void emptyTextAnswers400() {
        editor().body(report("   ", "2024-09-02")).when().post("/api/reports").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("text"));
        editor().body(Map.of("published", "2024-09-02")).when().post("/api/reports").then().statusCode(400);
    }

    @Test
    void malformedDateAnswers400() {
        editor().body(report(VISIT, "02/09/2024")).when().post("/api/reports").then().statusCode(400)
                .body("detail", containsString("YYYY-MM-DD"));
    }

    @Test
    void textOverOneMebibyteAnswers413() {
        editor().body(report("a".repeat((1 << 20) + 1), "2024-09-02")).when().post("/api/reports").then()
                .statusCode(413).contentType("application/problem+json");
    }

    @Test
    void bodyOverTheServersLimitAnswers413ProblemJsonWithoutBeingRead() {
        editor().body(report("b".repeat(3 << 20), "2024-09-02")).when().post("/api/reports").then()
                .statusCode(413).contentType("application/problem+json").body("detail", containsString("1 MiB"));
    }

    @Test
    void textWithNoEngagementIsStoredWithNone() {
        editor().body(report("Markets rose on Tuesday as investors weighed new inflation figures.", "2024-09-02"))
                .when().post("/api/reports").then().statusCode(201).body("engagements", empty());
    }

    @Test
    void nonEnglishTextGivesNoEngagement() {
        editor().body(report("El canciller visitará Varsovia el próximo martes para reunirse con su homólogo. "
                + "외교부 장관은 다음 주 화요일 바르샤바를 방문한다.", "2024-09-02"))
                .when().post("/api/reports").then().statusCode(201).body("engagements", empty());
    }

    @Test
    void binaryGarbageNeverAnswers500() {
        Random random = new Random(42);
        StringBuilder garbage = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            garbage.append((char) random.nextInt(0xD7FF));
        }
        editor().body(report(garbage.toString(), "2024-09-02")).when().post("/api/reports").then()
                .statusCode(201);
    }

    @Test
    void largeReportUnderTheLimitIsRead() {
        String big = (VISIT.replace("Oslo", "Stavanger") + "\n\nThe weather was mild. ").repeat(3_000);
        editor().body(report(big, "2024-09-02")).when().post("/api/reports").then().statusCode(201)
                .body("engagements", not(hasSize(0)));
    }

    @Test
    void storedReportIsReadBackByItsId() {
        String text = VISIT.replace("Oslo", "Tromsø");
        String id = editor().body(report(text, "2024-09-02")).when().post("/api/reports").then().statusCode(201)
                .extract().path("id");
        given().get("/api/reports/" + id).then().statusCode(200).body("id", equalTo(id));
        given().get("/api/reports/nope").then().statusCode(404).contentType("application/problem+json");
    }
}
