package org.diplocal.web;

import io.restassured.path.xml.XmlPath;
import io.restassured.path.xml.config.XmlPathConfig;

import static io.restassured.RestAssured.given;

/** Reads a served page as HTML, for looking up elements by attribute. */
final class Html {

    private final XmlPath page;

    private Html(String html) {
        this.page = new XmlPath(XmlPath.CompatibilityMode.HTML, html);
    }

    static Html get(String path) {
        return new Html(given().accept("text/html").when().get(path).then().statusCode(200).extract().asString());
    }

    /** The href of the one link whose data-client is {@code client} (the subscribe buttons). */
    String button(String client) {
        return page.getString("**.find { it.'@data-client' == '" + client + "' }.@href");
    }

    /** The value of the read-only feed address field. */
    String copyField() {
        return page.getString("**.find { it.name() == 'input' && it.'@data-client' == 'https' }.@value");
    }

    int count(String element, String cssClass) {
        return page.getInt("**.findAll { it.name() == '" + element + "' && it.@class.text().split(' ').contains('"
                + cssClass + "') }.size()");
    }

    String text() {
        return page.getString("html.body");
    }
}
