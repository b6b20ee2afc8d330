package org.diplocal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> texts(String s) {
        return Tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void splitsPossessiveFromName() {
        assertEquals(List.of("Poland", "\u2019s", "minister"), texts("Poland\u2019s minister"));
    }

    @Test
    void keepsHyphenatedNamesWhole() {
        assertEquals(List.of("Nana", "Akufo-Addo", "and", "al-Sisi"), texts("Nana Akufo-Addo and al-Sisi"));
    }

    @Test
    void normalisesDottedAbbreviationAndDiacritics() {
        List<Token> tokens = Tokenizer.tokenize("U.S. Brasília");
        assertEquals("us", tokens.get(0).norm());
        assertEquals("brasilia", tokens.get(1).norm());
    }
}
