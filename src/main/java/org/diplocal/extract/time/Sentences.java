package org.diplocal.extract.time;

/**
 * Cheap sentence bounds around a position, good enough to scope tense cues and to attach a bare clock time
 * to a date of its sentence. Scans at most {@link #REACH} characters each way.
 */
public final class Sentences {

    static final int REACH = 300;

    /** Capitalised words that open a sentence and never go on a name or an abbreviation's phrase. */
    private static final java.util.Set<String> OPENERS = java.util.Set.of("On", "The", "In", "At", "During", "After",
            "Before", "Later", "Then", "He", "She", "They", "It", "We", "This", "That", "These", "There", "His", "Her",
            "Their", "A", "An", "Both");
    private static final int LONGEST_OPENER = OPENERS.stream().mapToInt(String::length).max().orElse(0);
    /**
     * Titles written short before a name, whose stop ends no sentence: "On Tuesday, Hon. X will ...", "Gen. X" (the
     * two-letter ones, "Dr.", "Lt.", never end one). The extraction rules keep their own list of abbreviations; the
     * tagger reads no file of theirs.
     */
    private static final String[] TITLES = {"Hon", "Gen", "Sen", "Rep", "Col", "Amb", "Rev", "Gov", "Adm", "Maj", "Capt",
        "Prof", "Cdr", "Cmdr", "Brig", "Sgt", "Supt", "Insp"};

    private Sentences() {
    }

    /**
     * Whether the word at {@code at}, after an abbreviation that starts at {@code abbreviation}, opens a sentence: "at
     * 10 a.m. On Tuesday, ..." ends at "a.m."; but a programme's "6:30 p.m. The Prime Minister will ..." is one item.
     */
    public static boolean opensASentence(CharSequence text, int abbreviation, int at) {
        if (!Character.isLowerCase(text.charAt(abbreviation))) {
            return false; // "H.M. The King", "U.S. The": capitals may go on a title or a name
        }
        int end = at;
        while (end < text.length() && end - at <= LONGEST_OPENER && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end == at || end - at > LONGEST_OPENER || end >= text.length() || !isSpace(text.charAt(end)) && text.charAt(end) != ',') {
            return false;
        }
        int k = abbreviation;
        while (k > 0 && (isSpace(text.charAt(k - 1)) && text.charAt(k - 1) != '\n' || text.charAt(k - 1) == ':'
                || text.charAt(k - 1) == '.' || Character.isDigit(text.charAt(k - 1)))) {
            k--;
        }
        if (k == 0 || text.charAt(k - 1) == '\n') {
            return false; // nothing but a clock time since the line began
        }
        return OPENERS.contains(text.subSequence(at, end).toString());
    }

    /** Whether the word at {@code at} is one that opens a sentence and never goes on a name ("The", "He", "In"). */
    public static boolean isOpener(CharSequence text, int at) {
        int end = at;
        while (end < text.length() && end - at <= LONGEST_OPENER && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > at && end - at <= LONGEST_OPENER && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))
                && OPENERS.contains(text.subSequence(at, end).toString());
    }

    /**
     * The word of {@code length} letters at {@code from} is a short title ("Hon"), not a name's last word: no
     * capitalised word right before it ("met the envoy, Amar Sen." ends there).
     */
    private static boolean aTitleBeforeAName(char[] text, int from, int length) {
        if (length < 3 || length > 4) {
            return false;
        }
        boolean title = false;
        for (int n = 0; n < TITLES.length && !title; n++) {
            String t = TITLES[n];
            title = t.length() == length;
            for (int i = 0; title && i < length; i++) {
                title = text[from + i] == t.charAt(i);
            }
        }
        int k = from - 1;
        while (k >= 0 && text[k] == ' ') {
            k--;
        }
        // after a comma it opens an appositive ("On Thursday, Hon. X will"), right after a capitalised word it ends a name
        return title && (k < 0 || !Character.isLetter(text[k]) || !Character.isUpperCase(wordStart(text, k)));
    }

    private static char wordStart(char[] text, int end) {
        int k = end;
        while (k > 0 && Character.isLetter(text[k - 1])) {
            k--;
        }
        return text[k];
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

    /** Where the dotted abbreviation whose last stop is at {@code dot} starts: "a.m." in "10 a.m.". */
    private static int abbreviationStart(char[] text, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetter(text[k - 1]) || text[k - 1] == '.')) {
            k--;
        }
        return k;
    }

    /** White space, including the no-break spaces news copy puts in "Nov.\u00a04" or "10\u00a0a.m.". */
    public static boolean isSpace(char c) {
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
        if (aTitleBeforeAName(text, k + 1, wordLength)) {
            return false;
        }
        boolean dotted = k >= 0 && text[k] == '.';
        return wordLength > 3 || wordLength > 0 && !dotted && Character.isLowerCase(text[i - 1]) && wordLength > 2
                || dotted && Character.isLowerCase(text[abbreviationStart(text, i)])
                    && opensASentence(java.nio.CharBuffer.wrap(text), abbreviationStart(text, i), j);
    }
}
