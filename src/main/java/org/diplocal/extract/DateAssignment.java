package org.diplocal.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which engagement of a sentence each of its dates belongs to: the event word just before it, the event a
 * trip or a convening is for, the event "followed on Friday by", every undated one for a date told before them
 * all; a date "initially foreseen" gives way to the one after it.
 */
final class DateAssignment {
    private static final Set<String> WEEKDAY = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

    private DateAssignment() {
    }

    /**
     * "On Tuesday, 4 March, X will ... travel to Osaka to visit the pavilion at Expo 2025, which opens on 13 April": a
     * date in a ", which" clause with no event word, about a thing that is none, when the sentence opened with its own
     * date: the thing's, not the engagements'.
     */
    private static boolean ofAThingDescribed(SentenceFacts f, SentenceFacts.Dated d) {
        if (f.triggers.isEmpty() || f.dates.get(0) == d || f.dates.get(0).token() >= f.triggers.get(0).from()) {
            return false;
        }
        int which = -1;
        for (int k = d.token() - 1; k > 0 && which < 0; k--) {
            if (f.tokens.is(k, "which") && f.tokens.is(k - 1, ",")) {
                which = k;
            }
            for (Trigger t : f.triggers) {
                if (k >= t.from() && k < t.to()) {
                    return false; // an event word between: the clause tells an engagement
                }
            }
        }
        if (which < 2) {
            return false;
        }
        for (Trigger t : f.triggers) {
            if (which - 2 >= Math.min(t.from(), t.nameFrom()) && which - 2 < t.to()) {
                return false; // "the summit, which will be held on Friday": the event word's own day
            }
        }
        return true;
    }

    /** The engagement whose event word an appositive between commas renames: "X Dialogue, the security forum, runs". */
    private static Candidate appositiveOf(SentenceFacts f, Trigger t, List<Candidate> seeds) {
        int close = f.tokens.find(",", t.to(), Math.min(f.tokens.size(), t.to() + 3));
        if (close < 0) {
            return null;
        }
        for (Candidate c : seeds) {
            int open = c.trigger.to();
            if (open < t.from() && f.tokens.is(open, ",") && f.tokens.find(",", open + 1, t.from()) < 0) {
                return c;
            }
        }
        return null;
    }

    /**
     * A date before every event word is everyone's. Otherwise it belongs to the event word just before
     * it; when that word is no engagement of its own, a trip's date passes to the engagement that follows
     * ("travel to X on April 12 to visit a plant", "a trip Saturday, beginning with a visit to Y"); a meeting
     * word's is every undated engagement's ("heads of state will meet on Saturday for a summit"), any other's is
     * dropped ("address Congress on April 11").
     */
    static void assign(SentenceFacts f, List<Candidate> seeds, WordSet otherEvents) {
        if (seeds.isEmpty()) {
            return;
        }
        List<SentenceFacts.Dated> everyones = new ArrayList<>();
        for (SentenceFacts.Dated d : f.dates) {
            if (EventClauses.afterReturn(f, d.token()) || superseded(f, d, otherEvents) || ofAThingDescribed(f, d)
                    || narrowedRightAfter(f, d) || ofAnotherEvent(f, d, otherEvents)) {
                continue;
            }
            if (arrivalsBeginFor(f, d)) {
                continue; // "leaders will start arriving in Bali over the weekend for the G20 summit": when arrivals begin, no one's engagement and not the summit's days
            }
            Candidate followedBy = followedOnBy(f, d, seeds);
            if (followedBy != null) {
                apply(followedBy, d); // "will be followed on Nov. 12 by the East Asia Summit"
                continue;
            }
            Trigger before = null;
            boolean pastAWhereClause = false;
            for (Trigger t : f.triggers) {
                boolean adjective = t.form().equals("ing") && !EventClauses.progressive(f, t) // "the visiting president"
                        && !EventClauses.gerundOfAPlan(f, t); // but "before spending Thursday in La Paz"
                // "Ahead of the summit, X will on Friday receive Y": the summit only named, its word owns no date after it
                boolean named = EventClauses.inReference(f, t.from()) && !sameReference(f, t.from(), d.token());
                // "X will meet Y, who arrives a day ahead, on Tuesday": the clause closed before the date owns none of it
                // "in Tunis on Monday, where he will be received by X, and in Tripoli on Tuesday": the clause has Monday
                boolean where = t.from() <= d.token() && RelativeClauses.whereClosedAround(f, t.from(), d.token());
                if (t.from() <= d.token()) {
                    pastAWhereClause = where; // whether the last event word before the date is in a clause closed before it
                }
                boolean aside = RelativeClauses.closedAround(f, t.from(), d.token()) && RelativeClauses.aboutAPerson(f, t.from())
                        || where;
                if (t.from() <= d.token() && (!t.past() || EventClauses.arrivalForVisit(f, t)) && !f.background[t.from()] && !adjective
                        && !named && !aside && !EventClauses.howTheyMeet(f, t)) {
                    before = t;
                }
            }
            int afterIt = f.tokenAt(d.mention().end() - 1) + 1;
            for (Candidate c : seeds) {
                // "in Tunis on Monday, where he will be received by X, and in Tripoli on Tuesday": the clause's event is
                // on the day before it, not the next leg's; "leaves Madrid on Tuesday and is due in Nairobi on
                // Wednesday, where she will hold talks with X": the clause has no day of its own, and the one before it
                // (with one day told, an undated clause is read into its journey: "visits Accra for talks with X")
                if (RelativeClauses.whereClauseAfter(f, c.trigger.from(), afterIt)
                        && (f.dates.stream().anyMatch(o -> RelativeClauses.whereClosedAround(f, c.trigger.from(), o.token()))
                            || f.dates.stream().anyMatch(o -> o.token() < d.token()) // a second day told
                                && !UNTIL.contains(f.tokens, d.token() - 1) // not "stay until Wednesday, where"
                                && f.dates.stream().noneMatch(o -> o.token() > afterIt))) {
                    apply(c, d);
                }
            }
            if (before == null) {
                everyones.add(d);
                continue;
            }
            if (clauseAfter(f, before.to()) < d.token() || pastAWhereClause) {
                // "talks with X, then on July 25 he will address Parliament": the next clause's event word's;
                // "talks with X, before spending Thursday in La Paz": a clause with no event word of its own
                seeds.stream().filter(c -> c.trigger.from() > d.token()).findFirst().ifPresent(c -> apply(c, d));
                continue;
            }
            Candidate owner = null;
            for (Candidate c : seeds) {
                if (c.trigger.from() == before.from()) {
                    owner = c;
                }
            }
            if (owner == null && before.form().equals("noun")) {
                owner = appositiveOf(f, before, seeds); // "the Manama Dialogue, the IISS security forum, runs from ..."
            }
            if (owner == null && before.form().equals("noun")) {
                // "is hosting a meeting of defence ministers in New Delhi later this month": the hosting is the meeting
                // "will convene a new round of peace talks in Nairobi next Monday": the convening is the talks;
                // "the Pacific Islands Forum leaders' meeting, scheduled for May 28-30": the Forum's meeting
                for (Candidate c : seeds) {
                    if (c.trigger.named() && headOfTheName(f, c.trigger, before)) {
                        owner = c;
                    }
                    boolean verbOfIt = c.kind.equals("host") || c.kind.equals("attend")
                            || c.family().equals("meeting") && !c.trigger.form().equals("noun");
                    if (verbOfIt && c.trigger.to() <= before.from() && before.from() - c.trigger.to() <= 6
                            && !f.tokens.containsBetween(c.trigger.to(), before.from(), ",")) {
                        owner = c;
                    }
                }
            }
            if (owner == null && EventClauses.inReference(f, before.from()) && !EventClauses.referenceBefore(f, before.from())) {
                // "will meet on the sidelines of the X summit in Astana next week": the summit's date is the meeting's
                for (Candidate c : seeds) {
                    if (c.trigger.from() < before.from()) {
                        owner = c;
                    }
                }
            }
            if (owner == null) {
                boolean trip = before.kind().equals("trip") || before.kind().equals("travel") || before.kind().equals("visit");
                for (Candidate c : seeds) {
                    if (trip && c.trigger.from() > d.token()) {
                        // but "X, who arrives on Tuesday night, will hold talks with Y on Wednesday": the talks' own
                        int next = clauseAfter(f, c.trigger.to()); // "..., before spending Thursday in Apia" is another's
                        for (Trigger t : f.triggers) {
                            if (t.from() > c.trigger.to() && t.from() < next) {
                                next = t.from();
                            }
                        }
                        int regionEnd = next;
                        owner = f.dates.stream().anyMatch(o -> o.token() > c.trigger.from() && o.token() < regionEnd) ? null : c;
                        break;
                    }
                }
                if (owner == null && trip) {
                    // "travel to Lima for a two-day visit starting March 16": the travel is that visit;
                    // "will host X for a state visit starting on Thursday": the hosting is
                    for (Candidate c : seeds) {
                        if (c.trigger.from() < before.from() && (c.family().equals("visit") || c.kind.equals("host"))) {
                            owner = c;
                        }
                    }
                    if (owner != null) {
                        owner.days = Math.max(owner.days, Durations.of(f, before));
                    }
                }
                for (Candidate c : seeds) {
                    if (owner == null && !trip && DraftAssembler.joinedByAnd(f, c.trigger.to(), before.from())) {
                        owner = c; // "the 58th ASEAN Foreign Ministers' Meeting and related meetings the week of July 7"
                    }
                }
                if (owner == null && !trip) {
                    // a date after a word that is no engagement of its own, with an engagement before it: keep the old rule
                    for (Candidate c : seeds) {
                        if (c.trigger.from() <= d.token() && !meetingWord(before)) {
                            owner = c;
                        }
                    }
                }
            }
            if (owner != null) {
                for (Candidate c : seeds) {
                    if (c != owner && c.trigger == owner.trigger && !c.dated()) {
                        apply(c, d); // "bilateral meetings with X, Y and Z on Tuesday": each of them that day
                    }
                }
                apply(owner, d);
            } else if (before.kind().equals("meeting")
                    || before.kind().equals("host") && !before.form().equals("noun")
                    || before.kind().equals("attend") && !before.form().equals("noun") && !EventClauses.negated(f, before.from())) {
                // "heads of state will meet in Accra on Saturday for an ECOWAS summit": the summit's;
                // "Cuba is completing preparations to host on Friday and Saturday the Summit of ...": the summit's;
                // "the two ministers will co-chair, on Thursday morning, the second session of ...": the session's
                everyones.add(d);
            }
        }
        // "On Wednesday, she will fly to Angola, where she is due to meet X on Thursday": an engagement's own date
        // first, the date before them all for the rest
        for (SentenceFacts.Dated d : everyones) {
            for (Candidate c : seeds) {
                if (!c.dated()) { // "X, who was in Bratislava on Friday, will travel to Istanbul this weekend": its own
                    apply(c, d);
                }
            }
        }
    }

    private static final WordSet DATE_PREPOSITIONS = WordSet.of("in", "on", "of", "this", "next", "late", "early");

    /** words that end a date's phrase before an event word: "on Tuesday ahead of the election", "after the vote" */
    private static final WordSet NOT_A_MODIFIER = WordSet.of("ahead", "before", "after", "amid", "during", "following",
            "until", "since", "of", "in", "on", "at", "for", "to", "and", "or", "but", "as", "with", "by", "the", "a", "an");

    /** adjectives between a date and the event it dates: "the May 12 midterm election" */
    private static final int EVENT_MODIFIERS = 2;

    /**
     * "before Chile's presidential election in November", "ahead of the May 12 midterm election": the date of an event
     * that is no one's engagement, its own.
     */
    private static boolean ofAnotherEvent(SentenceFacts f, SentenceFacts.Dated d, WordSet otherEvents) {
        int k = d.token() - 1;
        while (k >= 0 && d.token() - k <= 2 && DATE_PREPOSITIONS.contains(f.tokens, k)) {
            k--;
        }
        if (k >= 0 && otherEvents.contains(f.tokens, k)) {
            return true;
        }
        int end = f.tokenAt(d.mention().end() - 1) + 1;
        for (int j = end; j < f.tokens.size() && j <= end + EVENT_MODIFIERS && f.tokens.word(j); j++) {
            if (otherEvents.contains(f.tokens, j)) {
                return true;
            }
            if (f.tokens.capitalised(j) || NOT_A_MODIFIER.contains(f.tokens, j)) {
                return false; // "on Tuesday ahead of elections in October": Tuesday is the trip's
            }
        }
        return false;
    }

    private static final WordSet BEGIN = WordSet.of("start", "starts", "begin", "begins");

    /** A date after "start arriving" (or "begin arriving") and before "for" a gathering: when arrivals begin. */
    private static boolean arrivalsBeginFor(SentenceFacts f, SentenceFacts.Dated d) {
        boolean arrivals = false;
        for (int k = Math.max(0, d.token() - ARRIVALS_REACH); k + 1 < d.token(); k++) {
            arrivals |= BEGIN.contains(f.tokens, k) && (f.tokens.is(k + 1, "arriving")
                    || f.tokens.is(k + 1, "to") && k + 2 < d.token() && f.tokens.is(k + 2, "arrive"));
        }
        if (!arrivals) {
            return false;
        }
        for (Trigger t : f.triggers) {
            if (t.gathering() && t.from() > d.token() && f.tokens.containsBetween(d.token(), t.from(), "for")) {
                return true;
            }
        }
        return false;
    }

    /** words from "start arriving" to the date: "start arriving in the Indonesian resort of Bali over the weekend" */
    private static final int ARRIVALS_REACH = 10;

    private static final WordSet NEXT_CLAUSE = WordSet.of("before", "after", "then", "while");

    /** Where ", before ..." or ", then ..." opens the next clause after {@code from}; the sentence's end if none. */
    private static int clauseAfter(SentenceFacts f, int from) {
        for (int k = from; k + 1 < f.tokens.size(); k++) {
            if (f.tokens.is(k, ",") && NEXT_CLAUSE.contains(f.tokens, k + 1)) {
                return k;
            }
            if (f.tokens.is(k, ",") && f.tokens.is(k + 1, "and") && subjectSoonAfter(f, k + 2)) {
                return k; // "..., and on Friday he travels to Y": a clause with a subject of its own
            }
        }
        return f.tokens.size();
    }

    /** "on Friday he": a subject pronoun within the few words after {@code from}. */
    private static boolean subjectSoonAfter(SentenceFacts f, int from) {
        for (int k = from; k < Math.min(f.tokens.size(), from + 4); k++) {
            if (ClauseWords.SUBJECT_PRONOUNS.contains(f.tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** "Next week, from Monday the 2nd to Wednesday the 4th, ...": a vague date told again, exactly, right after it. */
    private static boolean narrowedRightAfter(SentenceFacts f, SentenceFacts.Dated d) {
        if (d.mention().exact() || d.mention().first() == null) {
            return false;
        }
        int end = f.tokenAt(d.mention().end() - 1);
        for (SentenceFacts.Dated o : f.dates) {
            if (o.token() > end && o.token() - end <= 3 && !RelativeClauses.closedAround(f, d.token(), o.token())
                    && o.mention().exact() && o.mention().first() != null
                    && !o.mention().first().isBefore(d.mention().first()) && !o.mention().last().isAfter(d.mention().last())) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet FORMERLY = WordSet.of("initially", "originally", "previously", "earlier");

    /** "initially foreseen for Thursday 3 April will take place ... on Friday": the plan given up, a new date told after it. */
    private static boolean superseded(SentenceFacts f, SentenceFacts.Dated d, WordSet otherEvents) {
        // (a date past a semicolon is another clause's: "originally planned for Friday, has been cancelled; the minister
        // will return on Thursday"; and so is an election's: "earlier set for Tuesday, has been cancelled ahead of the
        // May 12 election")
        boolean later = f.dates.stream().anyMatch(o -> o.token() > d.token() && !o.mention().first().equals(d.mention().first())
                && !f.tokens.containsBetween(d.token(), o.token(), ";") && !ofAnotherEvent(f, o, otherEvents));
        for (int k = Math.max(0, d.token() - 4); k < d.token() && later; k++) {
            if (FORMERLY.contains(f.tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** Tokens {@code a} and {@code b} lie in the same reference to another event ("on the sidelines of the summit in Astana next week"). */
    private static boolean sameReference(SentenceFacts f, int a, int b) {
        for (SentenceFacts.Anchor anchor : f.anchors) {
            if (a >= anchor.refFrom() && a < anchor.refTo() && b >= anchor.refFrom() && b < anchor.refTo()) {
                return true;
            }
        }
        return false;
    }

    /** "followed on Nov. 12 by the X Summit", "preceded on Friday by a meeting of ministers": the event after "by". */
    private static Candidate followedOnBy(SentenceFacts f, SentenceFacts.Dated d, List<Candidate> seeds) {
        int at = d.token();
        if (at < 2 || !(f.tokens.is(at - 2, "followed") || f.tokens.is(at - 2, "preceded")) || !f.tokens.is(at - 1, "on")) {
            return null;
        }
        int by = f.tokens.find("by", at + 1, Math.min(f.tokens.size(), at + 8));
        if (by < 0) {
            return null;
        }
        for (Candidate c : seeds) {
            if (Math.min(c.trigger.from(), c.trigger.nameFrom()) > by && Math.min(c.trigger.from(), c.trigger.nameFrom()) - by <= 8) {
                return c;
            }
        }
        return null;
    }

    /** "the Pacific Islands Forum leaders' meeting": an event word right after a named event is that event's. */
    static boolean headOfTheName(SentenceFacts f, Trigger named, Trigger after) {
        return after.form().equals("noun") && named.to() <= after.from() && after.from() - named.to() <= 2
                && !f.tokens.containsBetween(named.to(), after.from(), ",");
    }

    private static final WordSet CLAUSE_OPENERS = WordSet.of("and", "then", "but", "while");

    /**
     * "will land in Belfast on Tuesday, April 11, and will meet X the following morning": an engagement dated by a day
     * told before it, with "the following morning" after it, is on the next day.
     */
    static void theFollowingDay(SentenceFacts f, List<Candidate> seeds) {
        for (SentenceFacts.Anchor a : f.anchors) {
            if (!a.type().equals("following-day")) {
                continue;
            }
            Candidate owner = null;
            for (Candidate c : seeds) {
                if (c.trigger.to() <= a.token() && (owner == null || c.trigger.from() > owner.trigger.from())) {
                    owner = c; // the engagement told last before the words
                }
            }
            if (owner == null || !owner.dated() || !owner.start.equals(owner.end)) {
                continue;
            }
            int from = owner.trigger.from();
            boolean ownDate = f.dates.stream().anyMatch(d -> d.token() >= from && d.token() < a.token());
            // "X, and the following day will travel to Y": words opening a clause of their own are the next one's
            boolean endsItsClause = a.token() > 0 && f.tokens.word(a.token() - 1) && !CLAUSE_OPENERS.contains(f.tokens, a.token() - 1);
            // (unless the day told before is not the one it took: "a summit on June 14 and another the next day")
            LocalDate toldBefore = null;
            for (SentenceFacts.Dated d : f.dates) {
                if (d.token() < a.token()) {
                    toldBefore = d.mention().first();
                }
            }
            if (!ownDate && endsItsClause && owner.start.equals(toldBefore)) {
                owner.date(owner.start.plusDays(1), owner.end.plusDays(1), owner.precision);
            }
        }
    }

    private static final WordSet UNTIL = WordSet.of("until", "till", "ending", "ends", "end");

    /** "until Friday", "ending on Friday", "that ends Friday": the day told is the last of the span. */
    private static boolean endsThere(SentenceFacts f, int dateToken) {
        int k = dateToken - 1;
        if (k >= 0 && f.tokens.is(k, "on")) {
            k--;
        }
        return k >= 0 && UNTIL.contains(f.tokens, k);
    }

    private static boolean meetingWord(Trigger t) {
        return !(t.kind().equals("attend") || t.kind().equals("host"));
    }

    private static final WordSet TO = WordSet.of("to", "for", "until");

    /** the widest span a postponement "to" names as the engagement's new slot: a week */
    private static final int NEW_SLOT_DAYS = 6;

    /**
     * "The visit, which was to have begun today, has been rescheduled to March 22-23": the date the engagement was
     * moved to is its date now, and it is planned for then.
     */
    static void movedTo(SentenceFacts f, List<Candidate> seeds) {
        if (f.status != DraftStatus.POSTPONED || f.postponedEnd < 0) {
            return;
        }
        for (SentenceFacts.Dated d : f.dates) {
            int at = d.token();
            // a day, or a week: "postponed to the last week of January next year" is a new slot; "to October" is not yet one
            if (at > f.postponedEnd && at - f.postponedEnd <= 2 && TO.contains(f.tokens, at - 1) && d.mention().first() != null
                    && (d.mention().exact() || !d.mention().last().isAfter(d.mention().first().plusDays(NEW_SLOT_DAYS)))) {
                for (Candidate c : seeds) {
                    if (c.status == DraftStatus.POSTPONED && c.trigger.from() < f.postponedEnd) {
                        moveTo(c, d);
                    }
                }
                return;
            }
        }
    }

    /** The day an engagement is moved to is its day now, whatever day it had, and it is planned for then. */
    private static void moveTo(Candidate c, SentenceFacts.Dated d) {
        c.start = null; // apply keeps a day already set
        apply(c, d);
        c.status = DraftStatus.SCHEDULED;
    }

    private static final WordSet NOW_HELD = WordSet.of("place", "held", "scheduled", "set", "due", "planned", "fixed");

    /**
     * "The summit that had been scheduled for 29 April will now take place on 13 May", "has been moved to 13 May",
     * "was brought forward to 13 May": the day it is moved to is its day, and it is planned for then.
     */
    static void nowOn(SentenceFacts f, List<Candidate> seeds) {
        for (SentenceFacts.Dated d : f.dates) {
            int at = d.token();
            if (at < 3 || !d.mention().exact() || d.mention().first() == null
                    || !(f.tokens.is(at - 1, "on") || f.tokens.is(at - 1, "to") || f.tokens.is(at - 1, "for"))) {
                continue;
            }
            boolean moved = f.tokens.is(at - 2, "moved") || f.tokens.is(at - 2, "forward") && f.tokens.is(at - 3, "brought");
            boolean now = NOW_HELD.contains(f.tokens, at - 2) && f.tokens.containsBetween(Math.max(0, at - 5), at - 2, "now");
            if (!moved && !now) {
                continue;
            }
            for (Candidate c : seeds) {
                if (c.trigger.from() < at) {
                    moveTo(c, d);
                }
            }
            return;
        }
    }

    /**
     * "will fly to Hanoi on Thursday for a state visit to Vietnam until Saturday": a visit told only by the day it
     * lasts until begins on the day of the journey that takes the visitor there.
     */
    private static final WordSet STAYING = WordSet.of("remain", "remains", "remaining", "stay", "stays", "staying");

    static void untilFromTheJourney(SentenceFacts f, List<Candidate> seeds) {
        for (SentenceFacts.Dated d : f.dates) {
            if (d.token() < 1 || !(f.tokens.is(d.token() - 1, "until") || f.tokens.is(d.token() - 1, "till"))) {
                continue;
            }
            LocalDate until = d.mention().last();
            for (Candidate visit : seeds) {
                if (!visit.family().equals("visit") || !visit.dated() || visit.trigger.from() > d.token()
                        || visit.precision != Precision.DAY) {
                    continue;
                }
                if (visit.start.equals(visit.end) && visit.start.isBefore(until) && !visit.kind.equals("travel")
                        && visit.trigger.from() > lastDateBefore(f, d.token())) {
                    visit.date(visit.start, until, visit.precision); // the journey's day passed to it: it lasts until then
                    continue;
                }
                if (visit.start.equals(visit.end) && visit.start.isBefore(until) && visit.kind.equals("travel")
                        && STAYING.anyBetween(f.tokens, visit.trigger.to(), d.token())) {
                    visit.date(visit.start, until, visit.precision); // "will fly to Apia on Monday and remain there until Wednesday"
                    continue;
                }
                if (!visit.start.equals(until) || !visit.end.equals(until)) {
                    continue;
                }
                for (Candidate journey : seeds) {
                    if (journey != visit && journey.kind.equals("travel") && journey.dated() && journey.start.equals(journey.end)
                            && journey.trigger.to() <= visit.trigger.from() && journey.start.isBefore(until)) {
                        visit.date(journey.start, until, visit.precision);
                    }
                }
            }
        }
    }

    /**
     * "begins on Wednesday an official visit to Cabo Verde that will run until Friday", "will begin a state visit to Peru
     * on Wednesday that will last until Friday": the visit runs from the day told before "until" to the day after it.
     */
    static void fromTheDayToldUntil(SentenceFacts f, List<Candidate> seeds) {
        SentenceFacts.Dated from = null;
        for (SentenceFacts.Dated d : f.dates) {
            boolean until = d.token() > 0 && (f.tokens.is(d.token() - 1, "until") || f.tokens.is(d.token() - 1, "till"))
                    && itsVisitRunsUntil(f, d.token() - 1);
            if (until && from != null && d.mention().oneDay() && from.mention().first().isBefore(d.mention().first())
                    && !d.mention().first().isAfter(from.mention().first().plusDays(MAX_SPAN_DAYS))) {
                lastsUntil(f, seeds, from, d);
            }
            from = d.mention().oneDay() ? d : null;
        }
    }

    /**
     * "that will run until", "which lasts until", "a visit that will keep him in Cameroon until": "until" closes a
     * relative clause of what comes before it, not a clause of another subject ("and Congress will sit until").
     */
    private static boolean itsVisitRunsUntil(SentenceFacts f, int until) {
        for (int k = until - 1; k >= 0 && until - k <= RELATIVE_REACH && !f.tokens.is(k, ","); k--) {
            if (f.tokens.is(k, "that") || f.tokens.is(k, "which")) {
                return true;
            }
        }
        return false;
    }

    private static final int RELATIVE_REACH = 6;

    /** a visit told by the day it begins and the day it runs until spans no more than two weeks */
    private static final int MAX_SPAN_DAYS = 14;

    /** The one visit told between the two dates (or just before the first) is dated by both. */
    private static void lastsUntil(SentenceFacts f, List<Candidate> seeds, SentenceFacts.Dated from, SentenceFacts.Dated until) {
        Candidate visit = null;
        for (Candidate c : seeds) {
            if (c.trigger.from() > until.token() || c.trigger.to() < from.token() - 6) {
                continue;
            }
            if (visit != null || !c.family().equals("visit") || c.kind.equals("travel") || !c.dated() || c.precision != Precision.DAY
                    || !c.start.equals(c.end) || !(c.start.equals(from.mention().first()) || c.start.equals(until.mention().first()))) {
                return; // another event between the two days, or one this rule does not read
            }
            visit = c;
        }
        if (visit != null) {
            visit.date(from.mention().first(), until.mention().last(), Precision.DAY);
        }
    }

    /** The token of the last date told before {@code token}, or -1. */
    private static int lastDateBefore(SentenceFacts f, int token) {
        int at = -1;
        for (SentenceFacts.Dated d : f.dates) {
            if (d.token() < token) {
                at = d.token();
            }
        }
        return at;
    }

    static void apply(Candidate c, SentenceFacts.Dated d) {
        if (c.dated() && c.precision == Precision.DAY) {
            return;
        }
        var m = d.mention();
        LocalDate first = m.first();
        LocalDate last = m.last();
        Precision p = m.exact() ? Precision.DAY : Precision.WINDOW;
        if (p == Precision.DAY && first.equals(last) && c.days > 1 && endsThere(c.facts, d.token())) {
            first = last.minusDays(c.days - 1L); // "a four-day visit ending on Friday, May 24"
        } else if (p == Precision.DAY && first.equals(last) && c.days > 1) {
            last = first.plusDays(c.days - 1L);
        }
        c.date(first, last, p);
        if (m.timeOfDay() != null) {
            c.time = m.timeOfDay();
        }
        boolean bare = p == Precision.DAY && first.equals(m.last());
        c.weekday = bare && WEEKDAY.contains(m.text().toLowerCase().replace("on ", "")) || p == Precision.DAY && weekdaySpan(m.text());
        c.weekdayPart = bare && weekdayAndPart(m.text());
    }

    /** "Thursday", "on Monday afternoon": a weekday, perhaps with its part, and no date of its own. */
    static boolean bareWeekday(String text) {
        return WEEKDAY.contains(text.toLowerCase(java.util.Locale.ROOT).replace("on ", "")) || weekdayAndPart(text);
    }

    /** "Sunday to Tuesday", "Monday-Wednesday": weekdays and nothing else, as bare as one weekday. */
    private static boolean weekdaySpan(String text) {
        String[] ends = text.toLowerCase(java.util.Locale.ROOT).replace("from ", "").split(" to | until |\\s*[-\u2013]\\s*");
        return ends.length == 2 && WEEKDAY.contains(ends[0].trim()) && WEEKDAY.contains(ends[1].trim());
    }

    /** "Monday evening", "on Tuesday morning": a weekday's part, with no date of its own. */
    private static boolean weekdayAndPart(String text) {
        String[] words = text.toLowerCase(java.util.Locale.ROOT).replace("on ", "").split(" ");
        return words.length == 2 && WEEKDAY.contains(words[0]) && PARTS_OF_DAY.contains(words[1]);
    }
}
