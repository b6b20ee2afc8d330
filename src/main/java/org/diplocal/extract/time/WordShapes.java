package org.diplocal.extract.time;

/**
 * The shapes (first letter, last letter, length) of a table's keys, one bit each: most words of a text are told
 * not to be keys on their shape alone, before any hashing or comparing.
 */
final class WordShapes {

    /** Per UTF-16 unit: the letter a..z (1..26) it lower-cases to, else 0; a load instead of branches per word. */
    private static final byte[] LETTER = new byte[65536];

    static {
        for (int c = 0; c < LETTER.length; c++) {
            LETTER[c] = (byte) letter(lower((char) c));
        }
    }

    private final long[] bits = new long[27 * 27 * 32 / 64 + 1];

    /** Adds the shape of a lower-case key; returns it. */
    int add(char[] key) {
        int shape = shape(key[0], key[key.length - 1], key.length);
        bits[shape >>> 6] |= 1L << shape;
        return shape;
    }

    /** The shape of {@code text[start, end)} lower-cased. */
    static int of(char[] text, int start, int end) {
        return (LETTER[text[start]] * 27 + LETTER[text[end - 1]]) * 32 + Math.min(end - start, 31);
    }

    boolean has(int shape) {
        return (bits[shape >>> 6] & (1L << shape)) != 0;
    }

    /** The lower case of a character as the tables compare it (ASCII fast, else {@link Character#toLowerCase}). */
    static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 128 ? c : Character.toLowerCase(c);
    }

    private static int shape(char first, char last, int len) {
        return (letter(first) * 27 + letter(last)) * 32 + Math.min(len, 31);
    }

    private static int letter(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' + 1 : 0;
    }
}
