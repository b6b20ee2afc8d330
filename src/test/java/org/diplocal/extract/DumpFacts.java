package org.diplocal.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diplocal.extract.time.TimeMention;
import org.diplocal.extract.time.TimeTagger;

/** Dev command: prints what the engine finds in each sentence of a report. Args: FILE YYYY-MM-DD */
public final class DumpFacts {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        LocalDate published = LocalDate.parse(args[1]);
        for (TimeMention m : TimeTagger.standard().tag(text, published)) {
            System.out.println("TIME " + m.text() + " " + m.type() + " " + m.first() + ".." + m.last() + " exact=" + m.exact());
        }
        Gazetteer g = Gazetteer.standard();
        Lexicon lex = Lexicon.standard();
        PlaceFinder pf = new PlaceFinder(g, lex);
        PersonFinder persons = new PersonFinder(lex);
        TriggerFinder tf = new TriggerFinder(lex);
        for (Sentence s : SentenceSplitter.split(text)) {
            PlaceFinder.Found f = pf.find(s.tokens(), java.util.Set.of());
            List<PersonMention> pm = persons.shortMentions(s.tokens(), persons.untitled(s.tokens(), persons.titled(s.tokens(), f), f), f);
            System.out.println("== " + s.text());
            f.places().forEach(p -> System.out.println("   place " + p.kind() + " " + p.name() + " " + p.country() + (p.possessive() ? " 's" : "")));
            pm.forEach(p -> System.out.println("   person " + p.person() + (p.former() ? " former" : "") + (p.speaker() ? " speaker" : "")));
            tf.find(s.tokens(), f, pm).forEach(t -> System.out.println("   trigger " + t));
        }
    }
}
