package org.diplocal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void lowerCasesAndJoinsWithDashes() {
        assertEquals("pete-hegseth", Slugs.of("Pete Hegseth"));
        assertEquals("ahn-gyu-back", Slugs.of("Ahn Gyu-back"));
    }

    @Test
    void stripsDiacritics() {
        assertEquals("sebastien-lecornu", Slugs.of("Sébastien Lecornu"));
    }

    @Test
    void neverReturnsEmptyForNonLatinNames() {
        String slug = Slugs.of("이재명");
        assertTrue(slug.startsWith("n-") && slug.length() > 2);
        assertEquals(slug, Slugs.of("이재명"));
    }
}
