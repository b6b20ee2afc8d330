package org.diplocal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtFullStopBeforeCapital() {
        assertEquals(List.of("Mondino will visit Warsaw.", "She will meet Duda."), sentences("Mondino will visit Warsaw. She will meet Duda."));
    }

    @Test
    void keepsMonthAbbreviationsAndTitlesInside() {
        assertEquals(1, sentences("The summit is set for Nov. 4 in Accra, Dr. Mensah said.").size());
    }

    @Test
    void anAbbreviationBeforeAWordThatOnlyOpensASentenceEndsIt() {
        assertEquals(2, sentences("Talks cover grain, fertiliser, fuel etc. The ministers meet on Friday.").size());
    }

    @Test
    void keepsAShortenedGivenNameInside() {
        assertEquals(1, sentences("He will meet Senator Ma. Cristina Padilla in Quezon City on Friday.").size());
    }

    @Test
    void theSurnameMaEndsASentenceBeforeAPronoun() {
        assertEquals(2, sentences("The President met Alibaba founder Jack Ma. He will fly to Hangzhou on Friday.").size());
    }

    @Test
    void keepsAnEngineersCourtesyInside() {
        assertEquals(1, sentences("On Monday, Minister of Energy Eng. Hamad Al-Thani will meet his guest.").size());
    }

    @Test
    void keepsTheRightHonourableAbbreviatedInside() {
        assertEquals(1, sentences("Courtesy call on the Rt. Hon. Prime Minister, Mr Tomasz Nowak, at his office.").size());
    }

    @Test
    void keepsTheHonourableBeforeANameInside() {
        assertEquals(1, sentences("The council is chaired by Ghana's foreign minister, Hon. Samuel Ablakwa.").size());
    }

    @Test
    void keepsDottedCountryAbbreviationInside() {
        assertEquals(1, sentences("The U.S. envoy will travel to Oslo on Friday.").size());
    }

    @Test
    void splitsAtLineBreaks() {
        assertEquals(List.of("Headline without stop", "Body starts here."), sentences("Headline without stop\n\nBody starts here."));
    }

    @Test
    void keepsClosingQuoteWithItsSentence() {
        assertEquals(List.of("\u201cWe will go.\u201d", "He said so."), sentences("\u201cWe will go.\u201d He said so."));
    }

    @Test
    void splitsAfterAClockTimeWhenTheNextSentenceOpens() {
        assertEquals(2, sentences("Talks follow at 10 a.m. On Thursday, the minister will meet the mayor of Turku.").size());
    }

    @Test
    void keepsAProgrammeLineThatOpensWithItsClockTime() {
        assertEquals(1, sentences("6:30 p.m. The Prime Minister will welcome the President of Chile.").size());
    }

    @Test
    void keepsAnHonourableAbbreviationBeforeTheTitleItOpens() {
        assertEquals(1, sentences("Talks between H.M. The King and President Stubb at the Royal Palace.").size());
    }

    @Test
    void keepsAProgrammeLineWhoseClockHasANoBreakSpace() {
        assertEquals(1, sentences("6:30\u00a0p.m. The Prime Minister will welcome the President of Chile.").size());
    }

    @Test
    void keepsADayAndMonthInNumbersInside() {
        assertEquals(List.of("WEDNESDAY (21. 5.)", "The Hungarian foreign minister meets his Austrian counterpart."),
                sentences("WEDNESDAY (21. 5.)\nThe Hungarian foreign minister meets his Austrian counterpart."));
    }

    @Test
    void stillEndsASentenceAtANumberBeforeAnotherSentence() {
        assertEquals(2, sentences("The delegation numbers 12. 4 ministers will join it.").size());
    }
}
