package org.diplocal.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds officials by title and name in either order ("Argentine Foreign Minister Diana Mondino",
 * "Mondino, Argentina's foreign minister"), the country in front of the title (demonym, country,
 * capital-as-government, organisation), "then"/"former", and later short mentions by surname or
 * given name. One instance per report: it keeps the report's people.
 */
final class PersonFinder {
    private static final WordSet MODIFIERS = WordSet.of("the", "new", "newly", "incoming", "outgoing", "acting", "visiting",
            "top", "senior", "current", "'s", "first", "female", "interim", "a", "personal");
    /** A regnal number, II to XXIX: "Abdullah II", "Leo XIV", "Carl XVI Gustaf". */
    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("X{0,2}(IX|IV|V?I{0,3})");
    /** given names written shortened with a stop: "Md." and "Mohd." for Muhammad, "Ma." for Maria (the Philippines) */
    private static final WordSet GIVEN_NAME_SHORTENINGS = WordSet.of("md", "mohd", "muhd", "ma");
    /** words before a speech word that put its speaker after it: "..., so said X." */
    private static final WordSet SPEECH_INVERTERS = WordSet.of("so", "thus");
    private static final WordSet SPEECH = WordSet.of("said", "says", "told", "stated", "added", "noted", "announced", "wrote",
            "revealed", "explained", "disclosed", "stressed", "recalled", "insisted", "emphasised", "emphasized");

    private final Lexicon lexicon;
    private final WordMap<Person> people = new WordMap<>();
    /** any part of a registered full name → its person, first registered wins */
    private final WordMap<Person> parts = new WordMap<>();
    private final List<Person> order = new ArrayList<>();
    /** the people of {@link #order}, for membership tests */
    private final Set<Person> listed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** word → full names (two words or more) that answer to it, in order of registration */
    private final Map<String, List<Person>> byWord = new HashMap<>();
    /** one-word name → the one-word people of {@link #order} with it */
    private final Map<String, List<Person>> singles = new HashMap<>();

    PersonFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Person> people() {
        return order;
    }

    /** Titled mentions of one sentence; call for every sentence before {@link #shortMentions}. */
    List<PersonMention> titled(TokenList tokens, PlaceFinder.Found places) {
        List<PersonMention> out = new ArrayList<>();
        PersonMention heading = scheduleHeading(tokens, places);
        if (heading != null) {
            out.add(heading);
            return out;
        }
        int i = 0;
        while (i < tokens.size()) {
            PhraseTable.Match<String[]> role = lexicon.roles.longest(tokens, i);
            if (role == null || TokenSpan.covers(places.places(), i) || givenName(tokens, i, role.to())
                    || verbLikeTitle(tokens, role) || aCompanysTitle(tokens, role, places)) {
                i++;
                continue;
            }
            // ("with the Minister of Foreign Affairs and Moussa Faki Mahamat": after "the", an office and a second person)
            // (written "Minister of X", not "Foreign Minister": "the Chilean Foreign Minister and Samuel Ablakwa" are two)
            boolean ownPortfolio = (tokens.containsBetween(role.from(), role.to(), "of") || tokens.containsBetween(role.from(), role.to(), "for"))
                    && !(role.from() > 0 && tokens.is(role.from() - 1, "the"));
            int j = portfolioTail(tokens, qualifiedPortfolio(tokens, role), ownPortfolio);
            boolean bareMinister = "Minister".equals(role.value()[1]) || "Minister of State".equals(role.value()[1]);
            int portfolio = j == role.to() && bareMinister ? unlistedPortfolio(tokens, j, places) : j;
            if (portfolio > j) {
                // "the Minister for Resources and Northern Australia, X": a portfolio the lists lack, named in capitals
                // ("the Minister of State for Regional Cooperation, X")
                role = new PhraseTable.Match<>(role.from(), role.to(), new String[] {role.value()[0],
                        role.value()[1] + " " + tokens.norm(j) + " " + PlaceFinder.phrase(tokens, j + 1, portfolio), "-"});
                j = portfolio;
            }
            j = pastTheGovernment(tokens, pastTheCharge(tokens, j));
            String country = null;
            if (j + 1 < tokens.size() && tokens.is(j, "of")) { // "President of Chile Gabriel Boric"
                int at = tokens.is(j + 1, "the") ? j + 2 : j + 1; // "President of the Republic of Kazakhstan X"
                CountryMention cm = countryAt(places, at);
                if (cm != null) {
                    country = cm.iso2();
                    j = cm.to();
                    int ownBody = !cm.demonym() && j + 1 < tokens.size() && tokens.is(j, "'s") && tokens.capitalised(j + 1)
                            ? commaClosedBody(tokens, j + 1, places) : -1;
                    int namedBody = !cm.demonym() && ownBody < 0 && j < tokens.size() && tokens.capitalised(j)
                            ? commaClosedBody(tokens, j, places) : -1;
                    if (ownBody > 0) {
                        j = ownBody; // "the Speaker of Malaysia's Dewan Rakyat, Johari Abdul"
                    } else if (namedBody > 0 && lexicon.organisationWords.contains(tokens, namedBody - 1)) {
                        j = namedBody; // "the Chief Executive of the Hong Kong Special Administrative Region, X"
                    } else if (cm.demonym() && j < tokens.size() && tokens.is(j, "republic")) {
                        j++; // "President of the French Republic Emmanuel Macron"
                    } else if (cm.demonym() && j < tokens.size() && tokens.capitalised(j)) {
                        int closed = commaClosedBody(tokens, j, places); // "of the Austrian National Council, X"
                        if (closed > 0) {
                            j = closed;
                        } else {
                            while (j < tokens.size() && lexicon.organisationWords.contains(tokens, j)) {
                                j++; // "Speaker of the Croatian Parliament X"
                            }
                        }
                    }
                }
            }
            if (country == null) {
                j = bodyEnd(tokens, j, places); // "Vice Premier of the State Council Liu Guozhong": the body the title is of
                CountryMention of = j + 1 < tokens.size() && tokens.is(j, "of") ? countryAt(places, j + 1) : null;
                if (of == null && j + 2 < tokens.size() && tokens.is(j, "of") && tokens.is(j + 1, "the")) {
                    of = countryAt(places, j + 2); // "Premier of the Cabinet of the DPRK X"
                }
                CountryMention last = j > role.to() ? countryEndingAt(places, j) : null;
                CountryMention within = j > role.to() ? places.firstCountryWithin(role.to(), j) : null;
                if (of != null && j > role.to()) {
                    country = of.iso2(); // "President of the Transitional Presidential Council of Haiti X"
                    j = of.to();
                } else if (last != null && !last.demonym() && last.from() >= 1 && tokens.is(last.from() - 1, "of")) {
                    country = last.iso2(); // "President of the Transitional Presidential Council of Haiti, X"
                } else if (within != null && within.demonym()) {
                    country = within.iso2(); // "the Speaker of the Croatian Parliament, X"
                }
            }
            j = pastTheCharge(tokens, j); // "the Vice-President of the Republic in charge of Defence and State Security, X"
            CountryMention posting = j + 1 < tokens.size() && tokens.is(j, "to") ? countryAt(places, j + 1) : null;
            if (posting != null && !posting.demonym()) {
                j = posting.to(); // "the Ambassador of Saudi Arabia to Yemen, X", "the Special Envoy to Sudan X": the posting
            }
            int courtesy = courtesyEnd(tokens, j);
            if (courtesy > j && j < tokens.size() && tokens.capitalised(j) && nameEnd(tokens, courtesy, places) - courtesy >= 2) {
                j = courtesy; // "Chief Adviser Professor Muhammad Yunus": the courtesy is no part of the name
            }
            int more = morePortfolios(tokens, role.to());
            if (more > role.to() && more > j) {
                more = courtesyEnd(tokens, more); // "..., Regional Integration and International Trade, Mr X,"
                int end = nameEnd(tokens, more, places);
                if (end - more >= 2 && closedName(tokens, end)) {
                    j = more; // "the Minister of Foreign Affairs, African Integration and Chadians Abroad, X,"
                }
            }
            int nameEnd = nameEnd(tokens, j, places);
            if (nameEnd == j) { // "The Minister for Foreign Affairs, Senator the Hon Penny Wong, will"
                int h = j < tokens.size() && tokens.is(j, ",") ? j + 1 : j;
                int afterCourtesy = courtesyEnd(tokens, h);
                // "his Japanese counterpart, Yoshimasa Hayashi, ...": a comma alone will do when the name is closed off
                // (also by a programme's dash: "11h00 - Receives the Speaker of X, Y - Noble Hall")
                boolean closed = false;
                int end = nameEnd(tokens, afterCourtesy, places);
                if (h > j && afterCourtesy == h && end - h >= 2) {
                    closed = closedName(tokens, end);
                }
                if ((afterCourtesy > h || closed) && end - afterCourtesy >= 2) {
                    j = afterCourtesy;
                    nameEnd = end;
                }
            }
            Modifiers mods = modifiers(tokens, i, places);
            if (country == null) {
                country = mods.country;
            }
            if (country == null && role.value().length > 3 && !role.value()[3].isEmpty()) {
                country = role.value()[3]; // "Secretary of State X": the title is one country's
            }
            int from;
            int to;
            int officeEnd = role.to();
            if (nameEnd > j && nameEnd - 1 > role.to() && tokens.is(j - 1, ",") && mods.start > 0 && tokens.is(mods.start - 1, ",")
                    && introducedName(tokens, mods.start - 1, places)) {
                nameEnd = j; // "the Right Honourable Dr X, Vice President of the Republic of Malawi, Capital Hill": X's title
            }
            if (nameEnd > j && nameEnd < tokens.size() && lexicon.organisationWords.contains(tokens, nameEnd)
                    && !tokens.is(j - 1, ",")) {
                i = role.to(); // "the Thai-Cambodian General Border Committee": a body's name, no General Border
                continue;
            }
            if (nameEnd > j) {
                from = j;
                to = nameEnd;
                if (country == null && nameEnd + 1 < tokens.size() && tokens.is(nameEnd, "of")) {
                    CountryMention of = countryAt(places, tokens.is(nameEnd + 1, "the") ? nameEnd + 2 : nameEnd + 1);
                    if (of != null && !of.demonym()) {
                        country = of.iso2(); // "King Harald V of Norway", "President X of the Republic of Y"
                    }
                }
            } else if (mods.start > 0 && tokens.is(mods.start - 1, ",") && (mods.country != null || ofABody(tokens, role.to(), places)
                        || country != null && tokens.is(role.to(), "of") // "X, the foreign minister of Latvia,
                        || tokens.capitalised(mods.start) && !(role.to() < tokens.size() && tokens.is(role.to(), "'s"))
                            && introducedName(tokens, mods.start - 1, places)
                        || officeClosedByComma(tokens, mods.start, role, j) && !TokenSpan.covers(out, mods.start - 2))
                    || ownersOfficial(tokens, mods.start) || mods.country != null && appositiveComma(tokens, mods.start) > 0) {
                // "X, Chairman of the Standing Committee of the National People's Congress": a body's office will do
                // "Mondino, Argentina's foreign minister"; "Massad Boulos, Trump's senior adviser for Africa"
                int end = tokens.is(mods.start - 1, ",") ? postNominal(tokens, mods.start - 1)
                        : ownersOfficial(tokens, mods.start) ? (tokens.is(mods.start - 2, ",") ? mods.start - 2 : mods.start - 3) : appositiveComma(tokens, mods.start);
                int start = nameBefore(tokens, end, places);
                if (start < end && TokenSpan.covers(places.places(), start) && TokenSpan.covers(places.places(), end - 1)) {
                    start = end; // "From Accra, the Chilean leader will fly to Lome": a place, then the title
                }
                if (start == end) {
                    i = role.to();
                    continue;
                }
                from = start;
                to = end;
                officeEnd = Math.max(officeEnd, j); // "X, Minister of Foreign Affairs of Uganda, and Y": the office's country too
            } else {
                i = role.to();
                continue;
            }
            if (patronymic(tokens, Math.min(from, mods.start))) {
                i = Math.max(to, officeEnd); // "X ibni Al-Marhum Sultan Y": Y is the father X is named for
                continue;
            }
            String title = "-".equals(role.value()[1]) ? null : role.value()[1];
            if (title == null && !out.isEmpty() && tokens.is(role.to() - 1, "counterpart")) {
                title = out.get(out.size() - 1).person().role; // "Russian Foreign Minister X and his Ukrainian counterpart Y"
            }
            Person p = register(PlaceFinder.phrase(tokens, from, to), title, role.value()[2], country);
            for (int k = from - 1; k >= 0 && (lexicon.honorifics.contains(tokens, k) || tokens.is(k, ".")); k--) {
                if (tokens.word(k)) {
                    p.addStyle(tokens.norm(k)); // "Saudi Defence Minister Prince X": later "the prince"
                }
            }
            boolean speaker = speaker(tokens, Math.min(from, mods.start), Math.max(to, officeEnd));
            int end = Math.max(to, officeEnd);
            if (speaker && end < tokens.size() && tokens.is(end, ":")) {
                // "Senator X: And there was a visit to Y?": a transcript's questioner, no one the report follows (but
                // "Foreign Minister X said ..." may well be: "She will travel to Beijing")
                p.speakerMentions++;
            }
            out.add(new PersonMention(Math.min(from, mods.start), Math.max(to, officeEnd), p, mods.former, speaker));
            i = Math.max(to, officeEnd);
        }
        boolean pluralOffice = pluralTitled(tokens, places, out);
        if (out.isEmpty() && pluralOfficeBefore) {
            namesThatMeet(tokens, places, out);
        }
        pluralOfficeBefore = pluralOffice;
        return out;
    }

    /**
     * "Pat Conroy, the Minister for Pacific Island Affairs, is due in Yaren": after a comma, "the" and a title of its own
     * portfolio ("of", "for"), closed by a comma: the office of the name before it.
     */
    private static boolean officeClosedByComma(TokenList tokens, int start, PhraseTable.Match<String[]> role, int end) {
        return tokens.is(start, "the") && end < tokens.size() && tokens.is(end, ",") && end >= role.to()
                && (tokens.containsBetween(role.from(), role.to(), "of") || tokens.containsBetween(role.from(), role.to(), "for")
                    || tokens.is(role.to(), "of") || tokens.is(role.to(), "for"));
    }

    private static final WordSet SON_OF = WordSet.of("ibni", "ibn", "bin", "bint", "binti");

    /** "ibni Al-Marhum" or "bin" right before a titled name: the name of a father, inside his child's. */
    private static boolean patronymic(TokenList tokens, int from) {
        int k = from - 1;
        if (k >= 1 && tokens.capitalised(k) && tokens.norm(k).startsWith("al-marhum")) {
            k--; // "the late"
        }
        return k >= 0 && SON_OF.contains(tokens, k) && !tokens.capitalised(k);
    }

    private static final WordSet VERB_LIKE_TITLES = WordSet.of("head", "commander");

    /**
     * A title a company's head holds too (rules/company-titles.txt: "Airbus Chief Executive X") that no place goes with:
     * neither "of" a body after it ("the Chief Executive of the Hong Kong Special Administrative Region") nor a place told
     * right before it ("Macao Chief Executive X").
     */
    private boolean aCompanysTitle(TokenList tokens, PhraseTable.Match<String[]> role, PlaceFinder.Found places) {
        if (!lexicon.companyTitles.contains(role.value()[1])) {
            return false;
        }
        boolean ofABody = role.to() < tokens.size() && tokens.is(role.to(), "of");
        boolean placeBefore = role.from() > 0 && (countryEndingAt(places, role.from()) != null
                || TokenSpan.covers(places.places(), role.from() - 1));
        return !ofABody && !placeBefore;
    }

    /** "will head Team Kenya": a title's word used as a verb, lower case and with no "of" after it. */
    private static boolean verbLikeTitle(TokenList tokens, PhraseTable.Match<String[]> role) {
        return role.to() == role.from() + 1 && VERB_LIKE_TITLES.contains(tokens, role.from()) && !tokens.capitalised(role.from())
                && !(role.to() < tokens.size() && tokens.is(role.to(), "of"));
    }

    /** the sentence before named an office of several ("the foreign ministers") */
    private boolean pluralOfficeBefore;

    private static final WordSet MEET_VERBS = WordSet.of("meet", "meets", "will", "are", "were", "hold", "holds");

    /**
     * "The groundwork is being laid by the foreign ministers. Ana Silva, Jan Nowak and Espen Barth Eide are due to meet
     * in Oslo on Wednesday": after a sentence that names an office of several, one that opens with two or more
     * names of two words or more, listed, then a verb, names its holders with no title.
     */
    private void namesThatMeet(TokenList tokens, PlaceFinder.Found places, List<PersonMention> out) {
        List<int[]> names = new ArrayList<>();
        int j = 0;
        boolean and = false;
        while (j < tokens.size() && !and) {
            int end = nameEnd(tokens, j, places);
            if (end - j < 2 || end >= tokens.size()) {
                return;
            }
            names.add(new int[] {j, end});
            and = tokens.is(end, "and");
            if (!and && !tokens.is(end, ",")) {
                return;
            }
            j = end + 1;
        }
        int end = nameEnd(tokens, j, places);
        if (!and || end - j < 2 || end >= tokens.size() || !MEET_VERBS.contains(tokens, end)) {
            return;
        }
        names.add(new int[] {j, end});
        for (int[] n : names) {
            if (TokenSpan.covers(places.places(), n[0]) || TokenSpan.covers(places.places(), n[1] - 1)) {
                return; // "Real Madrid and Manchester City meet": a name that opens or ends with a town is no person's
            }
            for (int k = n[0]; k < n[1]; k++) {
                if (lexicon.organisationWords.contains(tokens, k)) {
                    return; // "the Development Bank"
                }
            }
        }
        for (int[] n : names) {
            Person p = register(PlaceFinder.phrase(tokens, n[0], n[1]), null, null, null);
            out.add(new PersonMention(n[0], n[1], p, false, false));
        }
    }

    /**
     * Before a title at {@code k} that ends an appositive joined by "and", "Li Qiang, member of the Standing
     * Committee and Chinese premier,": the comma after the name, else -1.
     */
    private static int appositiveComma(TokenList tokens, int k) {
        if (k < 4 || !tokens.is(k - 1, "and")) {
            return -1;
        }
        for (int c = k - 2; c > 0 && k - c <= 20; c--) {
            if (tokens.is(c, ",")) {
                boolean opens = c + 1 < k - 1 && !tokens.capitalised(c + 1) && !SPEECH.contains(tokens, c + 1);
                return opens && tokens.capitalised(c - 1) ? c : -1;
            }
            if (tokens.is(c, ".") || tokens.is(c, ";") || AFTER_NAME.contains(tokens, c)) {
                return -1;
            }
        }
        return -1;
    }

    private static final WordSet GOVERNMENTS = WordSet.of("government", "administration", "cabinet");

    /**
     * After a title at {@code j}, "in the Tripoli government," or "in the Boric administration,": the government
     * whose office it is, up to the comma before the name; else {@code j}.
     */
    private static int pastTheGovernment(TokenList tokens, int j) {
        if (j + 4 >= tokens.size() || !tokens.is(j, "in") || !tokens.is(j + 1, "the") || !tokens.capitalised(j + 2)) {
            return j;
        }
        int k = j + 2;
        while (k < tokens.size() && k - j <= 5 && tokens.capitalised(k) && tokens.word(k)) {
            k++;
        }
        return k + 1 < tokens.size() && GOVERNMENTS.contains(tokens, k) && tokens.is(k + 1, ",") ? k + 1 : j;
    }

    /** "the State Minister for Foreign Affairs in charge of Regional Cooperation, X": the comma after the charge, else {@code j}. */
    private static int pastTheCharge(TokenList tokens, int j) {
        if (j + 3 >= tokens.size() || !tokens.is(j, "in") || !tokens.is(j + 1, "charge") || !tokens.is(j + 2, "of")) {
            return j;
        }
        int k = j + 3;
        while (k < tokens.size() && k - j <= 10 && (tokens.capitalised(k) && tokens.word(k)
                || (tokens.is(k, "and") || tokens.is(k, "of")) && k + 1 < tokens.size() && tokens.capitalised(k + 1))) {
            k++;
        }
        return k > j + 3 && k < tokens.size() && tokens.is(k, ",") ? k : j;
    }

    /**
     * Past the portfolio words that qualify a title's own portfolio: "Minister for Development Cooperation and
     * Foreign Trade", where the lists know "Minister for Development"; the title's end when none follow.
     */
    private int qualifiedPortfolio(TokenList tokens, PhraseTable.Match<String[]> role) {
        if (!tokens.containsBetween(role.from(), role.to(), "of") && !tokens.containsBetween(role.from(), role.to(), "for")) {
            return role.to(); // "Trade Minister Ana Lopez": what follows is the name
        }
        int j = role.to();
        while (j < tokens.size() && tokens.capitalised(j) && lexicon.portfolioWords.contains(tokens, j)) {
            j++;
        }
        // then "and", a comma or "of", or a whole name: "Minister of Trade Justice Ampofo" keeps the given name
        boolean goesOn = j < tokens.size() && (tokens.is(j, "and") || tokens.is(j, ",") || tokens.is(j, "of"));
        return j == role.to() || goesOn || j + 1 < tokens.size() && tokens.capitalised(j) && tokens.capitalised(j + 1)
                && tokens.word(j) && tokens.word(j + 1) ? j : role.to();
    }

    /**
     * After a bare "Minister" at {@code j}: "for Resources and Northern Australia" up to the comma before the name, a
     * portfolio the lists lack; {@code j} when none ("Minister of Chile", "Minister for two years").
     */
    private int unlistedPortfolio(TokenList tokens, int j, PlaceFinder.Found places) {
        if (j + 1 >= tokens.size() || !tokens.is(j, "for") && !tokens.is(j, "of") || countryAt(places, j + 1) != null) {
            return j;
        }
        if (places.startingAt(j + 1) != null) {
            return j; // "Minister of Lagos State": a place's official, read elsewhere
        }
        int k = j + 1;
        while (k < tokens.size() && k - j <= 8 && (tokens.capitalised(k) && tokens.word(k)
                || tokens.is(k, "and") && k + 1 < tokens.size() && tokens.capitalised(k + 1))) {
            k++;
        }
        return k > j + 1 && k < tokens.size() && tokens.is(k, ",") ? k : j;
    }

    /** At {@code k}: "'s" after a capitalised owner after a comma, ", Trump's senior adviser", ", the Secretary-General's envoy". */
    private static boolean ownersOfficial(TokenList tokens, int k) {
        return k >= 3 && k < tokens.size() && tokens.is(k, "'s") && tokens.capitalised(k - 1)
                && (tokens.is(k - 2, ",") || k >= 4 && tokens.is(k - 2, "the") && tokens.is(k - 3, ",")); // ", the Secretary-General's envoy"
    }

    /** After a title, "of the State Council", "of the Presidential Council": where the body's name ends, else {@code j}. */
    /**
     * Past more portfolios of the title ending at {@code j}: "Minister of State and for Foreign Affairs", "Minister of
     * Foreign Affairs, Regional Integration and International Trade": after "and" or a comma, capitalised words, one of
     * them a portfolio's, up to the comma or word that ends the title; else {@code j}.
     */
    private int portfolioTail(TokenList tokens, int j, boolean ofAPortfolio) {
        int end = j;
        int at = j; // past the segments read so far, which "Regional Integration" may end without a portfolio's word
        while (at + 1 < tokens.size() && (tokens.is(at, "and") || tokens.is(at, ",")) && at - j < 12) {
            int m = at + 1;
            if (m < tokens.size() && (tokens.is(m, "for") || tokens.is(m, "of"))) {
                m++;
            }
            int from = m;
            boolean portfolio = false;
            while (m < tokens.size() && m - from < 4 && tokens.capitalised(m) && tokens.word(m)) {
                portfolio |= lexicon.portfolioWords.contains(tokens, m);
                m++;
            }
            int words = from;
            while (words < m && lexicon.portfolioWords.contains(tokens, words)) {
                words++;
            }
            if (words > from && m - words >= 2) {
                end = words; // "Minister of Economy and Commerce Nicolás Grau": the last portfolio, then the name
                break;
            }
            int lastWord = m - 1;
            while (lastWord >= from && !lexicon.portfolioWords.contains(tokens, lastWord)) {
                lastWord--;
            }
            if (lastWord > from && m - (lastWord + 1) >= 2 && m - from == 4) {
                end = lastWord + 1; // "Minister of Roads and Urban Development Farzaneh Sadegh": a qualified portfolio, then the name
                break;
            }
            if (ofAPortfolio && !portfolio && tokens.is(at, "and") && from == at + 1 && m - from == 3 && closesAName(tokens, m)
                    && lexicon.roles.longest(tokens, from) == null && !lexicon.honorifics.contains(tokens, from)
                    && !lexicon.organisationWords.contains(tokens, from)) {
                end = from + 1; // "Minister of Investment and Downstreaming Rosan Roeslani": a portfolio the lists lack
                break;
            }
            if (!portfolio && tokens.is(at, "and") && from == at + 1 && m > from && m - from <= 3 && commaThenAName(tokens, m)
                    && lexicon.roles.longest(tokens, from) == null && !lexicon.honorifics.contains(tokens, from)
                    && !lexicon.organisationWords.contains(tokens, from)) {
                end = m; // "the Minister of Labour and Vocational Training, Heng Sour, and": a portfolio the lists lack
                break;
            }
            if (words == m && m > from && m + 1 < tokens.size() && tokens.is(m, "of")) {
                end = m; // "the Minister of Mines and Energy of Brazil, X": the portfolio ends where its country is told
                break;
            }
            if (m == from || m >= tokens.size() || !(tokens.is(m, ",") || tokens.is(m, "and"))) {
                break;
            }
            at = m;
            if (portfolio) {
                end = m;
            }
        }
        return end;
    }

    private int bodyEnd(TokenList tokens, int j, PlaceFinder.Found places) {
        int acronym = j + 1 < tokens.size() && tokens.is(j, "of") ? (tokens.is(j + 1, "the") ? j + 2 : j + 1) : -1;
        if (acronym > 0 && acronym + 1 < tokens.size() && tokens.allCaps(acronym) && tokens.word(acronym)
                && tokens.length(acronym) >= 2 && tokens.length(acronym) <= 6 && countryAt(places, acronym) == null
                && tokens.capitalised(acronym + 1) && !tokens.allCaps(acronym + 1) && !bodyWordWithin(tokens, acronym + 1, acronym + 5)
                && nameEnd(tokens, acronym + 1, places) - (acronym + 1) >= 2) {
            return acronym + 1; // "the Secretary General of the OSCE Feridun Sinirlioglu", "of NATO Mark Rutte"
        }
        if (j + 2 < tokens.size() && tokens.is(j, "of") && !tokens.is(j + 1, "the") && tokens.capitalised(j + 1)
                && countryAt(places, j + 1) == null) {
            int closed = commaClosedBody(tokens, j + 1, places);
            if (closed > 0) {
                return closed; // "the Secretary General of NATO, X"
            }
            int m = j + 1;
            while (m < tokens.size() && m < j + 4 && lexicon.organisationWords.contains(tokens, m)) {
                m++; // "Speaker of Parliament Nabih Berri"
            }
            return m > j + 1 ? m : j;
        }
        // "Minister of State at the Ministry of Foreign Affairs, X", "State Secretary at the Norwegian Ministry of ..."
        boolean atAMinistry = j + 2 < tokens.size() && tokens.is(j, "at")
                && (tokens.is(j + 2, "ministry") || j + 3 < tokens.size() && tokens.is(j + 3, "ministry") && tokens.capitalised(j + 2));
        if (j + 2 >= tokens.size() || !(tokens.is(j, "of") || atAMinistry) || !tokens.is(j + 1, "the")) {
            return j;
        }
        // the body's name ends at its last institution word: "of the National Assembly", "of the National People's
        // Congress Standing Committee" (a possessive inside it)
        int last = -1;
        for (int m = j + 2; m < tokens.size() && m < j + 8 && (tokens.capitalised(m) || m > j + 2 && tokens.is(m, "'s")); m++) {
            if (lexicon.organisationWords.contains(tokens, m)) {
                last = m; // "of the National Assembly Hun Sen": the name after the body's last such word
            }
        }
        if (last >= 0) {
            int closed = last + 2 < tokens.size() && (tokens.is(last + 1, "of") || tokens.is(last + 1, "for"))
                    ? commaClosedBody(tokens, last + 2, places) : -1;
            if (closed < 0 && last + 2 < tokens.size() && tokens.is(last + 1, "of") && tokens.is(last, "ministry")) {
                closed = afterThePortfolio(tokens, last + 2); // "at the Ministry of Foreign Affairs Eirik Sandvold"
            }
            // "the Chairman of the Assembly of Experts, X", "of the Union for the Mediterranean, X"; "of the International
            // Labour Organization (ILO), X": its acronym is part of the body's name
            return closed > 0 ? closed : pastAnAcronym(tokens, last + 1);
        }
        int closed = commaClosedBody(tokens, j + 2, places);
        return closed > 0 ? closed : Math.max(j, shortBody(tokens, j + 2, places)); // "the Chairman of the State Great Khural, X"
    }

    /**
     * "President of the Riigikogu Lauri Hussar will", "Speaker of the Lok Sabha Om Birla will": a body the lists lack, then a
     * name of two words, the sentence going on in lower case or punctuation; where the name starts, else -1. A run of three
     * capitalised words is a body of one word, a run of four a body of two; a longer run ("of the State Great Khural X Y")
     * is left alone, for where its body ends is not told.
     */
    private int shortBody(TokenList tokens, int body, PlaceFinder.Found places) {
        int run = body;
        while (run < tokens.size() && run - body <= 4 && tokens.capitalised(run) && tokens.word(run) && !tokens.allCaps(run)) {
            run++;
        }
        int name = run - body == 3 ? body + 1 : run - body == 4 ? body + 2 : -1;
        if (name < 0 || TokenSpan.covers(places.places(), body) || run < tokens.size() && !closesAName(tokens, run)) {
            return -1;
        }
        return nameEnd(tokens, name, places) == run ? name : -1;
    }

    /** After a portfolio's words from {@code from} ("Foreign Affairs and Trade"), where a capitalised name starts; else -1. */
    private int afterThePortfolio(TokenList tokens, int from) {
        int k = lexicon.portfolioEnd(tokens, from);
        return k > from && k < tokens.size() && tokens.capitalised(k) && tokens.word(k) ? k : -1;
    }

    /** A body's word among the capitalised words from {@code from}: "the OECS Authority", "the NPC Standing Committee". */
    private boolean bodyWordWithin(TokenList tokens, int from, int to) {
        for (int k = from; k < Math.min(to, tokens.size()) && tokens.capitalised(k); k++) {
            if (lexicon.organisationWords.contains(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** "of the Standing Committee ...", "of the National Assembly": the title after {@code at} is an institution's. */
    private static final WordSet INTRODUCING = WordSet.of("of", "by", "with", "said", "says", ":");

    /**
     * "Weekly agenda of Hadja Lahbib, Deputy Prime Minister and ...", "said Ana Silva, Minister of Defence": a name of
     * two words or more before the comma at {@code comma}, that opens the sentence or follows a word that introduces one.
     */
    private boolean introducedName(TokenList tokens, int comma, PlaceFinder.Found places) {
        comma = postNominal(tokens, comma);
        int start = nameBefore(tokens, comma, places);
        boolean courtesy = start > 0 && (lexicon.honorifics.contains(tokens, start - 1)
                || start > 1 && tokens.is(start - 1, ".") && lexicon.honorifics.contains(tokens, start - 2));
        // "by Hon. Nancy Tembo, Minister of ...", "on the Right Honourable Dr X, Vice President of ...": a courtesy
        // before it tells a name; else the sentence's start or a word that introduces one, or ", and" after another's
        return comma - start >= 2 && (courtesy || start == 0 || INTRODUCING.contains(tokens, start - 1)
                || start > 1 && tokens.is(start - 1, "and") && tokens.is(start - 2, ","));
    }

    /** "..., Industry, Trade and Services,": the most tokens of the portfolios after the first */
    private static final int PORTFOLIO_TOKENS = 8;

    /**
     * After a title at {@code comma}, the rest of its portfolios and the comma closing them (", African Integration and
     * Chadians Abroad, ", ", Industry, Trade and Services, "): where the name may begin; else {@code comma}.
     */
    private int morePortfolios(TokenList tokens, int comma) {
        if (comma >= tokens.size() || !tokens.is(comma, ",")) {
            return comma;
        }
        boolean and = false;
        int k = comma + 1;
        while (k < tokens.size() && k - comma <= PORTFOLIO_TOKENS && (tokens.capitalised(k) && tokens.word(k)
                && !lexicon.honorifics.contains(tokens, k) || tokens.is(k, "and") && k > comma + 1
                || tokens.is(k, ",") && !and && k > comma + 1 && k + 1 < tokens.size() && tokens.capitalised(k + 1))) {
            and |= tokens.is(k, "and");
            k++;
        }
        return and && k < tokens.size() && tokens.is(k, ",") && tokens.capitalised(k - 1) ? k + 1 : comma;
    }


    /** A name closed at {@code end} by the text's end or a closer, a member's letters between: "Niamh Smyth TD, will". */
    private boolean closedName(TokenList tokens, int end) {
        int k = end < tokens.size() && lexicon.postNominals.contains(tokens, end) && tokens.allCaps(end) ? end + 1 : end;
        return k >= tokens.size() || CLOSERS.contains(tokens, k);
    }

    /** "Hon. X, MP, Minister of ...": the comma before a member's letters after a name, else {@code comma} itself. */
    private int postNominal(TokenList tokens, int comma) {
        return comma >= 2 && lexicon.postNominals.contains(tokens, comma - 1) && tokens.allCaps(comma - 1) && tokens.is(comma - 2, ",")
                ? comma - 2 : comma;
    }

    private boolean ofABody(TokenList tokens, int at, PlaceFinder.Found places) {
        return bodyEnd(tokens, at, places) > at;
    }

    private static final WordSet CLOSERS = WordSet.of(",", ".", "(", ";", "-", "–", "—");

    private static final WordSet INSIDE_A_BODY = WordSet.of("of", "and", "for", "the");

    /**
     * Where the comma closing a body's name that starts at {@code from} stands, or -1: capitalised words, with "of",
     * "and", "for" and "the" between them, and a comma after a capitalised one. The comma is what tells the body's
     * name from the person's that follows it.
     */
    private static int commaClosedBody(TokenList tokens, int from, PlaceFinder.Found places) {
        for (int m = from; m < tokens.size() && m < from + 12; m++) { // "Mazhilis of the Parliament of the Republic of Kazakhstan,"
            int past = m > from ? pastAnAcronym(tokens, m) : m;
            if (past > m) {
                return past < tokens.size() && tokens.is(past, ",") ? past : -1; // "of the Organization for Migration (IOM),"
            }
            if (tokens.is(m, ",")) {
                return m > from && tokens.capitalised(m - 1) ? m : -1;
            }
            CountryMention country = countryAt(places, m);
            if (country != null && !country.demonym() && !(country.to() < tokens.size() && tokens.is(country.to(), ","))) {
                return -1; // "of the Communist Party of Viet Nam X, ...": the name follows the country
            }
            if (!tokens.capitalised(m) && !INSIDE_A_BODY.contains(tokens, m)
                    && !(m > from && tokens.is(m, "'s") && tokens.capitalised(m - 1))) { // "of the National People's Congress,"
                return -1;
            }
        }
        return -1;
    }

    /** Past a bracketed acronym at {@code at}, "(IOM)"; else {@code at}. */
    private static int pastAnAcronym(TokenList tokens, int at) {
        return at + 2 < tokens.size() && tokens.is(at, "(") && tokens.allCaps(at + 1) && tokens.word(at + 1)
                && tokens.is(at + 2, ")") ? at + 3 : at;
    }

    private static final WordSet BOTH_SIDES = WordSet.of("countries", "nations", "sides", "governments", "states");

    /** Past "of the two countries" or "of both sides" after a plural title, else {@code at}. */
    private static int ofTheTwo(TokenList tokens, int at) {
        if (at + 3 < tokens.size() && tokens.is(at, "of") && tokens.is(at + 1, "the") && tokens.is(at + 2, "two")
                && BOTH_SIDES.contains(tokens, at + 3)) {
            return at + 4;
        }
        if (at + 2 < tokens.size() && tokens.is(at, "of") && tokens.is(at + 1, "both") && BOTH_SIDES.contains(tokens, at + 2)) {
            return at + 3;
        }
        return at;
    }

    /**
     * "Foreign ministers Elina Valtonen of Finland and Espen Barth Eide of Norway": one plural title, then each
     * name with its country. Whether the sentence names an office of several at all.
     */
    private boolean pluralTitled(TokenList tokens, PlaceFinder.Found places, List<PersonMention> out) {
        boolean office = false;
        for (int k = 0; k < tokens.size(); k++) {
            PhraseTable.Match<String[]> role = lexicon.pluralRoles.longest(tokens, k);
            office |= role != null && role.value()[1] != null && !"-".equals(role.value()[1]);
            if (role == null || TokenSpan.covers(out, k)) {
                continue;
            }
            k = role.to() - 1;
            int afterTitle = ofTheTwo(tokens, role.to()); // "The defence ministers of the two countries, X of A and Y of B"
            int j = afterTitle < tokens.size() && tokens.is(afterTitle, ",") ? afterTitle + 1 : afterTitle;
            if (namedPair(tokens, places, j, role.value(), out) || ofEachCountry(tokens, places, role.to(), role.value(), out)) {
                continue;
            }
            String title = "-".equals(role.value()[1]) ? null : role.value()[1]; // "his counterparts X of A": no title of their own
            while (j < tokens.size()) {
                int nameEnd = nameEnd(tokens, j, places);
                int of = nameEnd + 1 < tokens.size() && tokens.is(nameEnd + 1, "the") ? nameEnd + 2 : nameEnd + 1;
                CountryMention cm = nameEnd > j && of < tokens.size() && tokens.is(nameEnd, "of") ? countryAt(places, of) : null;
                if (cm == null || cm.demonym()) {
                    break;
                }
                Person p = register(PlaceFinder.phrase(tokens, j, nameEnd), title, role.value()[2], cm.iso2());
                out.add(new PersonMention(j, cm.to(), p, false, speaker(tokens, j, cm.to())));
                j = cm.to();
                boolean comma = j < tokens.size() && tokens.is(j, ",");
                if (comma) {
                    j++; // "X of A, Y of B and Z of C"
                }
                if (j < tokens.size() && tokens.is(j, "and")) {
                    j++;
                } else if (!comma) {
                    break;
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return office;
    }

    /**
     * "Foreign Ministers Ana Silva and Jan Nowak will meet", "the two defence ministers, X and Y,": two names joined
     * by "and" after a plural title, each holding it; not when "of" and a country follow each name (see below).
     */
    private boolean namedPair(TokenList tokens, PlaceFinder.Found places, int from, String[] role, List<PersonMention> out) {
        int j = courtesyEnd(tokens, from); // "the Ministers of Foreign Affairs, Mr X and Mr Y"
        int firstEnd = nameEnd(tokens, j, places);
        // one word will do after a courtesy: "their Foreign Ministers, Dr Ana Silva and Mr Sukarno"
        if (firstEnd - j < (j > from ? 1 : 2) || firstEnd >= tokens.size() || !tokens.is(firstEnd, "and")) {
            return false;
        }
        int second = courtesyEnd(tokens, firstEnd + 1);
        int secondEnd = nameEnd(tokens, second, places);
        if (secondEnd - second < (second > firstEnd + 1 ? 1 : 2) || secondEnd < tokens.size() && tokens.capitalised(secondEnd) || secondEnd < tokens.size()
                && tokens.is(secondEnd, "of")) {
            return false; // "X of Finland and Y of Norway" is read with the countries
        }
        Person a = register(PlaceFinder.phrase(tokens, j, firstEnd), role[1], role[2], null);
        out.add(new PersonMention(j, firstEnd, a, false, speaker(tokens, j, firstEnd)));
        Person b = register(PlaceFinder.phrase(tokens, second, secondEnd), role[1], role[2], null);
        out.add(new PersonMention(second, secondEnd, b, false, speaker(tokens, second, secondEnd)));
        return true;
    }

    /**
     * "The Ministers of Foreign Affairs of Brazil, Mauro Vieira, and of Colombia, Álvaro Leyva Durán, will meet": each
     * country, then its holder of the title between commas.
     */
    private boolean ofEachCountry(TokenList tokens, PlaceFinder.Found places, int j, String[] role, List<PersonMention> out) {
        int found = 0;
        while (j + 3 < tokens.size() && tokens.is(j, "of")) {
            CountryMention cm = countryAt(places, tokens.is(j + 1, "the") ? j + 2 : j + 1);
            if (cm == null || cm.demonym() || cm.to() >= tokens.size() || !tokens.is(cm.to(), ",")) {
                break;
            }
            int name = cm.to() + 1;
            int nameEnd = nameEnd(tokens, name, places);
            if (nameEnd - name < 2) {
                break;
            }
            Person p = register(PlaceFinder.phrase(tokens, name, nameEnd), role[1], role[2], cm.iso2());
            out.add(new PersonMention(name, nameEnd, p, false, speaker(tokens, name, nameEnd)));
            found++;
            j = nameEnd < tokens.size() && tokens.is(nameEnd, ",") ? nameEnd + 1 : nameEnd;
            if (j + 1 < tokens.size() && tokens.is(j, "and") && tokens.is(j + 1, "of")) {
                j++;
            } else {
                break;
            }
        }
        return found > 0;
    }

    private static final WordSet AFTER_NAME = WordSet.of("will", "plans", "is", "was", "has", "had", "would", "visits", "meets",
            "hosts", "travels", "arrives", "heads", "to", "lands", "said", "says", "spoke", "speaks", "told");
    /** of {@link #AFTER_NAME}, the verbs a body speaks with too ("Human Rights Watch said"): no body's word in the name */
    private static final WordSet SPOKEN_AFTER_NAME = WordSet.of("said", "says", "spoke", "speaks", "told");
    /**
     * Words opening a sentence's first clause before its subject: "When X lands in Jakarta", "Once X arrives", "Why X
     * will travel ... remains unclear".
     */
    private static final WordSet OPENING_SUBORDINATORS = WordSet.of("when", "once", "after", "before", "while", "if",
            "although", "though", "since", "until", "unless", "because", "as", "what", "why", "how", "whether");
    /** "for the", "to the": after these no untitled person's name begins, a portfolio's or a place's does */
    private static final WordSet PREPOSITIONS_BEFORE_A_NAME = WordSet.of("for", "of", "to", "in", "at", "from", "into",
            "near", "via");
    private static final WordSet BEFORE_NAME = WordSet.of("meet", "meets", "host", "hosts", "with", "by", "between", "hosted", "welcome",
            "welcomes", "receive", "receives");

    /** the most words a title before "of" has: "Deputy Secretary General of" */
    private static final int TITLE_WORDS = 4;

    /** A title and "of" end just before {@code i}: "Secretary General of X" names the body whose office it is. */
    private boolean titleOfBefore(TokenList tokens, int i) {
        if (i < 2 || !tokens.is(i - 1, "of")) {
            return false;
        }
        for (int k = Math.max(0, i - 1 - TITLE_WORDS); k < i - 1; k++) {
            PhraseTable.Match<String[]> role = lexicon.roles.longest(tokens, k);
            if (role != null && role.to() == i - 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names without a title, told by their place in the sentence: "Xi Jinping will visit ...",
     * "... will meet Emmanuel Macron". Two or three capitalised words that are no place, body or rule word.
     */
    List<PersonMention> untitled(TokenList tokens, List<PersonMention> titled, PlaceFinder.Found places) {
        List<PersonMention> out = new ArrayList<>(titled);
        for (int i = 0; i < tokens.size(); i++) {
            boolean shouted = courtesyInCapitalsBefore(tokens, i); // "THE HON PAT RYAN"
            if (TokenSpan.covers(out, i) || !plainName(tokens, i, places) && !shoutedName(tokens, i, places, shouted)) {
                continue;
            }
            int j = i;
            int firstShouted = -1;
            while (j < tokens.size() && j - i < 3 && (plainName(tokens, j, places) || shoutedName(tokens, j, places, shouted))
                    && !TokenSpan.covers(out, j)) {
                if (firstShouted < 0 && !plainName(tokens, j, places)) {
                    firstShouted = j;
                }
                j++;
            }
            if (firstShouted >= 0 && !closedName(tokens, j)) {
                // "SIR KEIR EYES EU DEAL": a headline's words run on, only a heading's name stands alone (and the
                // scan goes on past i, whatever is cut)
                j = Math.max(firstShouted, i + 1);
            }
            boolean adjective = j < tokens.size() && tokens.word(j) && !tokens.capitalised(j)
                    && !FOLLOWS_NAME.contains(tokens, j); // "with Southeast Asian neighbours"
            boolean before = i > 0 && BEFORE_NAME.contains(tokens, i - 1) && !adjective;
            boolean who = j + 1 < tokens.size() && tokens.is(j, ",") && tokens.is(j + 1, "who"); // "X, who was sworn in ..."
            boolean after = j < tokens.size() && (AFTER_NAME.contains(tokens, j) && !(SPOKEN_AFTER_NAME.contains(tokens, j)
                        && bodysWordWithin(tokens, i, j)) || who)
                    && (i == 0 || !tokens.capitalised(i - 1) || i == 1 && OPENING_SUBORDINATORS.contains(tokens, 0)) // "When X lands"
                    && !(tokens.is(j, "heads") && !(j + 1 < tokens.size() && tokens.is(j + 1, "to"))); // "West African heads of state
            // "Brazil's Luiz Inacio Lula da Silva", "Argentina's Javier Milei": the country's own, by its possessive
            CountryMention owner = i >= 2 && tokens.is(i - 1, "'s") ? countryEndingAt(places, i - 1) : null;
            // "meets Pacific Islands Forum Secretary General X": the words begin a body's name
            boolean body = j < tokens.size() && tokens.capitalised(j) && lexicon.organisationWords.contains(tokens, j);
            // "the Joint Commission for Border Crossings will meet": the rest of a body's name
            body |= i >= 2 && (tokens.is(i - 1, "for") || tokens.is(i - 1, "of") || tokens.is(i - 1, "on"))
                    && tokens.capitalised(i - 2) && lexicon.organisationWords.contains(tokens, i - 2);
            int start = i;
            if (titleOfBefore(tokens, i)) {
                if (j - i == 3 && !(j < tokens.size() && plainName(tokens, j, places))) {
                    start = i + 1; // "Minister of Hydrocarbons Mohamed Arkab will": a word of the office, then the name
                } else {
                    body = true; // "The Secretary General of La Francophonie on a mission to X": the body
                }
            }
            boolean courtesy = i > 0 && ClauseWords.COURTESIES.contains(tokens, i - 1) // "Office of the Rt Hon Winston Peters"
                    || i > 1 && tokens.is(i - 1, ".") && ClauseWords.COURTESIES.contains(tokens, i - 2); // "by Hon. Kofi Mensah"
            boolean joined = !adjective && joinedToAPerson(tokens, i, out);
            // "Minister for the Overseas Territories to visit Mauritius": after "for the", a portfolio's name (but "On
            // Tuesday the Holy Father flies to ..."); nor "travel to the Westman Islands to learn ...": a place's
            boolean notAPersons = i > 1 && tokens.is(i - 1, "the") && PREPOSITIONS_BEFORE_A_NAME.contains(tokens, i - 2)
                    || ClauseWords.ISLANDS.contains(tokens, j - 1); // "cross to Robben Island to visit the museum": land
            if (j - i >= 2 && !notAPersons && (before || after || owner != null || courtesy || joined || closingAppositive(tokens, i, j)) && !body) {
                Person p = register(PlaceFinder.phrase(tokens, start, j), null, "-", owner != null ? owner.iso2() : null);
                int from = owner != null ? owner.from() : start; // the possessive belongs to the mention, as a title's country does
                boolean speaker = speaker(tokens, from, j);
                if (speaker) {
                    p.speakerMentions++; // "Official Spokesperson, Shri X: Good afternoon": no one the report follows
                }
                out.add(new PersonMention(from, j, p, false, speaker));
            }
            i = j - 1;
        }
        out.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return out;
    }

    private boolean bodysWordWithin(TokenList tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lexicon.organisationWords.contains(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "welcomed by a president then in her first term, Hilda Heine.": a name closing the sentence after a comma, with an
     * office among the few words before it.
     */
    private boolean closingAppositive(TokenList tokens, int from, int to) {
        if (from < 2 || !tokens.is(from - 1, ",") || !(to == tokens.size() || to + 1 == tokens.size() && tokens.is(to, "."))) {
            return false;
        }
        for (int k = from - 2; k >= 0 && from - 1 - k <= 6; k--) {
            if (lexicon.roles.longest(tokens, k) != null && !tokens.capitalised(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "with Hanke Bruins Slot (Netherlands) and Jean Asselborn (Luxembourg)": "and" at {@code at - 1} joins the name at
     * {@code at} to a person just told, or to the parenthesis just after one.
     */
    private static boolean joinedToAPerson(TokenList tokens, int at, List<PersonMention> found) {
        if (at < 2 || !tokens.is(at - 1, "and")) {
            return false;
        }
        int end = at - 1;
        if (tokens.is(end - 1, ")")) {
            int open = end - 2;
            while (open > 0 && end - open < 6 && !tokens.is(open, "(")) {
                open--;
            }
            end = tokens.is(open, "(") ? open : end;
        }
        for (PersonMention m : found) {
            if (m.to() == end) {
                return true;
            }
        }
        return false;
    }

    private boolean plainName(TokenList tokens, int at, PlaceFinder.Found places) {
        return plainName(tokens, at, places, false);
    }

    /**
     * A courtesy in capitals right before {@code at} ("THE HON", "DR"): a heading's name follows, whose short words in
     * capitals are a name's ("WONG", "PAT"), not acronyms.
     */
    private static boolean courtesyInCapitalsBefore(TokenList tokens, int at) {
        return at > 0 && ClauseWords.COURTESIES.contains(tokens, at - 1) && tokens.allCaps(at - 1);
    }

    /** The end of the run of capitalised name words from {@code at} in a heading in capitals. */
    private int shoutedEnd(TokenList tokens, int at, PlaceFinder.Found places) {
        int end = at;
        while (end < tokens.size() && end - at < NAME_WORDS && (nameToken(tokens, end, places) || shoutedName(tokens, end, places, true))) {
            end++;
        }
        return end;
    }

    private boolean shoutedName(TokenList tokens, int at, PlaceFinder.Found places, boolean shouted) {
        return shouted && tokens.allCaps(at) && !lexicon.postNominals.contains(tokens, at) && plainName(tokens, at, places, true);
    }

    private boolean plainName(TokenList tokens, int at, PlaceFinder.Found places, boolean shouted) {
        return tokens.capitalised(at) && tokens.word(at) && nameToken(tokens, at, places, shouted) && !TokenSpan.covers(places.places(), at)
                && !TokenSpan.covers(places.areas(), at) // "the South Caucasus has been": a region
                && !lexicon.organisationWords.contains(tokens, at) && tokens.length(at) > 1
                && !lexicon.honorifics.contains(tokens, at) // "Mr Modi": the courtesy is no part of the name
                && !lexicon.roles.isPhrase(tokens, at) && lexicon.pluralRoles.longest(tokens, at) == null
                && !BARE_TITLES.contains(tokens, at) && !shoutedWord(tokens, at)
                && lexicon.triggers.longest(tokens, at) == null && lexicon.cues.longest(tokens, at) == null
                && lexicon.anchors.longest(tokens, at) == null && !FUNCTION_WORDS.contains(tokens, at)
                && !PREPOSITIONS.contains(tokens, at); // "For Salam, who faces an election": a preposition is no part of a name
    }

    /** "10:30 a.m. LOCAL Secretary Nowak meets": titles and a shouted label are no part of a name. */
    private static final WordSet BARE_TITLES = WordSet.of("secretary", "minister", "ambassador", "envoy", "spokesperson",
            "spokesman", "spokeswoman");

    /** A word in capitals among words that are not ("10:30 a.m. LOCAL Secretary"): a label, not a name. */
    private static boolean shoutedWord(TokenList tokens, int at) {
        return tokens.length(at) >= 4 && tokens.allCaps(at) && at + 1 < tokens.size() && tokens.word(at + 1)
                && !tokens.allCaps(at + 1);
    }

    private static final WordSet FOLLOWS_NAME = WordSet.of("on", "in", "at", "and", "to", "for", "during", "next", "this",
            "later", "before", "after", "while", "who", "as", "from", "of", "said", "says", "will", "is", "was");
    private static final WordSet PREPOSITIONS = WordSet.of("from", "to", "for", "with", "by", "of", "via", "into");
    private static final WordSet FUNCTION_WORDS = WordSet.of("the", "a", "an", "in", "on", "at", "during", "after", "before",
            "upon", "while", "following", "he", "she", "they", "it", "his", "her", "their", "this", "that", "but", "and",
            "meanwhile", "separately", "earlier", "later", "last", "next", "both", "officials", "some", "many", "whether",
            "if", "when", "although", "though", "since", "as", "what", "why", "how", "once",
            "until", "unless", "because");

    /** Later mentions by one part of a known name ("Mondino", "Sisi"), outside spans already taken. */
    List<PersonMention> shortMentions(TokenList tokens, List<PersonMention> titled, PlaceFinder.Found places) {
        List<PersonMention> out = new ArrayList<>(titled);
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.capitalised(i) || !tokens.word(i) || TokenSpan.covers(titled, i) || insideNonCity(places, i)
                    || insideLongerTown(places, i)) {
                continue;
            }
            Person p = people.get(tokens, i);
            if (p == null) {
                p = parts.get(tokens, i);
                if (p != null && (!listed.contains(p) || !p.answersTo(tokens.norm(i)))) {
                    p = null;
                }
                if (p != null && !p.last().equals(tokens.norm(i)) && townAfterAPreposition(tokens, i, places)) {
                    p = null; // "to stop in Washington": the town, not Premier Washington Misick
                }
            }
            if (p != null) {
                int to = i + 1;
                while (to < tokens.size() && to - i < 4 && p.nameKeys.length > 1 && contains(p.nameKeys, tokens.norm(to))) {
                    to++;
                }
                if (to == i + 1 && p.nameKeys.length > 1 && p.nameKeys[0].equals(tokens.norm(i)) && to < tokens.size()
                        && !TokenSpan.covers(titled, to) && nameToken(tokens, to, places)) {
                    while (i + 1 < tokens.size() && !TokenSpan.covers(titled, i + 1) && nameToken(tokens, i + 1, places)) {
                        i++;
                    }
                    continue; // "Li Zhanshu" after "Li Keqiang", "Kim Yo Jong" after "Kim Jong Un": another of the family name
                }
                p.mentions++;
                boolean speaker = speaker(tokens, i, to);
                if (speaker) {
                    p.speakerMentions++;
                }
                out.add(new PersonMention(i, to, p, false, speaker));
                i = to - 1;
            }
        }
        out.sort((a, b) -> Integer.compare(a.from(), b.from()));
        for (PersonMention m : out) {
            boolean invited = m.from() > 1 && tokens.is(m.from() - 1, "of") && tokens.is(m.from() - 2, "invitation");
            if (m.from() > 0 && RECEIVING.contains(tokens, m.from() - 1) || invited) {
                m.person().receivingMentions++; // "talks with X", "hosted by X", "at the invitation of X"
            }
        }
        return out;
    }

    /**
     * "PETR NOVAK, Prime Minister", "ANA SILVA, President of the National Assembly": a line of a schedule that is a
     * name in capitals and the title of its bearer, whose items follow. Null for any other sentence.
     */
    private PersonMention scheduleHeading(TokenList tokens, PlaceFinder.Found places) {
        int comma = 0;
        while (comma < tokens.size() && comma < 5 && tokens.allCaps(comma) && tokens.length(comma) > 1
                && nameToken(tokens, comma, places, true)) {
            comma++;
        }
        if (comma < 2 || comma >= tokens.size() || !tokens.is(comma, ",")) {
            return null;
        }
        PhraseTable.Match<String[]> role = lexicon.roles.longest(tokens, comma + 1);
        if (role == null || "-".equals(role.value()[1])) {
            return null;
        }
        int end = role.to();
        String country = role.value().length > 3 && !role.value()[3].isEmpty() ? role.value()[3] : null;
        CountryMention of = end + 1 < tokens.size() && tokens.is(end, "of") ? countryAt(places, tokens.is(end + 1, "the") ? end + 2 : end + 1) : null;
        if (of != null && !of.demonym()) {
            country = of.iso2();
            end = of.to();
        } else {
            end = bodyEnd(tokens, end, places);
        }
        if (end < tokens.size()) {
            return null; // the line holds more than the name and the title
        }
        Person p = register(PlaceFinder.phrase(tokens, 0, comma), role.value()[1], role.value()[2], country);
        return new PersonMention(0, end, p, false, false);
    }

    /** A name of letters in capitals only, with at least two of them in a word: "PEDRO SÁNCHEZ", not "J. K." */
    private static boolean shouted(String name) {
        boolean letters = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= i > 0 && Character.isUpperCase(c) && Character.isUpperCase(name.charAt(i - 1));
        }
        return letters;
    }

    /** "PEDRO SÁNCHEZ" → "Pedro Sánchez", "JEAN-PIERRE" → "Jean-Pierre", "O'NEILL" → "O'Neill": each word capitalised. */
    private static String capitalisedWord(String word) {
        StringBuilder b = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    /** "Amir Khan Muttaqi": a title that is also a given name, with no article before it and no courtesy after it. */
    private boolean givenName(TokenList tokens, int at, int roleEnd) {
        return roleEnd == at + 1 && lexicon.titlesAlsoNames.contains(tokens, at) && !(at > 0 && tokens.is(at - 1, "the"))
                && !(roleEnd < tokens.size() && lexicon.honorifics.contains(tokens, roleEnd));
    }

    /**
     * Narrower than the prepositions that herald a town in {@link PlaceFinder}: "the visit of Washington Misick" and
     * "for Washington Misick" name the person.
     */
    private static final WordSet TOWN_PREPOSITIONS = WordSet.of("in", "to", "from", "at", "via", "into");

    /** A town the gazetteer knows, right after "in", "to", "from" ...: "stop in Washington". */
    private static boolean townAfterAPreposition(TokenList tokens, int at, PlaceFinder.Found places) {
        if (at == 0 || !TOWN_PREPOSITIONS.contains(tokens, at - 1)) {
            return false;
        }
        for (PlaceMention p : places.places()) {
            if (p.from() == at && p.kind() == PlaceMention.Kind.CITY) {
                return true;
            }
        }
        return false;
    }

    /** Words before a name that make its bearer the one met rather than the one who goes. */
    private static final WordSet RECEIVING = WordSet.of("with", "by", "receives", "welcomes", "meets");

    private static boolean contains(String[] keys, String key) {
        for (String k : keys) {
            if (k.equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** offices a reigning monarch holds, which no one holds beside another office */
    private static final Set<String> MONARCHS = Set.of("King", "Queen", "Sultan", "Emir", "Emperor", "Grand Duke");

    private Person register(String shown, String role, String domain, String country) {
        String plain = shown.indexOf('"') >= 0 || shown.indexOf('\u201c') >= 0 ? QUOTED_NICKNAME.matcher(shown).replaceAll("") : shown;
        String name = shouted(plain) ? capitalisedWord(plain) : plain; // "PEDRO SÁNCHEZ" in a schedule's heading
        String key = Tokenizer.key(name);
        Person p = people.get(key);
        if (p == null && key.indexOf(' ') < 0) {
            // the first registered full name with this word in it: an index of the words, not a scan of everyone
            List<Person> named = byWord.get(key);
            if (named != null) {
                for (Person q : named) { // in registration order, as in order; full names are never removed from it
                    if (q.first().equals(key) || q.last().equals(key) || q.answersTo(key)) {
                        p = q;
                        break;
                    }
                }
            }
        }
        if (p == null && key.indexOf(' ') > 0) {
            // "Bhutto Zardari" after "Bilawal Bhutto Zardari": part of a full name told before
            String[] words = key.split(" ");
            for (Person q : byWord.getOrDefault(words[0], List.of())) {
                if (q.nameKeys.length > words.length && java.util.Arrays.asList(q.nameKeys).containsAll(java.util.Arrays.asList(words))) {
                    p = q;
                    break;
                }
            }
        }
        if (p == null && key.indexOf(' ') > 0) {
            // a full name after an earlier surname-only mention: "President Boric" then "President Gabriel Boric"
            Person shorter = null;
            int shorterAt = -1;
            for (String end : new String[] {key.substring(0, key.indexOf(' ')), key.substring(key.lastIndexOf(' ') + 1)}) {
                List<Person> same = singles.get(end);
                if (same == null) {
                    continue;
                }
                for (Person q : same) { // the last in order of those the key starts or ends with
                    int at = order.indexOf(q);
                    if (at > shorterAt) {
                        shorter = q;
                        shorterAt = at;
                    }
                }
            }
            // not "Prime Minister Fahd Haitham" after "His Majesty Sultan Haitham": a reigning monarch and another office
            // are two people ("President Xi" and "General Secretary Xi Jinping" are one)
            if (shorter != null && (shorter.role == null || role == null || Person.sameOffice(shorter.role, role)
                    || MONARCHS.contains(shorter.role) == MONARCHS.contains(role))) {
                singles.get(shorter.first()).remove(shorter);
                p = lengthened(shorter, name, key);
            }
        }
        if (p == null && key.indexOf(' ') > 0) {
            // "Sánchez Pérez" in a headline, then "Laura Sánchez Pérez": a name of two words or more told first
            String[] words = key.split(" ");
            for (int k = words.length - 1; k >= 2 && p == null; k--) {
                Person shorter = shorterName(String.join(" ", java.util.Arrays.copyOfRange(words, words.length - k, words.length)), k);
                if (shorter == null) {
                    shorter = shorterName(String.join(" ", java.util.Arrays.copyOfRange(words, 0, k)), k);
                }
                if (shorter != null && (shorter.role == null || role == null || Person.sameOffice(shorter.role, role))) {
                    p = lengthened(shorter, name, key); // not "First Lady Iriana Joko Widodo" after President Joko Widodo
                }
            }
        }
        if (p == null) {
            p = new Person(name, role, "-".equals(domain) ? null : domain, country);
            people.put(key, p);
            add(p);
        } else {
            if (p.country == null) {
                p.country = country;
            }
            if (p.role == null) {
                p.role = role;
            } else if (role != null && lexicon.ranks.contains(p.role) && !lexicon.ranks.contains(role)
                    || lexicon.officeOverSeat(p.role, role)) {
                p.role = role; // "Gen. X, President of the Republic of Y,": the office, not the grade
                p.domain = "-".equals(domain) ? null : domain;
            }
        }
        p.mentions++;
        for (String part : p.nameKeys) {
            int dash = part.indexOf('-');
            parts.putIfAbsent(part, p);
            if (dash > 0 && dash < 4) {
                parts.putIfAbsent(part.substring(dash + 1), p); // "al-sisi" answers to "sisi"
            }
        }
        return p;
    }

    /** The person registered under exactly {@code key}, a name of {@code words} words, or null. */
    private Person shorterName(String key, int words) {
        Person q = people.get(key);
        return q != null && q.nameKeys.length == words && listed.contains(q) ? q : null;
    }

    /**
     * The same person, now with the full name: renamed in place, so that what was told of the short mention
     * ("Kerry to visit China next week") stays that person's.
     */
    private Person lengthened(Person shorter, String name, String key) {
        String oldKey = String.join(" ", shorter.nameKeys);
        order.remove(shorter);
        listed.remove(shorter);
        shorter.rename(name);
        people.put(key, shorter);
        add(shorter);
        people.put(oldKey, shorter);
        return shorter;
    }

    /** Appends to {@link #order} and to the indexes that stand in for scans of it. */
    private void add(Person p) {
        order.add(p);
        listed.add(p);
        if (p.nameKeys.length == 1) {
            singles.computeIfAbsent(p.first(), k -> new ArrayList<>(1)).add(p);
            return;
        }
        // every word a full name answers to: a whole name part, or what follows a dash in one ("al-sisi" → "sisi")
        Set<String> words = new java.util.HashSet<>();
        for (String part : p.nameKeys) {
            words.add(part);
            for (int dash = part.indexOf('-'); dash >= 0; dash = part.indexOf('-', dash + 1)) {
                words.add(part.substring(dash + 1));
            }
        }
        for (String w : words) {
            List<Person> named = byWord.computeIfAbsent(w, k -> new ArrayList<>(1));
            if (!named.contains(p)) { // a name lengthened in place is added again
                named.add(p);
            }
        }
    }

    private record Modifiers(int start, String country, boolean former) {
    }

    /** Walks back over "the new Polish", "then French", "Warsaw's", "Argentina's" before a title. */
    private Modifiers modifiers(TokenList tokens, int roleStart, PlaceFinder.Found places) {
        int k = roleStart;
        String country = null;
        boolean former = false;
        while (k > 0) {
            CountryMention cm = countryEndingAt(places, k);
            if (cm != null) {
                if (country == null) {
                    country = cm.iso2();
                }
                k = cm.from();
                continue;
            }
            if (tokens.is(k - 1, "'s") && k >= 2) {
                CountryMention owner = countryEndingAt(places, k - 1);
                if (owner != null) {
                    if (country == null) {
                        country = owner.iso2();
                    }
                    k = owner.from();
                    continue;
                }
            }
            PhraseTable.Match<java.util.List<String[]>> cue = lexicon.cueAt(tokens, k - 1);
            if (Lexicon.has(cue, "former") && cue.to() == k) {
                former = true;
                k--;
                continue;
            }
            PhraseTable.Match<java.util.List<String[]>> pair = k >= 2 ? lexicon.cueAt(tokens, k - 2) : null;
            if (Lexicon.has(pair, "former") && pair.to() == k) {
                former = true; // "a statue of President X": commemorated, not there
                break;
            }
            int joined = k >= 3 && tokens.is(k - 1, "and") ? titleEndingAt(tokens, k - 1) : -1;
            if (joined >= 0 && !heldAlready(tokens, joined, k - 1)) {
                k = joined; // "Crown Prince and Prime Minister X": both titles are X's
                continue;
            }
            if (MODIFIERS.contains(tokens, k - 1) || tokens.norm(k - 1).endsWith("-century")) {
                k--; // "a statue of 19th-century Mexican President X"
                continue;
            }
            CountryMention counterpartOf = k == roleStart && k >= 3 && tokens.is(k - 1, ",") && ClauseWords.COUNTERPART_OR_HOST.contains(tokens, k - 2)
                    ? countryEndingAt(places, k - 2) : null;
            if (counterpartOf != null && counterpartOf.demonym()) {
                country = counterpartOf.iso2(); // "his Peruvian counterpart, Foreign Minister X": whose counterpart X is
                k = counterpartOf.from();
            }
            break;
        }
        return new Modifiers(k, country, former);
    }

    /**
     * Whether the title at {@code [from, to)} is the role of someone named before: "His Majesty the Sultan and President
     * X" are two people when the report has named its Sultan.
     */
    private boolean heldAlready(TokenList tokens, int from, int to) {
        PhraseTable.Match<String[]> role = lexicon.roles.longest(tokens, from);
        if (role == null || role.to() != to) {
            return false;
        }
        for (Person p : order) {
            if (role.value()[1].equals(p.role)) {
                return true;
            }
        }
        return false;
    }

    /** Where a title ending at {@code end} (exclusive) starts, or -1: the "Crown Prince" of "Crown Prince and ...". */
    private int titleEndingAt(TokenList tokens, int end) {
        for (int start = Math.max(0, end - 4); start < end; start++) {
            PhraseTable.Match<String[]> role = lexicon.roles.longest(tokens, start);
            if (role != null && role.to() == end && tokens.capitalised(start)) {
                return start;
            }
        }
        return -1;
    }

    private int courtesyEnd(TokenList tokens, int from) {
        return lexicon.courtesyEnd(tokens, from);
    }

    /** the most words a name has; with particles ("Mohammed bin Abdulrahman bin Jassim Al Thani") two more */
    private static final int NAME_WORDS = 6;
    private static final int NAME_WORDS_WITH_PARTICLES = 8;

    private int nameEnd(TokenList tokens, int from, PlaceFinder.Found places) {
        int k = from;
        int most = NAME_WORDS;
        boolean shouted = courtesyInCapitalsBefore(tokens, from); // "SENATOR THE HON PENNY WONG", a release's heading
        while (k < tokens.size() && k - from < most) {
            if (lexicon.nameParticles.contains(tokens, k)) {
                most = NAME_WORDS_WITH_PARTICLES;
            }
            if (tokens.length(k) == 1 && Character.isUpperCase(tokens.charAt(k, 0)) && k + 2 < tokens.size()
                    && tokens.is(k + 1, ".") && nameToken(tokens, k + 2, places)) {
                k += 2; // an initial: "S. Jaishankar"
            } else if (k == from && GIVEN_NAME_SHORTENINGS.contains(tokens, k) && tokens.capitalised(k) && k + 2 < tokens.size()
                    && tokens.is(k + 1, ".") && nameToken(tokens, k + 2, places)) {
                k += 2; // a given name shortened: "Md. Touhid Hossain", "Mohd. Hasan"
            } else if (k == from && tokens.allCaps(k) && tokens.length(k) == 2 && tokens.word(k) && countryAt(places, k) == null
                    && !insideNonCity(places, k) && k + 1 < tokens.size() && !tokens.allCaps(k + 1) && nameToken(tokens, k + 1, places)) {
                k++; // initials without stops: "KP Sharma Oli"
            } else if (nameToken(tokens, k, places)) {
                k++;
            } else if (shoutedName(tokens, k, places, shouted) && closedName(tokens, shoutedEnd(tokens, k, places))) {
                return shoutedEnd(tokens, k, places); // "SENATOR THE HON PAT RYAN": a heading's name in capitals, alone on its line
            } else if (k > from && nickname(tokens, k) && nameToken(tokens, k + 3, places) && (closesAName(tokens, k + 4)
                    || nameToken(tokens, k + 4, places) && closesAName(tokens, k + 5))) {
                // "Prime Minister Philip "Brave" Davis at", "Governor Maria "Malu" Leon Guerrero will": a quoted nickname
                // between the given name and a family name of one or two words
                k += 3;
            } else if (weekdayInACourtesyName(tokens, from, k)) {
                k++; // "Dr Godwin Friday", "Hon. Monday Semaya Kumba": a weekday's word as a name
            } else if (k > from && familyNameLikeATitle(tokens, k, places)) {
                k++; // "Madeleine King,": a title's word as the family name, closing the name
                break;
            } else if (k > from && k + 1 < tokens.size() && titleWordInAName(tokens, k, places)
                    && nameToken(tokens, k + 1, places) && closesAName(tokens, k + 2)) {
                k += 2; // "Hassan Sheikh Mohamud will": a title's word inside the name
                break;
            } else if (lexicon.nameParticles.contains(tokens, k) && k > from && particlesThenName(tokens, k, places)) {
                k++;
            } else if (k == from && k + 1 < tokens.size() && tokens.capitalised(k) && countryAt(places, k) != null
                    && countryAt(places, k).to() == k + 1 && nameToken(tokens, k + 1, places)
                    && !tokens.is(k + 1, "'s")) {
                k++; // "Foreign Minister Israel Katz": a country's name as a given name
            } else if (k > from && tokens.capitalised(k) && !tokens.allCaps(k) && countryAt(places, k) != null
                    && countryAt(places, k).to() == k + 1 && !countryAt(places, k).demonym()
                    && (k + 1 == tokens.size() || !tokens.is(k + 1, "'s") && !nameToken(tokens, k + 1, places))) {
                k++; // "Prime Minister Luís Montenegro": a country's name as the family name
                break;
            } else {
                break;
            }
        }
        return k;
    }

    private boolean nameToken(TokenList tokens, int at, PlaceFinder.Found places) {
        return nameToken(tokens, at, places, false);
    }

    private static final WordSet OPENING_QUOTES = WordSet.of("\"", "\u201c");
    private static final WordSet CLOSING_QUOTES = WordSet.of("\"", "\u201d");

    /** A quoted capitalised word from {@code at}: the nickname in "Philip "Brave" Davis". */
    private static boolean nickname(TokenList tokens, int at) {
        return at + 3 < tokens.size() && OPENING_QUOTES.contains(tokens, at) && tokens.capitalised(at + 1)
                && tokens.word(at + 1) && CLOSING_QUOTES.contains(tokens, at + 2);
    }

    /** "Philip "Brave" Davis" is registered as Philip Davis. */
    private static final java.util.regex.Pattern QUOTED_NICKNAME = java.util.regex.Pattern.compile(" ?[\"\u201c][^\"\u201d]*[\"\u201d]");

    /** A one-word title ("King", "Prince") after a given name, with a comma, a stop or a verb after it. */
    private boolean familyNameLikeATitle(TokenList tokens, int at, PlaceFinder.Found places) {
        return titleWordInAName(tokens, at, places) && closesAName(tokens, at + 1);
    }

    /**
     * A weekday's word in a name that a courtesy opens: its first word ("Dr Friday would", "Hon. Monday Semaya Kumba")
     * or the last, closed by a comma or a stop ("Dr Godwin Friday,"); not one followed by a date's number or a part of
     * the day, and not "Dr Abiy Ahmed Friday will travel", where the weekday is the date.
     */
    private boolean weekdayInACourtesyName(TokenList tokens, int from, int k) {
        int opener = from > 0 && tokens.is(from - 1, ".") ? from - 2 : from - 1;
        if (opener < 0 || !Calendar.isWeekday(tokens, k) || !tokens.capitalised(k) || tokens.allCaps(k)
                || tokens.is(opener, "the") || !lexicon.honorifics.contains(tokens, opener)) {
            return false;
        }
        boolean dated = k + 1 < tokens.size() && (Character.isDigit(tokens.charAt(k + 1, 0)) || Calendar.isPartOfDay(tokens, k + 1));
        boolean closing = k + 1 >= tokens.size() || tokens.is(k + 1, ",") || tokens.is(k + 1, ".");
        return !dated && (k == from || closing);
    }

    /** A one-word title's word ("King", "Sheikh"), capitalised but not shouted, that may be a word of a name. */
    private boolean titleWordInAName(TokenList tokens, int at, PlaceFinder.Found places) {
        PhraseTable.Match<String[]> role = lexicon.roles.longest(tokens, at);
        return role != null && role.to() == at + 1 && tokens.capitalised(at) && !tokens.allCaps(at) && !insideNonCity(places, at);
    }

    /** After a name: the sentence's end, a comma, a stop, a bracket or a lower-case word other than "of" and "and". */
    /** A comma at {@code comma}, then two or three capitalised words closed off: ", Heng Sour, and". */
    private static boolean commaThenAName(TokenList tokens, int comma) {
        if (comma >= tokens.size() || !tokens.is(comma, ",")) {
            return false;
        }
        int k = comma + 1;
        while (k < tokens.size() && k - comma <= 3 && tokens.capitalised(k) && tokens.word(k)) {
            k++;
        }
        return k - (comma + 1) >= 2 && k - (comma + 1) <= 3 && closesAName(tokens, k);
    }

    private static boolean closesAName(TokenList tokens, int next) {
        return next >= tokens.size() || tokens.is(next, ",") || tokens.is(next, ".") || tokens.is(next, ")")
                || tokens.word(next) && !tokens.capitalised(next) && !tokens.is(next, "of") && !tokens.is(next, "and");
    }

    /** {@link #nameToken}, where {@code shouted} lets a short word in capitals be a name ("PETR") rather than initials. */
    private boolean nameToken(TokenList tokens, int at, PlaceFinder.Found places, boolean shouted) {
        boolean date = Calendar.isCalendarWord(tokens, at) && (Calendar.isWeekday(tokens, at)
                || at + 1 < tokens.size() && Character.isDigit(tokens.charAt(at + 1, 0))
                || at > 0 && Character.isDigit(tokens.charAt(at - 1, 0))); // "May 16", and "16 May, the minister will"
        return tokens.word(at) && (tokens.capitalised(at) || hyphenatedName(tokens, at)) && !Character.isDigit(tokens.charAt(at, 0))
                && !date && !insideNonCity(places, at) && countryAt(places, at) == null
                && (lexicon.roles.longest(tokens, at) == null || givenName(tokens, at, at + 1))
                && !lexicon.organisationWords.contains(tokens, at) && !isEventWord(tokens, at)
                && !(!shouted && tokens.allCaps(at) && tokens.length(at) <= 4 && tokens.length(at) > 1 && !ROMAN.matcher(tokens.text(at)).matches()
                    && !initials(tokens, at));
    }

    /** "K.P. Sharma Oli": initials with their full stops, before a name that is no title or body. */
    private boolean initials(TokenList tokens, int at) {
        return tokens.text(at).indexOf('.') > 0 && at + 1 < tokens.size() && tokens.capitalised(at + 1) && tokens.word(at + 1)
                && !tokens.allCaps(at + 1) && lexicon.roles.longest(tokens, at + 1) == null
                && !lexicon.organisationWords.contains(tokens, at + 1);
    }

    /** "Summit", "Forum": an event's word is no part of a person's name. */
    private boolean isEventWord(TokenList tokens, int at) {
        PhraseTable.Match<String[]> m = lexicon.triggers.longest(tokens, at);
        return m != null && m.to() == at + 1 && m.value()[2].equals("noun");
    }

    /**
     * Where the name that ends at {@code end} begins, read backwards: up to four name words, and the particles between
     * them ("Mohammed bin Abdulaziz Al-Khulaifi, Minister of State"); a courtesy before it is no part of it ("His
     * Excellency X, President of ...").
     */
    private int nameBefore(TokenList tokens, int end, PlaceFinder.Found places) {
        int start = end;
        int words = 0;
        while (start > 0 && words < 4) {
            int k = start - 1;
            if (nameToken(tokens, k, places) && !FUNCTION_WORDS.contains(tokens, k) && !PREPOSITIONS.contains(tokens, k)
                    && !lexicon.honorifics.contains(tokens, k)) {
                start = k;
                words++;
            } else if (words > 0 && k > 0 && lexicon.nameParticles.contains(tokens, k) && !tokens.capitalised(k)
                    && nameToken(tokens, k - 1, places) && !lexicon.honorifics.contains(tokens, k - 1)) {
                start = k; // the word before it joins on the next turn
            } else {
                break;
            }
        }
        return start;
    }

    /** "de la Fuente", "van der Leyen": particles, then a name. */
    private boolean particlesThenName(TokenList tokens, int k, PlaceFinder.Found places) {
        int j = k;
        while (j < tokens.size() && j - k < 3 && lexicon.nameParticles.contains(tokens, j)) {
            j++;
        }
        return j < tokens.size() && nameToken(tokens, j, places);
    }

    /** "al-Sisi", "el-Sisi", "bin-Salman": a lower-case particle joined to a capitalised name. */
    private static boolean hyphenatedName(TokenList tokens, int k) {
        int dash = tokens.indexOf(k, '-');
        return dash > 0 && dash < 4 && dash + 1 < tokens.length(k) && Character.isUpperCase(tokens.charAt(k, dash + 1));
    }

    /**
     * Nothing before {@code from}, or a title of capitalised words closed by a comma: a transcript speaker's label
     * ("Secretary (East), Shri X:"), not a heading's name ("Secretary General / X: schedule for the week").
     */
    private static boolean onlyALabelBefore(TokenList tokens, int from) {
        while (from > 0 && (ClauseWords.COURTESIES.contains(tokens, from - 1) || tokens.is(from - 1, "."))) {
            from--; // "Shri X", "Dr. X"
        }
        if (from > 0 && !tokens.is(from - 1, ",")) {
            return false;
        }
        for (int k = 0; k < from; k++) {
            if (!tokens.is(k, ",") && !tokens.is(k, "(") && !tokens.is(k, ")") && !(tokens.word(k) && tokens.capitalised(k))) {
                return false;
            }
        }
        return true;
    }

    /** tokens back from a name to "according to" across its office: "according to the Clerk to Parliament, Mr" */
    private static final int SOURCE_TITLE_REACH = 10;
    private static final WordSet TITLE_JOINS = WordSet.of("the", "of", "to", "for", "and");

    private boolean speaker(TokenList tokens, int from, int to) {
        int label = to + 3 < tokens.size() && tokens.is(to, "(") && tokens.is(to + 2, ")") ? to + 3 : to; // "X (recorded):"
        if (label < tokens.size() && tokens.is(label, ":") && onlyALabelBefore(tokens, from)) {
            return true; // a transcript's "HURST: He will address the plenary", "Official Spokesperson, Shri X: Good afternoon"
        }
        int after = to;
        if (after < tokens.size() && tokens.is(after, ",")) {
            after++;
        }
        if (after < tokens.size() && SPEECH.contains(tokens, after)) {
            return true;
        }
        if (from > 0 && SPEECH.contains(tokens, from - 1)) {
            // "..., said X." speaks; "Y said X would lead the delegation" tells what X will do, and so does "Y said X
            // and Z will hold talks": a speech word after its own subject opens what is said
            return !(to < tokens.size() && ClauseWords.AUXILIARIES.contains(tokens, to))
                    && !(from >= 2 && tokens.word(from - 2) && !SPEECH_INVERTERS.contains(tokens, from - 2)); // "so said X"
        }
        // "according to X", "According to the Clerk to Parliament, Mr X,": the source, past an office told before the name
        // (a name that opens the clause after the source is its subject: "According to the Chancellery, President X will")
        // (and only past an office: "According to State House, President X, who is in Nairobi, will travel" is X's)
        if (from > 1 && tokens.is(from - 2, "according") && tokens.is(from - 1, "to")) {
            return true;
        }
        boolean apposed = to < tokens.size() && tokens.is(to, ",");
        boolean office = false;
        for (int k = from - 1; apposed && k > 0 && k >= from - SOURCE_TITLE_REACH; k--) {
            office |= lexicon.roles.longest(tokens, k) != null;
            if (tokens.is(k - 1, "according") && tokens.is(k, "to")) {
                return office;
            }
            if (tokens.word(k) && !tokens.capitalised(k) && !TITLE_JOINS.contains(tokens, k)) {
                return false;
            }
        }
        return false;
    }



    /** "LA PAZ, Nov. 5" when the report tells of Rodrigo Paz: a word of a longer town's name is no one's short name. */
    private static boolean insideLongerTown(PlaceFinder.Found places, int i) {
        for (PlaceMention p : places.places()) {
            if (i >= p.from() && i < p.to() && p.kind() == PlaceMention.Kind.CITY && p.to() - p.from() > 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideNonCity(PlaceFinder.Found places, int i) {
        for (PlaceMention p : places.places()) {
            if (i >= p.from() && i < p.to() && p.kind() != PlaceMention.Kind.CITY) {
                return true;
            }
        }
        return false;
    }

    private static CountryMention countryAt(PlaceFinder.Found places, int i) {
        for (CountryMention c : places.countries()) {
            if (c.from() == i) {
                return c;
            }
        }
        return null;
    }

    private static CountryMention countryEndingAt(PlaceFinder.Found places, int end) {
        for (CountryMention c : places.countries()) {
            if (c.to() == end) {
                return c;
            }
        }
        return null;
    }
}
