package org.diplocal.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases looked up by the normalised key of a token n-gram, longest first: one hash probe per
 * n-gram length, never a regular expression per entry.
 */
final class PhraseTable<V> {
    record Match<V>(int from, int to, V value) {
    }

    private final Map<String, List<V>> table = new HashMap<>();
    /** first word → length of the longest phrase it opens: most tokens open none and cost one probe */
    private final Map<String, Integer> firstWords = new HashMap<>();
    private int longest = 1;

    void put(String phrase, V value) {
        String key = Tokenizer.key(phrase);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        table.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
        String[] words = key.split(" ");
        longest = Math.max(longest, words.length);
        firstWords.merge(words[0], words.length, Math::max);
    }

    /** All values stored for the longest phrase starting at {@code at}, or null. */
    Match<List<V>> longestAll(List<Token> tokens, int at) {
        Integer opens = firstWords.get(tokens.get(at).norm());
        if (opens == null) {
            return null;
        }
        int max = Math.min(opens, tokens.size() - at);
        for (int n = max; n >= 1; n--) {
            List<V> found = table.get(key(tokens, at, at + n));
            if (found != null) {
                return new Match<>(at, at + n, found);
            }
        }
        return null;
    }

    Match<V> longest(List<Token> tokens, int at) {
        Match<List<V>> m = longestAll(tokens, at);
        return m == null ? null : new Match<>(m.from(), m.to(), m.value().get(0));
    }

    boolean contains(String phrase) {
        return table.containsKey(Tokenizer.key(phrase));
    }

    static String key(List<Token> tokens, int from, int to) {
        if (to - from == 1) {
            return tokens.get(from).norm();
        }
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(tokens.get(i).norm());
        }
        return b.toString();
    }

    /** Rows of a two-or-more column data file, first column the phrase. */
    static PhraseTable<String[]> load(String resource) {
        PhraseTable<String[]> t = new PhraseTable<>();
        for (String[] row : DataFiles.rows(resource)) {
            t.put(row[0], row);
        }
        return t;
    }
}
