package org.diplocal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds event words and decides verb or noun from the word before ("will visit" / "a visit"),
 * and names meetings from the capitalised words in front of a meeting word.
 */
final class TriggerFinder {
    private static final WordSet VERB_BEFORE = WordSet.of("to", "will", "would", "'ll", "shall", "may", "might", "could",
            "can", "also", "and", "then", "not", "both", "later", "first", "jointly", "virtually");
    private static final WordSet NAME_CONNECTORS = WordSet.of("of", "and", "'", "-", "on");

    private final Lexicon lexicon;

    TriggerFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Trigger> find(List<Token> tokens, PlaceFinder.Found places, List<PersonMention> persons) {
        List<Trigger> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            PhraseTable.Match<List<String[]>> m = lexicon.triggers.longestAll(tokens, i);
            if (m == null && tokens.get(i).indexOf('-') > 0) {
                // "Meeting-Plus": the part before the hyphen
                String head = tokens.get(i).text().substring(0, tokens.get(i).text().indexOf('-'));
                List<Token> one = Tokenizer.tokenize(head);
                PhraseTable.Match<List<String[]>> h = one.isEmpty() ? null : lexicon.triggers.longestAll(one, 0);
                if (h != null && h.to() == one.size()) {
                    m = new PhraseTable.Match<>(i, i + 1, h.value());
                }
            }
            if (m == null || TokenSpan.covers(persons, i)) {
                i++;
                continue;
            }
            String[] row = choose(m.value(), tokens, i, m.to());
            if (row == null) {
                i = m.to();
                continue;
            }
            String form = row[2];
            if (form.equals("past") && i >= 1 && (tokens.get(i - 1).is("be") || tokens.get(i - 1).is("being"))) {
                form = "passive"; // "will be hosted by", "is to be received by": planned, subject and object swapped
            }
            Trigger t = new Trigger(m.from(), m.to(), row[1], form, m.from(), null, null);
            if (row[2].equals("noun") && !row[1].equals("visit") && !row[1].equals("trip")) {
                t = named(t, tokens, places, persons);
            }
            out.add(t);
            i = m.to();
        }
        return out;
    }

    private String[] choose(List<String[]> rows, List<Token> tokens, int from, int to) {
        Token prev = from > 0 ? tokens.get(from - 1) : null;
        Token next = to < tokens.size() ? tokens.get(to) : null;
        String kind = rows.get(0)[1];
        String word = tokens.get(from).norm();
        if (kind.equals("call") && to - from == 1 && (next == null || !next.is("with"))) {
            return null; // "Washington's call for ..." is not a phone call
        }
        if (kind.equals("travel") && (word.equals("head") || word.equals("fly")) && (next == null || !next.is("to"))) {
            return null;
        }
        boolean verbContext = prev != null && (VERB_BEFORE.contains(prev) || Lexicon.has(lexicon.cueAt(tokens, from - 1), "future"));
        if (prev != null && (prev.is("the") || prev.is("a") || prev.is("an") || prev.is("his") || prev.is("her")
                || prev.is("their") || prev.is("'s") || prev.is("its"))) {
            verbContext = false;
        }
        if (word.equals("meeting") && prev != null && prev.is("to")) {
            for (String[] r : rows) {
                if (r[2].equals("noun")) {
                    return new String[] {r[0], r[1], "ing"}; // "look forward to meeting our friends"
                }
            }
        }
        String[] noun = null;
        String[] verb = null;
        for (String[] r : rows) {
            if (r[2].equals("noun")) {
                noun = r;
            } else if (verb == null) {
                verb = r;
            }
        }
        if (noun != null && verb != null) {
            return verbContext ? verb : noun;
        }
        return noun != null ? noun : verb;
    }

    /** "Nordic-Baltic Eight Ministerial meeting", "Shangri-La Dialogue (SLD)". */
    private Trigger named(Trigger t, List<Token> tokens, PlaceFinder.Found places, List<PersonMention> persons) {
        int k = t.from();
        boolean ownWord = false;
        while (k > 0) {
            Token prev = tokens.get(k - 1);
            if (prev.capitalised() && prev.word() && !TokenSpan.covers(persons, k - 1) && !(k - 1 == 0 && prev.is("the"))
                    && !prev.is("the") && !prev.is("a") && !prev.is("in") && !prev.is("on") && !prev.is("at")) {
                if (!TokenSpan.covers(places.places(), k - 1) && !Calendar.isCalendarWord(prev)) {
                    ownWord = true;
                }
                k--;
            } else if (NAME_CONNECTORS.contains(prev) && k > 1 && tokens.get(k - 2).capitalised()) {
                k--;
            } else {
                break;
            }
        }
        boolean headCapital = tokens.get(t.from()).capitalised();
        if (!ownWord || (k == t.from() && !headCapital)) {
            return t;
        }
        int end = t.to();
        String acronym = null;
        if (end + 2 < tokens.size() + 0 && end + 2 <= tokens.size() - 1 && tokens.get(end).is("(")
                && tokens.get(end + 1).allCaps() && tokens.get(end + 2).is(")")) {
            acronym = tokens.get(end + 1).text();
        }
        String name = PlaceFinder.phrase(tokens, k, end);
        if (acronym != null) {
            name = name + " (" + acronym + ")";
        }
        return new Trigger(t.from(), t.to(), t.kind(), t.form(), k, name, acronym);
    }


}
