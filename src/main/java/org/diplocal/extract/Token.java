package org.diplocal.extract;

/**
 * A word or punctuation mark at {@code start..end} of the report: {@link #text} as it stands there,
 * {@link #norm} folded for lookups (lower case, no diacritics, no dots: "U.S." → "us").
 *
 * <p>Neither string is built unless asked for: the tokenizer records the span, the shape flags and the
 * hash of the folded form, and lookups ({@link WordMap}, {@link #is}) read the folded form straight from the
 * report's characters. Most words of a report are never asked for as a string.
 */
final class Token {
    /** starts with an upper-case letter */
    static final int CAPITALISED = 1;
    /** has a letter and no lower-case one */
    static final int ALL_CAPS = 2;
    /** starts with a letter or digit */
    static final int WORD = 4;
    /** all of its chars are ASCII: the folded form is read from the text on the fly */
    static final int ASCII = 8;
    static final int HYPHEN = 16;

    private final String source;
    private final int start;
    private final int end;
    private final int flags;
    /** {@code norm().hashCode()}, computed without building norm */
    private final int normHash;
    /** {@code norm().length()} */
    private final int normLength;
    private String text;
    private String norm;
    /** {@link #id}, and the vocabulary it was read from */
    private int id;
    private Vocabulary.Words idFrom;

    private Token(String source, int start, int end, int flags, int normHash, int normLength, String norm) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.flags = flags;
        this.normHash = normHash;
        this.normLength = normLength;
        this.norm = norm;
    }

    /** What a char adds to what {@link #of} has seen of a token */
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

    /** The token at {@code source[start, end)}. */
    static Token of(String source, int start, int end) {
        int seen = 0;
        boolean dropDots = end - start > 1;
        int h = 0; // of the folded form, while the chars are ASCII
        int length = 0;
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
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
        int flags = ((seen & (SEEN_LOWER | SEEN_LETTER)) == SEEN_LETTER ? ALL_CAPS : 0) | (ascii ? ASCII : 0)
                | ((seen & SEEN_HYPHEN) != 0 ? HYPHEN : 0);
        char c0 = source.charAt(start);
        if (c0 < 0x80) {
            flags |= (c0 >= 'A' && c0 <= 'Z' ? CAPITALISED : 0) | (Tokenizer.isLetterOrDigit(c0) ? WORD : 0);
        } else {
            // the first code point within the token: a lone high surrogate at its end stays alone
            int first = end - start > 1 ? source.codePointAt(start) : c0;
            flags |= (Character.isUpperCase(first) ? CAPITALISED : 0) | (Character.isLetterOrDigit(first) ? WORD : 0);
        }
        if (ascii && length > 0) { // (no chars left: the norm is the text itself, as Tokenizer.normalise has it)
            return new Token(source, start, end, flags, h, length, null);
        }
        String norm = Tokenizer.normalise(source.substring(start, end));
        return new Token(source, start, end, flags, norm.hashCode(), norm.length(), norm);
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String text() {
        if (text == null) {
            text = source.substring(start, end);
        }
        return text;
    }

    String norm() {
        if (norm == null) {
            norm = Tokenizer.normalise(text());
        }
        return norm;
    }

    int length() {
        return end - start;
    }

    char charAt(int k) {
        return source.charAt(start + k);
    }

    int indexOf(char c) {
        if (c == '-' && (flags & HYPHEN) == 0) {
            return -1;
        }
        for (int i = start; i < end; i++) {
            if (source.charAt(i) == c) {
                return i - start;
            }
        }
        return -1;
    }

    /** Whether the folded form holds a space: only a non-ASCII mark can fold to one ("\u00a8" → " "). */
    boolean normHasSpace() {
        return (flags & ASCII) == 0 && norm().indexOf(' ') >= 0;
    }

    /** The {@link Vocabulary} id of the folded form, or -1 for a word no list knows. */
    int id() {
        Vocabulary.Words words = Vocabulary.current();
        if (idFrom != words) {
            id = words.id(this);
            idFrom = words;
        }
        return id;
    }

    int normHash() {
        return normHash;
    }

    boolean capitalised() {
        return (flags & CAPITALISED) != 0;
    }

    boolean allCaps() {
        return (flags & ALL_CAPS) != 0;
    }

    boolean word() {
        return (flags & WORD) != 0;
    }

    /** Whether the folded form is {@code normalised}. */
    boolean is(String normalised) {
        if (normalised.length() != normLength) {
            return false;
        }
        if ((flags & ASCII) == 0 || norm != null) {
            return norm().equals(normalised);
        }
        int k = 0;
        int n = normalised.length();
        boolean dropDots = end - start > 1;
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            if (c == '.' && dropDots) {
                continue;
            }
            if (k == n || normalised.charAt(k) != lowerAscii(c)) {
                return false;
            }
            k++;
        }
        return k == n;
    }

    /** Whether the folded form is {@code key}'s chars: {@link #is} for the keys of a {@link WordMap}. */
    boolean is(char[] key) {
        if (key.length != normLength) {
            return false;
        }
        if ((flags & ASCII) == 0 || norm != null) {
            String s = norm();
            if (s.length() != key.length) {
                return false;
            }
            for (int i = 0; i < key.length; i++) {
                if (s.charAt(i) != key[i]) {
                    return false;
                }
            }
            return true;
        }
        int k = 0;
        boolean dropDots = end - start > 1;
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            if (c == '.' && dropDots) {
                continue;
            }
            if (k == key.length || key[k] != lowerAscii(c)) {
                return false;
            }
            k++;
        }
        return k == key.length;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    @Override
    public String toString() {
        return "Token[text=" + text() + ", start=" + start + ", end=" + end + ", norm=" + norm() + "]";
    }
}
