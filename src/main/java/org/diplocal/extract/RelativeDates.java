package org.diplocal.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Dates told relative to other engagements of the report: upon arrival, during the stay, a day after
 * the summit, on the sidelines, the following day; and weekdays a narrative moves past a later date.
 */
final class RelativeDates {
    private RelativeDates() {
    }

    static boolean resolveAnchor(Candidate c, List<Candidate> events, List<Candidate> all) {
        SentenceFacts.Anchor a = c.anchor;
        switch (a.type()) {
            case "arrival", "first-day", "stay", "trip", "last-day" -> {
                Candidate stay = a.type().endsWith("-day") ? gatheringNamed(c, events) : null; // "the first day of the meeting"
                if (stay == null) {
                    stay = stay(c, events, a.type().equals("trip") || a.type().endsWith("-day") ? null : stayCountry(c, a));
                }
                if (stay == null) {
                    return false;
                }
                if (a.type().equals("arrival") || a.type().equals("first-day")) {
                    c.date(stay.start, stay.precision == Precision.DAY ? stay.start : stay.end, stay.precision);
                } else if (a.type().equals("last-day")) {
                    c.date(stay.precision == Precision.DAY ? stay.end : stay.start, stay.end, stay.precision); // "on the last day of the visit"
                } else {
                    c.during(stay);
                }
                if (c.loc == null && stay.loc != null && !c.virtual) {
                    c.loc = stay.loc;
                }
                return true;
            }
            case "after" -> {
                Candidate ref = referred(c, events);
                if (ref == null) {
                    return false;
                }
                c.date(ref.start.plusDays(1), ref.end.plusDays(1), ref.precision);
                return true;
            }
            case "before" -> {
                Candidate ref = referred(c, events);
                if (ref == null) {
                    return false;
                }
                if (ref.start.equals(ref.end)) {
                    c.date(ref.start, ref.start, ref.precision); // "will meet X before the ceremony" on its day
                } else {
                    c.date(ref.start.minusDays(1), ref.start, Precision.WINDOW);
                }
                inItsTown(c, ref);
                return true;
            }
            case "ref" -> {
                Candidate ref = referred(c, events);
                if (ref == null || !ref.dated()) {
                    return false;
                }
                c.follows = ref;
                if (ref.start.equals(ref.end)) {
                    c.date(ref.start, ref.start, ref.precision); // "talks at the palace after the parade": that day
                } else {
                    c.date(ref.end, ref.end.plusDays(1), Precision.WINDOW); // "after the two-day summit": as it ends
                }
                if (c.family().equals("meeting")) {
                    inItsTown(c, ref);
                }
                return true;
            }
            case "eve" -> {
                Candidate ref = referred(c, events);
                if (ref == null) {
                    return false;
                }
                LocalDate eve = ref.start.minusDays(1); // "will meet on the eve of the summit"
                if (ref.precision == Precision.DAY) {
                    c.date(eve, eve, Precision.DAY);
                } else {
                    c.date(eve, ref.end.minusDays(1), Precision.WINDOW);
                }
                inItsTown(c, ref);
                return true;
            }
            case "sidelines" -> {
                Candidate ref = referred(c, events);
                if (ref == null) {
                    return false;
                }
                c.during(ref);
                if (c.loc == null && ref.loc != null) {
                    c.loc = ref.loc;
                }
                return true;
            }
            case "same-day" -> {
                Candidate prev = null; // "In the afternoon, X and Y will co-chair the summit": the morning's day
                int prevAt = -1;
                for (Candidate e : events) {
                    // (told last: a meeting the headline named first and a later sentence dated is told at that sentence)
                    int at = toldLastBy(e, c.facts.sentence.index());
                    if (at >= 0 && e.precision == Precision.DAY && at > prevAt) {
                        prev = e;
                        prevAt = at;
                    }
                }
                if (prev == null) {
                    return false;
                }
                c.date(prev.start, prev.start, Precision.DAY);
                if (c.loc == null && prev.loc != null && !c.virtual) {
                    c.loc = prev.loc;
                }
                return true;
            }
            case "then" -> {
                // "On Monday she will hold talks with X. She will then be received by Y": the day of the engagement told
                // just before, in the two sentences before or earlier in this one, when it has one day of its own
                Candidate prev = null;
                for (Candidate e : all) {
                    int at = e.facts.sentence.index();
                    boolean before = at < c.facts.sentence.index() && at >= c.facts.sentence.index() - 2
                            || at == c.facts.sentence.index() && e.trigger.from() < c.trigger.from();
                    if (before && e.dated() && (c.noParticipants() || e.noParticipants() || e.sharesParticipantWith(c))) {
                        prev = e;
                    }
                }
                if (prev == null || prev.precision != Precision.DAY || !prev.start.equals(prev.end) || c.family().equals("visit")) {
                    return false; // ("He will then travel to Tanzania for a state visit": a journey of days not told)
                }
                c.date(prev.start, prev.start, Precision.DAY);
                Candidate.Loc there = prev.loc;
                boolean metFromElsewhere = there != null && c.objects.stream()
                        .anyMatch(p -> p.country != null && !p.country.equals(there.country()));
                if (!metFromElsewhere) {
                    inItsTown(c, prev); // but "will then be received by Rwandan President X" after talks in Kampala: not there
                }
                return true;
            }
            case "following-day" -> {
                Candidate prev = null;
                for (Candidate e : events) {
                    if (e.facts.sentence.index() < c.facts.sentence.index()
                            && (prev == null || e.facts.sentence.index() > prev.facts.sentence.index())) {
                        prev = e;
                    }
                }
                if (prev == null) {
                    return false;
                }
                c.date(prev.start.plusDays(1), prev.end.plusDays(1), prev.precision);
                return true;
            }
            case "next" -> {
                // the leg before: the latest-ending engagement told earlier, of the same people, somewhere else
                Candidate prev = null;
                for (Candidate e : events) {
                    boolean elsewhere = c.loc == null || e.loc == null || c.loc.country() == null
                            || !c.loc.country().equals(e.loc.country());
                    if (e.facts.sentence.index() < c.facts.sentence.index() && (c.noParticipants() || e.sharesParticipantWith(c))
                            && elsewhere && (prev == null || e.end.isAfter(prev.end))) {
                        prev = e;
                    }
                }
                if (prev == null) {
                    return false;
                }
                Candidate tour = tourWithLeg(c, events);
                if (tour != null && !prev.end.isAfter(tour.end)) {
                    // "will visit A, B and C from May 9 to 16 ... After that he will fly to B": a leg of the tour, within it
                    LocalDate from = prev.start.isBefore(tour.start) ? tour.start : prev.start;
                    c.date(from, tour.end, from.equals(tour.end) ? Precision.DAY : Precision.WINDOW);
                    return true;
                }
                // leaving the same day or the next: an honest window over both
                c.date(prev.end, prev.end.plusDays(Math.max(1, c.days)), Precision.WINDOW);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Held where the event it is told against is, in that event's town (a venue there is not the place). */
    private static void inItsTown(Candidate c, Candidate ref) {
        if (c.loc == null && ref.loc != null && !c.virtual) {
            c.loc = ref.loc.town();
        }
    }

    /** A dated tour told earlier, of the same people, whose list of countries holds the candidate's place. */
    private static Candidate tourWithLeg(Candidate c, List<Candidate> events) {
        String country = c.loc != null ? c.loc.country() : null;
        for (Candidate e : events) {
            if (e.dated() && e.family().equals("visit") && e.facts.sentence.index() < c.facts.sentence.index()
                    && e.sharesParticipantWith(c) && (country == null ? !c.groupCountries.isEmpty()
                    && e.groupCountries.containsAll(c.groupCountries) : e.groupCountries.contains(country))) {
                return e;
            }
        }
        return null;
    }

    /**
     * "A visit to the X dam, initially included in the programme, will not take place", undated: a stop called off the
     * one visit its people (or, when none is named, the report's) are on, on that visit's days.
     */
    static boolean aStopOffTheVisit(Candidate c, List<Candidate> events) {
        Candidate visit = null;
        for (Candidate e : events) {
            if (!e.dated() || !EngagementMerger.aStopCalledOff(c, e) || !c.noParticipants() && !c.sharesParticipantWith(e)
                    || c.loc.country() != null && e.loc != null && !c.loc.country().equals(e.loc.country())) {
                continue;
            }
            if (visit != null && !(visit.start.equals(e.start) && visit.end.equals(e.end))) {
                return false;
            }
            visit = e;
        }
        if (visit == null) {
            return false;
        }
        c.during(visit);
        return true;
    }

    /**
     * "The minister will meet Prime Minister X" with no date, in a report of one visit to X's country: the meeting
     * falls within that visit. More than one such visit, or none, and it stays undated.
     */
    static boolean duringTheVisit(Candidate c, List<Candidate> events) {
        Candidate party = c.accompanying && !c.virtual ? longestVisit(events) : null;
        if (party != null) {
            c.during(party); // "Foreign Minister X, who accompanies the President, will hold talks with Y"
            if (c.loc == null && party.loc != null) {
                c.loc = party.loc.town();
            }
            return true;
        }
        boolean placed = c.loc != null && c.loc.country() != null;
        if (c.objects.isEmpty() && !placed || c.virtual || c.family().equals("visit")) {
            return false;
        }
        String country = c.loc != null ? c.loc.country() : null;
        for (Person p : c.objects) {
            if (country == null && p.country != null) {
                country = p.country;
            }
        }
        String city = c.loc != null && c.loc.level() == 1 ? c.loc.city() : null;
        Candidate visit = null;
        for (Candidate e : events) {
            boolean tourThere = e.loc == null && e.family().equals("visit")
                    && (country != null ? e.groupCountries.contains(country) : !e.groupCountries.isEmpty());
            if (!e.dated() || e.loc == null && !tourThere || !EngagementMerger.shares(e.subjects, c.subjects)
                    || e.loc != null && country != null && !country.equals(e.loc.country())) {
                continue;
            }
            // a visit there or a tour that includes it, or, for "In Moscow, X will have lunch with Y", X's dated
            // engagement in that city
            boolean stay = e.family().equals("visit") || city != null && e.loc != null && city.equals(e.loc.city());
            if (!stay) {
                continue;
            }
            if (visit != null && !(visit.start.equals(e.start) && visit.end.equals(e.end))) {
                return false;
            }
            visit = e;
        }
        if (visit == null) {
            visit = visitReceived(c, events, placed ? c.loc.country() : null);
        }
        if (visit == null) {
            return false;
        }
        c.during(visit);
        if (c.loc == null && visit.loc != null) {
            c.loc = visit.loc.town();
        }
        return true;
    }


    /**
     * "The tour concludes in Kathmandu, where X is due to meet Y before returning to Doha on Wednesday": between the end
     * of X's last engagement told before it and the return.
     */
    static boolean beforeReturning(Candidate c, List<Candidate> events) {
        if (c.returnBy == null || c.noParticipants()) {
            return false;
        }
        LocalDate from = null;
        for (Candidate e : events) {
            if (e.dated() && e.facts.sentence.index() < c.facts.sentence.index() && e.sharesParticipantWith(c)
                    && !e.end.isAfter(c.returnBy) && (from == null || e.end.isAfter(from))) {
                from = e.end;
            }
        }
        if (from == null) {
            return false;
        }
        c.date(from, c.returnBy, from.equals(c.returnBy) ? Precision.DAY : Precision.WINDOW);
        return true;
    }

    /** The report's longest visit dated to the day, or null when two differ and are as long. */
    private static Candidate longestVisit(List<Candidate> events) {
        Candidate best = null;
        boolean tie = false;
        for (Candidate e : events) {
            if (!e.family().equals("visit") || !e.dated() || e.precision != Precision.DAY || e.loc == null) {
                continue;
            }
            long span = EngagementMerger.span(e);
            if (best == null || span > EngagementMerger.span(best)) {
                best = e;
                tie = false;
            } else if (span == EngagementMerger.span(best) && !(e.start.equals(best.start))) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** "Premier X will meet with her": the one visit of the person met, in the country she visits, if one. */
    private static Candidate visitReceived(Candidate c, List<Candidate> events, String placedIn) {
        Candidate visit = null;
        for (Candidate e : events) {
            if (e.dated() && e.family().equals("visit") && e.loc != null && EngagementMerger.shares(e.subjects, c.objects)
                    && !EngagementMerger.shares(e.subjects, c.subjects) && (placedIn == null || placedIn.equals(e.loc.country()))) {
                if (visit != null && !(visit.start.equals(e.start) && visit.end.equals(e.end))) {
                    return null;
                }
                visit = e;
            }
        }
        return visit;
    }

    /**
     * "Akufo-Addo will then travel to Alexandria ... on Wednesday" after a summit on Tuesday the 28th: a
     * bare weekday told after a later date of the same people means the first such weekday after it.
     */
    static void narrativeWeekdays(List<Candidate> candidates) {
        java.util.Map<Person, LocalDate> latest = new java.util.HashMap<>();
        java.util.Map<Person, LocalDate> earliest = new java.util.HashMap<>();
        List<Candidate> stays = new java.util.ArrayList<>();
        List<Candidate> visits = new java.util.ArrayList<>();
        for (Candidate c : candidates) {
            if (c.family().equals("visit") && !c.noParticipants()) {
                visits.add(c);
            }
            if (!c.dated()) {
                continue;
            }
            if (c.weekday || c.weekdayPart) {
                inTheStayToldBefore(c, stays, visits);
            }
            if (c.family().equals("visit") && c.precision == Precision.DAY && lastDay(c).isAfter(c.start)) {
                stays.add(c);
            }
            boolean next = c.weekday && narrative(c.facts, c.trigger.from());
            // "In Dublin on the Thursday", "on the Wednesday afternoon": the Thursday of the stay told, from its first day on
            boolean ofTheStay = (c.weekday || c.weekdayPart) && !next && definiteWeekday(c.facts);
            if (next || ofTheStay) {
                LocalDate after = null;
                for (Person p : c.participants()) {
                    LocalDate l = (next ? latest : earliest).get(p);
                    if (l != null && (after == null || (next ? l.isAfter(after) : l.isBefore(after)))) {
                        after = l;
                    }
                }
                if (next && inAStayOfTheirs(c, stays)) {
                    after = null; // "... moved from Thursday to Friday so that X could receive the minister on Thursday": the stay's
                }
                while (after != null && c.start.isBefore(after)) {
                    c.date(c.start.plusDays(7), c.end.plusDays(7), c.precision);
                }
                LocalDate told = ofTheStay && after == null ? theWeekdayToldBefore(c, candidates) : null;
                if (told != null) {
                    // "will take place on Friday, May 30 ... Mr X will hold a bilateral meeting on the Friday afternoon"
                    c.date(told, told.plusDays(c.end.toEpochDay() - c.start.toEpochDay()), c.precision);
                }
            }
            for (Person p : c.participants()) {
                latest.merge(p, c.start, (x, y) -> x.isAfter(y) ? x : y);
                earliest.merge(p, c.start, (x, y) -> x.isBefore(y) ? x : y);
            }
        }
    }

    /**
     * "X spends four days in Chile from Thursday, May 23 ... on Friday he travels to Valparaiso": a bare weekday that
     * falls before a stay told earlier, of the same people (or of one who goes ahead of them, there), is the one inside
     * that stay when a whole week on lands in it.
     */
    private static void inTheStayToldBefore(Candidate c, List<Candidate> stays, List<Candidate> visits) {
        for (Candidate stay : stays) {
            boolean there = c.loc == null || stay.loc == null || c.loc.country() == null
                    || c.loc.country().equals(stay.loc.country());
            // "On Wednesday, the delegation will tour the coast guard's headquarters in Manila": no one named, in the stay's country
            boolean inItsCountry = c.loc != null && stay.loc != null && c.loc.country() != null
                    && c.loc.country().equals(stay.loc.country());
            // nor "Foreign Minister Y will travel ahead of the President and meet Z in Abu Dhabi on Sunday evening": one who
            // goes ahead of the visit or with it, in its country
            // nor "A visit to the Akosombo Dam, planned for Tuesday, has been cancelled": no one named, at a site the lists
            // cannot place
            boolean unplacedSite = c.family().equals("visit") && c.loc != null && c.loc.country() == null && c.loc.level() == 2;
            boolean theirs = c.sharesParticipantWith(stay) || (inItsCountry || unplacedSite) && c.noParticipants()
                    || theVisitToldAgain(stay) && madeItsVisit(c, stay, visits) // (not "Ahead of the visit, X and Y will speak on Thursday")
                        && !EARLIER_STEP.anyBetween(c.facts.tokens, 0, c.trigger.from())
                    || goesWithTheVisit(c.facts) && (c.loc == null || inItsCountry);
            if (!c.start.isBefore(stay.start) || !there || !theirs) {
                continue;
            }
            LocalDate moved = c.start;
            while (moved.isBefore(stay.start)) {
                moved = moved.plusDays(7);
            }
            if (!moved.isAfter(lastDay(stay))) {
                long weeks = (moved.toEpochDay() - c.start.toEpochDay()) / 7;
                c.date(moved, c.end.plusWeeks(weeks), c.precision);
                return;
            }
        }
        for (Candidate stay : stays) {
            // "flies to Bahrain on Sunday for a four-day visit ... A stop in Doha on Thursday has been dropped": the next
            // leg, the day after the stay, in another country
            // (a meeting only when called off: "In Tokyo on Wednesday, X plans to meet Y" before a visit to Korea next
            // Monday is an earlier leg, as told)
            boolean aStop = c.loc != null && c.loc.level() >= 1 && c.loc.country() != null
                    && stay.loc != null && !c.loc.country().equals(stay.loc.country())
                    && (c.family().equals("visit") && c.noParticipants()
                        || c.status != DraftStatus.SCHEDULED && c.sharesParticipantWith(stay));
            if (aStop && c.start.isBefore(stay.start) && c.start.plusDays(7).equals(lastDay(stay).plusDays(1))
                    && !EARLIER_STEP.anyBetween(c.facts.tokens, 0, c.facts.tokens.size())) { // not "Before that, X will ..."
                c.date(c.start.plusDays(7), c.end.plusDays(7), c.precision);
                return;
            }
        }
    }

    /**
     * "The state visit itself runs from Monday the 18th to Friday the 22nd": the report's visit, told again with its days
     * and no one named, whose days a later bare weekday of anyone's falls in.
     */
    /**
     * One of {@code c}'s people made a visit told before the stay ("X travels to Japan the week after next"), and {@code c}
     * is in that visit's country if placed: not someone else's engagement, nor one of theirs at home or abroad elsewhere.
     */
    private static boolean madeItsVisit(Candidate c, Candidate stay, List<Candidate> visits) {
        for (Candidate v : visits) {
            boolean before = v.facts.sentence.index() < stay.facts.sentence.index();
            boolean there = c.loc == null || v.loc == null || c.loc.country() == null || c.loc.country().equals(v.loc.country());
            if (v != c && before && there && c.sharesParticipantWith(v)) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet VISIT_KINDS = WordSet.of("state", "official", "working");

    private static boolean theVisitToldAgain(Candidate stay) {
        int k = stay.trigger.from() - 1;
        while (k >= 0 && VISIT_KINDS.contains(stay.facts.tokens, k)) {
            k--;
        }
        return stay.noParticipants() && k >= 0 && stay.facts.tokens.is(k, "the");
    }

    /** words that tell a step before the stay: "Before that", "beforehand", "ahead of the visit", "en route" */
    private static final WordSet EARLIER_STEP = WordSet.of("before", "beforehand", "ahead", "route", "way");

    /** Whether {@code c}'s day lies in a stay of its people told before, which a week later would leave. */
    private static boolean inAStayOfTheirs(Candidate c, List<Candidate> stays) {
        for (Candidate stay : stays) {
            if (stay != c && c.sharesParticipantWith(stay) && !c.start.isBefore(stay.start) && !c.end.isAfter(lastDay(stay))
                    && c.start.plusDays(7).isAfter(lastDay(stay))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet GOING = WordSet.of("travel", "travels", "fly", "flies", "arrive", "arrives", "go", "goes",
            "leave", "leaves");

    /** "will travel ahead of the President", "who is accompanying the President": goes with the visit, or before it */
    private static boolean goesWithTheVisit(SentenceFacts f) {
        int ahead = f.tokens.find("ahead", 0, f.tokens.size());
        // (not "Ahead of the visit, X and Y will speak by telephone": before it, not there)
        return ahead > 0 && ahead + 1 < f.tokens.size() && f.tokens.is(ahead + 1, "of") && GOING.contains(f.tokens, ahead - 1)
                || f.tokens.find("accompanying", 0, f.tokens.size()) >= 0; // "X, who is accompanying the President, will meet"
    }

    /**
     * The day of an engagement told before {@code c}, later than {@code c}'s first guess, that falls on the same weekday:
     * "the Friday" of a report that told "Friday, May 30" is that Friday. Null when none.
     */
    private static LocalDate theWeekdayToldBefore(Candidate c, List<Candidate> candidates) {
        LocalDate found = null;
        for (Candidate e : candidates) {
            if (e == c) {
                break;
            }
            if (e.dated() && e.precision == Precision.DAY && e.start.equals(e.end) && e.start.isAfter(c.start)
                    && e.start.getDayOfWeek() == c.start.getDayOfWeek()) {
                found = e.start;
            }
        }
        return found;
    }

    /** A stay's last day, from its dates or from the days it is told to last ("spends four days in Chile from Thursday"). */
    private static LocalDate lastDay(Candidate stay) {
        LocalDate counted = stay.start.plusDays(stay.days - 1L);
        return counted.isAfter(stay.end) ? counted : stay.end;
    }

    /** "In Dublin on the Thursday": a weekday with the article is the one of the stay the story is telling. */
    private static boolean definiteWeekday(SentenceFacts f) {
        for (int i = 1; i < f.tokens.size(); i++) {
            if (Calendar.isWeekday(f.tokens, i) && f.tokens.is(i - 1, "the")) {
                return true;
            }
        }
        return false;
    }

    /** The sentence tells a next step of a story, up to {@code trigger} ("then", "later", "..., before spending"). */
    static boolean narrative(SentenceFacts f, int trigger) {
        for (int i = 0; i < f.tokens.size(); i++) {
            // "..., before spending Thursday in Apia": the next step; but "Before that, ..." is an earlier one
            boolean nextStep = f.tokens.is(i, "before") && i > 0 && i < trigger && f.tokens.is(i - 1, ",") && i + 1 < f.tokens.size()
                    && f.tokens.norm(i + 1).endsWith("ing");
            if (f.tokens.is(i, "then") || f.tokens.is(i, "afterwards") || f.tokens.is(i, "after") || nextStep
                    || f.tokens.is(i, "later") && !sameDayLater(f, i)) {
                return true;
            }
        }
        return false;
    }

    /** "later on Tuesday", "later today", "later this week": a time of its own, not the next step of a story. */
    private static boolean sameDayLater(SentenceFacts f, int at) {
        if (at + 1 >= f.tokens.size()) {
            return false;
        }
        return f.tokens.is(at + 1, "on") || f.tokens.is(at + 1, "today") || f.tokens.is(at + 1, "tonight")
                || f.tokens.is(at + 1, "this") || Calendar.isWeekday(f.tokens, at + 1);
    }

    static String stayCountry(Candidate c, SentenceFacts.Anchor a) {
        if (a.place() != null) {
            return a.place().country();
        }
        return c.loc == null ? null : c.loc.country();
    }

    /** The visit that holds a stay: a dated visit or trip of one of the participants, in that country if given. */
    static Candidate stay(Candidate c, List<Candidate> events, String country) {
        Candidate best = null;
        for (Candidate e : events) {
            if (!e.family().equals("visit") || e.loc == null && country != null) {
                continue;
            }
            if (country != null && !country.equals(e.loc.country())) {
                continue;
            }
            if (!c.sharesParticipantWith(e)) {
                continue;
            }
            if (best == null || betterStay(e, best)) {
                best = e;
            }
        }
        if (best == null) {
            best = theOnlyVisit(events, country); // "the foreign ministers will meet during the visit": the report's one visit
        }
        if (best == null && country == null) {
            best = lastVisitToldBefore(c, events); // "... during the visit", with a later visit told after it
        }
        if (best == null && country != null) {
            // "In Lima, X will attend the OAS General Assembly, October 5-7. While in Lima, X will also meet Y"
            for (Candidate e : events) {
                if (e.dated() && e.loc != null && country.equals(e.loc.country()) && c.sharesParticipantWith(e)
                        && (best == null || EngagementMerger.span(e) > EngagementMerger.span(best))) {
                    best = e;
                }
            }
        }
        return best;
    }

    /** The visit dated to the day that the report told last before {@code c}'s sentence, or null. */
    private static Candidate lastVisitToldBefore(Candidate c, List<Candidate> events) {
        Candidate last = null;
        int at = c.facts.sentence.index();
        for (Candidate e : events) {
            int told = e.facts.sentence.index();
            if (e.kind.equals("visit") && e.dated() && e.precision == Precision.DAY && told < at
                    && (last == null || told > last.facts.sentence.index())) {
                last = e;
            }
        }
        return last;
    }

    /** The one visit the report dates to the day (in {@code country}, when given), or null when there are more or none. */
    private static Candidate theOnlyVisit(List<Candidate> events, String country) {
        Candidate only = null;
        for (Candidate e : events) {
            if (e.family().equals("visit") && e.dated() && e.precision == Precision.DAY
                    && (country == null || e.loc != null && country.equals(e.loc.country()))) {
                if (only != null) {
                    return null;
                }
                only = e;
            }
        }
        return only;
    }

    /** A stay the report dates to the day, at one country or city, beats a loosely dated, venue or tour visit. */
    static boolean betterStay(Candidate e, Candidate best) {
        if (e.precision != best.precision) {
            return e.precision == Precision.DAY;
        }
        int le = e.loc == null ? 0 : e.loc.level();
        int lb = best.loc == null ? 0 : best.loc.level();
        if ((le == 2) != (lb == 2)) {
            return lb == 2;
        }
        if ((e.loc == null) != (best.loc == null)) {
            return best.loc == null; // "during his stay" after a tour of four countries and its first stop: the stop
        }
        return EngagementMerger.span(e) > EngagementMerger.span(best);
    }

    /** "the G20 summit" names "G20 Summit"; "the summit" names no summit of several. */
    private static boolean nameSaid(String words, String name) {
        StringBuilder initials = new StringBuilder(); // "Group of 20" is "G20"
        for (String w : name.split(" ")) {
            String k = Tokenizer.key(w);
            if (k.isEmpty() || GENERIC.contains(k)) {
                continue;
            }
            if (Character.isDigit(w.charAt(0))) {
                initials.append(k);
            } else if (Character.isUpperCase(w.charAt(0))) {
                initials.append(k.charAt(0));
                if (k.length() > 2 && words.contains(" " + k + " ")) {
                    return true;
                }
            }
        }
        return initials.length() > 1 && words.contains(" " + initials + " ");
    }

    private static final Set<String> GENERIC = Set.of("summit", "summits", "meeting", "conference", "forum",
            "dialogue", "session", "council", "leaders", "ministers", "the", "and", "of");

    /** "on the sidelines of the council" for the "X-Y High-Level Cooperation Council session": the name's own head word. */
    private static boolean theNamesHead(String words, String name) {
        for (String w : name.split(" ")) {
            String k = Tokenizer.key(w);
            if (Character.isUpperCase(w.charAt(0)) && GATHERING_HEADS.contains(k) && words.contains(" the " + k + " ")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> GATHERING_HEADS = Set.of("council", "forum", "dialogue", "conference",
            "assembly", "commission", "congress", "convention", "symposium");

    private static boolean namesItsKind(SentenceFacts f, SentenceFacts.Anchor a, Candidate e) {
        for (Trigger t : f.triggers) {
            // "during the two-day gathering", "the session": a general word for a summit; "the summit" names only summits
            boolean gatherings = !t.kind().equals("summit") && t.gathering() && e.trigger.gathering();
            if (t.from() >= a.refFrom() && t.to() <= Math.max(a.refFrom(), a.refTo())
                    && (t.kind().equals(e.trigger.kind()) || t.kind().equals(e.kind) || gatherings || hostedAt(e, t.kind()))) {
                return true;
            }
        }
        return false;
    }

    /** How far after "will host" the event word it hosts may stand: "will host Arab leaders on Saturday at a summit". */
    private static final int HOSTED_REACH = 10;

    /** "Egypt will host leaders on Saturday at a summit": the hosting is an event of that kind. */
    private static boolean hostedAt(Candidate e, String kind) {
        if (!e.trigger.kind().equals("host")) {
            return false;
        }
        for (Trigger t : e.facts.triggers) {
            if (t.from() > e.trigger.from() && t.from() - e.trigger.to() <= HOSTED_REACH && t.kind().equals(kind)) {
                return true;
            }
        }
        return false;
    }

    /** "a day after the White House summit": the dated event whose place or name the words repeat. */
    private static final Set<String> STAY_WORDS = Set.of("visit", "trip", "stay", "tour", "journey");

    /** "On the first day of the meeting": the dated meeting, summit or conference those words name, not a visit. */
    private static Candidate gatheringNamed(Candidate c, List<Candidate> events) {
        SentenceFacts f = c.facts;
        if (c.anchor.refTo() <= c.anchor.refFrom()) {
            return null;
        }
        for (int k = c.anchor.refFrom(); k < c.anchor.refTo(); k++) {
            if (STAY_WORDS.contains(f.tokens.norm(k))) {
                return null;
            }
        }
        Candidate ref = referred(c, events);
        return ref != null && ref.dated() && !ref.family().equals("visit") && !ref.start.equals(ref.end) ? ref : null;
    }

    static Candidate referred(Candidate c, List<Candidate> events) {
        SentenceFacts f = c.facts;
        String words = " " + PhraseTable.key(f.tokens, c.anchor.refFrom(), Math.max(c.anchor.refFrom(), c.anchor.refTo())) + " ";
        String phrase = words.trim().startsWith("the ") ? words.trim().substring(4) : words.trim();
        Candidate best = null;
        int bestScore = 0;
        for (Candidate e : events) {
            if (c.anchor.type().equals("sidelines") && e.kind.equals("meeting") && !e.objects.isEmpty() && e != c) {
                continue; // talks are held on the margins of a gathering, not of a "restricted meeting with X"
            }
            int score = 0;
            if (e.acronym != null && words.contains(" " + Tokenizer.key(e.acronym) + " ")) {
                score += 3;
            }
            if (e.loc != null) {
                if (words.contains(" " + Tokenizer.key(e.loc.name()) + " ")) {
                    score += 2;
                }
                if (e.loc.city() != null && words.contains(" " + Tokenizer.key(e.loc.city()) + " ")) {
                    score += 2;
                }
            }
            for (PlaceMention p : f.places.places()) {
                if (p.from() >= c.anchor.refFrom() && p.to() <= c.anchor.refTo() && e.loc != null
                        && p.country() != null && p.country().equals(e.loc.country())
                        && (p.kind() != PlaceMention.Kind.CITY || p.name().equals(e.loc.city()))) {
                    score += 1;
                }
            }
            if (c.anchor.type().equals("eve") && phrase.indexOf(' ') > 0 && e.evidence != null && (" " + Tokenizer.key(e.evidence) + " ").contains(" " + phrase + " ")) {
                score += 4; // "on the eve of the plenary session": the engagement told as held at the plenary session
            }
            String head = phrase.indexOf(' ') > 0 ? phrase.substring(0, phrase.indexOf(' ')) : phrase;
            if (head.equals(e.kind) && !e.kind.equals("meeting")) {
                score += 3; // "on the eve of the summit to review talks which Tirana ...": the summit, before any town after it
            }
            boolean theVisit = e.family().equals("visit") && words.contains(" visit "); // "arrive ... on a visit": a visit
            if (theVisit || words.contains(" " + e.kind + " ") || words.contains(" " + e.trigger.kind() + " ")
                    || namesItsKind(f, c.anchor, e) || e.name != null && theNamesHead(words, e.name)) {
                // "on the sidelines of the G20 summit in Bali": the summit, before a meeting that is also in Bali
                score += e.name != null && nameSaid(words, e.name) ? 6 : 1; // the event word outweighs the place both share
            }
            // "on the sidelines of the summit", "on the eve of the summit": a gathering its host attends, not the meeting
            // ("on the afternoon of the inauguration": a ceremony several attend is such a gathering)
            boolean gathering = (e.name != null || score > 0 && (e.trigger.kind().equals("host") || e.kind.equals("ceremony")))
                    && (c.anchor.type().equals("sidelines") || c.anchor.type().equals("eve"));
            // "X, who accompanies the President, will meet Y on the sidelines of the visit": the visit of the one accompanied
            if (score > bestScore && (c.sharesParticipantWith(e) || e.noParticipants() && e.name != null || gathering || theVisit)) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** The last sentence, up to {@code upTo}, that tells of {@code e}; -1 when none. */
    private static int toldLastBy(Candidate e, int upTo) {
        int last = e.facts.sentence.index() <= upTo ? e.facts.sentence.index() : -1;
        for (int at : e.sentences) {
            if (at <= upTo && at > last) {
                last = at;
            }
        }
        return last;
    }
}
