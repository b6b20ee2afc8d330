package org.diplocal.extract.time;

import java.util.Locale;

/**
 * A few words of a text as {@link TenseCue} reads them (a run of letters, or an apostrophe and the letters after
 * it: "he'll" is "he", "'ll"), kept as offsets with their {@link CueVocabulary} ids instead of strings.
 */
final class WordWindow {

    private static final boolean[] ASCII_LETTER = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LETTER[c] = Character.isLetter(c);
        }
    }

    private final char[] text;
    private final CueVocabulary vocabulary;
    private final int[] start;
    private final int[] end;
    private final int[] id;
    /** Whether the word has a letter beyond ASCII, whose lower case only {@link String#toLowerCase} knows. */
    private final boolean[] wide;
    private int size;

    WordWindow(char[] text, CueVocabulary vocabulary, int capacity) {
        this.text = text;
        this.vocabulary = vocabulary;
        start = new int[capacity];
        end = new int[capacity];
        id = new int[capacity];
        wide = new boolean[capacity];
    }

    /** Holds the first {@code max} words of {@code text[from, to)}. */
    WordWindow first(int from, int to, int max) {
        size = 0;
        int i = from;
        while (i < to && size < max) {
            char c = text[i];
            if (letter(c) || c == '\'' && i + 1 < to && letter(text[i + 1])) {
                int j = i + 1;
                boolean w = c >= 128;
                while (j < to && letter(text[j])) {
                    w |= text[j] >= 128;
                    j++;
                }
                add(i, j, w);
                i = j;
            } else {
                i++;
            }
        }
        return this;
    }

    /** Holds the last {@code max} words of {@code text[from, to)}: counted back by letter runs, then read forward. */
    WordWindow last(int from, int to, int max) {
        int count = 0;
        int i = to;
        while (i > from && count < max) {
            i--;
            if (letter(text[i]) && (i == from || !letter(text[i - 1]))) {
                count++;
            }
        }
        return first(i, to, max);
    }

    private void add(int s, int e, boolean w) {
        start[size] = s;
        end[size] = e;
        wide[size] = w;
        id[size] = w ? vocabulary.id(string(s, e).toLowerCase(Locale.ROOT)) : vocabulary.idOfAscii(text, s, e);
        size++;
    }

    int size() {
        return size;
    }

    /** The vocabulary id of word k in lower case, or -1. */
    int id(int k) {
        return id[k];
    }

    char firstChar(int k) {
        return text[start[k]];
    }

    /** Whether word k, as written, ends with {@code suffix}. */
    boolean endsWith(int k, String suffix) {
        int from = end[k] - suffix.length();
        if (from < start[k]) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (text[from + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether word k in lower case has at least {@code minLength} characters and ends with "ed". */
    boolean edForm(int k, int minLength) {
        if (wide[k]) {
            String lower = string(start[k], end[k]).toLowerCase(Locale.ROOT);
            return lower.length() >= minLength && lower.endsWith("ed");
        }
        int e = end[k];
        return e - start[k] >= Math.max(2, minLength) && lower(text[e - 2]) == 'e' && lower(text[e - 1]) == 'd';
    }

    /** Whether word k is written in lower case already. */
    boolean writtenLowerCase(int k) {
        if (wide[k]) {
            String s = string(start[k], end[k]);
            return s.equals(s.toLowerCase(Locale.ROOT));
        }
        for (int i = start[k]; i < end[k]; i++) {
            if (text[i] >= 'A' && text[i] <= 'Z') {
                return false;
            }
        }
        return true;
    }

    private String string(int s, int e) {
        return new String(text, s, e - s);
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static boolean letter(char c) {
        return c < 128 ? ASCII_LETTER[c] : Character.isLetter(c);
    }
}
