package org.diplocal.extract;

/**
 * Relative clauses set off by commas: ", who is on an official visit to Norway,", ", where President Y will receive
 * him", ", who accompanies the President,". What they tell belongs to the person or place before them, not to the
 * sentence's main event.
 */
final class RelativeClauses {
    private static final WordSet RELATIVES = WordSet.of("who", "where", "which", "when", "whom");

    private RelativeClauses() {
    }

    /** Where the clause holding token {@code k} opens: the token after the comma before it (0 when none). */
    private static int opening(SentenceFacts f, int k) {
        int open = k;
        while (open > 0 && !f.tokens.is(open - 1, ",")) {
            open--;
        }
        return open;
    }

    private static final WordSet WHO_WHICH = WordSet.of("who", "which");
    private static final WordSet WHERE = WordSet.of("where");

    /** Token {@code k} lies in ", who ... ," or ", which ... ," closed before {@code limit}. */
    static boolean closedAround(SentenceFacts f, int k, int limit) {
        return closedAround(f, k, limit, WHO_WHICH);
    }

    /** Token {@code k} lies in ", where ... ," closed before {@code limit}: "in X on Monday, where ..., and in Y on Tuesday". */
    static boolean whereClosedAround(SentenceFacts f, int k, int limit) {
        return closedAround(f, k, limit, WHERE);
    }

    private static boolean closedAround(SentenceFacts f, int k, int limit, WordSet openers) {
        int open = opening(f, k);
        return open > 0 && open < f.tokens.size() && openers.contains(f.tokens, open) && clauseCommaBetween(f, k + 1, limit);
    }

    /**
     * A comma in {@code from..to} that closes a clause: not one of the pair around a name, as in "where she will meet
     * the Speaker, Jan Nowak, on December 3", whose date is still the clause's.
     */
    private static boolean clauseCommaBetween(SentenceFacts f, int from, int to) {
        for (int c = f.tokens.find(",", from, to); c >= 0; c = f.tokens.find(",", c + 1, to)) {
            if (c + 1 < to && WHO_WHICH.contains(f.tokens, c + 1)) {
                // "where she will meet X, who also heads the development, industry and trade ministry, on Thursday": an
                // aside within the clause, whose commas close nothing; only one before the next clause's word does
                for (int d = f.tokens.find(",", c + 1, to); d >= 0; d = f.tokens.find(",", d + 1, to)) {
                    if (d + 1 < f.tokens.size() && NEXT_CLAUSE.contains(f.tokens, d + 1)) {
                        return true;
                    }
                }
                return false;
            }
            if (!aroundAName(f, c)) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet NEXT_CLAUSE = WordSet.of("and", "but", "before", "then", "while");

    private static boolean aroundAName(SentenceFacts f, int comma) {
        // "where she will meet the Speaker, X, and on Thursday she will fly to Kyiv": that comma closes the clause too
        boolean clauseAfter = comma + 1 < f.tokens.size() && NEXT_CLAUSE.contains(f.tokens, comma + 1);
        for (PersonMention p : f.persons) {
            boolean setOff = f.tokens.containsBetween(p.from(), p.to(), ",");
            if (p.from() < comma && comma < p.to() || setOff && comma == p.to() && !clauseAfter) {
                return true;
            }
        }
        return false;
    }

    /** Token {@code k} lies in the ", where ..." clause opened at {@code comma}: "on Monday, where he will be received". */
    static boolean whereClauseAfter(SentenceFacts f, int k, int comma) {
        int open = opening(f, k);
        return open == comma + 1 && open < f.tokens.size() && f.tokens.is(comma, ",") && f.tokens.is(open, "where");
    }

    /**
     * "meet President X, who will host a dinner in his honour, and Prime Minister Y": Y, the one named after the
     * ", who ... , and" that follows a person ending at {@code end}; null when no such clause or name follows.
     */
    static PersonMention namedAfterAWhoClause(SentenceFacts f, int end) {
        if (end + 1 >= f.tokens.size() || !f.tokens.is(end, ",") || !f.tokens.is(end + 1, "who")) {
            return null;
        }
        for (int j = end + 2; j + 2 < f.tokens.size() && j < end + 24; j++) {
            if (f.tokens.is(j, ";") || f.tokens.is(j, ".") || f.tokens.is(j, "(")) {
                return null;
            }
            if (f.tokens.is(j, ",")) {
                if (!f.tokens.is(j + 1, "and")) {
                    return null;
                }
                for (PersonMention p : f.persons) {
                    if (p.from() == j + 2) {
                        return p;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The clause holding {@code k} opens with ", who": it tells of a person, not of the event before it. */
    static boolean aboutAPerson(SentenceFacts f, int k) {
        int open = opening(f, k);
        return open > 0 && open < f.tokens.size() && f.tokens.is(open, "who");
    }

    /** The person named right before the ", who" that opens the clause {@code k} stands in, if any. */
    static PersonMention whoStandsFor(SentenceFacts f, int k) {
        int open = opening(f, k);
        if (open < 2 || open >= f.tokens.size() || !f.tokens.is(open, "who")) {
            return null;
        }
        int nameEnd = pastABracket(f, open - 1);
        for (PersonMention p : f.persons) {
            if (p.to() == nameEnd) {
                return p;
            }
        }
        return null;
    }

    /** words a bracket after a name may hold: "(New Unity)", "(Social Democratic Party)" */
    private static final int BRACKET_REACH = 6;

    /** Before "(New Unity)" ending just before {@code end}: where the bracket opens; else {@code end}. */
    private static int pastABracket(SentenceFacts f, int end) {
        if (end < 3 || !f.tokens.is(end - 1, ")")) {
            return end;
        }
        for (int k = end - 2; k > 0 && end - k <= BRACKET_REACH; k--) {
            if (f.tokens.is(k, "(")) {
                return k;
            }
            if (!f.tokens.word(k)) {
                return end;
            }
        }
        return end;
    }

    /** The comma opening the relative clause ({@code who}, {@code where} ...) that token {@code k} stands in, or -1. */
    static int commaBefore(SentenceFacts f, int k) {
        for (int j = k - 1; j > 0; j--) {
            if (f.tokens.is(j, ";")) {
                return -1;
            }
            if (f.tokens.is(j - 1, ",") && RELATIVES.contains(f.tokens, j)) {
                return j - 1;
            }
        }
        return -1;
    }

    /** ", who accompanies the President,", ", who is travelling with Luxon,": one of the visiting party is named. */
    static boolean ofTheVisitingParty(SentenceFacts f) {
        for (int k = 1; k + 1 < f.tokens.size(); k++) {
            if (!f.tokens.is(k, "who") || !f.tokens.is(k - 1, ",")) {
                continue;
            }
            for (int j = k + 1; j < f.tokens.size() && j <= k + 3; j++) {
                String w = f.tokens.norm(j);
                if (w.startsWith("accompan") || (w.equals("travelling") || w.equals("traveling")) && f.tokens.is(j + 1, "with")) {
                    return true;
                }
            }
        }
        return false;
    }
}
