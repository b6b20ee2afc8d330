package org.diplocal.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The word lists the engine reads, each a data file under {@code rules/} with its own format line
 * and examples: role titles, event triggers, cues (future, background, speech, virtual, status),
 * venue head-words, relative date anchors and topic cues.
 */
final class Lexicon {
    private static final String DIR = "/org/diplocal/extract/rules/";
    private static volatile Lexicon standard;

    /** title → {title, normalised role, topic domain} */
    final PhraseTable<String[]> roles = PhraseTable.load(DIR + "roles.tsv");
    /** word form → {form, kind, grammatical form} */
    final PhraseTable<String[]> triggers = PhraseTable.load(DIR + "triggers.tsv");
    /** phrase → {phrase, cue} */
    final PhraseTable<String[]> cues = PhraseTable.load(DIR + "cues.tsv");
    /** head word → {word, first|last} */
    final PhraseTable<String[]> venueHeads = PhraseTable.load(DIR + "venues.tsv");
    /** phrase → {phrase, anchor} */
    final PhraseTable<String[]> anchors = PhraseTable.load(DIR + "relative-anchors.tsv");
    /** cue → {slug, cue}; loaded with the cue first */
    final PhraseTable<String> topics = new PhraseTable<>();
    /** plural title → the singular's row: "foreign ministers X of A and Y of B" */
    final PhraseTable<String[]> pluralRoles;
    /** the words of portfolio names ("foreign", "defence", "affairs"): "the SCO foreign ministers' meeting" */
    final WordSet portfolioWords;
    /** courtesy words between a title and a name: "the Hon", "Dr", "H.E." */
    final WordSet honorifics;
    /** words that make a capitalised run a body, not a person or a town: "council", "union" */
    final WordSet organisationWords;
    /** titles that are also given names ("Amir"): a title only after "the" or before a courtesy word */
    final WordSet titlesAlsoNames;
    /** lower-case words inside a family name: "de la Fuente", "av Rana" */
    final WordSet nameParticles;
    /** letters after a name, in capitals: "Niamh Smyth TD", "Sir X, GCMG," */
    final WordSet postNominals;
    /** a site's heads read only in lower case after a name: "the Akosombo dam" (in capitals, often a surname) */
    final WordSet siteWords;
    /** heads of events no official attends as an engagement, whose date told right after is their own: "election" */
    final WordSet otherEvents;
    /** normalised military ranks ("General"): an office told of the same person later replaces one */
    final java.util.Set<String> ranks;
    /** a seat in a chamber ("Senator") and the start of the offices that replace it ("Minister") */
    private final java.util.Map<String, String> seats;
    /** normalised roles a company's head holds as well as a territory's ("Chief Executive"): an official's only with a place */
    final java.util.Set<String> companyTitles;
    /** normalised role → "Head of State" or "Head of Government": "the two heads of state" are two presidents, or kings */
    final java.util.Map<String, String> heads;

    private Lexicon() {
        for (String[] row : DataFiles.rows(DIR + "topics.tsv")) {
            topics.put(row[1], row[0]);
        }
        List<String> portfolio = new ArrayList<>();
        for (String[] row : DataFiles.rows(DIR + "portfolios.tsv")) {
            addPortfolioTitles(row[0], row[1], row[2]);
            portfolio.addAll(java.util.Arrays.asList(Tokenizer.key(row[0]).split(" ")));
        }
        portfolioWords = WordSet.of(portfolio);
        java.util.Set<String> pluralHeads = new java.util.HashSet<>();
        for (String[] row : DataFiles.rows(DIR + "plural-heads.txt")) {
            pluralHeads.add(row[0]);
        }
        pluralRoles = roles.plurals(pluralHeads);
        honorifics = keyedWords("honorifics.txt");
        List<String> bodies = new ArrayList<>();
        for (String[] row : DataFiles.rows(DIR + "organisation-words.txt")) {
            bodies.add(row[0].toLowerCase(java.util.Locale.ROOT));
        }
        organisationWords = WordSet.of(bodies);
        titlesAlsoNames = keyedWords("titles-also-names.txt");
        nameParticles = keyedWords("name-particles.txt");
        postNominals = keyedWords("post-nominals.txt");
        siteWords = keyedWords("sites.txt");
        otherEvents = keyedWords("other-events.txt");
        java.util.Set<String> rankRoles = new java.util.HashSet<>();
        for (String[] row : DataFiles.rows(DIR + "ranks.txt")) {
            rankRoles.add(row[0]);
        }
        ranks = java.util.Set.copyOf(rankRoles);
        java.util.Map<String, String> seatOffices = new java.util.HashMap<>();
        for (String[] row : DataFiles.rows(DIR + "seats.txt")) {
            seatOffices.put(row[0], row[1]);
        }
        seats = java.util.Map.copyOf(seatOffices);
        java.util.Set<String> companyRoles = new java.util.HashSet<>();
        for (String[] row : DataFiles.rows(DIR + "company-titles.txt")) {
            companyRoles.add(row[0]);
        }
        companyTitles = java.util.Set.copyOf(companyRoles);
        java.util.Map<String, String> headOf = new java.util.HashMap<>();
        for (String[] row : DataFiles.rows(DIR + "heads.tsv")) {
            headOf.put(row[0], row[1]);
        }
        heads = java.util.Map.copyOf(headOf);
    }

    /** A one-word-a-line rule file, each word as the tokenizer keys it (lower case, no diacritics, no dots). */
    private static WordSet keyedWords(String file) {
        List<String> words = new ArrayList<>();
        for (String[] row : DataFiles.rows(DIR + file)) {
            words.add(Tokenizer.key(row[0]));
        }
        return WordSet.of(words);
    }

    /**
     * Where a portfolio's name written from {@code from} ends ("Foreign Affairs and Trade"): capitalised portfolio words
     * joined by "and" or "&", the last a portfolio word; {@code from} when none starts there.
     */
    int portfolioEnd(TokenList tokens, int from) {
        int k = from;
        int end = from;
        while (k < tokens.size() && (tokens.capitalised(k) && portfolioWords.contains(tokens, k)
                || k > from && (tokens.is(k, "and") || tokens.is(k, "&")))) {
            if (portfolioWords.contains(tokens, k)) {
                end = k + 1;
            }
            k++;
        }
        return end;
    }

    /** The titles of one portfolio; roles.tsv was loaded first, so its reading of a title wins. */
    private void addPortfolioTitles(String portfolio, String name, String domain) {
        String[] minister = {null, "Minister of " + name, domain};
        String[] deputy = {null, "Deputy Minister of " + name, domain};
        String[] secretary = {null, "Secretary of " + name, domain};
        for (String title : new String[] {portfolio + " minister", "minister of " + portfolio, "minister for " + portfolio}) {
            roles.put(title, minister);
        }
        for (String title : new String[] {"deputy " + portfolio + " minister", "deputy minister of " + portfolio,
                "deputy minister for " + portfolio, "vice minister of " + portfolio, "vice minister for " + portfolio,
                "vice-minister of " + portfolio, "vice-minister for " + portfolio}) {
            roles.put(title, deputy);
        }
        for (String title : new String[] {portfolio + " secretary", "secretary of " + portfolio, "secretary for " + portfolio}) {
            roles.put(title, secretary);
        }
        roles.put("cabinet secretary for " + portfolio, new String[] {null, "Cabinet Secretary for " + name, domain});
        roles.put("cabinet secretary of " + portfolio, new String[] {null, "Cabinet Secretary for " + name, domain});
        roles.put("commissioner for " + portfolio, new String[] {null, "Commissioner for " + name, domain});
        // the ministers of an interim government of advisers: "Commerce Adviser X", "the adviser for finance, X"
        String[] adviser = {null, name.replaceFirst("^the ", "") + " Adviser", domain};
        for (String title : new String[] {portfolio + " adviser", "adviser for " + portfolio, "adviser on " + portfolio}) {
            roles.put(title, adviser);
        }
        // a regional government's member: "the regional councillor for infrastructure, X"
        String[] councillor = {null, "Regional Councillor for " + name, domain};
        for (String title : new String[] {"regional councillor for ", "regional councilor for "}) {
            roles.put(title + portfolio, councillor);
        }
        roles.put("minister of state for " + portfolio, new String[] {null, "Minister of State for " + name, domain});
    }

    static Lexicon standard() {
        Lexicon l = standard;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (standard == null) {
                    standard = new Lexicon();
                }
                l = standard;
            }
        }
        return l;
    }

    /** Where the longest event phrase at {@code at} ends when it can be read as a noun ("summit", "state visit"); else -1. */
    int eventNounEnd(TokenList tokens, int at) {
        PhraseTable.Match<List<String[]>> m = triggers.longestAll(tokens, at);
        if (m == null) {
            return -1;
        }
        List<String[]> rows = m.value();
        for (int k = 0, n = rows.size(); k < n; k++) {
            if (rows.get(k)[2].equals("noun")) {
                return m.to();
            }
        }
        return -1;
    }

    /** The cue kinds of the longest cue phrase at {@code at}, or null. */
    PhraseTable.Match<List<String[]>> cueAt(TokenList tokens, int at) {
        return cues.longestAll(tokens, at);
    }

    static boolean has(PhraseTable.Match<List<String[]>> m, String cue) {
        if (m == null) {
            return false;
        }
        List<String[]> rows = m.value(); // the table's own list (an ArrayList): read by index, no iterator per call
        for (int k = 0, n = rows.size(); k < n; k++) {
            if (rows.get(k)[1].equals(cue)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code office}, told later of one who holds {@code seat}, is the role to show: "Senator" gives way to a minister's. */
    boolean officeOverSeat(String seat, String office) {
        String replacing = seats.get(seat);
        return replacing != null && office != null && office.startsWith(replacing);
    }

    /** Past the courtesy words at {@code from}: "Senator the Hon", "H.E. Dr", "Her Excellency", a rank ("Captain"). */
    int courtesyEnd(TokenList tokens, int from) {
        int k = from;
        while (k < tokens.size() && k - from < 5) {
            PhraseTable.Match<String[]> rank = roles.longest(tokens, k);
            if (honorifics.contains(tokens, k) || (tokens.is(k, ".") || tokens.is(k, "'")) && k > from) {
                k++; // "Dr. X", "Dato' Seri X"
            } else if (rank != null && ranks.contains(rank.value()[1])) {
                k = rank.to(); // "the President of Burkina Faso, Captain X": a grade after the office, no part of the name
            } else {
                break;
            }
        }
        return k;
    }
}
