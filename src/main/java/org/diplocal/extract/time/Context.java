package org.diplocal.extract.time;

import java.time.LocalDate;
import java.util.Locale;

/** The state of one {@link TimeTagger#tag} call: the text, the reference date and the last fixed date seen. */
final class Context {

    final String text;
    private final char[] chars;
    /** The letters of the text, read by the tense cue; made when a first mention needs its tense. */
    private LetterBits letters;
    final LocalDate reference;
    private final TenseCue tenseCue;
    private LocalDate anchorFirst;
    private LocalDate anchorLast;
    private int start;
    private int end;
    private Tense tense;

    Context(String text, char[] chars, LocalDate reference, TenseCue tenseCue) {
        this.text = text;
        this.chars = chars;
        this.reference = reference;
        this.tenseCue = tenseCue;
        this.anchorFirst = reference;
        this.anchorLast = reference;
    }

    /** Sets the mention being resolved. */
    void at(int start, int end) {
        this.start = start;
        this.end = end;
        this.tense = null;
    }

    /** The tense around the current mention, computed once when a resolver needs it. */
    Tense tense() {
        if (tense == null) {
            if (letters == null) {
                letters = new LetterBits(chars);
            }
            tense = tenseCue.at(letters, start, end);
        }
        return tense;
    }

    /** The last fixed date mentioned so far (its first day), else the reference date. */
    LocalDate anchorFirst() {
        return anchorFirst;
    }

    /** The last fixed date mentioned so far (its last day), else the reference date. */
    LocalDate anchorLast() {
        return anchorLast;
    }

    void fixed(LocalDate first, LocalDate last) {
        anchorFirst = first;
        anchorLast = last;
    }

    /** The lower-case word starting after white space at {@code from}, or null. */
    String wordAfter(int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return j > i ? text.substring(i, j).toLowerCase(Locale.ROOT) : null;
    }

    char charAt(int i) {
        return text.charAt(i);
    }
}
