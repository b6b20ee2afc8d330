package org.diplocal.extract.time;

import java.util.Arrays;

/**
 * The word and number tokens of a text in one pass, with the rules each one triggers and whether it is an anchor
 * (a word no time expression can do without: a month, a unit, "now" ...). {@link #worthTrying} is the cheap
 * prefilter that keeps the regexes off most of the text.
 */
final class Tokens {

    /** How far after a function-word trigger an anchor must appear ("the end of this month"). */
    private static final int WORD_REACH = 4;
    /** How far after a number an anchor must appear ("8 to 10 January"). */
    private static final int NUMBER_REACH = 3;

    /** A word the tagger does not know. */
    private static final byte OTHER = 0;
    /** A trigger or glue word: may sit between a trigger and its anchor. */
    private static final byte KNOWN = 1;
    private static final byte ANCHOR = 2;
    private static final byte DIGIT = 3;
    /** "the", "a", "an": not a trigger, but a rule triggered just after it is also tried from it. */
    private static final byte LEAD = 4;

    private int[] start;
    private int[] end;
    /** What the tagger knows of each token; null for an unknown word (kept only for the exhaustive tagger). */
    private WordTable.Entry[] entry;
    /** An unknown word, not kept as a token, stands between this token and the one before. */
    private boolean[] afterGap;
    private int size;

    private Tokens(int capacity) {
        start = new int[capacity];
        end = new int[capacity];
        entry = new WordTable.Entry[capacity];
        afterGap = new boolean[capacity];
    }

    /**
     * The tokens of a text. Words the tagger does not know are only marked
     * as a gap before the next token, unless {@code everyWord} (for the exhaustive tagger, which tries them all).
     */
    static Tokens of(char[] chars, RuleSet set, boolean everyWord) {
        // news copy has a word the tagger knows about every 24 characters: room for that and more, so arrays rarely grow
        Tokens t = new Tokens(everyWord ? Math.max(16, chars.length / 4) : 16 + chars.length / 16);
        WordBits bits = new WordBits(chars);
        boolean gap = false;
        for (int block = 0; block < bits.blocks(); block++) {
            for (long starts = bits.startsIn(block); starts != 0; starts &= starts - 1) {
                int i = block << 6 | Long.numberOfTrailingZeros(starts);
                int j = bits.endOf(i);
                WordTable.Entry w = WordBits.isDigit(chars[i]) ? set.digit(RuleSet.shape(chars, i, j))
                        : set.word(chars, i, j);
                if (w != null || everyWord) {
                    t.add(i, j, w, gap);
                    gap = false;
                } else {
                    gap = true;
                }
            }
        }
        return t;
    }

    private void add(int s, int e, WordTable.Entry w, boolean gap) {
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            entry = Arrays.copyOf(entry, cap);
            afterGap = Arrays.copyOf(afterGap, cap);
        }
        start[size] = s;
        end[size] = e;
        entry[size] = w;
        afterGap[size] = gap;
        size++;
    }

    private byte kind(int k) {
        WordTable.Entry w = entry[k];
        return w == null ? OTHER : w.digit() ? DIGIT : w.anchor() ? ANCHOR : w.lead() ? LEAD : KNOWN;
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

    Rule[] rules(int k) {
        return entry[k] == null ? null : entry[k].rules();
    }

    /** Rules triggered by token k only when a lead word stands just before it ("a week"), or null. */
    Rule[] afterLead(int k) {
        return entry[k] == null ? null : entry[k].afterLead();
    }

    /** For an anchor token: by rule index, whether the rule's regex can match its word. */
    boolean[] reachable(int k) {
        return entry[k].reachable();
    }

    /** The start of a lead word ("the") just before token k, separated by white space only, or -1. */
    int leadStart(String text, int k) {
        if (k == 0 || afterGap[k] || kind(k - 1) != LEAD) {
            return -1;
        }
        for (int i = end[k - 1]; i < start[k]; i++) {
            if (!Sentences.isSpace(text.charAt(i))) {
                return -1;
            }
        }
        return start[k - 1];
    }

    /**
     * False when no rule triggered at token k can match: a function word with no anchor or number soon after it,
     * or a number that is not year-shaped, not glued to a letter or separator and has no anchor soon after it.
     */
    boolean worthTrying(String text, int k) {
        if (rules(k) == null && (afterLead(k) == null || leadStart(text, k) < 0)) {
            return false;
        }
        if (kind(k) == ANCHOR) {
            return true;
        }
        if (kind(k) != DIGIT) {
            return followedByAnchor(k, WORD_REACH);
        }
        int s = start[k];
        int e = end[k];
        if (e - s == 4 || !Character.isDigit(text.charAt(e - 1))) {
            return true; // 2026, 4th, 1990s, 19th
        }
        if (e < text.length() && isSeparator(text.charAt(e))) {
            return true; // 10:30, 2026-03-12, 09/03/2026, 12-month
        }
        if (e - s <= 2 && e + 2 < text.length() && text.charAt(e) == '.' && Character.isDigit(text.charAt(e + 1))
                && Character.isDigit(text.charAt(e + 2))) {
            return true; // 10.00: a clock when "at" or "local time" is around it (rules/time.txt)
        }
        if (s >= 2 && isSeparator(text.charAt(s - 1)) && Character.isDigit(text.charAt(s - 2))) {
            return true; // 1957-58
        }
        return followedByAnchor(k, NUMBER_REACH);
    }

    /**
     * For a trigger word that is not itself an anchor: the index of the first anchor after it, when no number comes
     * first; -1 otherwise (then every rule of the token is tried). A rule whose regex cannot match that anchor
     * word cannot match here: its match would have to hold an anchor, and the first one is that one.
     */
    int anchorAhead(int k) {
        if (kind(k) == ANCHOR || kind(k) == DIGIT) {
            return -1;
        }
        for (int j = k + 1; j < size && j <= k + WORD_REACH && !afterGap[j]; j++) {
            if (kind(j) == ANCHOR) {
                return j;
            }
            if (kind(j) == DIGIT || kind(j) == OTHER) {
                return -1;
            }
        }
        return -1;
    }

    /** An anchor (or, after a word, a number) within {@code reach} tokens, with only known words in between. */
    private boolean followedByAnchor(int k, int reach) {
        boolean word = kind(k) != DIGIT;
        for (int j = k + 1; j < size && j <= k + reach && !afterGap[j]; j++) {
            if (kind(j) == ANCHOR || word && kind(j) == DIGIT) {
                return true;
            }
            if (kind(j) == OTHER) {
                return false;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == ':' || c == '-' || c == '/' || c == '\u2013';
    }
}
