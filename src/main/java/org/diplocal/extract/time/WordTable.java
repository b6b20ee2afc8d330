package org.diplocal.extract.time;

import java.util.Map;

/**
 * An open-addressing table from lower-case words to what the tagger knows of them, looked up straight from the
 * text (lower-casing on the fly) so that tokenizing allocates nothing. A word is hashed by its shape (first letter,
 * last letter, length), which the filter in front of the table computes anyway; the few keys of one shape
 * ("the", "tue") are told apart by comparing characters.
 */
final class WordTable {

    /**
     * What a word (or a number of one shape) is to the tagger.
     *
     * @param rules     the rules it triggers, or null
     * @param afterLead the rules it triggers only right after a lead word, or null
     * @param reachable for an anchor: by rule index, whether the rule's regex can match this word; else null
     */
    record Entry(Rule[] rules, Rule[] afterLead, boolean anchor, boolean lead, boolean digit, boolean[] reachable) {
    }

    private final WordShapes shapes = new WordShapes();
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
            int slot = slot(shapes.add(k));
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = k;
            values[slot] = e.getValue();
        }
        longest = max;
    }

    /** The entry of {@code text[start, end)} lower-cased, or null. */
    Entry get(char[] text, int start, int end) {
        int len = end - start;
        if (len > longest) {
            return null;
        }
        int shape = WordShapes.of(text, start, end);
        if (!shapes.has(shape)) {
            return null;
        }
        int slot = slot(shape);
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

    private static boolean same(char[] key, char[] text, int start) {
        for (int i = 0; i < key.length; i++) {
            char c = text[start + i];
            if (c != key[i] && WordShapes.lower(c) != key[i]) {
                return false;
            }
        }
        return true;
    }

    private int slot(int shape) {
        return shape * 0x9E3779B9 >>> 16 & mask;
    }
}
