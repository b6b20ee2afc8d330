package org.diplocal.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchTest {

    @Test
    void foldsCaseAccentsAndLettersWithoutDecomposition() {
        assertEquals("dang thi ngoc thinh", Search.fold("Đặng Thị Ngọc Thịnh"));
        assertEquals("lodz strasse", Search.fold("Łódź Straße"));
    }

    @Test
    void everyWordOfTheQueryMustOccur() {
        String text = Search.text("Hegseth meets President Lee Jae Myung", "Seoul, South Korea");
        assertTrue(Search.matches("lee seoul", text));
        assertFalse(Search.matches("lee tokyo", text));
        assertTrue(Search.matches("  ", text));
    }

    @Test
    void hyphensCountAsSpaces() {
        assertTrue(Search.matches("north korea", Search.text("north-korea")));
        assertTrue(Search.matches("gyu-back", Search.text("Ahn Gyu-back")));
    }

    @Test
    void keepsNonLatinScripts() {
        assertTrue(Search.matches("안규백", Search.text("Meeting with 안규백")));
    }
}
