package org.diplocal.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where an engagement takes place, as its sentence tells it: the object of a travel or visit word ("visit Ghana",
 * "arrive in Accra"), a place before the event word ("the Cairo summit"), a locative after it ("talks in Geneva"),
 * a venue refined by its town or country, and the defaults for what the text leaves unplaced (the country of a
 * journey told to one of its people, the dateline's town, a host's home). Read by {@link DraftAssembler}; holds no
 * state of a report.
 */
final class EventPlaces {
    private static final WordSet OBJECT_SKIP = WordSet.of("to", "in", "at", "the", "of", "on", "a");
    /** words between a journey's verb and its "to": "travel together to", "fly on to", "go straight to" */
    private static final WordSet JOURNEY_ADVERBS = WordSet.of("together", "on", "onward", "onwards", "straight", "directly");
    static final WordSet LOCATIVE = WordSet.of("in", "at", "to", "outside", "near");
    /** verbs of a clause that tells where the visit goes: "a state visit that takes him to Paraguay and Uruguay" */
    private static final WordSet LEADING = WordSet.of("takes", "take", "took", "brings", "bring", "brought", "includes",
            "include", "included", "leads", "lead", "led", "carries", "covers", "spans");
    /** words that open a subject after "that": "the visit that the President will make" */
    private static final WordSet CLAUSE_SUBJECT_OPENERS = WordSet.of("the", "his", "her", "their", "its", "a", "an", "he", "she",
            "they", "we", "i");
    private static final WordSet FOLLOWS_NAME = WordSet.of("on", "in", "at", "and", "to", "for", "with", "during", "next",
            "this", "later", "before", "after", "where", "which", "while", "alongside", "as", "by", "from", "of", "the",
            "planned", "scheduled", "that", "has", "had", "was", "is", "will"); // "a trip to Valdivia planned for Thursday"

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    EventPlaces(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /** Past "from Saturday through Feb. 6" or "on Monday" at {@code k}, when "to" a destination follows; else {@code k}. */
    private static int pastItsDate(SentenceFacts f, int k) {
        int at = k < f.tokens.size() && (f.tokens.is(k, "from") || f.tokens.is(k, "on")) ? k + 1 : k;
        for (SentenceFacts.Dated d : f.dates) {
            if (d.token() == at) {
                int end = at;
                while (end < f.tokens.size() && f.tokens.start(end) < d.mention().end()) {
                    end++;
                }
                return end < f.tokens.size() && f.tokens.is(end, "to") ? end : k;
            }
        }
        return k;
    }

    /** Whether a date the sentence tells covers token {@code k}: "tomorrow", "today". */
    private static boolean dateAt(SentenceFacts f, int k) {
        for (SentenceFacts.Dated d : f.dates) {
            if (d.mention().covers(f.tokens.start(k), f.tokens.end(k))) {
                return true;
            }
        }
        return false;
    }

    /** "visit Ghana", "a visit to South Africa", "travel to Warsaw", "arrive in Accra". */
    PlaceMention placeObject(SentenceFacts f, Trigger t) {
        int k = pastItsDate(f, t.to()); // "will travel from Saturday through Feb. 6 to Panama, El Salvador and ..."
        while (k < f.tokens.size() && f.background[k]) {
            k++; // "his first foreign trip since returning to office to Bratislava": past the aside
        }
        if (t.kind().equals("visit") && t.form().equals("noun") && k + 1 < f.tokens.size() && f.tokens.is(k, "by")) {
            for (PersonMention p : f.persons) {
                if (p.from() == k + 1) {
                    k = p.to(); // "a visit by X to the port of Owendo": past its visitor
                }
            }
        }
        // the journey's "to": after the verb, after a word of the journey ("travel together to Qunu"), or in the
        // trigger itself ("cross to Robben Island", "go to")
        int journeysTo = !t.kind().equals("travel") ? -1 : f.tokens.is(t.to(), "to") ? t.to()
                : t.to() < f.tokens.size() && JOURNEY_ADVERBS.contains(f.tokens, t.to()) && f.tokens.is(t.to() + 1, "to") ? t.to() + 1
                : t.to() - t.from() >= 2 && f.tokens.is(t.to() - 1, "to") ? t.to() - 1 : -1;
        if (journeysTo == t.to() + 1 && k == t.to()) {
            k++;
        }
        int skipped = 0;
        while (k < f.tokens.size() && skipped < 3 && OBJECT_SKIP.contains(f.tokens, k)) {
            k++;
            skipped++;
        }
        int kindAt = k + 1 < f.tokens.size() && f.tokens.word(k) && !f.tokens.capitalised(k) && !KINDS_OF_PLACE.contains(f.tokens, k)
                && KINDS_OF_PLACE.contains(f.tokens, k + 1) ? k + 1 : k; // "the southern town of Cahul"
        boolean ofItsKind = kindAt + 2 < f.tokens.size() && KINDS_OF_PLACE.contains(f.tokens, kindAt) && !f.tokens.capitalised(kindAt)
                && f.tokens.is(kindAt + 1, "of");
        if (ofItsKind && !f.tokens.is(kindAt, "island")) {
            // "the trip to the town of Nakuru": the town, known or not (placeOfItsKind); an island holds more than the
            // town a clause after it names ("flies to the island of Sao Vicente, where she will visit Mindelo")
            k = kindAt + 2;
        }
        for (PlaceMention p : f.places.places()) {
            if (p.from() == k && !p.possessive()) {
                boolean attributive = p.kind() != PlaceMention.Kind.VENUE && p.to() < f.tokens.size()
                        && f.tokens.word(p.to()) && !f.tokens.capitalised(p.to())
                        && !FOLLOWS_NAME.contains(f.tokens, p.to()) // "visit a Toyota plant"
                        && !dateAt(f, p.to()); // but "leave for China tomorrow"
                if (p.kind() == PlaceMention.Kind.COUNTRY && p.to() < f.tokens.size() && lexicon.roles.longest(f.tokens, p.to()) != null) {
                    return null; // "meets US Assistant Secretary of State X": whose official, not where
                }
                if (p.kind() == PlaceMention.Kind.COUNTRY && namesABodyAfter(f, p)) {
                    return null; // "visit the Taiwan Technical Mission's farm": a body named after its country, not it
                }
                if (pairedWithAPlace(f, p)) {
                    return null; // "the session of the Chile–Peru Commission": the pair names the body
                }
                int head = attributive ? lowerCaseHead(f, p.to()) : -1;
                if (head > 0) { // "visit the Kumasi cocoa farm": a venue named after its town
                    return new PlaceMention(k, head, PlaceMention.Kind.VENUE, PlaceFinder.phrase(f.tokens, k, head), p.country(), p.city(), false);
                }
                return attributive ? null : p;
            }
        }
        PlaceMention country = countryAfterItsForm(f, k);
        if (country != null) {
            return country; // "an official visit to the Republic of Maldives"
        }
        boolean journey = t.kind().equals("trip") || t.kind().equals("travel"); // "the trip to the southern town of Cahul"
        PlaceMention named = t.kind().equals("visit") || journey && ofItsKind ? placeOfItsKind(f, ofItsKind ? kindAt : k) : null;
        if (named == null && t.kind().equals("visit")) {
            named = siteInATown(f, k); // "a tour of the lithium refinery at Kwinana": the town the lists lack
        }
        if (named != null) {
            return named; // "a tour of the port of Argentia", "a visit to the town of Neves"
        }
        if (!gazetteer.formOfStateAlone(f.tokens, k).isEmpty()) {
            return null; // "a visit to the Grand Duchy": which state, the report tells (DraftAssembler.stateOfItsForm)
        }
        // "the State Visit of Her Excellency X": X's visit, past the courtesy, not a place
        // "fly to Mangochi, on the lake": a town the lists lack, straight after a journey's "to"
        boolean journeyTo = journeysTo >= 0 && (k == journeysTo + 1 || k == journeysTo + 2 && f.tokens.is(journeysTo + 1, "the"));
        if ((t.kind().equals("visit") || journeyTo) && k < f.tokens.size() && f.tokens.capitalised(k) && !TokenSpan.covers(f.persons, lexicon.courtesyEnd(f.tokens, k))
                && !Calendar.isCalendarWord(f.tokens, k) && lexicon.roles.longest(f.tokens, k) == null) { // not "of the Minister"
            // "visit the Bibliotheca Alexandrina": a proper name after "visit" is a place the lists lack
            int end = k;
            while (end < f.tokens.size() && end - k < 5 && (f.tokens.capitalised(end) && f.tokens.word(end)
                    || f.tokens.is(end, "of") && end + 1 < f.tokens.size() && f.tokens.capitalised(end + 1))) {
                end++;
            }
            int region = gazetteer.regionAt(f.tokens, k);
            if (journeyTo && region > 0) {
                return null; // "travel to Africa", "to Southern Asia": a UN region is no town
            }
            int head = region > 0 ? -1 : lowerCaseHead(f, end); // "the Rweru model village", but "Asia since ..."
            if (region > 0) {
                end = k + region;
            } else if (head > end) {
                end = head;
            }
            boolean adjective = end < f.tokens.size() && f.tokens.word(end) && !f.tokens.capitalised(end)
                    && !FOLLOWS_NAME.contains(f.tokens, end); // "the Asian country"
            for (CountryMention cm : f.places.countries()) {
                adjective |= cm.from() == k;
            }
            if (adjective || journeyTo && end < f.tokens.size() && f.tokens.word(end) && !FOLLOWS_NAME.contains(f.tokens, end)) {
                return null;
            }
            if (journeyTo && f.tokens.is(k - 1, "the") && !ClauseWords.ISLANDS.contains(f.tokens, end - 1)) {
                // "to the Westman Islands" names land the lists lack; "heads to the Pacific", "to the Southern Border",
                // "to the Ecumenical Patriarchate" name a sea, a region or a body
                return null;
            }
            if (journeyTo) { // "to Rarotonga in the Cook Islands"; "to Mangochi", a district of Malawi named after its town
                if (namesABody(f, k, end)) {
                    return null; // "travel to Parliament", "to Coast Guard headquarters": no town
                }
                String townsCountry = countryRightAfter(f, end);
                int province = gazetteer.subdivisionAt(f.tokens, k);
                if (province > 0 && province != end - k) {
                    province = 0; // "Bay Street", "Lakes Entrance": only the start of the name is a province's
                }
                if (province > 0 && townsCountry == null) {
                    townsCountry = gazetteer.subdivisionCountry(f.tokens, k, province);
                    if (townsCountry == null) {
                        return null; // "Central", "Western": a province of several countries
                    }
                }
                if (townsCountry == null) {
                    townsCountry = theOnlyCountryBefore(f, k); // "will cross into Botswana and travel to Kasane"
                }
                return new PlaceMention(k, end, PlaceMention.Kind.TOWN, PlaceFinder.phrase(f.tokens, k, end), townsCountry, null, false);
            }
            return new PlaceMention(k, end, PlaceMention.Kind.VENUE, PlaceFinder.phrase(f.tokens, k, end), null, null, false);
        }
        return null;
    }

    private static final WordSet KINDS_OF_PLACE = WordSet.of("port", "town", "city", "village", "island");

    /**
     * "the port of Argentia", "the town of Neves": a kind of place, "of", then a name the lists lack: a town, its country
     * the stay's. Null when {@code k} opens no such phrase, or the lists know the name (it is read where it stands).
     */
    private static PlaceMention placeOfItsKind(SentenceFacts f, int k) {
        if (k + 2 >= f.tokens.size() || !KINDS_OF_PLACE.contains(f.tokens, k) || f.tokens.capitalised(k)
                || !f.tokens.is(k + 1, "of") || !f.tokens.capitalised(k + 2) || TokenSpan.covers(f.places.places(), k + 2)) {
            return null;
        }
        int end = k + 2;
        while (end < f.tokens.size() && end - k < 5 && f.tokens.word(end) && f.tokens.capitalised(end)
                && !TokenSpan.covers(f.persons, end)) {
            end++;
        }
        if (end == k + 2 || end < f.tokens.size() && f.tokens.word(end) && !FOLLOWS_NAME.contains(f.tokens, end)) {
            return null;
        }
        String country = countryRightAfter(f, end);
        return new PlaceMention(k + 2, end, PlaceMention.Kind.TOWN, PlaceFinder.phrase(f.tokens, k + 2, end),
                country != null ? country : theOnlyCountryBefore(f, k), null, false);
    }

    /** the heads of works an operator runs: "the Eustream compressor station", "the Verbund hydropower plant" */
    private static final WordSet WORKS = WordSet.of("plant", "station", "terminal", "refinery", "factory", "farm", "mine",
            "dam", "port", "shipyard", "depot", "works", "facility", "field", "smelter", "mill");

    /** lower-case words before a site's head: "the lithium hydroxide refinery" */
    private static final int SITE_MODIFIERS = 3;

    /**
     * "a tour of the lithium hydroxide refinery at Kwinana", "a visit to the new container port in Lobito": a site told in
     * lower case (after its operator's name, if any), "at" or "in", then a name the lists lack: that town, its country
     * the one told after it or the one told before. Null when {@code k} opens no such phrase.
     */
    private PlaceMention siteInATown(SentenceFacts f, int k) {
        if (k < 1 || !f.tokens.is(k - 1, "the")) {
            return null; // (not "a visit to a cacao farm in X": one of many, told in passing)
        }
        int head = k;
        boolean operator = k + 1 < f.tokens.size() && f.tokens.capitalised(k) && f.tokens.word(k) && !f.tokens.capitalised(k + 1)
                && !TokenSpan.covers(f.places.places(), k) && !TokenSpan.covers(f.persons, k) && !Calendar.isCalendarWord(f.tokens, k);
        if (operator) {
            head++; // "the Eustream compressor station at Veľké Kapušany": its operator's name, then the site
        }
        while (head < f.tokens.size() && head - k < SITE_MODIFIERS && f.tokens.word(head) && !f.tokens.capitalised(head)
                && lexicon.venueHeads.longest(f.tokens, head) == null) {
            head++;
        }
        PhraseTable.Match<String[]> site = head < f.tokens.size() && !f.tokens.capitalised(head)
                ? lexicon.venueHeads.longest(f.tokens, head) : null;
        if (operator && site != null && !WORKS.contains(f.tokens, site.to() - 1)) {
            return null; // not "the Holocaust memorial at Yad Vashem": a place within the town, no town
        }
        int at = site == null ? -1 : site.to();
        if (at < 0 || at + 1 >= f.tokens.size() || !f.tokens.is(at, "at") && !f.tokens.is(at, "in")
                || !f.tokens.capitalised(at + 1) || TokenSpan.covers(f.places.places(), at + 1)
                || TokenSpan.covers(f.persons, at + 1) || Calendar.isCalendarWord(f.tokens, at + 1)) {
            return null;
        }
        int end = at + 1;
        while (end < f.tokens.size() && end - at <= 3 && f.tokens.word(end) && f.tokens.capitalised(end)) {
            end++;
        }
        if (end < f.tokens.size() && (f.tokens.word(end) && !FOLLOWS_NAME.contains(f.tokens, end) || f.tokens.is(end, "'s"))
                || namesABody(f, at + 1, end - 1)) {
            return null; // "at Kwinana Beach Road", "at Government House", "the school in Marcos's home province"
        }
        String country = countryRightAfter(f, end);
        return new PlaceMention(at + 1, end, PlaceMention.Kind.TOWN, PlaceFinder.phrase(f.tokens, at + 1, end),
                country != null ? country : theOnlyCountryBefore(f, k), null, false);
    }

    /**
     * "will meet in Sankassé on Saturday": a proper name the lists lack straight after the event word's "in", and then
     * a date, a comma or the sentence's end: a town, its country the one told after it or the one told before; else null.
     */
    private static final WordSet NO_TOWN = WordSet.of("private", "camera", "person", "public", "session", "secret", "earnest",
            "principle", "full", "plenary");

    private PlaceMention townAfterIn(SentenceFacts f, int k) {
        if (k + 1 >= f.tokens.size() || !f.tokens.is(k, "in") || !f.tokens.capitalised(k + 1) || !f.tokens.word(k + 1)) {
            return null;
        }
        int end = k + 1;
        while (end < f.tokens.size() && end - k <= 3 && f.tokens.capitalised(end) && f.tokens.word(end)) {
            if (TokenSpan.covers(f.places.places(), end) || TokenSpan.covers(f.persons, end) || Calendar.isCalendarWord(f.tokens, end)
                    || dateAt(f, end) || lexicon.roles.longest(f.tokens, end) != null) {
                return null; // "in Brussels", "in May", "in President X's palace"
            }
            end++;
        }
        if (end == k + 2 && NO_TOWN.contains(f.tokens, k + 1)) {
            return null; // "talks in Private", "in Camera"
        }
        boolean closed = end == f.tokens.size() || f.tokens.is(end, ",") || f.tokens.is(end, ".") || dateAt(f, end)
                || (f.tokens.is(end, "on") || f.tokens.is(end, "next")) && end + 1 < f.tokens.size() && dateAt(f, end + 1);
        if (!closed || namesABody(f, k + 1, end - 1) || gazetteer.regionAt(f.tokens, k + 1) > 0) {
            return null; // "in Parliament", "in Southern Africa"
        }
        String country = countryRightAfter(f, end);
        return new PlaceMention(k + 1, end, PlaceMention.Kind.TOWN, PlaceFinder.phrase(f.tokens, k + 1, end),
                country != null ? country : theOnlyCountryBefore(f, k), null, false);
    }

    /** The one country the sentence names as a place before {@code k} (not "Norway's"), or null when none or several. */
    private static String theOnlyCountryBefore(SentenceFacts f, int k) {
        String only = null;
        for (PlaceMention p : f.places.places()) {
            if (p.kind() == PlaceMention.Kind.COUNTRY && p.to() <= k && !p.possessive() && !f.background[p.from()]) {
                if (only != null && !only.equals(p.country())) {
                    return null;
                }
                only = p.country();
            }
        }
        return only;
    }

    /** Whether tokens {@code from} .. {@code to} name a venue or a body ("Parliament", "Coast Guard headquarters"). */
    private boolean namesABody(SentenceFacts f, int from, int to) {
        for (int k = from; k <= to && k < f.tokens.size(); k++) {
            if (lexicon.venueHeads.longest(f.tokens, k) != null || lexicon.organisationWords.contains(f.tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** "the Taiwan Technical Mission", "the Ghana Cocoa Board": "the", a country, then a capitalised word of a name. */
    private static boolean namesABodyAfter(SentenceFacts f, PlaceMention country) {
        int next = country.to();
        if (country.from() == 0 || !f.tokens.is(country.from() - 1, "the") || next >= f.tokens.size()
                || !f.tokens.word(next) || !f.tokens.capitalised(next) || dateAt(f, next) || TokenSpan.covers(f.persons, next)) {
            return false;
        }
        for (PlaceMention p : f.places.places()) {
            if (p.from() == next) {
                return false;
            }
        }
        return true;
    }

    /** The country told right after a place's name: "Rarotonga in the Cook Islands", "Neves, Sao Tome"; else null. */
    private static String countryRightAfter(SentenceFacts f, int end) {
        if (end + 1 >= f.tokens.size() || !(f.tokens.is(end, "in") || f.tokens.is(end, ","))) {
            return null;
        }
        int at = f.tokens.is(end + 1, "the") ? end + 2 : end + 1;
        for (PlaceMention p : f.places.places()) {
            if (p.from() == at && p.kind() == PlaceMention.Kind.COUNTRY && !p.possessive()) {
                return p.country();
            }
        }
        return null;
    }

    private static final WordSet NATIONHOOD = WordSet.of("independence", "national", "republic", "liberation", "unity",
            "revolution", "constitution");

    /**
     * "attend the celebrations of the 49th anniversary of the independence of the Republic of Djibouti", "Togo's
     * independence celebrations": a country's day is held in that country. The country, or null.
     */
    static PlaceMention countryOfItsDay(SentenceFacts f, Trigger t, int regionEnd) {
        if (!t.kind().equals("ceremony") || !t.form().equals("noun")) {
            return null;
        }
        boolean nationhood = false;
        for (int k = Math.max(0, t.from() - 3); k < Math.min(regionEnd, t.to() + 12); k++) {
            nationhood |= NATIONHOOD.contains(f.tokens, k);
        }
        if (!nationhood) {
            return null;
        }
        for (PlaceMention p : f.places.places()) {
            if (p.kind() != PlaceMention.Kind.COUNTRY) {
                continue;
            }
            if (p.possessive() && p.to() + 1 < t.from() && t.from() - p.to() <= 3) {
                return p; // "Togo's independence celebrations"
            }
            if (p.from() > t.to() && p.from() < regionEnd && p.from() - t.to() <= 12
                    && (f.tokens.is(p.from() - 1, "of") || p.from() >= 3 && countryAfterItsForm(f, p.from() - 3) == p
                        || f.tokens.is(p.from() - 1, "the") && f.tokens.is(p.from() - 2, "of"))) {
                return p; // "of the independence of Togo", "of the Republic of Djibouti"
            }
        }
        return null;
    }

    /** "Republic of Maldives" at {@code k}: the country after words of a state's form, or null. */
    private static PlaceMention countryAfterItsForm(SentenceFacts f, int k) {
        int j = k;
        while (j < f.tokens.size() && j - k < 4 && COUNTRY_PREFIX.contains(f.tokens, j) && !f.tokens.is(j, "the")) {
            j++;
        }
        if (j == k) {
            return null;
        }
        for (PlaceMention p : f.places.places()) {
            if (p.from() == j && p.kind() == PlaceMention.Kind.COUNTRY && !p.possessive()) {
                return p;
            }
        }
        return null;
    }

    /**
     * "arrives in the country tomorrow for a two-day official visit", "a visit to the country", "to our country" in a
     * ministry's release: a journey of the sentence is to the country the report is filed from.
     */
    static boolean theCountry(SentenceFacts f, Trigger t) {
        if (!t.journey()) {
            return false;
        }
        for (Trigger j : f.triggers) {
            int k = j.to();
            if (j.journey() && !j.past() && k + 2 < f.tokens.size() && (f.tokens.is(k, "in") || f.tokens.is(k, "to"))
                    && (f.tokens.is(k + 1, "the") || f.tokens.is(k + 1, "our")) && f.tokens.is(k + 2, "country")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the journey {@code t}, still ahead, ends in "the capital" (not "the capital of Y", which names it). */
    static boolean theCapital(SentenceFacts f, Trigger t) {
        int k = t.to();
        return t.journey() && !t.past() && k + 2 < f.tokens.size() && (f.tokens.is(k, "in") || f.tokens.is(k, "to"))
                && f.tokens.is(k + 1, "the") && f.tokens.is(k + 2, "capital")
                && !(k + 3 < f.tokens.size() && f.tokens.is(k + 3, "of"));
    }

    /** Whether the journey {@code t}, still ahead, ends "here": at the place the report is filed from. */
    static boolean here(SentenceFacts f, Trigger t) {
        return t.journey() && !t.past() && t.to() < f.tokens.size() && f.tokens.is(t.to(), "here");
    }

    /** Words no venue's name runs across: "visit to Asia since assuming office" names no office. */
    private static final WordSet HEAD_STOPS = WordSet.of("since", "after", "before", "during", "for", "to", "in", "on", "at",
            "of", "with", "by", "from", "and", "or", "but", "as", "that", "which", "who", "when", "while", "until", "than");

    /** The end of "model village", "children's hospital" after a proper name: a venue head within three words, or -1. */
    private int lowerCaseHead(SentenceFacts f, int from) {
        for (int k = from; k < f.tokens.size() && k - from < 3 && f.tokens.word(k) && !f.tokens.capitalised(k)
                && !HEAD_STOPS.contains(f.tokens, k); k++) {
            PhraseTable.Match<String[]> h = lexicon.venueHeads.longest(f.tokens, k);
            if (h != null && h.value()[1].equals("last")) {
                return furtherHeads(f, h.to());
            }
            if (lexicon.siteWords.contains(f.tokens, k)) {
                return furtherHeads(f, k + 1); // "the Akosombo dam"
            }
        }
        return -1;
    }

    /**
     * Past one more lower-case head at {@code k}: "the Tanger Med port complex" ends after "complex", not "port" (and
     * "the Lobito port complex area" still after "complex": one head more, no run of them).
     */
    private int furtherHeads(SentenceFacts f, int k) {
        if (k >= f.tokens.size() || !f.tokens.word(k) || f.tokens.capitalised(k)) {
            return k;
        }
        PhraseTable.Match<String[]> h = lexicon.venueHeads.longest(f.tokens, k);
        return h != null && h.value()[1].equals("last") ? h.to() : lexicon.siteWords.contains(f.tokens, k) ? k + 1 : k;
    }

    private static final WordSet COUNTRY_PREFIX = WordSet.of("the", "republic", "of", "democratic", "federal", "kingdom");

    /** Adds the countries of "X and Y" / "X, Y and Z" after a destination; true when there are several. */
    /** Whether a list of places goes on after token {@code k}: "Kaprun, Salzburg and Linz". */
    private static boolean listGoesOn(SentenceFacts f, int k) {
        return k < f.tokens.size() && (f.tokens.is(k, "and") || f.tokens.is(k, ",") && k + 1 < f.tokens.size()
                && (f.tokens.is(k + 1, "and") || f.tokens.capitalised(k + 1)));
    }

    static boolean destinations(SentenceFacts f, PlaceMention first, Candidate c) {
        PlaceMention last = first;
        boolean several = false;
        for (PlaceMention p : f.places.places()) {
            // "Namibia, the Republic of Congo, Chad and Nigeria": "the Republic of" opens a country's name in a list
            int from = p.from();
            while (p.kind() == PlaceMention.Kind.COUNTRY && from > last.to() + 1 && from > p.from() - 4
                    && COUNTRY_PREFIX.contains(f.tokens, from - 1)) {
                from--;
            }
            if (from < p.from() && !f.tokens.is(from, "the")) {
                from = p.from();
            }
            boolean joined = from == last.to() + 1 && (f.tokens.is(last.to(), "and") || f.tokens.is(last.to(), ",")
                    || f.tokens.is(last.to(), ";"))
                    || from == last.to() + 2 && (f.tokens.is(last.to(), ",") || f.tokens.is(last.to(), ";"))
                    && f.tokens.is(last.to() + 1, "and"); // "Bogotá, Colombia; Santiago, Chile; and Lima, Peru"
            if (joined && p.kind() == PlaceMention.Kind.COUNTRY && last.kind() == PlaceMention.Kind.CITY
                    && p.country() != null && p.country().equals(last.country()) && f.tokens.is(last.to(), ",")) {
                last = p; // "Bogotá, Colombia": the city's country, no second destination
                continue;
            }
            if (joined && last.kind() == PlaceMention.Kind.VENUE && p.kind() != PlaceMention.Kind.VENUE
                    && f.tokens.is(last.to(), ",")) {
                last = p; // "at the Kempinski Hotel, Accra": the venue's town, no second destination
                continue;
            }
            if (joined && last.kind() == PlaceMention.Kind.TOWN && p.kind() == PlaceMention.Kind.CITY
                    && f.tokens.is(last.to(), ",") && !listGoesOn(f, p.to())) {
                last = p; // "the plant at Kaprun, Salzburg, on Friday": a town the lists lack, then its province's seat
                continue;
            }
            if (joined) {
                if (!several && first.country() != null) {
                    c.groupCountries.add(first.country());
                }
                several = true;
                if (p.country() != null) {
                    c.groupCountries.add(p.country());
                }
                last = p;
            }
        }
        return several;
    }

    /** "the Cairo summit", "the Elysee Palace summit". */
    PlaceMention placeModifier(SentenceFacts f, Trigger t) {
        for (PlaceMention p : f.places.places()) {
            if (p.to() == t.from() && !p.possessive() && p.kind() != PlaceMention.Kind.COUNTRY) {
                return p;
            }
        }
        return null;
    }

    private static boolean pairedWithAPlace(SentenceFacts f, PlaceMention p) {
        int dash = p.to();
        if (dash + 1 >= f.tokens.size() || !(f.tokens.is(dash, "–") || f.tokens.is(dash, "-") || f.tokens.is(dash, "/"))) {
            return false;
        }
        for (PlaceMention q : f.places.places()) {
            if (q.from() == dash + 1) {
                return true;
            }
        }
        return false;
    }

    Candidate.Loc location(SentenceFacts f, Trigger t, PlaceMention object, PlaceMention modifier, int regionEnd,
                                   int firstTrigger) {
        if (object != null) {
            return loc(object);
        }
        if (modifier != null) {
            PlaceMention where = whereBefore(f, t);
            // "leaves for Singapore, where he will attend the Shangri-La Dialogue": the town told, not the one in its name
            return loc(where != null ? where : modifier);
        }
        int purpose = regionEnd;
        boolean inWhereClause = whereBefore(f, t) != null;
        for (int k = t.to(); k + 1 < regionEnd; k++) {
            if (inWhereClause && f.tokens.is(k, ",")) {
                purpose = k; // "to Peru, where he will meet X, and to Bolivia": the clause's place, not the next stop
                break;
            }
            if (f.tokens.is(k, "to") && !f.tokens.capitalised(k + 1) && Character.isLetter(f.tokens.charAt(k + 1, 0))
                    && !f.tokens.is(k + 1, "the") && !f.tokens.is(k + 1, "take") && !f.tokens.is(k + 1, "be")) {
                purpose = k; // "to discuss ... the war in Ukraine" says why, not where
                break;
            }
            if (f.tokens.is(k, ",") && reportingClauseAfter(f, k, regionEnd)) {
                purpose = k; // "... for a two-day visit, her spokesman told reporters in Madrid": where it was said
                break;
            }
            if (f.tokens.is(k, ",") && (f.tokens.is(k + 1, "before") || f.tokens.is(k + 1, "after"))) {
                purpose = k; // "received by X, before the two presidents travel to Narva": the next step's place
                break;
            }
            if (k == t.to() && (f.tokens.is(k, "that") || f.tokens.is(k, "which")) && f.tokens.word(k + 1)
                    && !f.tokens.capitalised(k + 1) && !CLAUSE_SUBJECT_OPENERS.contains(f.tokens, k + 1) && !LEADING.contains(f.tokens, k + 1)
                    && !ClauseWords.AUXILIARIES.contains(f.tokens, k + 1) && !LOCATIVE.contains(f.tokens, k + 1)) {
                // "for a state visit that coincides with the anniversary of Japanese immigration to Paraguay": the
                // clause tells of the visit, not where it goes (but "the visit that the President will make to X" does)
                purpose = k;
                break;
            }
            if (f.tokens.is(k, ",") && f.tokens.is(k + 1, "which") && k + 2 < regionEnd
                    && !ClauseWords.AUXILIARIES.contains(f.tokens, k + 2) && !LOCATIVE.contains(f.tokens, k + 2)) {
                // "chair the summit, which X said would send a message on a ceasefire in Gaza"; but "a dinner,
                // which had been set for 5 February in Brussels" still tells where
                purpose = k;
                break;
            }
        }
        for (PlaceMention p : f.places.places()) {
            if (p.from() >= t.to() && p.from() < purpose && locative(f, p) && !EventClauses.afterReturn(f, p.from())
                    && !f.background[p.from()]) { // "the first session since the change of government in Damascus"
                return loc(p);
            }
            if (p.from() >= t.to() && p.from() < purpose && p.kind() == PlaceMention.Kind.COUNTRY) {
                Candidate.Loc town = unlistedTown(f, p);
                if (town != null) {
                    return town;
                }
            }
        }
        PlaceMention unlisted = t.journey() ? null : townAfterIn(f, t.to()); // (not "arrive in Addis Abeba": another spelling)
        if (unlisted != null && unlisted.to() <= purpose) {
            return loc(unlisted);
        }
        PlaceMention before = null;
        for (PlaceMention p : f.places.places()) {
            if (p.from() < t.from() && locative(f, p) && !f.background[p.from()]) {
                before = p;
            }
        }
        return before != null ? loc(before) : f.timedLine ? listedInTheItem(f) : null;
    }

    /**
     * A reporting clause opening after the comma at {@code comma}: ", her spokesman told reporters", ", officials said"
     * (a speech cue of cues.tsv within a few words).
     */
    private boolean reportingClauseAfter(SentenceFacts f, int comma, int limit) {
        for (int k = comma + 1; k < limit && k <= comma + 4; k++) {
            if (Lexicon.has(lexicon.cueAt(f.tokens, k), "speech")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A programme item's place, listed between commas with no preposition: "09:30 – Foreign Affairs Council, Europa
     * building, Brussels, chaired by X", "18:00 – Meeting with X, Egmont Palace". Not a country, nor a place in a
     * person's title ("the Minister of Foreign Affairs of Chile").
     */
    private Candidate.Loc listedInTheItem(SentenceFacts f) {
        Candidate.Loc venue = null;
        for (PlaceMention p : f.places.places()) {
            if (p.kind() != PlaceMention.Kind.COUNTRY && p.from() > 0 && f.tokens.is(p.from() - 1, ",")
                    && !TokenSpan.covers(f.persons, p.from()) && !f.background[p.from()]) {
                Candidate.Loc here = loc(p);
                if (venue == null && (p.kind() != PlaceMention.Kind.VENUE || here.city() != null)) {
                    return here;
                }
                if (venue == null) {
                    venue = here; // "Gothenburg Concert Hall, Gothenburg": the hall, in the town listed after it
                } else if (p.kind() == PlaceMention.Kind.CITY) {
                    return new Candidate.Loc(venue.name(), here.city(), here.country(), here.zone(), null, null, 2);
                }
            }
        }
        return venue;
    }

    /**
     * "the opening of the Zagreb Energy Forum": the town a gathering is named after, for one no sentence of the report
     * places (the Tokyo International Conference is held in Yokohama when the report says so); else null.
     */
    static Candidate.Loc townInTheName(Candidate e) {
        Trigger t = e.trigger;
        if (!t.named()) {
            return null;
        }
        for (PlaceMention p : e.facts.places.places()) {
            if (p.kind() == PlaceMention.Kind.CITY && p.from() >= t.nameFrom() && p.to() <= t.from() && !p.possessive()) {
                return townLoc(p);
            }
        }
        return null;
    }

    /**
     * "for Singapore, where he will attend ...", "in Tunis on Monday, where he will be received by ...": the place a
     * ", where" clause holding the event word is about.
     */
    private static PlaceMention whereBefore(SentenceFacts f, Trigger t) {
        for (PlaceMention p : f.places.places()) {
            int k = p.to();
            for (SentenceFacts.Dated d : f.dates) {
                int end = f.tokenAt(d.mention().end() - 1) + 1;
                if ((d.token() == k || d.token() == k + 1 && f.tokens.is(k, "on")) && end < t.from()) {
                    k = end; // the day it is there, between the place and its clause
                }
            }
            if (p.kind() != PlaceMention.Kind.ORGANISATION && k + 1 < t.from() && f.tokens.is(k, ",")
                    && f.tokens.is(k + 1, "where") && !f.tokens.containsBetween(k + 2, t.from(), ",")) {
                return p;
            }
        }
        return null;
    }

    /** A place named after the event word, in its stretch of the sentence. */
    static boolean placedAfter(SentenceFacts f, Trigger t, int regionEnd) {
        for (PlaceMention p : f.places.places()) {
            if (p.from() >= t.to() && p.from() < regionEnd) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet COMPASS = WordSet.of("northern", "southern", "eastern", "western", "central", "north",
            "south", "east", "west", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
            "north-western", "south-eastern", "south-western", "northeast", "northwest", "southeast", "southwest");

    /** "in Cornwall, England", "in Tillia, in western Niger": a place the gazetteer lacks, placed by the country after it. */
    private Candidate.Loc unlistedTown(SentenceFacts f, PlaceMention country) {
        int j = country.from();
        if (j > 0 && COMPASS.contains(f.tokens, j - 1)) {
            j--; // "in Tillia, in western Niger"
        }
        if (j > 0 && f.tokens.is(j - 1, "in")) {
            j--;
        }
        int comma = j - 1;
        int k = comma;
        while (k > 0 && comma - k < 3 && f.tokens.capitalised(k - 1) && f.tokens.word(k - 1)) {
            k--;
        }
        if (comma < 1 || !f.tokens.is(comma, ",") || k == comma || k == 0 || !LOCATIVE.contains(f.tokens, k - 1)
                || TokenSpan.covers(f.places.places(), k) || TokenSpan.covers(f.persons, k)) {
            return null;
        }
        String town = PlaceFinder.phrase(f.tokens, k, comma);
        String zone = gazetteer.country(country.country()).map(Gazetteer.CountryInfo::capitalZone).orElse(null);
        return new Candidate.Loc(town + ", " + PlaceFinder.phrase(f.tokens, country.from(), country.to()), town, country.country(), zone,
                null, null, 1);
    }

    static boolean locative(SentenceFacts f, PlaceMention p) {
        if (p.possessive() || p.from() == 0) {
            return false;
        }
        int k = p.from() - 1;
        if (f.tokens.is(k, "the") && k > 0) {
            k--;
        }
        if (k > 2 && f.tokens.is(k, ",") && (f.tokens.is(k - 1, "capital") || f.tokens.is(k - 1, "city"))
                && (LOCATIVE.contains(f.tokens, k - 3) || f.tokens.is(k - 2, "'s") && k > 3)) {
            return true; // "in the capital, Niamey", "in Senegal's capital, Dakar"
        }
        boolean apposed = f.tokens.is(k, "capital") || f.tokens.is(k, "city") || f.tokens.is(k, "town");
        if (k > 1 && (apposed || f.tokens.is(k, "of") && SETTLEMENT_NOUNS.contains(f.tokens, k - 1))) {
            // "in the Latvian capital Riga", "a visit to the port of Nouadhibou"
            int of = apposed ? k + 1 : k;
            for (int j = of - 2; j >= 0 && j > of - 8; j--) { // "in Turkey's southern resort city of Antalya"
                if (LOCATIVE.contains(f.tokens, j)) {
                    return true;
                }
            }
        }
        if (f.tokens.is(k, "to") && handedOver(f, k)) {
            return false; // "will hand the chairmanship of the Council to the Russian Federation": who gets it
        }
        // "the war in Ukraine" is a subject of talks, not where they are held
        return LOCATIVE.contains(f.tokens, k) && !(k > 0 && SITUATION_NOUNS.contains(f.tokens, k - 1));
    }

    /** "the city of X", "the port of X": the place the noun before "of" names */
    private static final WordSet SETTLEMENT_NOUNS = WordSet.of("city", "town", "capital", "port", "village", "oasis");

    private static final WordSet HANDING = WordSet.of("hand", "hands", "handing", "pass", "passes", "passing", "transfer",
            "transfers", "transferring", "cede", "cedes", "ceding");

    /** A verb of handing something over opens the clause that {@code to} at {@code k} ends. */
    private static boolean handedOver(SentenceFacts f, int k) {
        for (int j = k - 1; j >= 0 && j > k - 10; j--) {
            if (HANDING.contains(f.tokens, j)) {
                return true;
            }
            if (f.tokens.is(j, ",") || f.tokens.is(j, ";")) {
                return false;
            }
        }
        return false;
    }

    private static final WordSet SITUATION_NOUNS = WordSet.of("war", "conflict", "crisis", "situation", "fighting", "violence",
            "peace", "tensions", "unrest", "elections", "invasion", "ceasefire", "humanitarian");

    /** A town the gazetteer lists, with its zone and coordinates. */
    private static Candidate.Loc townLoc(PlaceMention p) {
        Gazetteer.CityInfo c = p.city();
        return new Candidate.Loc(p.name(), p.name(), c.country(), c.zone(), coordinate(c.latitude()), coordinate(c.longitude()), 1);
    }

    Candidate.Loc loc(PlaceMention p) {
        switch (p.kind()) {
            case CITY -> {
                return townLoc(p);
            }
            case COUNTRY -> {
                return countryLoc(p.name(), p.country());
            }
            case TOWN -> { // a venue-level place whose country the sentence or the stay gives
                String zone = p.country() == null ? null : gazetteer.country(p.country()).map(Gazetteer.CountryInfo::capitalZone).orElse(null);
                return new Candidate.Loc(p.name(), p.name(), p.country(), zone, null, null, 2);
            }
            default -> {
                if (p.city() != null) { // "the Tema oil terminal": in the town it is named after, as written
                    return new Candidate.Loc(p.name(), writtenTown(p.name(), p.city()), p.city().country(), p.city().zone(),
                            null, null, 2);
                }
                if (p.country() != null) {
                    Gazetteer.CityInfo cap = gazetteer.capitalOf(p.country()).orElse(null);
                    return new Candidate.Loc(p.name(), cap == null ? null : cap.shortName(), p.country(),
                            cap == null ? null : cap.zone(), null, null, 2);
                }
                Gazetteer.CityInfo of = townOfTheName(p.name());
                if (of != null) { // "the Port of Santos", "the University of Nairobi": in that town
                    return new Candidate.Loc(p.name(), of.shortName(), of.country(), of.zone(), null, null, 2);
                }
                return new Candidate.Loc(p.name(), null, null, null, null, null, 2);
            }
        }
    }

    /** "Rafah" of "Rafah crossing", the opening words the gazetteer reads as {@code town}; else the town's own name. */
    private String writtenTown(String venue, Gazetteer.CityInfo town) {
        for (int space = venue.indexOf(' '); space > 0; space = venue.indexOf(' ', space + 1)) {
            if (gazetteer.cities(venue.substring(0, space)).contains(town)) {
                return venue.substring(0, space);
            }
        }
        return town.shortName();
    }

    /** The town a venue's name ends with after "of" ("Port of Santos"), the most populous of that name; else null. */
    private Gazetteer.CityInfo townOfTheName(String venue) {
        int of = venue.lastIndexOf(" of ");
        if (of < 0) {
            return null;
        }
        List<Gazetteer.CityInfo> towns = gazetteer.cities(venue.substring(of + 4));
        return towns.isEmpty() ? null : towns.get(0);
    }

    /**
     * "Commonwealth House, London" in a letterhead, "talks at the Palacio San Martín, Buenos Aires": the towns the report
     * gives its venues, by the venue's name, for the items that later name the venue alone.
     */
    static Map<String, PlaceMention> venueTowns(List<SentenceFacts> report) {
        Map<String, PlaceMention> towns = new HashMap<>();
        for (SentenceFacts f : report) {
            List<PlaceMention> ps = f.places.places();
            for (int i = 0; i + 1 < ps.size(); i++) {
                PlaceMention venue = ps.get(i);
                PlaceMention town = ps.get(i + 1);
                if (venue.kind() == PlaceMention.Kind.VENUE && town.kind() == PlaceMention.Kind.CITY && town.from() == venue.to() + 1
                        && f.tokens.is(venue.to(), ",")) {
                    towns.putIfAbsent(venue.name().toLowerCase(Locale.ROOT), town);
                }
            }
        }
        return towns;
    }

    /**
     * An engagement the text places nowhere, or only at a venue, once no stay holds it: in the country of one of its
     * people that the report tells a journey to ("will travel to Chile on Thursday" + "will hold a working meeting on
     * Friday with Chile's foreign minister"), else, for a venue, in the town the report gives it elsewhere ("Commonwealth
     * House, London"), else where its people are that day on a tour, else in the town the report is filed from ("PORT
     * LOUIS – ... will hold talks at State House on Monday"). A visit told of no place, once the rest are placed, is in
     * the one country its visitors' other engagements of its days are in.
     */
    void placeTheUnplaced(List<Candidate> events, PlaceMention dateline, Map<String, PlaceMention> venueTowns) {
        Candidate.Loc filedFrom = dateline != null && dateline.kind() == PlaceMention.Kind.CITY ? loc(dateline) : null;
        if (dateline != null && dateline.kind() == PlaceMention.Kind.COUNTRY) {
            // "Luxembourg, 13 September", "SINGAPORE, May 2": a capital named as its country is the town
            Gazetteer.CityInfo cap = gazetteer.capitalOf(dateline.country()).orElse(null);
            if (cap != null && cap.shortName().regionMatches(true, 0, dateline.name(), 0, dateline.name().length())) {
                filedFrom = new Candidate.Loc(cap.shortName(), cap.shortName(), cap.country(), cap.zone(), coordinate(cap.latitude()),
                        coordinate(cap.longitude()), 1);
            }
        }
        List<Candidate> unplacedVisits = new ArrayList<>();
        for (Candidate e : events) {
            boolean venueOnly = e.loc != null && e.loc.level() == 2 && e.loc.country() == null;
            // (a venue the lists cannot place, "the Upper X Hydroelectric Project in Y", is in the stay's country too)
            Candidate stay = venueOnly && e.family().equals("visit") ? theStayBefore(e, events) : null;
            if (stay != null) {
                e.loc = e.loc.placedIn(stay.loc); // "a visit by X to the port of Owendo" the day after his stay in Gabon
                continue;
            }
            if (e.loc == null && e.family().equals("visit")) {
                unplacedVisits.add(e);
                continue;
            }
            if (e.virtual || e.family().equals("visit") || e.loc != null && !venueOnly) {
                continue; // a journey is away from where the report is filed, most often its travellers' home
            }
            Candidate.Loc town = journeyToOnesCountry(e, events);
            PlaceMention venueTown = venueOnly && town == null ? venueTowns.get(e.loc.name().toLowerCase(Locale.ROOT)) : null;
            if (venueTown != null) {
                town = loc(venueTown); // after the journey: "the Foreign Ministry, Buenos Aires" is not the one in Santiago
            }
            if (town == null) {
                town = whereTheyAreThatDay(e, events);
            }
            if (town == null) {
                town = filedFrom;
            }
            if (town == null) {
                continue;
            }
            e.loc = venueOnly ? e.loc.placedIn(town) : town;
        }
        for (Candidate e : unplacedVisits) { // once their stops are placed
            String country = whereItsStopsAre(e, events);
            if (country != null) {
                e.loc = countryLoc(country); // "arrives in the country on Thursday" + talks "at State House Entebbe on Friday"
            }
        }
    }

    /**
     * The one country where a visit told of no place has its visitors' other engagements within its days, when it is
     * not a visitor's own; else null.
     */
    private static String whereItsStopsAre(Candidate visit, List<Candidate> events) {
        if (!visit.dated() || visit.groupCountries.size() >= 2) {
            return null;
        }
        String country = null;
        for (Candidate o : events) {
            if (o == visit || o.loc == null || o.loc.country() == null || !o.dated() || o.start.isBefore(visit.start)
                    || o.end.isAfter(visit.end) || !o.sharesParticipantWith(visit)) {
                continue;
            }
            if (country != null && !country.equals(o.loc.country())) {
                return null;
            }
            country = o.loc.country();
        }
        for (Person p : visit.subjects) {
            if (country != null && country.equals(p.country)) {
                return null;
            }
        }
        return country;
    }

    /** The latest stay in a country, of some of {@code e}'s people, that starts no later than {@code e}; null when none. */
    private static Candidate theStayBefore(Candidate e, List<Candidate> events) {
        Candidate stay = null;
        for (Candidate s : events) {
            if (s != e && s.family().equals("visit") && s.dated() && e.dated() && !s.start.isAfter(e.start) && s.loc != null
                    && s.loc.country() != null && s.sharesParticipantWith(e) && (stay == null || s.start.isAfter(stay.start))) {
                stay = s;
            }
        }
        return stay;
    }

    /**
     * "X will travel to Kenya and Ethiopia from 11 to 13 March ... On Thursday, 12 March, X will be received by President
     * Y at State House. Later that day he will visit the UN Office at Nairobi": on a tour of several countries, the one
     * town where one of {@code e}'s people is told to be on its day, in a country of the tour; else null.
     */
    private static Candidate.Loc whereTheyAreThatDay(Candidate e, List<Candidate> events) {
        if (!e.dated() || !e.start.equals(e.end)) {
            return null;
        }
        Candidate tour = null;
        for (Candidate t : events) {
            if (t.family().equals("visit") && t.loc == null && t.groupCountries.size() >= 2 && t.dated()
                    && !e.start.isBefore(t.start) && !e.end.isAfter(t.end) && t.sharesParticipantWith(e)) {
                tour = t;
                break;
            }
        }
        if (tour == null) {
            return null;
        }
        Candidate.Loc town = null;
        for (Candidate o : events) {
            if (o == e || o.loc == null || o.loc.city() == null || !o.dated() || !o.start.equals(e.start) || !o.end.equals(e.end)
                    || !o.sharesParticipantWith(e)) {
                continue;
            }
            if (town != null && !town.city().equals(o.loc.city())) {
                return null; // two towns that day: which one is not told
            }
            town = o.loc.town();
        }
        return town != null && tour.groupCountries.contains(town.country()) ? town : null;
    }

    /** The town of a journey the report tells to the country of one of {@code e}'s people, or null. */
    private static Candidate.Loc journeyToOnesCountry(Candidate e, List<Candidate> events) {
        for (Candidate j : events) {
            if (j == e || !j.family().equals("visit") || j.loc == null || j.loc.country() == null || j.loc.city() == null
                    || !j.dated() || !e.dated() || e.start.isBefore(j.start.minusDays(1)) || e.start.isAfter(j.end.plusDays(1))) {
                continue; // (about the days of the journey: a meeting a week away is no part of it)
            }
            for (Person p : e.participants()) {
                if (j.loc.country().equals(p.country) && !j.involves(p)) {
                    return j.loc.town();
                }
            }
        }
        return null;
    }

    /** A town the list lacks has no coordinates (NaN): no GEO rather than a wrong one. */
    private static Double coordinate(double degrees) {
        return Double.isNaN(degrees) ? null : degrees;
    }

    /** A country by its code, under the list's name for it. */
    Candidate.Loc countryLoc(String iso2) {
        return countryLoc(gazetteer.country(iso2).map(Gazetteer.CountryInfo::name).orElse(iso2), iso2);
    }

    private Candidate.Loc countryLoc(String name, String iso2) {
        Gazetteer.CityInfo cap = gazetteer.capitalOf(iso2).orElse(null);
        String zone = gazetteer.country(iso2).map(Gazetteer.CountryInfo::capitalZone).orElse(null);
        return new Candidate.Loc(name, cap == null ? null : cap.shortName(), iso2, zone, null, null, 0);
    }

    Candidate.Loc bodysCountry(SentenceFacts f, Trigger t) {
        if (!ORGANISATION_HEADS.contains(f.tokens, Math.max(0, t.to() - 1))) {
            return null;
        }
        CountryMention cm = f.places.firstCountryWithin(Math.min(t.from(), t.nameFrom()), t.to());
        return cm == null ? null : countryLoc(cm.iso2());
    }

    private static final WordSet ORGANISATION_HEADS = WordSet.of("congress", "parliament", "assembly", "senate", "council",
            "cabinet", "legislature", "diet", "majlis", "knesset", "bundestag");

    /** "Kishida will ... before returning to Japan": whoever is told just before goes home to Japan. */
    static void homeFromReturn(SentenceFacts f) {
        for (PlaceMention p : f.places.places()) {
            if (p.kind() != PlaceMention.Kind.COUNTRY || p.from() < 2 || !f.tokens.is(p.from() - 1, "to")
                    || !EventClauses.RETURN_WORDS.contains(f.tokens, p.from() - 2)) {
                continue;
            }
            PersonMention subject = null; // the sentence's first person: "X will travel ... for talks with Y before returning"
            for (PersonMention m : f.persons) {
                if (m.to() <= p.from() && !m.speaker() && subject == null) {
                    subject = m;
                }
            }
            if (subject != null && subject.person().country == null) {
                subject.person().country = p.country();
            }
        }
    }

    /**
     * "The visit to Aalborg University has been cancelled", "arrives at Taoyuan International Airport": a venue whose name
     * opens with a town of its own country, which no sentence of the engagement names as its town, is in that town, not
     * in the stay's.
     */
    void townOpeningItsName(Candidate e) {
        if (e.loc == null || e.loc.level() != 2 || e.loc.country() == null || e.loc.name().equals(e.loc.city())) {
            return;
        }
        String[] words = e.loc.name().split(" ");
        for (int n = Math.min(2, words.length - 1); n >= 1; n--) {
            String opening = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
            if (opening.equals(e.loc.city()) || !restNamesASite(words, n)) {
                continue;
            }
            List<Gazetteer.CityInfo> towns = gazetteer.cities(opening);
            for (Gazetteer.CityInfo town : towns.size() == 1 ? towns : List.<Gazetteer.CityInfo>of()) {
                // (one town of the name the world over: "Columbia University" may be named after another Columbia)
                if (town.country().equals(e.loc.country()) && !namedAsItsTown(e, e.loc.city())) {
                    e.loc = new Candidate.Loc(e.loc.name(), opening, town.country(), town.zone(), coordinate(town.latitude()),
                            coordinate(town.longitude()), 2);
                    return;
                }
            }
        }
    }

    /**
     * Heads of sites that stand in the town they are named after ("Aalborg University", "Entebbe International Airport");
     * not a house, hall or station, often named after a town elsewhere ("Hyderabad House" is in New Delhi, "Union Station"
     * in Washington).
     */
    private static final java.util.Set<String> SITES_OF_THEIR_TOWN = java.util.Set.of("University", "Airport", "Port",
            "Harbour", "Harbor", "Terminal", "Refinery", "Plant", "Shipyard", "Airfield", "Depot", "Crossing");
    /** words between the town and the site's head: "International" of "Entebbe International Airport" (not "Dumont") */
    private static final java.util.Set<String> SITE_MODIFIERS_OF_A_TOWN = java.util.Set.of("International", "National",
            "Regional", "Municipal", "State", "Federal", "Technical", "Free", "Container", "Cruise", "Oil", "Gas");

    /** Words {@code from} on are a site's head after its usual modifiers: "International Airport", "University". */
    private static boolean restNamesASite(String[] words, int from) {
        for (int k = from; k < words.length - 1; k++) {
            if (!SITE_MODIFIERS_OF_A_TOWN.contains(words[k])) {
                return false;
            }
        }
        return SITES_OF_THEIR_TOWN.contains(words[words.length - 1]);
    }

    /** Whether a sentence of {@code e} names {@code town} as a place ("at Aalborg University in Copenhagen"). */
    private static boolean namedAsItsTown(Candidate e, String town) {
        if (town == null) {
            return false;
        }
        for (PlaceMention p : e.facts.places.places()) {
            if (p.kind() == PlaceMention.Kind.CITY && town.equals(p.name()) && !e.facts.background[p.from()]) {
                return true;
            }
        }
        return false;
    }

    /** "X will host Y" with no place told: at X's home. */
    void hostsAtHome(List<Candidate> events) {
        for (Candidate e : events) {
            boolean unplacedVenue = e.loc != null && e.loc.level() == 2 && e.loc.country() == null;
            if (e.loc != null && !unplacedVenue || e.virtual || !e.kind.equals("host")) {
                continue;
            }
            // "X will host Y", or "Y will be received by X at the Moncloa Palace": X is at home
            for (Person p : e.hosted ? e.subjects : e.objects) {
                if (p.country != null) {
                    Candidate.Loc home = countryLoc(p.country);
                    e.loc = unplacedVenue ? e.loc.placedIn(home) : home;
                    break;
                }
            }
        }
    }

    private static final WordSet DEPARTING = WordSet.of("departing", "leaving", "flying", "heading");

    /** "visit X before departing for Tokyo": where the visitor goes next, not where the venue is. */
    private static boolean departingFor(SentenceFacts f, int at) {
        return at >= 2 && (f.tokens.is(at - 1, "for") || f.tokens.is(at - 1, "to")) && DEPARTING.contains(f.tokens, at - 2);
    }

    /** A venue takes its city and country from the sentence ("in Alexandria", "in Egypt") or the stay. */
    Candidate.Loc refineVenue(SentenceFacts f, Candidate.Loc venue, SentenceFacts.Anchor anchor) {
        String city = venue.city();
        String country = venue.country();
        String zone = venue.zone();
        Double lat = venue.lat();
        Double lon = venue.lon();
        int venueAt = -1;
        for (PlaceMention p : f.places.places()) {
            if (venueAt < 0 && p.kind() == PlaceMention.Kind.VENUE && p.name().equals(venue.name())) {
                venueAt = p.from();
            }
        }
        for (PlaceMention p : f.places.places()) {
            if (p.possessive() || f.background[p.from()] || p.from() > venueAt && EventClauses.afterReturn(f, p.from())
                    || p.from() > venueAt && departingFor(f, p.from())) {
                // (not "at the Legislative Palace, before flying back to Santiago": where the visitor goes home to after
                // it; but "after returning to Marseille, X will host Y at the Pharo Palace" is there)
                continue;
            }
            if (p.kind() == PlaceMention.Kind.CITY && city == null && (country == null || country.equals(p.country()))) {
                city = p.name();
                country = p.country();
                zone = p.city().zone();
                lat = coordinate(p.city().latitude());
                lon = coordinate(p.city().longitude());
            } else if (p.kind() == PlaceMention.Kind.COUNTRY && country == null
                    && (locative(f, p) || p.from() > 0 && f.tokens.is(p.from() - 1, ","))) {
                country = p.country(); // "in Egypt", "in Bulboaca, Republic of Moldova", but not "the top US diplomat"
            }
        }
        if (country == null && anchor != null && anchor.place() != null) {
            country = anchor.place().country();
        }
        if (country != null && city == null) {
            Gazetteer.CityInfo cap = gazetteer.capitalOf(country).orElse(null);
            if (cap != null) {
                city = cap.shortName();
                zone = cap.zone();
            }
        }
        if (zone == null && country != null) {
            zone = gazetteer.country(country).map(Gazetteer.CountryInfo::capitalZone).orElse(null);
        }
        return new Candidate.Loc(venue.name(), city, country, zone, lat, lon, 2);
    }
}
