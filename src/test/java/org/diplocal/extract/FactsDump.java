package org.diplocal.extract;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Dev helper for {@link org.diplocal.extract.dev.DumpOutputs}: the stages of {@link ReportExtractor#extract} replayed
 * sentence by sentence, every mention they find written out, so that a change that leaves the drafts alone but moves
 * what a stage sees still shows. It reads through {@link ReportExtractor#read}, the engine's own reading.
 */
public final class FactsDump {
    private FactsDump() {
    }

    public static String facts(String text, LocalDate published) {
        StringBuilder out = new StringBuilder();
        try {
            run(text.length() > ReportExtractor.MAX_CHARS ? text.substring(0, ReportExtractor.MAX_CHARS) : text, published, out);
        } catch (RuntimeException | StackOverflowError e) {
            out.append("  FAILED ").append(e.getClass().getName()).append('\n');
        }
        return out.toString();
    }

    private static void run(String text, LocalDate published, StringBuilder out) {
        for (int[] span : Dateline.headerSpans(text)) {
            out.append("  dateline ").append(span[0]).append("..").append(span[1]).append('\n');
        }
        ReportExtractor.Reading reading = ReportExtractor.standard().read(text, published);
        List<SentenceFacts> facts = reading.facts();
        for (SentenceFacts f : facts) {
            Sentence s = f.sentence;
            out.append("  sentence ").append(s.index()).append(' ').append(s.start()).append("..").append(s.end())
                    .append(" tokens ").append(s.tokens().size()).append('\n');
            StringBuilder toks = new StringBuilder("   ");
            TokenList tokens = s.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                toks.append(' ').append(tokens.start(k)).append(':').append(tokens.end(k)).append('=').append(tokens.norm(k))
                        .append(tokens.capitalised(k) ? "^" : "").append(tokens.allCaps(k) ? "!" : "").append(tokens.word(k) ? "" : "~");
            }
            out.append(toks).append('\n');
            f.places.places().forEach(p -> out.append("    place ").append(p).append('\n'));
            f.places.countries().forEach(c -> out.append("    country ").append(c).append('\n'));
            f.persons.forEach(p -> out.append("    person ").append(p.from()).append("..").append(p.to()).append(' ')
                    .append(p.person()).append(p.former() ? " former" : "").append(p.speaker() ? " speaker" : "").append('\n'));
            f.triggers.forEach(t -> out.append("    trigger ").append(t).append('\n'));
            f.dates.forEach(d -> out.append("    date ").append(d).append('\n'));
            f.anchors.forEach(a -> out.append("    anchor ").append(a).append('\n'));
            out.append("    future=").append(f.future).append(" virtual=").append(f.virtual).append(" status=").append(f.status)
                    .append(" tentativeAt=").append(f.tentativeAt).append(" background=").append(Arrays.toString(f.background))
                    .append('\n');
        }
        for (Person p : reading.people()) {
            out.append("  people ").append(p).append(" keys=").append(Arrays.toString(p.nameKeys)).append(" domain=")
                    .append(p.domain).append(" mentions=").append(p.mentions).append(" speaker=").append(p.speakerMentions)
                    .append(" current=").append(p.everCurrent).append('\n');
        }
    }
}
