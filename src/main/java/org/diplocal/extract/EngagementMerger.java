package org.diplocal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Decides when two mentions are one engagement and merges them: people, place, dates, name, status. */
final class EngagementMerger {
    private EngagementMerger() {
    }

    /**
     * "The visit will take place from Oct. 31 to Nov. 3": a dated mention without people belongs to the
     * nearest engagement of the same kind told before it.
     */
    static void adoptOrphans(List<Candidate> events) {
        for (Candidate orphan : new ArrayList<>(events)) {
            if (!orphan.noParticipants() || orphan.delegatesMeet) {
                continue; // (delegates of two sides, no one named, are no one's engagement to adopt)
            }
            Candidate parent = null;
            boolean parentAtPlace = false;
            for (Candidate e : events) {
                if (e == orphan || e.noParticipants() || !e.family().equals(orphan.family()) || onItsSidelines(e, orphan)
                        || e.facts.sentence.index() > orphan.facts.sentence.index()) {
                    continue;
                }
                if (e.loc != null && orphan.loc != null && e.loc.country() != null && orphan.loc.country() != null
                        && !e.loc.country().equals(orphan.loc.country())) {
                    continue;
                }
                if (e.dated() && orphan.dated() && (e.end.isBefore(orphan.start) || orphan.end.isBefore(e.start))) {
                    continue;
                }
                if (aDayOfItsOwn(orphan, e) || aPairWithinTheDays(orphan, e)) {
                    continue;
                }
                // "the first joint visit to the JSA": the engagement at the venue named, else the one told last
                boolean atPlace = atSameVenue(e, orphan);
                if (parent == null || atPlace && !parentAtPlace
                        || atPlace == parentAtPlace && e.facts.sentence.index() >= parent.facts.sentence.index()) {
                    parent = e;
                    parentAtPlace = atPlace;
                }
            }
            if (parent == null && orphan.name != null) {
                // "will meet X on the sidelines of the G20 summit": who meets on its sidelines attends it
                for (Candidate e : events) {
                    if (e != orphan && onItsSidelines(e, orphan)) {
                        orphan.subjects.addAll(e.participants());
                        if (orphan.loc == null && e.loc != null) {
                            orphan.loc = e.loc;
                        }
                    }
                }
                if (!orphan.noParticipants()) {
                    continue;
                }
            }
            if (parent == null) {
                // "The leaders of X and Y will hold a summit in Lima on March 16" + "Boric will travel to Lima
                // for a visit starting March 16": the summit is attended by who is in that city then
                for (Candidate e : events) {
                    if (e != orphan && !e.noParticipants() && e.dated() && orphan.dated() && e.loc != null && orphan.loc != null
                            && e.loc.city() != null && e.loc.city().equals(orphan.loc.city())
                            && !orphan.start.isBefore(e.start) && !orphan.end.isAfter(e.end)) {
                        orphan.subjects.addAll(e.participants());
                        break;
                    }
                }
                continue;
            }
            if (aSiteWithinTheStay(parent, orphan) || aPlaceCalledOffApart(parent, orphan) || aStopCalledOffWithin(orphan, parent)) {
                // "On Wednesday, the delegation will tour the port": the visitors; "A visit to the X centre planned for
                // Tuesday has been dropped", beside Tuesday's stop in a town: theirs too, a stop of its own
                orphan.subjects.addAll(parent.subjects);
                continue;
            }
            if (aGatheringAfterTalks(orphan, parent)) {
                // "will hold bilateral talks with X. The summit of the Forum ... will open in the afternoon": the
                // pair told last attend the summit, which stays an engagement of its own
                orphan.subjects.addAll(parent.participants());
                continue;
            }
            if (parent != null) {
                Candidate.Loc keep = parent.loc;
                merge(parent, orphan);
                if (keep != null && parent.loc != null && parent.loc.level() > keep.level() && !parent.family().equals("meeting")) {
                    parent.loc = keep; // a visit to a country is not narrowed to a venue by a sentence without its people
                }
                events.remove(orphan);
            }
        }
    }

    private static final WordSet DEFINITE = WordSet.of("the", "this", "that");

    /**
     * "X will depart for China tonight on a state visit ... The state visit will take place from 8 to 12 January": a
     * visit told with the article and no one named is the visit told last, with its people and its place, so that
     * "during his stay" can find it. It stays an engagement of its own (the departure is another).
     */
    static void theVisitToldBefore(List<Candidate> events, List<Candidate> candidates) {
        for (Candidate visit : events) {
            if (!visit.noParticipants() || !visit.family().equals("visit") || visit.loc != null || !definite(visit)) {
                continue;
            }
            Candidate told = null;
            for (Candidate c : candidates) {
                if (c.facts.sentence.index() < visit.facts.sentence.index() && c.family().equals("visit")
                        && !c.noParticipants() && c.loc != null) {
                    told = c;
                }
            }
            if (told != null) {
                visit.subjects.addAll(told.subjects);
                visit.objects.addAll(told.objects);
                visit.loc = told.loc;
            }
        }
    }

    /** "The state visit will take place", "This visit": the event word comes after an article, within three words. */
    private static boolean definite(Candidate c) {
        for (int k = Math.max(0, c.trigger.from() - 3); k < c.trigger.from(); k++) {
            if (DEFINITE.contains(c.facts.tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A visit of one day to a site (a venue), within the days of a longer visit: a stop of the programme, not the stay.
     * The merger keeps the two apart only when the stay has its people (a stay told of no one takes them from the site).
     */
    private static boolean aSiteWithinTheStay(Candidate stay, Candidate site) {
        return stay.family().equals("visit") && site.family().equals("visit") && stay.dated() && site.dated()
                && stay.end.isAfter(stay.start) && site.start.equals(site.end) && site.loc != null
                && (site.loc.level() >= 2 && (stay.loc == null || stay.loc.level() < 2) || aTownOfTheCountry(stay, site));
    }

    /**
     * "visit Mauritania from Thursday to Saturday" + "the visit to the port of Nouadhibou on Friday": a town of it. (A
     * stay in a country carries that country's capital as its city, so the capital itself is no other town.)
     */
    private static boolean aTownOfTheCountry(Candidate stay, Candidate site) {
        // also another town than the one the stay is in: "travel to Temuco" + "a trip to Valdivia ... has been dropped"
        return site.loc.level() == 1 && stay.loc != null && stay.loc.level() <= 1 && site.loc.country() != null
                && site.loc.country().equals(stay.loc.country()) && !site.loc.name().equals(stay.loc.city());
    }

    /** A named summit or conference, told after a meeting with someone named in a sentence of its own. */
    private static boolean aGatheringAfterTalks(Candidate gathering, Candidate talks) {
        return gathering.name != null && summitOrConference(gathering) && talks.name == null
                && talks.trigger.kind().equals("meeting") && !talks.objects.isEmpty() && talks.facts != gathering.facts;
    }

    private static boolean summitOrConference(Candidate c) {
        return c.trigger.kind().equals("summit") || c.trigger.kind().equals("conference");
    }

    /** A summit of three or more, and a meeting of two of them told in another sentence. */
    private static boolean aPairBesideTheSummit(Candidate summit, Candidate pair) {
        return summitOrConference(summit) && summit.participantCount() >= 3
                && (pair.trigger.kind().equals("meeting") || pair.trigger.kind().equals("host"))
                && pair.participantCount() == 2 && summit.facts != pair.facts;
    }

    /** A named gathering known only to a window, and talks with someone named on a day of it, told elsewhere. */
    private static boolean aDayMeetingWithinAWindow(Candidate gathering, Candidate talks) {
        return gathering.name != null && talks.name == null && gathering.facts != talks.facts && gathering.dated() && talks.dated()
                && gathering.precision == Precision.WINDOW && talks.precision == Precision.DAY
                && talks.trigger.kind().equals("meeting") && !talks.objects.isEmpty();
    }

    /**
     * "Later this month X will host defence ministers in London" + "X's talks with Y on Thursday": a hosting known only to
     * a window is not talks on a day with someone it does not name.
     */
    private static boolean talksApartFromAHosting(Candidate hosting, Candidate talks) {
        return hosting.trigger.kind().equals("host") && talks.trigger.kind().equals("meeting") && hosting.facts != talks.facts
                && hosting.dated() && talks.dated() && hosting.precision == Precision.WINDOW && talks.precision == Precision.DAY
                && !talks.objects.isEmpty() && talks.objects.stream().noneMatch(hosting::involves);
    }

    /** "a bilateral meeting with X on the sidelines of the summit": a meeting of its own, not the summit. */
    private static boolean metOnItsSidelines(Candidate meeting, Candidate summit) {
        return !meeting.objects.isEmpty() && onItsSidelines(meeting, summit);
    }

    /**
     * "X will meet Y on the sidelines of the G20 summit in Bali": X and Y attend the summit, held where they meet,
     * though the summit has a host of its own.
     */
    static void attendedFromItsSidelines(List<Candidate> events) {
        for (Candidate summit : events) {
            if (summit.name == null || summit.noParticipants()) {
                continue; // an orphan summit is adopted by adoptOrphans
            }
            for (Candidate meeting : events) {
                if (meeting != summit && onItsSidelines(meeting, summit)) {
                    summit.subjects.addAll(meeting.participants());
                    if (summit.loc == null && meeting.loc != null && !meeting.virtual) {
                        summit.loc = meeting.loc;
                    }
                }
            }
        }
    }

    private static boolean onItsSidelines(Candidate meeting, Candidate summit) {
        return meeting.anchor != null && meeting.anchor.type().equals("sidelines") && summit.name != null
                && RelativeDates.referred(meeting, List.of(summit)) == summit;
    }

    /**
     * "to visit China next week" and "will travel to Beijing from Sunday to Wednesday": a country-wide window and an
     * exact stay in one of its cities, overlapping, are one trip told twice.
     */
    private static boolean vagueAndExact(Candidate a, Candidate b) {
        if (!a.dated() || !b.dated() || a.loc.level() == 2 || b.loc.level() == 2 || a.loc.level() == b.loc.level()) {
            return false;
        }
        Candidate country = a.loc.level() == 0 ? a : b;
        Candidate city = country == a ? b : a;
        return country.precision == Precision.WINDOW && city.precision == Precision.DAY
                && !city.end.isBefore(country.start) && !country.end.isBefore(city.start);
    }

    /** "the summit", undated and unnamed, after a named summit of the report: that one. */
    private static boolean theNamedOne(Candidate named, Candidate reference) {
        int at = reference.trigger.from();
        return named.name != null && reference.name == null && !reference.dated() && named.kind.equals(reference.kind)
                && at > 0 && reference.facts.tokens.is(at - 1, "the") && !named.kind.equals("meeting")
                && (reference.loc == null || named.loc == null || reference.loc.country() == null
                        || reference.loc.country().equals(named.loc.country()));
    }

    private static boolean atSameVenue(Candidate e, Candidate orphan) {
        return e.loc != null && orphan.loc != null && e.loc.level() == 2 && orphan.loc.level() == 2
                && (e.loc.name().equals(orphan.loc.name()) || said(orphan.evidence, e.loc.name()));
    }

    /** "A trip to Valdivia planned for Thursday has been dropped", within a longer stay that is not: one stop, nothing more. */
    private static boolean aStopOfAStay(Candidate stop, List<Candidate> events) {
        for (Candidate stay : events) {
            if (stay != stop && stay.family().equals("visit") && stay.status == DraftStatus.SCHEDULED && stay.dated()
                    && shares(stay.subjects, stop.subjects) && !stay.start.isAfter(stop.start) && !stay.end.isBefore(stop.end)
                    && (span(stay) > span(stop) || aStopCalledOffWithin(stop, stay))) {
                return true; // (or, undated, told only as within the stay: "A visit to the X dam ... will not take place")
            }
        }
        return false;
    }

    /** "A stop in Cusco has been dropped": what the same day holds in Lima goes ahead (a whole stay's postponing still carries). */
    private static boolean inAnotherTown(Candidate e, Candidate visit) {
        return visit.start.equals(visit.end) && visit.loc != null && visit.loc.level() >= 1 && visit.loc.city() != null
                && e.loc != null && e.loc.city() != null && !e.loc.city().equals(visit.loc.city());
    }

    /**
     * "A visit to the Ballestas Islands has been cancelled": a site's visit called off calls off nothing held elsewhere
     * that day (the talks in Lima go ahead).
     */
    private static boolean elsewhereThanTheSite(Candidate e, Candidate visit) {
        return visit.loc != null && visit.loc.level() == 2 && (e.loc == null || !visit.loc.name().equals(e.loc.name()));
    }

    /** "has postponed his state visit to China": the meetings planned inside it are postponed with it. */
    static void statusOfTheVisit(List<Candidate> events) {
        for (Candidate visit : events) {
            if (!visit.family().equals("visit") || visit.status == DraftStatus.SCHEDULED || !visit.dated()
                    || aStopOfAStay(visit, events)) {
                continue;
            }
            for (Candidate e : events) {
                if (e != visit && e.status == DraftStatus.SCHEDULED && e.dated() && shares(e.subjects, visit.subjects)
                        && !e.start.isBefore(visit.start) && !e.end.isAfter(visit.end.plusDays(7))
                        && (visit.loc == null || e.loc == null || visit.loc.country() == null
                                || visit.loc.country().equals(e.loc.country()))
                        && !inAnotherTown(e, visit) && !elsewhereThanTheSite(e, visit)) {
                    e.status = visit.status;
                }
            }
        }
    }

    /**
     * "X leaves for Cape Verde on Friday ..." and, sentences later, "... before returning to Lisbon on Monday": a journey
     * to a country told by its first day alone lasts until the return home a later sentence tells, within ten days.
     */
    static void untilTheReturn(List<SentenceFacts> report, List<Candidate> events) {
        for (SentenceFacts f : report) {
            java.time.LocalDate home = EventClauses.returnDay(f);
            if (home == null) {
                continue;
            }
            Candidate journey = null;
            for (Candidate e : events) {
                boolean toACountry = e.family().equals("visit") && e.loc != null && e.loc.level() == 0 && e.loc.country() != null;
                if (toACountry && e.dated() && e.precision == Precision.DAY && e.start.equals(e.end) && e.start.isBefore(home)
                        && !e.start.plusDays(10).isBefore(home) && e.facts.sentence.index() < f.sentence.index()
                        && (journey == null || e.start.isAfter(journey.start))) {
                    journey = e;
                }
            }
            if (journey != null && toldOf(f, journey)) {
                journey.date(journey.start, home, Precision.DAY);
            }
        }
    }

    /**
     * "When X lands in Oslo on Thursday ..." and "The following day X will fly to Bergen to visit the naval base": a stay
     * told by its first day alone goes on through the days after it on which its visitor is told busy in that country.
     */
    static void throughTheDaysAfter(List<Candidate> events) {
        for (Candidate stay : events) {
            // "15:00 - Visit to the dengue unit": a timed line of a programme is an hour of one day, no stay
            if (!stay.kind.equals("visit") || stay.facts.timedLine || !stay.dated() || stay.precision != Precision.DAY
                    || !stay.start.equals(stay.end) || stay.days > 1 || stay.loc == null || stay.loc.level() > 1 || stay.loc.country() == null || stay.subjects.isEmpty()) {
                continue;
            }
            for (boolean longer = true; longer && span(stay) < MAX_STAY_DAYS; ) {
                longer = false;
                for (Candidate e : events) {
                    if (e != stay && e.dated() && e.precision == Precision.DAY && e.start.equals(stay.end.plusDays(1))
                            && e.end.equals(e.start) && e.loc != null && stay.loc.country().equals(e.loc.country())
                            && !elsewhereAfterAVisitToATown(stay, e)
                            && shares(e.subjects, stay.subjects) && e.facts.sentence.index() > stay.facts.sentence.index()) {
                        stay.date(stay.start, e.end, Precision.DAY);
                        longer = true;
                    }
                }
            }
        }
    }

    /**
     * "will pay an official visit to Brasília on 8 July" and, the day after, a seminar in São Paulo: a visit to a town
     * told by its own day ends there; an arrival ("lands in Santiago") is the first day of a stay in the country.
     */
    private static boolean elsewhereAfterAVisitToATown(Candidate stay, Candidate e) {
        return stay.loc.level() == 1 && stay.trigger.kind().equals("visit") && stay.trigger.form().equals("noun")
                && e.loc.level() >= 1 && e.loc.city() != null && !e.loc.city().equals(stay.loc.city());
    }

    /** a stay lengthened this way covers four days at most: longer stays are told with their span */
    private static final int MAX_STAY_DAYS = 4;

    private static final WordSet PRONOUNS = WordSet.of("he", "she", "they");

    /** Sentence {@code f} names one of the journey's people, or tells of someone by a pronoun. */
    private static boolean toldOf(SentenceFacts f, Candidate journey) {
        for (PersonMention m : f.persons) {
            if (journey.involves(m.person())) {
                return true;
            }
        }
        for (int k = 0; k < f.tokens.size(); k++) {
            if (PRONOUNS.contains(f.tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** A meeting with no place of its own, inside a dated visit of one of its people, is where the visit is. */
    static void placeFromStay(List<Candidate> events) {
        for (Candidate e : events) {
            if (e.virtual || e.loc != null && !(e.loc.level() == 2 && e.loc.country() == null)
                    || e.tourOfSeveral()) {
                continue; // (a tour of several countries is in none of its stays)
            }
            for (Candidate stay : events) {
                if (stay != e && (stay.family().equals("visit") || daysAway(stay)) && stay.loc != null
                        && (e.sharesParticipantWith(stay) || (e.facts.timedLine || aCompatriotOfTheVisitor(e, stay))
                            && stay.family().equals("visit") && onlyStay(stay, events))
                        && !(e.loc == null && stay.loc.level() == 2 && stay.loc.city() == null) // no city to take: no name
                        && !e.start.isBefore(stay.start) && !e.end.isAfter(stay.end) && !toldLaterWithoutDays(stay, e)
                        && stay.follows != e) {
                    Candidate.Loc l = stay.loc;
                    if (e.loc != null) { // a venue the text leaves unplaced: "their meeting at the National Palace"
                        e.loc = e.loc.placedIn(l);
                    } else {
                        e.loc = l.town(); // the stay's city is known: no town-less venue gets here
                    }
                    break;
                }
            }
            if (e.loc == null) {
                e.loc = gatheringAround(e, events); // "16.30 Bilateral meeting between X and Y", during the summit told
            }
        }
    }

    /**
     * "Foreign Minister X will meet his Jordanian counterpart Y the same afternoon at the foreign ministry", during the
     * Jordanian king's state visit: one who meets is of the visitor's country, come with the visit.
     */
    private static boolean aCompatriotOfTheVisitor(Candidate e, Candidate stay) {
        String host = stay.loc.country();
        for (Person visitor : stay.participants()) {
            if (visitor.country == null || host == null || visitor.country.equals(host)) {
                continue;
            }
            boolean compatriot = false;
            boolean others = true; // the others met are of the host country, or of none told ("his Egyptian counterpart": not here)
            for (Person p : e.participants()) {
                compatriot |= visitor.country.equals(p.country);
                others &= visitor.country.equals(p.country) || p.country == null || p.country.equals(host);
            }
            if (compatriot && others) {
                return true;
            }
        }
        return false;
    }

    /**
     * A visit no other visit of the report overlaps: the one a programme's timed lines under its days belong to
     * ("15h00 Session of the Joint Commission ..., at the Conference Centre", in the programme of a state visit).
     */
    private static boolean onlyStay(Candidate stay, List<Candidate> events) {
        for (Candidate other : events) {
            if (other != stay && other.family().equals("visit") && other.dated() && stay.dated()
                    && !other.end.isBefore(stay.start) && !other.start.isAfter(stay.end) && !aSiteWithinTheStay(stay, other)) {
                return false;
            }
        }
        return true;
    }

    /** "the retreat, which X will chair in Cebu City on Wednesday and Thursday": days spent at a gathering in one town. */
    private static boolean daysAway(Candidate g) {
        return g.precision == Precision.DAY && g.dated() && g.start.isBefore(g.end) && g.loc != null && g.loc.city() != null
                && !g.virtual;
    }

    /**
     * "will hold talks on Thursday", and paragraphs later "is expected to travel to Washington later this month": a
     * journey whose days are not known, told after the engagement, is no stay the reader had in mind for it.
     */
    private static boolean toldLaterWithoutDays(Candidate stay, Candidate e) {
        return stay.precision == Precision.WINDOW && e.precision == Precision.DAY
                && stay.facts.sentence.index() > e.facts.sentence.index();
    }

    /** The town of the one summit or conference of the report whose days hold {@code e}'s, or null. */
    private static Candidate.Loc gatheringAround(Candidate e, List<Candidate> events) {
        Candidate.Loc found = null;
        for (Candidate g : events) {
            if (g != e && g.trigger.gathering() && (g.name != null || aTalkApartFrom(e, g) && g.participants().containsAll(e.participants()))
                    && g.loc != null && g.loc.city() != null && g.dated() && e.dated()
                    && g.precision == Precision.DAY // "in Bissau later this month" holds no day's engagement
                    && !e.start.isBefore(g.start) && !e.end.isAfter(g.end)) {
                if (found != null && !found.city().equals(g.loc.city())) {
                    return null; // two gatherings then, in two towns: no telling
                }
                found = g.loc.town();
            }
        }
        if (found == null && e.trigger.gathering() && e.name != null) {
            found = EventPlaces.townInTheName(e);
        }
        if (found == null && e.trigger.gathering() && e.name != null) {
            found = theOneTown(e, events); // "the ASEAN Foreign Ministers' Meeting, which he will chair on Sunday"
        }
        return found;
    }

    /** The town every placed engagement of the report is in, when there is exactly one; else null. */
    private static Candidate.Loc theOneTown(Candidate e, List<Candidate> events) {
        Candidate.Loc town = null;
        for (Candidate g : events) {
            if (g == e || g.loc == null) {
                continue;
            }
            if (g.loc.city() == null || g.loc.level() == 0 || town != null && !town.city().equals(g.loc.city())) {
                return null; // a country only, or two towns: no telling
            }
            town = g.loc.town();
        }
        return town;
    }

    /**
     * {@code named}, a body's meeting told on fewer days than {@code other}, unnamed or of another name ("the Forum
     * Foreign Ministers Meeting ... on Tuesday" within the week's Leaders Meeting), and not named by it.
     */
    private static boolean aDayOfItsOwn(Candidate named, Candidate other) {
        return named.name != null && (other.name == null || !sameName(named, other)) && named.dated() && other.dated()
                && span(named) < span(other)
                && !said(other.evidence, named.name);
    }

    static long span(Candidate e) {
        return e.end.toEpochDay() - e.start.toEpochDay();
    }

    static boolean shares(Set<Person> a, Set<Person> b) {
        for (Person p : a) {
            if (b.contains(p)) {
                return true;
            }
        }
        return false;
    }

    static void mergeOrAdd(List<Candidate> events, Candidate c) {
        for (Candidate e : events) {
            if (sameEngagement(e, c)) {
                merge(e, c);
                return;
            }
        }
        events.add(c);
    }

    /**
     * {@link #mergeOrAdd}, for an engagement dated by its anchor: a named gathering told "the same afternoon" after talks
     * ("The two leaders are also scheduled to address the X Business Forum the same afternoon") is one more engagement
     * that day, not the talks, which name nothing.
     */
    static void mergeOrAddTheSameDay(List<Candidate> events, Candidate c) {
        if (c.name != null && c.anchor != null && c.anchor.type().equals("same-day")) {
            for (Candidate e : events) {
                if (sameEngagement(e, c) && e.name == null && e.facts != c.facts) {
                    events.add(c);
                    return;
                }
            }
        }
        mergeOrAdd(events, c);
    }

    /** An undated mention only adds to an engagement already found; on its own it is no engagement. */
    static boolean absorb(List<Candidate> events, Candidate c) {
        if (c.facts.pastTime && PAID.anyBetween(c.facts.tokens, Math.max(0, c.trigger.from() - 4), c.trigger.from())) {
            return false; // "King X paid a state visit to Mozambique in 2016, during which ...": that occasion, no plan's
        }
        // "the summit" most likely means the last summit told before it
        Candidate target = null;
        int best = -1;
        for (Candidate e : events) {
            if (!sameEngagement(e, c) || alsoElsewhere(c, e) || aLegOf(e, c) || aStopCalledOff(c, e)) {
                continue;
            }
            int score = (atSameVenue(e, c) ? 4 : 0) + (e.trigger.kind().equals(c.trigger.kind()) ? 2 : 0)
                    + (e.facts.sentence.index() <= c.facts.sentence.index() ? 1 : 0);
            // of equals, the one told nearest before: "a summit ... on Saturday. X has confirmed he will attend"
            int distance = Math.abs(c.facts.sentence.index() - e.facts.sentence.index());
            score = score * 1000 - Math.min(distance, 999);
            if (score >= best) {
                best = score;
                target = e;
            }
        }
        if (target != null) {
            merge(target, c);
        }
        return target != null;
    }

    /** the past of the verbs a visit is paid or made with */
    private static final WordSet PAID = WordSet.of("paid", "made", "undertook");

    /** "A visit to the X dam, initially included in the programme, will not take place": a stop off a visit still on. */
    static boolean aStopCalledOff(Candidate stop, Candidate visit) {
        return stop.status == DraftStatus.CANCELLED && visit.status != DraftStatus.CANCELLED && stop.family().equals("visit")
                && visit.family().equals("visit") && stop.loc != null && stop.loc.level() >= 1 && (visit.loc == null
                    || !stop.loc.name().equals(visit.loc.name()) && !stop.loc.name().equals(visit.loc.city()));
    }

    /** "The two presidents are also expected to travel to Ungheni": a further journey, to a town the visit is not at. */
    private static boolean alsoElsewhere(Candidate c, Candidate visit) {
        if (!c.family().equals("visit") || c.loc == null || c.loc.level() < 1 || visit.loc == null
                || c.loc.name().equals(visit.loc.city()) || c.loc.name().equals(visit.loc.name())) {
            return false;
        }
        int from = c.trigger.from();
        return c.facts.tokens.containsBetween(Math.max(0, from - 3), from, "also");
    }

    /** "will visit Namibia, Congo and Chad" and, undated, the visit to Namibia: one leg of the tour, not the tour. */
    private static boolean aLegOf(Candidate tour, Candidate visit) {
        return tour.family().equals("visit") && tour.loc == null && tour.groupCountries.size() >= 2
                && visit.family().equals("visit") && visit.loc != null && tour.groupCountries.contains(visit.loc.country());
    }

    private static final WordSet APART = WordSet.of("tête-à-tête", "tete-a-tete", "one-on-one", "four-eyes", "restricted",
            "private", "separate");

    /** A meeting of a restricted format ("a tete-a-tete", "a one-on-one meeting") beside a gathering. */
    private static boolean aTalkApartFrom(Candidate talk, Candidate gathering) {
        if (talk.name != null || !gathering.trigger.gathering() || !talk.family().equals("meeting") || talk.trigger == gathering.trigger) {
            return false;
        }
        TokenList tokens = talk.facts.tokens;
        int at = talk.trigger.from();
        return APART.contains(tokens, at) || at > 0 && APART.contains(tokens, at - 1);
    }

    /** "X will attend", "the gathering will be hosted by X", with no place: the event told around it. */
    private static boolean takesPartIn(Candidate c) {
        return c.loc == null && (c.trigger.kind().equals("attend") || c.trigger.kind().equals("host") && c.trigger.form().equals("passive"));
    }

    /**
     * "Leaders of the region will gather in Palau on Thursday for the summit" + "President X will host his counterparts
     * Y, Z and W": an undated, unplaced hosting of several people is the gathering told of no one.
     */
    private static boolean hostsTheGathering(Candidate host, Candidate gathering) {
        boolean unplaced = host.loc == null || host.loc.level() == 2 && host.loc.country() == null; // or "at the X Castle"
        return host.trigger.kind().equals("host") && !host.dated() && unplaced && host.objects.size() >= 2
                && gathering.noParticipants() && gathering.trigger.gathering() && !hostFromElsewhere(host, gathering);
    }

    /** "Kenyan President X will host Y and Z at State House" is at home, not at a conference told in London. */
    private static boolean hostFromElsewhere(Candidate host, Candidate gathering) {
        String there = gathering.loc == null ? null : gathering.loc.country();
        return there != null && host.subjects.stream().anyMatch(p -> p.country != null && !p.country.equals(there));
    }

    /** A meeting of two or more named people on one day, within the several days of an event told of no one. */
    private static boolean aPairWithinTheDays(Candidate event, Candidate pair) {
        return event.noParticipants() && !event.family().equals("visit") && event.dated() && pair.dated()
                && span(event) > 0 && span(pair) == 0 && pair.participants().size() >= 2
                && !(event.name != null && pair.name != null && sameName(event, pair)); // not the Quad meeting told again
    }

    /** "The visits, from July 2 to 9" told of no one and no place, and a visit to Ghana on July 2 and 3: a leg of it. */
    private static boolean aLegOfTheTour(Candidate tour, Candidate leg) {
        return tour.noParticipants() && tour.loc == null && tour.family().equals("visit") && leg.loc != null
                && tour.dated() && leg.dated() && span(leg) < span(tour)
                && !leg.start.isBefore(tour.start) && !leg.end.isAfter(tour.end);
    }

    /**
     * "10:00 Eleventh meeting of the X-Y Intergovernmental Commission" and "20:00 Informal dinner in honour of President
     * Z" the same day: a commission's session told of no one is not another event of named people that names no body.
     */
    private static boolean aSessionBeside(Candidate session, Candidate other) {
        return session.noParticipants() && !other.noParticipants() && DraftAssembler.namesABodyOfTwoGovernments(session)
                && !DraftAssembler.namesABody(other) && !theSessionAgain(other);
    }

    /** "The meeting will be co-chaired by X and Y", told of no day: the session told just before, not another event. */
    private static boolean theSessionAgain(Candidate other) {
        return !other.dated() && other.trigger.from() > 0 && DEFINITE.contains(other.facts.tokens, other.trigger.from() - 1)
                && other.trigger.form().equals("noun") && other.family().equals("meeting");
    }

    /** Two visits to places of different names, one called off and the other not: two stops, one of them dropped. */
    private static boolean aPlaceCalledOffApart(Candidate a, Candidate b) {
        return a.family().equals("visit") && b.family().equals("visit") && a.facts != b.facts
                && (a.status == DraftStatus.SCHEDULED) != (b.status == DraftStatus.SCHEDULED)
                && a.loc != null && b.loc != null && a.loc.level() >= 1 && b.loc.level() >= 1
                && !a.loc.name().equalsIgnoreCase(b.loc.name());
    }

    /**
     * "A trip to Jinja on Friday afternoon ... has been dropped" within a two-day state visit told of no place ("arrives
     * in the country on Thursday"): a stop of the stay, called off, not the stay itself; so is one told of no day, dated
     * by the stay ("A visit to the X dam, initially included in the programme, will not take place").
     */
    private static boolean aStopCalledOffWithin(Candidate stop, Candidate stay) {
        return stop.family().equals("visit") && stay.family().equals("visit") && stop.facts != stay.facts
                && stop.status == DraftStatus.CANCELLED && stay.status == DraftStatus.SCHEDULED
                && stop.loc != null && stop.loc.level() >= 1 && stop.dated() && stay.dated()
                && (stay.loc == null || stay.loc.level() == 0 || stop.precision == Precision.WINDOW && aStopCalledOff(stop, stay))
                && (span(stay) > span(stop) || stop.precision == Precision.WINDOW)
                && !stop.start.isBefore(stay.start) && !stop.end.isAfter(stay.end);
    }

    static boolean sameEngagement(Candidate a, Candidate b) {
        if (!a.family().equals(b.family()) || metOnItsSidelines(a, b) || metOnItsSidelines(b, a)) {
            return false;
        }
        if (unnamedTalksBeside(a, b) || unnamedTalksBeside(b, a)) {
            return false; // "the joint border committee of the two countries will meet": not the leaders' talks that week
        }
        for (Person p : a.apartFrom) {
            if (b.involves(p)) {
                return false; // "separate meetings with X and Y": the meeting with X is not the one with Y
            }
        }
        for (Person p : b.apartFrom) {
            if (a.involves(p)) {
                return false;
            }
        }
        if (bareAttend(a) || bareAttend(b)) {
            // "The minister is expected to attend.": whatever meeting was told just before
            return !(a.dated() && b.dated() && (a.end.isBefore(b.start) || b.end.isBefore(a.start)));
        }
        if (a.name != null && b.name != null && !a.name.equalsIgnoreCase(b.name) && a.facts == b.facts
                && a.trigger != b.trigger) {
            return false; // "the ASEAN-GCC Summit and the ASEAN-GCC-China Summit the next day": two events a sentence names
        }
        if (aPlaceCalledOffApart(a, b) || aStopCalledOffWithin(a, b) || aStopCalledOffWithin(b, a)) {
            return false; // "visiting the community in Valparaíso" + "A visit to the X energy centre ... has been dropped"
        }
        if (aTalkApartFrom(a, b) || aTalkApartFrom(b, a)) {
            return false; // "will co-chair the council" + "will hold a tete-a-tete before the plenary session": two
        }
        if (aDayOfItsOwn(a, b) || aDayOfItsOwn(b, a)) {
            return false; // "the NATO-Ukraine Council is to meet on Wednesday", within a two-day meeting: its own
        }
        if (a.noParticipants() || b.noParticipants()) {
            // "Brazil will host a summit in Rio" + "Lula will chair the summit": the same event word, the same country
            boolean attend = takesPartIn(a) || takesPartIn(b) || hostsTheGathering(a, b) || hostsTheGathering(b, a);
            if (attend) {
                return !(a.dated() && b.dated() && (a.end.isBefore(b.start) || b.end.isBefore(a.start)));
            }
            if (!a.trigger.kind().equals(b.trigger.kind()) || aLegOfTheTour(a, b) || aLegOfTheTour(b, a)
                    || aSessionBeside(a, b) || aSessionBeside(b, a)) {
                return false;
            }
            if (aPairWithinTheDays(a, b) || aPairWithinTheDays(b, a)) {
                return false; // "host the Assembly from Wednesday to Friday" + "X will be received by Y on Thursday"
            }
            if (!a.noParticipants() && aSiteWithinTheStay(a, b) || !b.noParticipants() && aSiteWithinTheStay(b, a)) {
                // X's visit "runs from Monday to Wednesday" + "on Wednesday the delegation will tour the port"; but a
                // stay told of no one named takes its visitors from the site visit it holds
                return false;
            }
            if (a.loc != null && b.loc != null && a.loc.country() != null && b.loc.country() != null && !a.loc.country().equals(b.loc.country())) {
                return false;
            }
            return !(a.dated() && b.dated() && (a.end.isBefore(b.start) || b.end.isBefore(a.start)));
        }
        if (aPairBesideTheSummit(a, b) || aPairBesideTheSummit(b, a)) {
            return false; // "a summit with X and Y" and "a meeting between the host and Y" that day
        }
        if (aDayMeetingWithinAWindow(a, b) || aDayMeetingWithinAWindow(b, a) || talksApartFromAHosting(a, b) || talksApartFromAHosting(b, a)) {
            return false; // "will address the UN General Assembly later this month" is not Monday's talks with X
        }
        if (theNamedOne(a, b) || theNamedOne(b, a)) {
            return true; // "X will chair the China-Central Asia Summit" + "Y and Z will attend the summit"
        }
        if (!a.sharesParticipantWith(b)) {
            return false;
        }
        if (a.dated() && b.dated() && (a.end.isBefore(b.start) || b.end.isBefore(a.start))) {
            return false;
        }
        if (a.name != null && b.name != null && !sameName(a, b)) {
            return false;
        }
        if (!compatibleCounterparts(a, b)) {
            return false;
        }
        if (a.family().equals("visit") && (outsideTour(a, b) || outsideTour(b, a))) {
            return false; // "will then travel to Argentina, Brazil and Namibia" is not the visit to Ghana
        }
        if (a.family().equals("visit") && (anItemOfTheProgramme(a, b) || anItemOfTheProgramme(b, a))) {
            return false; // "09.00 Visit to the new wharf - CANCELLED" is one item of the three-day visit, not all of it
        }
        if (a.loc != null && b.loc != null) {
            if (a.loc.country() != null && b.loc.country() != null && !a.loc.country().equals(b.loc.country())) {
                return false;
            }
            if (a.loc.level() == 2 && b.loc.level() == 2 && !a.loc.name().equals(b.loc.name())
                    && !said(a.evidence, b.loc.name()) && !said(b.evidence, a.loc.name())) {
                return false;
            }
            if (a.family().equals("visit") && a.loc.level() != b.loc.level() && Math.max(a.loc.level(), b.loc.level()) == 2
                    && a.dated() && b.dated()) {
                return false; // a visit to a country and a visit to a base in it are two engagements
            }
            if (a.family().equals("visit") && !a.loc.name().equals(b.loc.name())
                    && !said(a.evidence, b.loc.name()) && !said(b.evidence, a.loc.name()) && !vagueAndExact(a, b)) {
                return false; // "will also visit Mombasa" during a visit to Kenya is an engagement of its own
            }
        }
        return true;
    }

    /**
     * Two sides' delegates meeting, no one named, and another's dated meeting that has no name to share with it (an
     * undated "X will co-chair the commission" tells who sits at the session, and joins it).
     */
    private static boolean unnamedTalksBeside(Candidate delegates, Candidate other) {
        return delegates.delegatesMeet && delegates.noParticipants() && !other.noParticipants() && other.name == null && other.dated();
    }

    /** A visit told on a timed line of the programme, on one day of a longer stay told in prose. */
    private static boolean anItemOfTheProgramme(Candidate item, Candidate stay) {
        if (item.facts.timedLine && stay.facts.timedLine) {
            return item.facts != stay.facts; // "09.00 Visit to the wharf", "10.30 Visit to the community": two items
        }
        return item.facts.timedLine && item.dated() && stay.dated() && item.start.equals(item.end) && stay.end.isAfter(stay.start);
    }

    /** "will visit Ethiopia, Gabon, Angola, Benin and Egypt": a tour of three or more holds its stops, it is none of them. */
    private static boolean outsideTour(Candidate tour, Candidate stop) {
        if (tour.groupCountries.isEmpty() || stop.loc == null || stop.loc.country() == null) {
            return false;
        }
        boolean grandTour = tour.loc == null && tour.groupCountries.size() >= 3 && stop.groupCountries.size() < 3 && stop.dated();
        return grandTour || !tour.groupCountries.contains(stop.loc.country());
    }

    /** The sentence names the place, in full or by the acronym in brackets: "Bibliotheca Alexandrina (BA)". */
    private static boolean bareAttend(Candidate c) {
        return c.trigger.kind().equals("attend") && c.objects.isEmpty() && c.loc == null && c.name == null && !c.dated();
    }

    static boolean said(String sentence, String place) {
        int open = place.indexOf(" (");
        if (open < 0) {
            return sentence.contains(place);
        }
        return sentence.contains(place.substring(0, open)) || sentence.contains(place.substring(open + 2, place.length() - 1));
    }

    static boolean sameName(Candidate a, Candidate b) {
        String ka = Tokenizer.key(a.name);
        String kb = Tokenizer.key(b.name);
        return ka.equals(kb) || (a.acronym != null && a.acronym.equals(b.acronym)) || abbreviates(a.name, b.name)
                || abbreviates(b.name, a.name) || namedByItsInitials(a, b) || namedByItsInitials(b, a);
    }

    /** "the Council of Ministers of Health of Central America (COMISCA)" and, later, "the COMISCA meeting". */
    private static boolean namedByItsInitials(Candidate full, Candidate brief) {
        if (full.acronym == null || brief.name == null) {
            return false;
        }
        for (String w : brief.name.split("[ ()]")) {
            if (w.equals(full.acronym)) {
                return true;
            }
        }
        return false;
    }

    /** "SCO Council of Foreign Ministers" and "Shanghai Cooperation Organisation meeting": a word of one is the other's initials. */
    static boolean abbreviates(String shortName, String longName) {
        StringBuilder initials = new StringBuilder();
        for (String w : longName.split("[ -]")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        if (initials.length() < 2) {
            return false;
        }
        for (String w : shortName.split("[ ()]")) {
            if (w.length() >= 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && initials.indexOf(w) == 0) {
                return true;
            }
        }
        return false;
    }

    /** Meetings with different counterparts are different meetings. */
    static boolean compatibleCounterparts(Candidate a, Candidate b) {
        int na = a.participantCount();
        int nb = b.participantCount();
        if (na >= 2 && nb >= 2) {
            int common = 0;
            for (Person p : a.participants()) {
                common += b.involves(p) ? 1 : 0;
            }
            return common >= 2;
        }
        if (na != nb) {
            Candidate single = na < nb ? a : b;
            Candidate multi = single == a ? b : a;
            // "X will meet Y" and "X visits the ministry": only an undated or looser mention joins
            if (!single.dated() || !multi.dated()) {
                return !(single.name != null && multi.name == null && !multi.objects.isEmpty() && single.dated());
            }
            if (single.family().equals("visit") && single.kind.equals(multi.kind) && single.start.equals(multi.start)
                    && single.end.equals(multi.end) && (single.loc == null || multi.loc != null
                    && java.util.Objects.equals(single.loc.country(), multi.loc.country()))) {
                // the headline's "X to pay a state visit to Y from May 5 to 7" and the lead's, with its host (or a
                // heading's "Official visit of X, April 23-24", of no place)
                return true;
            }
            if (multi.trigger.kind().equals("call") && single.subjects.isEmpty() && single.objects.stream().allMatch(multi::involves)
                    && single.start.equals(multi.start) && single.end.equals(multi.end)) {
                return true; // "he expected to speak with the Russian leader on Tuesday": the call told with both names
            }
            if (single.name != null && multi.name != null && sameName(single, multi) && single.start.equals(multi.start)
                    && single.end.equals(multi.end) && !single.participants().isEmpty()
                    && single.participants().stream().allMatch(multi::involves)) {
                return true; // "This will be X's last Benelux meeting": the Benelux meeting of that day, X among its people
            }
            return (single.precision == Precision.WINDOW && multi.precision == Precision.DAY)
                    || (single.precision == Precision.WINDOW && span(single) > span(multi));
        }
        return true;
    }

    /** Of two engagements merged, the one told by a window and a count of days ("next week", "two-day"); else null. */
    private static Candidate lastingWindow(Candidate a, Candidate b) {
        for (Candidate c : List.of(a, b)) {
            if (c.dated() && c.precision == Precision.WINDOW && c.days > 1 && span(c) >= c.days) {
                return c;
            }
        }
        return null;
    }

    static void merge(Candidate into, Candidate from) {
        into.subjects.addAll(from.subjects);
        into.objects.addAll(from.objects);
        into.subjects.removeAll(into.objects);
        into.groupCountries.addAll(from.groupCountries);
        into.sides.addAll(from.sides);
        if (into.counterpartCountry == null) {
            into.counterpartCountry = from.counterpartCountry;
        }
        into.apartFrom.addAll(from.apartFrom);
        if (into.hostCountry == null) {
            into.hostCountry = from.hostCountry;
        }
        if (into.groupRole == null) {
            into.groupRole = from.groupRole;
        }
        into.topics.addAll(from.topics);
        into.sentences.addAll(from.sentences);
        if (into.name == null && from.name != null) {
            into.name = from.name;
            into.acronym = from.acronym;
        }
        if (from.loc != null && (into.loc == null || from.loc.level() > into.loc.level()
                && (into.loc.country() == null || into.loc.country().equals(from.loc.country())))) {
            into.loc = from.loc;
        } else if (from.loc != null && from.loc.level() == 2 && from.loc.country() == null && into.loc.level() < 2) {
            // "their summit at the Ittihadiya Palace" joins "talks in Cairo": the venue, in that city
            into.loc = from.loc.placedIn(into.loc);
        }
        Candidate lasting = lastingWindow(into, from);
        Candidate arrival = lasting == into ? from : into;
        if (lasting != null && (!arrival.trigger.kind().equals("travel")
                || EventClauses.RETURN_WORDS.contains(arrival.facts.tokens, arrival.trigger.from()))) {
            lasting = null; // only a journey there starts it: not "The visit will end in Hanoi on Friday, May 24"
        }
        if (into.precision == Precision.WINDOW && from.precision == Precision.WINDOW) {
            into.days = Math.max(into.days, from.days); // "Kast to visit Quito next week" + "for a two-day official visit"
        }
        if (from.dated()) {
            boolean better = !into.dated()
                    || (from.precision == Precision.DAY && into.precision == Precision.WINDOW)
                    || (from.precision == into.precision && span(from) < span(into) && into.precision == Precision.WINDOW)
                    // "a visit that was to begin Sunday" + "to stay from Dec. 15 to 17": the days it lasts, from its first
                    || (from.precision == Precision.DAY && into.precision == Precision.DAY && from.start.equals(into.start)
                    && into.start.equals(into.end) && from.end.isAfter(into.end));
            if (better) {
                if (from.loc != null && into.loc != null && from.loc.level() == into.loc.level() && from.loc.country() != null) {
                    into.loc = from.loc;
                }
                into.date(from.start, from.end, from.precision);
                into.time = from.time;
                into.evidence = from.evidence;
            }
        }
        if (lasting != null && into.precision == Precision.DAY && into.start.equals(into.end)
                && !into.start.isBefore(lasting.start) && !into.start.isAfter(lasting.end)) {
            // "will travel to Ecuador next week for a two-day visit" + "will arrive in Quito on June 15": from that day
            into.end = into.start.plusDays(lasting.days - 1L);
            into.days = lasting.days;
        }
        if (from.status != DraftStatus.SCHEDULED && into.status == DraftStatus.SCHEDULED) {
            into.status = from.status;
        }
        into.hosted |= from.hosted;
        if (from.what != null && into.what == null) {
            into.what = from.what;
        }
    }
}
