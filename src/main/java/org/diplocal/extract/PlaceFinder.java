package org.diplocal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds places and country references in a sentence by hash lookups on token n-grams: venues by
 * head word ("Kensington Palace", "Camp Lejeune", "the defence ministry"), then
 * countries, organisations, cities (the most populous of a name, unless a country of the report
 * has one) and demonyms.
 */
final class PlaceFinder {
    private static final WordSet RUN_STOPS = WordSet.of("the", "a", "an", "in", "on", "at", "to", "for", "and", "after",
            "before", "during", "upon", "while", "following", "arriving", "with", "by", "from", "his", "her", "their",
            "its", "it", "he", "she", "they", "we", "this", "that", "but", "as", "if", "when", "where", "which");
    private static final WordSet CONNECTORS = WordSet.of("of", "for", "and", "de", "du", "la", "'", "&");

    private static final WordSet NATURAL_FEATURES = WordSet.of("strait", "straits", "sea", "bay", "gulf", "river", "lake",
            "peninsula", "canal", "channel", "mountains", "valley", "desert", "basin", "sound", "glacier");
    private static final WordSet REGION_WORDS = WordSet.of("latin", "south", "north", "central", "east", "west", "southeast",
            "northeast", "southwest", "northwest", "eastern", "western", "northern", "southern", "sub-saharan", "greater");
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    /**
     * The last run of capitalised words read by {@link #venueEnd}: tokens {@code runFrom..runStop-1}, its last
     * capitalised word ending at {@code runEnd}, its last "last" venue head ending at {@code runLastHead}. A later
     * start inside the run reuses it, so a run of n capitalised words costs n lookups, not n².
     */
    private TokenList runTokens;
    private int runFrom;
    private int runStop;
    private int runEnd;
    private int runLastHead;
    /** towns the report placed in another country than the list's town of that name, by name key */
    private final java.util.Map<String, Gazetteer.Entry> placedTowns = new java.util.HashMap<>();
    /** countries the report has named as places so far (not as a demonym or before a title), set by each {@link #find} */
    private Set<String> namedCountries = Set.of();
    /** {@link Gazetteer#namesAt}'s answer, by length, reused from token to token */
    private final List<List<Gazetteer.Entry>> names = new ArrayList<>();

    /**
     * {@code areas}: names the gazetteer knows that are no country, town or venue ("the South Caucasus", "Latin America",
     * "Davis Strait"), so no one's name either.
     */
    record Found(List<PlaceMention> places, List<CountryMention> countries, List<Area> areas) {

        /** The place told from token {@code k}, or null. */
        PlaceMention startingAt(int k) {
            for (PlaceMention p : places) {
                if (p.from() == k) {
                    return p;
                }
            }
            return null;
        }

        /** The first country told within tokens {@code [from, to)}, or null. */
        CountryMention firstCountryWithin(int from, int to) {
            for (CountryMention c : countries) {
                if (c.from() >= from && c.to() <= to) {
                    return c;
                }
            }
            return null;
        }

        /** The codes of the countries told (or by their demonyms) within tokens {@code [from, to)}, in order. */
        Set<String> countriesWithin(int from, int to) {
            Set<String> within = new java.util.LinkedHashSet<>();
            for (CountryMention c : countries) {
                if (c.from() >= from && c.to() <= to) {
                    within.add(c.iso2());
                }
            }
            return within;
        }
    }

    record Area(int from, int to) implements TokenSpan {
    }

    PlaceFinder(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    Found find(TokenList tokens, Set<String> reportCountries) {
        return find(tokens, reportCountries, reportCountries);
    }

    /**
     * The places of one sentence; {@code reportCountries} are the countries the report has told so far, by name or
     * demonym, {@code namedCountries} those it has named as places.
     */
    Found find(TokenList tokens, Set<String> reportCountries, Set<String> namedCountries) {
        this.namedCountries = namedCountries;
        List<PlaceMention> places = new ArrayList<>();
        List<CountryMention> countries = new ArrayList<>();
        List<Area> areas = new ArrayList<>(0);
        int i = 0;
        while (i < tokens.size()) {

            int venueEnd = venueEnd(tokens, i);
            if (venueEnd > i && namesACity(tokens, i, venueEnd)) {
                venueEnd = i; // "Port of Spain" is a capital, not a port
            }
            if (venueEnd > i && titleOfABody(tokens, i)) {
                venueEnd = i; // "Speaker of Parliament Nabih Berri": an office, whose holder is named after it
            }
            if (venueEnd > i) {
                String name = phrase(tokens, i, venueEnd);
                if (venueEnd + 2 < tokens.size() && tokens.is(venueEnd, "(") && tokens.allCaps(venueEnd + 1)
                        && tokens.is(venueEnd + 2, ")")) {
                    name = name + " (" + tokens.text(venueEnd + 1) + ")";
                }
                String orgCountry = organisationCountry(tokens, i, venueEnd);
                places.add(new PlaceMention(i, venueEnd, PlaceMention.Kind.VENUE, name, orgCountry, null,
                        possessive(tokens, venueEnd)));
                if (orgCountry != null) {
                    countries.add(new CountryMention(i, venueEnd, orgCountry, false));
                } else {
                    demonymOpening(tokens, i, venueEnd).ifPresent(countries::add); // "the Croatian Parliament"
                }
                i = venueEnd;
                continue;
            }
            if (!tokens.capitalised(i)) {
                i++;
                continue;
            }
            int told = places.size() + countries.size();
            int next = gazetteerMatch(tokens, i, reportCountries, places, countries);
            if (next == i) {
                next = looseTown(tokens, i, places);
            }
            if (next > i) {
                if (places.size() + countries.size() == told) {
                    areas.add(new Area(i, next));
                }
                i = next;
                continue;
            }
            hyphenCompound(tokens, i, countries);
            i++;
        }
        ownTownsBody(tokens, places, countries);
        clockAside(tokens, places, countries);
        return new Found(places, countries, areas);
    }

    private static final WordSet CLOCK_WORDS = WordSet.of("noon", "midday", "midnight", "a.m.", "p.m.", "am", "pm");
    private static final WordSet DIFFERENCE_WORDS = WordSet.of("ahead", "behind");

    /** the most words in brackets read as a note on the clock */
    private static final int ASIDE_WORDS = 12;

    /**
     * "at 11 a.m. local time (noon in Quito)", "(12:45 pm in Nepal)", "(Geneva is eight hours ahead)": a place in
     * brackets that open on a clock, or that tell the hours between two zones, tells the time there, not where anything
     * happens (but "(signing ceremony at 10 am in Geneva)" and "TUESDAY 14 OCTOBER (Athens time)" are where).
     */
    private static void clockAside(TokenList tokens, List<PlaceMention> places, List<CountryMention> countries) {
        if (places.isEmpty() && countries.isEmpty()) {
            return;
        }
        for (int open = 0; open < tokens.size(); open++) {
            if (!tokens.is(open, "(")) {
                continue;
            }
            int close = tokens.find(")", open + 1, Math.min(tokens.size(), open + ASIDE_WORDS + 2));
            if (close < 0) {
                continue;
            }
            boolean difference = false;
            for (int k = open + 1; k < close; k++) {
                difference |= DIFFERENCE_WORDS.contains(tokens, k);
            }
            if (clockEnd(tokens, open + 1) > 0 || difference) {
                int from = open;
                int to = close;
                places.removeIf(p -> p.from() > from && p.to() <= to);
                countries.removeIf(c -> c.from() > from && c.to() <= to);
            }
            open = close;
        }
        int[] convertedEnd = {-1}; // "which is the same time in Port Vila and Nouméa": both
        places.removeIf(p -> {
            boolean converted = convertedClock(tokens, p.from())
                    || convertedEnd[0] > 0 && p.from() == convertedEnd[0] + 1 && tokens.is(convertedEnd[0], "and");
            convertedEnd[0] = converted ? p.to() : convertedEnd[0];
            return converted;
        });
        countries.removeIf(c -> convertedClock(tokens, c.from()));
    }

    /**
     * "at 10 am Doha time, which is 12:45 pm in Nepal", "at ten o'clock, which is the same time in Apia": the place
     * after a clock given again in another zone.
     */
    private static boolean convertedClock(TokenList tokens, int place) {
        if (place < 5 || !tokens.is(place - 1, "in")) {
            return false;
        }
        if (tokens.is(place - 2, "time") && tokens.is(place - 3, "same") && tokens.is(place - 4, "the")
                && tokens.is(place - 5, "is") && place >= 6 && tokens.is(place - 6, "which")) {
            return true;
        }
        int before = place - 1; // "which is 3pm on Sunday in Niue": past the other zone's day
        if (before >= 3 && Calendar.isWeekday(tokens, before - 1) && tokens.is(before - 2, "on")) {
            before -= 2;
        }
        for (int k = before - 1; k >= 2 && k >= before - 5; k--) {
            if (tokens.is(k - 1, "is") && tokens.is(k - 2, "which") && clockEnd(tokens, k) == before) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a time of day that starts at {@code k} ends ("noon", "12:45 pm", "12 : 45", "17.00", "10 am"), or -1: the
     * tokenizer splits "12:45" into three tokens.
     */
    private static int clockEnd(TokenList tokens, int k) {
        if (k >= tokens.size()) {
            return -1;
        }
        if (CLOCK_WORDS.contains(tokens, k)) {
            return k + 1;
        }
        if (!Character.isDigit(tokens.charAt(k, 0))) {
            return -1;
        }
        int end = k + 1;
        if (end + 1 < tokens.size() && (tokens.is(end, ":") || tokens.is(end, ".")) && Character.isDigit(tokens.charAt(end + 1, 0))) {
            end += 2;
        }
        if (CLOCK_WORDS.contains(tokens, end)) {
            return end + 1;
        }
        return end > k + 1 || tokens.clockFigure(k) || CLOCK_IN_ONE.matcher(tokens.text(k)).matches() ? end : -1;
    }

    /** "3pm", "10.30am", "9a.m.": a time of day the tokenizer keeps as one token. */
    private static final java.util.regex.Pattern CLOCK_IN_ONE =
            java.util.regex.Pattern.compile("\\d{1,2}(?:[:.]\\d\\d)?(?:am|pm|a\\.m\\.|p\\.m\\.)", java.util.regex.Pattern.CASE_INSENSITIVE);



    /**
     * "the Foreign Office in Accra": a body that stands for one country (the UK's Foreign Office) told in a town of
     * another is that town's country's own.
     */
    private static void ownTownsBody(TokenList tokens, List<PlaceMention> places, List<CountryMention> countries) {
        for (int k = 0; k + 1 < places.size(); k++) {
            PlaceMention body = places.get(k);
            PlaceMention town = places.get(k + 1);
            if (body.kind() != PlaceMention.Kind.VENUE || body.country() == null || town.kind() != PlaceMention.Kind.CITY
                    || town.country() == null || town.country().equals(body.country()) || town.from() != body.to() + 1
                    || !tokens.is(body.to(), "in")) {
                continue;
            }
            places.set(k, new PlaceMention(body.from(), body.to(), body.kind(), body.name(), town.country(), null, body.possessive()));
            countries.removeIf(c -> c.from() == body.from() && c.to() == body.to());
        }
    }

    private int gazetteerMatch(TokenList tokens, int i, Set<String> reportCountries, List<PlaceMention> places,
                               List<CountryMention> countries) {
        int max = gazetteer.namesAt(tokens, i, names);
        for (int n = max; n >= 1; n--) {
            List<Gazetteer.Entry> entries = names.get(n);
            boolean endsInS = n > 1 && tokens.is(i + n - 1, "'s"); // "St. John's", the capital of Antigua and Barbuda
            if (entries.isEmpty() || !tokens.word(i + n - 1) && !endsInS
                    || endsInS && i + n < tokens.size() && tokens.capitalised(i + n) && tokens.word(i + n)) {
                continue; // but "St George's Hall" is a hall
            }
            Gazetteer.Entry best = pick(entries, tokens, i, i + n, reportCountries);
            if (best == null) {
                continue;
            }
            if (best.kind() == Gazetteer.Kind.CITY && n == 1 && tokens.allCaps(i) && i > 0 && tokens.is(i - 1, "(")
                    && i + 1 < tokens.size() && tokens.is(i + 1, ")")) {
                return i + 1; // "the International Labour Organization (ILO)": a body's acronym, not Ilo in Peru
            }
            if (best.kind() == Gazetteer.Kind.CITY && n == 1 && firstName(tokens, i)) {
                return i; // "Vladimir Putin will", "Florence Parly said": a first name, not the town
            }
            if (best.kind() == Gazetteer.Kind.CITY && i + n + 1 < tokens.size() && lexicon.nameParticles.contains(tokens, i + n)
                    && tokens.capitalised(i + n + 1) && !tokens.capitalised(i + n)) {
                int end = i + n + 1;
                while (end < tokens.size() && tokens.capitalised(end) && tokens.word(end)) {
                    end++;
                }
                return end; // "the Casa Grande del Pueblo": one longer name, not the towns in Arizona and Colorado
            }
            if (best.kind() == Gazetteer.Kind.CITY && i + n < tokens.size() && tokens.capitalised(i + n)
                    && NATURAL_FEATURES.contains(tokens, i + n)) {
                return i + n + 1; // "Davis Strait", "Cook Islands": water or land so named, not the town
            }
            // only a capitalised word after the town can make it a province's longer name: no lookup otherwise
            boolean longer = best.kind() == Gazetteer.Kind.CITY && i + n < tokens.size() && tokens.word(i + n) && tokens.capitalised(i + n);
            int province = longer ? gazetteer.subdivisionAt(tokens, i) : 0;
            for (int k = i + n; k < i + province; k++) {
                if (!tokens.word(k) || !tokens.capitalised(k)) {
                    province = 0; // "Durham, county seat": the province's name is written out, capitalised
                }
            }
            String provinceCountry = province > n ? gazetteer.subdivisionCountry(tokens, i, province) : null;
            if (provinceCountry != null && !provinceCountry.equals(best.iso2())) {
                // "the Toledo District" of Belize, not Toledo in Ohio: the province the longer name is
                places.add(new PlaceMention(i, i + province, PlaceMention.Kind.VENUE, phrase(tokens, i, i + province), provinceCountry, null, false));
                return i + province;
            }
            if (best.kind() == Gazetteer.Kind.COUNTRY && i > 0 && REGION_WORDS.contains(tokens, i - 1) && tokens.capitalised(i - 1)) {
                return i + n; // "Latin America", "Central Asia": a region, not the country its last word names
            }
            int to = i + n;
            boolean poss = possessive(tokens, to);
            String name = phrase(tokens, i, to);
            switch (best.kind()) {
                case COUNTRY -> {
                    countries.add(new CountryMention(i, to, best.iso2(), false));
                    String official = gazetteer.country(best.iso2()).map(Gazetteer.CountryInfo::name).orElse(name);
                    places.add(new PlaceMention(i, to, PlaceMention.Kind.COUNTRY, official, best.iso2(), null, poss));
                }
                case DEMONYM -> {
                    countries.add(new CountryMention(i, to, best.iso2(), true));
                    if (unnamedCapital(tokens, to)) { // "in the Thai capital on 4 April": its capital city
                        Optional<Gazetteer.CityInfo> capital = gazetteer.capitalOf(best.iso2());
                        if (capital.isPresent()) {
                            places.add(new PlaceMention(i, to + 1, PlaceMention.Kind.CITY, capital.get().shortName(),
                                    best.iso2(), capital.get(), possessive(tokens, to + 1)));
                            return to + 1;
                        }
                    }
                }
                case ORGANISATION -> {
                    countries.add(new CountryMention(i, to, best.iso2(), false));
                    places.add(new PlaceMention(i, to, PlaceMention.Kind.ORGANISATION, name, best.iso2(), null, poss));
                }
                case CITY -> {
                    best = townOfTheCountryAfter(best, tokens, to);
                    Gazetteer.Entry placed = placedTowns.get(PhraseTable.key(tokens, i, to));
                    if (placed != null) {
                        best = placed; // "BALI, Indonesia" in the dateline, then "in Bali"
                    }
                    if (poss && best.city() != null && best.city().capital()) {
                        // "Seoul's push", "Washington's call": a capital for its government; but "Rodriguez's talks"
                        // (a town in the Philippines) is a person's
                        countries.add(new CountryMention(i, to, best.iso2(), false));
                    }
                    // the text's spelling ("Astana", "Kyiv") over the list's older or other one, unless shouted
                    // ("Luxembourg-City" is the list's "Luxembourg")
                    boolean cityAdded = name.toLowerCase(java.util.Locale.ROOT).endsWith("-city")
                            && !best.city().shortName().toLowerCase(java.util.Locale.ROOT).endsWith("city");
                    String shown = cityAdded || name.equals(name.toUpperCase(java.util.Locale.ROOT)) ? best.city().shortName() : name;
                    places.add(new PlaceMention(i, to, PlaceMention.Kind.CITY, shown, best.iso2(), best.city(), poss));
                }
                default -> { }
            }
            return to;
        }
        return i;
    }

    private static final WordSet TOWN_PREPOSITIONS = WordSet.of("in", "to", "at", "near", "from");

    /**
     * "in Misrata", "to Sainshand": one capitalised word after a preposition of place that the lists know only by
     * another transliteration of it; the town, under the text's spelling. Else {@code i}.
     */
    private int looseTown(TokenList tokens, int i, List<PlaceMention> places) {
        if (i == 0 || !TOWN_PREPOSITIONS.contains(tokens, i - 1) || !tokens.word(i) || !tokens.capitalised(i) || tokens.allCaps(i)
                || tokens.length(i) < 5 || i + 1 < tokens.size() && tokens.capitalised(i + 1) && tokens.word(i + 1)) {
            return i;
        }
        Optional<Gazetteer.CityInfo> town = gazetteer.looseCity(tokens.norm(i));
        if (town.isEmpty()) {
            return i;
        }
        places.add(new PlaceMention(i, i + 1, PlaceMention.Kind.CITY, tokens.text(i), town.get().country(), town.get(), false));
        return i + 1;
    }

    /** "the Thai capital" told without its name ("the Thai capital Bangkok", "the Angolan capital, Luanda" name it). */
    private static boolean unnamedCapital(TokenList tokens, int at) {
        if (at >= tokens.size() || !tokens.is(at, "capital")) {
            return false;
        }
        int next = at + 1 < tokens.size() && tokens.is(at + 1, ",") ? at + 2 : at + 1;
        return next >= tokens.size() || !tokens.capitalised(next);
    }

    /**
     * "BALI, Indonesia": a name the list gives to a town elsewhere, followed by the country it is in here. That
     * country's town of the name if the list has one, else a town the list lacks (no coordinates).
     */
    private Gazetteer.Entry townOfTheCountryAfter(Gazetteer.Entry city, TokenList tokens, int to) {
        if (to + 1 >= tokens.size() || !tokens.is(to, ",")) {
            return city;
        }
        String country = null;
        for (Gazetteer.Entry e : gazetteer.entries(tokens.norm(to + 1))) {
            if (e.kind() == Gazetteer.Kind.COUNTRY) {
                country = e.iso2();
            }
        }
        if (to + 2 < tokens.size() && country == null) {
            for (Gazetteer.Entry e : gazetteer.entries(PhraseTable.key(tokens, to + 1, to + 3))) {
                if (e.kind() == Gazetteer.Kind.COUNTRY) {
                    country = e.iso2();
                }
            }
        }
        if (country == null || country.equals(city.iso2())) {
            return city;
        }
        for (Gazetteer.Entry e : gazetteer.entries(Tokenizer.key(city.city().name()))) {
            if (e.kind() == Gazetteer.Kind.CITY && e.iso2().equals(country)) {
                placedTowns.put(Tokenizer.key(city.city().name()), e);
                return e; // "Cordoba, Spain": the list's Spanish one, not the larger Argentine one
            }
        }
        String iso2 = country;
        String zone = gazetteer.country(iso2).map(Gazetteer.CountryInfo::capitalZone).orElse(null);
        Gazetteer.CityInfo unlisted = new Gazetteer.CityInfo(city.city().name(), iso2, Double.NaN, Double.NaN, 0, false, zone);
        Gazetteer.Entry town = new Gazetteer.Entry(Gazetteer.Kind.CITY, iso2, unlisted, false);
        placedTowns.put(Tokenizer.key(city.city().name()), town);
        return town;
    }

    /**
     * Once the whole report is read: a town of a name several countries have, taken before the report named the
     * country it is in ("Office of the Prime Minister, St. John's" in a heading, Antigua and Barbuda named below it),
     * becomes the town of that name in a country the report tells, where its first pick is in none.
     */
    void reconsider(TokenList tokens, Found found, Set<String> reportCountries, Set<String> namedCountries) {
        List<PlaceMention> places = found.places();
        for (int k = 0; k < places.size(); k++) {
            PlaceMention p = places.get(k);
            if (p.kind() != PlaceMention.Kind.CITY || reportCountries.contains(p.country())
                    || placedTowns.containsKey(PhraseTable.key(tokens, p.from(), p.to()))) {
                continue;
            }
            int n = p.to() - p.from();
            if (gazetteer.namesAt(tokens, p.from(), names) < n) {
                continue;
            }
            for (Gazetteer.Entry e : names.get(n)) {
                if (e.kind() == Gazetteer.Kind.CITY && !e.needsCaps() && reportCountries.contains(e.iso2())
                        && (!p.city().capital() || namedCountries.contains(e.iso2()))) { // as in pick: "GEORGETOWN - ..."
                    places.set(k, new PlaceMention(p.from(), p.to(), p.kind(), p.name(), e.iso2(), e.city(), p.possessive()));
                    break;
                }
            }
        }
    }

    private Gazetteer.Entry pick(List<Gazetteer.Entry> entries, TokenList tokens, int from, int to, Set<String> reportCountries) {
        boolean caps = true;
        for (int k = from; k < to; k++) {
            caps &= tokens.allCaps(k) || !tokens.word(k);
        }
        Gazetteer.Entry city = null;
        for (Gazetteer.Entry e : entries) {
            if (e.needsCaps() && !caps) {
                continue;
            }
            if (e.kind() == Gazetteer.Kind.CITY) {
                if (to - from == 1 && commonWord(tokens, from)) {
                    continue;
                }
                if (unheraldedSmallTown(e, tokens, from, reportCountries, caps)) {
                    continue;
                }
                boolean capital = city != null && city.city() != null && city.city().capital();
                // "GEORGETOWN - ... US Assistant Secretary X": a capital gives way only to a country named as a place
                if (city == null || !reportCountries.contains(city.iso2()) && reportCountries.contains(e.iso2())
                        && (!capital || namedCountries.contains(e.iso2()))
                        || capitalOfAToldCountry(e, city, reportCountries)) {
                    city = e;
                }
                continue;
            }
            return e; // countries, organisations and demonyms come before cities of the same name
        }
        return city;
    }

    /**
     * Of two towns of one name, both in countries the report tells, the capital of a country named as a place: "San
     * José" in a report of Costa Rica and Panama that names the United States is Costa Rica's, not California's.
     */
    private boolean capitalOfAToldCountry(Gazetteer.Entry e, Gazetteer.Entry city, Set<String> reportCountries) {
        return e.city() != null && e.city().capital() && city.city() != null && !city.city().capital()
                && reportCountries.contains(city.iso2()) && reportCountries.contains(e.iso2())
                && namedCountries.contains(e.iso2());
    }

    private static final WordSet PLACE_PREPOSITIONS = WordSet.of("in", "at", "to", "from", "near", "outside", "into", "via",
            "of", "for");

    /**
     * A one-word town name followed by a capitalised word the lists do not know and a verb, outside a place phrase
     * ("in", "to"): the first name of a person, as "Vladimir" in "Vladimir Putin will" (but "Addis Abeba, July 13").
     */
    private boolean firstName(TokenList tokens, int i) {
        int next = i + 1;
        if (next >= tokens.size() || !tokens.capitalised(next) || !tokens.word(next) || tokens.allCaps(i)
                || i > 0 && PLACE_PREPOSITIONS.contains(tokens, i - 1)) {
            return false;
        }
        int courtesy = i > 1 && tokens.is(i - 1, ".") ? i - 2 : i - 1;
        if (courtesy >= 0 && ClauseWords.COURTESIES.contains(tokens, courtesy) && !gazetteer.opensName(tokens, next)) {
            return true; // "Hon. Nancy Tembo, Minister of ...": a courtesy opens a person's name
        }
        return next + 1 < tokens.size() && ClauseWords.AUXILIARIES.contains(tokens, next + 1)
                && !gazetteer.opensName(tokens, next) && !commonWord(tokens, next)
                && lexicon.venueHeads.longest(tokens, next) == null && !lexicon.honorifics.contains(tokens, next);
    }

    private static final int SMALL_TOWN = 50_000;

    /**
     * A town of fewer than 50,000 people (a province's seat, a small state's main town) in a country the report has not
     * told, with no "in", "to" or "at" before it and not a dateline's capitals: more likely a name ("Lai Ching-te", Laï
     * being a town in Chad) than that town.
     */
    private static boolean unheraldedSmallTown(Gazetteer.Entry e, TokenList tokens, int from, Set<String> reportCountries,
                                               boolean caps) {
        boolean heralded = from > 0 && PLACE_PREPOSITIONS.contains(tokens, from - 1)
                && !(from + 1 < tokens.size() && tokens.is(from + 1, "'s")); // but "a dinner in Lai's honour"
        return e.city() != null && e.city().population() < SMALL_TOWN && !e.city().capital() && !caps
                && !reportCountries.contains(e.iso2()) && !heralded;
    }

    /** A city name that is also an everyday word or a word of the rules ("Mobile", "Of", "President", "Union"). */
    private boolean commonWord(TokenList tokens, int k) {
        return lexicon.organisationWords.contains(tokens, k) || lexicon.roles.isPhrase(tokens, k)
                || lexicon.triggers.isPhrase(tokens, k) || lexicon.cues.isPhrase(tokens, k) || Calendar.isCalendarWord(tokens, k);
    }

    private void hyphenCompound(TokenList tokens, int i, List<CountryMention> countries) {
        if (tokens.indexOf(i, '-') < 0) {
            return;
        }
        int found = countries.size();
        String combining = null;
        for (String part : tokens.text(i).split("-")) {
            if (part.isEmpty()) {
                continue;
            }
            boolean named = false;
            for (Gazetteer.Entry e : gazetteer.entries(Tokenizer.normalise(part))) {
                if ((e.kind() == Gazetteer.Kind.COUNTRY || e.kind() == Gazetteer.Kind.DEMONYM)
                        && (!e.needsCaps() || part.equals(part.toUpperCase()))) {
                    countries.add(new CountryMention(i, i + 1, e.iso2(), true));
                    named = true;
                    break;
                }
            }
            if (!named && combining == null) {
                combining = gazetteer.combiningForm(Tokenizer.normalise(part)); // "Luso-Guinean": Portugal's
            }
        }
        if (combining != null && countries.size() > found) {
            countries.add(found, new CountryMention(i, i + 1, combining, true)); // only beside a country the word names
        }
    }

    /** "Speaker of Parliament", "Chairman of the Senate": a title, then "of" and the body it is of. */
    private boolean titleOfABody(TokenList tokens, int i) {
        while (i + 1 < tokens.size() && lexicon.honorifics.contains(tokens, i)) {
            i++; // "the Honourable Speaker of Parliament, X"
        }
        PhraseTable.Match<String[]> role = lexicon.roles.longest(tokens, i);
        return role != null && role.to() < tokens.size() && tokens.is(role.to(), "of");
    }

    /** "Convention Centre-2", "Hall-3": a venue's head numbered after a hyphen. */
    private boolean numberedHead(TokenList tokens, int k) {
        int dash = tokens.indexOf(k, '-');
        if (dash <= 0 || dash + 1 >= tokens.length(k)) {
            return false;
        }
        for (int c = dash + 1; c < tokens.length(k); c++) {
            if (!Character.isDigit(tokens.charAt(k, c))) {
                return false;
            }
        }
        return lexicon.venueHeads.contains(tokens.text(k).substring(0, dash));
    }

    /** End of a venue phrase starting at {@code i}, or {@code i} when there is none. */
    private int venueEnd(TokenList tokens, int i) {
        if (!tokens.capitalised(i)) {
            // "the defence ministry": a lower-case head after a descriptive word
            // cheap tests first: most lower-case words are followed by no "ministry"
            if (i + 1 < tokens.size() && tokens.is(i + 1, "ministry") && i > 0 && tokens.is(i - 1, "the")
                    && tokens.word(i) && !tokens.capitalised(i + 1) && lexicon.venueHeads.longest(tokens, i + 1) != null) {
                return i + 2;
            }
            return i;
        }
        if (RUN_STOPS.contains(tokens, i)) {
            return i;
        }
        PhraseTable.Match<String[]> first = lexicon.venueHeads.longest(tokens, i);
        if (first != null && !first.value()[1].equals("last")) {
            int j = i + 1;
            if (j < tokens.size() && tokens.is(j, "of")) {
                j++;
            }
            int k = j;
            while (k < tokens.size() && k - j < 4 && tokens.capitalised(k) && tokens.word(k)) {
                k++;
            }
            if (k > j) {
                return k;
            }
        }
        int end;
        int lastHead;
        if (runTokens == tokens && i >= runFrom && i < runStop) {
            // inside the run read for an earlier start: where it stops depends only on the tokens, not on the start
            end = runEnd;
            lastHead = runLastHead > i ? runLastHead : -1;
        } else {
            end = i;
            lastHead = -1;
            int k = i;
            while (k < tokens.size()) {

                if (tokens.capitalised(k) && tokens.word(k)) {
                    PhraseTable.Match<String[]> h = lexicon.venueHeads.longest(tokens, k);
                    if (h != null && !h.value()[1].equals("first") || h == null && numberedHead(tokens, k)) {
                        lastHead = k + 1;
                    }
                    k++;
                    end = k;
                } else if (CONNECTORS.contains(tokens, k) && k + 1 < tokens.size() && tokens.capitalised(k + 1)) {
                    k++;
                } else if (tokens.is(k, "of") && k + 2 < tokens.size() && tokens.is(k + 1, "the") && tokens.capitalised(k + 2)
                        && tokens.word(k + 2) && lastHead > 0 && !lexicon.honorifics.contains(tokens, k + 2)) {
                    k += 2; // "the Palace of the Revolution"
                } else {
                    break;
                }
            }
            runTokens = tokens;
            runFrom = i;
            runStop = k;
            runEnd = end;
            runLastHead = lastHead;
        }
        if (lastHead == i + 1 && lastHead < end && tokens.is(lastHead, "of")) {
            return end; // "Museum of Modern Art"
        }
        if (lastHead > i + 1 || (lastHead == i + 1 && tokens.is(i, "pentagon"))) {
            // "Ministry of National Defense": a head followed by "of ..." keeps its tail
            if (lastHead < end && tokens.is(lastHead, "of")) {
                return portfolioEnd(tokens, lastHead - 1, end);
            }
            return lastHead;
        }
        return i;
    }

    private static final WordSet OFFICE_HEADS = WordSet.of("ministry", "department");

    /**
     * "the Norwegian Ministry of Foreign Affairs Eirik Sandvold": a ministry's name ends with its portfolio, when the
     * capitalised words after it are no portfolio's ({@code head} is the head word, {@code end} where the run stops).
     */
    private int portfolioEnd(TokenList tokens, int head, int end) {
        if (!OFFICE_HEADS.contains(tokens, head)) {
            return end;
        }
        int k = lexicon.portfolioEnd(tokens, head + 2);
        return k > head + 2 && k < end ? k : end;
    }

    private boolean namesACity(TokenList tokens, int from, int to) {
        for (Gazetteer.Entry e : gazetteer.entries(PhraseTable.key(tokens, from, to))) {
            if (e.kind() == Gazetteer.Kind.CITY && to - from > 1) {
                return true;
            }
        }
        return false;
    }

    /** The demonym a venue's name opens with, as a mention of its country: "Croatian" in "the Croatian Parliament". */
    private Optional<CountryMention> demonymOpening(TokenList tokens, int from, int to) {
        for (int n = Math.min(3, to - from - 1); n >= 1; n--) {
            for (Gazetteer.Entry e : gazetteer.entries(PhraseTable.key(tokens, from, from + n))) {
                if (e.kind() == Gazetteer.Kind.DEMONYM) {
                    return Optional.of(new CountryMention(from, from + n, e.iso2(), true));
                }
            }
        }
        return Optional.empty();
    }

    private String organisationCountry(TokenList tokens, int from, int to) {
        for (Gazetteer.Entry e : gazetteer.entries(PhraseTable.key(tokens, from, to))) {
            if (e.kind() == Gazetteer.Kind.ORGANISATION) {
                return e.iso2();
            }
        }
        return null;
    }

    private static boolean possessive(TokenList tokens, int at) {
        return at < tokens.size() && tokens.is(at, "'s");
    }

    static String phrase(TokenList tokens, int from, int to) {
        String s = tokens.joined(from, to);
        return Character.isLowerCase(s.charAt(0)) ? titleCase(s) : s;
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean up = true;
        for (char c : s.toCharArray()) {
            b.append(up ? Character.toUpperCase(c) : c);
            up = c == ' ';
        }
        return b.toString();
    }
}
