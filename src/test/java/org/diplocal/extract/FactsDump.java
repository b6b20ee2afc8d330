package org.diplocal.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplocal.extract.time.TimeMention;

/**
 * Dev helper for {@link org.diplocal.extract.dev.DumpOutputs}: the stages of {@link ReportExtractor#extract} replayed
 * sentence by sentence, every mention they find written out, so that a change that leaves the drafts alone but moves
 * what a stage sees still shows. Mirrors ReportExtractor.run; keep the two in step.
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
        Gazetteer gazetteer = Gazetteer.standard();
        Lexicon lexicon = Lexicon.standard();
        List<Sentence> sentences = SentenceSplitter.split(text);
        List<TimeMention> mentions = new ArrayList<>(TimeSource.standard().tag(text, published));
        mentions.sort(Comparator.comparingInt(TimeMention::start));
        for (int[] span : Dateline.headerSpans(text)) {
            out.append("  dateline ").append(span[0]).append("..").append(span[1]).append('\n');
            mentions.removeIf(t -> t.start() >= span[0] && t.start() < span[1]);
        }
        PlaceFinder placeFinder = new PlaceFinder(gazetteer, lexicon);
        PersonFinder personFinder = new PersonFinder(lexicon);
        TriggerFinder triggerFinder = new TriggerFinder(lexicon);
        SentenceAnalyser analyser = new SentenceAnalyser(lexicon);
        Set<String> reportCountries = new HashSet<>();
        List<SentenceFacts> facts = new ArrayList<>();
        List<List<PersonMention>> titled = new ArrayList<>();
        for (Sentence s : sentences) {
            PlaceFinder.Found places = placeFinder.find(s.tokens(), reportCountries);
            for (CountryMention c : places.countries()) {
                reportCountries.add(c.iso2());
            }
            SentenceFacts f = new SentenceFacts(s, places);
            facts.add(f);
            titled.add(personFinder.untitled(s.tokens(), personFinder.titled(s.tokens(), places), places));
        }
        int m = 0;
        for (int n = 0; n < facts.size(); n++) {
            SentenceFacts f = facts.get(n);
            f.persons = personFinder.shortMentions(f.tokens, titled.get(n), f.places);
            for (PersonMention p : f.persons) {
                f.places.places().removeIf(pl -> pl.from() < p.to() && p.from() < pl.to());
                f.places.countries().removeIf(c -> c.from() >= p.from() && c.to() <= p.to() && !c.demonym() && p.to() - p.from() > 0
                        && c.from() > p.from());
            }
            for (PersonMention p : f.persons) {
                if (!p.former()) {
                    p.person().everCurrent = true;
                }
            }
            List<TimeMention> inside = new ArrayList<>();
            while (m < mentions.size() && mentions.get(m).start() < f.sentence.start()) {
                m++;
            }
            for (int k = m; k < mentions.size() && mentions.get(k).start() < f.sentence.end(); k++) {
                inside.add(mentions.get(k));
            }
            analyser.analyse(f, inside, published);
            f.triggers = triggerFinder.find(f.tokens, f.places, f.persons);
        }
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
        for (Person p : personFinder.people()) {
            out.append("  people ").append(p).append(" keys=").append(Arrays.toString(p.nameKeys)).append(" domain=")
                    .append(p.domain).append(" mentions=").append(p.mentions).append(" speaker=").append(p.speakerMentions)
                    .append(" current=").append(p.everCurrent).append('\n');
        }
    }
}
