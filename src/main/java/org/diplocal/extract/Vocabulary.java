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
         * {@link #ids} again, flat, for the lookup of every token of every report: per slot the word's hash with its
         * low bit set, 0 for a free slot. A probe reads one int here, so the words no list knows (most of a text)
         * cost one small array; only a match reads the id and compares the chars in {@link #chars}.
         */
        private final int[] tags;
        private final int[] slotIds;
        private final int[] offsets;
        private final int[] lengths;
        private final char[] chars;
        private final int mask;

        private Words(WordMap<Integer> ids, int size) {
            this.ids = ids;
            this.size = size;
            int capacity = Integer.highestOneBit(Math.max(16, size * 3) - 1) << 1;
            mask = capacity - 1;
            tags = new int[capacity];
            slotIds = new int[capacity];
            offsets = new int[capacity];
            lengths = new int[capacity];
            StringBuilder pool = new StringBuilder();
            ids.forEachKey(word -> {
                int h = word.hashCode();
                int slot = mix(h) & mask;
                while (tags[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                tags[slot] = h | 1;
                slotIds[slot] = ids.get(word);
                offsets[slot] = pool.length();
                lengths[slot] = word.length();
                pool.append(word);
            });
            chars = pool.toString().toCharArray();
        }

        /** The id of token {@code k}'s folded form, or -1 for a word no list knows. */
        int id(TokenList tokens, int k) {
            int h = tokens.normHash(k);
            int tag = h | 1;
            for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
                int t = tags[slot];
                if (t == 0) {
                    return -1;
                }
                if (t == tag && tokens.is(k, chars, offsets[slot], lengths[slot])) {
                    return slotIds[slot];
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
