package org.diplocal.extract;

import java.text.Normalizer;

/**
 * Splits text into words and punctuation in one pass. Keeps "Gyu-back", "U.S.", "D.C." and
 * "O'Brien" whole, splits the possessive "'s" off ("Japan's" → "Japan", "'s") and so the clitics "'ll", "'re",
 * "'ve" and "'d" ("he'll" → "he", "'ll"), so that a pronoun is the word it is.
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
        return tokenize(text, text.toCharArray(), 0, text.length());
    }

    /**
     * The tokens of {@code text[from, to)}; {@code chars} holds the text's chars, read instead of the string
     * (one copy for all the sentences of a report, and an array is cheaper to read than a string).
     */
    static TokenList tokenize(String text, char[] chars, int from, int to) {
        TokenList out = new TokenList(text, chars, (to - from) / 4); // news copy: 5.3 chars a token
        int i = from;
        while (i < to) {
            char c = chars[i];
            if (skipped(c)) {
                i++;
                continue;
            }
            if (!isLetterOrDigit(c)) {
                int clitic = isApostrophe(c) ? clitic(chars, i + 1, to) : 0;
                if (clitic > 0) {
                    out.add(i, i + 1 + clitic);
                    i += 1 + clitic;
                    continue;
                }
                int len = Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1]) ? 2 : 1;
                out.add(i, Math.min(to, i + len));
                i += len;
                continue;
            }
            // the word's shape and folded hash are read as it is scanned (TokenList.addAsciiWord), while it is ASCII
            int j = i;
            int seen = 0;
            int hash = 0;
            int folded = 0;
            while (j < to) {
                char d = chars[j];
                if (wordChar(d)) {
                    j++;
                } else if ((d == '-' || d == '&' || d == '.' || isApostrophe(d)) && j + 1 < to
                        && isLetterOrDigit(chars[j + 1])
                        && !(isApostrophe(d) && clitic(chars, j + 1, to) > 0)) {
                    j++;
                } else {
                    break;
                }
                if (d < 0x80) {
                    seen |= TokenList.asciiSeen(d);
                    if (d != '.') { // a word of two chars or more: its dots fold away
                        hash = 31 * hash + TokenList.lowerAscii(d);
                        folded++;
                    }
                } else {
                    seen = -1;
                }
            }
            // Dotted abbreviations keep their last dot: "U.S." "D.C." (letters separated by dots).
            if (j < to && chars[j] == '.' && j - i >= 2 && chars[j - 2] == '.') {
                j++;
            }
            if (seen >= 0) {
                out.addAsciiWord(i, j, seen, hash, folded);
            } else {
                out.add(i, j);
            }
            i = j;
        }
        return out;
    }

    /**
     * The text with an en dash between a letter and a capital read as a hyphen, "the Belgium–Viet Nam Joint Committee"
     * as "Belgium-Viet", one word whose parts are found as a hyphenated word's are. Of the same length; a dash between
     * digits ("15–17 March"), set off by spaces, or opening an aside in lower case ("Museveni–his closest ally–in
     * Kampala") is left to the time tagger and the clause rules.
     */
    static String wordDashesAsHyphens(String text) {
        int at = text.indexOf('\u2013');
        if (at < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (; at >= 0; at = text.indexOf('\u2013', at + 1)) {
            if (at > 0 && at + 1 < chars.length && Character.isLetter(chars[at - 1]) && Character.isUpperCase(chars[at + 1])) {
                chars[at] = '-';
            }
        }
        return new String(chars);
    }

    /** The length of the clitic after an apostrophe at {@code at} ("s", "ll", "re", "ve", "d"), 0 if none. */
    private static int clitic(char[] chars, int at, int to) {
        if (at >= to) {
            return 0;
        }
        char a = Character.toLowerCase(chars[at]);
        char b = at + 1 < to ? Character.toLowerCase(chars[at + 1]) : ' ';
        int len = a == 's' || a == 'd' ? 1 : a == 'l' && b == 'l' || a == 'r' && b == 'e' || a == 'v' && b == 'e' ? 2 : 0;
        return len > 0 && (at + len >= to || !isLetterOrDigit(chars[at + len])) ? len : 0;
    }

    /** ', ’, and ‘ as GeoNames writes the glottal stop of "Nuku‘alofa", which reports write "Nuku'alofa". */
    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018';
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
            if (s.charAt(i) >= 0x80 && !nfkdKeeps(s.charAt(i))) {
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

    /**
     * By BMP char: whether NFKD leaves a text holding it as it is, as far as this char goes: 1 yes, 2 no, 0 not asked
     * yet. Filled as chars come (a race writes the same value), so that curly quotes and dashes skip the costly
     * {@link Normalizer}.
     */
    private static final byte[] NFKD_KEEPS = new byte[65536];

    /**
     * Whether NFKD maps the char to itself and it is no mark: marks (the only chars with a combining class) can be
     * reordered by their neighbours, so a text of such chars and ASCII is its own NFKD.
     */
    private static boolean nfkdKeeps(char c) {
        byte known = NFKD_KEEPS[c];
        if (known == 0) {
            int type = Character.getType(c);
            boolean keeps = !Character.isSurrogate(c) && type != Character.NON_SPACING_MARK
                    && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFKD);
            known = keeps ? (byte) 1 : (byte) 2;
            NFKD_KEEPS[c] = known;
        }
        return known == 1;
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
