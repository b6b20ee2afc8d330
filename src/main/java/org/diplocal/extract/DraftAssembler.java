package org.diplocal.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplocal.extract.time.TimeMention;
import org.diplocal.extract.time.TimexType;

/**
 * Turns the facts of a report's sentences into engagement drafts: picks the event words that carry
 * a planned engagement (with a person, a place or a name of their own), gives each its people,
 * place and dates, resolves dates told relative to other events ("upon arrival", "while in Warsaw",
 * "a day after the summit", with {@link RelativeDates} and {@link TripContext}), merges what several
 * sentences say about one engagement ({@link EngagementMerger}) and writes the drafts ({@link DraftWriter}).
 */
final class DraftAssembler {
    private static final WordSet ONE_PERSON_PRONOUNS = WordSet.of("he", "his", "him", "she", "her");
    private static final WordSet OBJECT_PRONOUNS = WordSet.of("him", "her");
    private static final WordSet GROUP_WORDS = WordSet.of("they", "their", "them", "both", "officials", "leaders", "sides", "couple");
    private static final WordSet ROLE_REFS = WordSet.of("secretary", "minister", "president", "premier", "chancellor",
            "envoy", "leader");
    static final WordSet GROUP_OBJECT = WordSet.of("leaders", "counterparts", "heads", "presidents", "ministers");
    /** How far, in tokens, an event word may stand after the verb of taking part in it ("will co-chair, on Thursday, the session"). */
    private static final int EVENT_WORD_REACH = 12;
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final EventPlaces places;
    private final GroupsThatMeet groups;
    private final java.util.Map<String, Integer> countryCounts = new java.util.LinkedHashMap<>();
    /** who the last engagement told was about: the "he" or "she" of the next one */
    private Person lastSubject;
    /** who made the visit told last: "The visit will include talks with X" are that visitor's */
    private Person lastVisitor;
    /** who "him" or "her" stood for, and in which sentence: "X will hold talks with her. Y will meet with her" */
    private Person pronounObject;
    private int pronounObjectAt = -2;
    /** everyone the report names, for a reference such as "his Indian counterpart" */
    private List<Person> reportPeople = List.of();
    /** everyone named in the sentences before the current one */
    private final Set<Person> toldBefore = new HashSet<>();
    /** who took part in the engagements told so far, in order: "the two leaders" are the last two */
    private final List<Person> engaged = new ArrayList<>();
    /** the two people the sentence before names, if it names exactly two (see {@link #pairNamed}) */
    private List<Person> previousPair = List.of();
    /** the one person the sentence before named, if it named exactly one: "For Macron, ... The French president" */
    private Person namedAloneBefore;
    /** in a transcript, whose turn it is ("EBRARD: ... I will represent Mexico"): who "I" is; null outside one */
    private Person voice;
    /** the people a release opens with, one name a line, each with the office on the line below it */
    private List<Person> authors = List.of();
    /** {@link #countCapitals}: read once per report, asked for each journey "to the capital" */
    private final java.util.Map<String, Integer> capitalCounts = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, PlaceMention> capitalMentions = new java.util.HashMap<>();
    /** the sentences of the report being assembled */
    private List<SentenceFacts> currentReport = List.of();
    /** the country of the report's dateline, where a gathering it tells without a place most likely is */
    private String datelineCountry;
    /** the town or country of the report's dateline, the place "here" names ("will arrive here on Wednesday") */
    private PlaceMention datelinePlace;

    DraftAssembler(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.places = new EventPlaces(gazetteer, lexicon);
        this.groups = new GroupsThatMeet(lexicon);
    }

    /**
     * "There are reports that the minister will meet X in Moscow. ... No such meeting is planned.": the last engagement
     * of that family told in the few sentences before is withdrawn.
     */
    private static void withdrawDenied(SentenceFacts f, List<Candidate> candidates) {
        String family = EventClauses.suchDenied(f);
        if (family == null) {
            return;
        }
        Candidate denied = toldJustBefore(f, candidates, c -> c.family().equals(family));
        if (denied != null) {
            candidates.remove(denied);
        }
    }

    private static final WordSet THAT_ONE = WordSet.of("that", "this", "the");

    /**
     * "X had also planned to visit the Y project in Z on Friday. That visit has been cancelled": a sentence that opens
     * on the event word of one told just before, or on a part of the journey ("That leg of the mission"), and tells no
     * day of its own, calls that one off (or puts it off). For a part of the journey, where the sentence's own
     * engagements may begin (a later clause, else its end); -1 otherwise.
     */
    private static int calledOffHere(SentenceFacts f, List<Candidate> candidates) {
        if (f.status == DraftStatus.SCHEDULED || f.status == DraftStatus.TENTATIVE || f.pastTime
                || f.pastDate || f.tokens.size() < 3 || !THAT_ONE.contains(f.tokens, 0)) {
            return -1;
        }
        int after = PART_OF_A_JOURNEY.contains(f.tokens, 1) ? pastOfTheJourney(f, 2) : -1;
        int later = after > 0 ? laterClauseAt(f, after) : -1;
        if (after > 0 && calledOffRightAfter(f, after) && f.dates.stream().allMatch(d -> later >= 0 && d.token() >= later)) {
            // "That leg of the mission has been cancelled", "That part of the programme has been dropped": the stop told
            // last ("..., and IOM will seek another opportunity later in the year" is another matter)
            Candidate told = toldJustBefore(f, candidates, c -> true);
            if (told != null && told.dated()) {
                told.status = f.status;
            }
            return later >= 0 ? later : f.tokens.size(); // its journey's word ("of the tour") is no engagement of its own
        }
        if (!f.dates.isEmpty()) {
            return -1;
        }
        for (Trigger t : f.triggers) {
            if (t.from() == 1 && t.form().equals("noun") && calledOffRightAfter(f, t.to())) {
                String family = Candidate.familyOf(t.kind());
                Candidate told = toldJustBefore(f, candidates, c -> true); // the last one told, not one further back
                if (told != null && told.family().equals(family) && told.dated()) {
                    told.status = f.status;
                }
                return -1;
            }
        }
        return -1;
    }

    /** Where a clause after the one from {@code from} begins, past a comma or semicolon and "and" or "but"; else -1. */
    private static int laterClauseAt(SentenceFacts f, int from) {
        for (int j = from; j + 2 < f.tokens.size(); j++) {
            if ((f.tokens.is(j, ",") || f.tokens.is(j, ";")) && (f.tokens.is(j + 1, "and") || f.tokens.is(j + 1, "but"))) {
                return j + 2;
            }
        }
        return -1;
    }

    private static final WordSet PART_OF_A_JOURNEY = WordSet.of("leg", "part", "stage", "stop", "segment", "portion");
    private static final WordSet JOURNEYS = WordSet.of("mission", "tour", "trip", "programme", "program", "visit", "journey",
            "itinerary", "schedule");

    /**
     * Past "of the mission", "of the programme", "of her tour" at {@code k}; {@code k} when no "of" follows; -1 when it
     * is a part of something else ("That part of the deal").
     */
    private static int pastOfTheJourney(SentenceFacts f, int k) {
        if (k >= f.tokens.size() || !f.tokens.is(k, "of")) {
            return k;
        }
        boolean whose = k + 2 < f.tokens.size() && (THAT_ONE.contains(f.tokens, k + 1) || POSSESSIVE_PRONOUNS.contains(f.tokens, k + 1));
        return whose && JOURNEYS.contains(f.tokens, k + 2) ? k + 3 : -1;
    }

    /** "That visit has (also) been cancelled": the word of calling off is the event word's own verb, not another's. */
    private static boolean calledOffRightAfter(SentenceFacts f, int k) {
        return ClauseWords.calledOffFrom(f.tokens, k);
    }

    /** sentences back from the one that refers to an engagement told before ("No such meeting", "It will now take place") */
    private static final int TOLD_BEFORE_REACH = 3;

    /** The last engagement that {@code which} accepts, told in the few sentences up to {@code f}; else null. */
    private static Candidate toldJustBefore(SentenceFacts f, List<Candidate> candidates, java.util.function.Predicate<Candidate> which) {
        for (int k = candidates.size() - 1; k >= 0; k--) {
            Candidate c = candidates.get(k);
            int told = c.sentences.stream().mapToInt(Integer::intValue).max().orElse(-1);
            if (told < f.sentence.index() - TOLD_BEFORE_REACH) {
                return null;
            }
            if (which.test(c)) {
                return c;
            }
        }
        return null;
    }

    private static final WordSet MOVED_SUBJECTS = WordSet.of("it", "they", "meeting", "talks");
    /** The longest span a moved engagement's new date may bound: "now take place in Alofi in November". */
    private static final int MOVED_WINDOW_DAYS = 31;
    private static final WordSet MOVED_WORDS = WordSet.of("moved", "postponed", "rescheduled", "relocated", "shifted", "due");

    /**
     * "X had been due to hold talks with Y in A on Wednesday. ... the meeting has been moved. It will now take place on
     * Thursday in B": the engagement told in the few sentences before is on the new day, at the new town when one is
     * named, and planned for then.
     */
    private void movedHere(SentenceFacts f, List<Candidate> candidates) {
        int now = f.tokens.find("now", 0, Math.min(f.tokens.size(), 6));
        int subject = now >= 2 && f.tokens.is(now - 1, "will") ? now - 2 : now - 1; // "It will now", "The talks now"
        boolean held = now + 2 < f.tokens.size() && (f.tokens.is(now + 1, "take") && f.tokens.is(now + 2, "place")
                || f.tokens.is(now + 1, "be") && f.tokens.is(now + 2, "held"));
        if (now < 1 || !held || !MOVED_SUBJECTS.contains(f.tokens, subject)) {
            return;
        }
        SentenceFacts.Dated day = null;
        for (SentenceFacts.Dated d : f.dates) {
            if (d.token() > now && d.mention().first() != null && d.mention().last() != null
                    && d.mention().last().toEpochDay() - d.mention().first().toEpochDay() < MOVED_WINDOW_DAYS) {
                day = d; // a day, or a month at most: "They will now take place in Alofi in November"
                break;
            }
        }
        if (day == null) {
            return;
        }
        // the one told as put off, else one told before a word of moving ("... the meeting has been moved")
        Candidate moved = toldJustBefore(f, candidates, c -> c.family().equals("meeting") && c.status == DraftStatus.POSTPONED);
        if (moved == null) {
            moved = toldJustBefore(f, candidates, c -> c.family().equals("meeting") && !c.noParticipants() && c.name == null
                    && toldMoved(c.facts.sentence.index(), f.sentence.index()));
        }
        if (moved == null) {
            return;
        }
        moved.start = null; // the day it had gives way
        DateAssignment.apply(moved, day);
        moved.status = DraftStatus.SCHEDULED;
        for (PlaceMention p : f.places.places()) {
            if (p.kind() == PlaceMention.Kind.CITY && p.from() > now) {
                moved.loc = places.loc(p);
                break;
            }
        }
        moved.sentences.add(f.sentence.index());
    }

    /** tokens from "from" to a town told as the new place: "from Thursday afternoon to Friday morning in X" */
    private static final int MOVED_PLACE_REACH = 9;
    private static final WordSet MOVED_FROM = WordSet.of("moved", "rescheduled", "shifted", "brought", "pushed", "postponed");

    /**
     * "the Joint Trade Committee had been moved from Thursday to Friday": the engagement told before on the first
     * weekday, named just before the moving verb, is on the second (the week's earlier one when "brought forward"), in the
     * town told after it, and planned. Returns where the verb's subject begins (the words from there to the verb name
     * that engagement, no new one), or -1.
     */
    private int movedFromTo(SentenceFacts f, List<Candidate> candidates) {
        for (int k = 0; k + 1 < f.tokens.size(); k++) {
            if (!MOVED_FROM.contains(f.tokens, k)) {
                continue;
            }
            int from = f.tokens.find("from", k + 1, Math.min(f.tokens.size(), k + 4));
            int to = from < 0 ? -1 : f.tokens.find("to", from + 2, Math.min(f.tokens.size(), from + 5));
            // weekdays only ("from Thursday (afternoon) to Friday"): not "from this week to next week", "from June to July"
            java.time.DayOfWeek oldDay = to < 0 || to + 1 >= f.tokens.size() ? null : Calendar.weekday(f.tokens, from + 1);
            java.time.DayOfWeek newDay = oldDay == null ? null : Calendar.weekday(f.tokens, to + 1);
            if (newDay == null) {
                continue;
            }
            int by = Math.floorMod(newDay.getValue() - oldDay.getValue(), 7); // "moved", "pushed back": later in the week
            if (f.tokens.is(k, "brought")) {
                by -= 7; // "brought forward from Friday to Thursday": earlier
            }
            int verb = k;
            Candidate moved = null; // named just before the verb, so however far back it was told ("UPDATE – ... had been moved")
            for (int j = candidates.size() - 1; j >= 0 && moved == null && by != 0; j--) {
                Candidate c = candidates.get(j);
                if (c.dated() && c.start.equals(c.end) && c.start.getDayOfWeek() == oldDay && c.name != null
                        && namedBefore(f, c.name, verb)) {
                    moved = c;
                }
            }
            int subject = subjectStart(f, verb);
            if (moved == null && by != 0) {
                moved = metBefore(f, candidates, verb, oldDay); // "The meeting between X and Y has been brought forward"
                subject = moved == null ? subject : clauseStart(f, verb);
            }
            if (moved == null) {
                return -1;
            }
            LocalDate day = moved.start.plusDays(by);
            moved.date(day, day, Precision.DAY);
            moved.status = DraftStatus.SCHEDULED;
            for (PlaceMention p : f.places.places()) {
                if (p.kind() == PlaceMention.Kind.CITY && p.from() > from && p.from() <= from + MOVED_PLACE_REACH
                        && f.tokens.is(p.from() - 1, "in")) {
                    moved.loc = places.loc(p); // "from Thursday afternoon to Friday morning in Maputo"
                    break;
                }
                boolean sameCountry = moved.loc == null || moved.loc.town() != null
                        && (p.country() == null || p.country().equals(moved.loc.country()));
                if (p.kind() == PlaceMention.Kind.VENUE && p.from() > to + 1 && EventPlaces.locative(f, p) && sameCountry) {
                    // "..., and will be held at the Palace of Serbia": the new venue, in the town it was in
                    moved.loc = moved.loc == null ? places.loc(p) : places.loc(p).placedIn(moved.loc.town());
                    break;
                }
            }
            moved.sentences.add(f.sentence.index());
            return subject;
        }
        return -1;
    }

    private static final WordSet MOVED_TO = WordSet.of("advanced", "moved", "rescheduled", "brought", "pushed", "shifted");
    private static final WordSet MOVED_TO_PARTICLES = WordSet.of("forward", "back");

    /**
     * "UPDATE: the 1st India-Liberia Joint Commission Meeting has been advanced to Mon 10 Nov": the engagement of that
     * name told before is on the day after "to", and planned. Returns where the verb's subject begins (the words from
     * there to the verb name that engagement, no new one), or -1.
     */
    private int movedToADay(SentenceFacts f, List<Candidate> candidates) {
        for (int k = 0; k + 2 < f.tokens.size(); k++) {
            if (!MOVED_TO.contains(f.tokens, k)) {
                continue;
            }
            int to = MOVED_TO_PARTICLES.contains(f.tokens, k + 1) ? k + 2 : k + 1;
            if (to >= f.tokens.size() || !f.tokens.is(to, "to")) {
                continue;
            }
            SentenceFacts.Dated day = null;
            for (SentenceFacts.Dated d : f.dates) {
                if (d.token() > to && d.token() <= to + 2 && d.mention().oneDay()) { // (after "Mon" the tagger leaves)
                    day = d;
                }
            }
            Candidate moved = null;
            for (int j = candidates.size() - 1; j >= 0 && moved == null && day != null; j--) {
                Candidate c = candidates.get(j);
                if (c.facts != f && c.dated() && c.name != null && wholeNameBefore(f, c.name, k)) {
                    moved = c;
                }
            }
            if (moved == null) {
                continue;
            }
            moved.start = null; // the day it had gives way
            DateAssignment.apply(moved, day);
            moved.status = DraftStatus.SCHEDULED;
            moved.sentences.add(f.sentence.index());
            return subjectStart(f, k);
        }
        return -1;
    }

    /** Where the clause of the verb at {@code verb} begins: after the last comma before it, else the sentence's start. */
    private static int clauseStart(SentenceFacts f, int verb) {
        int k = verb;
        while (k > 0 && !f.tokens.is(k - 1, ",")) {
            k--;
        }
        return k;
    }

    /**
     * "The meeting between X and Y has been brought forward from Thursday": the one-day meeting on {@code oldDay} of
     * the two or more people the subject names, told before; else null.
     */
    private static Candidate metBefore(SentenceFacts f, List<Candidate> candidates, int verb, java.time.DayOfWeek oldDay) {
        int subject = clauseStart(f, verb);
        Set<Person> named = new HashSet<>();
        for (PersonMention p : f.persons) {
            if (p.from() >= subject && p.to() <= verb) {
                named.add(p.person());
            }
        }
        if (named.size() < 2) {
            return null;
        }
        for (int j = candidates.size() - 1; j >= 0; j--) {
            Candidate c = candidates.get(j);
            if (c.facts != f && c.family().equals("meeting") && c.dated() && c.start.equals(c.end)
                    && c.start.getDayOfWeek() == oldDay && c.participants().containsAll(named)) {
                return c;
            }
        }
        return null;
    }

    /** Where the subject of the moving verb at {@code verb} begins: after the last comma or clause word before it. */
    private static int subjectStart(SentenceFacts f, int verb) {
        int k = verb;
        while (k > 0 && !f.tokens.is(k - 1, ",") && !CLAUSE_OPENERS.contains(f.tokens, k - 1)) {
            k--;
        }
        return k;
    }

    /** The moving verb after the subject that starts at {@code subject}. */
    private static int movedVerb(SentenceFacts f, int subject) {
        for (int k = subject; k < f.tokens.size(); k++) {
            if (MOVED_FROM.contains(f.tokens, k)) {
                return k;
            }
        }
        return subject;
    }

    private static final WordSet CLAUSE_OPENERS = WordSet.of("while", "and", "but", "that", "said", "says", ";");

    /** words from a moved engagement's name to its moving verb: "the Joint Trade Committee had been moved" */
    private static final int MOVED_SUBJECT_REACH = 5;

    /** Whether the last word of {@code name} ("Committee" of "Joint Trade Committee") is told just before the verb at {@code end}. */
    private static boolean namedBefore(SentenceFacts f, String name, int end) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        for (int k = Math.max(0, end - MOVED_SUBJECT_REACH); k < end; k++) {
            if (f.tokens.text(k).equalsIgnoreCase(last)) {
                return true;
            }
        }
        return false;
    }

    /** tokens before a moving verb that may hold the name of what is moved: "the 1st India–Liberia Joint Commission Meeting" */
    private static final int MOVED_NAME_REACH = 12;
    private static final java.util.regex.Pattern NAME_SEPARATORS = java.util.regex.Pattern.compile("[\\s\\-\u2013\u2014]+");

    /**
     * Every word of {@code name} is told in the few tokens before {@code end}: "the India-UAE Joint Commission Meeting has
     * been advanced" is not the India-Saudi council meeting, whose last word it shares. ({@link #namedBefore} asks only
     * the last word, for "moved from Monday to Tuesday" also names the old weekday the meeting must have, and updates
     * often shorten the name to its head: "the committee had been moved"; a move "to" a day has no such check.)
     */
    private static boolean wholeNameBefore(SentenceFacts f, String name, int end) {
        Set<String> told = new HashSet<>();
        for (int k = Math.max(0, end - MOVED_NAME_REACH); k < end; k++) {
            for (String w : NAME_SEPARATORS.split(f.tokens.text(k))) {
                told.add(w.toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (String w : NAME_SEPARATORS.split(name)) {
            if (!w.isEmpty() && !told.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** A word of moving ("moved", "postponed", "had been due") in the sentences from {@code from} to {@code to}. */
    private boolean toldMoved(int from, int to) {
        for (SentenceFacts s : currentReport) {
            int n = s.sentence.index();
            for (int k = 0; n >= from && n <= to && k < s.tokens.size(); k++) {
                if (MOVED_WORDS.contains(s.tokens, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Engagement mentions read per report, in text order; a report has tens at most. */
    static final int MAX_CANDIDATES = 500;

    List<Draft> assemble(List<SentenceFacts> report, List<Person> people) {
        reportPeople = people;
        currentReport = report;
        countCapitals(report);
        datelinePlace = Dateline.place(report, gazetteer);
        datelineCountry = datelinePlace == null ? null : datelinePlace.country();
        engaged.clear();
        toldBefore.clear();
        previousPair = List.of();
        namedAloneBefore = null;
        pronounObject = null;
        pronounObjectAt = -2;
        lastVisitor = null;
        voice = null;
        authors = authors(report);
        Person protagonist = protagonist(people);
        List<Candidate> candidates = new ArrayList<>();
        Set<Person> lastGroup = new LinkedHashSet<>();
        for (SentenceFacts f : report) {
            Set<Person> groupBefore = lastGroup;
            voice = turnOf(f, voice);
            joinTheJourney(f, candidates);
            withdrawDenied(f, candidates);
            int pastCalledOff = calledOffHere(f, candidates);
            movedHere(f, candidates);
            int movedFromTo = movedFromTo(f, candidates);
            int movedAt = movedFromTo >= 0 ? movedFromTo : movedToADay(f, candidates);
            List<Candidate> told = candidatesOf(f, protagonist, lastGroup);
            // "the session had been moved from Monday to Tuesday": the subject is the engagement told before
            told.removeIf(c -> movedAt >= 0 && c.trigger.from() >= movedAt && c.trigger.from() < movedVerb(f, movedAt));
            if (pastCalledOff >= 0) {
                // "That leg of the tour has been cancelled, and X will instead meet Y in Oslo on Friday": only the later
                // clause tells an engagement, and the calling off is not its own
                told.removeIf(c -> c.trigger.from() < pastCalledOff);
                told.forEach(c -> c.status = DraftStatus.SCHEDULED);
            }
            if (!f.pastTime && told.stream().allMatch(c -> c.trigger.journey())) {
                delegationsLedBy(f, candidates); // (also "..., who will arrive in Kathmandu on Tuesday": a journey to it)
            }
            if (told.isEmpty() && !f.pastTime) {
                openingSubject(f).ifPresent(p -> lastSubject = p); // "X is travelling ahead of the delegation. She will meet"
            }
            for (Candidate c : told) {
                alsoMeeting(f, c, candidates.isEmpty() ? null : candidates.get(candidates.size() - 1));
                candidates.add(c);
                engaged.addAll(c.participants());
                // with two or more, "he" is not decided by order; "X was the chief guest at the parade in 1971", told of
                // the past, is no one the report goes on to follow
                if (c.subjects.size() == 1 && !receivesTheOneFollowed(f, c) && (c.dated() || !f.pastTime)) {
                    lastSubject = c.subjects.iterator().next();
                    if (c.family().equals("visit")) {
                        lastVisitor = lastSubject;
                    }
                }
                if (c.subjects.size() >= 2) {
                    lastGroup = c.subjects;
                } else if (c.participants().size() >= 2) {
                    lastGroup = c.participants();
                }
            }
            for (PersonMention m : f.persons) {
                if (lastGroup == groupBefore && !m.former() && !m.speaker() && !f.background[m.from()] && !lastGroup.contains(m.person())) {
                    // "travel to Copenhagen at the invitation of his Danish counterpart X. The two leaders will":
                    // a pair told since the last group's engagement is the pair now meant
                    engaged.add(m.person());
                    lastGroup = new LinkedHashSet<>();
                }
            }
            if (told.isEmpty() && f.tokens.size() > 2 && f.tokens.is(0, "the") && f.tokens.is(1, "two")) {
                List<Person> pair = theTwoOfTheOffice(f, 0);
                if (!pair.isEmpty()) {
                    lastGroup = new LinkedHashSet<>(pair); // "The two Prime Ministers welcomed ... They agreed ..., which both will attend"
                }
            }
            previousPair = pairNamed(f);
            namedAloneBefore = namedAlone(f);
            for (PersonMention m : f.persons) {
                toldBefore.add(m.person());
            }
        }
        if (candidates.size() > MAX_CANDIDATES) {
            // merging compares every mention with every engagement: past a few hundred the text is no report
            candidates.subList(MAX_CANDIDATES, candidates.size()).clear();
        }
        if (Boolean.getBoolean("diplocal.extract.trace")) {
            candidates.forEach(c -> System.err.println("candidate " + c + " subjects=" + c.subjects + " objects=" + c.objects
                    + " anchor=" + c.anchor + " time=" + c.time));
        }
        RelativeDates.narrativeWeekdays(candidates);
        List<Candidate> events = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.dated()) {
                EngagementMerger.mergeOrAdd(events, c);
            }
        }
        EngagementMerger.theVisitToldBefore(events, candidates);
        GatheringClauses.runsUntil(report, events);
        GatheringClauses.visitLasts(report, events);
        for (Candidate c : candidates) {
            if (!c.dated() && c.anchor != null && RelativeDates.resolveAnchor(c, events, candidates)) {
                EngagementMerger.mergeOrAddTheSameDay(events, c);
            }
        }
        TripContext trip = TripContext.of(report);
        for (Candidate c : candidates) {
            String leg = trip.legOf(c);
            if (leg != null) {
                c.loc = places.countryLoc(leg);
            }
            if (!c.dated() && !EngagementMerger.absorb(events, c)
                    && (trip.date(c, events) || RelativeDates.duringTheVisit(c, events) || RelativeDates.beforeReturning(c, events)
                        || RelativeDates.aStopOffTheVisit(c, events))) {
                events.add(c); // "In Nairobi, the minister will attend ...": between the legs before and after
            }
        }
        if (Boolean.getBoolean("diplocal.extract.trace")) {
            events.forEach(c -> System.err.println("before orphans " + c + " loc=" + c.loc + " sentences=" + c.sentences));
        }
        TourLegs.split(events);
        EngagementMerger.untilTheReturn(report, events);
        EngagementMerger.throughTheDaysAfter(events);
        EngagementMerger.adoptOrphans(events);
        EngagementMerger.attendedFromItsSidelines(events);
        EngagementMerger.statusOfTheVisit(events);
        countCountries(report);
        List<String> theTwoCountries = theTwoCountries();
        for (Candidate e : events) {
            if (e.ofTheTwoCountries && e.groupCountries.isEmpty()) {
                e.groupCountries.addAll(theTwoCountries); // "the joint border committee of the two countries"
            }
            if (e.groupRole != null) {
                officialsOfTheGroup(e, people);
            }
            if (e.noParticipants()) {
                for (String side : e.sides) { // "talks between Ethiopia and Somalia, postponed": their officials in the report
                    mostTold(people, side).ifPresent(e.subjects::add);
                }
            }
            if (e.noParticipants() && e.family().equals("visit") && e.trigger.form().equals("noun") && e.status != DraftStatus.SCHEDULED
                    && protagonist != null && e.loc != null && (e.loc.country() != null && !e.loc.country().equals(protagonist.country)
                        || e.loc.country() == null && e.loc.level() == 2)) {
                // "A visit to the project site in Suai has been dropped": the report's traveller's; so is one to a site
                // the lists cannot place ("A visit to the Chungungo energy centre planned for Wednesday has been dropped")
                e.subjects.add(protagonist);
            }
            if (e.hostCountry != null && e.noParticipants()) {
                hostCountryOfficial(e, people, e.hostCountry);
            } else if (e.noParticipants() && !e.virtual && e.loc != null && e.loc.country() != null && e.loc.level() >= 1
                    && !e.delegatesMeet) {
                // "The summit, due in Lima on May 5, was called off": whoever stands for the country it is held in; but
                // two delegations meeting there are not its president's engagement
                hostCountryOfficial(e, people, e.loc.country());
            }
        }
        Set<Candidate> sessions = new HashSet<>();
        for (Candidate e : events) {
            if (aSessionOfABody(e) || officialsOfTwoCountriesMeet(e) || twoSidesMeet(e)) {
                sessions.add(e);
            }
        }
        events.removeIf(e -> e.noParticipants() && !sessions.contains(e));
        EngagementMerger.placeFromStay(events);
        places.placeTheUnplaced(events, datelinePlace, EventPlaces.venueTowns(report));
        events.removeIf(e -> e.placedByItsStops && e.loc == null);
        strayTowns(events);
        for (SentenceFacts f : report) {
            EventPlaces.homeFromReturn(f);
        }
        for (Candidate e : events) {
            if (e.groupCountries.isEmpty() && namesABodyOfTwoGovernments(e)) {
                e.groupCountries.addAll(countriesOfTheName(e)); // "the Norway-Ghana Joint Commission": its two sides
            }
        }
        DraftWriter writer = new DraftWriter(gazetteer, countryCounts, datelineCountry);
        writer.homeCountries(events);
        places.hostsAtHome(events);
        events.forEach(places::townOpeningItsName);
        events.removeIf(e -> homeward(e, events));
        List<Draft> drafts = new ArrayList<>();
        for (Candidate e : events) {
            if (!e.participants().isEmpty() || sessions.contains(e)) {
                drafts.add(writer.draft(e));
            }
        }
        drafts.sort(Comparator.comparing(Draft::start).thenComparing(Draft::end));
        return drafts;
    }

    /**
     * "the capital": the dateline's town when it is a capital; else the capital the report names most often, once no
     * other is named as often, and not that of the country of whoever the sentence names first (who travels to it).
     */
    private Candidate.Loc theCapitalOfTheReport(SentenceFacts f) {
        if (datelinePlace != null && datelinePlace.kind() == PlaceMention.Kind.CITY && datelinePlace.city().capital()) {
            return places.loc(datelinePlace);
        }
        String traveller = f.persons.isEmpty() ? null : f.persons.get(0).person().country;
        String best = null;
        boolean tie = false;
        for (java.util.Map.Entry<String, Integer> e : capitalCounts.entrySet()) {
            if (e.getKey().equals(traveller)) {
                continue;
            }
            if (best == null || e.getValue() > capitalCounts.get(best)) {
                best = e.getKey();
                tie = false;
            } else if (e.getValue().equals(capitalCounts.get(best))) {
                tie = true;
            }
        }
        return best == null || tie ? null : places.loc(capitalMentions.get(best));
    }

    /** Each country's capital named in the report, how often and where first, outside background and sentences of the past. */
    private void countCapitals(List<SentenceFacts> report) {
        capitalCounts.clear();
        capitalMentions.clear();
        for (SentenceFacts s : report) {
            for (PlaceMention p : s.places.places()) {
                if (p.kind() == PlaceMention.Kind.CITY && p.city().capital() && !s.background[p.from()] && !s.pastTime) {
                    capitalCounts.merge(p.country(), 1, Integer::sum);
                    capitalMentions.putIfAbsent(p.country(), p);
                }
            }
        }
    }

    /** "joint border committee of ..." → "Joint border committee of ...": a phrase as written, made a title. */
    private static String sentenceCase(String phrase) {
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }

    /** How often the report names each country, outside background: by name, demonym or capital standing for it. */
    private void countCountries(List<SentenceFacts> report) {
        countryCounts.clear();
        for (SentenceFacts f : report) {
            for (CountryMention cm : f.places.countries()) {
                if (!f.background[cm.from()]) {
                    countryCounts.merge(cm.iso2(), 1, Integer::sum);
                }
            }
            for (PlaceMention p : f.places.places()) { // "Warsaw pledged": a capital standing for its government
                if (p.kind() == PlaceMention.Kind.CITY && p.city().capital() && !p.possessive() && !f.background[p.from()]) {
                    countryCounts.merge(p.country(), 1, Integer::sum);
                }
            }
        }
    }

    /**
     * "the two presidents will travel to Oyo" during a state visit to the Congo, where the lists know only Oyo, Nigeria:
     * a town the lists place in a country the report never names, held within a stay of its people in another country,
     * is a town of that country the lists lack (its own name kept, no coordinates). A capital is never so taken.
     */
    private void strayTowns(List<Candidate> events) {
        for (Candidate e : events) {
            if (e.loc == null || e.loc.level() != 1 || e.loc.country() == null || !e.dated()
                    || countryCounts.getOrDefault(e.loc.country(), 0) > 0
                    || gazetteer.capitalOf(e.loc.country()).map(c -> c.shortName().equals(e.loc.city())).orElse(false)) {
                continue;
            }
            for (Candidate stay : events) {
                if (stay != e && stay.family().equals("visit") && stay.loc != null && stay.loc.country() != null
                        && !stay.loc.country().equals(e.loc.country()) && stay.dated() && !e.start.isBefore(stay.start)
                        && !e.end.isAfter(stay.end) && stay.sharesParticipantWith(e)) {
                    e.loc = new Candidate.Loc(e.loc.name(), e.loc.city(), stay.loc.country(), stay.loc.zone(), null, null, 1);
                    break;
                }
            }
        }
    }

    /** "the two countries": the two the report names most, when a third is named less than both; else none. */
    private List<String> theTwoCountries() {
        List<java.util.Map.Entry<String, Integer>> most = countryCounts.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey())).limit(3).toList();
        if (most.size() < 2 || most.size() == 3 && most.get(2).getValue() >= most.get(1).getValue()) {
            return List.of();
        }
        return List.of(most.get(0).getKey(), most.get(1).getKey());
    }

    /** "Negotiators from Peru and Ecuador will meet in Geneva on Thursday": the sides meet, on a day, no one named. */
    private static boolean twoSidesMeet(Candidate e) {
        return e.delegatesMeet && e.noParticipants() && e.dated() && e.groupCountries.size() >= 2;
    }

    /** "10:00 Eleventh meeting of the Mongolia-Kazakhstan Intergovernmental Commission": a body's session, told of no one. */
    private static boolean aSessionOfABody(Candidate e) {
        return e.noParticipants() && e.dated() && namesABodyOfTwoGovernments(e);
    }

    /** how far before the event word the officials' countries are told: "the Czech and Philippine deputy foreign ministers will also hold" */
    private static final int SUBJECT_REACH = 10;

    /**
     * "The Czech and Philippine deputy foreign ministers will also hold political consultations in Prague on Monday":
     * officials of two countries, told by their office alone, meet on a day; an engagement of those countries with no
     * one named, as a body's session is.
     */
    private boolean officialsOfTwoCountriesMeet(Candidate e) {
        if (!e.noParticipants() || !e.dated() || !e.family().equals("meeting")) {
            return false;
        }
        SentenceFacts f = e.facts;
        Set<String> sides = new LinkedHashSet<>();
        int firstDemonym = -1;
        int lastDemonym = -1;
        for (CountryMention cm : f.places.countries()) {
            if (cm.demonym() && cm.to() < e.trigger.from() && e.trigger.from() - cm.from() <= SUBJECT_REACH) {
                sides.add(cm.iso2());
                firstDemonym = firstDemonym < 0 ? cm.from() : firstDemonym;
                lastDemonym = cm.to();
            }
        }
        if (sides.size() != 2) {
            return false;
        }
        for (int k = lastDemonym; k < e.trigger.from() && k <= lastDemonym + 3; k++) {
            PhraseTable.Match<String[]> plural = lexicon.pluralRoles.longest(f.tokens, k);
            if (plural != null && plural.to() <= e.trigger.from()) {
                e.groupCountries.addAll(sides);
                if (e.name == null) { // "Meeting of the Czech and Philippine deputy foreign ministers"
                    e.name = "Meeting of the " + f.tokens.joined(firstDemonym, plural.to());
                }
                return true;
            }
        }
        return false;
    }

    /** "the Kyrgyz-Hungarian intergovernmental commission", "the Ghana-Senegal Permanent Joint Commission" */
    static boolean namesABodyOfTwoGovernments(Candidate e) {
        if (!e.family().equals("meeting") || !namesABody(e)) {
            return false;
        }
        return e.groupCountries.size() >= 2 || countriesOfTheName(e).size() >= 2;
    }

    /** "Eleventh meeting of the X-Y Commission on Trade": the countries within the name, which runs past the event word. */
    private static Set<String> countriesOfTheName(Candidate e) {
        int to = Math.max(e.trigger.to(), e.trigger.nameFrom() + Tokenizer.tokenize(writtenName(e)).size());
        return e.facts.places.countriesWithin(e.trigger.nameFrom(), to);
    }

    private static String writtenName(Candidate e) {
        return e.name != null ? e.name : e.trigger.name();
    }

    /** A word of {@code e}'s name, or of its event word's, is the head of a body's name: "commission", "committee". */
    static boolean namesABody(Candidate e) {
        String written = writtenName(e);
        if (written == null) {
            return false;
        }
        TokenList name = Tokenizer.tokenize(written);
        for (int k = 0; k < name.size(); k++) {
            if (GroupsThatMeet.BODY_HEADS.contains(name, k)) {
                return true;
            }
        }
        return false;
    }


    /** lines of a release's heading looked at for its authors before its text begins */
    private static final int HEADING_LINES = 12;
    private static final int HEADING_LINE_TOKENS = 8;

    /**
     * "JOINT MEDIA RELEASE / Senator the Hon Penny Wong / Minister for Foreign Affairs / The Hon Richard Marles MP /
     * Deputy Prime Minister": the people named one a line at the head of a release, in order; an office told alone on
     * the line after a name is that person's, when no office was told with the name.
     */
    private List<Person> authors(List<SentenceFacts> report) {
        List<Person> found = new ArrayList<>();
        Person last = null;
        for (int n = 0; n < report.size() && n < HEADING_LINES; n++) {
            SentenceFacts f = report.get(n);
            if (f.tokens.size() > HEADING_LINE_TOKENS) {
                break; // the text has begun
            }
            if (f.persons.size() == 1 && nameLine(f, f.persons.get(0))) {
                last = f.persons.get(0).person();
                if (!found.contains(last)) {
                    found.add(last);
                }
                continue;
            }
            PhraseTable.Match<String[]> office = last != null && last.role == null && f.persons.isEmpty() && f.tokens.size() > 0
                    ? lexicon.roles.longest(f.tokens, 0) : null;
            if (office != null && office.to() == f.tokens.size()) {
                last.role = office.value()[1]; // "Deputy Prime Minister" under "The Hon Richard Marles MP"
                last = null;
            } else {
                last = null;
            }
        }
        return found;
    }

    /** The line holds the name and nothing else but courtesies, titles and letters after it: "The Hon X MP". */
    private boolean nameLine(SentenceFacts f, PersonMention m) {
        for (int k = 0; k < f.tokens.size(); k++) {
            boolean besides = k < m.from() || k >= m.to();
            if (besides && !(f.tokens.is(k, "the") || lexicon.honorifics.contains(f.tokens, k) || lexicon.roles.longest(f.tokens, k) != null
                    || f.tokens.allCaps(k) && f.tokens.length(k) <= 3 || f.tokens.is(k, "."))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whose turn it is in a transcript after sentence {@code f}: a line opened by a name and a colon ("HURST: He will")
     * gives the turn to that person, one opened by another word and a colon ("REPORTER:") to no one; else it goes on.
     */
    private static Person turnOf(SentenceFacts f, Person before) {
        int colon = f.tokens.size() > 1 ? f.tokens.find(":", 1, Math.min(f.tokens.size(), 8)) : -1;
        if (colon < 0 || !f.tokens.allCaps(0)) {
            return before;
        }
        for (PersonMention m : f.persons) {
            if (m.from() == 0 && m.to() == colon) {
                return m.person();
            }
        }
        return null;
    }

    /**
     * "He will be accompanied by the Minister for Foreign Affairs, X, and ...": those named after "accompanied by", in a
     * sentence that tells no engagement of its own, travel on the journey told in the sentence before.
     */
    private static void joinTheJourney(SentenceFacts f, List<Candidate> candidates) {
        if (!f.triggers.isEmpty() || candidates.isEmpty()) {
            return;
        }
        Candidate journey = candidates.get(candidates.size() - 1);
        if (!journey.family().equals("visit") || journey.facts.sentence.index() != f.sentence.index() - 1
                || journey.noParticipants()) {
            return; // "The visit runs from ... The President will be accompanied by X": the visit told before, not X's own
        }
        for (int k = 1; k + 1 < f.tokens.size(); k++) {
            if (f.tokens.is(k, "by") && f.tokens.norm(k - 1).startsWith("accompan")) {
                for (PersonMention p : f.persons) {
                    if (p.from() > k && !p.former() && !f.background[p.from()] && !journey.involves(p.person())) {
                        journey.subjects.add(p.person());
                    }
                }
                return;
            }
        }
    }

    /**
     * "16.00 Farewell ceremony. The President departs for Riga": a journey of one person to their own capital on the
     * last day of their visit abroad is the way home, no engagement.
     */
    private boolean homeward(Candidate e, List<Candidate> events) {
        if (!e.kind.equals("travel") || e.loc == null || e.loc.city() == null || e.participants().size() != 1 || e.name != null) {
            return false;
        }
        Person p = e.participants().iterator().next();
        boolean capital = p.country != null && p.country.equals(e.loc.country())
                && gazetteer.capitalOf(p.country).map(c -> c.shortName().equals(e.loc.city())).orElse(false);
        if (!capital) {
            return false;
        }
        for (Candidate v : events) {
            if (v != e && v.family().equals("visit") && v.involves(p) && v.dated() && e.dated() && v.end.equals(e.start)
                    && v.loc != null && v.loc.country() != null && !v.loc.country().equals(p.country)) {
                return true;
            }
        }
        return false;
    }

    // ---- one sentence -------------------------------------------------------------------------

    private List<Candidate> candidatesOf(SentenceFacts f, Person protagonist, Set<Person> lastGroup) {
        List<Candidate> seeds = new ArrayList<>();
        if (f.triggers.isEmpty() || EventClauses.asked(f)) {
            return seeds;
        }
        List<Trigger> live = new ArrayList<>();
        for (Trigger t : f.triggers) {
            if (EventClauses.negated(f, t.from()) || EventClauses.askedAndDenied(f, t.from())) {
                continue; // "will not attend the summit"
            }
            if (EventClauses.inReference(f, t.from())) {
                continue; // "a day after the White House summit" names an event told elsewhere
            }
            if (t.form().equals("ing") && !EventClauses.progressive(f, t) && !EventClauses.gerundOfAPlan(f, t)) {
                continue; // "the press traveling with the minister" describes, it plans nothing
            }
            if (t.form().equals("noun") && EventClauses.heldBefore(f, t)) {
                continue; // "the two leaders last held face-to-face talks in Bangkok"
            }
            if (t.kind().equals("travel") && EventClauses.gatheringIsDue(f, t)) {
                continue; // "the AU's next summit is due in Addis Ababa": where the summit is, no one's journey
            }
            if (EventClauses.howTheyMeet(f, t)) {
                continue; // "consultations ... will be held by videoconference on Monday": how they meet, not a second event
            }
            if (!t.past() && !f.background[t.from()]) {
                live.add(t);
            }
        }
        boolean planned = f.future || f.status != DraftStatus.SCHEDULED || presentWithDate(f, live) || EventClauses.arrivedFor(f, live);
        if (live.isEmpty() || !planned) {
            return seeds;
        }
        if (f.status != DraftStatus.SCHEDULED && f.pastDate && f.dates.isEmpty()) {
            return seeds; // "The visit had first been planned for June 2020, but was called off": an old plan
        }
        int firstTrigger = live.get(0).from();
        List<PersonMention> inviting = inviters(f);
        List<List<Candidate>> tours = new ArrayList<>();
        Set<Candidate> ofAGroup = new HashSet<>(); // "the heads of state, who gather ...": no one of the clause before
        for (int n = 0; n < live.size(); n++) {
            Trigger t = live.get(n);
            int next = n + 1;
            if (next < live.size() && t.named() && DateAssignment.headOfTheName(f, t, live.get(next))) {
                next++; // "the Pacific Islands Forum leaders meeting ... in Suva": one event word
            }
            int regionEnd = next < live.size() ? live.get(next).from() : f.tokens.size();
            Candidate c = new Candidate(f, t);
            PlaceMention object = places.placeObject(f, t);
            PlaceMention modifier = places.placeModifier(f, t);
            int reach = t.to();
            for (PersonMention p : f.persons) {
                boolean possessor = p.to() < f.tokens.size() && f.tokens.is(p.to(), "'s"); // norms fold the curly apostrophe too
                boolean invites = c.family().equals("visit") && inviting.contains(p); // the hosts of the visit, read below
                if (p.from() >= reach && p.from() < regionEnd && usable(f, p) && !invites
                        && (objectGap(f, reach, p.from(), reach == t.to()) || c.objects.isEmpty() && chairedWith(f, t, p.from()))
                        && (!EventClauses.startsAClause(f, p) || (gatheredOf(f, t) || betweenThem(f, t, p)) && reach > t.to())
                        && !possessor) { // "The visit, Trump's first to Denmark"
                    boolean holder = gatheredOf(f, t) && !f.tokens.containsBetween(t.to(), p.from(), "with")
                            || c.family().equals("visit") && t.form().equals("noun") && p.from() == t.to() + 1
                                && f.tokens.is(t.to(), "by"); // "a visit by X to the port": X's
                    (holder ? c.subjects : c.objects).add(p.person()); // "a meeting of X and Y with Z": X and Y hold it
                    reach = p.to();
                }
            }
            if (reach == t.to() && t.to() < f.tokens.size() && t.form().equals("noun") && c.family().equals("meeting")
                    && f.tokens.is(t.to(), ":")) {
                for (PersonMention p : f.persons) { // "9:30 a.m. - Meeting of Foreign Ministers: X, Minister of ..., and Y"
                    if (p.from() > t.to() && p.from() < regionEnd && usable(f, p)) {
                        c.subjects.add(p.person());
                    }
                }
            }
            PersonMention alsoMet = reach > t.to() ? RelativeClauses.namedAfterAWhoClause(f, reach) : null;
            if (alsoMet != null && usable(f, alsoMet)) {
                c.objects.add(alsoMet.person()); // "meet X, who will host a dinner in his honour, and Y": two meetings
                c.eachApart = true;
            }
            if (c.objects.isEmpty() && c.family().equals("meeting")) {
                firstOfSeveral(f, t, regionEnd).ifPresent(c.objects::add);
            }
            int named = c.objects.isEmpty() ? whereTheOneMetIsNamed(f, t, c, regionEnd) : -1;
            if (named >= 0) {
                namedAfterItsOffices(f, named, regionEnd).ifPresent(c.objects::add);
            }
            if (c.objects.isEmpty() && object != null && c.family().equals("meeting") && f.tokens.is(t.to() - 1, "visit")) {
                c.kind = "visit"; // but "will pay a courtesy visit to Fiji" is a visit there
            }
            if (c.objects.isEmpty() && c.subjects.isEmpty()) {
                c.subjects.addAll(byTheTwo(f, t, regionEnd, lastGroup)); // "The Joint Commission meeting, co-chaired by the two ministers"
            }
            if (c.objects.isEmpty()) {
                broughtTogether(f, t, regionEnd, c);
            }
            if (c.objects.isEmpty()) {
                withTheParticipationOf(f, t, regionEnd, c);
            }
            if (c.objects.isEmpty() && (t.kind().equals("host") || t.kind().equals("meeting") && t.form().equals("noun"))) {
                guestOfHonour(f, t).ifPresent(c.objects::add); // "will host a working dinner for X"
            }
            if (c.objects.isEmpty() && t.kind().equals("host")) {
                Person honoured = officeHonoured(f, t, protagonist); // "will host an official dinner in the king's honour"
                if (honoured != null) {
                    c.objects.add(honoured);
                }
            }
            if (c.objects.isEmpty() && c.family().equals("visit") && t.form().equals("noun")) {
                visitor(f, t, regionEnd, protagonist).ifPresent(c.subjects::add); // "the visit to Oslo by Foreign Minister X"
            }
            if (c.objects.isEmpty() && t.to() < regionEnd && f.tokens.is(t.to(), "between")) {
                c.objects.addAll(theOfficesBetween(f, t.to() + 1, regionEnd, protagonist));
            }
            if (c.objects.isEmpty()) {
                Person ref = objectReference(f, t.to(), regionEnd, protagonist);
                if (ref == null && !c.family().equals("visit")) {
                    ref = theVisitor(f, t.to(), regionEnd, protagonist);
                }
                if (ref != null) {
                    c.objects.add(ref);
                }
            }
            groupObject(f, t.to(), regionEnd, c);
            if (c.objects.isEmpty() && c.family().equals("meeting")) {
                sides(f, t, regionEnd, c);
                c.counterpartCountry = unnamedCounterpart(f, t.to(), regionEnd);
            }
            if (c.objects.isEmpty() && c.family().equals("meeting") && eachOfThem(f, t.to()) && lastGroup.size() >= 2) {
                c.objects.addAll(lastGroup); // "will receive each of the three for separate meetings": one with each
                c.eachApart = true;
            }
            if (c.objects.isEmpty() && c.subjects.isEmpty() && c.family().equals("meeting")) {
                int which = f.tokens.find("which", t.to(), Math.min(regionEnd, t.to() + 12));
                if (which > 0 && f.tokens.is(which - 1, ",")) {
                    // "a meeting of the Supreme Council, which the two presidents will co-chair": they sit at it
                    c.objects.addAll(theTwoOfTheOffice(f, which + 1));
                }
            }
            if (c.objects.isEmpty() && c.family().equals("meeting") && pairAfter(f, t.to())) {
                List<Person> two = theTwoOfTheOffice(f, t.to());
                c.objects.addAll(two.isEmpty() ? lastGroup : two); // "followed by talks between the two heads of state"
            }
            // "The two ministers will co-chair the second session of the joint committee": the chairing verb's pair holds it
            boolean chairedByAPair = t.form().equals("noun") && n > 0 && live.get(n - 1).kind().equals("attend")
                    && t.from() - live.get(n - 1).to() < EVENT_WORD_REACH && pairBefore(f, live.get(n - 1).from());
            if (c.objects.isEmpty() && c.family().equals("meeting") && (pairBefore(f, t.from()) || chairedByAPair)) {
                // "X said ... that the two leaders would hold talks at the palace": the pair told last, unless the
                // office names them ("the two ministers will co-chair": the two ministers of the report)
                int pairAt = chairedByAPair ? live.get(n - 1).from() : t.from();
                int twoAt = f.tokens.find("two", Math.max(0, pairAt - 4), pairAt);
                List<Person> ofTheOffice = twoAt >= 0 ? theTwoOfTheOffice(f, twoAt) : List.of();
                List<Person> two = !ofTheOffice.isEmpty() ? ofTheOffice
                        : lastGroup.size() >= 2 ? List.copyOf(lastGroup) : lastTwo(f, t.from());
                c.subjects.addAll(two.isEmpty() && t.form().equals("noun") ? previousPair : two);
            } else if (c.objects.isEmpty() && c.family().equals("meeting") && !t.form().equals("noun")) {
                List<Person> holders = theOfficeBefore(f, t.from()); // "The Foreign Ministers will meet in Jakarta"
                if (!holders.isEmpty()) {
                    c.subjects.clear();
                    c.subjects.addAll(holders);
                }
            }
            Candidate.Loc stateOfItsForm = object == null ? stateOfItsForm(f, t) : null; // "a visit to the Grand Duchy"
            if (stateOfItsForm == null && object == null && datelineCountry != null && !t.kind().equals("travel")
                    && EventPlaces.theCountry(f, t) && !INVITED.anyBetween(f.tokens, Math.max(0, t.from() - 8), t.from())) {
                // (not "he will invite President X to pay a state visit to our country")
                stateOfItsForm = places.countryLoc(datelineCountry); // "MONTEVIDEO - ... will pay an official visit to our country"
            }
            boolean seed = t.named() || !c.objects.isEmpty() || c.subjects.size() >= 2 || !c.groupCountries.isEmpty() || c.sides.size() >= 2
                    || c.delegatesMeet && c.ofTheTwoCountries
                    || c.counterpartCountry != null
                    || (object != null && !(t.kind().equals("meeting") && !t.form().equals("noun")))
                    || modifier != null || t.kind().equals("ceremony") || t.kind().equals("speech") || stateOfItsForm != null;
            if (c.family().equals("meeting") && usableBefore(f, t.from()) >= 2) {
                seed = true; // "Store and Boric will hold a video call"
            }
            if (t.kind().equals("travel") && object == null) {
                seed = DatedLegs.told(f, t, regionEnd) // "travels first to X, on Monday, and then to Y, on Wednesday"
                        || filedHere(f, t) != null // "KARACHI: X will arrive here on Wednesday"
                        || EventPlaces.theCapital(f, t) && theCapitalOfTheReport(f) != null
                        || stateOfItsForm != null; // "will travel to the Principality on Wednesday"
            }
            boolean chairedSession = t.form().equals("noun") && c.family().equals("meeting") && n > 0
                    && CHAIRING_WITH.contains(f.tokens, live.get(n - 1).from()) && t.from() - live.get(n - 1).to() < EVENT_WORD_REACH;
            if (!seed && chairedSession && dateBetween(f, 0, regionEnd) != null) {
                seed = true; // "On Thursday he will co-chair the inaugural session of the joint committee, before ..."
            }
            if (!seed && t.gathering() && t.form().equals("noun") && GatheringClauses.precededOnBy(f, t)) {
                seed = true; // "the summit will be preceded on Friday by a joint meeting of ministers"
            }
            // "The joint commission will meet", or "will hold its fifth session", "will hold a round of talks"
            int groupVerb = t.kind().equals("meeting") && !t.form().equals("noun") ? t.from()
                    : t.form().equals("noun") && c.family().equals("meeting") ? GroupsThatMeet.heldAt(f, t) : -1;
            GroupsThatMeet.Group body = groupVerb >= 0 ? groups.before(f, groupVerb, t.form().equals("noun")) : null;
            if (body != null && dateBetween(f, 0, regionEnd) != null) {
                seed = true; // "The AU Executive Council meets on Thursday and Friday under the chairmanship of X"
                String name = f.tokens.joined(body.from(), body.to()); // "Joint working group on labour recruitment", as written
                if (!body.body()) { // "Negotiators from Peru and Ecuador meet", "Peru and Ecuador hold fourth round of talks"
                    int what = ARTICLES.contains(f.tokens, groupVerb + 1) || THEIR.contains(f.tokens, groupVerb + 1) ? groupVerb + 2 : groupVerb + 1;
                    name += " " + (t.form().equals("noun") ? "hold " + f.tokens.joined(what, t.to()) : f.tokens.joined(t.from(), t.to()));
                    c.delegatesMeet = true;
                    c.subjects.clear(); // the delegates meet, not the pair or the office told before
                }
                if (body.body() && body.sidesTold()) {
                    c.delegatesMeet = true; // "a technical committee of experts from both countries": no official's
                    c.subjects.clear();
                }
                if (c.name == null || !t.form().equals("noun")) {
                    c.name = sentenceCase(name);
                }
                // "The Kyrgyz-Hungarian intergovernmental commission": of both
                c.groupCountries.addAll(f.places.countriesWithin(body.from(), body.to()));
                c.ofTheTwoCountries = body.ofTheTwoCountries();
            }
            boolean forAGathering = n + 1 < live.size() && live.get(n + 1).gathering(); // "will gather ... for the X summit"
            boolean gatheringVerb = t.kind().equals("meeting") && !t.form().equals("noun")
                    || t.gathering() && t.form().equals("noun") && GatheringClauses.heldBy(f, t) >= 0; // "who will hold their summit"
            if (gatheringVerb && c.objects.isEmpty() && !forAGathering
                    && GatheringClauses.groupGathers(f, t) && (object != null || dateBetween(f, t.to(), regionEnd) != null)) {
                seed = true; // "for the heads of state and government, who gather in Nouakchott on Sunday and Monday"
                ofAGroup.add(c);
                if (object == null && datelineCountry != null) {
                    c.hostCountry = datelineCountry; // "TUNIS (AFP) - ... the leaders, who will hold their summit on Saturday"
                }
            }
            if (!seed && c.family().equals("visit") && t.form().equals("noun") && f.timedLine && f.principal == null
                    && !c.subjects.isEmpty() && t.from() <= LINE_OPENING) {
                seed = true; // "10h30 - Official visit of the Head of Government of X, Mrs Y, to the Grand Duchy": Y's
            }
            if (!seed && c.family().equals("visit") && t.form().equals("noun") && f.timedLine && f.principal != null
                    && t.from() <= LINE_OPENING) {
                seed = true; // "09.00 Visit to the new Vuna wharf - CANCELLED" in the programme of X's visit: X's
                if (object == null) {
                    int end = t.from();
                    while (end < f.tokens.size() && !f.tokens.is(end, "-") && !f.tokens.is(end, ",")) {
                        end++;
                    }
                    c.name = f.tokens.joined(t.from(), end); // the site the lists do not know, as the line tells it
                }
            }
            if (!seed && n == 0 && GatheringClauses.opensTheSentence(f, t) && dateBetween(f, t.to(), regionEnd) != null) {
                seed = true; // "The two-day leaders' summit opens on Tuesday, Nov. 10"
            }
            if (c.family().equals("visit") && t.form().equals("noun") && n > 0 && live.get(n - 1).kind().equals("travel")
                    && purposeOf(f, live.get(n - 1), t)) {
                seed = true; // "will arrive in Accra tomorrow for a three-day visit": the visit is what the arrival opens
            }
            boolean eventWordAhead = n + 1 < live.size()
                    && Math.min(live.get(n + 1).from(), live.get(n + 1).nameFrom()) - t.to() < EVENT_WORD_REACH;
            String attended = t.kind().equals("attend") && !eventWordAhead ? namedEventAfter(f, t) : null;
            if (attended != null) {
                c.name = attended; // "attend the UN General Assembly", "lead the delegation to the SCO Council of Foreign Ministers"
                seed = true;
            } else if (t.kind().equals("attend") && t.form().equals("noun") && object != null
                    && object.kind() != PlaceMention.Kind.VENUE) {
                c.kind = "travel"; // "lead the US delegation to Port Moresby on Monday": a trip there
                seed = true;
            } else if (t.kind().equals("attend") && eventWordAhead) {
                seed = false; // "attend the X Meeting": the meeting is the engagement
            } else if (t.kind().equals("attend") && (t.to() >= f.tokens.size() || !f.tokens.word(t.to()))) {
                seed = true; // "Zelensky is expected to attend.": the event told before
            }
            List<PersonMention> hosts = c.family().equals("visit") && c.objects.isEmpty() ? inviting : List.of();
            seed |= !hosts.isEmpty() && !t.kind().equals("travel");
            Candidate.Loc where = places.location(f, t, object, modifier, regionEnd, firstTrigger);
            PlaceMention itsDay = where == null ? EventPlaces.countryOfItsDay(f, t, regionEnd) : null;
            if (itsDay != null) {
                where = places.loc(itsDay);
            }
            if (where == null && datelineCountry != null && EventPlaces.theCountry(f, t)) {
                where = places.countryLoc(datelineCountry); // "MBABANE – X arrives in the country tomorrow"
            }
            if (where == null) {
                where = filedHere(f, t); // "KARACHI: X will arrive here on Wednesday"
            }
            if (where == null) {
                where = stateOfItsForm;
            }
            if (where == null && EventPlaces.theCapital(f, t)) {
                where = theCapitalOfTheReport(f); // "is due to arrive in the capital on Thursday"
            }
            if (!seed && t.kind().equals("visit") && !t.form().equals("noun") && where != null && where.level() >= 1
                    && !t.form().equals("passive")) {
                seed = EventPlaces.placedAfter(f, t, regionEnd); // "will visit German soldiers at a base in Tillia, in western Niger"
            }
            if (!seed) {
                continue;
            }
            c.loc = where;
            List<Candidate> legs = c.family().equals("visit") ? DatedLegs.split(f, c, regionEnd, places) : List.of();
            if (!legs.isEmpty()) {
                seeds.add(c); // "will visit Kenya from 27 to 30 November and Uganda from 30 November to 2 December"
                seeds.addAll(legs);
                continue;
            }
            if (t.stopsOnly()) {
                continue; // "a tour that will take him to X, Y and Z" only names the stops the tour has
            }
            if (object != null && EventPlaces.destinations(f, object, c)) {
                c.loc = null; // "will visit Chile and Peru": a tour, no single place
                if (c.family().equals("meeting")) {
                    c.loc = townAfterMembers(f, object, regionEnd); // "the meeting of Chile, Peru and Bolivia in Lima"
                }
            }
            if (!hosts.isEmpty() && c.loc != null) {
                // "At the invitation of King X, Y will visit Morocco"; of the presidents of Peru and Brazil, Peru's in Peru
                boolean oneHere = hosts.stream().anyMatch(h -> c.loc.country() != null && c.loc.country().equals(h.person().country));
                hosts.stream().filter(h -> !oneHere || c.loc.country().equals(h.person().country))
                        .forEach(h -> c.objects.add(h.person()));
            } else if (!hosts.isEmpty()) {
                List<Candidate> visits = visitsToHosts(f, c, hosts);
                seeds.addAll(visits);
                if (visits.size() > 1) {
                    tours.add(visits);
                }
                continue;
            }
            seeds.add(c);
            seeds.addAll(coordinatedMeetings(f, c, regionEnd));
            seeds.addAll(MeetingSplits.withEachCounterpart(f, c));
        }
        if (seeds.isEmpty()) {
            int first = 0;
            if (live.get(0).kind().equals("travel") && live.size() > 2 && live.get(1).kind().equals("attend")
                    && live.get(1).from() - live.get(0).to() < 8 && places.placeObject(f, live.get(0)) == null) {
                first = 1; // "would travel ahead of the delegation to attend the meeting": a journey to no place, for the meeting
            }
            Trigger t = live.get(first);
            if (t.kind().equals("attend") && live.size() > first + 1 && live.get(first + 1).from() - t.to() < EVENT_WORD_REACH) {
                t = live.get(first + 1); // "X will chair the meeting": the meeting told before
            }
            if (t.kind().equals("trip")) {
                t = visitAfterTheTrip(live, first); // "will make her first trip abroad to X, arriving on Monday for a visit"
            }
            if (t.kind().equals("trip") && places.placeObject(f, t) == null || t.kind().equals("attend")) {
                return seeds; // but "A trip to Valdivia planned for Thursday afternoon has been dropped" is one
            }
            Candidate c = new Candidate(f, t);
            c.loc = places.location(f, t, places.placeObject(f, t), places.placeModifier(f, t), f.tokens.size(), firstTrigger);
            if (c.loc == null) {
                c.loc = filedHere(f, t); // "KARACHI: X will pay a visit here from Wednesday"
            }
            if (c.family().equals("visit") && t.form().equals("noun")) {
                visitor(f, t, f.tokens.size(), protagonist).ifPresent(c.subjects::add); // "The state visit of President X to Y will"
                if (c.loc == null) {
                    c.loc = theOnlyPlace(f, t); // "will make El Salvador the destination of her first trip, ... for a visit"
                }
            }
            int start = Math.min(t.from(), t.nameFrom());
            boolean definite = start > 0 && f.tokens.is(start - 1, "the"); // "The Group of 20 summit opens on Tuesday"
            // "The summit will take place in Cairo on May 5", "ministers will meet from April 17 to 19",
            // "X will chair the meeting": the engagement told around it
            boolean told = !f.dates.isEmpty() || !f.anchors.isEmpty(); // "ministers will meet on the eve of the summit"
            // "X will make an official visit next Monday and Tuesday": a visitor's dated visit, its place told by its stops
            boolean visitorsDays = told && c.family().equals("visit") && t.form().equals("noun")
                    && (!c.subjects.isEmpty() || f.persons.stream().anyMatch(p -> p.to() <= c.trigger.from() && !p.former()));
            if (c.loc != null && !f.virtual || definite || told && c.family().equals("meeting") || visitorsDays) {
                c.placedByItsStops = c.loc == null && visitorsDays;
                seeds.add(c);
            }
        }
        Set<Person> taken = new LinkedHashSet<>();
        for (Candidate c : seeds) {
            presidedBy(f, c, seeds);
            theHost(f, c);
            joinedForIt(f, c);
            whichTheyChair(f, c, protagonist);
            if (!ofAGroup.contains(c)) { // "the heads of state, who gather": the host's officials stand for them later
                subjects(f, c, taken, protagonist, lastGroup, inviting);
            }
            travelsTogetherWith(f, c);
            taken.addAll(c.objects);
            c.virtual = f.virtual || c.trigger.kind().equals("call"); // "a telephone conversation" has no place
            c.status = f.status;
            if (f.tentativeAt >= 0 && f.tentativeAt < c.trigger.from() && c.trigger.from() - f.tentativeAt <= 4) {
                c.status = DraftStatus.TENTATIVE;
            }
            c.days = Durations.of(f, c.trigger);
            c.what = ceremonyWords(f, c.trigger);
            topics(f, c);
        }
        List<Candidate> apart = new ArrayList<>();
        boolean accompanying = RelativeClauses.ofTheVisitingParty(f);
        for (Candidate c : seeds) {
            apart.addAll(MeetingSplits.ofEachSubject(f, c));
            c.accompanying = accompanying && c.family().equals("meeting");
        }
        seeds.addAll(apart);
        PlaceMention host = hostingCountry(f, live);
        if (host != null) {
            for (Candidate c : seeds) {
                if (c.noParticipants() && c.trigger.from() > host.from()) {
                    c.hostCountry = host.country(); // "Malaysia will host the summit, followed by ..."
                }
            }
        }
        DateAssignment.assign(f, seeds, lexicon.otherEvents);
        DateAssignment.theFollowingDay(f, seeds);
        DateAssignment.untilFromTheJourney(f, seeds);
        DateAssignment.fromTheDayToldUntil(f, seeds);
        DateAssignment.movedTo(f, seeds);
        DateAssignment.nowOn(f, seeds);
        LocalDate home = EventClauses.returnDay(f);
        for (Candidate c : seeds) {
            c.returnBy = c.dated() ? null : home;
        }
        for (int n = 1; n < seeds.size(); n++) {
            Candidate c = seeds.get(n);
            Candidate before = seeds.get(n - 1);
            int at = Math.min(c.trigger.from(), c.trigger.nameFrom());
            if (!c.dated() && before.dated() && followedBy(f, at)) {
                c.date(before.start, before.end, before.precision); // "a ceremony on Wednesday, followed by talks"
                if (c.loc == null) {
                    c.loc = before.loc;
                }
            } else if (!c.dated() && before.dated() && before.start.equals(before.end) && beforeDoing(f, at)) {
                c.date(before.start, before.end, before.precision); // "a ceremony on Tuesday morning, before calling on X"
            }
            if (c.trigger == before.trigger && !c.apartFrom.isEmpty() && c.dated() != before.dated()) {
                Candidate dated = c.dated() ? c : before; // "separate meetings with X and Y on Sunday": both on Sunday
                (c.dated() ? before : c).date(dated.start, dated.end, dated.precision);
            }
            if (!before.dated() && c.dated() && c.trigger.form().equals("noun") && before.trigger.form().equals("noun")
                    && joinedByAnd(f, before.trigger.to(), at)) {
                before.date(c.start, c.end, c.precision); // "the X Summit and the Y Summit the next day"
            }
        }
        for (List<Candidate> tour : tours) {
            // "state visits to the three countries from May 5 to 10": each visit some days within the span
            Candidate dated = tour.stream().filter(Candidate::dated).findFirst().orElse(null);
            if (dated != null) {
                for (Candidate v : tour) {
                    v.date(dated.start, dated.end, dated.start.equals(dated.end) ? dated.precision : Precision.WINDOW);
                }
            }
        }
        foldPurpose(f, seeds);
        speechAndMeeting(f, seeds);
        withinVisit(seeds);
        for (Candidate c : seeds) {
            if (!c.dated() && !f.anchors.isEmpty()) {
                c.anchor = ownAnchor(f, c, seeds);
                if (c.loc == null && c.anchor.place() != null && !c.virtual) {
                    c.loc = places.loc(c.anchor.place());
                }
            }
            if (f.itemPlace != null && !c.virtual && (c.loc == null || c.loc.level() < 2 && !c.family().equals("visit"))) {
                c.loc = places.loc(f.itemPlace); // "- NEW YORK: Security Council meeting on Ukraine": in New York, on Ukraine
            } else if (f.itemPlace != null && !c.virtual && c.loc.city() == null) {
                Candidate.Loc town = places.loc(f.itemPlace);
                c.loc = new Candidate.Loc(c.loc.name(), town.city(), town.country(), town.zone(), null, null, 2);
            }
            if (c.loc == null && f.headingPlace != null && !c.virtual) {
                c.loc = places.loc(f.headingPlace); // "WEDNESDAY 21 MAY – SUVA / 09.00 Bilateral meeting with X"
            } else if (c.loc != null && c.loc.level() == 2 && c.loc.city() == null && f.headingPlace != null) {
                Candidate.Loc town = places.loc(f.headingPlace);
                c.loc = new Candidate.Loc(c.loc.name(), town.city(), town.country(), town.zone(), null, null, 2);
            }
            if (c.loc != null && c.loc.level() == 2 && (c.loc.country() == null || c.loc.city() == null)) {
                c.loc = places.refineVenue(f, c.loc, c.anchor);
            }
            if (c.loc == null && c.name != null && !c.virtual) {
                c.loc = places.bodysCountry(f, c.trigger); // "a joint session of the Philippine Congress"
            }
            if (c.virtual) {
                c.loc = null;
            }
        }
        return seeds;
    }

    /**
     * The anchor an undated engagement is told with: for the sentence's first event, the anchor opening the sentence
     * before it ("On the first day of the visit, X will meet Y on the sidelines of the summit"); else the first after its
     * own event word and before the next one's ("will meet X on Thursday morning before the opening, and will meet Y the
     * same afternoon": Y's is "the same afternoon"; "Ahead of the 2+2, A will meet B on Wednesday, and C will meet D the
     * same day": D's is "the same day"), else the sentence's first.
     */
    private static SentenceFacts.Anchor ownAnchor(SentenceFacts f, Candidate c, List<Candidate> seeds) {
        SentenceFacts.Anchor opening = f.anchors.get(0);
        int next = f.tokens.size();
        int first = f.tokens.size();
        for (Candidate o : seeds) {
            if (o.trigger.from() > c.trigger.from() && o.trigger.from() < next) {
                next = o.trigger.from();
            }
            if (o.trigger.from() < opening.token() || o.trigger.from() > opening.refTo()) {
                first = Math.min(first, o.trigger.from()); // not the event word inside the anchor: "During the visit, ..."
            }
        }
        if (opening.token() < first && c.trigger.from() <= first) {
            return opening;
        }
        for (SentenceFacts.Anchor a : f.anchors) {
            if (a.token() > c.trigger.from() && a.token() < next) {
                return a; // "Ahead of the summit, X will meet Y on Monday, and Z will meet W the same day": Z's own
            }
        }
        return opening;
    }

    private Candidate.Loc townAfterMembers(SentenceFacts f, PlaceMention members, int regionEnd) {
        for (PlaceMention p : f.places.places()) {
            if (p.from() > members.to() && p.from() < regionEnd && p.kind() != PlaceMention.Kind.COUNTRY && EventPlaces.locative(f, p)) {
                return places.loc(p);
            }
        }
        return null;
    }

    /** "a meeting in Baghdad this week with the participation of Minister X and Minister Y": X and Y take part. */
    private void withTheParticipationOf(SentenceFacts f, Trigger t, int regionEnd, Candidate c) {
        int at = f.tokens.find("participation", t.to(), regionEnd);
        if (at < 0 || at + 1 >= regionEnd || !f.tokens.is(at + 1, "of")) {
            return;
        }
        int reach = at + 2;
        for (PersonMention p : f.persons) {
            if (p.from() >= reach && p.from() < regionEnd && usable(f, p) && p.from() - reach <= TITLE_REACH) {
                c.objects.add(p.person()); // "of Iraqi Deputy Prime Minister and Minister of Foreign Affairs X and Minister Y"
                reach = p.to();
            }
        }
    }

    private static final WordSet BRING = WordSet.of("bring", "brings", "bringing", "draw", "draws", "gather", "gathers");

    /** "The East Asia Summit on Friday will bring together the leaders ..., among them X and Y": X and Y attend. */
    private void broughtTogether(SentenceFacts f, Trigger t, int regionEnd, Candidate c) {
        int together = f.tokens.find("together", t.to(), regionEnd);
        if (together <= 0 || !BRING.contains(f.tokens, together - 1) || !t.form().equals("noun")) {
            return;
        }
        for (PersonMention p : f.persons) {
            if (p.from() > together && p.from() < regionEnd && usable(f, p)) {
                c.objects.add(p.person());
            }
        }
    }

    /** how many words of titles may stand between a pointer ("by", "participation of") and the name */
    private static final int TITLE_REACH = 10;

    /** "host a working dinner for X", "host a lunch in honour of X": X is the guest. */
    private Optional<Person> guestOfHonour(SentenceFacts f, Trigger t) {
        for (PersonMention p : f.persons) {
            if (p.from() > t.to() && p.from() - t.to() <= 6 && usable(f, p)) {
                boolean forX = f.tokens.is(p.from() - 1, "for");
                boolean honourOfX = p.from() >= 2 && f.tokens.is(p.from() - 1, "of")
                        && (f.tokens.is(p.from() - 2, "honour") || f.tokens.is(p.from() - 2, "honor"));
                return forX || honourOfX ? Optional.of(p.person()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "host an official dinner in the king's honour": the one who holds that office in the report. */
    private Person officeHonoured(SentenceFacts f, Trigger t, Person protagonist) {
        for (int k = t.to(); k + 3 < f.tokens.size() && k < t.to() + 6; k++) {
            if (!f.tokens.is(k, "in") || !f.tokens.is(k + 1, "the")) {
                continue;
            }
            PhraseTable.Match<String[]> role = lexicon.roles.longest(f.tokens, k + 2);
            if (role != null && role.to() + 1 < f.tokens.size() && f.tokens.is(role.to(), "'s")
                    && (f.tokens.is(role.to() + 1, "honour") || f.tokens.is(role.to() + 1, "honor"))) {
                return byRole(f, role.value()[1], protagonist, k + 1, Set.of());
            }
        }
        return null;
    }

    /** "a visit to Oslo by X", "the planned trip to Lima by the Foreign Minister of Chile, X": X makes it. */
    private Optional<Person> visitor(SentenceFacts f, Trigger t, int regionEnd, Person protagonist) {
        Person maker = madeBy(f, t, regionEnd, protagonist);
        if (maker != null) {
            return Optional.of(maker);
        }
        for (PersonMention p : f.persons) {
            if (p.from() > t.to() && p.from() < regionEnd && usable(f, p)) {
                // the first person after the visit; "by" before them or before their titles ("by the Deputy Prime
                // Minister and Foreign Minister of Moldova, X")
                int by = f.tokens.find("by", t.to(), p.from());
                int ofAt = placeAfterTo(f, t.to()); // "the visit to Ashgabat of the President of Kazakhstan, X"
                ofAt = ofAt > 0 && f.tokens.is(ofAt, "of") ? ofAt : t.to();
                boolean of = f.tokens.is(ofAt, "of") && p.from() - ofAt <= TITLE_REACH; // "the state visit of President X to Y"
                return of || by >= 0 && by - t.to() <= 6 && p.from() - by <= TITLE_REACH ? Optional.of(p.person()) : Optional.empty();
            }
        }
        int k = t.to();
        if (k + 2 < regionEnd && (f.tokens.is(k, "of") || f.tokens.is(k, "by")) && f.tokens.is(k + 1, "the")) {
            // "the visit of the Minister to Algiers": the office, read as "the Minister" is
            PhraseTable.Match<String[]> role = lexicon.roles.longest(f.tokens, k + 2);
            if (role != null && role.to() < regionEnd && !f.tokens.capitalised(role.to()) && !f.tokens.is(role.to(), "of")) {
                Person p = byRole(f, role.value()[1], protagonist, k + 1, Set.of());
                String want = role.value()[1].toLowerCase();
                // the one who holds that office, not the report's main figure by default
                return p != null && p.role != null && (p.role.equalsIgnoreCase(want) || Person.holdsOffice(p.role, want))
                        ? Optional.of(p) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static final WordSet MAKING_A_VISIT = WordSet.of("make", "pay", "undertake", "conduct");
    private static final WordSet MAKING_AUXILIARIES = WordSet.of("will", "would", "to");

    /**
     * "the working visit that the President of the Council will make to Morocco", "the visit which X is to pay to Y": the
     * subject of the clause that makes the visit; else null.
     */
    private Person madeBy(SentenceFacts f, Trigger t, int regionEnd, Person protagonist) {
        int that = t.to();
        if (that + 3 >= regionEnd || !f.tokens.is(that, "that") && !f.tokens.is(that, "which")) {
            return null;
        }
        int verb = -1;
        for (int k = that + 2; k < Math.min(regionEnd, that + 2 + TITLE_REACH) && verb < 0; k++) {
            if (MAKING_A_VISIT.contains(f.tokens, k) && MAKING_AUXILIARIES.contains(f.tokens, k - 1)) {
                verb = k;
            }
        }
        if (verb < 0) {
            return null;
        }
        for (PersonMention p : f.persons) {
            if (p.from() > that && p.to() < verb && usable(f, p)) {
                return p.person();
            }
        }
        PhraseTable.Match<String[]> role = f.tokens.is(that + 1, "the") ? lexicon.roles.longest(f.tokens, that + 2) : null;
        if (role == null || role.to() >= verb || ofACountry(f, role.to())) {
            return null; // "the state visit that the President of Ghana will make": a president the report has not named
        }
        return byRole(f, role.value()[1], protagonist, that + 1, Set.of());
    }

    /** "of Ghana", "of the Republic of Ghana" at token {@code k}. */
    private static boolean ofACountry(SentenceFacts f, int k) {
        if (k + 1 >= f.tokens.size() || !f.tokens.is(k, "of")) {
            return false;
        }
        for (CountryMention c : f.places.countries()) {
            if (c.from() > k && c.from() <= k + 4 && !c.demonym()) {
                return true;
            }
        }
        return false;
    }

    /** After "to" and the place it names ("to Turkmenistan", "to the Republic of Chad"), where the words go on; else -1. */
    private static int placeAfterTo(SentenceFacts f, int at) {
        if (!f.tokens.is(at, "to")) {
            return -1;
        }
        for (PlaceMention p : f.places.places()) {
            if (p.from() > at && p.from() - at <= 4 && !f.tokens.containsBetween(at + 1, p.from(), ",")) {
                return p.to();
            }
        }
        return -1;
    }

    /** "and", "and the", "and the inaugural": one coordination between two event names and nothing else. */
    static boolean joinedByAnd(SentenceFacts f, int from, int to) {
        if (to - from < 1 || to - from > 3 || !f.tokens.is(from, "and")) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (!f.tokens.word(k) || f.tokens.capitalised(k)) {
                return false;
            }
        }
        return true;
    }

    /** the styles of royalty and rank: "His Majesty", "Her Royal Highness", "His Excellency" */
    private static final WordSet STYLES = WordSet.of("majesty", "highness", "royal", "excellency", "holiness");

    private static final WordSet OBJECT_GAP = WordSet.of("with", "by", "hosted", "between", "virtually", "and", ",", "the", "his",
            "her", "their", "its", "my", "our", "counterpart", "counterparts", "bilateral", "also", "jointly", "both", "separately",
            // "meetings planned with X", "sit down with his host, X", "a lunch of the two presidents, X and Y"
            "planned", "scheduled", "expected", "host", "two", "three");

    /** Only a few linking words between an event word and its counterpart: "talks with", "hosted by", "X and Y". */
    private static final WordSet CHAIRING_WITH = WordSet.of("chair", "chairs", "co-chair", "co-chairs", "co-chairing", "chairing");

    /** "the Office of the Prime Minister", "the Residence of the Ambassador": the seat of an office, not its holder */
    private static final WordSet SEATS_OF_AN_OFFICE = WordSet.of("office", "residence", "palace", "house", "headquarters",
            "seat", "chancellery", "secretariat");

    private static final WordSet GROUP_PRONOUNS = WordSet.of("they", "their", "them", "both");
    private static final WordSet GROUP_DETERMINERS = WordSet.of("the", "both", "two", "all", "these", "those", "their");

    /**
     * "NATO leaders", "European Union officials": a group noun after a name of its own. Not a pronoun ("On Wednesday
     * they"), nor a group after a weekday, a place or a nationality ("the French and Indian leaders").
     */
    private static boolean namedGroup(SentenceFacts f, int k) {
        if (k == 0 || GROUP_PRONOUNS.contains(f.tokens, k) || !f.tokens.capitalised(k - 1) || GROUP_DETERMINERS.contains(f.tokens, k - 1)
                || Calendar.isCalendarWord(f.tokens, k - 1) || TokenSpan.covers(f.places.places(), k - 1)) {
            return false;
        }
        for (CountryMention cm : f.places.countries()) {
            if (cm.from() <= k - 1 && k - 1 < cm.to()) {
                return false;
            }
        }
        return true;
    }

    /** The dateline's place when the journey {@code t} ends "here", else null. */
    private Candidate.Loc filedHere(SentenceFacts f, Trigger t) {
        return datelinePlace != null && EventPlaces.here(f, t) ? places.loc(datelinePlace) : null;
    }

    /**
     * "The meeting, co-chaired by the two ministers, ...": the report's only two holders of that office, else the pair
     * told last; none when no "by the two" follows the event word in its stretch of the sentence.
     */
    private List<Person> byTheTwo(SentenceFacts f, Trigger t, int regionEnd, Set<Person> lastGroup) {
        for (int k = t.to(); k + 3 < regionEnd && k <= t.to() + 6; k++) {
            if (f.tokens.is(k, "by") && f.tokens.is(k + 1, "the") && f.tokens.is(k + 2, "two")
                    && GROUP_OBJECT.contains(f.tokens, k + 3)
                    && !(k + 4 < f.tokens.size() && (f.tokens.is(k + 4, "'") || f.tokens.is(k + 4, "'s")))) { // not "the two presidents' chiefs of staff"
                List<Person> office = theTwoOfTheOffice(f, k + 1);
                PhraseTable.Match<String[]> plural = lexicon.pluralRoles.longest(f.tokens, k + 3);
                String held = plural == null ? null : plural.value()[1].toLowerCase(java.util.Locale.ROOT);
                boolean pairOfIt = lastGroup.size() == 2 && held != null
                        && lastGroup.stream().anyMatch(p -> p.role != null && p.role.toLowerCase(java.util.Locale.ROOT).contains(held));
                return !office.isEmpty() ? office : pairOfIt ? List.copyOf(lastGroup) : List.of(); // (not "the two Heads of State" after a minister and a speaker)
            }
        }
        return List.of();
    }

    /**
     * Where the one met is named past its offices: "Reception by the Prime Minister, Minister of State, X", "Courtesy
     * visit to the President of the Republic, X", "will be received in audience by the Prime Minister, ..., Mr X";
     * -1 when the event word opens no such phrase.
     */
    private static int whereTheOneMetIsNamed(SentenceFacts f, Trigger t, Candidate c, int regionEnd) {
        if (t.form().equals("noun") && f.tokens.is(t.to() - 1, "by")) {
            return t.to();
        }
        if (t.form().equals("noun") && c.family().equals("meeting") && t.to() < regionEnd && f.tokens.is(t.to(), "to")) {
            return t.to() + 1;
        }
        int agent = t.form().equals("passive") ? byAfterThePassive(f, t) : -1;
        return agent > 0 ? agent + 1 : -1;
    }

    /** "received by", "received in audience by": the "by" a passive event word's agent follows, or -1. */
    private static int byAfterThePassive(SentenceFacts f, Trigger t) {
        int k = t.to();
        if (k + 2 < f.tokens.size() && f.tokens.is(k, "in") && f.tokens.is(k + 1, "audience")) {
            k += 2;
        }
        return k < f.tokens.size() && f.tokens.is(k, "by") ? k : -1;
    }

    /** The person named at {@code from} past articles, commas, offices and courtesies ("the Prime Minister, Head of Government, Mr X"). */
    private Optional<Person> namedAfterItsOffices(SentenceFacts f, int from, int limit) {
        int k = from;
        while (k < limit) {
            for (PersonMention p : f.persons) {
                if ((p.from() == k || p.from() < k && p.to() > k) && usable(f, p)) {
                    return Optional.of(p.person());
                }
            }
            PhraseTable.Match<String[]> role = lexicon.roles.longest(f.tokens, k);
            int courtesy = lexicon.courtesyEnd(f.tokens, k);
            if (role != null) {
                k = role.to();
            } else if (courtesy > k) {
                k = courtesy;
            } else if (f.tokens.is(k, "the") || f.tokens.is(k, ",")) {
                k++;
            } else {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * "visit ... to the Grand Duchy", "arrives in the Principality on Monday": the country of that form of state, the
     * only one there is or the only one of them the report names; null otherwise (and for "the Kingdom of X", which
     * names it).
     */
    private Candidate.Loc stateOfItsForm(SentenceFacts f, Trigger t) {
        if (!t.journey() || t.past()) {
            return null;
        }
        for (int k = t.to(); k + 2 < f.tokens.size(); k++) {
            if (!(f.tokens.is(k, "to") || f.tokens.is(k, "in")) || !f.tokens.is(k + 1, "the")) {
                continue;
            }
            List<String> states = gazetteer.formOfStateAlone(f.tokens, k + 2);
            if (!states.isEmpty()) {
                String iso2 = states.size() == 1 ? states.get(0) : theOneTheReportNames(states);
                return iso2 == null ? null : places.countryLoc(iso2);
            }
        }
        return null;
    }

    private static final WordSet INVITED = WordSet.of("invite", "invites", "invited", "inviting", "invitation");

    /** The one of {@code countries} the report names as a place (a demonym is not counted); else null. */
    private String theOneTheReportNames(List<String> countries) {
        Set<String> named = new LinkedHashSet<>();
        for (SentenceFacts s : currentReport) {
            for (PlaceMention p : s.places.places()) {
                if (p.country() != null && countries.contains(p.country())) {
                    named.add(p.country());
                }
            }
        }
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /** The sentence's first event word at or after token {@code k}, or null. */
    private static Trigger firstEventAfter(SentenceFacts f, int k) {
        for (Trigger t : f.triggers) {
            if (t.from() >= k) {
                return t;
            }
        }
        return null;
    }

    /** "would co-chair the commission with Tanzania's foreign minister, X": the one who chairs it with the subject. */
    private static boolean chairedWith(SentenceFacts f, Trigger t, int person) {
        if (!CHAIRING_WITH.contains(f.tokens, t.from()) || t.to() >= person || !f.tokens.is(t.to(), "the")
                || !f.tokens.is(person - 1, "with") || person - t.to() > 5) {
            return false;
        }
        for (int k = t.to() + 1; k < person - 1; k++) {
            if (!f.tokens.word(k) || f.tokens.capitalised(k)) {
                return false;
            }
        }
        return true;
    }

    /** "The council last met in Lima in May; the September meeting will ...": a note about the body, not an item of the agenda. */
    private static boolean pastToldBefore(SentenceFacts f, int at) {
        for (Trigger t : f.triggers) {
            if (t.from() < at && t.past()) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet GATHERED_OF = WordSet.of("summit", "meeting", "talks", "session", "breakfast", "lunch",
            "luncheon", "dinner");

    /** "The summit of President X and President Y will ...": those named after it gather at it, the last one too. */
    private static boolean gatheredOf(SentenceFacts f, Trigger t) {
        return t.form().equals("noun") && gatheringOfAt(f, t.to());
    }

    /** "X, as President Y's special envoy, will attend": Y only names whom X stands for. */
    private static boolean inWhoseName(SentenceFacts f, PersonMention p) {
        return p.from() > 0 && f.tokens.is(p.from() - 1, "as") && p.to() < f.tokens.size() && f.tokens.is(p.to(), "'s");
    }

    /** "The central meeting between X and President Y is scheduled for Monday": Y is the second of the pair, no new subject. */
    private static boolean betweenThem(SentenceFacts f, Trigger t, PersonMention p) {
        return p.from() > 0 && f.tokens.is(p.from() - 1, "and") && t.to() < f.tokens.size() && f.tokens.is(t.to(), "between");
    }

    /** "summit of", "talks of": the "of" at {@code k} follows a word for a gathering. */
    private static boolean gatheringOfAt(SentenceFacts f, int k) {
        return k > 0 && f.tokens.is(k, "of") && GATHERED_OF.contains(f.tokens, k - 1);
    }

    private boolean objectGap(SentenceFacts f, int from, int to, boolean first) {
        int words = 0;
        int qualifier = to; // "meet Arab League Secretary-General X": the body whose office the title names
        while (qualifier > from && to - qualifier < 6 && !TokenSpan.covers(f.persons, qualifier - 1)
                && (f.tokens.capitalised(qualifier - 1) && (to - qualifier < 4 || f.tokens.containsBetween(qualifier, to, "and"))
                    || f.tokens.is(qualifier - 1, "and") && qualifier - 2 > from && f.tokens.capitalised(qualifier - 2)
                        && !TokenSpan.covers(f.persons, qualifier - 2) && !f.tokens.is(qualifier - 3, "the"))) {
            qualifier--; // "Indian Commerce and Industry Minister X": a portfolio of two; not "the President and Prime Minister X"
        }
        for (int k = from; k < qualifier; k++) {
            if (first && k == from && copulaWith(f, k) > k) {
                k = copulaWith(f, k) - 1; // "The first meeting will be with President X"
                continue;
            }
            if ((f.tokens.is(k, "in") || f.tokens.is(k, "at")) && k + 1 < to && TokenSpan.covers(f.places.places(), k + 1)) {
                continue; // "hold talks in Manila with President X": where, between the talks and the counterpart
            }
            if ((f.tokens.is(k, "in") || f.tokens.is(k, "at")) && k + 2 < to && f.tokens.is(k + 1, "the")
                    && TokenSpan.covers(f.places.places(), k + 2)) {
                k++; // "holding talks at the General Headquarters in Rawalpindi with X"
                continue;
            }
            if (TokenSpan.covers(f.places.places(), k) && k > from && (f.tokens.is(k - 1, "in") || f.tokens.is(k - 1, "at")
                    || TokenSpan.covers(f.places.places(), k - 1) || f.tokens.is(k - 1, "the") && k - 2 >= from
                        && (f.tokens.is(k - 2, "in") || f.tokens.is(k - 2, "at")))) {
                continue;
            }
            if (TokenSpan.covers(f.places.places(), k) && k + 1 == qualifier) {
                continue; // "meet Dubai ruler Sheikh X": the place the title is of
            }
            int group = whoMeetBeforeWith(f, k, qualifier);
            if (group > k) {
                k = group; // "the meeting of the Baltic prime ministers in Tallinn with X, Y and Z"
                continue;
            }
            boolean topicOrChair = f.tokens.is(k, "on") || f.tokens.is(k, ",") && CHAIRING.contains(f.tokens, k + 1);
            int chairs = f.timedLine && topicOrChair ? chairedBy(f, k, qualifier) : k;
            if (chairs > k) {
                // "14:30 Ministerial Session, co-chaired by Hon. X and Hon. Y", "14:00 Dialogue on trade and tariffs,
                // co-chaired by X and Y": a programme's item, past its topic, and its chairs
                k = chairs;
                continue;
            }
            int topicEnd = topicBeforeWith(f, k, qualifier);
            if (topicEnd > k) {
                k = topicEnd - 1; // "a ministerial meeting on fisheries with his Peruvian counterpart, X"
                continue;
            }
            if (f.tokens.is(k, "on") && k > 0 && f.tokens.is(k - 1, "call")) {
                continue; // "will pay a courtesy call on President X"
            }
            if ((f.tokens.is(k, "newly") || f.tokens.is(k, "recently")) && k + 1 < qualifier && f.tokens.norm(k + 1).endsWith("ed")) {
                k++; // "talks with the newly inaugurated President of Senegal, X"
                continue;
            }
            int office = officeOfABody(f, k, to);
            if (office > k) {
                k = office - 1; // "a call on Chairman of the State Council President X": a second office of the one met
                continue;
            }
            if (f.tokens.is(k, "on") && k == from && TokenSpan.covers(f.persons, k - 1)
                    && f.tokens.find("call", Math.max(0, k - 12), k) >= 0) {
                continue; // "Courtesy call by X on Vice President Y": the caller, then the one called on
            }
            if (first && k == from && gatheringOfAt(f, k)) {
                continue; // "The summit of President X and President Y": those who gather at it
            }
            if (f.tokens.is(k, "in") && k + 1 < qualifier && f.tokens.is(k + 1, "audience")) {
                k++; // "will be received in audience by King X"
                continue;
            }
            if (lexicon.honorifics.contains(f.tokens, k) || STYLES.contains(f.tokens, k)) {
                if (k + 1 < qualifier && f.tokens.is(k + 1, ".")) {
                    k++; // "by Hon. X"
                }
                continue; // "by His Majesty King X", "with H.E. President Y"
            }
            int close = f.tokens.is(k, "(") && !first ? f.tokens.find(")", k, Math.min(qualifier, k + 6)) : -1;
            if (close > k) {
                k = close; // "with X (Netherlands) and Y (Luxembourg)": who the one before is, not a gap
                continue;
            }
            PhraseTable.Match<String[]> plural = lexicon.pluralRoles.longest(f.tokens, k);
            if (plural != null && (plural.to() == to || plural.to() + 1 == to && f.tokens.is(plural.to(), ","))) {
                k = plural.to() - 1; // "host the foreign ministers X of A and Y of B": the title the names after it hold
                continue;
            }
            if (first && (inDate(f, k) || f.tokens.is(k, "on") && k + 1 < to && inDate(f, k + 1))) {
                continue; // "will be received on Friday by President X", but "X on Tuesday and Y on Thursday" are two
            }
            if (f.tokens.is(k, ",") && k > from && ClauseWords.COUNTERPART_OR_HOST.contains(f.tokens, k - 1)) {
                continue; // "with my counterpart, Foreign Minister X": the comma of the apposition
            }
            if (!OBJECT_GAP.contains(f.tokens, k) || ++words > 3) {
                return false;
            }
        }
        return true;
    }

    /**
     * Past "Chairman of the National Security Council" when another title and its name follow at {@code before}:
     * an office of a body, told ahead of the person's own title; else {@code at}.
     */
    private int officeOfABody(SentenceFacts f, int at, int before) {
        int k = at;
        while (k < before) {
            PhraseTable.Match<String[]> role = f.tokens.capitalised(k) ? lexicon.roles.longest(f.tokens, k) : null;
            if (role == null || role.to() + 1 >= before || !f.tokens.is(role.to(), "of")) {
                return at;
            }
            k = f.tokens.is(role.to() + 1, "the") ? role.to() + 2 : role.to() + 1;
            int body = k;
            // "of the Islamic Republic of Mauritania": capitalised words, and "of (the)" between them
            while (k < before && (f.tokens.word(k) && f.tokens.capitalised(k) && !TokenSpan.covers(f.persons, k)
                    || (f.tokens.is(k, "of") || f.tokens.is(k, "the")) && k > body && k + 1 < before && !f.tokens.is(k + 1, ","))) {
                k++;
            }
            if (k == body) {
                return at;
            }
            if (k < before && f.tokens.is(k, ",") && k + 1 == before) {
                k++; // "Chairperson of the African Union, X"
            }
            if (k < before && f.tokens.is(k, "and")) {
                k++; // "President of Mauritania and Chairperson of the African Union, X": a second office of X's
            }
        }
        return k == before ? k : at;
    }

    /** The "by" of ", (co-)chaired by" from {@code from} on and before {@code limit}, else {@code from}. */
    private static int chairedBy(SentenceFacts f, int from, int limit) {
        for (int k = from; k + 1 < limit; k++) {
            if (f.tokens.is(k, ",") && CHAIRING.contains(f.tokens, k + 1) && k + 2 < limit && f.tokens.is(k + 2, "by")) {
                return k + 2;
            }
        }
        return from;
    }

    private static final WordSet OPENING_WITH = WordSet.of("beginning", "starting", "first");

    /** "will hold bilateral meetings with several leaders on Thursday, beginning with Prime Minister X": X, the first. */
    private Optional<Person> firstOfSeveral(SentenceFacts f, Trigger t, int regionEnd) {
        for (int k = t.to(); k + 2 < regionEnd; k++) {
            if (f.tokens.is(k, ",") && OPENING_WITH.contains(f.tokens, k + 1) && f.tokens.is(k + 2, "with")) {
                for (PersonMention p : f.persons) {
                    if (p.from() > k + 2 && p.from() <= k + 6 && usable(f, p)) {
                        return Optional.of(p.person());
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "Dar said that after Islamabad he would travel to Dhaka": a pronoun soon after "X said" (a speech cue) is X. */
    private Person saidBy(SentenceFacts f, int pronoun) {
        for (int k = pronoun - 1; k > 0 && pronoun - k <= 6; k--) {
            if (f.tokens.is(k, ",") || f.tokens.is(k, "\"")) {
                return null;
            }
            if (Lexicon.has(lexicon.cueAt(f.tokens, k), "speech")) {
                for (PersonMention p : f.persons) {
                    if (p.to() == k) {
                        return p.person();
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** "of the Baltic prime ministers": at {@code k}, the group a meeting is of; where its last word is, else k. */
    private int whoMeetBeforeWith(SentenceFacts f, int k, int limit) {
        if (!f.tokens.is(k, "of")) {
            return k;
        }
        for (int m = k + 1; m < limit && m <= k + 5; m++) {
            if (GROUP_OBJECT.contains(f.tokens, m)) {
                return f.tokens.find("with", m, Math.min(limit, m + 4)) >= 0 ? m : k;
            }
            if (!(f.tokens.is(m, "the") || f.tokens.capitalised(m) && f.tokens.word(m) && !TokenSpan.covers(f.persons, m)
                    || lexicon.portfolioWords.contains(f.tokens, m) || f.tokens.is(m, "prime"))) {
                return k;
            }
        }
        return k;
    }

    /** "on biodiversity finance with": where the "with" is when {@code k} opens a topic of a few lower-case words, else k. */
    private static int topicBeforeWith(SentenceFacts f, int k, int limit) {
        if (!f.tokens.is(k, "on")) {
            return k;
        }
        for (int m = k + 1; m < limit && m <= k + 4; m++) {
            if (f.tokens.is(m, "with")) {
                return m > k + 1 ? m : k;
            }
            if (!f.tokens.word(m) || f.tokens.capitalised(m) && !TokenSpan.covers(f.places.places(), m)) {
                return k; // but "a special session on Haiti with X": the place is the topic
            }
        }
        return k;
    }

    private static boolean inDate(SentenceFacts f, int k) {
        for (SentenceFacts.Dated d : f.dates) {
            if (d.mention().covers(f.tokens.start(k), f.tokens.end(k))) {
                return true;
            }
        }
        return false;
    }

    private int usableBefore(SentenceFacts f, int token) {
        Set<Person> people = new LinkedHashSet<>();
        for (PersonMention p : f.persons) {
            if (p.from() < token && usable(f, p)) {
                people.add(p.person());
            }
        }
        return people.size();
    }

    /** "Pashinyan is visiting Brussels this week", "X meets Y on Monday": told in the present, with a date to come. */
    private static boolean presentWithDate(SentenceFacts f, List<Trigger> live) {
        if (f.dates.isEmpty()) {
            return false;
        }
        for (Trigger t : live) {
            if (t.form().equals("present") || t.form().equals("ing")) {
                return true;
            }
            if (t.form().equals("noun") && t.to() < f.tokens.size() && f.tokens.is(t.to(), "is") && copulaWith(f, t.to()) > t.to()) {
                return true; // "The main meeting is with President X on Tuesday"
            }
        }
        return false;
    }

    /** "is with", "will be with", "would be with" at {@code k}: the "with" (the one met follows), else {@code k}. */
    private static int copulaWith(SentenceFacts f, int k) {
        if (k + 1 < f.tokens.size() && f.tokens.is(k, "is") && f.tokens.is(k + 1, "with")) {
            return k + 1;
        }
        if (k + 2 < f.tokens.size() && (f.tokens.is(k, "will") || f.tokens.is(k, "would")) && f.tokens.is(k + 1, "be")
                && f.tokens.is(k + 2, "with")) {
            return k + 2;
        }
        return k;
    }

    /**
     * The name of an event that has no event word: "attend the UN General Assembly", "delegation to the SCO Council of
     * Foreign Ministers". Two or more capitalised words after "the" that are neither a person nor only a place.
     */
    private static String namedEventAfter(SentenceFacts f, Trigger t) {
        int from = t.to();
        if (from < f.tokens.size() && f.tokens.is(from, "the")) {
            from++;
        }
        int end = from;
        int words = 0;
        if (end < f.tokens.size() && ordinal(f, end)) {
            end++; // "the 52nd Organization of American States General Assembly"
        }
        while (end < f.tokens.size() && end - from < 12) {
            if (f.tokens.capitalised(end) && f.tokens.word(end) && !TokenSpan.covers(f.persons, end)
                    && !Calendar.isCalendarWord(f.tokens, end)) { // (not "Wellington on Wednesday")
                words++;
                end++;
            } else if (words > 0 && end + 2 < f.tokens.size() && f.tokens.is(end, "(") && f.tokens.allCaps(end + 1)
                    && f.tokens.is(end + 2, ")")) {
                end += 3; // "Organization of American States (OAS) General Assembly"
            } else if ((f.tokens.is(end, "of") || f.tokens.is(end, "on") || f.tokens.is(end, "and")) && end > from && end + 1 < f.tokens.size()
                    && f.tokens.capitalised(end + 1) && !Calendar.isCalendarWord(f.tokens, end + 1)) {
                end++;
            } else {
                break;
            }
        }
        if (words < 2) {
            return null;
        }
        boolean onlyPlaces = true;
        for (int k = from; k < end; k++) {
            onlyPlaces &= !f.tokens.word(k) || !f.tokens.capitalised(k) || TokenSpan.covers(f.places.places(), k);
        }
        for (Trigger other : f.triggers) {
            if (other.from() >= from && other.from() < end) {
                return null; // "attend the G20 Summit": the summit word names it
            }
        }
        return onlyPlaces ? null : PlaceFinder.phrase(f.tokens, from, end);
    }

    private static final WordSet ORDINAL_WORDS = WordSet.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "annual", "inaugural");

    /** "52nd", "18th", "third": the number of a recurring event, before its name. */
    private static boolean ordinal(SentenceFacts f, int k) {
        return ORDINAL_WORDS.contains(f.tokens, k) || f.tokens.ordinalFigure(k);
    }

    /**
     * "co-chaired on the Nicaraguan side by the adviser for trade policy, X, and on the Belarusian side by Y": a presiding
     * word after the event word whose first side names no one the report knows still makes the second side's a chair.
     */
    private static boolean presidingBetween(SentenceFacts f, int from, int to) {
        for (int k = to - 1; k >= from && to - k < 25; k--) {
            if (PRESIDING.contains(f.tokens, k)) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet DELEGATIONS = WordSet.of("delegation", "delegations", "side", "team");

    /** the chairing verbs whose passive names who holds a gathering ("will be co-chaired by X and Y") */
    private static final WordSet CHAIRED = WordSet.of("chaired", "co-chaired", "presided", "co-presided");

    /**
     * "The 55th session of the Commission is set for October. Norway's delegation will be led by X; the Russian side is
     * expected to be headed by Y": a sentence of no event of its own (or of a journey alone: "..., who will arrive on
     * Tuesday") names who leads each side of the gathering just told.
     */
    private void delegationsLedBy(SentenceFacts f, List<Candidate> candidates) {
        Candidate gathering = candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
        if (gathering == null || !gathering.family().equals("meeting") || gathering.facts.sentence.index() != f.sentence.index() - 1) {
            return;
        }
        boolean led = false;
        for (PersonMention p : f.persons) {
            int at = pastTheTitle(f, p.from());
            boolean byALeader = at >= 3 && f.tokens.is(at - 1, "by") && PRESIDING.contains(f.tokens, at - 2)
                    && DELEGATIONS.anyBetween(f.tokens, Math.max(0, at - 9), at - 2);
            // "..., and the French delegation by X": the verb told once for both sides
            boolean andTheOtherBy = led && at >= 2 && f.tokens.is(at - 1, "by") && DELEGATIONS.contains(f.tokens, at - 2);
            // "Ghana will be represented by ..." names a side of a body's session or a summit, not of a dinner told before
            int represented = representedBy(f, p);
            int leads = leadsASide(f, p);
            boolean aSide = represented >= 0 && ofSides(gathering) || leads >= 0;
            if ((byALeader || andTheOtherBy || aSide) && !p.former() && !gathering.involves(p.person())) {
                gathering.subjects.add(p.person());
                // whose side: "the Bangladeshi delegation will be headed by X", "X will lead the Nepali side", "Ghana
                // will be represented by its ..., X" (over a title's country: "Foreign Secretary" is not only Britain's)
                int sideAt = byALeader ? sideWord(f, Math.max(0, at - 9), at - 2) : -1;
                String side = sideAt >= 0 ? countryBefore(f, sideAt)
                        : represented >= 0 ? countryWithin(f, Math.max(0, represented - 4), represented)
                        : leads >= 0 ? countryBefore(f, leads) : null;
                if (side != null && (p.person().country == null || p.person().country.equals(titlesCountry(p.person().role)))) {
                    p.person().country = side;
                }
            }
            led |= byALeader;
        }
    }

    /**
     * "A delegation led by X", "a delegation of Latvia headed by X", "the Latvian team, led by X": where the delegation's
     * word stands when the name at {@code at} (its title included) leads it, else -1.
     */
    private static int delegationLedBy(SentenceFacts f, int at) {
        if (at < 3 || !f.tokens.is(at - 1, "by") || !f.tokens.is(at - 2, "led") && !f.tokens.is(at - 2, "headed")) {
            return -1;
        }
        int j = f.tokens.is(at - 3, ",") ? at - 4 : at - 3;
        for (CountryMention cm : f.places.countries()) {
            int join = cm.from() >= 2 && f.tokens.is(cm.from() - 1, "the") ? cm.from() - 2 : cm.from() - 1;
            if (cm.to() == j + 1 && join >= 1 && GroupsThatMeet.SIDES_JOIN.contains(f.tokens, join)) {
                j = join - 1; // past "of Latvia", "from the Philippines"
            }
        }
        return j >= 0 && DELEGATIONS.contains(f.tokens, j) ? j : -1;
    }

    /** The country a delegation is of: "the Latvian delegation", "a delegation of Latvia"; else null. */
    private static String countryOfTheDelegation(SentenceFacts f, int delegation) {
        int at = delegation + 2 < f.tokens.size() && f.tokens.is(delegation + 2, "the") ? delegation + 3 : delegation + 2;
        String after = GroupsThatMeet.SIDES_JOIN.contains(f.tokens, delegation + 1) ? countryWithin(f, at, at + 1) : null;
        return after != null ? after : countryBefore(f, delegation);
    }

    /** The one country a title alone implies ("Foreign Secretary": Britain), else null. */
    private String titlesCountry(String role) {
        if (role == null) {
            return null;
        }
        PhraseTable.Match<String[]> title = lexicon.roles.longest(Tokenizer.tokenize(role), 0);
        return title != null && title.value().length > 3 && !title.value()[3].isEmpty() ? title.value()[3] : null;
    }

    private static boolean ofSides(Candidate gathering) {
        return namesABody(gathering) || gathering.groupCountries.size() >= 2 || gathering.name != null;
    }

    private static final WordSet THE_OR_ITS = WordSet.of("the", "its", "his", "her", "their");

    /**
     * "Ghana will be represented by its State Minister for Foreign Affairs, X": X sits on Ghana's side; where
     * "represented" stands, else -1.
     */
    private static int representedBy(SentenceFacts f, PersonMention p) {
        int k = p.from();
        while (k > 0 && p.from() - k < 12 && (f.tokens.capitalised(k - 1) || f.tokens.is(k - 1, ",") || f.tokens.is(k - 1, "'s")
                || (f.tokens.is(k - 1, "for") || f.tokens.is(k - 1, "of") || f.tokens.is(k - 1, "and")) && f.tokens.capitalised(k))) {
            k--; // past the title
        }
        if (k > 0 && THE_OR_ITS.contains(f.tokens, k - 1)) {
            k--;
        }
        return k >= 2 && f.tokens.is(k - 1, "by") && f.tokens.is(k - 2, "represented") ? k - 2 : -1;
    }

    private static final WordSet LEADS = WordSet.of("lead", "head", "leads", "heads");

    /**
     * "X will lead the Kenyan side", "X heads the Chilean delegation": X sits on one side of the gathering; where the
     * side's word stands, else -1.
     */
    private static int leadsASide(SentenceFacts f, PersonMention p) {
        int k = p.to();
        while (k < f.tokens.size() && k < p.to() + 3 && (ClauseWords.AUXILIARIES.contains(f.tokens, k) || f.tokens.is(k, "to"))) {
            k++;
        }
        if (k + 1 >= f.tokens.size() || !LEADS.contains(f.tokens, k) || !f.tokens.is(k + 1, "the")) {
            return -1;
        }
        for (int j = k + 3; j < f.tokens.size() && j <= k + 4; j++) {
            if (DELEGATIONS.contains(f.tokens, j)) {
                // a side of a country, "the Kenyan side"; not "the business delegation" nor "the team to Norway"
                return countryBefore(f, j) != null ? j : -1;
            }
        }
        return -1;
    }

    /** The country named in the two tokens before the word {@code j} ("the Sri Lankan side"), else null. */
    private static String countryBefore(SentenceFacts f, int j) {
        return countryWithin(f, Math.max(0, j - 2), j);
    }

    private static String countryWithin(SentenceFacts f, int from, int to) {
        CountryMention cm = f.places.firstCountryWithin(from, to);
        return cm == null ? null : cm.iso2();
    }

    /** Where the word naming a side ("delegation", "side") stands among tokens {@code from} to {@code to}, else -1. */
    private static int sideWord(SentenceFacts f, int from, int to) {
        for (int j = to - 1; j >= from; j--) {
            if (DELEGATIONS.contains(f.tokens, j)) {
                return j;
            }
        }
        return -1;
    }

    /** "a meeting of defence ministers in New Delhi, chaired by Defence Minister X": X takes part. */
    private void presidedBy(SentenceFacts f, Candidate c, List<Candidate> seeds) {
        int next = f.tokens.size();
        for (Candidate other : seeds) {
            boolean chairing = other.trigger.form().equals("passive") && other.trigger.kind().equals("attend")
                    || other.trigger.to() < f.tokens.size() && f.tokens.is(other.trigger.to(), "by"); // "..., hosted by X"
            if (other.trigger.from() > c.trigger.from() && other.trigger.from() < next && !chairing) {
                next = other.trigger.from(); // "a meeting of X, which will be chaired by Y": Y's too
            }
        }
        int under = f.tokens.find("under", c.trigger.to(), next);
        if (under > 0 && under + 2 < next && (f.tokens.is(under + 1, "his") || f.tokens.is(under + 1, "her"))
                && PRESIDENCY.contains(f.tokens, under + 2)) {
            // "X said the meeting of the Council will be held on Thursday under his chairmanship": X chairs it
            PersonMention chair = null;
            for (PersonMention p : f.persons) {
                if (p.to() <= c.trigger.from() && !p.former()) {
                    chair = p;
                }
            }
            if (chair != null && !c.objects.contains(chair.person())) {
                c.subjects.add(chair.person());
            }
        }
        int presidingTo = -1;
        for (PersonMention p : f.persons) {
            int at = p.from();
            while (at > 0 && p.from() - at < 4 && (lexicon.honorifics.contains(f.tokens, at - 1) || f.tokens.is(at - 1, "the")
                    || at > 1 && f.tokens.is(at - 1, ".") && lexicon.honorifics.contains(f.tokens, at - 2))) {
                at--; // "under the chairmanship of the Honourable X", "Dr. X"
            }
            // "co-chaired by the Ministers of Foreign Affairs, Mr X and Mr Y": both of the pair after the title
            boolean secondOfPair = presidingTo >= 0 && at == presidingTo + 1 && f.tokens.is(presidingTo, "and");
            at = pastAPluralTitle(f, pastTheTitle(f, at)); // "hosted by Qatar's Prime Minister and Foreign Minister X"
            int side = beforeOneSide(f, describedBy(f, at));
            if (side >= 0 && (PRESIDING.contains(f.tokens, side) || presidingTo >= 0 && side == presidingTo && f.tokens.is(side, "and")
                    || f.tokens.is(side, "and") && presidingBetween(f, c.trigger.to(), side))) {
                at = side + 2; // "headed on the Kuwaiti side by X and on the Iraqi side by Y": as "headed by X and Y"
            }
            boolean presiding = at >= 2 && (f.tokens.is(at - 1, "by") && PRESIDING.contains(f.tokens, at - 2)
                    || f.tokens.is(at - 1, "of") && PRESIDENCY.contains(f.tokens, at - 2)) // "under the presidency of X"
                    || withPresiding(f, at, p.to()) // "with Environment Minister X presiding"
                    || secondOfPair || side >= 0 && at == side + 2;
            presidingTo = presiding ? p.to() : -1;
            int as = f.tokens.find("as", p.to(), Math.min(f.tokens.size() - 1, p.to() + 2)); // past a name's last part
            boolean asHost = as >= 0 && (f.tokens.is(as + 1, "host") || f.tokens.is(as + 1, "hosts"));
            if (asHost && p.from() > c.trigger.to() && p.from() < next && !p.former() && !c.objects.contains(p.person())) {
                c.subjects.add(p.person()); // "the Council meets on Thursday ..., with Mauritania's X as host": in Mauritania
                if (c.loc == null && p.person().country != null) {
                    c.loc = places.countryLoc(p.person().country);
                }
            }
            if (p.from() > c.trigger.to() && p.from() < next && presiding && !p.former() && !c.objects.contains(p.person())) {
                c.subjects.add(p.person());
                String sideCountry = side >= 0 ? countryOfTheSide(f, side) : null;
                if (sideCountry != null && p.person().country == null) {
                    p.person().country = sideCountry; // "co-chaired on the Uzbek side by X": X is Uzbekistan's
                }
                if (f.tokens.is(p.from() - 2, "hosted") && p.person().country == null && c.loc != null) {
                    p.person().country = c.loc.country(); // the host is at home
                }
            }
        }
    }

    /** The country of "on the Uzbek side" whose "on" is just after {@code side}; else null. */
    private static String countryOfTheSide(SentenceFacts f, int side) {
        for (int k = side + 3; k < f.tokens.size() && k <= side + 5; k++) {
            if (f.tokens.is(k, "side")) {
                return countryWithin(f, side + 3, k);
            }
        }
        return null;
    }

    /**
     * words of a description between "by" and the office told with the name: "by the Deputy Chairman of the Cabinet of
     * Ministers, Minister of Foreign Affairs X"
     */
    private static final int DESCRIPTION_REACH = 12;

    /** Where "by the ministry's legal adviser, X" ending at {@code at} starts after "by"; else {@code at}. */
    private static int describedBy(SentenceFacts f, int at) {
        if (at < 3 || !f.tokens.is(at - 1, ",")) {
            return at;
        }
        for (int k = at - 2; k > 0 && at - k <= DESCRIPTION_REACH; k--) {
            if (f.tokens.is(k, "by")) {
                return f.tokens.is(k + 1, "the") ? k + 1 : at;
            }
            if (!f.tokens.word(k) && !f.tokens.is(k, "'s")) {
                return at;
            }
        }
        return at;
    }

    /** Before "on the Chilean side by X" ending at {@code at}: the token before "on", else -1. */
    private static int beforeOneSide(SentenceFacts f, int at) {
        int k = at - 1;
        if (k < 5 || !f.tokens.is(k, "by") || !f.tokens.is(k - 1, "side")) {
            return -1;
        }
        int j = k - 2;
        while (j > 2 && k - j <= 3 && !f.tokens.is(j, "the")) {
            j--; // past "Chilean", "host country's"
        }
        return f.tokens.is(j, "the") && f.tokens.is(j - 1, "on") ? j - 2 : -1;
    }

    /** Before "the Ministers of Foreign Affairs, X": where that plural title starts, else {@code at}. */
    private int pastAPluralTitle(SentenceFacts f, int at) {
        if (at < 3 || !f.tokens.is(at - 1, ",")) {
            return at;
        }
        for (int s = Math.max(0, at - 8); s < at - 2; s++) {
            PhraseTable.Match<String[]> plural = f.tokens.is(s, "the") ? lexicon.pluralRoles.longest(f.tokens, s + 1) : null;
            if (plural != null && plural.to() == at - 1) {
                return s;
            }
        }
        return at;
    }

    private static final WordSet EXPECTED = WordSet.of("expected", "due", "set", "scheduled");
    private static final WordSet TAKING_PART = WordSet.of("attend", "take", "join", "participate", "be");

    /** how many words of a companion's office may come before the name: "the Director of the Pan American Health Organization (PAHO), Dr" */
    private static final int COMPANION_REACH = 16;

    /**
     * "X will visit Honduras on 14 July together with the Director of PAHO, Dr Y", "X will tour the prison on Wednesday
     * with Y, the Minister of Justice": Y goes too.
     */
    private void travelsTogetherWith(SentenceFacts f, Candidate c) {
        if (!c.family().equals("visit") || c.subjects.isEmpty()) {
            return;
        }
        int together = f.tokens.find("together", c.trigger.to(), f.tokens.size());
        int with = together >= 0 && f.tokens.is(together + 1, "with") ? together + 1
                : c.loc != null && !c.trigger.form().equals("noun") ? f.tokens.find("with", c.trigger.to(), f.tokens.size()) : -1;
        // not "will travel to Kenya for talks with X", "will visit Bahrain, where he will sign a pact (together) with X",
        // "will visit Paris on Monday to discuss Ukraine with X" (a "to" of purpose, not the journey's "travel to")
        if (with < 0 || eventWordBetween(f, c.trigger.to(), with + 1)
                || (together >= 0 ? ANOTHER_CLAUSE : NOT_OF_THE_JOURNEY).anyBetween(f.tokens, c.trigger.to(), with)
                || f.tokens.find("to", c.trigger.to() + 1, with) >= 0) {
            return;
        }
        int reach = with + 1;
        for (PersonMention p : f.persons) {
            if (p.from() >= reach && p.from() - reach <= COMPANION_REACH && usable(f, p) && !c.objects.contains(p.person())
                    && !ClauseWords.AUXILIARIES.anyBetween(f.tokens, reach, p.from()) && !eventWordBetween(f, reach, p.from())) {
                c.subjects.add(p.person()); // "together with X and Y"
                reach = p.to();
            }
        }
    }

    /** words after which a "with" is of another clause or of the journey's purpose, not of who goes along */
    private static final WordSet NOT_OF_THE_JOURNEY = WordSet.of(",", "for", "where", "who", "which", "and");
    /** before "together with", only a new clause: "on 14 and 15 July, together with X" still goes with the visit */
    private static final WordSet ANOTHER_CLAUSE = WordSet.of("where", "who", "which", "while");

    private static boolean eventWordBetween(SentenceFacts f, int from, int to) {
        for (Trigger t : f.triggers) {
            if (t.from() >= from && t.from() < to) {
                return true;
            }
        }
        return false;
    }

    /**
     * "leaders will be joined by Chinese Premier X for the ASEAN-GCC-China Summit", "the Council is to meet ..., with
     * X expected to attend": X attends the gathering.
     */
    private static void joinedForIt(SentenceFacts f, Candidate c) {
        if (!c.trigger.gathering()) {
            return;
        }
        for (PersonMention p : f.persons) {
            boolean withExpected = p.from() > c.trigger.to() && f.tokens.is(p.from() - 1, "with") && p.to() + 2 < f.tokens.size()
                    && EXPECTED.contains(f.tokens, p.to()) && f.tokens.is(p.to() + 1, "to")
                    && TAKING_PART.contains(f.tokens, p.to() + 2); // not "with talks with X expected to focus on ..."

            if (withExpected && !p.former()) {
                c.subjects.add(p.person());
            }
        }
        if (!c.trigger.form().equals("noun")) {
            return;
        }
        for (PersonMention p : f.persons) {
            int by = f.tokens.find("by", Math.max(0, p.from() - 3), p.from());
            boolean joined = by >= 1 && f.tokens.is(by - 1, "joined");
            int forAt = f.tokens.find("for", p.to(), c.trigger.from());
            if (joined && forAt >= 0 && c.trigger.from() - forAt <= 5 && !p.former()) {
                c.subjects.add(p.person());
            }
        }
    }

    private static final WordSet CHAIR_VERBS = WordSet.of("chair", "co-chair", "host", "lead", "open", "preside", "attend");

    /**
     * "X said the Foreign Ministers' Meeting, which he will chair on Sunday, would ...": the one who chairs a gathering
     * attends it; "he" is the sentence's speaker before it, else the report's protagonist.
     */
    private void whichTheyChair(SentenceFacts f, Candidate c, Person protagonist) {
        if (!c.trigger.gathering() || !c.trigger.form().equals("noun")) {
            return;
        }
        int k = f.tokens.find(",", c.trigger.to(), Math.min(f.tokens.size(), c.trigger.to() + 8)); // "a meeting of X, which"
        k = k >= 0 ? k + 1 : c.trigger.to();
        if (k + 2 >= f.tokens.size() || !f.tokens.is(k, "which")) {
            return;
        }
        PersonMention named = null; // "the Council of Ministers, which Ambassador X will chair"
        for (PersonMention p : f.persons) {
            if (p.from() == k + 1 && usable(f, p)) {
                named = p;
            }
        }
        if (named == null && !ONE_PERSON_PRONOUNS.contains(f.tokens, k + 1)) {
            return;
        }
        int verb = named != null ? named.to() : k + 2;
        while (verb < f.tokens.size() && verb - k <= 5 && !CHAIR_VERBS.contains(f.tokens, verb)) {
            if (!ClauseWords.AUXILIARIES.contains(f.tokens, verb) && !f.tokens.is(verb, "to") && !f.tokens.is(verb, "also")) {
                return;
            }
            verb++;
        }
        if (verb >= f.tokens.size() || !CHAIR_VERBS.contains(f.tokens, verb)) {
            return;
        }
        if (named != null) {
            c.subjects.add(named.person());
            return;
        }
        Person he = null;
        for (PersonMention p : f.persons) {
            if (p.to() <= c.trigger.from() && p.speaker() && !p.former()) {
                he = p.person(); // "Foreign Minister X said the meeting, which he will chair"
            }
        }
        he = he != null ? he : followed(protagonist);
        if (he != null) {
            c.subjects.add(he);
        }
    }

    /** "for the 49th Andean Summit, where host President X will press for ...": the host of a gathering attends it. */
    private static void theHost(SentenceFacts f, Candidate c) {
        if (!c.objects.isEmpty() || !c.trigger.form().equals("noun") || !c.trigger.gathering()) {
            return;
        }
        for (PersonMention p : f.persons) {
            if (p.from() > c.trigger.to() && f.tokens.is(p.from() - 1, "host") && !p.former()) {
                c.subjects.add(p.person());
            }
        }
    }

    private static final WordSet PRESIDING = WordSet.of("chaired", "hosted", "led", "headed", "attended", "presided", "co-chaired",
            "opened", "conducted", "co-presided", "co-hosted", "co-led");

    /** Where the title before a name starts when "by" stands before it: "by Qatar's Prime Minister and Foreign Minister X". */
    private static int pastTheTitle(SentenceFacts f, int at) {
        int k = at;
        while (k > 0 && at - k < 10 && (f.tokens.capitalised(k - 1) || f.tokens.is(k - 1, "'s") || f.tokens.is(k - 1, "and")
                || (f.tokens.is(k - 1, "for") || f.tokens.is(k - 1, "of")) && f.tokens.capitalised(k))) {
            k--; // "by Assistant Foreign Minister for Legal Affairs Ambassador X"
        }
        if (k < at && k > 1 && f.tokens.is(k - 1, "the") && f.tokens.is(k - 2, "by")) {
            return k - 1; // "by the Deputy Chairman of the Cabinet of Ministers, X"
        }
        return k < at && k > 0 && f.tokens.is(k - 1, "by") ? k : at;
    }

    /**
     * "with Saudi Environment Minister X presiding", "with X in the chair", "with the Prime Minister, X, presiding": the
     * one who presides.
     */
    private static boolean withPresiding(SentenceFacts f, int from, int end) {
        int to = end < f.tokens.size() && f.tokens.is(end, ",") ? end + 1 : end;
        int with = from - 1;
        while (with >= 0 && from - with <= 5 && !f.tokens.is(with, "with") && f.tokens.word(with)) {
            with--; // past the title: "with Saudi Environment Minister X"
        }
        return with >= 0 && f.tokens.is(with, "with") && to < f.tokens.size()
                && (f.tokens.is(to, "presiding") || f.tokens.is(to, "chairing")
                    || to + 2 < f.tokens.size() && f.tokens.is(to, "in") && f.tokens.is(to + 1, "the") && f.tokens.is(to + 2, "chair"));
    }

    private static final WordSet CHAIRING = WordSet.of("chaired", "co-chaired", "presided", "headed");
    private static final WordSet PRESIDENCY = WordSet.of("presidency", "chairmanship", "chairpersonship", "chairship", "leadership");
    /** the chairing of a session by a pair, or by one: "under the co-chairmanship of the two ministers" */
    private static final WordSet CHAIRING_OF = WordSet.of("co-chairmanship", "co-chairpersonship", "co-chairship",
            "co-presidency", "chairmanship", "presidency");

    /**
     * "The first session of the Joint Commission ... will be held in Ljubljana in February, under the co-chairmanship of
     * the two Ministers of Foreign Affairs": the report's two holders of that office, after {@code from}; else none.
     */
    private List<Person> chairedByTheTwo(SentenceFacts f, int from) {
        int end = f.tokens.size();
        for (Trigger t : f.triggers) {
            if (t.from() >= from && t.from() < end) {
                end = t.from(); // the next event word's chairs are its own
            }
        }
        for (int k = from; k + 3 < end; k++) {
            if (CHAIRING_OF.contains(f.tokens, k) && f.tokens.is(k + 1, "of") && f.tokens.is(k + 2, "the")
                    && f.tokens.is(k + 3, "two")) {
                List<Person> two = theTwoOfTheOffice(f, k + 2);
                // one of each side: not two ministers of one delegation
                boolean oneSide = two.size() == 2 && two.get(0).country != null && two.get(0).country.equals(two.get(1).country);
                return oneSide ? List.of() : two;
            }
        }
        return List.of();
    }

    private static boolean sameDayToldBetween(SentenceFacts f, int from, int to) {
        for (SentenceFacts.Anchor a : f.anchors) {
            if (a.token() >= from && a.token() < to && a.type().equals("same-day")) {
                return true;
            }
        }
        return false;
    }

    /** The day of {@code d}, without its clock time. */
    private static SentenceFacts.Dated theDayAlone(SentenceFacts.Dated d) {
        TimeMention m = d.mention();
        return new SentenceFacts.Dated(d.token(), new TimeMention(m.start(), m.end(), m.text(), TimexType.DATE, m.first().toString(),
                m.first(), m.last(), m.exact(), null));
    }

    /**
     * "will meet Putin in Moscow on Tuesday and Zelenskiy in Kyiv on Thursday": one meeting per counterpart, each with
     * the place and date told with it. The first keeps {@code c}; each later one is a new engagement.
     */
    private List<Candidate> coordinatedMeetings(SentenceFacts f, Candidate c, int regionEnd) {
        List<Candidate> more = new ArrayList<>();
        if (!c.family().equals("meeting") || c.objects.size() != 1) {
            return more;
        }
        int prevEnd = -1;
        for (PersonMention p : f.persons) {
            if (c.objects.contains(p.person()) && p.from() >= c.trigger.to()) {
                prevEnd = p.to();
                break;
            }
        }
        if (prevEnd < 0) {
            return more;
        }
        SentenceFacts.Dated own = dateBetween(f, prevEnd, regionEnd);
        for (PersonMention q : f.persons) {
            if (q.from() <= prevEnd || q.from() >= regionEnd || !nextCounterpart(f, q) || !usable(f, q)) {
                continue;
            }
            SentenceFacts.Dated before = dateBetween(f, prevEnd, q.from() - (f.tokens.is(q.from() - 1, "with") ? 1 : 0));
            int next = regionEnd;
            for (PersonMention r : f.persons) {
                if (r.from() > q.to() && r.from() < next) {
                    next = r.from();
                }
            }
            SentenceFacts.Dated after = dateBetween(f, q.to(), next);
            if (after == null && before != null && sameDayToldBetween(f, q.to(), next)) {
                after = theDayAlone(before); // "X on Monday at 10.00, and the Secretary of Economy, Y, the same afternoon"
            }
            if (before == null || after == null) {
                break; // "meet X and Y on Tuesday": one meeting
            }
            if (more.isEmpty() && own != null) {
                DateAssignment.apply(c, own);
            }
            Candidate extra = new Candidate(f, c.trigger);
            extra.objects.add(q.person());
            for (PlaceMention pl : f.places.places()) {
                if (pl.from() > q.to() && pl.from() < after.token() && EventPlaces.locative(f, pl)) {
                    extra.loc = places.loc(pl);
                    break;
                }
            }
            DateAssignment.apply(extra, after);
            more.add(extra);
            prevEnd = q.to();
        }
        return more;
    }

    /** "and Y in B on Thursday", "and with Y in B on Thursday" (q stands after a first counterpart). */
    private static boolean nextCounterpart(SentenceFacts f, PersonMention q) {
        return f.tokens.is(q.from() - 1, "and")
                || q.from() >= 2 && f.tokens.is(q.from() - 1, "with") && f.tokens.is(q.from() - 2, "and");
    }

    static SentenceFacts.Dated dateBetween(SentenceFacts f, int from, int to) {
        for (SentenceFacts.Dated d : f.dates) {
            if (d.token() >= from && d.token() < to) {
                return d;
            }
        }
        return null;
    }

    /**
     * The clause from {@code clause} follows ", and" after an event verb of its own and names someone before its event
     * word at {@code trigger}: "A will meet B on Wednesday, and C will meet D". ("Ahead of the visit, X, and the Minister of
     * Y, Z, will co-chair" has no event verb before the comma: one subject of two people.)
     */
    private boolean aClauseOfItsOwn(SentenceFacts f, int clause, int trigger) {
        if (clause < 2 || !f.tokens.is(clause - 1, "and") || !f.tokens.is(clause - 2, ",")) {
            return false;
        }
        boolean eventBefore = false;
        for (Trigger t : f.triggers) {
            // a verb that tells its own event: "A will meet B ..., and"; not "co-chaired by X, and Y"
            eventBefore |= t.to() <= clause - 2 && (t.form().equals("base") || t.form().equals("present") || t.form().equals("ing"));
        }
        if (!eventBefore) {
            return false;
        }
        for (PersonMention p : f.persons) {
            if (p.from() >= clause && p.to() <= trigger && usable(f, p)) {
                return true;
            }
        }
        return false;
    }

    /** The people joined by "and" (or a comma) to the one named at {@code last}: "A, B and C". */
    private static List<Person> joinedTo(SentenceFacts f, PersonMention last) {
        List<Person> joined = new ArrayList<>();
        int at = last.from();
        boolean found = true;
        while (found && at >= 2 && (f.tokens.is(at - 1, "and") || f.tokens.is(at - 1, ","))) {
            found = false;
            for (PersonMention q : f.persons) {
                if (q.to() == at - 1) {
                    joined.add(q.person());
                    at = q.from();
                    found = true;
                    break;
                }
            }
        }
        return joined;
    }

    private boolean usable(SentenceFacts f, PersonMention p) {
        return (!p.former() || EventClauses.plansAhead(f, p)) && !p.speaker() && !f.background[p.from()];
    }

    private void subjects(SentenceFacts f, Candidate c, Set<Person> taken, Person protagonist, Set<Person> lastGroup,
                          List<PersonMention> inviting) {
        if (c.delegatesMeet) {
            return; // "Officials of the two governments will meet": the group is the subject, no one told before
        }
        int presiders = c.subjects.size(); // "he will attend the summit hosted by X": X, and whoever "he" is
        PersonMention who = RelativeClauses.whoStandsFor(f, c.trigger.from());
        if (who != null && c.subjects.isEmpty() && !c.objects.contains(who.person()) && usable(f, who)) {
            c.subjects.add(who.person()); // "Meeting with the Speaker of X, Y, who is on an official visit to Norway"
        }
        int clause = clauseOf(f, c.trigger.from());
        // "X made the announcement on Monday, a day before leaders of the Gulf states are due to meet": the
        // clause names its own subjects, and X, before it, is not among them
        int ownSubjects = groupSubjectBefore(f, clause, c.trigger.from()) ? clause : 0;
        if (aClauseOfItsOwn(f, clause, c.trigger.from())) {
            ownSubjects = clause; // "A will meet B on Wednesday, and C will meet D on Thursday": C's meeting, not A's
        }
        if (who != null && c.subjects.contains(who.person()) && !c.trigger.journey()) {
            // "X will be accompanied by Foreign Minister Y, who will hold talks with Z": Y's talks, not X's
            ownSubjects = Math.max(ownSubjects, who.from());
        }
        if (who != null && c.subjects.contains(who.person()) && c.trigger.journey()) {
            ownSubjects = Math.max(ownSubjects, who.to()); // "A will welcome B, who arrives on Tuesday": B's journey alone
            joinedTo(f, who).forEach(p -> { // "A and B, who arrive in Oslo on Tuesday": both
                if (!c.subjects.contains(p)) {
                    c.subjects.add(p);
                }
            });
        }
        for (PersonMention p : f.persons) {
            boolean agent = p.from() > 0 && f.tokens.is(p.from() - 1, "by"); // "a summit hosted by X" is not X's trip
            if (agent && p.from() >= 2 && CHAIRING.contains(f.tokens, p.from() - 2) && c.family().equals("meeting")) {
                agent = false; // "Nordic ministers, chaired by X, will meet": the chair sits at the table
            }
            int delegation = agent ? delegationLedBy(f, p.from()) : -1;
            if (delegation >= 0) {
                agent = false; // "A technical delegation led by X is due in Herat": X goes with it
                String side = countryOfTheDelegation(f, delegation);
                if (side != null && (p.person().country == null || p.person().country.equals(titlesCountry(p.person().role)))) {
                    p.person().country = side; // "a delegation of Latvia headed by Foreign Minister X": X is Latvia's
                }
            }
            boolean partner = p.from() >= 2 && f.tokens.is(p.from() - 1, "with") && CHAIRING_WITH.contains(f.tokens, p.from() - 2);
            if (partner && p.from() < c.trigger.from()) {
                if (usable(f, p) && firstEventAfter(f, p.to()) == c.trigger
                        && !f.tokens.containsBetween(p.to(), c.trigger.from(), ",")) { // not "..., before holding talks"
                    c.objects.add(p.person()); // "he will co-chair with Defence Minister X the session": X sits across, "he" leads
                }
            } else if (p.from() < c.trigger.from() && p.from() >= ownSubjects && usable(f, p) && !taken.contains(p.person())
                    && !agent && !inviting.contains(p) && !RelativeClauses.closedAround(f, p.from(), c.trigger.from())
                    && !goneAheadOf(f, p.from()) && !inWhoseName(f, p)) {
                c.subjects.add(p.person());
            }
        }
        boolean namedInClause = false;
        for (PersonMention p : f.persons) {
            namedInClause |= p.from() >= clause && p.from() < c.trigger.from() && usable(f, p);
        }
        int limit = c.trigger.from();
        for (int i = 0; i < limit; i++) {
            if (f.background[i]) {
                continue;
            }

            if (TokenSpan.covers(f.persons, i)) {
                continue;
            }
            if (RelativeClauses.closedAround(f, i, limit)) {
                continue; // "Foreign Minister X, who accompanies the President, will hold talks with Y": X's talks
            }
            Person counterpart = POSSESSIVE_PRONOUNS.contains(f.tokens, i) && c.subjects.size() == presiders
                    ? counterpartOf(f, i + 1, limit) : null;
            if (counterpart != null && !c.objects.contains(counterpart)) {
                c.subjects.add(counterpart); // "X said his Moroccan counterpart would be received by Y": not X
                i++;
                continue;
            }
            Person said = ONE_PERSON_PRONOUNS.contains(f.tokens, i) ? saidBy(f, i) : null;
            Person he = said != null ? said : followed(protagonist); // "After that he will travel to Ukraine"
            if (ONE_PERSON_PRONOUNS.contains(f.tokens, i) && he != null && (c.subjects.size() == presiders || joinsThem(f, i, limit))
                    && !c.subjects.contains(he)) { // "he will join X and Y in Paracas for a trilateral summit": with them
                c.subjects.add(he);
            } else if (f.tokens.is(i, "i") && f.tokens.text(i).equals("I") && (voice != null || protagonist != null)
                    && c.subjects.isEmpty() && !EventClauses.quoted(f, i)
                    && !f.tokens.containsBetween(i + 1, c.trigger.from(), "that")) { // not "I would like to inform you that ..."
                // a minister's release, "I will travel to China": its author, the one it is about; in a transcript,
                // the one whose turn it is
                c.subjects.add(voice != null ? voice : protagonist);
            } else if (f.tokens.is(i, "we") && authors.size() >= 2 && voice == null && c.subjects.isEmpty() && !EventClauses.quoted(f, i)) {
                c.subjects.addAll(authors); // a joint release of two ministers: "We will travel to Tokyo this week"
            } else if (GROUP_WORDS.contains(f.tokens, i) && c.subjects.isEmpty() && !lastGroup.isEmpty()
                    && !(i > 0 && countedOtherThan(f.tokens.norm(i - 1), lastGroup.size())) // "the three sides" are no pair
                    && !namedGroup(f, i) // "NATO leaders will meet in Vilnius": a group of its own, not the pair told last
                    && !(i + 1 < limit && (f.tokens.is(i + 1, "'") || f.tokens.is(i + 1, "'s")))) { // not "the leaders' meeting"
                c.subjects.addAll(lastGroup);
            } else if (c.subjects.isEmpty() && lastVisitor != null && !c.objects.contains(lastVisitor)
                    && theVisitorsDelegation(f, i, limit)) {
                c.subjects.add(lastVisitor); // "On Tuesday the delegation will fly to Kumasi": the visitor's party
            } else if (f.tokens.is(i, "the") && i + 2 < limit && f.tokens.is(i + 1, "two") && c.subjects.isEmpty()
                    && !theTwoOfTheOffice(f, i).isEmpty()) {
                c.subjects.addAll(theTwoOfTheOffice(f, i)); // "the two Prime Ministers will hold bilateral talks"
            } else if (f.tokens.is(i, "the") && i + 2 < limit && f.tokens.is(i + 1, "two") && c.subjects.isEmpty()
                    && GROUP_OBJECT.contains(f.tokens, i + 2) && previousPair.size() == 2) {
                // "X's talks with his counterpart, Y, on Thursday ... The following day the two ministers will fly to
                // Bergen": the pair the sentence before named, when their offices are not told
                c.subjects.addAll(previousPair);
                i += 3;
                continue;
            } else if (f.tokens.is(i, "the") && i + 2 < limit
                    && (c.subjects.isEmpty() || i > 0 && f.tokens.is(i - 1, "and") || officeThenAnd(f, i + 1))
                    && addKnown(c.subjects, demonymAndRole(f, i + 1))) {
                // "the Mexican leader will lay wreaths": looked up once, for the lookup may learn their country;
                // "Interior Secretary X and the Somali minister will travel to Mandera": both
                continue;
            } else if (f.tokens.is(i, "the") && i + 1 < limit && (i >= clause || !namedInClause) && !goneAheadOf(f, i)
                    && !(i >= 2 && f.tokens.is(i - 1, "of") && SEATS_OF_AN_OFFICE.contains(f.tokens, i - 2))) {
                // (not "the Office of the Prime Minister", a place)
                // "the minister" of an earlier clause is not the subject when this one names its own: "The two
                // ministers will address the press, and Prince X is due to meet President Y" is X's meeting alone
                PhraseTable.Match<String[]> role = lexicon.roles.longest(f.tokens, i + 1);
                int end = role != null ? role.to() : i + 2;
                String head = f.tokens.norm(end - 1);
                // "the minister", and in the US style "the Secretary will": no name after it
                // (not "the head of Poland's National Security Bureau": a head is only ever one of what follows)
                boolean headOf = role != null && GENERIC_HEADS.contains(role.value()[1]) && end < f.tokens.size() && f.tokens.is(end, "of");
                if ((role != null || ROLE_REFS.contains(f.tokens, end - 1)) && !headOf
                        && (end >= f.tokens.size() || !f.tokens.capitalised(end))) {
                    Person p = byRole(f, role != null ? role.value()[1] : head, protagonist, i, c.objects);
                    if (p != null) {
                        c.subjects.add(p);
                    }
                } else if (headOf && c.subjects.isEmpty()) {
                    headOfASide(f, end + 1, limit, c.objects).ifPresent(c.subjects::add);
                }
            }
        }
        // "The gathering will be hosted by X": what is hosted is the event, not the report's main figure; "a meeting
        // between X and Y" names all who meet
        boolean between = c.objects.size() >= 2 && f.tokens.containsBetween(c.trigger.to(), Math.min(f.tokens.size(), c.trigger.to() + 3), "between");
        if (c.subjects.isEmpty() && lastVisitor != null && !c.objects.contains(lastVisitor) && c.family().equals("meeting")
                && EventClauses.theVisitIncludes(f, c.trigger.from())) {
            c.subjects.add(lastVisitor); // "The visit will include official talks with President X": the visitor's
        }
        Person main = f.principal != null ? f.principal : protagonist; // "11:00 Meeting with X" in Y's schedule: Y's
        // (not "the meeting ... will be co-chaired by X and Y": the chairs hold it, whatever verb the clause has)
        if (c.subjects.isEmpty() && !c.objects.isEmpty() && main != null && !c.objects.contains(main) && !between
                && !(c.trigger.form().equals("passive") && (EventClauses.eventBefore(f, clause, c.trigger.from())
                    || CHAIRED.contains(f.tokens, c.trigger.from())))) {
            c.subjects.add(main);
        }
        if (c.subjects.isEmpty() && c.objects.isEmpty() && f.principal != null && !pastToldBefore(f, c.trigger.from())
                && !namesABodyOfTwoGovernments(c)) {
            // "Thursday 8 June – working visit to Vienna"; not a commission's session, which is its members'
            c.subjects.add(f.principal);
        }
        if (c.subjects.isEmpty() && c.objects.isEmpty() && c.family().equals("meeting")) {
            c.subjects.addAll(chairedByTheTwo(f, c.trigger.to())); // "under the co-chairmanship of the two Ministers of X"
        }
        if (agreedToConvene(f, Math.min(c.trigger.from(), c.trigger.nameFrom())) && namesABodyOfTwoGovernments(c)
                && !c.participants().isEmpty() && c.participants().stream().allMatch(p -> p.role != null && lexicon.heads.containsKey(p.role))) {
            // "The two Heads of State agreed to convene the first session of the Joint Commission": they decide it; its
            // members, told apart ("will be co-chaired by"), hold it. Ministers who agree to hold it sit at it.
            c.subjects.clear();
            c.objects.clear();
        }
        c.subjects.removeAll(c.objects);
    }

    /**
     * "the delegation will fly to X", "the visiting delegation", "the Norwegian delegation" of a Norwegian visitor: the
     * party of the one visiting, as the subject of the clause's verb (not "a delegation of X", nor the hosts'
     * delegation, nor "the delegation's programme").
     */
    private boolean theVisitorsDelegation(SentenceFacts f, int at, int verb) {
        if (!f.tokens.is(at, "the") || at > 0 && (f.tokens.is(at - 1, "of") || f.tokens.is(at - 1, "with") || f.tokens.is(at - 1, "by"))) {
            return false;
        }
        int k = at + 1;
        if (k < verb && f.tokens.is(k, "visiting")) {
            k++;
        } else {
            CountryMention cm = demonymAt(f, k);
            if (cm != null) {
                if (!cm.iso2().equals(lastVisitor.country)) {
                    return false;
                }
                k = cm.to();
            }
        }
        if (k >= verb || !f.tokens.is(k, "delegation")) {
            return false;
        }
        for (int j = k + 1; j < verb; j++) {
            if (!f.tokens.word(j) || f.tokens.capitalised(j) || f.tokens.is(j, "'s") || j > k + 4) {
                return false;
            }
        }
        return true;
    }

    private static final WordSet DECIDED = WordSet.of("agreed", "agree", "agrees", "decided", "decide", "resolved");
    private static final WordSet CONVENE = WordSet.of("convene", "hold", "reconvene", "convening", "holding");

    /** "agreed to convene the first session of", "decided to hold the next meeting of": a decision before the event word. */
    private static boolean agreedToConvene(SentenceFacts f, int eventAt) {
        for (int j = Math.max(2, eventAt - 4); j < eventAt; j++) {
            if (CONVENE.contains(f.tokens, j) && f.tokens.is(j - 1, "to") && DECIDED.contains(f.tokens, j - 2)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "At the invitation of President X, President Y will pay a state visit": those who invited, named between
     * "invitation of" and the visitor, the last person before the first event word.
     */
    private List<PersonMention> inviters(SentenceFacts f) {
        for (int k = 0; k + 1 < f.tokens.size(); k++) {
            if (!f.tokens.is(k, "invitation") || !(f.tokens.is(k + 1, "of") || f.tokens.is(k + 1, "from"))) {
                continue;
            }
            int firstTrigger = f.tokens.size();
            for (Trigger t : f.triggers) {
                if (t.from() > k) {
                    firstTrigger = Math.min(firstTrigger, t.from());
                }
            }
            List<PersonMention> named = new ArrayList<>();
            for (PersonMention p : f.persons) {
                if (p.from() > k && p.to() <= firstTrigger && !p.former() && !inWhoseName(f, p)) {
                    named.add(p);
                }
            }
            // the visitors are the last name before the event word and those joined to it by "and":
            // "..., the President of France X, and Mrs Y will pay a state visit"
            int visitors = named.isEmpty() ? 0 : 1;
            while (visitors < named.size()) {
                int from = named.get(named.size() - visitors).from();
                while (from > 0 && (f.tokens.is(from - 1, ".") || lexicon.honorifics.contains(f.tokens, from - 1))
                        && !f.tokens.is(from - 1, "the")) {
                    from--; // "and Mrs. Y"
                }
                if (from < 1 || !f.tokens.is(from - 1, "and")) {
                    break;
                }
                visitors++;
            }
            List<PersonMention> hosts = new ArrayList<>(named.subList(0, named.size() - visitors));
            boolean eventAfter = firstTrigger < f.tokens.size();
            for (PersonMention v : named.subList(named.size() - visitors, named.size())) {
                // "Head of State, His Excellency X, President of Chad, will pay": one visitor told twice (but "... at
                // the invitation of X, Sultan of Oman", after the event word, tells the host twice)
                hosts.removeIf(h -> h.person() == v.person() && eventAfter);
            }
            return hosts;
        }
        return List.of();
    }

    /**
     * The visit a sentence of invitation announces: to the hosts' country, one visit per country when hosts of
     * several invited ("will pay state visits to the three countries").
     */
    private List<Candidate> visitsToHosts(SentenceFacts f, Candidate c, List<PersonMention> hosts) {
        java.util.Map<String, List<Person>> byCountry = new java.util.LinkedHashMap<>();
        for (PersonMention h : hosts) {
            byCountry.computeIfAbsent(h.person().country == null ? "" : h.person().country, k -> new ArrayList<>()).add(h.person());
        }
        List<Candidate> visits = new ArrayList<>();
        for (java.util.Map.Entry<String, List<Person>> e : byCountry.entrySet()) {
            Candidate v = visits.isEmpty() ? c : new Candidate(f, c.trigger);
            v.objects.addAll(e.getValue());
            if (!e.getKey().isEmpty()) {
                v.loc = places.countryLoc(e.getKey());
            }
            visits.add(v);
        }
        return visits;
    }

    /**
     * Where the clause holding token {@code at} begins: after the last "; " or ", and" / ", but" / ", while" before
     * it, or at ", a day before" / ", when" / ", before".
     */
    private static int clauseOf(SentenceFacts f, int at) {
        for (int k = at - 1; k > 0; k--) {
            if (f.tokens.is(k, ";")) {
                return k + 1;
            }
            if (f.tokens.is(k - 1, ",") && CLAUSE_JOINERS.contains(f.tokens, k)) {
                return k + 1;
            }
            if (SUBORDINATORS.contains(f.tokens, k) && (f.tokens.is(k - 1, ",") || k > 2 && f.tokens.is(k - 3, ","))) {
                return k + 1; // ", when ...", ", a day before ..."
            }
        }
        return 0;
    }

    private static final WordSet CLAUSE_JOINERS = WordSet.of("and", "but", "while", "whereas");
    private static final WordSet SUBORDINATORS = WordSet.of("before", "after", "when", "as");

    private static final WordSet ARTICLES = GroupsThatMeet.ARTICLES;
    /** titles that say nothing of the office without the body after "of": "the head of ...", "the commander of ..." */
    private static final Set<String> GENERIC_HEADS = Set.of("Head", "Commander", "Leader", "Chairman", "Chief");
    /** the clock, its "a.m." and a dash before a programme line's first word: "10.30 a.m. - Visit to ..." */
    private static final int LINE_OPENING = 5;
    private static final WordSet THEIR = WordSet.of("its", "their");


    /** "leaders of the Gulf states", "the two ministers", "both sides" opening the clause before its event word. */
    private static boolean groupSubjectBefore(SentenceFacts f, int from, int to) {
        for (int k = from; k < to; k++) {
            if (GROUP_OBJECT.contains(f.tokens, k) || GROUP_WORDS.contains(f.tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whom "the President" at token {@code at} stands for: not one named after it in the sentence, nor one the
     * engagement meets ("The President will hold talks with President X" is someone else).
     */
    private Person byRole(SentenceFacts f, String role, Person protagonist, int at, Set<Person> met) {
        String want = role.toLowerCase();
        if (lastSubject != null && lastSubject != protagonist && lastSubject.role != null && !met.contains(lastSubject)
                && lastSubject.role.equalsIgnoreCase(want) && protagonist != null && want.equalsIgnoreCase(protagonist.role)) {
            return lastSubject; // two presidents: "the President" goes on with the one whose engagements are being told
        }
        if (protagonist != null && protagonist.role != null && protagonist.role.toLowerCase().contains(want)
                && !met.contains(protagonist)) {
            return protagonist;
        }
        Person best = null;
        for (PersonMention p : f.persons) {
            if (p.from() < at && p.person().role != null && p.person().role.toLowerCase().contains(want) && !p.former()
                    && !met.contains(p.person())) {
                best = p.person();
            }
        }
        if (best == null && lastSubject != null && lastSubject.role != null && !met.contains(lastSubject)
                && (lastSubject.role.equalsIgnoreCase(want) || lastSubject.role.toLowerCase().startsWith(want + " "))) {
            // (the office itself, not a deputy's: "Deputy Secretary-General" is no "Secretary-General")
            best = lastSubject; // "X will travel to Cairo on Thursday. The following day, the Minister will take part in"
        }
        if (best == null) {
            // "The Secretary-General will leave New York": the report's Secretary-General, not its most told name
            best = mostTold(reportPeople, p -> p.role != null && p.role.toLowerCase().equals(want) && !met.contains(p))
                    // (not one only ever told as the one met: "a call with Foreign Minister X" is no one's "the Minister")
                    .or(() -> mostTold(reportPeople, p -> Person.holdsOffice(p.role, want) && toldBefore.contains(p) && !met.contains(p)
                            && p.receivingMentions < p.mentions))
                    // "Defence Minister Prince X will arrive ... the prince will call on": a courtesy told with the name
                    .or(() -> mostTold(reportPeople, p -> p.hasStyle(want) && toldBefore.contains(p) && !met.contains(p)))
                    .orElse(null);
        }
        return best != null ? best : met.contains(protagonist) ? null : protagonist;
    }

    /**
     * "Meeting between the King and the President": offices standing for people named elsewhere in the report, each
     * read as "the Minister" is when it is a subject; a side may be named ("the President and Prime Minister X"), or
     * the names may follow their group ("the two countries' defence ministers, X and Y"). None unless an office or a
     * group stands among the sides, for plain names are found as objects already.
     */
    private Set<Person> theOfficesBetween(SentenceFacts f, int from, int to, Person protagonist) {
        Set<Person> found = new LinkedHashSet<>();
        boolean office = false;
        int k = from;
        int comma = f.tokens.find(",", k, Math.min(to, k + 8));
        if (comma > k && mentionAt(f, k) == null && mentionAt(f, comma + 1) != null && lowerCaseBetween(f, k, comma)) {
            k = comma + 1; // "a meeting between the two countries' defence ministers, X and Y": the names after the group
            office = true;
        }
        while (k + 1 < to) {
            PersonMention named = mentionAt(f, k); // "between the President and Prime Minister X": one side named
            int the = k;
            while (the + 1 < to && lexicon.honorifics.contains(f.tokens, the) && !f.tokens.is(the, "the")) {
                the++; // "between His Excellency the President and Her Excellency the Governor-General"
            }
            PhraseTable.Match<String[]> role = f.tokens.is(the, "the") ? lexicon.roles.longest(f.tokens, the + 1) : null;
            if (named != null) {
                found.add(named.person());
                k = named.to();
            } else if (role != null && (role.to() >= f.tokens.size() || !f.tokens.capitalised(role.to()))) {
                Person p = byRole(f, role.value()[1], protagonist, k, found);
                if (p == null) {
                    return Set.of();
                }
                found.add(p);
                office = true;
                k = role.to();
            } else {
                break; // "..., Amalienborg Palace": the list is over
            }
            if (k >= to || !f.tokens.is(k, "and") && !f.tokens.is(k, ",")) {
                break;
            }
            k++;
        }
        return office && found.size() >= 2 ? found : Set.of();
    }

    private static boolean lowerCaseBetween(SentenceFacts f, int from, int to) {
        for (int k = from; k < to; k++) {
            if (f.tokens.capitalised(k)) {
                return false;
            }
        }
        return true;
    }

    private static PersonMention mentionAt(SentenceFacts f, int k) {
        for (PersonMention p : f.persons) {
            if (p.from() == k) {
                return p;
            }
        }
        return null;
    }

    /**
     * "will host the Chinese leader": a title standing for someone named elsewhere. The person of that
     * country if the report names one, else the report's main figure, who then takes that country.
     */
    private Person objectReference(SentenceFacts f, int from, int to, Person protagonist) {
        int k = from;
        while (k < to && k < from + 2 && OBJECT_GAP.contains(f.tokens, k) && !f.tokens.is(k, "the") && !herAlone(f, k)) {
            k++;
        }
        if (k < to && (k > from || verbBefore(f, from)) && OBJECT_PRONOUNS.contains(f.tokens, k)) { // "will receive her"
            // "Premier X will hold talks with him"; in the next sentence, "him" again is still the same man
            int at = f.sentence.index();
            Person ref = namedBeforeTheClause(f, from);
            if (ref == null) {
                ref = namedBeforeACoordinateClause(f, from);
            }
            if (ref == null) {
                ref = pronounObject != null && at >= pronounObjectAt && at <= pronounObjectAt + 1 ? pronounObject : followed(protagonist);
            }
            pronounObject = ref;
            pronounObjectAt = at;
            return ref;
        }
        Person counterpart = counterpartOf(f, from, to);
        if (counterpart != null) {
            return counterpart;
        }
        while (k < to && k < from + 5 && !f.tokens.is(k, "the") && lexicon.honorifics.contains(f.tokens, k)) {
            k++; // "talks with His Majesty the Sultan"
        }
        if (k >= to || !f.tokens.is(k, "the")) {
            return null;
        }
        k++;
        String country = null;
        for (CountryMention cm : f.places.countries()) {
            if (cm.from() == k && cm.demonym()) {
                country = cm.iso2();
                k = cm.to();
            }
        }
        PhraseTable.Match<String[]> role = k < to ? lexicon.roles.longest(f.tokens, k) : null;
        if (role == null || role.to() < f.tokens.size() && f.tokens.capitalised(role.to())) {
            return null; // ("the Argentine President Javier Milei" is a titled name, found as one)
        }
        Person found = null;
        if (country != null) {
            for (PersonMention p : f.persons) {
                if (country.equals(p.person().country)) {
                    found = p.person();
                }
            }
        }
        if (found == null && country != null) {
            found = officialOf(country, role.value()[1]); // "he expected to speak with the Peruvian leader"
        }
        String office = role.value()[1];
        boolean subjectOfWhatFollows = role.to() < f.tokens.size() && ClauseWords.AUXILIARIES.contains(f.tokens, role.to());
        boolean ofSomewhere = role.to() < f.tokens.size() && f.tokens.is(role.to(), "of"); // "the President of France": not one told before
        if (found == null && country == null && !"-".equals(office) && !subjectOfWhatFollows && !ofSomewhere
                && (protagonist == null || !office.equalsIgnoreCase(protagonist.role))) {
            // "will hold talks with the King on 25 November": the King told before, not the report's traveller
            found = mostTold(reportPeople, p -> office.equalsIgnoreCase(p.role) && p != protagonist && toldBefore.contains(p))
                    // "will meet the prime minister on Friday, an adviser to Prime Minister X said": named after, in the
                    // sentence, or else in the report ("for talks with the Chief Minister ... She will meet Chief Minister X")
                    .or(() -> holderIn(f, office, protagonist))
                    .or(() -> holderToldOfThePast(f, office) ? Optional.empty()
                            : mostTold(reportPeople, p -> office.equalsIgnoreCase(p.role) && p != protagonist))
                    .orElse(null);
        }
        if (found == null && protagonist != null && (country == null || protagonist.country == null
                || country.equals(protagonist.country))) {
            found = protagonist;
            if (found.country == null) {
                found.country = country;
            }
        }
        return found;
    }

    /** The first one the sentence names holding {@code office}, not the protagonist nor told of the past. */
    private static Optional<Person> holderIn(SentenceFacts f, String office, Person protagonist) {
        for (PersonMention p : f.persons) {
            if (office.equalsIgnoreCase(p.person().role) && p.person() != protagonist && !p.former() && !toldOfThePast(f, p)) {
                return Optional.of(p.person());
            }
        }
        return Optional.empty();
    }

    /** "a week after British Prime Minister X visited Washington": the sentence's holder of the office is of the past. */
    private static boolean holderToldOfThePast(SentenceFacts f, String office) {
        for (PersonMention p : f.persons) {
            if (office.equalsIgnoreCase(p.person().role) && toldOfThePast(f, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean toldOfThePast(SentenceFacts f, PersonMention p) {
        if (f.background[p.from()]) {
            return true;
        }
        for (Trigger t : f.triggers) {
            if (t.from() == p.to() && t.form().equals("past")) {
                return true; // "X visited Washington"
            }
        }
        return false;
    }

    /** "Mexican leader", "Peruvian foreign minister" at {@code k}, with no name after it: that official of the report. */
    private Person demonymAndRole(SentenceFacts f, int k) {
        CountryMention cm = demonymAt(f, k);
        PhraseTable.Match<String[]> role = cm == null ? null : lexicon.roles.longest(f.tokens, cm.to());
        // "the Mexican leader", "the Chilean Foreign Minister and X"; not "the Chilean Foreign Minister X"
        if (role == null || role.to() < f.tokens.size() && f.tokens.capitalised(role.to())) {
            return null;
        }
        Person official = officialOf(cm.iso2(), role.value()[1]);
        Person before = namedAloneBefore;
        if (official == null && before != null && (before.country == null || before.country.equals(cm.iso2()))
                && (before.role == null || before.role.toLowerCase().contains(role.value()[1].toLowerCase()))) {
            // "For Macron, Antananarivo is ... The French president will": the one just named, whose country no one
            // said, is French from here on
            before.country = cm.iso2();
            official = before;
        }
        return official;
    }

    /** "the Chilean Foreign Minister and X will co-chair": a demonym and an office at {@code k}, then "and". */
    private boolean officeThenAnd(SentenceFacts f, int k) {
        CountryMention cm = demonymAt(f, k);
        PhraseTable.Match<String[]> role = cm == null ? null : lexicon.roles.longest(f.tokens, cm.to());
        return role != null && role.to() < f.tokens.size() && f.tokens.is(role.to(), "and");
    }

    /** The demonym that opens at {@code k} with a word after it ("Chilean" in "the Chilean Foreign Minister"), or null. */
    private static CountryMention demonymAt(SentenceFacts f, int k) {
        for (CountryMention cm : f.places.countries()) {
            if (cm.from() == k && cm.demonym() && cm.to() < f.tokens.size()) {
                return cm;
            }
        }
        return null;
    }

    private static boolean addKnown(Set<Person> to, Person p) {
        return p != null && to.add(p);
    }

    /** The one person sentence {@code f} names, when it names exactly one and tells nothing of the past; else null. */
    private Person namedAlone(SentenceFacts f) {
        Person one = null;
        for (PersonMention m : f.persons) {
            if (m.speaker() || m.former() || f.background[m.from()] || one != null && one != m.person()) {
                return null;
            }
            one = m.person();
        }
        return f.pastTime ? null : one;
    }

    /** the bodies one official heads for a country: "the Hungarian delegation", "Hungarian diplomacy" */
    private static final WordSet SIDE_BODIES = WordSet.of("delegation", "side", "diplomacy");
    /** the offices whose head is the official of that portfolio: "the Hungarian foreign policy department" */
    private static final WordSet PORTFOLIO_BODIES = WordSet.of("ministry", "department");
    /** lower-case words between the demonym and the body: "the Hungarian foreign policy department" */
    private static final int SIDE_BODY_REACH = 4;

    /**
     * "the Head of the Hungarian delegation (the Hungarian foreign policy department) will be received by": the official
     * of that country the report has told of (not as the one met), for a ministry or department only one whose office
     * names a word of it ("foreign"); {@code k} is just after "of". Not "the Chinese commerce ministry's trade department".
     */
    private Optional<Person> headOfASide(SentenceFacts f, int k, int limit, Set<Person> met) {
        CountryMention cm = f.tokens.is(k, "the") ? demonymAt(f, k + 1) : null;
        if (cm == null) {
            return Optional.empty();
        }
        for (int j = cm.to(); j < limit && j < cm.to() + SIDE_BODY_REACH && !f.tokens.capitalised(j) && f.tokens.word(j); j++) {
            boolean portfolio = PORTFOLIO_BODIES.contains(f.tokens, j);
            if (SIDE_BODIES.contains(f.tokens, j) || portfolio) {
                if (j + 1 < f.tokens.size() && f.tokens.is(j + 1, "'s")) {
                    return Optional.empty(); // the ministry's department, headed by someone else
                }
                int from = cm.to();
                int body = j;
                return mostTold(reportPeople, p -> p.role != null && cm.iso2().equals(p.country) && toldBefore.contains(p)
                        && !met.contains(p) && p.receivingMentions < p.mentions && (!portfolio || namesItsOffice(f, from, body, p)));
            }
        }
        return Optional.empty();
    }

    /** Whether a word from {@code from} to {@code to} ("foreign" in "foreign policy") is in {@code p}'s office. */
    private static boolean namesItsOffice(SentenceFacts f, int from, int to, Person p) {
        String role = p.role.toLowerCase(java.util.Locale.ROOT);
        for (int k = from; k < to; k++) {
            if (f.tokens.norm(k).length() > 3 && role.contains(f.tokens.norm(k))) {
                return true;
            }
        }
        return false;
    }

    /** The report's official of {@code country} holding {@code office}, a leader for "leader"; the most told. */
    private Person officialOf(String country, String office) {
        String want = office.toLowerCase();
        return mostTold(reportPeople, p -> p.role != null && country.equals(p.country)
                && (want.equals("leader") ? LEADERS.contains(p.role.toLowerCase()) : p.role.toLowerCase().contains(want))).orElse(null);
    }

    /**
     * "X will arrive at the airport, where President Y will receive him", "talks with X, who is due to meet him": the
     * first person named before the relative clause the pronoun stands in (not the one "who" stands for).
     */
    private Person namedBeforeTheClause(SentenceFacts f, int k) {
        int open = RelativeClauses.commaBefore(f, k);
        if (open < 0) {
            return null;
        }
        boolean who = f.tokens.is(open + 1, "who");
        for (PersonMention p : f.persons) {
            if (p.to() <= open && usable(f, p) && !(who && p.to() == open)) {
                return p.person();
            }
        }
        return null;
    }

    /**
     * "X arrives on Sunday, and the Prime Minister will receive him": the last one the first of two clauses joined by
     * ", and" names, when the pronoun stands in the second; else null.
     */
    private Person namedBeforeACoordinateClause(SentenceFacts f, int k) {
        for (int j = k - 1; j > 0; j--) {
            if (f.tokens.is(j, ";") || f.tokens.is(j, ",") && !(f.tokens.is(j + 1, "and") || f.tokens.is(j + 1, "but"))) {
                return null;
            }
            if (f.tokens.is(j, ",")) {
                for (int i = 0; i < j; i++) {
                    if (OBJECT_PRONOUNS.contains(f.tokens, i)) {
                        return null; // "X will hold talks with him, and Y will meet him": the same man both times
                    }
                }
                Person last = null; // "Xi will meet with Sogavare, and Li will hold talks with him": the one told last
                for (PersonMention p : f.persons) {
                    if (p.to() <= j && usable(f, p)) {
                        last = p.person();
                    }
                }
                return last;
            }
        }
        return null;
    }

    /** The word before {@code k} is a verb of meeting ("receive", "meet", "host"), not an event's noun. */
    private static boolean verbBefore(SentenceFacts f, int k) {
        for (Trigger t : f.triggers) {
            if (t.to() == k && !t.form().equals("noun")) {
                return true;
            }
        }
        return false;
    }

    /** "talks with her on June 12": "her" standing alone is the one met; "with her counterpart" is whose counterpart. */
    private static boolean herAlone(SentenceFacts f, int k) {
        return f.tokens.is(k, "her") && (k + 1 >= f.tokens.size() || !f.tokens.word(k + 1)
                || CLAUSE_AFTER_HER.contains(f.tokens, k + 1));
    }

    private static final WordSet CLAUSE_AFTER_HER = WordSet.of("on", "in", "at", "during", "for", "to", "and", "before",
            "after", "when", "while", "this", "next", "tomorrow", "today", "later", "respectively", "separately");

    /**
     * "In Oslo on May 15, she will meet X and Y. She will also meet Z.": an undated meeting told with "also" right
     * after a dated one of the same people in the sentence before is another meeting of that day and place.
     */
    private static void alsoMeeting(SentenceFacts f, Candidate c, Candidate before) {
        int at = c.trigger.from();
        boolean also = at >= 1 && f.tokens.is(at - 1, "also") || at >= 2 && f.tokens.is(at - 2, "also");
        if (!also || c.dated() || c.anchor != null || before == null || !before.dated() || c.objects.isEmpty()
                || !c.family().equals("meeting") || !before.family().equals("meeting")
                || before.facts.sentence.index() != f.sentence.index() - 1
                || c.subjects.isEmpty() || !before.subjects.containsAll(c.subjects)
                || c.objects.stream().anyMatch(before.objects::contains)) {
            return;
        }
        c.date(before.start, before.end, before.precision);
        if (c.loc == null && !c.virtual) {
            c.loc = before.loc;
        }
        c.apartFrom.addAll(before.objects);
        before.apartFrom.addAll(c.objects);
    }

    /**
     * "..., where President X will receive him": a host who receives, as "him", the one being followed; the next "he"
     * is still the guest.
     */
    private boolean receivesTheOneFollowed(SentenceFacts f, Candidate c) {
        return lastSubject != null && pronounObject == lastSubject && pronounObjectAt == f.sentence.index()
                && c.objects.contains(lastSubject);
    }

    /** "will travel ahead of (the) President X to attend ...": X comes later, and is no one at what the traveller attends. */
    private static boolean goneAheadOf(SentenceFacts f, int at) {
        int k = at > 0 && f.tokens.is(at - 1, "the") ? at - 1 : at;
        return k >= 2 && f.tokens.is(k - 2, "ahead") && f.tokens.is(k - 1, "of");
    }

    /** The one a sentence opens with as its subject, before "is" or "will": "Foreign Minister X is travelling ahead". */
    private static Optional<Person> openingSubject(SentenceFacts f) {
        for (PersonMention m : f.persons) {
            boolean opens = m.from() == 0 || m.from() == 1 && f.tokens.is(0, "the");
            int verb = m.to() < f.tokens.size() && f.tokens.is(m.to(), ",") ? m.to() + 1 : m.to(); // "The Foreign Minister, X, will"
            if (opens && !m.former() && !m.speaker() && !f.background[m.from()] && verb < f.tokens.size()
                    && (f.tokens.is(verb, "is") || f.tokens.is(verb, "will") || f.tokens.is(verb, "would"))) {
                return Optional.of(m.person());
            }
        }
        return Optional.empty();
    }

    private static final WordSet JOIN = WordSet.of("join", "joins", "joining");

    /** "he will join" just after the pronoun at {@code at}, before the event word at {@code limit}. */
    private static boolean joinsThem(SentenceFacts f, int at, int limit) {
        for (int k = at + 1; k < limit && k <= at + 3; k++) {
            if (JOIN.contains(f.tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whom "he", "him" and "the visiting president" stand for: the last single subject, else the report's main figure. */
    private Person followed(Person protagonist) {
        return lastSubject != null ? lastSubject : protagonist;
    }

    /**
     * The one country or town a sentence names between its first person and the visit's word, not as a demonym nor a
     * possessive, not that person's own country and not in the background; null when none or several. (A dateline's
     * town comes before anyone: "ACCRA, May 13 - President X will leave on Wednesday for a state visit" is no visit to
     * Accra; nor is "..., who has criticised Washington's tariffs, will make her first trip abroad, ... for a visit", nor
     * "... for a two-day visit, her spokesman told reporters in Madrid".)
     */
    private Candidate.Loc theOnlyPlace(SentenceFacts f, Trigger visit) {
        if (f.persons.isEmpty()) {
            return null;
        }
        PersonMention first = f.persons.get(0);
        PlaceMention only = null;
        for (PlaceMention p : f.places.places()) {
            if ((p.kind() == PlaceMention.Kind.COUNTRY || p.kind() == PlaceMention.Kind.CITY) && !f.background[p.from()]
                    && p.from() >= first.to() && p.to() <= visit.from() && !p.possessive()
                    && !p.country().equals(first.person().country)
                    && f.places.countries().stream().noneMatch(cm -> cm.from() == p.from() && cm.demonym())) {
                if (only != null) {
                    return null;
                }
                only = p;
            }
        }
        return only == null ? null : places.loc(only);
    }

    /** The visit told as a noun within reach after the trip word at {@code first} ("first trip abroad ... for a visit"), else the trip. */
    private static Trigger visitAfterTheTrip(List<Trigger> live, int first) {
        Trigger trip = live.get(first);
        for (int n = first + 1; n < live.size() && live.get(n).from() - trip.to() < 2 * EVENT_WORD_REACH; n++) {
            if (live.get(n).kind().equals("visit") && live.get(n).form().equals("noun")) {
                return live.get(n);
            }
        }
        return trip;
    }

    /** "for" in the few words before the visit that the travel before it is for. */
    private static boolean purposeOf(SentenceFacts f, Trigger travel, Trigger visit) {
        for (int k = Math.max(travel.to(), visit.from() - 4); k < visit.from(); k++) {
            if (f.tokens.is(k, "for")) {
                return true;
            }
        }
        return false;
    }

    /** "a ceremony in honour of the visiting president": the visitor the report follows. */
    private Person theVisitor(SentenceFacts f, int from, int to, Person protagonist) {
        for (int k = from; k + 2 < to; k++) {
            if (f.tokens.is(k, "the") && f.tokens.is(k + 1, "visiting") && lexicon.roles.longest(f.tokens, k + 2) != null) {
                return followed(protagonist);
            }
        }
        return null;
    }

    /**
     * "talks with his Indian counterpart": the official of that country the report names most, when it names one.
     */
    private Person counterpartOf(SentenceFacts f, int from, int to) {
        for (int k = from; k < to && k < from + 3; k++) {
            CountryMention cm = possessedDemonymBefore(f, k, ClauseWords.COUNTERPART_OR_HOST);
            if (cm != null) {
                Person best = null;
                for (Person p : reportPeople) {
                    if (cm.iso2().equals(p.country) && p.everCurrent && (best == null || p.mentions > best.mentions)) {
                        best = p;
                    }
                }
                return best;
            }
        }
        return null;
    }

    private static final WordSet COUNTERPARTS = WordSet.of("counterpart", "counterparts");

    /** At {@code k}, "his Indian counterpart": the demonym after a possessive pronoun, before one of {@code heads}; else null. */
    private static CountryMention possessedDemonymBefore(SentenceFacts f, int k, WordSet heads) {
        if (k == 0 || !POSSESSIVE_PRONOUNS.contains(f.tokens, k - 1)) {
            return null;
        }
        for (CountryMention cm : f.places.countries()) {
            if (cm.from() == k && cm.demonym() && cm.to() < f.tokens.size() && heads.contains(f.tokens, cm.to())) {
                return cm;
            }
        }
        return null;
    }

    /**
     * "will co-chair the Ministerial Segment with his Zimbabwean counterpart": a meeting with an official the report does
     * not name; the country of that counterpart. Null when the counterpart is one the report names, or no such phrase follows.
     */
    private String unnamedCounterpart(SentenceFacts f, int from, int to) {
        int with = f.tokens.find("with", from, Math.min(to, from + 4));
        if (with < 0 || with + 3 >= Math.min(to, f.tokens.size())) {
            return null;
        }
        CountryMention cm = possessedDemonymBefore(f, with + 2, COUNTERPARTS);
        return cm != null && cm.to() < to && counterpartOf(f, with + 1, to) == null ? cm.iso2() : null;
    }

    /** "three" before "sides" when the group told last has another number of people. */
    private static boolean countedOtherThan(String word, int size) {
        int n = Durations.number(word);
        return n > 1 && n != size;
    }

    /** "the two leaders would hold talks", "both ministers are also due to meet": a pair as the subject. */
    private static final WordSet TALKS_OF_A_KIND = WordSet.of("official", "bilateral", "formal", "private", "direct", "further",
            "separate", "face-to-face", "closed-door", "one-on-one", "extensive", "detailed", "in-depth", "working");

    private boolean pairBefore(SentenceFacts f, int trigger) {
        int k = trigger - 1;
        if (k > 0 && TALKS_OF_A_KIND.contains(f.tokens, k)) {
            k--; // "the two ministers will hold official talks"
        }
        if (k > 0 && (f.tokens.is(k, "a") || f.tokens.is(k, "an") || f.tokens.is(k, "their"))) {
            k--; // "the two ministers will hold a working session"
        }
        while (k >= 0 && trigger - k <= 5 && (ClauseWords.AUXILIARIES.contains(f.tokens, k) || f.tokens.is(k, "to")
                || f.tokens.is(k, "due") || f.tokens.is(k, "set") || f.tokens.is(k, "expected") || f.tokens.is(k, "then")
                || f.tokens.is(k, "hold"))) { // "the two ministers will hold talks"
            k--;
        }
        int two = k - 1;
        while (two > 0 && k - two <= 2 && lexicon.portfolioWords.contains(f.tokens, two) && !f.tokens.capitalised(two)) {
            two--; // "the two foreign ministers will hold talks"
        }
        return k >= 1 && GROUP_OBJECT.contains(f.tokens, k) && (f.tokens.is(two, "two") || f.tokens.is(two, "both"));
    }

    /**
     * "X will arrive on Wednesday at the invitation of Y. The two ministers will hold talks": the two people a sentence
     * names as they are now (not former, not told of the past, not its speaker), or none.
     */
    private static List<Person> pairNamed(SentenceFacts f) {
        List<Person> named = new ArrayList<>(2);
        for (PersonMention m : f.persons) {
            if (!m.former() && !m.speaker() && !f.background[m.from()] && !named.contains(m.person())) {
                named.add(m.person());
            }
        }
        return named.size() == 2 ? named : List.of();
    }

    /** The last two people who took part in something told so far, or are named before {@code limit} here. */
    private List<Person> lastTwo(SentenceFacts f, int limit) {
        List<Person> told = new ArrayList<>(engaged);
        for (PersonMention p : f.persons) {
            if (p.from() < limit && !p.former() && !f.background[p.from()]) {
                told.add(p.person()); // the speaker too: "X said the two leaders would hold talks"
            }
        }
        List<Person> two = new ArrayList<>();
        for (int i = told.size() - 1; i >= 0 && two.size() < 2; i--) {
            if (!two.contains(told.get(i))) {
                two.add(0, told.get(i));
            }
        }
        return two.size() == 2 ? two : List.of();
    }

    private static final WordSet FEW = WordSet.of("them", "two", "three", "four", "five", "six");

    /** "each of the three", "each of them" right after the event word. */
    private static boolean eachOfThem(SentenceFacts f, int from) {
        int k = from;
        if (k < f.tokens.size() && f.tokens.is(k, "with")) {
            k++;
        }
        if (k + 2 >= f.tokens.size() || !f.tokens.is(k, "each") || !f.tokens.is(k + 1, "of")) {
            return false;
        }
        return FEW.contains(f.tokens, k + 2) || f.tokens.is(k + 2, "the") && k + 3 < f.tokens.size() && FEW.contains(f.tokens, k + 3);
    }

    /** "between the two heads of state", "with both leaders": the pair the report has been following. */
    private boolean pairAfter(SentenceFacts f, int from) {
        int k = from;
        if (k < f.tokens.size() && (f.tokens.is(k, "between") || f.tokens.is(k, "with"))) {
            k++;
        }
        if (k < f.tokens.size() && f.tokens.is(k, "the")) {
            k++;
        }
        if (k >= f.tokens.size() || !(f.tokens.is(k, "two") || f.tokens.is(k, "both"))) {
            return false;
        }
        // "between the two presidents", "between the two Prime Ministers"
        return k + 1 < f.tokens.size() && (GROUP_OBJECT.contains(f.tokens, k + 1) || lexicon.pluralRoles.longest(f.tokens, k + 1) != null);
    }

    private static final WordSet POSSESSIVE_PRONOUNS = WordSet.of("his", "her", "their");

    /**
     * "talks between the two presidents": the report's only two people of that office, rather than the group told last
     * (a council of ministers in the sentence before); none when the report has not exactly two.
     */
    private List<Person> theTwoOfTheOffice(SentenceFacts f, int from) {
        int k = from;
        while (k < f.tokens.size() && k < from + 3 && !f.tokens.is(k, "two")) {
            k++;
        }
        PhraseTable.Match<String[]> plural = k + 1 < f.tokens.size() ? lexicon.pluralRoles.longest(f.tokens, k + 1) : null;
        return plural == null ? List.of() : twoHolding(plural.value()[1]);
    }

    /**
     * "The Foreign Ministers will meet in Jakarta on 12 February", after "their Foreign Ministers, X and Y": the sentence
     * opens with the office, plural, as the subject of the event verb; the report's only two holders of it.
     */
    private List<Person> theOfficeBefore(SentenceFacts f, int trigger) {
        int k = trigger - 1;
        while (k >= 0 && trigger - k <= 5 && (ClauseWords.AUXILIARIES.contains(f.tokens, k) || f.tokens.is(k, "to")
                || f.tokens.is(k, "due") || f.tokens.is(k, "set") || f.tokens.is(k, "expected") || f.tokens.is(k, "also"))) {
            k--;
        }
        PhraseTable.Match<String[]> plural = k >= 1 && f.tokens.is(0, "the") ? lexicon.pluralRoles.longest(f.tokens, 1) : null;
        return plural != null && plural.to() == k + 1 ? twoHolding(plural.value()[1]) : List.of();
    }

    private List<Person> twoHolding(String office) {
        if (office == null || "-".equals(office)) {
            return List.of();
        }
        List<Person> holders = new ArrayList<>();
        for (Person p : reportPeople) {
            if (!toldBefore.contains(p)) {
                continue; // "the two ministers" are two told already, not one named later in the report
            }
            // "the two heads of state": a president and a king are both
            // "the two ministers": of foreign affairs both, the office told in full
            if (p.role != null && (p.role.equalsIgnoreCase(office) || office.equals(lexicon.heads.get(p.role))
                    || Person.holdsOffice(p.role, office.toLowerCase()))) {
                holders.add(p);
            }
        }
        return holders.size() == 2 ? holders : List.of();
    }

    /** "meet virtually with the leaders of India, Japan and Australia". */
    private void groupObject(SentenceFacts f, int from, int to, Candidate c) {
        int head = 1; // "The leaders of Japan and Chile will hold a summit", "The foreign ministers of Russia and Ukraine will meet"
        while (head < f.tokens.size() && head < 4 && lexicon.portfolioWords.contains(f.tokens, head)) {
            head++;
        }
        if (head + 1 < f.tokens.size() && f.tokens.is(0, "the") && GROUP_OBJECT.contains(f.tokens, head)
                && f.tokens.is(head + 1, "of") && head + 1 < c.trigger.from()) {
            c.groupRole = head > 1 ? PlaceFinder.phrase(f.tokens, 1, head).toLowerCase(java.util.Locale.ROOT) : "leaders";
            from = head; // the countries take part, and so do their officials named elsewhere in the report
            to = Math.max(to, from + 8);
        }
        for (int i = from; i < to && i < from + 8; i++) {
            if (GROUP_OBJECT.contains(f.tokens, i)) {
                for (CountryMention cm : f.places.countries()) {
                    if (cm.from() > i && cm.from() < to) {
                        c.groupCountries.add(cm.iso2());
                    }
                }
                return;
            }
        }
    }

    /** "The foreign ministers of Russia and Ukraine will meet": the report's foreign ministers of those countries. */
    private static final Set<String> LEADERS = Set.of("president", "prime minister", "chancellor", "premier", "king", "emir",
            "sultan");

    private static void officialsOfTheGroup(Candidate e, List<Person> people) {
        for (String iso2 : e.groupCountries) {
            for (Person p : people) {
                if (iso2.equals(p.country) && p.role != null && holds(p.role, e.groupRole) && !e.involves(p)) {
                    e.subjects.add(p);
                    break;
                }
            }
        }
    }

    private static final WordSet HOSTING_AUXILIARIES = WordSet.of("will", "to", "is", "set", "due", "also", "ready", "expected",
            "would", "shall", "be", "plans", "going", "scheduled", "preparing", "prepares", "prepared", "poised", "slated",
            "preparations", "completing", "finalising", "finalizing", "making", "its", "final"); // "is completing preparations to host"

    /**
     * "Malaysia will host the 46th ASEAN Summit", "Switzerland is set to host a conference": the country
     * that is the subject of a live "host", or null.
     */
    private static PlaceMention hostingCountry(SentenceFacts f, List<Trigger> live) {
        for (Trigger t : live) {
            if (!t.kind().equals("host") || !f.tokens.is(t.from(), "host") && !f.tokens.is(t.from(), "hosts")
                    && !f.tokens.is(t.from(), "hosting")) {
                continue;
            }
            int k = t.from() - 1;
            while (k >= 0 && HOSTING_AUXILIARIES.contains(f.tokens, k)) {
                k--;
            }
            for (PlaceMention p : f.places.places()) {
                if (p.kind() == PlaceMention.Kind.COUNTRY && p.to() == k + 1 && !p.possessive()
                        && (p.from() == 0 || !f.tokens.word(p.from() - 1) || CLAUSE_JOINERS.contains(f.tokens, p.from() - 1)
                        || f.tokens.is(p.from() - 1, "that"))) {
                    return p;
                }
            }
        }
        return null;
    }

    /** An event told only by the country that hosts it, or is held in: that country's official who stands for it. */
    private void hostCountryOfficial(Candidate e, List<Person> people, String hostCountry) {
        bestOfficial(e, people, hostCountry).ifPresent(best -> {
            e.subjects.add(best);
            if (best.country == null) {
                best.country = hostCountry;
            }
            if (e.loc == null && !e.virtual) {
                e.loc = places.countryLoc(hostCountry); // "Ghana will host the summit on Wednesday": in Ghana
            }
        });
    }

    /**
     * The official who stands for a country at an event: the minister of the portfolio a ministers' meeting names
     * ("ASEAN Foreign Ministers' Meeting"), else its leader, else any current official of it; officials the report
     * names without a country count when none is named with it.
     */
    private static Optional<Person> bestOfficial(Candidate e, List<Person> people, String hostCountry) {
        String portfolio = null;
        if (e.name != null) {
            java.util.regex.Matcher m = MINISTERS_OF.matcher(e.name.toLowerCase(java.util.Locale.ROOT));
            portfolio = m.find() ? m.group(1) + " minister" : null;
        }
        boolean anyOfTheCountry = people.stream().anyMatch(p -> hostCountry.equals(p.country));
        Person best = null;
        int bestRank = 0;
        for (Person p : people) {
            if (p.role == null || !p.everCurrent || !(hostCountry.equals(p.country) || p.country == null && !anyOfTheCountry)
                    || "multilateral".equals(p.domain)) {
                continue;
            }
            int rank = portfolio != null && holds(p.role, portfolio) ? 3 : holds(p.role, "leaders") ? 2 : 1;
            if (rank > bestRank) {
                best = p;
                bestRank = rank;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The current official of a country the report tells most of: who speaks for it in talks the report names. */
    private static Optional<Person> mostTold(List<Person> people, String country) {
        return mostTold(people, p -> p.role != null && country.equals(p.country) && !"multilateral".equals(p.domain));
    }

    /** The one the report follows: told most, and most as the one who goes rather than the one met; of equals, the first. */
    private static Person protagonist(List<Person> people) {
        return people.stream().filter(p -> p.everCurrent && p.mentions > p.speakerMentions) // not one who only speaks
                .max(Comparator.comparingInt((Person p) -> p.mentions - p.speakerMentions - p.receivingMentions))
                .orElse(null);
    }

    /** Of the people currently in office that {@code which} accepts, the one the report tells most of, not as a speaker. */
    private static Optional<Person> mostTold(List<Person> people, java.util.function.Predicate<Person> which) {
        return people.stream()
                .filter(p -> p.everCurrent && which.test(p))
                .max(Comparator.comparingInt((Person p) -> p.mentions - p.speakerMentions));
    }

    /** "talks between Ethiopia and Somalia", "a round of talks between Russian and Ukrainian delegations". */
    private void sides(SentenceFacts f, Trigger t, int regionEnd, Candidate c) {
        int k = t.to();
        if (k >= f.tokens.size() || !f.tokens.is(k, "between")) {
            return;
        }
        for (CountryMention cm : f.places.countries()) {
            if (cm.from() > k && cm.from() < Math.min(regionEnd, k + 8)) {
                c.sides.add(cm.iso2());
            }
        }
        if (c.sides.size() < 2) {
            c.sides.clear();
            int delegates = groups.delegatesOfTheTwoAfter(f, k);
            if (delegates >= 0 && delegates <= regionEnd) {
                // "consultations between the foreign ministries of the two countries": their delegates, no one named
                c.delegatesMeet = true;
                c.ofTheTwoCountries = true;
                c.subjects.clear();
                if (c.name == null) {
                    c.name = sentenceCase(f.tokens.joined(t.from(), delegates));
                }
            }
            return;
        }
        int last = -1;
        for (CountryMention cm : f.places.countries()) {
            if (cm.from() > k && cm.from() < Math.min(regionEnd, k + 8)) {
                last = cm.to();
            }
        }
        if (last >= 0 && last < regionEnd && GroupsThatMeet.delegatesAfter(f, last)) {
            // "talks between Greek and Libyan experts": the two sides' delegates, whom no official stands for
            c.groupCountries.addAll(c.sides);
            c.sides.clear();
            c.delegatesMeet = true;
            if (c.name == null) {
                String name = f.tokens.joined(t.from(), last + 1);
                c.name = sentenceCase(name);
            }
        }
    }

    private static final java.util.regex.Pattern MINISTERS_OF = java.util.regex.Pattern.compile(
            "\\b([a-z]+) ministers\\b");

    private static boolean holds(String role, String group) {
        String r = role.toLowerCase(java.util.Locale.ROOT).replace("defense", "defence");
        if (group.equals("leaders")) {
            return LEADERS.contains(r) || r.startsWith("federal ") && LEADERS.contains(r.substring(8));
        }
        for (String w : group.replace("defense", "defence").split(" ")) {
            if (!r.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The words before "ceremony": "wreath-laying ceremony". */
    private static String ceremonyWords(SentenceFacts f, Trigger t) {
        if (!t.kind().equals("ceremony")) {
            return null;
        }
        if (t.form().equals("base")) { // "will reopen the Eritrean embassy in X": a ceremony to reopen the Eritrean embassy
            int end = t.to();
            while (end < f.tokens.size() && end - t.to() < 6 && f.tokens.word(end) && !EventPlaces.LOCATIVE.contains(f.tokens, end)
                    && !f.tokens.is(end, "on") && !f.tokens.is(end, "with")) {
                end++;
            }
            StringBuilder words = new StringBuilder("ceremony to");
            for (int k = t.from(); k < end; k++) {
                words.append(' ').append(f.tokens.text(k));
            }
            return words.toString();
        }
        int k = t.from();
        while (k > 0 && k > t.from() - 3 && f.tokens.word(k - 1) && !f.tokens.is(k - 1, "a")
                && !f.tokens.is(k - 1, "the") && !f.tokens.is(k - 1, "with")
                && Character.isLetter(f.tokens.charAt(k - 1, 0)) && f.tokens.text(k - 1).indexOf('.') < 0) { // not "10:00", "a.m."
            k--;
        }
        String words = PlaceFinder.phrase(f.tokens, k, t.to());
        boolean opensTheLine = true; // "10:00 Official welcome ceremony": capitalised as the item's first word
        for (int j = 0; j < k && opensTheLine; j++) {
            opensTheLine = !Character.isLetter(f.tokens.charAt(j, 0)) || f.tokens.text(j).indexOf('.') > 0; // "9 a.m."
        }
        boolean proper = f.tokens.capitalised(k) && !(opensTheLine && (k + 1 == t.to() || !f.tokens.capitalised(k + 1)));
        return proper ? words : words.toLowerCase(); // "White House ceremony", "wreath-laying ceremony"
    }

    private void topics(SentenceFacts f, Candidate c) {
        if (f.topics == null) { // read once per sentence, however many engagements it tells
            List<String> found = new ArrayList<>();
            for (int i = 0; i < f.tokens.size(); i++) {
                if (f.background[i]) {
                    continue;
                }
                PhraseTable.Match<String> m = lexicon.topics.longest(f.tokens, i);
                if (m != null) {
                    found.add(m.value());
                    i = m.to() - 1;
                }
            }
            f.topics = found;
        }
        c.topics.addAll(f.topics);
    }

    private static final WordSet SPANS = WordSet.of("day", "days", "week", "weeks", "month", "months", "hour", "hours", "year",
            "years");

    /**
     * "a welcome ceremony on Tuesday morning, before calling on President X": the event word at {@code at}, an -ing verb
     * after "before", comes later the same day; not "a week before meeting X".
     */
    private static boolean beforeDoing(SentenceFacts f, int at) {
        return at >= 2 && f.tokens.is(at - 1, "before") && f.tokens.norm(at).endsWith("ing") && !SPANS.contains(f.tokens, at - 2);
    }

    /** "followed by talks", "followed by a bilateral meeting": the event word at {@code at} follows the one told before. */
    private static boolean followedBy(SentenceFacts f, int at) {
        if (f.anchors.stream().anyMatch(a -> a.token() > at && a.type().equals("following-day"))) {
            return false; // "on May 26, followed by the second summit the next day"
        }

        int k = at - 1;
        while (k > 0 && at - k <= 3 && f.tokens.word(k) && !f.tokens.capitalised(k) && !f.tokens.is(k, "by")) {
            k--; // "a bilateral", "an official"
        }
        return k >= 1 && f.tokens.is(k, "by") && f.tokens.is(k - 1, "followed");
    }

    /**
     * "will visit Santiago from Oct. 10 to 12, meeting President X": a meeting told after a dated visit in the same
     * sentence, with no date of its own, happens during that visit.
     */
    private static void withinVisit(List<Candidate> seeds) {
        Candidate visit = null;
        for (Candidate c : seeds) {
            if (c.family().equals("visit") && c.dated()) {
                visit = c;
            } else if (visit != null && !c.dated() && c.family().equals("meeting") && !c.objects.isEmpty()) {
                c.during(visit);
                if (c.loc == null && !c.virtual && visit.loc != null) {
                    c.loc = visit.loc.town();
                }
            }
        }
    }

    private static boolean toChairOrAttend(SentenceFacts f, Candidate a, Candidate b) {
        if (b.trigger.kind().equals("attend") && b.trigger.from() > 0 && f.tokens.is(b.trigger.from() - 1, "to")) {
            return true; // "to co-chair the Joint Economic Commission" names the body itself
        }
        for (Trigger t : f.triggers) {
            if (t.kind().equals("attend") && t.from() > a.trigger.to() && t.to() <= Math.min(b.trigger.from(), b.trigger.nameFrom())
                    && t.from() > 0 && f.tokens.is(t.from() - 1, "to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "will deliver a speech at the Forum Secretariat in Suva and meet Secretary General X": one call on the
     * place, the meeting with the speech's place and day.
     */
    private static void speechAndMeeting(SentenceFacts f, List<Candidate> seeds) {
        for (int n = 0; n < seeds.size(); n++) {
            Candidate a = seeds.get(n);
            if (!a.kind.equals("speech")) {
                continue;
            }
            for (int m = n + 1; m < seeds.size(); m++) {
                Candidate b = seeds.get(m);
                if (!b.family().equals("meeting") || b.objects.isEmpty() || b.trigger.from() < 1
                        || !f.tokens.is(b.trigger.from() - 1, "and") || b.dated() && a.dated() && !b.start.equals(a.start)) {
                    continue;
                }
                if (b.loc == null) {
                    b.loc = a.loc;
                }
                if (!b.dated() && a.dated()) {
                    b.date(a.start, a.end, a.precision);
                }
                b.subjects.addAll(a.subjects);
                // what lies between names where the speech is given ("at the Pacific Islands Forum Secretariat")
                seeds.subList(n, m).clear();
                n--;
                break;
            }
        }
    }

    /** What {@code into} does not tell of its own date and place, {@code from} tells. */
    private static void whenAndWhereFrom(Candidate into, Candidate from) {
        if (!into.dated() && from.dated()) {
            into.dateAs(from, from.precision);
        }
        if (into.loc == null) {
            into.loc = from.loc;
        }
    }

    /** "a visit to Japan for summit talks with X": the talks are the engagement, in Japan, on the visit's date. */
    private static void foldPurpose(SentenceFacts f, List<Candidate> seeds) {
        for (int n = 1; n < seeds.size(); n++) {
            Candidate a = seeds.get(n - 1);
            Candidate b = seeds.get(n);
            if (a.family().equals("meeting") && b.name != null && b.family().equals("meeting") && toChairOrAttend(f, a, b)) {
                // "will meet China's commerce minister X to co-chair the Joint Ministerial Economic Commission": one engagement
                b.objects.addAll(a.objects);
                b.subjects.addAll(a.subjects);
                whenAndWhereFrom(b, a);
                seeds.remove(n - 1);
                n--;
                continue;
            }
            if (a.family().equals("meeting") && !a.objects.isEmpty() && b.family().equals("meeting") && b.objects.isEmpty()
                    && b.name == null && b.trigger.form().equals("noun") && b.trigger.from() > 0 && purposeOf(f, a.trigger, b.trigger)) {
                if (!a.dated() && b.dated()) { // "will host X for a state dinner at the palace on Thursday"
                    a.date(b.start, b.end, b.precision);
                    a.time = b.time;
                }
                if (a.loc == null) {
                    a.loc = b.loc;
                }
                seeds.remove(n); // "will on Friday receive X for bilateral talks": the talks are the receiving
                n--;
                continue;
            }
            int near = Math.max(a.trigger.to(), b.trigger.from() - 4);
            if (a.kind.equals("host") && !a.objects.isEmpty() && b.family().equals("visit") && b.trigger.form().equals("noun")
                    && (f.tokens.containsBetween(near, b.trigger.from(), "for") || f.tokens.containsBetween(near, b.trigger.from(), "on"))) {
                // "the King will receive President X for a state visit to the Netherlands", "... on an official visit":
                // X's visit, the King its host
                Set<Person> hosts = new LinkedHashSet<>(a.subjects);
                b.subjects.clear();
                b.subjects.addAll(a.objects);
                b.objects.clear();
                b.objects.addAll(hosts);
                whenAndWhereFrom(b, a);
                seeds.remove(n - 1);
                n--;
                continue;
            }
            if (!a.family().equals("visit")) {
                continue;
            }
            boolean bVisit = b.family().equals("visit");
            boolean bVenue = b.loc != null && b.loc.level() == 2;
            boolean forLink = false;
            for (int k = Math.max(a.trigger.to(), b.trigger.from() - 4); k < b.trigger.from(); k++) {
                forLink |= f.tokens.is(k, "for");
            }
            // "travel to Beijing next week to meet X"
            forLink |= b.trigger.from() > 0 && f.tokens.is(b.trigger.from() - 1, "to") && !b.trigger.form().equals("noun");
            for (int k = a.trigger.to(); k < b.trigger.from(); k++) {
                // "travel to Oslo, where they will attend the X" / "..., where he will visit the Y"
                forLink |= f.tokens.is(k, "where") && (!bVisit || bVenue);
            }
            if (b.trigger.from() > 0 && EventClauses.GERUND_LINKS.contains(f.tokens, b.trigger.from() - 1)) {
                forLink = false; // "will visit the troops at a base in X, where ..., before holding talks with Y": two steps
            }
            if (bVisit && !bVenue && !(a.kind.equals("travel") && forLink)) {
                continue;
            }
            boolean dateBetween = false;
            for (SentenceFacts.Dated d : f.dates) {
                dateBetween |= d.token() >= a.trigger.to() && d.token() < b.trigger.from();
            }
            boolean sameStart = b.dated() && a.dated() && b.trigger.form().equals("noun") && b.start.equals(a.start);
            if (forLink && bVisit && a.kind.equals("travel") && a.dated() && (!b.dated() || sameStart)) {
                // "travel to Warsaw on Wednesday for a three-day visit to Poland"
                LocalDate end = b.days > 1 && a.precision == Precision.DAY ? a.start.plusDays(b.days - 1L) : a.end;
                b.date(a.start, b.dated() && b.end.isAfter(end) ? b.end : end, a.precision); // "... until Saturday" stays
                b.weekday = a.weekday;
                dateBetween = false;
            }
            if (forLink && a.kind.equals("travel") && !bVisit && b.name != null) {
                // "travel to Addis Ababa next week for the African Union summit, which opens on Feb. 15"
                if (b.loc == null) {
                    b.loc = a.loc;
                }
                if (!b.dated() && a.dated()) {
                    b.dateAs(a, a.precision);
                }
                b.subjects.addAll(a.subjects);
                seeds.remove(n - 1);
                n--;
                continue;
            }
            if (forLink && dateBetween && !bVisit && !b.dated() && b.name == null) {
                // "travel to Baghdad on Tuesday for talks with X": X is met on that trip; "a state visit to Chile on
                // Tuesday, where President Y will receive him": the traveller is received, Y is the one met
                if (!a.subjects.isEmpty() && b.objects.containsAll(a.subjects)) {
                    b.subjects.stream().filter(p -> !a.subjects.contains(p)).forEach(a.objects::add);
                } else {
                    a.objects.addAll(b.objects);
                }
                a.what = "talks";
                seeds.remove(n);
                n--;
                continue;
            }
            if (forLink && !dateBetween) {
                if (b.loc == null) {
                    b.loc = a.loc;
                } else if (b.loc.level() == 2 && a.loc != null && (b.loc.city() == null || b.loc.country() == null)) {
                    b.loc = b.loc.placedIn(a.loc);
                }
                boolean multiDayVisit = a.family().equals("visit") && a.days > 1 && !bVisit;
                if (!b.dated() && a.dated()) {
                    b.dateAs(a, multiDayVisit && !a.start.equals(a.end) ? Precision.WINDOW : a.precision);
                }
                b.subjects.addAll(a.subjects);
                if (!multiDayVisit) { // "a two-day visit to India, where he will hold talks with X": both are engagements
                    seeds.remove(n - 1);
                    n--;
                }
            }
        }
    }

    // ---- across sentences ---------------------------------------------------------------------

    // ---- output -------------------------------------------------------------------------------

}
