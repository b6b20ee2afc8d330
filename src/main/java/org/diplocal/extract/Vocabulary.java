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
        /**
         * {@link #ids} again, flat, for the lookup of every token of every report: per slot four ints side by side,
         * the word's hash with its low bit set (0 for a free slot), its id, and its offset and length in
         * {@link #chars}. A probe reads one cache line, not one per array: between two sentences the rest of the
         * engine has pushed the table out of the nearest caches.
         */
        private final int[] slots;
        private final char[] chars;
        private final int mask;

        private Words(WordMap<Integer> ids, int size) {
            this.ids = ids;
            this.size = size;
            int capacity = Integer.highestOneBit(Math.max(16, size * 3) - 1) << 1;
            mask = capacity - 1;
            slots = new int[capacity * 4];
            StringBuilder pool = new StringBuilder();
            ids.forEachKey(word -> {
                int h = word.hashCode();
                int slot = mix(h) & mask;
                while (slots[slot * 4] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot * 4] = h | 1;
                slots[slot * 4 + 1] = ids.get(word);
                slots[slot * 4 + 2] = pool.length();
                slots[slot * 4 + 3] = word.length();
                pool.append(word);
            });
            chars = pool.toString().toCharArray();
        }

        /** The id of token {@code k}'s folded form, or -1 for a word no list knows. */
        int id(TokenList tokens, int k) {
            int h = tokens.normHash(k);
            int tag = h | 1;
            for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
                int at = slot * 4;
                int t = slots[at];
                if (t == 0) {
                    return -1;
                }
                if (t == tag && tokens.is(k, chars, slots[at + 2], slots[at + 3])) {
                    return slots[at + 1];
                }
            }
        }

        private static int mix(int h) {
            return h ^ (h >>> 16);
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
