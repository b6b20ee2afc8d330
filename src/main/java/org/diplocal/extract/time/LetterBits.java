package org.diplocal.extract.time;

/**
 * Which characters of a text are letters ({@link Character#isLetter}), one bit each, computed 64 characters at a
 * time when first asked for: the tense cue reads a few dozen words around each mention, and with the bits it finds
 * and counts them by bit arithmetic instead of testing every character.
 */
final class LetterBits {

    /** Per UTF-16 unit: 1 for a letter, else 0. */
    private static final byte[] LETTER = new byte[65536];

    static {
        for (int c = 0; c < LETTER.length; c++) {
            LETTER[c] = (byte) (Character.isLetter((char) c) ? 1 : 0);
        }
    }

    private final char[] text;
    private final long[] bits;
    private final long[] computed;

    LetterBits(char[] text) {
        this.text = text;
        bits = new long[(text.length >>> 6) + 1];
        computed = new long[(bits.length >>> 6) + 1];
    }

    char[] text() {
        return text;
    }

    /** The first letter at or after {@code from} and before {@code to}, or -1. */
    int nextLetter(int from, int to) {
        if (from >= to) {
            return -1;
        }
        int w = from >>> 6;
        long m = block(w) & (-1L << from);
        while (m == 0) {
            w++;
            if (w << 6 >= to) {
                return -1;
            }
            m = block(w);
        }
        int i = w << 6 | Long.numberOfTrailingZeros(m);
        return i < to ? i : -1;
    }

    /** The first character at or after {@code from} that is not a letter, or {@code to} if none comes before it. */
    int endOfLetters(int from, int to) {
        int w = from >>> 6;
        long m = ~block(w) & (-1L << from);
        while (m == 0) {
            w++;
            if (w << 6 >= to) {
                return to;
            }
            m = ~block(w);
        }
        return Math.min(to, w << 6 | Long.numberOfTrailingZeros(m));
    }

    /**
     * Going back from {@code to}: the {@code count}-th position in {@code (from, to)} where a letter follows a
     * non-letter, or {@code from} when there are fewer.
     */
    int backToRunStart(int from, int to, int count) {
        int left = count;
        for (int w = (to - 1) >>> 6; to > from + 1 && w >= (from + 1) >>> 6; w--) {
            long m = block(w);
            long starts = m & ~(m << 1 | (w == 0 ? 0 : block(w - 1) >>> 63));
            int lo = Math.max(from + 1, w << 6) - (w << 6);
            int hi = Math.min(to, (w + 1) << 6) - (w << 6);
            starts &= (-1L << lo) & (hi == 64 ? -1L : (1L << hi) - 1);
            int n = Long.bitCount(starts);
            if (n >= left) {
                for (int k = 1; k < left; k++) {
                    starts &= ~Long.highestOneBit(starts);
                }
                return w << 6 | 63 - Long.numberOfLeadingZeros(starts);
            }
            left -= n;
        }
        return from;
    }

    private long block(int w) {
        if ((computed[w >>> 6] & (1L << w)) == 0) {
            int base = w << 6;
            int limit = Math.min(64, text.length - base);
            long m = 0;
            for (int b = 0; b < limit; b++) {
                m |= (long) LETTER[text[base + b]] << b;
            }
            bits[w] = m;
            computed[w >>> 6] |= 1L << w;
        }
        return bits[w];
    }
}
