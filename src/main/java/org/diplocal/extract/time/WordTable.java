package org.diplocal.extract.time;

import java.util.Map;

/**
 * An open-addressing table from lower-case words to what the tagger knows of them, looked up straight from the
 * text (lower-casing on the fly) so that tokenizing allocates nothing.
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
            int slot = hash(k, 0, k.length) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = k;
            values[slot] = e.getValue();
            int bit = shape(k[0], k[k.length - 1], k.length);
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
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + lower(text[i]);
        }
        int slot = mix(h) & mask;
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

    private static int hash(char[] k, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + k[i];
        }
        return mix(h);
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }
}
