package org.diplocal.extract.time;

/**
 * Cheap sentence bounds around a position, good enough to scope tense cues and to attach a bare clock time
 * to a date of its sentence. Scans at most {@link #REACH} characters each way.
 */
final class Sentences {

    static final int REACH = 300;

    private Sentences() {
    }

    /** Offset where the sentence holding {@code pos} starts. */
    static int start(char[] text, int pos) {
        int limit = Math.max(0, pos - REACH);
        for (int i = pos - 1; i > limit; i--) {
            if (isBoundary(text, i)) {
                return i + 1;
            }
        }
        return limit;
    }

    /** White space, including the no-break spaces news copy puts in "Nov.\u00a04" or "10\u00a0a.m.". */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
    }

    /** True when there is no sentence boundary in {@code [from, to)}. */
    static boolean same(char[] text, int from, int to) {
        if (to - from > REACH) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (isBoundary(text, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A blank line, or a full stop, question or exclamation mark followed by white space and a capital or quote,
     * unless the stop ends a short abbreviation ("Nov.", "U.S.", "p.m.", "Dr.").
     */
    static boolean isBoundary(char[] text, int i) {
        char c = text[i];
        if (c == '\n') {
            return i + 1 < text.length && text[i + 1] == '\n' || i > 0 && text[i - 1] == '\n';
        }
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        int j = i + 1;
        if (j < text.length && (text[j] == '"' || text[j] == '\u201d' || text[j] == '\'')) {
            j++;
        }
        if (j >= text.length || !isSpace(text[j])) {
            return j >= text.length;
        }
        while (j < text.length && isSpace(text[j])) {
            j++;
        }
        if (j < text.length && !Character.isUpperCase(text[j]) && text[j] != '"' && text[j] != '\u201c') {
            return false;
        }
        if (c != '.') {
            return true;
        }
        int k = i - 1;
        while (k >= 0 && Character.isLetter(text[k])) {
            k--;
        }
        int wordLength = i - 1 - k;
        boolean dotted = k >= 0 && text[k] == '.';
        return wordLength > 3 || wordLength > 0 && !dotted && Character.isLowerCase(text[i - 1]) && wordLength > 2;
    }
}
