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
        /** ints per slot of {@link #slots}: the word's hash, its id (-1: a free slot), where its chars start, their count */
        private static final int SLOT = 4;

        private final WordMap<Integer> ids;
        private final int size;
        /**
         * {@link #ids} again, flat, for the lookup of every token of every report: a probe reads consecutive ints
         * and the chars of {@link #chars}, no key or Integer object
         */
        private final int[] slots;
        private final char[] chars;
        private final int mask;

        private Words(WordMap<Integer> ids, int size) {
            this.ids = ids;
            this.size = size;
            int capacity = Integer.highestOneBit(Math.max(16, size * 4) - 1) << 1;
            mask = capacity - 1;
            slots = new int[capacity * SLOT];
            for (int slot = 0; slot < capacity; slot++) {
                slots[slot * SLOT + 1] = -1;
            }
            StringBuilder pool = new StringBuilder();
            ids.forEachKey(word -> {
                int h = word.hashCode();
                int slot = mix(h) & mask;
                while (slots[slot * SLOT + 1] >= 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot * SLOT] = h;
                slots[slot * SLOT + 1] = ids.get(word);
                slots[slot * SLOT + 2] = pool.length();
                slots[slot * SLOT + 3] = word.length();
                pool.append(word);
            });
            chars = pool.toString().toCharArray();
        }

        /** The id of token {@code k}'s folded form, or -1 for a word no list knows. */
        int id(TokenList tokens, int k) {
            int h = tokens.normHash(k);
            for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
                int at = slot * SLOT;
                int id = slots[at + 1];
                if (id < 0) {
                    return -1;
                }
                if (slots[at] == h && tokens.is(k, chars, slots[at + 2], slots[at + 3])) {
                    return id;
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
