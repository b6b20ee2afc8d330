package org.diplocal.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.diplocal.extract.time.TimeMention;
import org.diplocal.extract.time.TimexType;

/**
 * Marks what a sentence says about time and manner: clauses about the past, future and status
 * cues, virtual meetings, dates that can belong to a planned event (not the day something was said,
 * not in the past) and dates told relative to another event.
 */
final class SentenceAnalyser {
    /** the one-char tokens that end a clause */
    private static final String CLAUSE_END = ",;:\u2013\u2014()";
    private static final int SPEECH_REACH = 4;
    /** Engagements are announced weeks or months ahead; a vague date years away is some other plan. */
    private static final int MAX_WINDOW_AHEAD_MONTHS = 18;
    private static final int WHOLE_YEAR_DAYS = 300;

    private final Lexicon lexicon;

    SentenceAnalyser(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    private static boolean insideTime(TokenList tokens, List<TimeMention> times, int k) {
        return oneTime(tokens, times, k, k);
    }

    /** Whether one time mention runs from token {@code from} through token {@code to}. */
    private static boolean oneTime(TokenList tokens, List<TimeMention> times, int from, int to) {
        for (TimeMention m : times) {
            if (m.covers(tokens.start(from), tokens.end(to))) {
                return true;
            }
        }
        return false;
    }

    /** A participle that opens an aside about an event already over: ", held in Maputo in 2015,". */
    private static final WordSet PAST_ASIDE = WordSet.of("held", "hosted", "signed", "organised", "organized", "convened", "staged");

    /** Marks the aside holding a past date {@code at} as background when a past participle opens it; true if it did. */
    private static boolean pastAside(SentenceFacts f, int at) {
        int open = at - 1;
        while (open > 0 && at - open <= 6 && !f.tokens.is(open, ",")) {
            open--;
        }
        if (open <= 0 || !f.tokens.is(open, ",") || !PAST_ASIDE.contains(f.tokens, open + 1)) {
            return false;
        }
        int close = at;
        while (close < f.tokens.size() && close - at <= 6 && !f.tokens.is(close, ",")) {
            close++;
        }
        if (close >= f.tokens.size() || !f.tokens.is(close, ",")) {
            return false;
        }
        for (int k = open + 1; k < close; k++) {
            f.background[k] = true;
        }
        return true;
    }

    private static final String[][] WILL_NOT_TAKE_PLACE = {{"will", "not", "take", "place"}, {"will", "not", "go", "ahead"},
        {"won't", "take", "place"}, {"won't", "go", "ahead"}};

    /** words before "will not take place" that make it another clause's, or no plan's end: "but", "adding that", "if" */
    private static final WordSet OTHER_CLAUSE = WordSet.of("but", ";", "while", "whereas", "although", "though", "and",
            "that", "if", "whether", "rumours", "rumors", "reports");

    /**
     * "Visit to Karaganda (meeting with the akim) – will not take place", "A visit to the X dam, initially included in the
     * programme, will not take place, the ministry said": the item the sentence opens with is off. Not when the place
     * or the time is what is denied ("will not take place in Moscow", "until the talks resume"), when another clause or
     * a verb of its own stands before it ("X will visit Y, and the rally will not take place", "adding that ..."), nor
     * when more is told after it than who said so ("..., but X will still meet Y").
     */
    private boolean anItemThatWillNotTakePlace(TokenList tokens) {
        int end = tokens.size();
        if (end > 0 && tokens.is(end - 1, ".")) {
            end--;
        }
        for (int from = 1; from < end; from++) {
            if (OTHER_CLAUSE.contains(tokens, from - 1) || tokens.is(from - 1, "will") && !tokens.is(from, "not")) {
                return false; // ("will visit Uganda ...": a verb of its own before the phrase)
            }
            for (String[] words : WILL_NOT_TAKE_PLACE) {
                boolean phrase = from + words.length <= end;
                for (int k = 0; k < words.length && phrase; k++) {
                    phrase = tokens.is(from + k, words[k]);
                }
                int after = from + words.length;
                if (phrase) {
                    return after == end || tokens.is(after, ",") && onlyWhoSaidSo(tokens, after + 1, end);
                }
            }
        }
        return false;
    }

    /** ", the ministry said", ", officials told reporters": from {@code from} on, a speech cue and no event word. */
    private boolean onlyWhoSaidSo(TokenList tokens, int from, int end) {
        boolean said = false;
        for (int k = from; k < end; k++) {
            if (lexicon.triggers.longest(tokens, k) != null) {
                return false;
            }
            said |= Lexicon.has(lexicon.cueAt(tokens, k), "speech");
        }
        return said;
    }

    private static final WordSet CLAUSE_BREAKS = WordSet.of(",", ";", "but", "and");

    /**
     * "The visit to X has been removed from the agenda" calls the visit off; "talks on Thursday, but the pipeline dispute
     * has been taken off the agenda" only a topic: an event word in the clause before the cue at {@code at}.
     */
    private boolean eventInTheClauseBefore(TokenList tokens, int at) {
        for (int k = at - 1; k >= 0 && !CLAUSE_BREAKS.contains(tokens, k); k--) {
            if (lexicon.triggers.longest(tokens, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** "stay on after the meeting for talks with X": the purpose, an event of its own, ends the reference before it. */
    private boolean forAnEvent(TokenList tokens, int k) {
        if (!tokens.is(k, "for") || k + 1 >= tokens.size()) {
            return false;
        }
        int at = tokens.is(k + 1, "a") || tokens.is(k + 1, "an") ? k + 2 : k + 1;
        return at < tokens.size() && lexicon.eventNounEnd(tokens, at) > at;
    }

    void analyse(SentenceFacts f, List<TimeMention> times, LocalDate published) {
        TokenList tokens = f.tokens;
        boolean[] speechAt = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            PhraseTable.Match<List<String[]>> cue = lexicon.cueAt(tokens, i);
            if (cue == null) {
                continue;
            }
            if (Lexicon.has(cue, "retracted")) {
                // what was wrongly printed is told from here on ("An earlier version of this article said ...", "after
                // agencies incorrectly reported that the trip had been called off"); the clause before it still holds
                java.util.Arrays.fill(f.background, i, tokens.size(), true);
                break;
            }
            if (Lexicon.has(cue, "background")) {
                int end = sinceDoing(tokens, i);
                for (int k = i; k < end && !clauseEnd(tokens, k) && !(k > i && MAIN_VERB_MODALS.contains(tokens, k)); k++) {
                    f.background[k] = true; // "the first session since the change of government will open": not past "will"
                }
            }
            if (f.background[i]) {
                continue;
            }
            if (Lexicon.has(cue, "future") && !(tokens.is(i, "to") && !infinitive(tokens, i))) {
                f.future = true;
            }
            if (Lexicon.has(cue, "speech")) {
                speechAt[i] = true;
            }
            if (Lexicon.has(cue, "virtual") && !describesAThing(tokens, i, cue.to())) {
                f.virtual = true;
            }
            if (Lexicon.has(cue, "postponed")) {
                f.status = DraftStatus.POSTPONED;
                f.postponedEnd = cue.to();
            } else if (Lexicon.has(cue, "cancelled") && f.status != DraftStatus.POSTPONED
                    && !(tokens.is(cue.to() - 1, "agenda") && !eventInTheClauseBefore(tokens, i))) {
                f.status = DraftStatus.CANCELLED;
            } else if (Lexicon.has(cue, "tentative") && !insideTime(tokens, times, i) && !(i > 0 && tokens.text(i).equals("May"))) {
                f.tentativeAt = i; // "may", but not the month of "15 May" or "the May meeting"
            }
        }
        if (f.status == DraftStatus.SCHEDULED && anItemThatWillNotTakePlace(tokens)) {
            f.status = DraftStatus.CANCELLED;
        }
        for (TimeMention m : times) {
            int at = f.tokenAt(m.start());
            if (at >= tokens.size() || f.background[at] || aDeadline(tokens, at)) {
                continue;
            }
            if (m.type() == TimexType.DATE || m.type() == TimexType.TIME) {
                if (m.first() == null || m.last() == null) {
                    continue;
                }
                if (m.last().isBefore(published) && m.value().length() == 4 && at > 0 && tokens.is(at - 1, "the")) {
                    // "first elected at the 2018 summit in Yerevan": an event of that year, told as background
                    for (int k = at; k < tokens.size() && k - at <= 4 && tokens.word(k); k++) {
                        f.background[k] = true;
                    }
                    continue;
                }
                if (m.last().isBefore(published) && pastAside(f, at)) {
                    continue; // "its last summit, held in Maputo in 2015, ...": where and when that one was
                }
                if (m.last().isBefore(published) && aComingWeekday(f, m, at, published)) {
                    // "The main meeting is with X on Friday": a plan told in the present names the coming Friday
                    LocalDate coming = m.first().plusDays(7);
                    m = m.onDay(coming, coming.toString(), m.exact(), m.timeOfDay());
                }
                if (m.last().isBefore(published) && !saidAt(speechAt, tokens, at) && m.last().toEpochDay() - m.first().toEpochDay() <= 31) {
                    f.pastDate = true;
                }
                f.pastTime |= m.last().isBefore(published) && !saidAt(speechAt, tokens, at);
                if (m.last().isBefore(published) || saidAt(speechAt, tokens, at)) {
                    continue;
                }
                if (!m.exact() && m.first().isAfter(published.plusMonths(MAX_WINDOW_AHEAD_MONTHS))) {
                    continue; // "carbon neutrality by 2060" is a target, not an engagement's date
                }
                if (!m.exact() && m.last().toEpochDay() - m.first().toEpochDay() >= WHOLE_YEAR_DAYS) {
                    continue; // "ASEAN's chair this year": a whole year dates no meeting
                }
                m = publishedWeekday(f, m, at, published);
                if (m.first().isAfter(published)) {
                    f.future = true;
                }
                f.dates.add(new SentenceFacts.Dated(at, m));
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (f.background[i]) {
                continue;
            }
            PhraseTable.Match<String[]> a = lexicon.anchors.longest(tokens, i);
            if (a == null) {
                continue;
            }
            PlaceMention place = null;
            for (PlaceMention p : f.places.places()) {
                if (p.from() >= a.to() && p.from() <= a.to() + 2 && !p.possessive()) {
                    place = p;
                    break;
                }
            }
            String type = a.value()[1];
            if (type.equals("arrival") && tokens.is(i, "arriving") && place == null) {
                continue;
            }
            if (type.equals("stay") && tokens.is(i, "while") && place == null && !a.value()[0].equals("while there")) {
                continue;
            }
            if (a.to() < tokens.size() && oneTime(tokens, times, i, a.to())) {
                continue; // "the day after tomorrow" is a day of its own, not a day after an event named next
            }
            if (type.equals("before") && aheadOfSomeone(tokens, a.to())) {
                continue; // "will travel ahead of the Prime Minister": who goes first, not a day before an event
            }
            int refTo = a.to();
            while (refTo < tokens.size() && !clauseEnd(tokens, refTo) && !ClauseWords.SUBJECT_PRONOUNS.contains(tokens, refTo)
                    && !andAVerb(tokens, refTo) && !forAnEvent(tokens, refTo)) {
                refTo++; // "On the sidelines of the forum he will meet X": the reference ends where the clause's subject starts
            }
            f.anchors.add(new SentenceFacts.Anchor(i, type, place, a.to(), refTo));
            i = a.to() - 1;
        }
    }

    /**
     * Where the past told from {@code at} ends: "since returning to office" is a few words ("his first trip since
     * returning to office to Bratislava on Monday"); any other background opener runs to its clause's end.
     */
    private static int sinceDoing(TokenList tokens, int at) {
        if (!tokens.is(at, "since") || at + 1 >= tokens.size() || !tokens.norm(at + 1).endsWith("ing")) {
            return tokens.size();
        }
        int k = at + 2;
        while (k < tokens.size() && k <= at + 4 && tokens.word(k) && !tokens.capitalised(k)
                && !(k + 1 < tokens.size() && tokens.capitalised(k + 1) && !tokens.is(k, "the"))) {
            k++;
        }
        return k;
    }

    /** "ahead of the Prime Minister", "before the delegation": a person or party, unless its event follows ("'s arrival"). */
    private boolean aheadOfSomeone(TokenList tokens, int at) {
        PhraseTable.Match<String[]> role = lexicon.roles.longest(tokens, at);
        int after = role != null ? role.to() : tokens.is(at, "delegation") || tokens.is(at, "delegations") ? at + 1 : -1;
        return after > 0 && !(after < tokens.size() && tokens.is(after, "'s"));
    }

    private static final java.util.Set<String> WEEKDAYS = java.util.Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "on monday", "on tuesday", "on wednesday", "on thursday", "on friday",
            "on saturday", "on sunday");

    /**
     * "the crackdown on online scam gangs": a cue word before a noun that is no event describes that thing; "an online
     * meeting", "will meet online on Monday" tell how people meet.
     */
    private boolean describesAThing(TokenList tokens, int from, int to) {
        return to - from == 1 && to < tokens.size() && tokens.word(to) && !tokens.capitalised(to)
                && !ONLINE_FOLLOWERS.contains(tokens, to) && lexicon.triggers.longest(tokens, to) == null;
    }

    private static final WordSet ONLINE_FOLLOWERS = WordSet.of("on", "in", "at", "with", "to", "from", "this", "next",
            "and", "or", "because", "due", "for", "later", "today", "tomorrow", "instead", "rather", "only");

    /**
     * "X was set to leave Saturday", "talks that had been pencilled in for Saturday" in a report of that Saturday:
     * told in the past tense, the bare weekday is the day of publication, not a week later.
     */
    private static TimeMention publishedWeekday(SentenceFacts f, TimeMention m, int at, LocalDate published) {
        if (WEEKDAYS.contains(m.text().toLowerCase()) && m.oneDay() && m.first().equals(published)
                && anotherDayOfTheMonthAfter(f.tokens, f.tokenAt(m.end() - 1) + 1, published)) {
            LocalDate next = published.plusDays(7); // "on Monday, Azar 24" in a paper of Monday, Azar 17: not today
            return m.onDay(next, next.toString(), m.exact(), m.timeOfDay());
        }
        if (!WEEKDAYS.contains(m.text().toLowerCase()) || !m.first().equals(published.plusDays(7)) || !m.first().equals(m.last())) {
            return m;
        }
        for (int k = 0; k < at; k++) {
            if (f.tokens.is(k, "was") || f.tokens.is(k, "were") || f.tokens.is(k, "had")) {
                return m.onDay(published, published.toString(), m.exact(), m.timeOfDay());
            }
        }
        return m;
    }

    /**
     * ", Azar 24" after a weekday: its day of the month in a calendar the tagger does not read, not the report's own
     * day of the month (the same weekday a week on, in the Gregorian calendar, never has the same one).
     */
    private static boolean anotherDayOfTheMonthAfter(TokenList tokens, int k, LocalDate published) {
        if (k + 2 >= tokens.size() || !tokens.is(k, ",") || !tokens.capitalised(k + 1) || !tokens.word(k + 1)
                || !Dateline.dayOfMonth(tokens, k + 2)) {
            return false;
        }
        if (SERIES_WORDS.contains(tokens, k + 1) || k + 3 < tokens.size() && tokens.is(k + 3, "of")) {
            return false; // "on Tuesday, Day 2 of his visit", "Round 5 of the talks": a count, not another calendar's day
        }
        return Integer.parseInt(tokens.text(k + 2)) != published.getDayOfMonth();
    }

    /** words that number the parts of a series ("Day 2", "Round 5", "Session 3"), no month of any calendar */
    private static final WordSet SERIES_WORDS = WordSet.of("day", "round", "session", "stage", "phase", "week", "part", "game",
            "match", "leg", "room", "hall", "gate", "terminal", "group", "item", "article", "chapter", "section", "act");

    private static final WordSet PRESENT_COPULA = WordSet.of("is", "are");
    private static final WordSet PAST_WORDS = WordSet.of("was", "were", "had", "has", "have", "said", "says", "told", "met",
            "held", "last", "ago", "since", "began", "went", "came", "took", "gave", "saw", "spoke", "made", "left", "led",
            "sent", "won", "ran");

    /**
     * A bare weekday of the past week that a present copula ties to an event word, in a sentence with no word of the
     * past: "The centrepiece is a meeting with X on Friday", "The talks are on Friday". The tagger, told no tense,
     * reads the last Friday; the plan is the coming one.
     */
    private boolean aComingWeekday(SentenceFacts f, TimeMention m, int at, LocalDate published) {
        if (!WEEKDAYS.contains(m.text().toLowerCase()) || !m.oneDay() || m.first().isBefore(published.minusDays(6))) {
            return false;
        }
        TokenList tokens = f.tokens;
        boolean copula = false;
        for (int k = 0; k < tokens.size(); k++) {
            boolean participle = (tokens.is(k, "followed") || tokens.is(k, "preceded")) && k + 1 < tokens.size()
                    && tokens.is(k + 1, "by"); // "..., followed by the signing"
            if (PAST_WORDS.contains(tokens, k) || tokens.word(k) && !tokens.capitalised(k) && tokens.norm(k).endsWith("ed") && !participle) {
                return false; // any word of the past: "a tour that began with talks in Hanoi on Friday", "agreed"
            }
            if (k < at && PRESENT_COPULA.contains(tokens, k)) {
                boolean eventBefore = k > 0 && lexicon.eventNounEnd(tokens, k - 1) == k;
                int after = k + 1 < tokens.size() && (tokens.is(k + 1, "a") || tokens.is(k + 1, "an") || tokens.is(k + 1, "the")) ? k + 2 : k + 1;
                boolean eventAfter = after < tokens.size() && lexicon.eventNounEnd(tokens, after) > after;
                copula |= eventBefore || eventAfter || k + 1 < tokens.size() && tokens.is(k + 1, "with");
            }
        }
        return copula;
    }

    /**
     * "asked to register by 4.00pm on Friday 13 June", "to register with the Ministry by Friday, June 13": the day
     * something must be done by, told with its hour or after a word of registering, no event's (but "will stop by on
     * Tuesday", "is expected in Santiago by Thursday" date a visit).
     */
    private static boolean aDeadline(TokenList tokens, int at) {
        int k = at - 1;
        boolean clock = false;
        while (k >= 0 && at - k <= 6 && (tokens.is(k, "on") || !tokens.word(k) || Character.isDigit(tokens.charAt(k, 0))
                || CLOCK_SUFFIXES.contains(tokens, k))) {
            clock |= Character.isDigit(tokens.charAt(k, 0));
            k--; // past the clock: "by 4.00pm on", "by 4 p.m. on"
        }
        if (k < 0 || !tokens.is(k, "by")) {
            return false;
        }
        if (clock || toRegister(tokens, k)) {
            return true;
        }
        // "had not been set by Thursday", "by the end of 2026"; but not "will stop by on Tuesday" (a particle) nor "is
        // expected in Santiago by Thursday" (an arrival, after the place)
        boolean particle = k + 1 < at && tokens.is(k + 1, "on") || k > 0 && BY_PARTICLE_VERBS.contains(tokens, k - 1);
        boolean arrival = k >= 2 && tokens.capitalised(k - 1) && (tokens.is(k - 2, "in") || tokens.is(k - 2, "to"));
        return !particle && !arrival;
    }

    private static final WordSet BY_PARTICLE_VERBS = WordSet.of("stop", "stops", "drop", "drops", "come", "comes", "swing",
            "pass", "passes", "go", "goes");

    /** "asked to register with the Ministry by Friday": a word of registering shortly before the "by" at {@code by}. */
    private static boolean toRegister(TokenList tokens, int by) {
        for (int k = by - 1; k >= 0 && by - k <= 8; k--) {
            String w = tokens.norm(k);
            if (w.startsWith("regist") || w.startsWith("accredit") || w.startsWith("submi") || w.equals("rsvp")) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet CLOCK_SUFFIXES = WordSet.of("pm", "am", "p.m", "a.m", "p.m.", "a.m.", "h", "hrs");

    /** "will travel ahead of the delegation and hold talks with X": "and" before an event verb ends the reference. */
    private boolean andAVerb(TokenList tokens, int k) {
        if (!tokens.is(k, "and") || k + 1 >= tokens.size()) {
            return false;
        }
        PhraseTable.Match<String[]> t = lexicon.triggers.longest(tokens, k + 1);
        return t != null && (t.value()[2].equals("base") || t.value()[2].equals("present"));
    }


    private static final WordSet MAIN_VERB_MODALS = WordSet.of("will", "shall");

    private static boolean clauseEnd(TokenList tokens, int k) {
        return tokens.length(k) == 1 && CLAUSE_END.indexOf(tokens.charAt(k, 0)) >= 0;
    }

    /** "plans to visit": a "to" before a verb, not "a trip to Oslo". */
    private boolean infinitive(TokenList tokens, int i) {
        if (i == 0) {
            return false;
        }
        PhraseTable.Match<List<String[]>> prev = lexicon.cueAt(tokens, i - 1);
        return Lexicon.has(prev, "future") && !tokens.is(i - 1, "to");
    }

    /**
     * A date right after a reporting word ("said Tuesday", "said in a tweet on Wednesday") is when it was said; but not
     * one in the clause that tells what was said ("said that on Saturday X would hold talks").
     */
    private static boolean saidAt(boolean[] speechAt, TokenList tokens, int at) {
        for (int k = Math.max(0, at - SPEECH_REACH); k < at; k++) {
            if (speechAt[k] && !tokens.containsBetween(k + 1, at, "that") && !(k + 1 < at && tokens.is(k + 1, "for"))) {
                return true; // (not "which had been announced for Saturday": the day of what was announced)
            }
        }
        return false;
    }
}
