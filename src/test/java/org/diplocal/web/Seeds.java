package org.diplocal.web;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;

/**
 * The seed engagements as the API gives them. The engine draws them from calendars/reports, so tests
 * find them by what they are (the SCM on 4 Nov 2025, Hegseth's visit to Korea) rather than by exact title.
 */
final class Seeds {

    private Seeds() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> all() {
        return (List<Map<String, Object>>) (List<?>) given().queryParam("limit", 500).when().get("/api/engagements")
                .then().statusCode(200).extract().jsonPath().getList("engagements", Map.class);
    }

    static Map<String, Object> find(String what, Predicate<Map<String, Object>> test) {
        return all().stream().filter(test).findFirst()
                .orElseThrow(() -> new AssertionError("no seed engagement is " + what));
    }

    static Map<String, Object> scm() {
        return find("the SCM on 2025-11-04", e -> title(e).contains("Security Consultative Meeting")
                && "2025-11-04".equals(e.get("start")));
    }

    static Map<String, Object> hegsethVisitToKorea() {
        return find("Hegseth's visit to South Korea", e -> has(e, "pete-hegseth") && title(e).toLowerCase().contains("visit")
                && title(e).contains("Korea"));
    }

    static Map<String, Object> hegsethIn(String iso2) {
        return find("Hegseth's engagement in " + iso2, e -> has(e, "pete-hegseth") && iso2.equals(country(e)));
    }

    static Map<String, Object> onTopic(String topic) {
        return find("on " + topic, e -> ((List<?>) e.get("topics")).contains(topic));
    }

    static Map<String, Object> windowIn(String month) {
        return find("windowed in " + month, e -> "window".equals(e.get("precision"))
                && ((String) e.get("start")).startsWith(month) && ((String) e.get("end")).startsWith(month));
    }

    static String title(Map<String, Object> e) {
        return (String) e.get("title");
    }

    static String uid(Map<String, Object> e) {
        return (String) e.get("uid");
    }

    @SuppressWarnings("unchecked")
    static String evidence(Map<String, Object> e) {
        return (String) ((List<Map<String, Object>>) e.get("sources")).get(0).get("evidence");
    }

    @SuppressWarnings("unchecked")
    static String country(Map<String, Object> e) {
        Map<String, Object> location = (Map<String, Object>) e.get("location");
        return location == null ? null : (String) location.get("country");
    }

    @SuppressWarnings("unchecked")
    static boolean has(Map<String, Object> e, String slug) {
        return ((List<Map<String, Object>>) e.get("participants")).stream().anyMatch(p -> slug.equals(p.get("slug")));
    }

    /** Text as Qute writes it into HTML. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
