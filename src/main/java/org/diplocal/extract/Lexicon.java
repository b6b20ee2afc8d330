package org.diplocal.extract;

import java.util.List;

/**
 * The word lists the engine reads, each a data file under {@code rules/} with its own format line
 * and examples: role titles, event triggers, cues (future, background, speech, virtual, status),
 * venue head-words, relative date anchors and topic cues.
 */
final class Lexicon {
    private static final String DIR = "/org/diplocal/extract/rules/";
    private static volatile Lexicon standard;

    /** title → {title, normalised role, topic domain} */
    final PhraseTable<String[]> roles = PhraseTable.load(DIR + "roles.tsv");
    /** word form → {form, kind, grammatical form} */
    final PhraseTable<String[]> triggers = PhraseTable.load(DIR + "triggers.tsv");
    /** phrase → {phrase, cue} */
    final PhraseTable<String[]> cues = PhraseTable.load(DIR + "cues.tsv");
    /** head word → {word, first|last} */
    final PhraseTable<String[]> venueHeads = PhraseTable.load(DIR + "venues.tsv");
    /** phrase → {phrase, anchor} */
    final PhraseTable<String[]> anchors = PhraseTable.load(DIR + "relative-anchors.tsv");
    /** cue → {slug, cue}; loaded with the cue first */
    final PhraseTable<String> topics = new PhraseTable<>();

    private Lexicon() {
        for (String[] row : DataFiles.rows(DIR + "topics.tsv")) {
            topics.put(row[1], row[0]);
        }
    }

    static Lexicon standard() {
        Lexicon l = standard;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (standard == null) {
                    standard = new Lexicon();
                }
                l = standard;
            }
        }
        return l;
    }

    /** The cue kinds of the longest cue phrase at {@code at}, or null. */
    PhraseTable.Match<List<String[]>> cueAt(TokenList tokens, int at) {
        return cues.longestAll(tokens, at);
    }

    static boolean has(PhraseTable.Match<List<String[]>> m, String cue) {
        if (m == null) {
            return false;
        }
        for (String[] row : m.value()) {
            if (row[1].equals(cue)) {
                return true;
            }
        }
        return false;
    }
}
