package org.diplocal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelineTest {
    @Test
    void readsDateLineOnFirstLine() {
        assertEquals(LocalDate.of(2025, 10, 28), Dateline.find(" date 2025-10-28 Seoul, Oct 28 US ...").orElseThrow());
    }

    @Test
    void readsFullNewsDateline() {
        assertEquals(LocalDate.of(2024, 3, 5), Dateline.find("BUENOS AIRES, March 5, 2024 (Reuters) - Argentina's ...").orElseThrow());
        assertEquals(LocalDate.of(2024, 3, 5), Dateline.find("OSLO, 5 March 2024 — Norway's ...").orElseThrow());
    }

    @Test
    void ignoresDatelineWithoutYear() {
        assertTrue(Dateline.find("SEOUL, Oct. 28 (Yonhap) -- text").isEmpty());
    }

    @Test
    void ignoresImpossibleDatesAndEmptyText() {
        assertTrue(Dateline.find("date 2025-02-30").isEmpty());
        assertTrue(Dateline.find("").isEmpty());
        assertTrue(Dateline.find(null).isEmpty());
    }

    @Test
    void datelineOfTwoCitiesAfterAHeadlineIsTheReportsNotAnEvents() {
        String text = "Leaders to meet in Lima\n\nSANTIAGO/BRASILIA, March 4 (Reuters) - The summit will open on March 20.";
        org.junit.jupiter.api.Assertions.assertTrue(Dateline.headerSpans(text).stream()
                .anyMatch(span -> text.substring(span[0], span[1]).contains("March 4")));
    }

    @Test
    void datelineWithTheCountryAfterTheCityIsTheReports() {
        String text = "Leaders to meet in Lima\n\nCUSCO, Peru, March 4 (Reuters) - The summit will open on March 20.";
        org.junit.jupiter.api.Assertions.assertTrue(Dateline.headerSpans(text).stream()
                .anyMatch(span -> text.substring(span[0], span[1]).contains("March 4")));
    }

    @Test
    void datelineWithTheDayBeforeTheMonthIsTheReports() {
        String text = "Accra, 13 May 2024 (GNA).- The President will travel to Lome on Wednesday.";
        org.junit.jupiter.api.Assertions.assertTrue(Dateline.headerSpans(text).stream()
                .anyMatch(span -> text.substring(span[0], span[1]).contains("13 May 2024")));
    }

    @Test
    void datelineInTheAgencysCalendarWithTheGregorianDayInBracketsIsTheReports() {
        String text = "Minister to visit Kabul\n\nKABUL, Qaws 17, 1404 (December 8, 2025) (Bakhtar) -- The minister will "
                + "arrive on Sunday.";
        assertTrue(Dateline.headerSpans(text).stream().anyMatch(span -> text.substring(span[0], span[1]).contains("December 8, 2025)")));
        String slashed = "Nairobi, Tahsas 2/2018 (December 11, 2025) (KNA) - The talks open on Monday.";
        assertTrue(Dateline.headerSpans(slashed).stream().anyMatch(span -> slashed.substring(span[0], span[1]).contains("(KNA)")));
    }

    @Test
    void aSentenceOpeningWithItsDayIsNoDateline() {
        assertTrue(Dateline.headerSpans("Leaders meet\n\nOn Tuesday, 14 May, the minister will arrive in Accra.").isEmpty());
        assertTrue(Dateline.headerSpans("Leaders meet\n\nMahama will be in Lome on Monday, 20 May, for talks.").isEmpty());
        assertTrue(Dateline.headerSpans("THE WEEK AHEAD\n\nSATURDAY, MAY 18\n- ACCRA: talks.").isEmpty());
    }
}
