package org.diplocal.extract;

/** A fixed set of normalised words, tested straight on a token (see {@link WordMap}). */
final class WordSet {
    private final WordMap<Boolean> words = new WordMap<>();

    private WordSet() {
    }

    static WordSet of(String... words) {
        WordSet set = new WordSet();
        for (String w : words) {
            set.words.put(w, Boolean.TRUE);
        }
        return set;
    }

    void add(String word) {
        words.put(word, Boolean.TRUE);
    }

    boolean contains(Token t) {
        return words.get(t) != null;
    }

    boolean contains(String word) {
        return words.get(word) != null;
    }
}
