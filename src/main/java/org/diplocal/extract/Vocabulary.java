package org.diplocal.extract;

import java.util.Collection;

/**
 * Every word the engine's rules know (the first words of lexicon phrases, the words of word sets), numbered from 0
 * in the order the lists load: a few thousand, so that the tables indexed by id stay small. A token looks its folded form up here once ({@link TokenList#id});
 * after that the lists answer by array index, so a token costs one hash probe, not one per list it meets.
 *
 * <p>Words are only added while lists load; each addition publishes a new immutable {@link Words}, and a token
 * numbered against an older one looks itself up again (a list built after a text was tokenized still sees it).
 */
final class Vocabulary {
    /** The numbered words at one time: never changed once published. */
    static final class Words {
        private final WordMap<Integer> ids;
        private final int size;

        private Words(WordMap<Integer> ids, int size) {
            this.ids = ids;
            this.size = size;
        }

        /** The id of token {@code k}'s folded form, or -1 for a word no list knows. */
        int id(TokenList tokens, int k) {
            Integer id = ids.get(tokens, k);
            return id == null ? -1 : id;
        }
    }

    private static volatile Words current = new Words(new WordMap<>(), 0);

    private Vocabulary() {
    }

    static Words current() {
        return current;
    }

    /** The ids of the words, in order, numbering those not known yet. */
    static synchronized int[] addAll(Collection<String> words) {
        Words old = current;
        WordMap<Integer> ids = old.ids.copy();
        int size = old.size;
        int[] out = new int[words.size()];
        int k = 0;
        for (String w : words) {
            Integer id = ids.get(w);
            if (id == null) {
                id = size++;
                ids.put(w, id);
            }
            out[k++] = id;
        }
        current = new Words(ids, size);
        return out;
    }
}
