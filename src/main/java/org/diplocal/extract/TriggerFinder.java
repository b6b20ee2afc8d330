package org.diplocal.extract;

import java.util.ArrayList;
import java.util.List;

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

    List<Trigger> find(TokenList tokens, PlaceFinder.Found places, List<PersonMention> persons) {
        List<Trigger> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            PhraseTable.Match<List<String[]>> m = lexicon.triggers.longestAll(tokens, i);
            if (m == null && tokens.indexOf(i, '-') > 0) {
                // "Meeting-Plus": the part before the hyphen
                String head = tokens.text(i).substring(0, tokens.text(i).indexOf('-'));
                TokenList one = Tokenizer.tokenize(head);
                PhraseTable.Match<List<String[]>> h = one.size() == 0 ? null : lexicon.triggers.longestAll(one, 0);
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
            if (form.equals("past") && i >= 1 && (tokens.is(i - 1, "be") || tokens.is(i - 1, "being"))) {
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

    private String[] choose(List<String[]> rows, TokenList tokens, int from, int to) {
        int prev = from - 1; // when there is one
        boolean hasPrev = from > 0;
        boolean hasNext = to < tokens.size();
        String kind = rows.get(0)[1];
        String word = tokens.norm(from);
        if (kind.equals("call") && to - from == 1 && (!hasNext || !tokens.is(to, "with"))) {
            return null; // "Washington's call for ..." is not a phone call
        }
        if (kind.equals("travel") && (word.equals("head") || word.equals("fly")) && (!hasNext || !tokens.is(to, "to"))) {
            return null;
        }
        boolean verbContext = hasPrev && (VERB_BEFORE.contains(tokens, prev) || Lexicon.has(lexicon.cueAt(tokens, from - 1), "future"));
        if (hasPrev && (tokens.is(prev, "the") || tokens.is(prev, "a") || tokens.is(prev, "an") || tokens.is(prev, "his")
                || tokens.is(prev, "her") || tokens.is(prev, "their") || tokens.is(prev, "'s") || tokens.is(prev, "its"))) {
            verbContext = false;
        }
        if (word.equals("meeting") && hasPrev && tokens.is(prev, "to")) {
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
    private Trigger named(Trigger t, TokenList tokens, PlaceFinder.Found places, List<PersonMention> persons) {
        int k = t.from();
        boolean ownWord = false;
        while (k > 0) {
            if (tokens.capitalised(k - 1) && tokens.word(k - 1) && !TokenSpan.covers(persons, k - 1) && !(k - 1 == 0 && tokens.is(k - 1, "the"))
                    && !tokens.is(k - 1, "the") && !tokens.is(k - 1, "a") && !tokens.is(k - 1, "in") && !tokens.is(k - 1, "on") && !tokens.is(k - 1, "at")) {
                if (!TokenSpan.covers(places.places(), k - 1) && !Calendar.isCalendarWord(tokens, k - 1)) {
                    ownWord = true;
                }
                k--;
            } else if (NAME_CONNECTORS.contains(tokens, k - 1) && k > 1 && tokens.capitalised(k - 2)) {
                k--;
            } else {
                break;
            }
        }
        boolean headCapital = tokens.capitalised(t.from());
        if (!ownWord || (k == t.from() && !headCapital)) {
            return t;
        }
        int end = t.to();
        String acronym = null;
        if (end + 2 < tokens.size() + 0 && end + 2 <= tokens.size() - 1 && tokens.is(end, "(")
                && tokens.allCaps(end + 1) && tokens.is(end + 2, ")")) {
            acronym = tokens.text(end + 1);
        }
        String name = PlaceFinder.phrase(tokens, k, end);
        if (acronym != null) {
            name = name + " (" + acronym + ")";
        }
        return new Trigger(t.from(), t.to(), t.kind(), t.form(), k, name, acronym);
    }


}
