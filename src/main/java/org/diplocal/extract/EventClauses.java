package org.diplocal.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the clause around an event word tells of it, as tests on a sentence's tokens: whether it is a plan or was
 * held ("held talks"), negated ("will not meet"), a way home ("before returning to Doha"), an arrival for a visit,
 * a step of a plan ("before holding talks"), or only names another event ("a day after the summit"). Used by
 * {@link DraftAssembler} and {@link DateAssignment} alike.
 */
final class EventClauses {
    private EventClauses() {
    }

    private static final WordSet HELD = WordSet.of("held", "had", "hosted", "attended", "concluded", "wrapped",
            "mandated", "created", "established", "launched", "adopted"); // "the committee mandated by the X summit"

    /** "Will President X of Kenya attend?": a question announces nothing. */
    static boolean asked(SentenceFacts f) {
        int last = f.tokens.size() - 1;
        while (last > 0 && (f.tokens.is(last, "\"") || f.tokens.is(last, "\u201d") || f.tokens.is(last, ")"))) {
            last--;
        }
        return last >= 0 && f.tokens.is(last, "?");
    }

    private static final WordSet WHETHER = WordSet.of("whether", "if");

    /**
     * "Asked whether the minister would continue to Lima for talks, the ministry said no such meeting was planned":
     * token {@code k} lies in a question put to someone (from "asked whether" to the next comma) that the answer turns
     * down. An answer that leaves it open ("is not ruled out", "still being discussed") leaves the event to the rules.
     */
    static boolean askedAndDenied(SentenceFacts f, int k) {
        int asked = -1;
        for (int j = 1; j < k && asked < 0; j++) {
            if (WHETHER.contains(f.tokens, j) && f.tokens.is(j - 1, "asked")) {
                asked = j;
            }
        }
        int comma = asked < 0 ? -1 : f.tokens.find(",", asked, f.tokens.size());
        if (comma < 0 || !deniedAfter(f, comma)) {
            return false;
        }
        // and the answer's "no such meeting", "no plans for such a meeting"
        return k < comma || k >= 1 && f.tokens.is(k - 1, "such") || k >= 2 && f.tokens.is(k - 2, "such") && f.tokens.is(k - 1, "a");
    }

    /**
     * "No such meeting is planned.": a sentence of its own, with no date, that denies an engagement the sentences
     * before told of; the family of the event it denies ("meeting", "visit"), or null.
     */
    static String suchDenied(SentenceFacts f) {
        if (!f.dates.isEmpty() || asked(f)) {
            return null;
        }
        for (Trigger t : f.triggers) {
            int k = t.from();
            if (t.form().equals("noun") && k >= 2 && f.tokens.is(k - 1, "such") && f.tokens.is(k - 2, "no")) {
                return Candidate.familyOf(t.kind());
            }
            if (!t.past()) {
                return null; // "Asked whether X would meet Y, ... said no such meeting was planned": this sentence's own
            }
        }
        return null;
    }

    /** "no such meeting was planned", "there are no plans", "ruled it out" (but not "is not ruled out"), after {@code from}. */
    private static boolean deniedAfter(SentenceFacts f, int from) {
        for (int j = from + 1; j + 1 < f.tokens.size(); j++) {
            if (f.tokens.is(j, "no") && (PLANS_FOR.contains(f.tokens, j + 1) || f.tokens.is(j + 1, "such"))) {
                return true;
            }
            if (f.tokens.is(j, "ruled") && !(f.tokens.is(j - 1, "not") || f.tokens.is(j - 1, "n't") || f.tokens.is(j - 2, "not"))) {
                return true;
            }
        }
        return false;
    }

    /** A past verb just before an event noun: "held face-to-face talks", "had a phone call". */
    static boolean heldBefore(SentenceFacts f, Trigger t) {
        for (int k = Math.max(0, t.nameFrom() - 4); k < Math.min(t.from(), t.nameFrom()); k++) {
            boolean plan = k + 1 < f.tokens.size() && MEANT.contains(f.tokens, k + 1) && f.status != DraftStatus.SCHEDULED;
            if (HELD.contains(f.tokens, k) && !plan) {
                return true; // not "who had planned a visit to Lima": a plan, and the sentence says what became of it
            }
        }
        return false;
    }

    /** "the summit is due in X", "the meeting will be in X": a travel word whose subject is a gathering word. */
    static boolean gatheringIsDue(SentenceFacts f, Trigger t) {
        for (Trigger g : f.triggers) {
            if (g.gathering() && g.form().equals("noun") && g.to() <= t.from() && t.from() - g.to() <= 2) {
                for (int k = g.to(); k < t.from(); k++) {
                    if (!ClauseWords.AUXILIARIES.contains(f.tokens, k)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static final WordSet MEANT = WordSet.of("planned", "scheduled", "intended", "hoped", "proposed", "arranged", "been");

    static final WordSet RETURN_WORDS = WordSet.of("returning", "return", "returns", "back", "home");

    /** "before returning to Doha on Wednesday": the day of the return home the sentence tells, if one. */
    static LocalDate returnDay(SentenceFacts f) {
        for (SentenceFacts.Dated d : f.dates) {
            if (afterReturn(f, d.token()) && d.mention().oneDay()) {
                return d.mention().first();
            }
        }
        return null;
    }

    /**
     * "before returning to Japan on Sunday": a way home, neither a destination nor an engagement's date; but "expected
     * back in Algeria on March 2 for the summit" goes back for an engagement, whose place and date these are.
     */
    static boolean afterReturn(SentenceFacts f, int token) {
        for (int k = Math.max(0, token - 4); k < token; k++) {
            if (RETURN_WORDS.contains(f.tokens, k)) {
                return !backForAnEvent(f, k);
            }
        }
        return false;
    }

    private static boolean backForAnEvent(SentenceFacts f, int back) {
        int end = Math.min(f.tokens.size() - 1, back + 10);
        for (int k = back + 1; k < end; k++) {
            if (f.tokens.is(k, ",") && k + 1 < f.tokens.size() && (f.tokens.is(k + 1, "when") || f.tokens.is(k + 1, "where"))) {
                // "is due back on the island next week, when she will see X": back for what the clause tells
                for (Trigger t : f.triggers) {
                    if (t.from() > k + 1 && t.from() <= k + 8 && !t.past()) {
                        return true;
                    }
                }
                return false;
            }
            if (f.tokens.is(k, ",") || RETURN_WORDS.contains(f.tokens, k)) {
                return false;
            }
            if (f.tokens.is(k, "for")) {
                for (Trigger t : f.triggers) {
                    if (t.form().equals("noun") && t.from() > k && t.from() <= k + 3) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** "arrived in Accra on Tuesday for a two-day state visit": the visit is under way, not over. */
    static boolean arrivedFor(SentenceFacts f, List<Trigger> live) {
        if (f.dates.isEmpty()) {
            return false;
        }
        for (Trigger arrival : f.triggers) {
            if (arrivalForVisit(f, arrival)) {
                return true;
            }
        }
        return false;
    }

    /** "arrived in" / "flew to" X "for a (two-day) visit": a past travel word that opens a visit. */
    static boolean arrivalForVisit(SentenceFacts f, Trigger arrival) {
        if (!arrival.past() || !arrival.kind().equals("travel")) {
            return false;
        }
        for (Trigger t : f.triggers) {
            if (t.form().equals("noun") && t.kind().equals("visit") && t.from() > arrival.to() && t.from() - arrival.to() < 12) {
                for (int k = arrival.to(); k < t.from(); k++) {
                    if (f.tokens.is(k, "for")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final WordSet PLANS_FOR = WordSet.of("plan", "plans", "intention", "intentions");

    /** how far back "no plan" reaches: "there was no plan for Abela to travel to Benghazi to meet X" */
    private static final int NO_PLAN_REACH = 10;

    /** the words of a short negation's reach: "will not meet", "no formal meeting" */
    private static final int NEGATION_REACH = 5;
    private static final WordSet CLAUSE_JOINS = WordSet.of("and", "but", ";");

    static boolean negated(SentenceFacts f, int token) {
        boolean anotherClause = false; // "There is no plan to change course and she will meet X": the plan is not the meeting
        for (int k = token - 1; k >= 0 && k >= token - NO_PLAN_REACH && !f.tokens.is(k, ","); k--) {
            anotherClause |= CLAUSE_JOINS.contains(f.tokens, k);
            if (f.tokens.is(k, "no") && PLANS_FOR.contains(f.tokens, k + 1)) { // "there is no plan for a meeting"
                return !anotherClause || k >= token - NEGATION_REACH;
            }
            if (k < token - NEGATION_REACH) {
                continue;
            }
            if (f.tokens.is(k, "not") || f.tokens.is(k, "won't") || f.tokens.is(k, "never") || f.tokens.is(k, "n't")
                    || f.tokens.is(k, "wont") || f.tokens.is(k, "no") && k >= token - 2 && !f.tokens.is(k + 1, "such") // "no (formal) meeting"
                    || f.tokens.is(k, "any") && k >= token - 2) { // "without giving details of any bilateral meetings"
                return true;
            }
        }
        return false;
    }

    /** "talks with X at Downing Street, before the two leaders co-chair a summit on Thursday": not the talks' day. */
    static boolean referenceBefore(SentenceFacts f, int token) {
        for (SentenceFacts.Anchor a : f.anchors) {
            if (a.type().equals("before") && token >= a.refFrom() && token < a.refTo()) {
                return true;
            }
        }
        return false;
    }

    /** anchors whose words only name another event ("a day after the summit", "on the last day of the visit") */
    private static final Set<String> REFERENCES = Set.of("after", "ref", "sidelines", "before", "eve", "first-day", "last-day");

    static boolean inReference(SentenceFacts f, int token) {
        for (SentenceFacts.Anchor a : f.anchors) {
            if (REFERENCES.contains(a.type()) && token >= a.refFrom() && token < a.refTo() && !datedClause(f, a)) {
                return true;
            }
        }
        return false;
    }

    /** "before the two leaders co-chair a UK-France summit on Thursday": a clause of its own, dated, tells an event. */
    private static boolean datedClause(SentenceFacts f, SentenceFacts.Anchor a) {
        if (!a.type().equals("before")) {
            return false;
        }
        boolean dated = false;
        for (SentenceFacts.Dated d : f.dates) {
            dated |= d.token() >= a.refFrom() && d.token() < a.refTo();
        }
        // who does it, before the event word: "the two leaders", "Boric"; not "ahead of the alliance's summit next week"
        for (int k = a.refFrom(); k < a.refTo() && dated; k++) {
            if (TokenSpan.covers(f.triggers, k)) {
                return false;
            }
            if (DraftAssembler.GROUP_OBJECT.contains(f.tokens, k) || TokenSpan.covers(f.persons, k)) {
                return true;
            }
        }
        return false;
    }

    static final WordSet GERUND_LINKS = WordSet.of("before", "after", "while", "then", "besides");

    /** "will visit the troops before holding talks with X": a step of what the sentence plans. */
    static boolean gerundOfAPlan(SentenceFacts f, Trigger t) {
        return f.future && t.from() > 0 && GERUND_LINKS.contains(f.tokens, t.from() - 1);
    }

    static boolean progressive(SentenceFacts f, Trigger t) {
        for (int k = Math.max(0, t.from() - 3); k < t.from(); k++) {
            if (f.tokens.is(k, "be") || f.tokens.is(k, "is") || f.tokens.is(k, "are") || f.tokens.is(k, "was")
                    || f.tokens.is(k, "were")) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet PLANNING = WordSet.of("will", "'ll", "shall");

    /** "Former President X will convene the talks": out of office, yet the one who acts in what is planned. */
    static boolean plansAhead(SentenceFacts f, PersonMention p) {
        return p.to() < f.tokens.size() && PLANNING.contains(f.tokens, p.to());
    }

    private static final WordSet INCLUDES = WordSet.of("include", "includes", "feature", "features");

    /** "The visit will include ..." before token {@code k}: the sentence tells what the visit told before holds. */
    static boolean theVisitIncludes(SentenceFacts f, int k) {
        for (Trigger t : f.triggers) {
            if (t.to() < k && t.kind().equals("visit") && t.form().equals("noun") && t.from() > 0
                    && (f.tokens.is(t.from() - 1, "the") || f.tokens.is(t.from() - 1, "this"))) {
                for (int j = t.to(); j < k && j <= t.to() + 3; j++) {
                    if (INCLUDES.contains(f.tokens, j)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether token {@code k} stands within quotation marks of its sentence. */
    static boolean quoted(SentenceFacts f, int k) {
        int marks = 0;
        for (int i = 0; i < k; i++) {
            if (f.tokens.length(i) == 1 && "\"\u201c\u201d".indexOf(f.tokens.charAt(i, 0)) >= 0) {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    /** An event word opens the clause: "The one-day gathering will be hosted by X". */
    static boolean eventBefore(SentenceFacts f, int from, int to) {
        for (Trigger t : f.triggers) {
            if (t.from() >= from && t.from() < to && t.form().equals("noun")) {
                return true;
            }
        }
        return false;
    }

    /** "after their meeting, and Prince X is due to meet Y": X opens a clause of his own, he is met by no one here. */
    static boolean startsAClause(SentenceFacts f, PersonMention p) {
        int before = p.from() - 1;
        if (before > 1 && f.tokens.is(before, ".") && ClauseWords.COURTESIES.contains(f.tokens, before - 1)) {
            before--; // "During the visit, Mr. X will hold talks": past the courtesy's full stop
        }
        boolean courtesy = before > 0 && ClauseWords.COURTESIES.contains(f.tokens, before);
        if (courtesy) {
            before--;
        }
        // "and X will", "but X will"; after a comma only with a courtesy, as "the visit, Mr. X will" (but not "talks
        // with Y, X will" where the comma may close a list)
        return before >= 0 && (f.tokens.is(before, "and") || f.tokens.is(before, "but") || courtesy && f.tokens.is(before, ","))
                && p.to() < f.tokens.size() && ClauseWords.AUXILIARIES.contains(f.tokens, p.to());
    }

    private static final WordSet BY_WAY_OF = WordSet.of("by", "via", "through", "over");
    private static final WordSet HELD_BY = WordSet.of("held", "conducted", "organised", "organized");

    /**
     * "consultations ... will be held by videoconference on Monday": a call word after "held by", once a meeting word
     * still ahead was told before it, says how they meet; it is no second event and owns no date.
     */
    static boolean howTheyMeet(SentenceFacts f, Trigger t) {
        if (!t.kind().equals("call") || !t.form().equals("noun") || t.from() < 2 || !BY_WAY_OF.contains(f.tokens, t.from() - 1)
                || !HELD_BY.contains(f.tokens, t.from() - 2)) {
            return false; // (not "X met Y on Monday and the two will speak again by video call on Thursday")
        }
        for (Trigger u : f.triggers) {
            if (u.to() <= t.from() && !u.past() && !u.kind().equals("call") && Candidate.familyOf(u.kind()).equals("meeting")) {
                return true;
            }
        }
        return false;
    }
}
