package org.diplocal.report.source;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Feeds served on loopback by the test; the test profile fetches item pages ({@code diplocal.sources.fetch-pages}). */
@QuarkusTest
class FeedPollerTest {

    private static final String RSS = "application/rss+xml; charset=utf-8";
    private static final String ATOM = "application/atom+xml";
    private static final String HTML = "text/html; charset=utf-8";

    private static LoopbackSite site;

    @Inject
    FeedPoller poller;

    @Inject
    FeedState state;

    @BeforeAll
    static void start() throws IOException {
        site = new LoopbackSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                + "<link>http://127.0.0.1/</link><description>news</description>" + String.join("", items) + "</channel></rss>";
    }

    private static String rssItem(String guid, String page, String date, String summary) {
        return "<item><title>" + guid + "</title><guid isPermaLink=\"false\">" + guid + "</guid><link>" + page
                + "</link><pubDate>" + date + "</pubDate><description><![CDATA[<p>" + summary + "</p>]]></description></item>";
    }

    private static String article(String text) {
        return "<html><body><nav><p>Home | World | Sport</p></nav><article><h1>Headline</h1><p>" + text
                + "</p></article><footer><p>Copyright the wire</p></footer></body></html>";
    }

    private FeedPoller.PollResult once(URI feed) {
        return poller.poll(List.of(feed)).get(0);
    }

    @Test
    void firstPollTakesInEveryItemWithItsPageText() {
        site.put("/p/ruto-1.html", HTML, article("Kenyan President William Ruto will visit Montevideo next Tuesday "
                + "for talks with Uruguayan President Yamandu Orsi on trade, his office said on Monday."));
        site.put("/p/ruto-2.html", HTML, article("Uruguayan President Yamandu Orsi will travel to Hanoi next Friday "
                + "to meet Vietnamese Prime Minister Pham Minh Chinh, his office said on Monday."));
        site.put("/first.xml", RSS, rss(
                rssItem("ruto-1", site.uri("/p/ruto-1.html").toString(), "Mon, 03 Jun 2024 09:00:00 GMT", "Ruto travels."),
                rssItem("ruto-2", site.uri("/p/ruto-2.html").toString(), "Mon, 03 Jun 2024 10:00:00 GMT", "Orsi travels.")));

        FeedPoller.PollResult result = once(site.uri("/first.xml"));

        assertEquals(200, result.status());
        assertEquals(2, result.taken());
        given().get("/api/engagements?official=william-ruto").then()
                .body("engagements.find { it.location?.city == 'Montevideo' }.start", equalTo("2024-06-04"));
        given().get("/api/engagements?official=yamandu-orsi").then()
                .body("engagements.location.city", hasItem("Hanoi"));
    }

    @Test
    void unchangedFeedIsAskedWithIfNoneMatchAndAnswers304() {
        site.put("/unchanged.xml", RSS, rss(rssItem("mulino-1", site.uri("/p/none.html").toString(),
                "Mon, 01 Jul 2024 09:00:00 GMT", "Panamanian President Jose Raul Mulino will visit Canberra next Monday.")));
        once(site.uri("/unchanged.xml"));

        FeedPoller.PollResult second = once(site.uri("/unchanged.xml"));

        assertEquals(304, second.status());
        List<LoopbackSite.Request> asked = site.requestsFor("/unchanged.xml");
        assertNull(asked.get(0).ifNoneMatch());
        assertNotNull(asked.get(1).ifNoneMatch(), "the second poll sends the ETag back");
    }

    @Test
    void feedWithOnlyLastModifiedIsAskedWithIfModifiedSinceAndAnswers304() {
        site.putWithLastModifiedOnly("/dated.xml", RSS, rss(rssItem("faye-1", site.uri("/p/none.html").toString(),
                "Mon, 02 Dec 2024 09:00:00 GMT", "Senegalese President Bassirou Diomaye Faye will visit Riga next Friday.")));
        once(site.uri("/dated.xml"));

        FeedPoller.PollResult second = once(site.uri("/dated.xml"));

        assertEquals(304, second.status());
        assertEquals("Mon, 02 Dec 2024 10:00:00 GMT", site.requestsFor("/dated.xml").get(1).ifModifiedSince());
    }

    @Test
    void newItemIsTakenInOnTheNextPollAndOldOnesAreNotFetchedAgain() {
        String first = rssItem("boric-1", site.uri("/p/boric-1.html").toString(), "Mon, 05 Aug 2024 09:00:00 GMT", "Boric travels.");
        site.put("/p/boric-1.html", HTML, article("Chilean President Gabriel Boric will visit Tbilisi next Wednesday "
                + "to meet Georgian Prime Minister Irakli Kobakhidze, his office said on Monday."));
        site.put("/growing.xml", RSS, rss(first));
        assertEquals(1, once(site.uri("/growing.xml")).taken());

        site.put("/p/boric-2.html", HTML, article("Georgian Prime Minister Irakli Kobakhidze will visit Rabat next "
                + "Thursday for talks with Moroccan Prime Minister Aziz Akhannouch, the government said."));
        site.put("/growing.xml", RSS, rss(rssItem("boric-2", site.uri("/p/boric-2.html").toString(),
                "Tue, 06 Aug 2024 09:00:00 GMT", "Kobakhidze travels."), first));
        FeedPoller.PollResult next = once(site.uri("/growing.xml"));

        assertEquals(1, next.taken());
        assertEquals(1, next.known());
        assertEquals(1, site.hits("/p/boric-1.html"), "the old item's page is fetched once");
        assertEquals(1, site.hits("/p/boric-2.html"));
        given().get("/api/engagements?official=irakli-kobakhidze").then()
                .body("engagements.location.city", hasItem("Rabat"));
    }

    @Test
    void atomFeedIsReadToo() {
        site.put("/atom.xml", ATOM, "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Wire</title><id>urn:wire</id><updated>2024-09-02T08:00:00Z</updated>"
                + "<entry><title>Stubb to Accra</title><id>urn:wire:stubb-1</id><link href=\"/p/missing-stubb.html\"/>"
                + "<published>2024-09-02T08:00:00Z</published><updated>2024-09-02T08:00:00Z</updated>"
                + "<summary type=\"html\">&lt;p&gt;Finnish President Alexander Stubb will visit Accra next Thursday to meet "
                + "Ghanaian President John Mahama, his office said on Monday.&lt;/p&gt;</summary></entry></feed>");

        FeedPoller.PollResult result = once(site.uri("/atom.xml"));

        assertEquals(1, result.taken());
        given().get("/api/engagements?official=alexander-stubb").then()
                .body("engagements.find { it.location?.city == 'Accra' }.start", equalTo("2024-09-05"));
    }

    @Test
    void itemWhosePageCannotBeFetchedFallsBackToItsSummary() {
        site.put("/summary.xml", RSS, rss(rssItem("mahama-1", site.uri("/p/gone.html").toString(),
                "Mon, 07 Oct 2024 09:00:00 GMT", "Ghanaian President John Mahama will visit Helsinki next Tuesday "
                        + "for talks with Finnish President Alexander Stubb on energy, his office said on Monday.")));

        assertEquals(1, once(site.uri("/summary.xml")).taken());

        assertEquals(1, site.hits("/p/gone.html"));
        given().get("/api/engagements?official=john-mahama").then()
                .body("engagements.location.city", hasItem("Helsinki"));
    }

    @Test
    void brokenFeedIsReportedAndDoesNotStopTheOthers() {
        site.put("/after-broken.xml", RSS, rss(rssItem("orsi-9", site.uri("/p/none.html").toString(),
                "Mon, 04 Nov 2024 09:00:00 GMT", "Uruguayan President Yamandu Orsi will visit Lima next Wednesday.")));
        site.put("/not-a-feed.xml", RSS, "<html>this is not a feed");

        List<FeedPoller.PollResult> results = poller.poll(List.of(URI.create("http://127.0.0.1:1/refused.xml"),
                site.uri("/not-a-feed.xml"), site.uri("/no-such-feed.xml"), site.uri("/after-broken.xml")));

        assertNotNull(results.get(0).problem());
        assertNotNull(results.get(1).problem());
        assertEquals(404, results.get(2).status());
        assertNotNull(results.get(2).problem());
        assertNull(results.get(3).problem());
        assertEquals(1, results.get(3).taken());
    }

    @Test
    void itemsTakenInBeforeARestartAreNotFetchedAgain() {
        site.put("/p/silina-1.html", HTML, article("Latvian Prime Minister Evika Silina will visit Dakar next Monday "
                + "to meet Senegalese President Bassirou Diomaye Faye, the government said."));
        site.put("/restart.xml", RSS, rss(rssItem("silina-1", site.uri("/p/silina-1.html").toString(),
                "Mon, 02 Dec 2024 09:00:00 GMT", "Silina travels.")));
        once(site.uri("/restart.xml"));
        state.remember(site.uri("/restart.xml"), java.util.Optional.empty(), java.util.Optional.empty());

        FeedPoller.PollResult afterRestart = once(site.uri("/restart.xml"));

        assertEquals(200, afterRestart.status(), "without its ETag the feed is read whole");
        assertEquals(1, afterRestart.known());
        assertEquals(0, afterRestart.taken());
        assertEquals(1, site.hits("/p/silina-1.html"));
    }
}
