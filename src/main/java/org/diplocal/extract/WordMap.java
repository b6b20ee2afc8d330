package org.diplocal.extract;

/**
 * Normalised words (as {@link TokenList#norm} folds them) to values, by open addressing. {@link #get(TokenList, int)} reads the
 * token's folded form from the report's characters, so a lookup builds no string, and a word that is not in the
 * map costs one probe. Null values stand for no mapping.
 */
final class WordMap<V> {
    private char[][] keys = new char[8][];
    /**
     * Per slot the key's hash with its low bit set, 0 for a free slot: a probe for a word that is not here (most
     * words of a text) reads this array only, not the keys.
     */
    private int[] tags = new int[8];
    private Object[] values = new Object[8];
    private int size;

    void put(String word, V value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int h = word.hashCode();
        int slot = find(word, h);
        if (keys[slot] == null) {
            keys[slot] = word.toCharArray();
            tags[slot] = h | 1;
            size++;
        }
        values[slot] = value;
    }

    /** A map with the same entries, to be changed apart from this one. */
    WordMap<V> copy() {
        WordMap<V> c = new WordMap<>();
        c.keys = keys.clone();
        c.tags = tags.clone();
        c.values = values.clone();
        c.size = size;
        return c;
    }

    /** Calls {@code action} with every word that has a value. */
    void forEachKey(java.util.function.Consumer<String> action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null && values[i] != null) {
                action.accept(new String(keys[i]));
            }
        }
    }

    void putIfAbsent(String word, V value) {
        if (get(word) == null) {
            put(word, value);
        }
    }

    /** Maps the word to nothing; its slot stays, so that probes for other words pass over it. */
    void remove(String word) {
        int slot = find(word, word.hashCode());
        if (keys[slot] != null) {
            values[slot] = null;
        }
    }

    /** The value of token {@code k}'s folded form, or null. */
    @SuppressWarnings("unchecked")
    V get(TokenList tokens, int k) {
        int h = tokens.normHash(k);
        int tag = h | 1;
        int mask = keys.length - 1;
        for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
            int t = tags[slot];
            if (t == 0) {
                return null;
            }
            if (t == tag && tokens.is(k, keys[slot])) {
                return (V) values[slot];
            }
        }
    }

    @SuppressWarnings("unchecked")
    V get(String word) {
        int slot = find(word, word.hashCode());
        return keys[slot] == null ? null : (V) values[slot];
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The slot of {@code word}, or the free slot where it would go. */
    private int find(String word, int h) {
        int mask = keys.length - 1;
        int slot = mix(h) & mask;
        while (tags[slot] != 0 && !(tags[slot] == (h | 1) && same(keys[slot], word))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldTags = tags;
        Object[] oldValues = values;
        keys = new char[oldKeys.length * 2][];
        tags = new int[keys.length];
        values = new Object[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = mix(hash(oldKeys[i])) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                tags[slot] = oldTags[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static boolean same(char[] key, String word) {
        if (key.length != word.length()) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code new String(key).hashCode()}: the tags keep all of the hash but its low bit */
    private static int hash(char[] key) {
        int h = 0;
        for (char c : key) {
            h = 31 * h + c;
        }
        return h;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }
}
