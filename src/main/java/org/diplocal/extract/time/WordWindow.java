package org.diplocal.extract.time;

import java.util.Locale;

/**
 * A few words of a text as {@link TenseCue} reads them (a run of letters, or an apostrophe and the letters after
 * it: "he'll" is "he", "'ll"), kept as offsets with their {@link CueVocabulary} ids instead of strings.
 */
final class WordWindow {

    private static final int UNREAD = -2;
    private static final byte UNKNOWN = 0;
    private static final byte NARROW = 1;
    private static final byte WIDE = 2;

    private final LetterBits letters;
    private final char[] text;
    private final CueVocabulary vocabulary;
    private final int[] start;
    private final int[] end;
    private final int[] id;
    /** Per word: UNKNOWN until asked, then NARROW (ASCII only) or WIDE. */
    private final byte[] wide;
    private int size;

    WordWindow(LetterBits letters, CueVocabulary vocabulary, int capacity) {
        this.letters = letters;
        this.text = letters.text();
        this.vocabulary = vocabulary;
        start = new int[capacity];
        end = new int[capacity];
        id = new int[capacity];
        wide = new byte[capacity];
    }

    /** Holds the first {@code max} words of {@code text[from, to)}. */
    WordWindow first(int from, int to, int max) {
        size = 0;
        int i = from;
        while (size < max) {
            int p = letters.nextLetter(i, to);
            if (p < 0) {
                break;
            }
            int s = p > i && text[p - 1] == '\'' ? p - 1 : p;
            int e = letters.endOfLetters(p + 1, to);
            add(s, e);
            i = e;
        }
        return this;
    }

    /**
     * Holds the first {@code max} words of {@code text[from, limit)} that come before the first sentence boundary
     * ({@link Sentences#isBoundary}), looked for only in the gaps between the words read (a boundary is never a
     * letter), so that the rest of a long sentence is not scanned.
     */
    WordWindow firstInSentence(int from, int limit, int max) {
        size = 0;
        int i = from;
        while (size < max) {
            int p = letters.nextLetter(i, limit);
            if (p < 0) {
                break;
            }
            for (int q = i; q < p; q++) {
                if (Sentences.isBoundary(text, q)) {
                    return this;
                }
            }
            int s = p > i && text[p - 1] == '\'' ? p - 1 : p;
            int e = letters.endOfLetters(p + 1, limit);
            add(s, e);
            i = e;
        }
        return this;
    }

    /** Holds the last {@code max} words of {@code text[from, to)}: counted back by letter runs, then read forward. */
    WordWindow last(int from, int to, int max) {
        return first(letters.backToRunStart(from, to, max), to, max);
    }

    private void add(int s, int e) {
        start[size] = s;
        end[size] = e;
        id[size] = UNREAD;
        wide[size] = UNKNOWN;
        size++;
    }

    /** Whether word k has a letter beyond ASCII, whose lower case only {@link String#toLowerCase} knows. */
    private boolean wide(int k) {
        if (wide[k] == UNKNOWN) {
            byte w = NARROW;
            for (int i = start[k]; i < end[k]; i++) {
                if (text[i] >= 128) {
                    w = WIDE;
                }
            }
            wide[k] = w;
        }
        return wide[k] == WIDE;
    }

    int size() {
        return size;
    }

    /** The vocabulary id of word k in lower case, or -1; looked up when first asked (most cues are near). */
    int id(int k) {
        int v = id[k];
        if (v == UNREAD) {
            int s = start[k];
            int e = end[k];
            v = wide(k) ? vocabulary.id(string(s, e).toLowerCase(Locale.ROOT)) : vocabulary.idOfAscii(text, s, e);
            id[k] = v;
        }
        return v;
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
        if (wide(k)) {
            String lower = string(start[k], end[k]).toLowerCase(Locale.ROOT);
            return lower.length() >= minLength && lower.endsWith("ed");
        }
        int e = end[k];
        return e - start[k] >= Math.max(2, minLength) && lower(text[e - 2]) == 'e' && lower(text[e - 1]) == 'd';
    }

    /**
     * The word joined by a hyphen before word k, in lower case ("refugee" of "refugee-led"), or null when word k
     * stands alone. Read only for the rare word after a hyphen.
     */
    String hyphenHead(int k) {
        int s = start[k];
        if (s < 2 || text[s - 1] != '-' || !Character.isLetter(text[s - 2])) {
            return null;
        }
        int h = s - 2;
        while (h > 0 && Character.isLetter(text[h - 1])) {
            h--;
        }
        return string(h, s - 1).toLowerCase(Locale.ROOT);
    }

    /** Whether word k is joined by a hyphen to a lower-case word after it: "pumped" of "pumped-storage". */
    boolean hyphenBeforeLowerCase(int k) {
        int e = end[k];
        return e + 1 < text.length && text[e] == '-' && Character.isLowerCase(text[e + 1]);
    }

    /** Whether word k is written in lower case already. */
    boolean writtenLowerCase(int k) {
        if (wide(k)) {
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
}
