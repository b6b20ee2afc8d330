package org.diplocal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> texts(String s) {
        TokenList tokens = Tokenizer.tokenize(s);
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            texts.add(tokens.text(k));
        }
        return texts;
    }

    @Test
    void splitsPossessiveFromName() {
        assertEquals(List.of("Poland", "\u2019s", "minister"), texts("Poland\u2019s minister"));
    }

    @Test
    void splitsTheClitics() {
        assertEquals(List.of("she", "'ll", "meet", "they", "\u2019re", "we", "'ve", "he", "'d"),
                texts("she'll meet they\u2019re we've he'd"));
    }

    @Test
    void keepsNamesWithAnApostropheWhole() {
        assertEquals(List.of("O'Reilly", "Nuku'alofa", "D'Alema", "Ma'ale"), texts("O'Reilly Nuku'alofa D'Alema Ma'ale"));
    }

    @Test
    void keepsHyphenatedNamesWhole() {
        assertEquals(List.of("Nana", "Akufo-Addo", "and", "al-Sisi"), texts("Nana Akufo-Addo and al-Sisi"));
    }

    @Test
    void normalisesDottedAbbreviationAndDiacritics() {
        TokenList tokens = Tokenizer.tokenize("U.S. Brasília");
        assertEquals("us", tokens.norm(0));
        assertEquals("brasilia", tokens.norm(1));
    }

    @Test
    void anEnDashBetweenLettersIsReadAsAHyphenAndBetweenDigitsOrSpacesLeftAlone() {
        assertEquals("the Chile-Peru commission, 15\u201317 March \u2013 and",
                Tokenizer.wordDashesAsHyphens("the Chile\u2013Peru commission, 15\u201317 March \u2013 and"));
    }

    @Test
    void aTokenPastEitherEndOfTheListIsNoWord() {
        TokenList tokens = Tokenizer.tokenize("President Xi will visit the UK on May 20 together");
        assertFalse(tokens.is(tokens.size(), "with"));
        assertFalse(tokens.is(-1, "president"));
    }
}
