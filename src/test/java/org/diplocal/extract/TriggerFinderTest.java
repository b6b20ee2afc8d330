package org.diplocal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerFinderTest {
    private static List<Trigger> triggers(String sentence) {
        TokenList tokens = Tokenizer.tokenize(sentence);
        return new TriggerFinder(Lexicon.standard()).find(tokens, Fixtures.places(sentence), List.of());
    }

    @Test
    void readsVerbAfterWill() {
        Trigger t = triggers("She will visit Accra.").get(0);
        assertEquals("visit", t.kind());
        assertEquals("base", t.form());
    }

    @Test
    void readsNounAfterArticle() {
        assertEquals("noun", triggers("A visit to Accra is planned.").get(0).form());
    }

    @Test
    void readsPastForm() {
        assertTrue(triggers("She visited Accra.").get(0).past());
    }

    @Test
    void callForIsNotAPhoneCall() {
        assertTrue(triggers("The call for reform grew.").isEmpty());
    }

    @Test
    void namesMeetingWithAcronym() {
        Trigger t = triggers("They attend the Munich Security Conference (MSC) in June.").stream()
                .filter(Trigger::named).findFirst().orElseThrow();
        assertEquals("Munich Security Conference (MSC)", t.name());
        assertEquals("MSC", t.acronym());
    }

    @Test
    void cityBeforeMeetingWordIsNoName() {
        Trigger t = triggers("The Cairo summit ends.").get(0);
        assertEquals(null, t.name());
    }
}
