package org.diplocal.extract.time;

import java.util.List;

/**
 * Finds which way the sentence around a mention points: the nearest future cue ("will", "plans to", "next") or
 * past cue ("said", "met", a verb in -ed) before the mention decides, so that "will meet on Friday, the minister
 * said" is future and "said on Friday that he will" is past; only when there is none does the nearest cue after
 * the mention count ("Friday's talks were cancelled").
 */
final class TenseCue {

    private static final int MAX_DISTANCE = 40;
    private static final int NEAR = 6;

    private final CueVocabulary vocabulary;
    private final int to;
    private final int by;
    private final int be;
    private final int been;
    private final int being;
    private final int since;
    private final int of;
    private final int that;
    private final int have;
    private final int has;
    private final int had;
    private final int was;
    private final int were;
    private final int last;
    private final int newly;
    private final int is;
    private final int are;
    private final int forWord;
    private final java.util.Set<String> verbPrefixes;
    /** words that open an object after a verb: "test-fired a missile" is a verb, "refugee-led organisations" no */
    private final int[] objectOpeners;

    TenseCue(List<String> futureCues, List<String> futureOrTodayCues, List<String> pastCues, List<String> infinitiveStop,
             List<String> participleAdjectives, List<String> speechVerbs, List<String> verbPrefixes) {
        this.verbPrefixes = java.util.Set.copyOf(verbPrefixes);
        vocabulary = new CueVocabulary(futureCues, futureOrTodayCues, pastCues, infinitiveStop, participleAdjectives,
                speechVerbs, List.of("to", "by", "be", "been", "being", "of", "that", "have", "has", "had", "was", "were", "last", "newly",
                        "is", "are", "for", "a", "an", "the", "his", "her", "its", "their", "our"));
        to = vocabulary.id("to");
        by = vocabulary.id("by");
        be = vocabulary.id("be");
        been = vocabulary.id("been");
        being = vocabulary.id("being");
        since = vocabulary.id("since");
        of = vocabulary.id("of");
        that = vocabulary.id("that");
        have = vocabulary.id("have");
        has = vocabulary.id("has");
        had = vocabulary.id("had");
        was = vocabulary.id("was");
        were = vocabulary.id("were");
        last = vocabulary.id("last");
        newly = vocabulary.id("newly");
        is = vocabulary.id("is");
        are = vocabulary.id("are");
        forWord = vocabulary.id("for");
        objectOpeners = new int[] {vocabulary.id("a"), vocabulary.id("an"), vocabulary.id("the"), vocabulary.id("his"),
            vocabulary.id("her"), vocabulary.id("its"), vocabulary.id("their"), vocabulary.id("our")};
    }

    /** The tense of the mention {@code [start, end)} of the text whose letters are {@code letters}. */
    Tense at(LetterBits letters, int start, int end) {
        // "Police are investigating Friday's attack": a day told by its event is no arrangement of the present tense
        boolean arrangement = !possessive(letters.text(), end);
        int sentenceStart = Sentences.start(letters.text(), start);
        WordWindow words = new WordWindow(letters, vocabulary, MAX_DISTANCE + 2);
        // most cues sit within a few words: look there first (words 0 and 1 only give context)
        WordWindow near = words.last(sentenceStart, start, NEAR + 2);
        boolean wholeSentence = near.size() < NEAR + 2;
        for (int i = near.size() - 1; i >= (wholeSentence ? 0 : 2); i--) {
            if (sinceDoingAfar(near, i)) {
                continue;
            }
            Tense t = cue(near, i, arrangement);
            if (t == Tense.PAST && i >= 2 && near.id(i - 1) == have && near.id(i - 2) == to) {
                // "where X was to have met Y on Wednesday": a plan as it stood, its day still ahead ("was" may lie
                // before the near words, so they are read again further back)
                int back = near.size() - 1 - i;
                WordWindow further = words.last(sentenceStart, start, back + 4);
                return wasToHave(further, further.size() - 1 - back) ? Tense.FUTURE : Tense.PAST;
            }
            if (t != Tense.NONE) {
                return reported(near, i, t) ? reportedTense(words, letters.text(), end) : t;
            }
        }
        if (wholeSentence) {
            return after(words, letters.text(), end, arrangement);
        }
        WordWindow before = words.last(sentenceStart, start, MAX_DISTANCE + 2);
        for (int i = before.size() - 1; i >= 0 && before.size() - 1 - i < MAX_DISTANCE; i--) {
            if (sinceDoingAfar(before, i)) {
                continue;
            }
            Tense t = cue(before, i, arrangement);
            if (t == Tense.PAST && wasToHave(before, i)) {
                return Tense.FUTURE; // "where X was to have met the President of ... on Wednesday"
            }
            if (t != Tense.NONE) {
                // a cue before the mention governs it; one after it is mostly a reporting clause (", the official said")
                return reported(before, i, t) ? reportedTense(words, letters.text(), end) : t;
            }
        }
        return after(words, letters.text(), end, arrangement);
    }

    /**
     * Whether a calling off told as news ("has been dropped", "have been cancelled") follows from word {@code from} on;
     * not "the leg had been dropped", a trip already told in the past.
     */
    private boolean calledOffAfter(WordWindow words, int from) {
        for (int j = from; j + 1 < words.size(); j++) {
            if (j > 0 && (words.id(j - 1) == have || words.id(j - 1) == has) && words.id(j) == been
                    && vocabulary.futurePair(been, words.id(j + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "was to have met": word {@code i}, a past form, after "was to have" or "were to have". */
    private boolean wasToHave(WordWindow words, int i) {
        return i >= 3 && words.id(i - 1) == have && words.id(i - 2) == to && (words.id(i - 3) == was || words.id(i - 3) == were);
    }

    /**
     * "since" opening a few words of its own ("since taking office in June" is past) is no cue for a mention further on:
     * "his first trip since returning to office, to Bratislava on Monday".
     */
    private boolean sinceDoingAfar(WordWindow words, int i) {
        return words.id(i) == since && i + 1 < words.size() && words.endsWith(i + 1, "ing") && words.size() - 1 - i > SINCE_REACH;
    }

    private static final int SINCE_REACH = 4;

    /** "said that": what follows is reported, and its own verb gives its tense ("said that a stop on Saturday has been called off"). */
    private boolean reported(WordWindow words, int i, Tense t) {
        return t == Tense.PAST && i + 1 < words.size() && vocabulary.is(words.id(i), CueVocabulary.SPEECH) && words.id(i + 1) == that;
    }

    /** The tense of a reported clause: its verb after the mention, else the past of the reporting verb. */
    private Tense reportedTense(WordWindow words, char[] text, int end) {
        Tense after = after(words, text, end, !possessive(text, end));
        return after == Tense.NONE ? Tense.PAST : after;
    }

    /** The nearest cue after the mention, or NONE. */
    private Tense after(WordWindow words, char[] text, int end, boolean arrangement) {
        WordWindow after = words.firstInSentence(end, Math.min(text.length, end + Sentences.REACH), MAX_DISTANCE + 1);
        for (int i = 0; i < after.size() && i < MAX_DISTANCE; i++) {
            // "On Friday, allied leaders will ...": an -ed word before a plain noun is an adjective, not a past verb
            // ("On Feb. 28, the bank released a note" keeps its verb)
            if (isEdWord(after, i) && i + 1 < after.size() && Character.isLowerCase(after.firstChar(i + 1))
                    && !is(after, i + 1, CueVocabulary.INFINITIVE_STOP) && !is(after, i + 1, CueVocabulary.PAST)
                    && !is(after, i + 1, CueVocabulary.FUTURE)) {
                continue;
            }
            if (isEdWord(after, i) && i > 0 && after.endsWith(i - 1, "ly")) {
                continue; // "On Wednesday, the newly created Council is to meet": an adverb's participle describes
            }
            Tense t = cue(after, i, arrangement);
            if (t != Tense.NONE) {
                return t;
            }
        }
        return Tense.NONE;
    }

    private boolean isEdWord(WordWindow words, int i) {
        return words.edForm(i, 5) && !is(words, i, CueVocabulary.PAST) && !is(words, i, CueVocabulary.FUTURE)
                && !is(words, i, CueVocabulary.FUTURE_OR_TODAY);
    }

    private static boolean possessive(char[] text, int end) {
        return end + 1 < text.length && (text[end] == '\'' || text[end] == '\u2019') && (text[end + 1] == 's' || text[end + 1] == 'S');
    }

    /** The tense word {@code i} tells; {@code arrangement}: whether a present progressive or passive may tell a plan. */
    private Tense cue(WordWindow words, int i, boolean arrangement) {
        int w = words.id(i);
        if (i + 1 < words.size() && vocabulary.futurePair(w, words.id(i + 1))) {
            return Tense.FUTURE;
        }
        if (i > 0 && vocabulary.futurePair(words.id(i - 1), w)) {
            return Tense.FUTURE;
        }
        if (vocabulary.is(w, CueVocabulary.FUTURE)) {
            return Tense.FUTURE;
        }
        if (w == had && i + 2 < words.size() && words.id(i + 1) == been && (vocabulary.is(words.id(i + 2), CueVocabulary.FUTURE)
                    || i + 3 < words.size() && vocabulary.futurePair(words.id(i + 2), words.id(i + 3))) // "had been due to"
                && calledOffAfter(words, i + 3)) {
            // "a stop on Wednesday, where X had been expected to meet Y, has been dropped": the plan as it stood, still
            // ahead (not "skipping a stop on Saturday where he had been expected to meet Y": a trip cut short)
            return Tense.FUTURE;
        }
        if (vocabulary.is(w, CueVocabulary.FUTURE_OR_TODAY) && !(i + 1 < words.size() && words.id(i + 1) == of)) {
            return Tense.FUTURE_OR_TODAY; // but "the Conference of Heads of Government": a noun, no verb
        }
        if (arrangement && i > 0 && i + 1 < words.size() && words.id(i + 1) == forWord && words.edForm(i, 5) && Character.isLowerCase(words.firstChar(i))
                && (words.id(i - 1) == is || words.id(i - 1) == are)) {
            return Tense.FUTURE_OR_TODAY; // "the talks are maintained for Wednesday": the present passive, no past
        }
        if (i > 0 && words.endsWith(i, "ing") && Character.isLowerCase(words.firstChar(i))) {
            int before = words.id(i - 1);
            if (arrangement && (before == is || before == are)) {
                return Tense.FUTURE_OR_TODAY; // "X is arriving in Kathmandu on Wednesday": an arrangement ahead
            }
            if (before == was || before == were) {
                return Tense.PAST; // "X was travelling to Oslo on Monday"
            }
        }
        if (w == last && i > 0 && (vocabulary.is(words.id(i - 1), CueVocabulary.FUTURE) || words.id(i - 1) == to)) {
            return Tense.FUTURE; // "the visit will last until Friday", "is expected to last": a verb, not "last Friday"
        }
        if (i > 0 && words.id(i - 1) == newly) {
            return Tense.NONE; // "the newly inaugurated President of Senegal": an adjective, no verb of the past
        }
        if ((vocabulary.is(w, CueVocabulary.PAST) || words.edForm(i, 5)) && compoundAdjective(words, i)) {
            return Tense.NONE; // "representatives of refugee-led organisations"
        }
        if (words.edForm(i, 5) && words.hyphenBeforeLowerCase(i)) {
            return Tense.NONE; // "the pumped-storage plant", "a closed-door meeting": a compound modifier, no verb
        }
        if (vocabulary.is(w, CueVocabulary.PAST) && !passive(words, i) && Character.isLowerCase(words.firstChar(i))) {
            return Tense.PAST; // but "talks with Rose Mivedor on Wednesday": a capitalised past form is a name
        }
        if (w == to && i + 1 < words.size() && infinitive(words, i + 1)
                || i > 0 && words.id(i - 1) == to && infinitive(words, i)) {
            return Tense.FUTURE;
        }
        if (words.edForm(i, 5) && Character.isLowerCase(words.firstChar(i)) && !passive(words, i)
                && !is(words, i, CueVocabulary.ADJECTIVE)) { // "and related meetings the week of July 7"
            return Tense.PAST;
        }
        return Tense.NONE;
    }

    /** Word i after "to" reads as a verb: lower case, not a determiner or pronoun, "to" not part of "according to". */
    private boolean infinitive(WordWindow words, int i) {
        if (!Character.isLowerCase(words.firstChar(i))
                || words.writtenLowerCase(i) && is(words, i, CueVocabulary.INFINITIVE_STOP)
                || words.endsWith(i, "ed") || words.endsWith(i, "ing")
                || words.endsWith(i, "s") && !words.endsWith(i, "ss")) {
            return false;
        }
        if (i < 2) {
            return true;
        }
        int head = i - 2;
        // "agreed to sell ... in October": the infinitive hangs on a past verb, which decides
        boolean pastHead = is(words, head, CueVocabulary.PAST)
                || words.edForm(head, 0) && !is(words, head, CueVocabulary.FUTURE);
        return !is(words, head, CueVocabulary.INFINITIVE_STOP) && !pastHead;
    }

    /**
     * "to be published", "has been scheduled", "a summit hosted by Prime Minister X": a participle after a form of
     * "be" or before "by" and a name says nothing about time ("peaked by the end of the year" still does).
     */
    private boolean passive(WordWindow words, int i) {
        if (i + 2 < words.size() && words.id(i + 1) == by && Character.isUpperCase(words.firstChar(i + 2))) {
            return true;
        }
        if (i == 0) {
            return false;
        }
        int prev = words.id(i - 1);
        return prev == be || prev == been || prev == being;
    }

    /**
     * "refugee-led", "state-owned": a past form joined to a word before it, other than a verb's prefix ("re-elected"),
     * with no object after it ("North Korea test-fired a missile" is a verb).
     */
    private boolean compoundAdjective(WordWindow words, int i) {
        if (i + 1 < words.size()) {
            int next = words.id(i + 1);
            for (int o : objectOpeners) {
                if (next == o) {
                    return false;
                }
            }
        }
        String head = words.hyphenHead(i);
        return head != null && !verbPrefixes.contains(head);
    }

    private boolean is(WordWindow words, int i, int role) {
        return vocabulary.is(words.id(i), role);
    }
}
