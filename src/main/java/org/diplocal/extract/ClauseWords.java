package org.diplocal.extract;

/** Words that tell where a clause of its own begins, shared by the finders that read who does what. */
final class ClauseWords {
    /**
     * Verbs and auxiliaries that follow a clause's subject: "and Prince X is due to meet Y", "said X would lead".
     * A name followed by one of them does something of its own; it is neither a counterpart nor a speaker.
     */
    /** "his Peruvian counterpart", "her host": the words for the one met, on the other side */
    static final WordSet COUNTERPART_OR_HOST = WordSet.of("counterpart", "host");

    /** Pronouns that open a clause as its subject: "..., and on Friday he travels", "the reference ends where she". */
    static final WordSet SUBJECT_PRONOUNS = WordSet.of("he", "she", "they", "we", "i");

    static final WordSet AUXILIARIES = WordSet.of("is", "are", "was", "were", "will", "'ll", "would", "has", "have", "had",
            "plans", "planned", "intends", "wants", "hopes", "also", "can", "could", "may", "might", "should", "shall",
            "must");
    /**
     * Courtesies a person's name is told with ("Mr. X", "Dr X", "Hon. X", "Excellency X"): unlike the honorifics of the
     * rules, never "the", "his" or a royal style, so a word after one is a name.
     */
    static final WordSet COURTESIES = WordSet.of("hon", "honourable", "honorable", "excellency", "mr", "mrs", "ms", "dr",
            "senator", "professor", "prof", "shri", "smt", "shrimati", "sir", "dame");

    /** the last word of an island's name, never of a person's (unlike "Lake", "Bay" or "Rivers") */
    static final WordSet ISLANDS = WordSet.of("island", "islands", "isle", "isles", "atoll");
    static final WordSet DASHES = WordSet.of("-", "–", "—");

    /** words between an event's noun and its calling off: "That visit has (also) been cancelled" */
    static final WordSet BEFORE_CALLED_OFF = WordSet.of("has", "have", "had", "was", "were", "is", "been", "also",
            "now", "since", "already", "then");
    /** the words of calling off; "called", "put" and "taken" only with "off" after them */
    private static final WordSet CALLED_OFF = WordSet.of("cancelled", "canceled", "called", "dropped", "scrapped",
            "postponed", "shelved", "deferred", "removed", "put", "taken");
    private static final WordSet NEEDS_OFF = WordSet.of("called", "put", "taken");

    /**
     * From {@code k}, past "has (also) been", a word of calling off: "has been cancelled", "was taken off the schedule";
     * or "will not take place", "will no longer go ahead".
     */
    static boolean calledOffFrom(TokenList tokens, int k) {
        if (k + 3 < tokens.size() && (tokens.is(k, "will") || tokens.is(k, "would"))) {
            int verb = tokens.is(k + 1, "not") ? k + 2 : tokens.is(k + 1, "no") && tokens.is(k + 2, "longer") ? k + 3 : -1;
            return verb > 0 && verb + 1 < tokens.size() && (tokens.is(verb, "take") && tokens.is(verb + 1, "place")
                    || tokens.is(verb, "go") && tokens.is(verb + 1, "ahead"));
        }
        while (k < tokens.size() && BEFORE_CALLED_OFF.contains(tokens, k)) {
            k++;
        }
        return k < tokens.size() && CALLED_OFF.contains(tokens, k)
                && (!NEEDS_OFF.contains(tokens, k) || k + 1 < tokens.size() && tokens.is(k + 1, "off"));
    }

    private ClauseWords() {
    }
}
