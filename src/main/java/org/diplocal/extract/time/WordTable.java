package org.diplocal.extract.time;

import java.util.Map;

/**
 * An open-addressing table from lower-case words to what the tagger knows of them, looked up straight from the
 * text (lower-casing on the fly) so that tokenizing allocates nothing. A word is hashed by its shape (first letter,
 * last letter, length), which the filter in front of the table computes anyway; the few keys of one shape
 * ("the", "tue") are told apart by comparing characters.
 */
final class WordTable {

    /** What a word is to the tagger. */
    record Entry(Rule[] rules, Rule[] afterLead, boolean anchor, boolean lead) {
    }

    /** Bit (first letter, last letter, length) of every key: most words of a text are rejected on it alone. */
    private final long[] shapes = new long[27 * 27 * 32 / 64 + 1];
    private final char[][] keys;
    private final Entry[] values;
    private final int mask;
    private final int longest;

    WordTable(Map<String, Entry> words) {
        int cap = Integer.highestOneBit(Math.max(16, words.size() * 4) - 1) << 1;
        keys = new char[cap][];
        values = new Entry[cap];
        mask = cap - 1;
        int max = 0;
        for (Map.Entry<String, Entry> e : words.entrySet()) {
            char[] k = e.getKey().toCharArray();
            max = Math.max(max, k.length);
            int bit = shape(k[0], k[k.length - 1], k.length);
            int slot = slot(bit);
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = k;
            values[slot] = e.getValue();
            shapes[bit >>> 6] |= 1L << bit;
        }
        longest = max;
    }

    /** The entry of {@code text[start, end)} lower-cased, or null. */
    Entry get(char[] text, int start, int end) {
        int len = end - start;
        if (len > longest) {
            return null;
        }
        int bit = shape(lower(text[start]), lower(text[end - 1]), len);
        if ((shapes[bit >>> 6] & (1L << bit)) == 0) {
            return null;
        }
        int slot = slot(bit);
        while (true) {
            char[] k = keys[slot];
            if (k == null) {
                return null;
            }
            if (k.length == len && same(k, text, start)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    private static int shape(char first, char last, int len) {
        return (letter(first) * 27 + letter(last)) * 32 + Math.min(len, 31);
    }

    private static int letter(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' + 1 : 0;
    }

    private static boolean same(char[] key, char[] text, int start) {
        for (int i = 0; i < key.length; i++) {
            if (key[i] != lower(text[start + i])) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 128 ? c : Character.toLowerCase(c);
    }

    private int slot(int shape) {
        return shape * 0x9E3779B9 >>> 16 & mask;
    }
}
