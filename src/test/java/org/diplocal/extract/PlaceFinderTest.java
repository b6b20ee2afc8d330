package org.diplocal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceFinderTest {
    private static PlaceMention first(String sentence) {
        return Fixtures.places(sentence).places().get(0);
    }

    @Test
    void findsCountryByAlias() {
        PlaceMention p = first("He flies to the Republic of Chile.");
        assertEquals(PlaceMention.Kind.COUNTRY, p.kind());
        assertEquals("CL", p.country());
    }

    @Test
    void aTerritorysNameThatAListAlsoGivesAsItsAdjectiveIsAPlace() {
        PlaceMention p = first("The next session will be held in Macao in November.");
        assertEquals("MO", p.country(), p::toString);
    }

    @Test
    void aVenueWhoseHeadIsNumberedAfterAHyphenIsOneVenue() {
        PlaceMention p = first("The commission will meet at the Lusaka International Conference Centre-2 on Friday.");
        assertEquals(PlaceMention.Kind.VENUE, p.kind());
        assertEquals("Lusaka International Conference Centre-2", p.name());
    }

    @Test
    void aTownWrittenInAnotherTransliterationIsFoundAfterAPreposition() {
        PlaceMention p = first("A stop in Misrata has been dropped from the programme.");
        assertEquals(PlaceMention.Kind.CITY, p.kind());
        assertEquals("LY", p.country());
        assertEquals("Misrata", p.name());
    }

    @Test
    void aBodysBracketedAcronymIsNoTown() {
        PlaceFinder.Found found = Fixtures.places("The head of the International Labour Organization (ILO) spoke.");
        assertTrue(found.places().isEmpty(), found::toString);
    }

    @Test
    void anEquatoguineanIsOfEquatorialGuinea() {
        PlaceFinder.Found found = Fixtures.places("Equatoguinean President Teodoro Obiang will travel on Friday.");
        assertEquals("GQ", found.countries().get(0).iso2());
    }

    @Test
    void aWordWithAMarkTheTownsNameLacksIsNoLooseSpellingOfIt() {
        PlaceFinder.Found found = Fixtures.places("The envoy will travel to Saleh on Friday.");
        assertTrue(found.places().isEmpty(), found::toString);
    }

    @Test
    void knowsASmallStatesMainTownsThoughFewLiveThere() {
        PlaceMention p = first("The foreign ministers will meet in Esch-sur-Alzette on Friday.");
        assertEquals(PlaceMention.Kind.CITY, p.kind());
        assertEquals("LU", p.country());
    }

    @Test
    void knowsAProvincesSeatThoughItIsSmall() {
        PlaceMention p = first("The two presidents will open the new bridge in Bellinzona on Friday.");
        assertEquals("Bellinzona", p.city().name());
        assertEquals("CH", p.country());
    }

    @Test
    void aCapitalsPossessiveStandsForItsGovernment() {
        assertEquals("KR", Fixtures.places("Seoul's push for a summit was welcomed.").countries().get(0).iso2());
    }

    @Test
    void aTownsPossessiveStandsForNoGovernment() {
        assertTrue(Fixtures.places("Geneva's talks resume on Monday.").countries().isEmpty());
    }

    @Test
    void aSmallTownNamedAsAnEnglishWordIsNoPlace() {
        PlaceMention p = first("We will meet them in Oslo.");
        assertEquals("Oslo", p.name());
    }

    @Test
    void aTownsNameAfterACourtesyIsAFirstName() {
        TokenList tokens = Tokenizer.tokenize("Hon. Florence Mensah, Minister of Trade, will open the fair.");
        assertTrue(new PlaceFinder(Gazetteer.standard(), Lexicon.standard()).find(tokens, Set.of()).places().isEmpty());
    }

    @Test
    void aSmallTownOfAnUntoldCountryWithNothingToPlaceItIsAName() {
        PlaceMention p = first("Ati Mensah, the trade envoy, will visit Accra.");
        assertEquals("Accra", p.name());
    }

    @Test
    void aSmallTownsNameInSomeonesHonourIsAName() {
        TokenList tokens = Tokenizer.tokenize("A state dinner in Ati's honour will follow.");
        assertTrue(new PlaceFinder(Gazetteer.standard(), Lexicon.standard()).find(tokens, Set.of()).places().isEmpty());
    }

    @Test
    void aBodyOfOneCountryToldInATownOfAnotherIsThatCountrysOwn() {
        PlaceMention p = first("He spoke after a ceremony at the Foreign Office in Accra.");
        assertEquals("GH", p.country());
    }

    @Test
    void aSmallTownAfterInIsThatTown() {
        PlaceMention p = first("The regional talks open in Ati on Friday.");
        assertEquals("TD", p.country());
    }

    @Test
    void aTownsNameMayEndInApostropheS() {
        PlaceMention p = first("The talks are in St. John's.");
        assertEquals("St. John's", p.name());
    }

    @Test
    void aNameEndingInApostropheSBeforeACapitalisedWordIsNoTown() {
        assertTrue(Fixtures.places("The banquet is in St George's Hall.").places().stream()
                .noneMatch(p -> "GD".equals(p.country())), "not St George's, the capital of Grenada");
    }

    @Test
    void aTownTakenBeforeTheReportNamedItsCountryIsReconsideredAfter() {
        PlaceFinder finder = new PlaceFinder(Gazetteer.standard(), Lexicon.standard());
        TokenList tokens = Tokenizer.tokenize("The talks are in St. John's.");
        PlaceFinder.Found found = finder.find(tokens, Set.of());
        assertEquals("CA", found.places().get(0).country());
        finder.reconsider(tokens, found, Set.of("AG"), Set.of("AG"));
        assertEquals("AG", found.places().get(0).country());
    }

    @Test
    void aCountryIsKnownByItsOfficialNamesOwnPart() {
        assertEquals("CV", first("She flies to Cabo Verde on Friday.").country());
    }

    @Test
    void welshIsBritish() {
        assertEquals("GB", Fixtures.places("Welsh First Minister Eluned Morgan will visit Accra.").countries().get(0).iso2());
    }

    @Test
    void aTownsNameBeforeAParticleAndACapitalOpensALongerName() {
        assertTrue(Fixtures.places("They will meet at the Casa Grande del Pueblo.").places().stream()
                .noneMatch(p -> "US".equals(p.country())));
    }

    @Test
    void picksMostPopulousCityOfAName() {
        assertEquals("EG", first("The talks are in Alexandria.").country());
    }

    @Test
    void picksCityInACountryOfTheReport() {
        TokenList tokens = Tokenizer.tokenize("The talks are in Alexandria.");
        PlaceFinder.Found found = new PlaceFinder(Gazetteer.standard(), Lexicon.standard()).find(tokens, Set.of("US"));
        assertEquals("US", found.places().get(0).country());
    }

    @Test
    void aCapitalGivesWayOnlyToATownOfACountryNamedAsAPlace() {
        TokenList tokens = Tokenizer.tokenize("The talks are in Georgetown.");
        PlaceFinder finder = new PlaceFinder(Gazetteer.standard(), Lexicon.standard());
        assertEquals("GY", finder.find(tokens, Set.of("US"), Set.of()).places().get(0).country());
        assertEquals("US", finder.find(tokens, Set.of("US"), Set.of("US")).places().get(0).country());
    }

    @Test
    void ofTwoTownsInToldCountriesTheCapitalOfANamedOneIsTaken() {
        TokenList tokens = Tokenizer.tokenize("The ministers meet in San Jose.");
        PlaceFinder finder = new PlaceFinder(Gazetteer.standard(), Lexicon.standard());
        assertEquals("CR", finder.find(tokens, Set.of("US", "CR"), Set.of("US", "CR")).places().get(0).country());
        assertEquals("US", finder.find(tokens, Set.of("US", "CR"), Set.of("US")).places().get(0).country());
    }

    @Test
    void marksCapitalWithPossessiveAsGovernment() {
        PlaceMention p = first("Warsaw's push for ties grew.");
        assertTrue(p.possessive());
        assertEquals("PL", Fixtures.places("Warsaw's push for ties grew.").countries().get(0).iso2());
    }

    @Test
    void findsVenueByLastHeadWord() {
        PlaceMention p = first("A ceremony at Kranji War Cemetery follows.");
        assertEquals(PlaceMention.Kind.VENUE, p.kind());
        assertEquals("Kranji War Cemetery", p.name());
    }

    @Test
    void aHotelOrAnInnIsAVenue() {
        assertEquals("Labadi Beach Hotel", first("The talks open at the Labadi Beach Hotel.").name());
        assertEquals("Harbour View Inn", first("A dinner follows at the Harbour View Inn.").name());
    }

    @Test
    void aHotelMayOpenItsName() {
        assertEquals("Hotel Continental", first("A dinner follows at Hotel Continental.").name());
    }

    @Test
    void aTitleOfABodyIsNoVenue() {
        assertTrue(Fixtures.places("Speaker of Parliament Ama Owusu will meet him.").places().isEmpty());
    }

    @Test
    void findsVenueByFirstHeadWord() {
        assertEquals("Camp Lejeune", first("He will visit Camp Lejeune.").name());
    }

    @Test
    void findsLowerCaseMinistryAsVenue() {
        assertEquals("Defence Ministry", first("Talks at the defence ministry in Oslo.").name());
    }

    @Test
    void readsOrganisationAsItsCountry() {
        PlaceMention p = first("Officials at the Kremlin said so.");
        assertEquals("RU", p.country());
    }

    @Test
    void doesNotTakeLowerCasePronounForCountry() {
        assertTrue(Fixtures.places("He told us nothing.").places().isEmpty());
    }

    @Test
    void readsDemonymAsCountryReferenceNotPlace() {
        PlaceFinder.Found f = Fixtures.places("Ghanaian troops arrived.");
        assertTrue(f.places().isEmpty());
        assertEquals("GH", f.countries().get(0).iso2());
    }

    @Test
    void readsSaintAbbreviatedEitherWay() {
        PlaceFinder.Found f = Fixtures.places("The forum will open in St Petersburg.");
        assertEquals("RU", f.places().get(0).country());
        assertEquals("RU", Fixtures.places("The forum will open in St. Petersburg.").places().get(0).country());
    }

    @Test
    void doesNotTakeAnOrganisationWordForATown() {
        PlaceFinder.Found f = Fixtures.places("Delegates will gather for the African Union summit.");
        assertTrue(f.places().stream().noneMatch(p -> p.kind() == PlaceMention.Kind.CITY), () -> f.places().toString());
    }

    @Test
    void readsARegionAsNeitherCountryNorCity() {
        PlaceFinder.Found found = Fixtures.places("Talks on security in South America and Central Asia ended.");
        assertTrue(found.places().isEmpty());
        assertTrue(found.countries().isEmpty());
    }

    @Test
    void aCityWhoseNameEndsInAVenueWordIsTheCity() {
        PlaceMention p = first("He will travel to Port of Spain on Friday.");
        assertEquals(PlaceMention.Kind.CITY, p.kind());
        assertEquals("TT", p.country());
    }

    @Test
    void aVenueOfTheSomethingKeepsItsWholeName() {
        assertEquals("Palace of the Nations", first("The talks open at the Palace of the Nations on Monday.").name());
    }

    @Test
    void aTownNameThatOpensAPersonsNameIsNoPlace() {
        assertTrue(Fixtures.places("Florence Parly will visit Oslo on Monday.").places().stream()
                .noneMatch(p -> p.name().equals("Florence")));
    }

    @Test
    void aTownNameAfterAPrepositionStaysATown() {
        assertEquals("IT", first("Talks in Florence Monday ended early.").country());
    }

    @Test
    void aCapitalToldByItsCountrysAdjectiveIsThatCapital() {
        PlaceMention p = first("The summit will be held in the Ghanaian capital on Friday.");
        assertEquals(PlaceMention.Kind.CITY, p.kind());
        assertEquals("Accra", p.city().name());
    }

    @Test
    void aCapitalToldWithItsNameIsThatName() {
        List<PlaceMention> places = Fixtures.places("The summit will be held in the Chilean capital, Santiago, on Friday.").places();
        assertTrue(places.stream().noneMatch(p -> p.to() - p.from() == 2), places::toString);
        assertTrue(places.stream().anyMatch(p -> "Santiago".equals(p.name())), places::toString);
    }

    @Test
    void aTownsNameBeforeAStraitOrABayIsNoTown() {
        assertTrue(Fixtures.places("Fishermen work on both sides of Davis Strait and in Hudson Bay.").places().isEmpty());
    }

    @Test
    void aTownWrittenWithAPlainApostropheIsTheOneTheListWritesWithATurnedComma() {
        PlaceMention p = first("The leaders will meet in Nuku'alofa on Friday.");
        assertEquals(PlaceMention.Kind.CITY, p.kind());
        assertEquals("TO", p.country());
    }

    @Test
    void aTownInBracketsAfterAClockTellsTheTimeThereNotWhere() {
        PlaceFinder.Found found = Fixtures.places("Boric will meet Petro at 11 a.m. local time (1 p.m. in Santiago).");
        assertTrue(found.places().isEmpty(), found::toString);
    }

    @Test
    void aTownInBracketsHoursAheadIsNoPlaceOfTheEvents() {
        PlaceFinder.Found found = Fixtures.places("Programme (times are local; Oslo is seven hours ahead)");
        assertTrue(found.places().isEmpty(), found::toString);
    }

    @Test
    void aDaysHeadingWithItsTownsClockInBracketsKeepsTheTown() {
        PlaceFinder.Found found = Fixtures.places("WEDNESDAY 15 MAY (Accra time)");
        assertEquals("Accra", found.places().get(0).name(), found::toString);
    }

    @Test
    void theIslandIsNoCountryWhoseOwnNameIsThatWord() {
        PlaceFinder.Found found = Fixtures.places("It will be the first visit to the Island by a Spanish minister since 2019.");
        assertTrue(found.countries().stream().noneMatch(c -> c.iso2().equals("IS")), found::toString);
    }

    @Test
    void aMinistrysNameEndsWithItsPortfolio() {
        PlaceFinder.Found found = Fixtures.places("State Secretary at the Danish Ministry of Foreign Affairs Lotte Machon arrives.");
        assertEquals("Danish Ministry of Foreign Affairs", found.places().get(0).name(), found::toString);
    }

    @Test
    void aTownAfterAClockGivenAgainInAnotherZoneIsNoPlaceOfTheEvent() {
        PlaceFinder.Found found = Fixtures.places("The talks begin at 9 am Lima time, which is 10 am in Santiago.");
        assertEquals(List.of(), found.places().stream().filter(p -> p.name().equals("Santiago")).toList(), found::toString);
    }

    @Test
    void aVenueInBracketsThatOpenOnAnEventIsStillAPlace() {
        PlaceFinder.Found found = Fixtures.places("They meet on Friday (signing ceremony at 10 am in Geneva).");
        assertEquals("Geneva", found.places().get(0).name(), found::toString);
    }

    @Test
    void aTownAfterAClockInARelativeClauseOfTheMeetingIsItsPlace() {
        PlaceFinder.Found found = Fixtures.places("The meeting, which is scheduled for 10 am in Geneva, will take place on Friday.");
        assertEquals("Geneva", found.places().get(0).name(), found::toString);
    }

    @Test
    void aTownInBracketsAfterAClockWithAColonTellsTheTimeThere() {
        PlaceFinder.Found found = Fixtures.places("They meet at 11:00 (13:00 in Bogota).");
        assertTrue(found.places().isEmpty(), found::toString);
    }

    @Test
    void aTownsNameThatIsLongerAProvinceOfAnotherCountryIsThatProvince() {
        PlaceMention p = first("The minister will meet the fishers of the Toledo District on Tuesday.");
        assertEquals("BZ", p.country(), p::toString);
        assertEquals("Toledo District", p.name());
    }
}
