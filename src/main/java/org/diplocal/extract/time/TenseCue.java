package org.diplocal.extract.time;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds which way the sentence around a mention points: the nearest future cue ("will", "plans to", "next") or
 * past cue ("said", "met", a verb in -ed) before the mention decides, so that "will meet on Friday, the minister
 * said" is future and "said on Friday that he will" is past; only when there is none does the nearest cue after
 * the mention count ("Friday's talks were cancelled").
 */
final class TenseCue {

    private static final int MAX_DISTANCE = 25;
    private static final int NEAR = 6;

    private final Set<String> future;
    private final Set<String> futureOrToday;
    private final Set<String> past;
    private final Set<String> infinitiveStop;
    /** First and second words of the two-word cues, so that most words need no concatenation to be checked. */
    private final Set<String> bigramFirst = new HashSet<>();
    private final Set<String> bigramSecond = new HashSet<>();

    TenseCue(List<String> futureCues, List<String> futureOrTodayCues, List<String> pastCues, List<String> infinitiveStop) {
        this.future = lower(futureCues);
        this.futureOrToday = lower(futureOrTodayCues);
        this.past = lower(pastCues);
        this.infinitiveStop = lower(infinitiveStop);
        for (String cue : future) {
            int space = cue.indexOf(' ');
            if (space > 0) {
                bigramFirst.add(cue.substring(0, space));
                bigramSecond.add(cue.substring(space + 1));
            }
        }
    }

    Tense at(String text, int start, int end) {
        int sentenceStart = Sentences.start(text, start);
        // most cues sit within a few words: look there first (words 0 and 1 only give context)
        List<String> near = wordsBefore(text, sentenceStart, start, NEAR + 2);
        boolean wholeSentence = near.size() < NEAR + 2;
        for (int i = near.size() - 1; i >= (wholeSentence ? 0 : 2); i--) {
            Tense t = cue(near, i);
            if (t != Tense.NONE) {
                return t;
            }
        }
        if (wholeSentence) {
            return after(text, end);
        }
        List<String> before = wordsBefore(text, sentenceStart, start, MAX_DISTANCE + 2);
        Tense best = Tense.NONE;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = before.size() - 1; i >= 0 && before.size() - 1 - i < MAX_DISTANCE; i--) {
            Tense t = cue(before, i);
            if (t != Tense.NONE) {
                best = t;
                bestDistance = before.size() - 1 - i;
                break;
            }
        }
        if (best != Tense.NONE) {
            // a cue before the mention governs it; one after it is mostly a reporting clause (", the official said")
            return best;
        }
        return after(text, end);
    }

    /** The nearest cue after the mention, or NONE. */
    private Tense after(String text, int end) {
        List<String> after = words(text, end, Sentences.end(text, end), MAX_DISTANCE + 1);
        for (int i = 0; i < after.size() && i < MAX_DISTANCE; i++) {
            // "On Friday, allied leaders will ...": an -ed word before a plain noun is an adjective, not a past verb
            // ("On Feb. 28, the bank released a note" keeps its verb)
            if (isEdWord(after.get(i)) && i + 1 < after.size() && Character.isLowerCase(after.get(i + 1).charAt(0))
                    && !infinitiveStop.contains(lower(after.get(i + 1))) && !past.contains(lower(after.get(i + 1)))
                    && !future.contains(lower(after.get(i + 1)))) {
                continue;
            }
            Tense t = cue(after, i);
            if (t != Tense.NONE) {
                return t;
            }
        }
        return Tense.NONE;
    }

    private boolean isEdWord(String original) {
        String w = original.toLowerCase(Locale.ROOT);
        return w.length() >= 5 && w.endsWith("ed") && !past.contains(w) && !future.contains(w) && !futureOrToday.contains(w);
    }

    private Tense cue(List<String> words, int i) {
        String original = words.get(i);
        String w = original.toLowerCase(Locale.ROOT);
        if (i + 1 < words.size() && bigramFirst.contains(w) && future.contains(w + " " + lower(words.get(i + 1)))) {
            return Tense.FUTURE;
        }
        if (i > 0 && bigramSecond.contains(w) && future.contains(lower(words.get(i - 1)) + " " + w)) {
            return Tense.FUTURE;
        }
        if (future.contains(w)) {
            return Tense.FUTURE;
        }
        if (futureOrToday.contains(w)) {
            return Tense.FUTURE_OR_TODAY;
        }
        if (past.contains(w) && !passive(words, i)) {
            return Tense.PAST;
        }
        if (w.equals("to") && i + 1 < words.size() && infinitive(words, i + 1)
                || i > 0 && lower(words.get(i - 1)).equals("to") && infinitive(words, i)) {
            return Tense.FUTURE;
        }
        if (w.length() >= 5 && w.endsWith("ed") && Character.isLowerCase(original.charAt(0)) && !passive(words, i)) {
            return Tense.PAST;
        }
        return Tense.NONE;
    }

    /** words[i] after "to" reads as a verb: lower case, not a determiner or pronoun, "to" not part of "according to". */
    private boolean infinitive(List<String> words, int i) {
        String w = words.get(i);
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || infinitiveStop.contains(w) || w.endsWith("ed")
                || w.endsWith("ing") || w.endsWith("s") && !w.endsWith("ss")) {
            return false;
        }
        if (i < 2) {
            return true;
        }
        String head = lower(words.get(i - 2));
        // "agreed to sell ... in October": the infinitive hangs on a past verb, which decides
        boolean pastHead = past.contains(head) || head.endsWith("ed") && !future.contains(head);
        return !infinitiveStop.contains(head) && !pastHead;
    }

    /**
     * "to be published", "has been scheduled", "a summit hosted by Prime Minister X": a participle after a form of
     * "be" or before "by" and a name says nothing about time ("peaked by the end of the year" still does).
     */
    private static boolean passive(List<String> words, int i) {
        if (i + 2 < words.size() && lower(words.get(i + 1)).equals("by") && Character.isUpperCase(words.get(i + 2).charAt(0))) {
            return true;
        }
        if (i == 0) {
            return false;
        }
        String prev = lower(words.get(i - 1));
        return prev.equals("be") || prev.equals("been") || prev.equals("being");
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    /** The last {@code max} words of {@code [from, to)}, in text order. */
    private static List<String> wordsBefore(String text, int from, int to, int max) {
        int count = 0;
        int i = to;
        while (i > from && count < max) {
            i--;
            if (Character.isLetter(text.charAt(i)) && (i == from || !Character.isLetter(text.charAt(i - 1)))) {
                count++;
            }
        }
        return words(text, i, to, max);
    }

    /** The first {@code max} words of a span, as written (capitals tell names from verbs). */
    private static List<String> words(String text, int from, int to, int max) {
        List<String> out = new ArrayList<>();
        int i = from;
        while (i < to && out.size() < max) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || c == '\'' && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
                int j = i + 1;
                while (j < to && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                out.add(text.substring(i, j));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    private static Set<String> lower(List<String> cues) {
        Set<String> s = new HashSet<>();
        for (String c : cues) {
            s.add(c.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        }
        return s;
    }
}
