package org.diplocal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds event words and decides verb or noun from the word before ("will visit" / "a visit"),
 * and names meetings from the capitalised words in front of a meeting word.
 */
final class TriggerFinder {
    private static final WordSet DETERMINERS = WordSet.of("the", "a", "an", "his", "her", "their", "its", "'s");
    private static final WordSet VERB_BEFORE = WordSet.of("to", "will", "would", "'ll", "shall", "may", "might", "could",
            "can", "also", "and", "then", "not", "both", "later", "first", "jointly", "virtually");
    private static final WordSet OWNERS = WordSet.of("his", "her", "their", "our", "my", "your", "'s");
    private static final WordSet THE_PRESS = WordSet.of("media", "press", "reporters", "journalists");
    private static final WordSet GROUP_HEADS = WordSet.of("leaders", "ministers", "heads", "presidents", "chiefs");
    private static final WordSet NAME_CONNECTORS = WordSet.of("of", "and", "'", "-", "on");
    /** after the event word, "for" joins a body's name too: "the summit of the Forum for India-Pacific Islands Cooperation" */
    private static final WordSet BODY_CONNECTORS = WordSet.of("of", "and", "'", "-", "on", "for");

    private final Lexicon lexicon;

    TriggerFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Trigger> find(TokenList tokens, PlaceFinder.Found places, List<PersonMention> persons) {
        List<Trigger> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            PhraseTable.Match<List<String[]>> m = lexicon.triggers.longestAll(tokens, i);
            if (m == null && tokens.indexOf(i, '-') > 0) {
                // "Meeting-Plus": the part before the hyphen
                String head = tokens.text(i).substring(0, tokens.indexOf(i, '-'));
                TokenList one = Tokenizer.tokenize(head);
                PhraseTable.Match<List<String[]>> h = one.size() == 0 ? null : lexicon.triggers.longestAll(one, 0);
                if (h != null && h.to() == one.size()) {
                    m = new PhraseTable.Match<>(i, i + 1, h.value());
                }
            }
            if (m == null && numberedAssembly(tokens, i) && !TokenSpan.covers(persons, i)) {
                // "the 153rd Assembly of the Inter-Parliamentary Union": a numbered sitting, not the body
                Trigger t = named(new Trigger(i, i + 1, "meeting", "noun", i, null, null, false), tokens, places, persons);
                out.add(t);
                i = Math.max(i + 1, t.to());
                continue;
            }
            if (m == null || TokenSpan.covers(persons, i)) {
                i++;
                continue;
            }
            String[] row = choose(m.value(), tokens, i, m.to());
            if (row != null && tokens.is(i, "see") && !seesSomeone(tokens, i, persons)) {
                row = null; // "we will see whether": only "will see President X" is a meeting
            }
            if (row != null && SITS.contains(tokens, i) && m.to() == i + 1 && !aBodyBefore(tokens, i)) {
                row = null; // "the Joint Commission will sit in Arica", but not "will sit in parliament", "sit for an interview"
            }
            if (row == null) {
                i = m.to();
                continue;
            }
            String form = row[2];
            if (form.equals("past") && i >= 3 && tokens.is(i - 1, "have") && tokens.is(i - 2, "to")
                    && (tokens.is(i - 3, "was") || tokens.is(i - 3, "were"))) {
                form = "base"; // "where X was to have met Y": a plan, told as it stood
            } else if (form.equals("past") && m.to() < tokens.size() && tokens.is(m.to(), "by") && opensTheLine(tokens, i)) {
                form = "passive"; // a programme's "15.00 Received by President X at the Palace"
            } else if (form.equals("past") && i >= 1 && (tokens.is(i - 1, "be") || tokens.is(i - 1, "being"))) {
                form = "passive"; // "will be hosted by", "is to be received by": planned, subject and object swapped
            } else if (form.equals("past") && i >= 2 && (tokens.is(i - 1, "is") || tokens.is(i - 1, "are"))
                    && m.to() < tokens.size() && tokens.is(m.to(), "by") && !eventWordAt(tokens, i - 2)) {
                // a programme's present: "10.00 The Speaker is received by the President"; but "The summit is
                // hosted by X" tells who hosts the event, not a meeting of its own
                form = "passive";
            } else if (form.equals("noun") && m.to() == i + 1 && tokens.norm(i).endsWith("ing") && i >= 1
                    && (tokens.is(i - 1, "is") || tokens.is(i - 1, "are"))) {
                form = "ing"; // "the foreign ministers are meeting today": the noun's word used as a verb
            }
            Trigger t = new Trigger(m.from(), m.to(), row[1], form, m.from(), null, null, row.length > 3 && row[3].equals("stops"));
            if (row[2].equals("noun") && !row[1].equals("visit") && !row[1].equals("trip")) {
                t = named(t, tokens, places, persons);
            }
            out.add(t);
            i = Math.max(m.to(), t.to()); // "the summit of the Forum for ... Cooperation": the body's name is no event word
        }
        out.removeIf(host -> hostingAt(tokens, host, out)); // "will host President X at an official welcome ceremony"
        out.removeIf(noun -> renamesTheMeetingBefore(tokens, noun, out, persons));
        out.removeIf(noun -> aBodyThatMeets(tokens, noun, out));
        out.removeIf(delegation -> whoseVisit(tokens, delegation, out));
        out.removeIf(body -> anOfficeOf(tokens, body));
        out.removeIf(noun -> aLevel(tokens, noun));
        aStopCalledOff(tokens, places, out);
        aBodysSittingAsAnItem(tokens, places, persons, out);
        return out;
    }


    /**
     * "11.00  Türkiye-Mongolia Joint Economic Commission, co-chaired by X": a programme's timed item that is a body's
     * name alone is a sitting of that body. (Elsewhere a body's name is no event: "the Joint Commission, co-chaired by
     * X, ..." may only name who leads it.)
     */
    private void aBodysSittingAsAnItem(TokenList tokens, PlaceFinder.Found places, List<PersonMention> persons, List<Trigger> out) {
        if (tokens.size() < 4 || !tokens.clockFigure(0)) {
            return;
        }
        int k = 1;
        while (k < tokens.size() && (ClauseWords.DASHES.contains(tokens, k) || tokens.is(k, ":"))) {
            k++;
        }
        int from = k;
        while (k < tokens.size() && tokens.word(k) && tokens.capitalised(k) && !TokenSpan.covers(persons, k)) {
            k++;
        }
        int head = k - 1;
        boolean closed = k == tokens.size() || tokens.is(k, ",") || tokens.is(k, "(") || ClauseWords.DASHES.contains(tokens, k);
        if (head <= from || !closed || !GroupsThatMeet.BODY_HEADS.contains(tokens, head) || TokenSpan.covers(out, head)) {
            return;
        }
        for (Trigger t : out) {
            if (!t.kind().equals("attend")) {
                return; // "10.00 Meeting of the Joint Commission", "10.00 European Commission – meeting with X": its own word
            }
        }
        boolean ofTwoGovernments = false;
        for (int j = from; j < head; j++) {
            ofTwoGovernments |= GroupsThatMeet.BETWEEN_GOVERNMENTS.contains(tokens, j) || tokens.indexOf(j, '-') > 0;
        }
        if (!ofTwoGovernments) {
            return; // "11.00 X-Y Joint Economic Commission", not "10.00 European Commission, Berlaymont building"
        }
        Trigger sitting = named(new Trigger(head, head + 1, "meeting", "noun", head, null, null, false), tokens, places, persons);
        int at = 0;
        while (at < out.size() && out.get(at).from() < head) {
            at++;
        }
        out.add(at, sitting);
    }


    private static final WordSet BEFORE_A_STOP = WordSet.of("the", "a", "his", "her", "their", "planned", "scheduled");

    /**
     * "The stop in Santiago de los Caballeros on Wednesday has been taken off the schedule": a stop at a named place,
     * called off in its own sentence, is a visit of its own. ("Stop" stays no event word elsewhere: "a first stop in
     * Panama" is a leg of the tour told beside it.)
     */
    private static void aStopCalledOff(TokenList tokens, PlaceFinder.Found places, List<Trigger> out) {
        for (int k = 1; k + 2 < tokens.size(); k++) {
            if (!tokens.is(k, "stop") || !BEFORE_A_STOP.contains(tokens, k - 1) || !(tokens.is(k + 1, "in") || tokens.is(k + 1, "at"))
                    || places.startingAt(k + 2) == null || TokenSpan.covers(out, k)) {
                continue;
            }
            int calledOff = calledOffAfter(tokens, k + 3);
            if (calledOff < 0 || anotherBetween(out, k, calledOff)) {
                continue; // "a stop in Kampala, where X was to have met Y, has been called off": the meeting it was for
            }
            int at = 0;
            while (at < out.size() && out.get(at).from() < k) {
                at++;
            }
            out.add(at, new Trigger(k, k + 1, "visit", "noun", k, null, null, false));
        }
    }


    private static final WordSet ASIDES = WordSet.of("which", "where", "originally", "initially", "first");
    private static final WordSet OTHER_VERBS = WordSet.of("will", "would", "could", "may", "might", "should", "shall",
            "can", "must", "although", "but", "though", ";");

    /**
     * Where the stop's own verb, after {@code from}, calls it off ("has been cancelled", "was taken off the schedule"),
     * past what tells the stop ("on Wednesday", ", originally planned for Thursday,"); -1 when its verb is another
     * ("will go ahead as planned, although a concert has been cancelled").
     */
    private static int calledOffAfter(TokenList tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (tokens.is(k, ",") && k + 1 < tokens.size() && ASIDES.contains(tokens, k + 1)) {
                int close = tokens.find(",", k + 1, tokens.size());
                if (close < 0) {
                    return -1;
                }
                k = close; // ", which had been pencilled in for Wednesday,": an aside about the stop
                continue;
            }
            if (ClauseWords.BEFORE_CALLED_OFF.contains(tokens, k) || OTHER_VERBS.contains(tokens, k)) {
                return ClauseWords.calledOffFrom(tokens, k) ? k : -1;
            }
        }
        return -1;
    }

    private static boolean anotherBetween(List<Trigger> triggers, int from, int to) {
        for (Trigger t : triggers) {
            if (t.from() > from && t.from() < to) {
                return true;
            }
        }
        return false;
    }

    /** "will sit at ministerial level", "summit-level talks": the rank of an event, not one of its own. */
    private static boolean aLevel(TokenList tokens, Trigger noun) {
        int k = noun.to();
        if (k < tokens.size() && tokens.is(k, "-")) {
            k++;
        }
        return noun.form().equals("noun") && (k < tokens.size() && tokens.is(k, "level") || tokens.norm(noun.to() - 1).endsWith("-level"));
    }

    private static final WordSet SITS = WordSet.of("sit", "sits", "sat");

    /** A body's name ends right before the verb at {@code verb}, past its auxiliaries: "the X Commission will". */
    private boolean aBodyBefore(TokenList tokens, int verb) {
        int k = verb - 1;
        while (k >= 0 && verb - k <= 3 && (ClauseWords.AUXILIARIES.contains(tokens, k) || tokens.is(k, "to"))) {
            k--;
        }
        return k >= 0 && (lexicon.organisationWords.contains(tokens, k) || GroupsThatMeet.BODY_HEADS.contains(tokens, k));
    }

    private static final WordSet OFFICES = WordSet.of("director", "head", "chair", "chairman", "chairwoman", "chairperson",
            "president", "secretary", "spokesperson", "spokesman", "spokeswoman", "founder", "executive", "coordinator");

    /** "the Director of the Pacific Islands Forum, Dr X": the body whose office someone holds, no event told. */
    private static boolean anOfficeOf(TokenList tokens, Trigger body) {
        int k = body.nameFrom();
        return body.form().equals("noun") && k < body.from() && k >= 3 && tokens.is(k - 1, "the") && tokens.is(k - 2, "of")
                && OFFICES.contains(tokens, k - 3) && (body.to() >= tokens.size() || !tokens.word(body.to()));
    }

    /**
     * "Assembly" after an ordinal figure: "the 153rd Assembly", "the 78th World Health Assembly" (up to two capitalised
     * words between); not "the 16th National Assembly", a parliament's term.
     */
    private static boolean numberedAssembly(TokenList tokens, int i) {
        if (!tokens.is(i, "assembly") || !tokens.capitalised(i) || tokens.is(i - 1, "national")) {
            return false;
        }
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (tokens.ordinalFigure(k)) {
                return true;
            }
            if (!tokens.capitalised(k)) {
                return false;
            }
        }
        return false;
    }

    /** "The visit of the delegation to the Free Zone": the delegation is whose visit it is, no event of its own. */
    private static boolean whoseVisit(TokenList tokens, Trigger delegation, List<Trigger> all) {
        int k = delegation.from();
        if (!tokens.is(k, "delegation") || k < 3 || !tokens.is(k - 1, "the") || !(tokens.is(k - 2, "of") || tokens.is(k - 2, "by"))) {
            return false;
        }
        for (Trigger t : all) {
            if (t.to() == k - 2 && t.form().equals("noun") && Candidate.familyOf(t.kind()).equals("visit")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Uganda-Egypt Joint Ministerial Commission will meet this Saturday": the event word inside a body's name
     * that then meets is no second event; the meeting verb tells it (and the body names it).
     */
    private boolean aBodyThatMeets(TokenList tokens, Trigger noun, List<Trigger> all) {
        if (!noun.form().equals("noun")) {
            return false;
        }
        int k = noun.to();
        while (k < tokens.size() && k < noun.to() + 2 && lexicon.organisationWords.contains(tokens, k)) {
            k++;
        }
        if (k == noun.to()) {
            return false;
        }
        int verb = k;
        while (verb < tokens.size() && verb < k + 2 && (ClauseWords.AUXILIARIES.contains(tokens, verb) || tokens.is(verb, "to"))) {
            verb++;
        }
        for (Trigger t : all) {
            if (t.from() == verb && t.kind().equals("meeting") && !t.form().equals("noun")) {
                return true;
            }
        }
        return false;
    }

    /** "X will also call on Prime Minister Y during his stay, a meeting officials describe as a courtesy": the same meeting. */
    private static boolean renamesTheMeetingBefore(TokenList tokens, Trigger noun, List<Trigger> all, List<PersonMention> persons) {
        if (!noun.form().equals("noun") || noun.from() < 3 || !Candidate.familyOf(noun.kind()).equals("meeting")
                || !(tokens.is(noun.from() - 1, "a") || tokens.is(noun.from() - 1, "an")) || !tokens.is(noun.from() - 2, ",")) {
            return false;
        }
        if (noun.to() < tokens.size() && (tokens.is(noun.to(), "with") || tokens.is(noun.to(), "between"))
                || persons.stream().anyMatch(p -> p.from() >= noun.to())) {
            return false; // ", a meeting with Foreign Minister Y is set for Thursday": someone new, another meeting
        }
        for (Trigger t : all) {
            if (t != noun && t.to() < noun.from() - 1 && !t.form().equals("noun") && Candidate.familyOf(t.kind()).equals("meeting")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "will host President X at an official welcome ceremony": hosting a titled guest is the event word after it, in
     * its clause, when there is one; the hosting alone is the engagement only without ("will host President X and Y").
     */
    private boolean hostingAt(TokenList tokens, Trigger host, List<Trigger> all) {
        if (!tokens.is(host.from(), "host") || host.to() >= tokens.size() || !tokens.capitalised(host.to())
                || lexicon.roles.longest(tokens, host.to()) == null) {
            return false;
        }
        for (Trigger event : all) {
            if (event.from() > host.to() && event.form().equals("noun") && !tokens.containsBetween(host.to(), event.from(), ",")) {
                return true;
            }
        }
        return false;
    }

    /** "will see President X", "to see the minister X": a verb of meeting whose object is a person named right after it. */
    private static boolean seesSomeone(TokenList tokens, int at, List<PersonMention> persons) {
        if (at == 0 || !VERB_BEFORE.contains(tokens, at - 1)) {
            return false;
        }
        for (PersonMention p : persons) {
            if (p.from() == at + 1 || p.from() == at + 2 && tokens.is(at + 1, "the")) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet CLOCK_WORDS = WordSet.of("hrs", "h", "am", "pm");

    /** A clock time, then nothing but its "a.m.", "hrs" or a dash before {@code at}: the first word of a programme's line. */
    private static boolean opensTheLine(TokenList tokens, int at) {
        if (at == 0 || !Character.isDigit(tokens.charAt(0, 0))) {
            return false;
        }
        for (int k = 1; k < at; k++) {
            if (tokens.word(k) && !Character.isDigit(tokens.charAt(k, 0)) && !CLOCK_WORDS.contains(tokens, k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word at {@code k} is an event noun ("summit", "meeting"). */
    private boolean eventWordAt(TokenList tokens, int k) {
        return lexicon.eventNounEnd(tokens, k) == k + 1;
    }

    private String[] choose(List<String[]> rows, TokenList tokens, int from, int to) {
        boolean hasPrev = from > 0;
        boolean hasNext = to < tokens.size();
        String kind = rows.get(0)[1];
        String word = tokens.norm(from);
        if (kind.equals("call") && word.equals("call") && (!hasNext || !tokens.is(to, "with"))) {
            return null; // "Washington's call for ..." is not a phone call
        }
        if (kind.equals("travel") && (word.startsWith("head") || word.startsWith("fl")) && (!hasNext || !tokens.is(to, "to"))) {
            return null;
        }
        int audience = hasNext && tokens.is(to, "the") ? to + 1 : to;
        if (word.startsWith("brief") && audience < tokens.size() && THE_PRESS.contains(tokens, audience)) {
            return null; // "will brief the media at the airport": no one is met
        }
        if (word.equals("welcome") && hasNext && eventWordAt(tokens, to)) {
            return null; // "an official welcome ceremony": the ceremony's kind, no act of its own
        }
        boolean asAVerb = hasPrev && VERB_BEFORE.contains(tokens, from - 1); // "will host President X"
        if (word.equals("host") && hasNext && !asAVerb && (tokens.capitalised(to) && lexicon.roles.longest(tokens, to) != null
                || tokens.is(to, "country") || tokens.is(to, "nation") || tokens.is(to, "city") || tokens.is(to, "government"))) {
            return null; // "host President Joko Widodo", "the host country": who hosts, not an act of hosting
        }
        if ((word.equals("host") || word.equals("hosts")) && hasPrev && (tokens.is(from - 1, "as") || OWNERS.contains(tokens, from - 1))) {
            return null; // "with Mauritania's X as host", "sit down with his host, X": a role, not an act of its own
        }
        boolean verbContext = hasPrev && (VERB_BEFORE.contains(tokens, from - 1) || Lexicon.has(lexicon.cueAt(tokens, from - 1), "future"));
        if (hasPrev && DETERMINERS.contains(tokens, from - 1)
                || from >= 2 && DETERMINERS.contains(tokens, from - 2) && !tokens.is(from - 1, "to")) {
            verbContext = false; // "a visit", "the planned visit", "a scheduled meeting"
        }
        if ((word.equals("chair") || word.equals("co-chair") || word.equals("address")) && !verbContext) {
            return null; // "the chair of the committee", "an address to the nation"
        }
        if (word.equals("meeting") && hasPrev && tokens.is(from - 1, "to")) {
            for (String[] r : rows) {
                if (r[2].equals("noun")) {
                    return new String[] {r[0], r[1], "ing"}; // "look forward to meeting our friends"
                }
            }
        }
        String[] noun = null;
        String[] verb = null;
        for (String[] r : rows) {
            if (r[2].equals("noun")) {
                noun = r;
            } else if (verb == null) {
                verb = r;
            }
        }
        if (noun != null && verb != null) {
            return verbContext ? verb : noun;
        }
        return noun != null ? noun : verb;
    }

    /** "a summit of the Group of Seven", "a meeting of the North Atlantic Council": the body names the event. */
    private Trigger namedAfter(Trigger t, TokenList tokens, PlaceFinder.Found places, List<PersonMention> persons) {
        if (!t.form().equals("noun") || t.kind().equals("visit") || t.kind().equals("trip") || t.to() + 1 >= tokens.size()
                || !tokens.is(t.to(), "of")) {
            return t;
        }
        int from = t.to() + 1;
        // "of the", "of a new", "of the newly formed": up to three lower-case words before the body's name
        while (from < tokens.size() && from - t.to() <= 3 && tokens.word(from) && !tokens.capitalised(from)) {
            from++;
        }
        int end = from;
        while (end < tokens.size() && (end - from < 8 || initialsAhead(tokens, end))) {
            if (Calendar.isCalendarWord(tokens, end)) {
                break; // "the session of the Forum on Tuesday": the day is no part of the name
            } else if (tokens.capitalised(end) && tokens.word(end) && !TokenSpan.covers(persons, end)) {
                end++;
            } else if (BODY_CONNECTORS.contains(tokens, end) && end > from && end + 1 < tokens.size() && tokens.capitalised(end + 1)
                    && !Calendar.isCalendarWord(tokens, end + 1)) {
                end++;
            } else if (BODY_CONNECTORS.contains(tokens, end) && end > from && end + 2 < tokens.size() && tokens.is(end + 1, "the")
                    && tokens.capitalised(end + 2) && initialsAhead(tokens, end + 2)) {
                end += 2; // "the Council of Ministers of Health of Central America and the Dominican Republic (COMISCA)"
            } else if (tokens.is(end, "of") && end > from && end + 2 < tokens.size() && tokens.is(end + 1, "the")
                    && tokens.capitalised(end + 2) && tokens.word(end + 2) && !Calendar.isCalendarWord(tokens, end + 2)
                    && !TokenSpan.covers(persons, end + 2) && !TokenSpan.covers(places.places(), end + 2)) {
                end += 2; // "the summit of the Conference of the Parties": "of the" inside the body's name
            } else {
                break;
            }
        }
        boolean onlyPlace = true;
        for (int k = from; k < end; k++) {
            onlyPlace &= TokenSpan.covers(places.places(), k);
        }
        boolean acronym = end - from == 1 && tokens.allCaps(from) && tokens.length(from) >= 3; // "the BRICS bloc"
        if (end - from < 2 && !acronym || onlyPlace) { // "a meeting of Egypt": no body's name
            return t;
        }
        String name = PlaceFinder.phrase(tokens, from, end) + " " + tokens.text(t.from());
        String initials = null; // "the 48th Session of the Council of Foreign Ministers (CFM)": later "the CFM"
        if (end + 2 < tokens.size() && tokens.is(end, "(") && tokens.allCaps(end + 1) && tokens.is(end + 2, ")")) {
            initials = tokens.text(end + 1);
        }
        // the trigger spans the body's name, so that "with X" after it reads as the counterpart
        return new Trigger(t.from(), end, t.kind(), t.form(), t.from(), name, initials, t.stopsOnly());
    }

    /** the most words a body's name runs on after "and the" before the initials in brackets that close it */
    private static final int NAME_BEFORE_INITIALS = 6;

    /** From {@code k}, capitalised words and connectors, then the initials in brackets: "Dominican Republic (COMISCA)". */
    private static boolean initialsAhead(TokenList tokens, int k) {
        for (int j = k; j < tokens.size() && j <= k + NAME_BEFORE_INITIALS; j++) {
            if (tokens.is(j, "(")) {
                return j > k && j + 2 < tokens.size() && tokens.allCaps(j + 1) && tokens.is(j + 2, ")");
            }
            if (!(tokens.capitalised(j) && tokens.word(j) || BODY_CONNECTORS.contains(tokens, j) || tokens.is(j, "the"))) {
                return false;
            }
        }
        return false;
    }

    private static final WordSet ENDS_ON_ITS_OBJECT = WordSet.of("to", "by", "with");

    /** "Nordic-Baltic Eight Ministerial meeting", "Shangri-La Dialogue (SLD)". */
    private Trigger named(Trigger t, TokenList tokens, PlaceFinder.Found places, List<PersonMention> persons) {
        if (t.to() - t.from() >= 2 && ENDS_ON_ITS_OBJECT.contains(tokens, t.to() - 1)) {
            return t; // "a Niue Government delegation to Wellington", "a mission to": the words before name who goes, no event
        }
        int k = t.from();
        boolean ownWord = false;
        String innerAcronym = null;
        // "the APEC leaders' meeting", "the SCO foreign ministers' meeting": who meets, between the body and the word
        if (k >= 2 && tokens.is(k - 1, "'") && GROUP_HEADS.contains(tokens, k - 2)) {
            k -= 2;
            while (k > 0 && k > t.from() - 5 && tokens.word(k - 1) && !tokens.capitalised(k - 1)
                    && lexicon.portfolioWords.contains(tokens, k - 1)) {
                k--;
            }
        }
        if (k >= 3 && tokens.is(k - 1, ")") && tokens.allCaps(k - 2) && tokens.is(k - 3, "(")) {
            innerAcronym = tokens.text(k - 2); // "Asia-Pacific Economic Cooperation (APEC) leaders' meeting"
            k -= 3;
        }
        while (k > 0) {
            if (tokens.capitalised(k - 1) && tokens.word(k - 1) && !TokenSpan.covers(persons, k - 1) && !(k - 1 == 0 && tokens.is(k - 1, "the"))
                    && !tokens.is(k - 1, "the") && !tokens.is(k - 1, "a") && !tokens.is(k - 1, "in") && !tokens.is(k - 1, "on") && !tokens.is(k - 1, "at")) {
                if (!TokenSpan.covers(places.places(), k - 1) && !Calendar.isCalendarWord(tokens, k - 1)) {
                    ownWord = true;
                }
                k--;
            } else if (NAME_CONNECTORS.contains(tokens, k - 1) && k > 1 && tokens.capitalised(k - 2)) {
                k--;
            } else if (Character.isDigit(tokens.text(k - 1).charAt(0)) && k > 2 && tokens.is(k - 2, "of") && tokens.capitalised(k - 3)) {
                k--; // "Group of 20 summit"
            } else {
                break;
            }
        }
        boolean headCapital = tokens.capitalised(t.from());
        // "09.00 Bilateral meeting with X", "Official dinner": a line's first word is capitalised, not named
        boolean lineStart = k == 0 || k == 1 && Character.isDigit(tokens.charAt(0, 0));
        if (lineStart && t.from() - k == 1 && !headCapital && !tokens.allCaps(k)) {
            return namedAfter(t, tokens, places, persons);
        }
        if (!ownWord || (k == t.from() && !headCapital)) {
            return namedAfter(t, tokens, places, persons);
        }
        int end = t.to();
        String acronym = innerAcronym;
        if (end + 2 < tokens.size() + 0 && end + 2 <= tokens.size() - 1 && tokens.is(end, "(")
                && tokens.allCaps(end + 1) && tokens.is(end + 2, ")")) {
            acronym = tokens.text(end + 1);
        }
        String name = PlaceFinder.phrase(tokens, k, end);
        if (acronym != null && !name.contains("(" + acronym + ")")) {
            name = name + " (" + acronym + ")";
        }
        Trigger ofABody = acronym == null ? namedAfter(t, tokens, places, persons) : t;
        if (ofABody.to() > t.to()) {
            // "the Ordinary Session of the ECOWAS Council of Ministers": one event word, the body's name after it
            return new Trigger(t.from(), ofABody.to(), t.kind(), t.form(), k, PlaceFinder.phrase(tokens, k, ofABody.to()),
                    ofABody.acronym(), t.stopsOnly());
        }
        return new Trigger(t.from(), t.to(), t.kind(), t.form(), k, name, acronym, t.stopsOnly());
    }


}
