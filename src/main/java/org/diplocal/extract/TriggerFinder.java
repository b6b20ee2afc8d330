package org.diplocal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds event words and decides verb or noun from the word before ("will visit" / "a visit"),
 * and names meetings from the capitalised words in front of a meeting word.
 */
final class TriggerFinder {
    private static final Set<String> VERB_BEFORE = Set.of("to", "will", "would", "'ll", "shall", "may", "might", "could",
            "can", "also", "and", "then", "not", "both", "later", "first", "jointly", "virtually");
    private static final Set<String> GROUP_HEADS = Set.of("leaders", "ministers", "heads", "presidents", "chiefs");
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "and", "'", "-", "on");

    private final Lexicon lexicon;

    TriggerFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Trigger> find(List<Token> tokens, PlaceFinder.Found places, List<PersonMention> persons) {
        List<Trigger> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            PhraseTable.Match<List<String[]>> m = lexicon.triggers.longestAll(tokens, i);
            if (m == null && tokens.get(i).text().indexOf('-') > 0) {
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
        if (kind.equals("travel") && (word.equals("head") || word.startsWith("fl")) && (next == null || !next.is("to"))) {
            return null;
        }
        if (word.equals("host") && next != null && (next.capitalised() && lexicon.roles.longest(tokens, to) != null
                || next.is("country") || next.is("nation") || next.is("city") || next.is("government"))) {
            return null; // "host President Joko Widodo", "the host country": who hosts, not an act of hosting
        }
        boolean verbContext = prev != null && (VERB_BEFORE.contains(prev.norm()) || Lexicon.has(lexicon.cueAt(tokens, from - 1), "future"));
        if (prev != null && (prev.is("the") || prev.is("a") || prev.is("an") || prev.is("his") || prev.is("her")
                || prev.is("their") || prev.is("'s") || prev.is("its"))) {
            verbContext = false;
        }
        if ((word.equals("chair") || word.equals("co-chair")) && !verbContext) {
            return null; // "the chair of the committee"
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

    /** "a summit of the Group of Seven", "a meeting of the North Atlantic Council": the body names the event. */
    private Trigger namedAfter(Trigger t, List<Token> tokens, PlaceFinder.Found places, List<PersonMention> persons) {
        if (!t.form().equals("noun") || t.kind().equals("visit") || t.kind().equals("trip") || t.to() + 1 >= tokens.size()
                || !tokens.get(t.to()).is("of")) {
            return t;
        }
        int from = t.to() + 1;
        // "of the", "of a new", "of the newly formed": up to three lower-case words before the body's name
        while (from < tokens.size() && from - t.to() <= 3 && tokens.get(from).word() && !tokens.get(from).capitalised()) {
            from++;
        }
        int end = from;
        while (end < tokens.size() && end - from < 8) {
            Token w = tokens.get(end);
            if (w.capitalised() && w.word() && !TokenSpan.covers(persons, end)) {
                end++;
            } else if (NAME_CONNECTORS.contains(w.norm()) && end > from && end + 1 < tokens.size() && tokens.get(end + 1).capitalised()) {
                end++;
            } else {
                break;
            }
        }
        boolean onlyPlace = true;
        for (int k = from; k < end; k++) {
            onlyPlace &= TokenSpan.covers(places.places(), k);
        }
        boolean acronym = end - from == 1 && tokens.get(from).allCaps() && tokens.get(from).text().length() >= 3; // "the BRICS bloc"
        if (end - from < 2 && !acronym || onlyPlace) { // "a meeting of Egypt": no body's name
            return t;
        }
        String name = PlaceFinder.phrase(tokens, from, end) + " " + tokens.get(t.from()).text();
        // the trigger spans the body's name, so that "with X" after it reads as the counterpart
        return new Trigger(t.from(), end, t.kind(), t.form(), t.from(), name, null);
    }

    /** "Nordic-Baltic Eight Ministerial meeting", "Shangri-La Dialogue (SLD)". */
    private Trigger named(Trigger t, List<Token> tokens, PlaceFinder.Found places, List<PersonMention> persons) {
        int k = t.from();
        boolean ownWord = false;
        String innerAcronym = null;
        // "the APEC leaders' meeting", "the SCO foreign ministers' meeting": who meets, between the body and the word
        if (k >= 2 && tokens.get(k - 1).is("'") && GROUP_HEADS.contains(tokens.get(k - 2).norm())) {
            k -= 2;
            while (k > 0 && k > t.from() - 5 && tokens.get(k - 1).word() && !tokens.get(k - 1).capitalised()
                    && lexicon.portfolioWords.contains(tokens.get(k - 1).norm())) {
                k--;
            }
        }
        if (k >= 3 && tokens.get(k - 1).is(")") && tokens.get(k - 2).allCaps() && tokens.get(k - 3).is("(")) {
            innerAcronym = tokens.get(k - 2).text(); // "Asia-Pacific Economic Cooperation (APEC) leaders' meeting"
            k -= 3;
        }
        while (k > 0) {
            Token prev = tokens.get(k - 1);
            if (prev.capitalised() && prev.word() && !TokenSpan.covers(persons, k - 1) && !(k - 1 == 0 && prev.is("the"))
                    && !prev.is("the") && !prev.is("a") && !prev.is("in") && !prev.is("on") && !prev.is("at")) {
                if (!TokenSpan.covers(places.places(), k - 1) && !Calendar.isCalendarWord(prev.norm())) {
                    ownWord = true;
                }
                k--;
            } else if (NAME_CONNECTORS.contains(prev.norm()) && k > 1 && tokens.get(k - 2).capitalised()) {
                k--;
            } else if (Character.isDigit(prev.text().charAt(0)) && k > 2 && tokens.get(k - 2).is("of") && tokens.get(k - 3).capitalised()) {
                k--; // "Group of 20 summit"
            } else {
                break;
            }
        }
        boolean headCapital = tokens.get(t.from()).capitalised();
        if (!ownWord || (k == t.from() && !headCapital)) {
            return namedAfter(t, tokens, places, persons);
        }
        int end = t.to();
        String acronym = innerAcronym;
        if (end + 2 < tokens.size() + 0 && end + 2 <= tokens.size() - 1 && tokens.get(end).is("(")
                && tokens.get(end + 1).allCaps() && tokens.get(end + 2).is(")")) {
            acronym = tokens.get(end + 1).text();
        }
        String name = PlaceFinder.phrase(tokens, k, end);
        if (acronym != null && !name.contains("(" + acronym + ")")) {
            name = name + " (" + acronym + ")";
        }
        return new Trigger(t.from(), t.to(), t.kind(), t.form(), k, name, acronym);
    }


}
