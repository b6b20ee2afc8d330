package org.diplocal.extract.time;

/**
 * Which characters of a text are letters or digits, one bit each, so that word starts and ends come from bit
 * arithmetic on 64 characters at a time instead of a branch at every character.
 */
final class WordBits {

    /** Per UTF-16 unit: 0 not a letter or digit, 1 a letter (or other alphanumeric), 3 a decimal digit. */
    private static final byte[] CLASS = new byte[65536];

    static {
        for (int c = 0; c < CLASS.length; c++) {
            CLASS[c] = (byte) (Character.isDigit((char) c) ? 3 : Character.isLetterOrDigit((char) c) ? 1 : 0);
        }
    }

    private final long[] bits;
    private final int length;

    WordBits(char[] text) {
        length = text.length;
        bits = new long[(length >>> 6) + 1];
        for (int base = 0; base < length; base += 64) {
            int limit = Math.min(64, length - base);
            long m = 0;
            for (int b = 0; b < limit; b++) {
                m |= (long) (CLASS[text[base + b]] & 1) << b;
            }
            bits[base >>> 6] = m;
        }
    }

    static boolean isDigit(char c) {
        return CLASS[c] == 3;
    }

    /** The number of 64-character blocks. */
    int blocks() {
        return bits.length;
    }

    /** The end of the word that holds {@code at}. */
    int endOf(int at) {
        int w = at >>> 6;
        long gaps = ~bits[w] & (-1L << (at & 63));
        while (gaps == 0) {
            gaps = ~bits[++w];
        }
        return Math.min(length, (w << 6) + Long.numberOfTrailingZeros(gaps));
    }

    /** Bits of block w where a letter or digit follows a character that is not one (or the start of the text). */
    long startsIn(int w) {
        long m = bits[w];
        long before = w == 0 ? 0 : bits[w - 1] >>> 63;
        return m & ~(m << 1 | before);
    }
}
