package org.diplocal.extract;

import java.text.Normalizer;

/**
 * Splits text into words and punctuation in one pass. Keeps "Gyu-back", "U.S.", "D.C." and
 * "O'Brien" whole, splits the possessive "'s" off ("Japan's" → "Japan", "'s").
 */
final class Tokenizer {
    /** ASCII chars by what the tokenizer asks of them, so that the common case skips {@link Character}'s tables */
    private static final boolean[] ASCII_ALNUM = new boolean[128];
    private static final boolean[] ASCII_SKIPPED = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_ALNUM[c] = Character.isLetterOrDigit(c);
            ASCII_SKIPPED[c] = Character.isWhitespace(c) || Character.isISOControl(c);
        }
    }

    private Tokenizer() {
    }

    static boolean isLetterOrDigit(char c) {
        return c < 128 ? ASCII_ALNUM[c] : Character.isLetterOrDigit(c);
    }

    /** White space and control chars: between tokens */
    private static boolean skipped(char c) {
        return c < 128 ? ASCII_SKIPPED[c] : Character.isWhitespace(c) || Character.isISOControl(c);
    }

    /** Inside a word: a letter, a digit or a combining mark (ASCII has none) */
    private static boolean wordChar(char c) {
        return c < 128 ? ASCII_ALNUM[c] : Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static TokenList tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    static TokenList tokenize(String text, int from, int to) {
        TokenList out = new TokenList(text, (to - from) / 5);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (skipped(c)) {
                i++;
                continue;
            }
            if (!isLetterOrDigit(c)) {
                if (isApostrophe(c) && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 >= to || !isLetterOrDigit(text.charAt(i + 2)))) {
                    out.add(i, i + 2);
                    i += 2;
                    continue;
                }
                int len = Character.charCount(text.codePointAt(i));
                out.add(i, Math.min(to, i + len));
                i += len;
                continue;
            }
            int j = i;
            while (j < to) {
                char d = text.charAt(j);
                if (wordChar(d)) {
                    j++;
                } else if ((d == '-' || d == '&' || d == '.' || isApostrophe(d)) && j + 1 < to
                        && isLetterOrDigit(text.charAt(j + 1))
                        && !(isApostrophe(d) && possessive(text, j + 1, to))) {
                    j++;
                } else {
                    break;
                }
            }
            // Dotted abbreviations keep their last dot: "U.S." "D.C." (letters separated by dots).
            if (j < to && text.charAt(j) == '.' && j - i >= 2 && text.charAt(j - 2) == '.') {
                j++;
            }
            out.add(i, j);
            i = j;
        }
        return out;
    }

    private static boolean possessive(String text, int at, int to) {
        return (text.charAt(at) == 's' || text.charAt(at) == 'S') && (at + 1 >= to || !isLetterOrDigit(text.charAt(at + 1)));
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** Lower case, diacritics stripped, dots dropped, curly apostrophes straightened. */
    static String normalise(String surface) {
        boolean plain = true;
        for (int i = 0; i < surface.length() && plain; i++) {
            char c = surface.charAt(i);
            plain = c < 0x80 && c != '.' && !(c >= 'A' && c <= 'Z');
        }
        if (plain) {
            return surface;
        }
        String s = surface;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                s = Normalizer.normalize(s, Normalizer.Form.NFKD);
                break;
            }
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' && s.length() > 1) {
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            b.append(c == '\u2019' || c == '\u2018' ? '\'' : Character.toLowerCase(c));
        }
        return b.length() == 0 ? surface : b.toString();
    }

    /** The lookup key of a phrase: its tokens' normal forms joined by single spaces. */
    static String key(String phrase) {
        StringBuilder b = new StringBuilder();
        TokenList tokens = tokenize(phrase);
        for (int k = 0; k < tokens.size(); k++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(tokens.norm(k));
        }
        return b.toString();
    }
}
