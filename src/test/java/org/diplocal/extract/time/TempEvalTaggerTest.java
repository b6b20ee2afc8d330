package org.diplocal.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TempEvalTaggerTest {

    private static final String DOC = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>own_snippet</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2026-03-10" temporalFunction="false" functionInDocument="CREATION_TIME">March 10, 2026</TIMEX3></DCT>
            <TEXT>
            Egypt &amp; Ghana said on Monday that talks &lt;in Accra&gt; will resume next week, &quot;for two days&quot;.
            The minister&apos;s visit on April&#32;2 was a first.
            </TEXT>
            </TimeML>
            """;

    private final TempEvalTagger tagger = new TempEvalTagger(TimeTagger.standard());

    @Test
    void removingTheInsertedTagsGivesBackTheInputByteForByte() {
        String out = tagger.annotate(DOC);
        int text = out.indexOf("<TEXT>");
        String stripped = out.substring(0, text) + out.substring(text).replaceAll("<TIMEX3[^>]*>|</TIMEX3>", "");
        assertEquals(DOC, stripped);
        assertTrue(out.length() > DOC.length(), "some tags were inserted");
    }

    @Test
    void tagsCarryTypeAndValueResolvedAgainstTheDct() {
        String out = tagger.annotate(DOC);
        assertTrue(out.contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2026-03-09\">Monday</TIMEX3>"), out);
        assertTrue(out.contains("type=\"DATE\" value=\"2026-W12\">next week</TIMEX3>"), out);
        assertTrue(out.contains("type=\"DURATION\" value=\"P2D\">two days</TIMEX3>"), out);
        assertTrue(out.contains("value=\"2026-04-02\">April&#32;2</TIMEX3>"), out);
    }

    @Test
    void dctIsNotTaggedAgain() {
        String out = tagger.annotate(DOC);
        assertEquals(1, out.split("functionInDocument", -1).length - 1);
        assertTrue(out.indexOf("tid=\"t1\"") > out.indexOf("<TEXT>"));
    }
}
