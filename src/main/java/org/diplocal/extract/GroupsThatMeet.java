package org.diplocal.extract;

/**
 * The subject of a meeting verb that is no person but a group: a body ("The Kyrgyz-Hungarian intergovernmental
 * commission will meet"), the delegates of two sides ("Negotiators from Peru and Ecuador will meet") or the two
 * countries themselves ("Peru and Ecuador will hold a fourth round of talks"). Each opens its sentence or clause.
 */
final class GroupsThatMeet {

    /**
     * The group's words; whether its two sides are "the two countries" the report is about; whether its sides are told
     * in it ("of Peru and Ecuador", "from both countries"), so that no official stands for them.
     */
    record Group(int from, int to, boolean body, boolean ofTheTwoCountries, boolean sidesTold) implements TokenSpan {
    }

    /** the heads of the names of bodies two governments keep: "Joint Commission", "working group" */
    static final WordSet BODY_HEADS = WordSet.of("commission", "committee", "group", "dialogue", "consultations", "mechanism");
    static final WordSet BETWEEN_GOVERNMENTS = WordSet.of("joint", "intergovernmental", "binational", "bilateral", "mixed",
            "bi-national", "inter-governmental");
    /** those who meet for their side, unnamed: "negotiators from", "the delegations of" */
    static final WordSet DELEGATES = WordSet.of("negotiators", "delegations", "delegates", "officials", "experts",
            "representatives", "teams", "specialists");
    /** delegates only of a government's kind: "technical teams", not "football teams" nor "medical specialists" */
    private static final WordSet OF_A_KIND = WordSet.of("teams", "specialists");
    private static final WordSet TEAM_KINDS = WordSet.of("technical", "negotiating", "government", "governmental", "official",
            "joint", "expert", "legal", "border");
    /** "the two countries", "both governments": the pair the report is about */
    private static final WordSet COUNTRIES = WordSet.of("countries", "nations", "governments", "states", "sides", "ministries");
    /** the words that join a group to its sides: "delegates of Peru and Ecuador", "a delegation from the Philippines" */
    static final WordSet SIDES_JOIN = WordSet.of("of", "from");
    static final WordSet ARTICLES = WordSet.of("the", "a", "an");
    /** words of a body's name after "on" or "for": "commission on trade and economic cooperation" */
    private static final int BODY_TAIL = 6;
    private static final WordSet HOLD = WordSet.of("hold", "holds", "convene", "convenes");
    /** words from the holding verb to its event noun: "hold a fourth round of trade talks" */
    private static final int HELD_REACH = 6;
    /** lower-case words before a group's head: "senior trade officials", "the technical teams" */
    private static final int MODIFIERS = 2;

    private final Lexicon lexicon;

    GroupsThatMeet(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The group whose verb is at {@code verbAt} ("meet", or "hold" before "its session"), when it opens the sentence
     * or its clause: "The AU Executive Council meets", "On Wednesday, the newly created NATO-Ukraine Council is to
     * meet", "the joint border committee of the two countries would meet". Two countries alone are a group only when
     * they {@code held} an event noun ("Peru and Ecuador will hold talks"), not when they "meet" (in a final). Else null.
     */
    Group before(SentenceFacts f, int verbAt, boolean held) {
        int k = verbAt - 1;
        while (k >= 0 && verbAt - k <= 3 && (ClauseWords.AUXILIARIES.contains(f.tokens, k) || f.tokens.is(k, "to"))) {
            k--; // "is to meet", "will meet"
        }
        int end = k + 1;
        int sides = twoSidesFrom(f, end);
        boolean ofTheTwo = sides >= 0 && COUNTRIES.contains(f.tokens, end - 1);
        if (sides >= 0) {
            k = sides - 1;
        } else {
            for (int j = k; j > 0 && k - j < BODY_TAIL && f.tokens.word(j); j--) {
                if ((f.tokens.is(j, "on") || f.tokens.is(j, "for")) && lexicon.organisationWords.contains(f.tokens, j - 1)) {
                    // "the intergovernmental commission on economic cooperation will meet"; but "the joint commission on
                    // Wednesday will meet" ends before its date
                    end = DraftAssembler.dateBetween(f, j, end) != null ? j : end;
                    k = j - 1;
                    break;
                }
                int before = (f.tokens.is(j, "on") || f.tokens.is(j, "for")) ? twoSidesFrom(f, j) : -1;
                if (before >= 0) {
                    // "a technical committee of experts from both countries on the demarcation of the border will meet"
                    sides = before;
                    ofTheTwo = COUNTRIES.contains(f.tokens, j - 1);
                    k = before - 1;
                    break;
                }
            }
        }
        if (sides >= 0 && k >= 2 && DELEGATES.contains(f.tokens, k) && f.tokens.is(k - 1, "of")
                && lexicon.organisationWords.contains(f.tokens, k - 2)) {
            k -= 2; // "a committee of experts from both countries": the committee, whose experts they are
        }
        if (k < 0 || TokenSpan.covers(f.persons, k)) {
            return null;
        }
        if (lexicon.organisationWords.contains(f.tokens, k)) {
            int start = k;
            for (int j = k - 1; j >= 0 && k - j <= 3 && f.tokens.word(j) && !f.tokens.capitalised(j); j--) {
                if (BETWEEN_GOVERNMENTS.contains(f.tokens, j)) {
                    start = j; // "The joint working group on labour recruitment will meet"
                }
            }
            while (start > 0 && k - start < 5 && (f.tokens.capitalised(start - 1) || BETWEEN_GOVERNMENTS.contains(f.tokens, start - 1))
                    && f.tokens.word(start - 1) && !TokenSpan.covers(f.persons, start - 1) && !ARTICLES.contains(f.tokens, start - 1)) {
                start--; // "The Kyrgyz-Hungarian intergovernmental commission"
            }
            return opens(f, start) ? new Group(start, end, true, ofTheTwo, sides >= 0) : null;
        }
        if (sides >= 0 && DELEGATES.contains(f.tokens, k) && (k == 0 || !f.tokens.capitalised(k))
                && (!OF_A_KIND.contains(f.tokens, k) || k > 0 && TEAM_KINDS.contains(f.tokens, k - 1))) {
            int start = k; // "Negotiators from Peru and Ecuador", "Trade negotiators of the two countries"
            while (start > 0 && k - start < MODIFIERS && f.tokens.word(start - 1) && !ARTICLES.contains(f.tokens, start - 1)
                    && !ClauseWords.AUXILIARIES.contains(f.tokens, start - 1) && !TokenSpan.covers(f.places.places(), start - 1)
                    && !TokenSpan.covers(f.persons, start - 1) && !REPORTED_AFTER.contains(f.tokens, start - 1)) {
                start--; // "senior trade officials", "Senior Arctic officials"
            }
            // (delegates also after a comma: "On Tuesday, senior officials of the two countries will meet", or a
            // reporting verb: "Chilean officials said technical teams from both foreign ministries will meet")
            return opens(f, start) || f.tokens.is(start - 1, ",") || REPORTED_AFTER.contains(f.tokens, start - 1)
                    ? new Group(start, end, false, ofTheTwo, true) : null;
        }
        CountryMention second = held ? countryEndingAt(f, end) : null; // "will hold talks", not "will meet in the final"
        CountryMention first = second != null && second.from() >= 2 && f.tokens.is(second.from() - 1, "and")
                ? countryEndingAt(f, second.from() - 1) : null;
        if (first != null && !first.demonym() && !second.demonym() && !first.iso2().equals(second.iso2())) {
            return opens(f, first.from()) ? new Group(first.from(), end, false, false, true) : null; // "Peru and Ecuador will hold"
        }
        return null;
    }

    /** "talks between Greek and Libyan experts": a word for delegates right after the last of two demonyms ending at {@code end}. */
    static boolean delegatesAfter(SentenceFacts f, int end) {
        CountryMention last = countryEndingAt(f, end);
        return last != null && last.demonym() && end < f.tokens.size() && DELEGATES.contains(f.tokens, end);
    }

    /** "will hold its fifth session", "will hold a fourth round of trade talks": the holding verb of an event noun, or -1. */
    static int heldAt(SentenceFacts f, Trigger t) {
        for (int k = Math.min(t.from(), t.nameFrom()) - 1; k >= 0 && t.from() - k <= HELD_REACH; k--) {
            if (HOLD.contains(f.tokens, k)) {
                return k;
            }
            if (!f.tokens.word(k) || f.tokens.capitalised(k) || f.tokens.is(k, "series")) {
                return -1; // "will hold a series of ministerial meetings": many, told one by one
            }
        }
        return -1;
    }

    /** words from a group's head to the end of its sides: "ministries of the two countries" */
    private static final int SIDES_REACH = 5;

    /**
     * "consultations between the foreign ministries of the two countries", "talks between officials from both
     * governments", "consultations between the two foreign ministries": where the two sides' delegates end after
     * "between" at {@code between}, else -1.
     */
    int delegatesOfTheTwoAfter(SentenceFacts f, int between) {
        int k = between + 1;
        if (ARTICLES.contains(f.tokens, k)) {
            k++;
        }
        if (f.tokens.is(k, "two") || f.tokens.is(k, "both")) {
            for (int j = k + 1; j < f.tokens.size() && j <= k + 1 + MODIFIERS && f.tokens.word(j); j++) {
                if (COUNTRIES.contains(f.tokens, j)) {
                    // "between the two foreign ministries", "between both governments"; not "the two countries' chiefs"
                    return possessive(f, j + 1) ? -1 : j + 1;
                }
            }
            return -1;
        }
        for (int head = k; head < f.tokens.size() && head <= k + MODIFIERS; head++) {
            if (DELEGATES.contains(f.tokens, head) && !OF_A_KIND.contains(f.tokens, head) || f.tokens.is(head, "ministries")) {
                for (int end = head + 2; end <= f.tokens.size() && end <= head + SIDES_REACH; end++) {
                    if (COUNTRIES.contains(f.tokens, end - 1)) {
                        return twoSidesFrom(f, end) == head + 1 && !possessive(f, end) ? end : -1;
                    }
                }
                return -1;
            }
            if (!f.tokens.word(head) || f.tokens.capitalised(head)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean possessive(SentenceFacts f, int k) {
        return k < f.tokens.size() && (f.tokens.is(k, "'") || f.tokens.is(k, "'s"));
    }

    /**
     * Where the two sides told after a group's head begin ("of" in "of Peru and Ecuador", "from" in "from both
     * countries", "of the two countries") when they end at {@code end}, else -1.
     */
    private int twoSidesFrom(SentenceFacts f, int end) {
        int last = end - 1;
        if (last >= 2 && COUNTRIES.contains(f.tokens, last)) {
            boolean ofAPortfolio = last >= 3 && lexicon.portfolioWords.contains(f.tokens, last - 1) && !f.tokens.capitalised(last - 1);
            if (f.tokens.is(last, "ministries") && !ofAPortfolio) {
                return -1; // "officials of the two ministries" may be two of one government
            }
            if (ofAPortfolio) {
                last--; // "from both foreign ministries": whose ministries
            }
            if (f.tokens.is(last - 1, "both") && SIDES_JOIN.contains(f.tokens, last - 2)) {
                return last - 2;
            }
            if (last >= 3 && f.tokens.is(last - 1, "two") && f.tokens.is(last - 2, "the") && SIDES_JOIN.contains(f.tokens, last - 3)) {
                return last - 3;
            }
            return -1;
        }
        CountryMention second = countryEndingAt(f, end);
        if (second == null || second.from() < 3 || !f.tokens.is(second.from() - 1, "and")) {
            return -1;
        }
        CountryMention first = countryEndingAt(f, second.from() - 1);
        if (first == null || first.from() < 1 || first.iso2().equals(second.iso2())) {
            return -1;
        }
        int join = first.from() - 1;
        return SIDES_JOIN.contains(f.tokens, join) ? join : -1;
    }

    private static CountryMention countryEndingAt(SentenceFacts f, int end) {
        for (CountryMention cm : f.places.countries()) {
            if (cm.to() == end) {
                return cm;
            }
        }
        return null;
    }

    /** The group opens the sentence or its clause: "The AU Executive Council", ", the newly created X Council". */
    /** words after which a reported clause opens: "officials said technical teams ...", "announced that experts ..." */
    private static final WordSet REPORTED_AFTER = WordSet.of("said", "says", "announced", "added", "confirmed", "that");

    private static boolean opens(SentenceFacts f, int start) {
        int before = start;
        while (before > 0 && start - before < 3 && f.tokens.word(before - 1) && !f.tokens.capitalised(before - 1)
                && !f.tokens.is(before - 1, "the")) {
            before--;
        }
        return before == 0 || ARTICLES.contains(f.tokens, before - 1) && (before == 1 || f.tokens.is(before - 2, ","))
                || ARTICLES.contains(f.tokens, before) && f.tokens.is(before - 1, ",") // ", a technical committee of ..."
                || before == 1 && !f.tokens.word(0) // "- The joint committee"
                || before > 0 && ClauseWords.DASHES.contains(f.tokens, before - 1); // "COTONOU, 16 June – Technical teams"
    }
}
