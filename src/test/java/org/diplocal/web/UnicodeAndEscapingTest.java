package org.diplocal.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Names outside ASCII come out whole, and whatever a report or a visitor types is escaped. Owns its one engagement, dated 2019 so it never counts as upcoming. */
@QuarkusTest
class UnicodeAndEscapingTest {

    private static final String NAME = "Đặng Thị Ngọc Thịnh";
    private static final String TITLE = "Đặng Thị Ngọc Thịnh meets 안규백 <b>in</b> Huế";
    private static String uid;
    private static String slug;

    /** Enters the engagement once, on first use (the server is up by then). */
    private static synchronized String uid() {
        if (uid == null) {
            enterOne();
        }
        return uid;
    }

    private static String slug() {
        uid();
        return slug;
    }

    private static void enterOne() {
        String body = """
                {"title": "%s", "kind": "meeting", "start": "2019-05-06", "end": "2019-05-06", "precision": "day",
                 "startTime": "10:00", "endTime": "12:00", "timezone": "Asia/Ho_Chi_Minh",
                 "location": {"name": "Citadel", "city": "Huế", "country": "VN"},
                 "participants": [{"name": "%s", "role": "Vice President", "country": "VN"}],
                 "countries": ["VN"], "topics": [], "status": "scheduled",
                 "evidence": "Vice President Đặng Thị Ngọc Thịnh will host the visitor in Huế."}
                """.formatted(TITLE, NAME);
        ExtractableResponse<Response> r = given().header("Authorization", "Bearer test-token")
                .contentType(ContentType.JSON.withCharset("UTF-8")).body(body)
                .when().post("/api/engagements").then().statusCode(201).extract();
        uid = r.path("uid");
        slug = r.path("participants[0].slug");
    }

    @Test
    void engagementPageShowsUnicodeNamesWhole() {
        given().when().get("/engagements/{uid}", uid()).then().statusCode(200)
                .contentType(containsString("charset=UTF-8"))
                .body(containsString(NAME))
                .body(containsString("안규백"))
                .body(containsString("Huế"));
    }

    @Test
    void markupInATitleIsEscaped() {
        given().when().get("/engagements/{uid}", uid()).then().statusCode(200)
                .body(containsString("&lt;b&gt;in&lt;/b&gt;"))
                .body(not(containsString("<b>in</b>")));
    }

    @Test
    void timeIsShownWithItsZone() {
        given().when().get("/engagements/{uid}", uid()).then().statusCode(200)
                .body(containsString("10:00–12:00 (Asia/Ho_Chi_Minh)"));
    }

    @Test
    void officialPageHasTheUnicodeName() {
        given().when().get("/officials/{slug}", slug()).then().statusCode(200)
                .body(containsString("<h1>" + NAME + "</h1>"));
    }

    @Test
    void searchWithoutAccentsFindsTheAccentedName() {
        uid();
        given().queryParam("q", "dang thi ngoc").when().get("/").then().statusCode(200)
                .body(containsString(NAME));
    }

    @Test
    void searchTextIsEscapedInThePage() {
        given().queryParam("q", "\"><script>alert(1)</script>").when().get("/").then().statusCode(200)
                .body(not(containsString("<script>alert(1)</script>")))
                .body(containsString("&lt;script&gt;"));
    }
}
