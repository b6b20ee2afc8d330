package org.diplocal.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a report into sentences at line breaks and at . ! ? followed by a capital, a digit or a
 * quote, except after abbreviations ("Nov. 4", "Dr. Kim", "U.S. officials").
 */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = new HashSet<>();
    /** the length of the longest of {@link #ABBREVIATIONS}: a longer word before a stop is none of them */
    private static final int LONGEST_ABBREVIATION;
    /** Hard limit of one sentence, in chars: the longest in the seed and test reports is under 400. */
    static final int MAX_CHARS = 2_000;

    static {
        for (String[] row : DataFiles.rows("/org/diplocal/extract/rules/abbreviations.txt")) {
            ABBREVIATIONS.add(row[0].toLowerCase());
        }
        LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);
    }

    private SentenceSplitter() {
    }

    static List<Sentence> split(String text) {
        return split(text, text.toCharArray());
    }

    /** {@link #split(String)} for a caller that holds the text's chars already. */
    static List<Sentence> split(String text, char[] chars) {
        return split(text, text, chars);
    }

    /**
     * The sentences of {@code report}, tokenized from {@code text}: the report with some chars read as others (of the
     * same length, so every offset holds), {@code chars} its chars. A sentence's text (an engagement's evidence) is the
     * report's own; what is read from its tokens (a name, a title) is in the words the tokenizer read.
     */
    static List<Sentence> split(String report, String text, char[] chars) {
        List<Sentence> out = new ArrayList<>();
        int n = chars.length;
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            int cut = -1;
            if (c == '\n' || c == '\r') {
                cut = i;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                cut = i + 1;
                while (cut < n && isClosing(chars[cut])) {
                    cut++;
                }
            }
            if (cut >= 0) {
                add(out, report, text, chars, start, cut);
                start = cut;
                i = Math.max(i + 1, cut);
            } else {
                i++;
            }
        }
        add(out, report, text, chars, start, n);
        return out;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == ')';
    }

    private static boolean endsSentence(String text, int dot) {
        int n = text.length();
        int j = dot + 1;
        while (j < n && isClosing(text.charAt(j))) {
            j++;
        }
        if (j < n && !Character.isWhitespace(text.charAt(j))) {
            return false; // "U.S.-led", "3.5", "example.com"
        }
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        if (j < n) {
            char next = text.charAt(j);
            if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\u201c'
                    || next == '\'' || next == '\u2018' || next == '\n' || next == '\r')) {
                return false;
            }
        }
        if (text.charAt(dot) != '.') {
            return true;
        }
        if (numericDayAndMonth(text, dot, j)) {
            return false; // "MONDAY (12. 1.)": a day and a month written in numbers, as central Europe writes them
        }
        int w = dot;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        if (w == dot) {
            return true;
        }
        if (text.indexOf('.', w) < dot) {
            // "U.S." "D.C." "a.m." inside a sentence; but "at 10 a.m. On Tuesday, ..." opens the next one
            return org.diplocal.extract.time.Sentences.opensASentence(text, w, j);
        }
        if (dot - w == 1 && Character.isUpperCase(text.charAt(w))) {
            return false; // an initial: "John F. Kennedy"
        }
        if (j < n && org.diplocal.extract.time.Sentences.isOpener(text, j)) {
            return true; // "met Jack Ma. He will ...", "and other goods etc. The talks": no abbreviation goes on before "He"
        }
        // (lower-casing never shortens a word)
        return dot - w > LONGEST_ABBREVIATION || !ABBREVIATIONS.contains(text.substring(w, dot).toLowerCase());
    }

    /** A day of one or two digits before the stop at {@code dot}, and a month of one or two digits and a stop at {@code next}. */
    private static boolean numericDayAndMonth(String text, int dot, int next) {
        int d = dot;
        while (d > 0 && Character.isDigit(text.charAt(d - 1))) {
            d--;
        }
        int m = next;
        while (m < text.length() && Character.isDigit(text.charAt(m))) {
            m++;
        }
        boolean day = dot - d >= 1 && dot - d <= 2 && (d == 0 || !Character.isLetterOrDigit(text.charAt(d - 1)));
        return day && m - next >= 1 && m - next <= 2 && m < text.length() && text.charAt(m) == '.';
    }

    private static void add(List<Sentence> out, String report, String text, char[] chars, int from, int to) {
        while (true) {
            while (from < to && Character.isWhitespace(chars[from])) {
                from++;
            }
            while (to > from && Character.isWhitespace(chars[to - 1])) {
                to--;
            }
            if (to <= from) {
                return;
            }
            if (to - from <= MAX_CHARS) {
                out.add(new Sentence(out.size(), from, to, report, Tokenizer.tokenize(text, chars, from, to)));
                return;
            }
            // no report has a sentence this long: a run without a boundary is cut, so that no stage sees more
            int cut = from + MAX_CHARS;
            int space = cut;
            while (space > from + MAX_CHARS / 2 && !Character.isWhitespace(text.charAt(space))) {
                space--;
            }
            if (Character.isWhitespace(text.charAt(space))) {
                cut = space;
            } else if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            add(out, report, text, chars, from, cut);
            from = cut;
        }
    }
}
