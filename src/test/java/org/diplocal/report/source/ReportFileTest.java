package org.diplocal.report.source;

import org.diplocal.report.ReportInput;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportFileTest {

    private static final String TEXT = "Latvian Foreign Minister Baiba Braze will visit Quito next Monday.";

    @Test
    void headersGiveDateTitleAndSourceAndAreNotPartOfTheText() throws IOException {
        ReportInput input = ReportFile.parse("published: 2024-05-06\ntitle: Braze to Quito\nsource: https://news.example/1\n"
                + TEXT + "\n", Optional.empty());
        assertEquals(LocalDate.of(2024, 5, 6), input.published());
        assertEquals("Braze to Quito", input.title());
        assertEquals("https://news.example/1", input.source());
        assertEquals(TEXT + "\n", input.text());
    }

    @Test
    void indexFillsWhatTheHeadersLeaveOut() throws IOException {
        var indexed = new ReportIndex.Entry("x.txt", LocalDate.of(2024, 5, 6), "From the index", "https://news.example/2");
        ReportInput input = ReportFile.parse("title: From the file\n" + TEXT, Optional.of(indexed));
        assertEquals(LocalDate.of(2024, 5, 6), input.published());
        assertEquals("From the file", input.title());
        assertEquals("https://news.example/2", input.source());
    }

    @Test
    void fileWithoutHeadersLeavesTheDateToTheDateline() throws IOException {
        ReportInput input = ReportFile.parse("date 2024-05-06 Riga, May 6 " + TEXT, Optional.empty());
        assertNull(input.published());
        assertEquals("date 2024-05-06 Riga, May 6 " + TEXT + "\n", input.text());
    }

    @Test
    void sourceThatIsNotAnHttpUrlIsDropped() throws IOException {
        assertNull(ReportFile.parse("source: a wire report\n" + TEXT, Optional.empty()).source());
    }

    @Test
    void malformedPublishedHeaderIsRefusedWithWhy() {
        IOException e = assertThrows(IOException.class, () -> ReportFile.parse("published: 6 May\n" + TEXT, Optional.empty()));
        assertEquals("header 'published: 6 May' is not a YYYY-MM-DD date", e.getMessage());
    }

    @Test
    void headersWithoutTextAreRefused() {
        assertThrows(IOException.class, () -> ReportFile.parse("published: 2024-05-06\n\n", Optional.empty()));
    }
}
