package org.diplocal.report.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.stream.Collectors;

/** Plain text of a news item: an article page's paragraphs, or a feed summary with its HTML taken out. */
final class ItemText {

    private ItemText() {
    }

    /** The paragraphs of the page's {@code <article>}, or else of its body; empty when it has none. */
    static String ofPage(byte[] html, String charset, String baseUri) throws java.io.IOException {
        // A null charset lets jsoup take it from the page's BOM or <meta charset>.
        Document page = Jsoup.parse(new java.io.ByteArrayInputStream(html), charset, baseUri);
        Elements paragraphs = page.select("article p");
        if (paragraphs.isEmpty()) {
            paragraphs = page.body().select("p");
        }
        return join(paragraphs);
    }

    /** A summary or content that may hold HTML (or entity-escaped text), as plain paragraphs. */
    static String ofHtml(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document fragment = Jsoup.parseBodyFragment(html);
        Elements paragraphs = fragment.body().select("p");
        return paragraphs.isEmpty() ? fragment.body().text().strip() : join(paragraphs);
    }

    private static String join(Elements paragraphs) {
        return paragraphs.stream().map(Element::text).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }
}
