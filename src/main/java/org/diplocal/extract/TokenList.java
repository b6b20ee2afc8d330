package org.diplocal.extract;

import java.util.Arrays;

/**
 * The words and punctuation marks of a sentence (or a phrase), token {@code k} at {@code start(k)..end(k)} of the
 * report: {@link #text} as it stands there, {@link #norm} folded for lookups (lower case, no diacritics, no dots:
 * "U.S." → "us").
 *
 * <p>Held as parallel arrays, filled once by the {@link Tokenizer}: the span, the shape flags, and the hash and
 * length of the folded form. No string is built unless asked for: lookups ({@link WordMap}, {@link #is}) read the
 * folded form straight from the report's characters, and most words of a report are never asked for as a string.
 * Every finder reads the same list.
 */
final class TokenList {
    /** starts with an upper-case letter */
    private static final int CAPITALISED = 1;
    /** has a letter and no lower-case one */
    private static final int ALL_CAPS = 2;
    /** starts with a letter or digit */
    private static final int WORD = 4;
    /** all of its chars are ASCII: the folded form is read from the text on the fly */
    private static final int ASCII = 8;
    private static final int HYPHEN = 16;

    /** What a char adds to what {@link #add} has seen of a token */
    private static final int SEEN_LOWER = 1;
    private static final int SEEN_LETTER = 2;
    private static final int SEEN_HYPHEN = 4;
    private static final int SEEN_NON_ASCII = 8;
    private static final byte[] ASCII_SEEN = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_SEEN[c] = (byte) ((c >= 'a' && c <= 'z' ? SEEN_LOWER | SEEN_LETTER : 0) | (c >= 'A' && c <= 'Z' ? SEEN_LETTER : 0)
                    | (c == '-' ? SEEN_HYPHEN : 0));
        }
    }

    private final String source;
    /** {@code source}'s chars, read in its place */
    private final char[] chars;
    private int size;
    private int[] start;
    private int[] end;
    private byte[] flags;
    /** {@code norm(k).hashCode()}, computed without building the norm */
    private int[] normHash;
    /** {@code norm(k).length()} */
    private int[] normLength;
    /** {@link #id}s, read as the tokens are added, and the vocabulary they were read from */
    private int[] ids;
    private Vocabulary.Words idsFrom = Vocabulary.current();
    /** norms built so far (those of non-ASCII tokens at once); null until one is */
    private String[] norms;

    TokenList(String source, char[] chars, int capacity) {
        this.source = source;
        this.chars = chars;
        int n = Math.max(4, capacity);
        start = new int[n];
        end = new int[n];
        ids = new int[n];
        flags = new byte[n];
        normHash = new int[n];
        normLength = new int[n];
    }

    /** What an ASCII char adds to the shape {@link #addAsciiWord} is told of. */
    static int asciiSeen(char c) {
        return ASCII_SEEN[c];
    }

    /**
     * Appends the word at {@code source[from, to)}, all ASCII, that the tokenizer read as it scanned it: {@code seen}
     * its chars' {@link #asciiSeen} bits, {@code hash} and {@code length} those of its folded form. Its first char is
     * a letter or digit. Gives what {@link #add} gives, without reading the chars again.
     */
    void addAsciiWord(int from, int to, int seen, int hash, int length) {
        grow();
        int f = ((seen & (SEEN_LOWER | SEEN_LETTER)) == SEEN_LETTER ? ALL_CAPS : 0) | ASCII | WORD
                | ((seen & SEEN_HYPHEN) != 0 ? HYPHEN : 0);
        char c0 = chars[from];
        f |= c0 >= 'A' && c0 <= 'Z' ? CAPITALISED : 0;
        int k = size++;
        start[k] = from;
        end[k] = to;
        normHash[k] = hash;
        normLength[k] = length;
        flags[k] = (byte) f;
        ids[k] = idsFrom.id(this, k);
    }

    private void grow() {
        if (size == start.length) {
            int n = size * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            flags = Arrays.copyOf(flags, n);
            normHash = Arrays.copyOf(normHash, n);
            normLength = Arrays.copyOf(normLength, n);
            norms = norms == null ? null : Arrays.copyOf(norms, n);
            ids = Arrays.copyOf(ids, n);
        }
    }

    /** Appends the token at {@code source[from, to)}. */
    void add(int from, int to) {
        grow();
        int seen = 0;
        boolean dropDots = to - from > 1;
        int h = 0; // of the folded form, while the chars are ASCII
        int length = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                seen |= ASCII_SEEN[c];
                if (c != '.' || !dropDots) {
                    h = 31 * h + lowerAscii(c);
                    length++;
                }
            } else {
                seen |= SEEN_NON_ASCII | (Character.isLowerCase(c) ? SEEN_LOWER : 0) | (Character.isLetter(c) ? SEEN_LETTER : 0);
            }
        }
        boolean ascii = (seen & SEEN_NON_ASCII) == 0;
        int f = ((seen & (SEEN_LOWER | SEEN_LETTER)) == SEEN_LETTER ? ALL_CAPS : 0) | (ascii ? ASCII : 0)
                | ((seen & SEEN_HYPHEN) != 0 ? HYPHEN : 0);
        char c0 = chars[from];
        if (c0 < 0x80) {
            f |= (c0 >= 'A' && c0 <= 'Z' ? CAPITALISED : 0) | (Tokenizer.isLetterOrDigit(c0) ? WORD : 0);
        } else {
            // the first code point within the token: a lone high surrogate at its end stays alone
            int first = to - from > 1 ? source.codePointAt(from) : c0;
            f |= (Character.isUpperCase(first) ? CAPITALISED : 0) | (Character.isLetterOrDigit(first) ? WORD : 0);
        }
        int k = size++;
        start[k] = from;
        end[k] = to;
        if (ascii && length > 0) {
            normHash[k] = h;
            normLength[k] = length;
        } else { // (no chars left: the norm is the text itself, as Tokenizer.normalise has it)
            f &= ~ASCII;
            String norm = Tokenizer.normalise(source.substring(from, to));
            normHash[k] = norm.hashCode();
            normLength[k] = norm.length();
            if (norms == null) {
                norms = new String[start.length];
            }
            norms[k] = norm;
        }
        flags[k] = (byte) f;
        ids[k] = idsFrom.id(this, k);
    }

    int size() {
        return size;
    }

    int start(int k) {
        return start[k];
    }

    int end(int k) {
        return end[k];
    }

    String text(int k) {
        return source.substring(start[k], end[k]);
    }

    /**
     * The texts of tokens {@code from..to-1} joined by one space wherever white space stands between two of them:
     * mostly the report's own chars, cut out at once.
     */
    String joined(int from, int to) {
        boolean asWritten = to > from;
        for (int k = from + 1; k < to && asWritten; k++) {
            int gap = start[k] - end[k - 1];
            asWritten = gap == 0 || gap == 1 && chars[end[k - 1]] == ' ';
        }
        if (asWritten) {
            return source.substring(start[from], end[to - 1]);
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && start[k] > end[k - 1]) {
                b.append(' ');
            }
            b.append(chars, start[k], end[k] - start[k]);
        }
        return b.toString();
    }

    String norm(int k) {
        if (norms == null) {
            norms = new String[start.length];
        }
        String norm = norms[k];
        if (norm == null) {
            norm = Tokenizer.normalise(text(k));
            norms[k] = norm;
        }
        return norm;
    }

    int length(int k) {
        return end[k] - start[k];
    }

    /** "17.00", "9:30", "17h00" as one token: hours and minutes (read without a regex or a string: every line is asked). */
    boolean clockFigure(int k) {
        int n = length(k);
        if (n < 4 || n > 5) {
            return false;
        }
        int sep = n - 3;
        for (int i = 0; i < n; i++) {
            if (i != sep && !Character.isDigit(charAt(k, i))) {
                return false;
            }
        }
        char c = charAt(k, sep);
        return c == '.' || c == ':' || c == 'h';
    }

    char charAt(int k, int i) {
        return chars[start[k] + i];
    }

    int indexOf(int k, char c) {
        if (c == '-' && (flags[k] & HYPHEN) == 0) {
            return -1;
        }
        for (int i = start[k]; i < end[k]; i++) {
            if (chars[i] == c) {
                return i - start[k];
            }
        }
        return -1;
    }

    /** Whether the folded form holds a space: only a non-ASCII mark can fold to one ("\u00a8" → " "). */
    boolean normHasSpace(int k) {
        return (flags[k] & ASCII) == 0 && norm(k).indexOf(' ') >= 0;
    }

    /** The {@link Vocabulary} id of the folded form, or -1 for a word no list knows. */
    int id(int k) {
        // small enough for the JIT to inline at every call: the renumbering is a call of its own
        return idsFrom == Vocabulary.current() ? ids[k] : renumbered(k);
    }

    /** {@link #id} when the vocabulary grew since the tokens were read: a list loaded after them. */
    private int renumbered(int k) {
        Vocabulary.Words words = Vocabulary.current();
        for (int i = 0; i < size; i++) {
            ids[i] = words.id(this, i);
        }
        idsFrom = words;
        return ids[k];
    }

    int normHash(int k) {
        return normHash[k];
    }

    boolean capitalised(int k) {
        return (flags[k] & CAPITALISED) != 0;
    }

    boolean allCaps(int k) {
        return (flags[k] & ALL_CAPS) != 0;
    }

    boolean word(int k) {
        return (flags[k] & WORD) != 0;
    }

    /** Whether a token in {@code from..to} (exclusive) reads {@code normalised}. */
    boolean containsBetween(int from, int to, String normalised) {
        return find(normalised, from, to) >= 0;
    }

    /** The first token in {@code from..to} (exclusive) that reads {@code normalised}, or -1. */
    int find(String normalised, int from, int to) {
        for (int k = from; k < to; k++) {
            if (is(k, normalised)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether token {@code k} is an ordinal figure: "153rd", "21st", "5th". */
    boolean ordinalFigure(int k) {
        int n = length(k);
        if (n < 3 || !Character.isDigit(charAt(k, 0))) {
            return false;
        }
        String suffix = norm(k).substring(n - 2);
        return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
    }

    /** Whether the folded form of token {@code k} is {@code normalised}; false for a {@code k} outside the list. */
    boolean is(int k, String normalised) {
        // the length decides most calls: small enough to be inlined where it is called (a rule that reads one token
        // past the end gets false, not an exception that would empty the whole report)
        return k >= 0 && k < size && normalised.length() == normLength[k] && sameNorm(k, normalised);
    }

    private boolean sameNorm(int k, String normalised) {
        if (normalised.hashCode() != normHash[k]) {
            return false;
        }
        if ((flags[k] & ASCII) == 0) {
            return norm(k).equals(normalised);
        }
        int n = 0;
        boolean dropDots = end[k] - start[k] > 1;
        for (int i = start[k]; i < end[k]; i++) {
            char c = chars[i];
            if (c == '.' && dropDots) {
                continue;
            }
            if (normalised.charAt(n) != lowerAscii(c)) {
                return false;
            }
            n++;
        }
        return true;
    }

    /** Whether the folded form of token {@code k} is {@code key}'s chars: {@link #is} for a {@link WordMap}'s keys. */
    boolean is(int k, char[] key) {
        return is(k, key, 0, key.length);
    }

    /** Whether the folded form of token {@code k} is {@code pool[from, from + length)}. */
    boolean is(int k, char[] pool, int from, int length) {
        if (length != normLength[k]) {
            return false;
        }
        if ((flags[k] & ASCII) == 0) {
            String s = norm(k);
            for (int i = 0; i < length; i++) {
                if (s.charAt(i) != pool[from + i]) {
                    return false;
                }
            }
            return true;
        }
        int n = from;
        boolean dropDots = end[k] - start[k] > 1;
        for (int i = start[k]; i < end[k]; i++) {
            char c = chars[i];
            if (c == '.' && dropDots) {
                continue;
            }
            if (pool[n] != lowerAscii(c)) {
                return false;
            }
            n++;
        }
        return true;
    }

    static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("[");
        for (int k = 0; k < size; k++) {
            b.append(k > 0 ? ", " : "").append(text(k));
        }
        return b.append(']').toString();
    }
}
