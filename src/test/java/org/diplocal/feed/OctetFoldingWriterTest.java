package org.diplocal.feed;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OctetFoldingWriterTest {

    private static String fold(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OctetFoldingWriter writer = new OctetFoldingWriter(out)) {
            writer.write(text);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String unfold(String folded) {
        return folded.replace("\r\n ", "");
    }

    @Test
    void shortLineIsLeftAlone() throws IOException {
        assertEquals("SUMMARY:Talks\r\n", fold("SUMMARY:Talks\r\n"));
    }

    @Test
    void hangulLineIsFoldedAt75OctetsOnCharacterBoundaries() throws IOException {
        String line = "SUMMARY:" + "한미 정상회담 ".repeat(20);
        String folded = fold(line + "\r\n");
        for (String physical : folded.split("\r\n")) {
            byte[] bytes = physical.getBytes(StandardCharsets.UTF_8);
            assertTrue(bytes.length <= 75, physical);
            assertDecodesAlone(bytes);
        }
        assertEquals(line + "\r\n", unfold(folded));
    }

    @Test
    void emojiPairIsNeverSplit() throws IOException {
        String line = "SUMMARY:" + "🇰🇷🤝🇺🇸".repeat(15);
        String folded = fold(line + "\r\n");
        for (String physical : folded.split("\r\n")) {
            assertDecodesAlone(physical.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(line + "\r\n", unfold(folded));
    }

    @Test
    void foldsMadeByIcal4jAreUndoneAndRedoneByOctets() throws IOException {
        String ical4jFolded = "DESCRIPTION:" + "é".repeat(61) + "\r\n " + "é".repeat(30) + "\r\nEND:VEVENT\r\n";
        String folded = fold(ical4jFolded);
        assertEquals("DESCRIPTION:" + "é".repeat(91) + "\r\nEND:VEVENT\r\n", unfold(folded));
        assertTrue(folded.split("\r\n")[0].getBytes(StandardCharsets.UTF_8).length <= 75);
    }

    private static void assertDecodesAlone(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new AssertionError("a UTF-8 character was split across lines", e);
        }
    }
}
