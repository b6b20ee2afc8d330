package org.diplocal.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every button on a feed's page carries exactly the link the directory API gives for that feed. */
@QuarkusTest
class SubscribeButtonsTest {

    private static Map<String, String> apiLinks(String list, String key, String value) {
        JsonPath json = given().when().get("/api/" + list).then().statusCode(200).extract().jsonPath();
        return json.getMap("find { it." + key + " == '" + value + "' }.feeds");
    }

    private static void assertButtons(Map<String, String> api, Html page) {
        assertEquals(api.get("webcal"), page.button("webcal"), "Apple / Thunderbird");
        assertEquals(api.get("google"), page.button("google"), "Google Calendar");
        assertEquals(api.get("googleAddByUrl"), page.button("google-addbyurl"), "Google's add-by-URL page");
        assertEquals(api.get("outlook"), page.button("outlook"), "Outlook.com");
        assertEquals(api.get("office365"), page.button("office365"), "Outlook / Microsoft 365");
        assertEquals(api.get("https"), page.copyField(), "Copy link field");
    }

    @Test
    void hegsethsPageButtonsCarryHisFeedLinks() {
        assertButtons(apiLinks("officials", "slug", "pete-hegseth"), Html.get("/officials/pete-hegseth"));
    }

    @Test
    void southKoreasPageButtonsCarryItsFeedLinks() {
        assertButtons(apiLinks("countries", "iso2", "KR"), Html.get("/countries/kr"));
    }

    @Test
    void defenceTopicPageButtonsCarryItsFeedLinks() {
        assertButtons(apiLinks("topics", "slug", "defence"), Html.get("/topics/defence"));
    }

    @Test
    void countryPageAcceptsAnUpperCaseCode() {
        assertEquals("webcal://cal.example.org/feeds/countries/kr.ics", Html.get("/countries/KR").button("webcal"));
    }

    @Test
    void webcalButtonIsTheHttpsFeedWithTheWebcalScheme() {
        Html page = Html.get("/officials/pete-hegseth");
        assertEquals("https://cal.example.org/feeds/officials/pete-hegseth.ics", page.copyField());
        assertEquals("webcal://cal.example.org/feeds/officials/pete-hegseth.ics", page.button("webcal"));
    }
}
