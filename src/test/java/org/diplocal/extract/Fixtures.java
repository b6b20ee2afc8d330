package org.diplocal.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Shared helpers: run the finders over one sentence, or the whole engine over a short report. */
final class Fixtures {
    static final LocalDate MONDAY = LocalDate.of(2024, 5, 13);

    private Fixtures() {
    }

    static PlaceFinder.Found places(String sentence) {
        return new PlaceFinder(Gazetteer.standard(), Lexicon.standard()).find(Tokenizer.tokenize(sentence), Set.of());
    }

    static List<PersonMention> people(PersonFinder finder, String sentence) {
        TokenList tokens = Tokenizer.tokenize(sentence);
        PlaceFinder.Found found = new PlaceFinder(Gazetteer.standard(), Lexicon.standard()).find(tokens, Set.of());
        return finder.shortMentions(tokens, finder.titled(tokens, found), found);
    }

    static List<Draft> extract(String text) {
        return extract(text, MONDAY);
    }

    static List<Draft> extract(String text, LocalDate published) {
        return ReportExtractor.standard().extract(text, published);
    }

    /** The names of the people found, in the sentence's order. */
    static List<String> names(List<PersonMention> found) {
        return found.stream().map(m -> m.person().name).toList();
    }

    /** The names of an engagement's participants, in its order. */
    static List<String> names(Draft d) {
        return d.participants().stream().map(DraftPerson::name).toList();
    }

    /** The first draft that {@code which} holds for; fails the test, showing them all, when none does. */
    static Draft first(List<Draft> drafts, java.util.function.Predicate<Draft> which) {
        return drafts.stream().filter(which).findFirst().orElseThrow(() -> new AssertionError(drafts));
    }
}
