package org.diplocal.report.source;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ItemTextTest {

    @Test
    void pageTextIsTheArticlesParagraphsWithoutNavigationOrFooter() throws IOException {
        String html = "<html><body><nav><p>Home | World</p></nav><article><h1>Head</h1><p>First &amp; foremost.</p>"
                + "<div><p>Second.</p></div></article><footer><p>Copyright</p></footer></body></html>";
        assertEquals("First & foremost.\n\nSecond.",
                ItemText.ofPage(html.getBytes(StandardCharsets.UTF_8), null, "http://x/"));
    }

    @Test
    void pageWithoutArticleGivesTheBodysParagraphs() throws IOException {
        String html = "<html><body><div><p>One.</p><p> </p><p>Two.</p></div><script>var p;</script></body></html>";
        assertEquals("One.\n\nTwo.", ItemText.ofPage(html.getBytes(StandardCharsets.UTF_8), null, "http://x/"));
    }

    @Test
    void summaryLosesItsMarkupAndEntities() {
        assertEquals("Talks in Riga & Quito.", ItemText.ofHtml("<b>Talks</b> in <a href='/r'>Riga</a> &amp; Quito."));
    }

    @Test
    void summaryParagraphsStayApart() {
        assertEquals("One.\n\nTwo.", ItemText.ofHtml("<p>One.</p><p>Two.</p>"));
    }
}
