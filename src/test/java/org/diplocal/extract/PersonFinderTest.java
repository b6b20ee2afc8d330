package org.diplocal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonFinderTest {
    private final PersonFinder finder = new PersonFinder(Lexicon.standard());

    /** Titled and untitled mentions of one sentence. */
    private List<PersonMention> untitled(String sentence) {
        TokenList tokens = Tokenizer.tokenize(sentence);
        PlaceFinder.Found found = Fixtures.places(sentence);
        return finder.untitled(tokens, finder.titled(tokens, found), found);
    }

    @Test
    void aCountrysNameCanBeAFamilyName() {
        List<PersonMention> found = Fixtures.people(finder, "She will be received by Prime Minister Luís Montenegro on Thursday.");
        assertEquals("Luís Montenegro", found.get(0).person().name);
    }

    @Test
    void aTitleOfABodyOfTheCountryNamedWithTheTakesTheNameAfterIt() {
        Person p = Fixtures.people(finder, "He will be received by Premier of the Cabinet of the DPRK Kim Tok Hun.").get(0).person();
        assertEquals("Kim Tok Hun", p.name);
        assertEquals("KP", p.country);
    }

    @Test
    void aMinisterOfExternalEconomicRelationsIsTitledByThatPortfolio() {
        Person p = Fixtures.people(finder, "He will meet Minister of External Economic Relations Ri Ryong Nam.").get(0).person();
        assertEquals("Ri Ryong Nam", p.name);
        assertEquals("Minister of External Economic Relations", p.role);
    }

    @Test
    void aPortfolioBeforeAdviserIsTheTitleOfAnInterimGovernmentsMinister() {
        Person p = Fixtures.people(finder, "He will meet Finance Adviser Salehuddin Ahmed in Dhaka on Thursday.").get(0).person();
        assertEquals("Salehuddin Ahmed", p.name);
        assertEquals("Finance Adviser", p.role);
    }

    @Test
    void mariaShortenedOpensAPhilippineName() {
        Person p = Fixtures.people(finder, "He will meet Senator Ma. Cristina Padilla on Friday.").get(0).person();
        assertEquals("Ma. Cristina Padilla", p.name);
    }

    @Test
    void theNameAfterATitleAndOfIsTheBodyWhoseOfficeItIs() {
        List<PersonMention> found = untitled("This is the first visit of a Secretary General of La Liga to the country.");
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void aNameAfterATitleOfAnUnknownPortfolioWordIsStillAPerson() {
        List<PersonMention> found = untitled("The Minister of Hydrocarbons Mohamed Arkab will visit Rome on Friday.");
        assertEquals(1, found.size(), found::toString);
        assertEquals("Mohamed Arkab", found.get(0).person().name);
    }

    @Test
    void aNameAfterSoSaidIsTheSpeaker() {
        List<PersonMention> found = Fixtures.people(finder, "The talks will deepen ties, so said Prime Minister Christopher Luxon.");
        assertTrue(found.get(0).speaker(), found::toString);
    }

    @Test
    void aMonthAfterItsDayIsNoNameBeforeAnAppositiveTitle() {
        List<PersonMention> found = untitled("In the afternoon of 16 May, the Chilean Foreign Minister will pay a courtesy call.");
        assertTrue(found.stream().noneMatch(p -> p.person().name.equals("May")), found::toString);
    }

    @Test
    void aSeniorGeneralsRankIsNoPartOfTheName() {
        List<PersonMention> found = Fixtures.people(finder, "He will call on Prime Minister Senior General Thura Aung on Friday.");
        assertEquals("Thura Aung", found.get(0).person().name);
        assertEquals("Prime Minister", found.get(0).person().role);
    }

    @Test
    void anOfficeWrittenBeforeItsPortfolioTakesNoNameAfterAnd() {
        List<PersonMention> found = Fixtures.people(finder, "The Chilean Foreign Minister and Samuel Okudzeto Ablakwa will co-chair the session.");
        assertTrue(found.stream().noneMatch(p -> "CL".equals(p.person().country) && p.person().name.contains("Ablakwa")), found::toString);
    }

    @Test
    void aFatherNamedInsideHisSonsNameIsNoPersonOfTheReport() {
        List<PersonMention> found = Fixtures.people(finder, "His Majesty Sultan Haji Ahmad Tajuddin ibni Al-Marhum Sultan Haji "
                + "Jamalul Alam will undertake a State Visit to Oman on Monday.");
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).person().name.startsWith("Ahmad Tajuddin"), found::toString);
    }

    @Test
    void aMinisterOfStateAndOfForeignAffairsHoldsTheForeignPortfolio() {
        List<PersonMention> found = Fixtures.people(finder, "The Minister of State and of Foreign Affairs of Portugal, Paulo "
                + "Rangel, is expected in Bissau on Thursday.");
        assertEquals("Minister of Foreign Affairs", found.get(0).person().role);
    }

    @Test
    void aNameBeforeAVerbOfSpeakingIsAPerson() {
        List<PersonMention> found = untitled("Kamla Persad-Bissessar spoke by telephone this morning with the Chilean president.");
        assertEquals("Kamla Persad-Bissessar", found.get(0).person().name);
    }

    @Test
    void aGivenNameShortenedWithAStopIsPartOfTheName() {
        List<PersonMention> found = Fixtures.people(finder, "He will meet Foreign Minister Md. Rafiqul Islam on Friday.");
        assertEquals("Md. Rafiqul Islam", found.get(0).person().name);
    }

    @Test
    void theAdviserForForeignAffairsIsATitleBeforeTheName() {
        List<PersonMention> found = Fixtures.people(finder, "He will meet the Adviser for Foreign Affairs, Rafiqul Islam, on Friday.");
        assertEquals("Rafiqul Islam", found.get(0).person().name);
        assertEquals("Foreign Affairs Adviser", found.get(0).person().role);
    }

    @Test
    void theMarshalOfTheSejmIsPolandsSpeaker() {
        List<PersonMention> found = Fixtures.people(finder, "He will meet the Marshal of the Sejm, Anna Kowalczyk, on Friday.");
        assertEquals("Anna Kowalczyk", found.get(0).person().name);
        assertEquals("Speaker", found.get(0).person().role);
        assertEquals("PL", found.get(0).person().country);
    }

    @Test
    void aRankAfterAnOfficeInAppositionIsNoPartOfTheName() {
        List<PersonMention> found = Fixtures.people(finder, "He will meet the President of Guinea-Bissau, General Umaro Sissoco "
                + "Embaló, on Friday.");
        assertEquals("Umaro Sissoco Embaló", found.get(0).person().name);
        assertEquals("President", found.get(0).person().role);
    }

    @Test
    void anOfficeInAppositionReplacesTheRankBeforeTheName() {
        List<PersonMention> found = Fixtures.people(finder, "Gen. Nguyen Van Long, Prime Minister of Vietnam, will attend.");
        assertEquals("Nguyen Van Long", found.get(0).person().name);
        assertEquals("Prime Minister", found.get(0).person().role);
    }

    @Test
    void theChiefOfAServicesStaffIsAnOfficeAndTheRankAfterItNoPartOfTheName() {
        List<PersonMention> found = Fixtures.people(finder, "He will meet Chief of Army Staff Lieutenant General Faustin "
                + "Mbeki and Chief of Defence Forces General Ana Lopes.");
        assertEquals(List.of("Faustin Mbeki", "Ana Lopes"), Fixtures.names(found));
        assertEquals("Chief of the Army", found.get(0).person().role);
        assertEquals("Chief of Defence Forces", found.get(1).person().role);
    }

    @Test
    void aCourtesyBetweenTheOfficeAndTheNameIsKeptAsTheirStyle() {
        List<PersonMention> found = Fixtures.people(finder, "Emirati Foreign Minister Sheikh Abdullah bin Zayed will arrive.");
        assertEquals("Minister of Foreign Affairs", found.get(0).person().role);
        assertTrue(found.get(0).person().hasStyle("sheikh"));
    }

    @Test
    void aNameAfterAnOpeningSubordinatorIsTheClausesSubject() {
        List<PersonMention> found = untitled("When Mia Mottley lands in Accra on Monday, she will meet the press.");
        assertEquals(List.of("Mia Mottley"), Fixtures.names(found));
    }

    @Test
    void anInterrogativeOpeningTheSentenceIsNoPartOfTheName() {
        List<PersonMention> found = untitled("What Mia Mottley will not do is equally telling.");
        assertEquals(List.of("Mia Mottley"), Fixtures.names(found));
    }

    @Test
    void capitalisedWordsAfterABodysForAreTheRestOfItsName() {
        assertTrue(untitled("The Joint Commission for Water Resources will meet in Kisumu on Friday.").isEmpty());
    }

    @Test
    void aNameWithParticlesMayRunToEightWords() {
        List<PersonMention> found = Fixtures.people(finder, "He will receive Minister of State Khalid bin Saad bin Rashid Al "
                + "Kuwari on Monday.");
        assertEquals(List.of("Khalid bin Saad bin Rashid Al Kuwari"), Fixtures.names(found));
    }

    @Test
    void twoCapitalisedWordsBeforeAVerbOfLeavingAreNoName() {
        assertTrue(untitled("Hurricane Beryl leaves the Caribbean on Tuesday.").isEmpty());
    }

    @Test
    void anArticleOpeningTheSentenceDoesNotOpenAName() {
        assertTrue(untitled("The Lusaka Process was launched in 2019.").isEmpty());
    }

    @Test
    void aRankAloneIsTheTitleOfTheName() {
        List<PersonMention> found = Fixtures.people(finder, "Colonel Adama Keita will attend the parade.");
        assertEquals("Adama Keita", found.get(0).person().name);
        assertEquals("Colonel", found.get(0).person().role);
    }

    @Test
    void aSecondPortfolioTheListsLackStandsBetweenTheTitleAndTheName() {
        List<PersonMention> found = Fixtures.people(finder, "She will meet Peru's Minister of Finance and Privatisation Ana "
                + "Torres at 10.00.");
        assertEquals("Ana Torres", found.get(0).person().name);
        assertEquals("Minister of Finance", found.get(0).person().role);
    }

    @Test
    void anOfficeAfterTheAndAThreeWordNameJoinedToItAreTwo() {
        List<PersonMention> found = Fixtures.people(finder, "He will hold talks with the Minister of Foreign Affairs and Moussa "
                + "Faki Mahamat, the Chairperson of the African Union Commission.");
        assertTrue(found.stream().noneMatch(m -> m.person().name.equals("Faki Mahamat")), found::toString);
    }

    @Test
    void aTitleWithoutAPortfolioIsNotLengthenedByTheNameJoinedToIt() {
        List<PersonMention> found = Fixtures.people(finder, "The Prime Minister and Marta Lopez Garcia will host a dinner.");
        assertTrue(found.stream().noneMatch(m -> m.person().name.equals("Lopez Garcia")), found::toString);
    }

    @Test
    void aRankAndAWordBeforeABodysNameAreNoPerson() {
        List<PersonMention> found = Fixtures.people(finder, "The Peru-Ecuador General Binational Committee meets on Friday.");
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void malayCourtesiesAreNoPartOfTheName() {
        List<PersonMention> found = Fixtures.people(finder, "He will meet Malaysia's Minister of Trade, Dato' Seri Utama "
                + "Tengku Zafrul Aziz, on Friday.");
        assertEquals("Tengku Zafrul Aziz", found.get(0).person().name);
    }

    @Test
    void anOfficeOfABodyKnownByItsAcronymComesBeforeTheName() {
        List<PersonMention> found = Fixtures.people(finder, "She will meet the Secretary General of the OAS Albert Ramdin "
                + "on Friday.");
        assertEquals("Albert Ramdin", found.get(0).person().name);
        assertEquals("Secretary-General", found.get(0).person().role);
    }

    @Test
    void theChairmanOfABodyKnownByItsAcronymNamesNoOneAfterIt() {
        List<PersonMention> found = Fixtures.people(finder, "He met President Bola Tinubu, the chairman of the ECOWAS Authority.");
        assertTrue(found.stream().noneMatch(m -> m.person().name.equals("Authority")), found::toString);
    }

    @Test
    void theChairwomanOfACouncilOfMinistersIsHerCountrysHeadOfGovernment() {
        List<PersonMention> found = Fixtures.people(finder, "He will meet the Chairwoman of the Council of Ministers of "
                + "Bosnia and Herzegovina Amra Hadžić on Friday.");
        assertEquals("Amra Hadžić", found.get(0).person().name);
        assertEquals("Chair of the Council of Ministers", found.get(0).person().role);
        assertEquals("BA", found.get(0).person().country);
    }

    @Test
    void aForeignMinisterMayAlsoHoldEuropeanAffairs() {
        List<PersonMention> found = Fixtures.people(finder, "She will meet the Minister of Foreign and European Affairs "
                + "Tomas Berzins on Friday.");
        assertEquals("Tomas Berzins", found.get(0).person().name);
        assertEquals("Minister of Foreign Affairs", found.get(0).person().role);
    }

    @Test
    void aTitleOfTwoPortfoliosEndsBeforeTheName() {
        List<PersonMention> found = Fixtures.people(finder, "It is co-chaired by Chilean Minister of Economy and Commerce "
                + "Nicolás Grau and Argentine Minister of Economic Development and Trade Luis Caputo.");
        assertEquals(List.of("Nicolás Grau", "Luis Caputo"), Fixtures.names(found));
    }

    @Test
    void supplyIsAPortfolioNotAName() {
        List<PersonMention> found = Fixtures.people(finder, "It is chaired by Minister of Industry, Trade and Supply "
                + "Samir Haddad.");
        assertEquals("Samir Haddad", found.get(0).person().name);
    }

    @Test
    void europeanIntegrationIsAPortfolioNotAName() {
        List<PersonMention> found = Fixtures.people(finder, "He will meet the Minister of Foreign Affairs and European "
                + "Integration Ana Revenco on Friday.");
        assertEquals("Ana Revenco", found.get(0).person().name);
    }

    @Test
    void aNameBeforeItsTitleOfACountryIsThatOfficial() {
        List<PersonMention> found = Fixtures.people(finder, "Tomas Berzins, the foreign minister of Latvia, will be in "
                + "Vilnius on Monday.");
        assertEquals("Tomas Berzins", found.get(0).person().name);
        assertEquals("LV", found.get(0).person().country);
    }

    @Test
    void aRegionIsNoOnesName() {
        String sentence = "Attention in the Western Balkans has been fixed on the election.";
        TokenList tokens = Tokenizer.tokenize(sentence);
        PlaceFinder.Found places = new PlaceFinder(Gazetteer.standard(), Lexicon.standard()).find(tokens, java.util.Set.of());
        assertTrue(finder.untitled(tokens, List.of(), places).isEmpty());
    }

    @Test
    void aCountryAfterAPrepositionIsNoFamilyName() {
        List<PersonMention> found = Fixtures.people(finder, "She will meet Prime Minister Ana Silva in Montenegro on Thursday.");
        assertEquals("Ana Silva", found.get(0).person().name);
    }

    @Test
    void aTitleOfSeveralPortfoliosRunsToTheNameAfterIt() {
        List<PersonMention> found = Fixtures.people(finder, "She will meet the Minister of Foreign Affairs, Regional "
                + "Integration and International Trade, Kwame Mensah, on Thursday.");
        assertEquals("Kwame Mensah", found.get(0).person().name);
        assertEquals("Minister of Foreign Affairs", found.get(0).person().role);
    }

    @Test
    void aSecondPortfolioAfterAndIsPartOfTheTitle() {
        List<PersonMention> found = Fixtures.people(finder, "She will meet the Minister of State and for Foreign Affairs, "
                + "Ingrid Solberg, on Thursday.");
        assertEquals("Ingrid Solberg", found.get(0).person().name);
    }

    @Test
    void aNameAfterATitleAndAndIsNoPortfolio() {
        assertTrue(Fixtures.people(finder, "She will meet the Minister of Defence and Ingrid Solberg, on Thursday.").stream()
                .noneMatch(m -> m.person().role != null && m.person().name.equals("Ingrid Solberg")));
    }

    @Test
    void aNameIntroducedBeforeATitleAfterACommaHoldsIt() {
        List<PersonMention> found = Fixtures.people(finder, "The visit was announced by Ingrid Solberg, Minister of Defence, on Monday.");
        assertEquals("Ingrid Solberg", found.get(0).person().name);
        assertEquals("Minister of Defense", found.get(0).person().role);
    }

    @Test
    void aPossessiveAfterTheCommaTitlesNoOneBeforeIt() {
        assertTrue(Fixtures.people(finder, "He will be received by Ingrid Solberg, the president's adviser, on Monday.").stream()
                .noneMatch(m -> "President".equals(m.person().role)));
    }

    @Test
    void aBodysNameRunsOnAfterForToTheCommaBeforeTheName() {
        List<PersonMention> found = Fixtures.people(finder,
                "She will meet the Secretary General of the Union for the Mediterranean, Karim Haddad, on Friday.");
        assertEquals("Karim Haddad", found.get(0).person().name);
    }

    @Test
    void aNameJoinedByAndToAPersonAndTheirCountryIsAPerson() {
        List<PersonMention> found = untitled("She will meet Ingrid Solberg (Norway) and Matti Virtanen (Finland) in Oslo.");
        assertTrue(found.stream().anyMatch(m -> m.person().name.equals("Matti Virtanen")), found::toString);
    }

    @Test
    void aTranscriptsNameBeforeAColonIsItsSpeaker() {
        List<PersonMention> found = Fixtures.people(finder, "Minister Ingrid Solberg: Good morning, everyone.");
        assertTrue(found.get(0).speaker(), found::toString);
    }

    @Test
    void aPortugueseEJoinsTwoFamilyNames() {
        List<PersonMention> found = Fixtures.people(finder, "He will meet Prime Minister Ulisses Correia e Silva on Saturday.");
        assertEquals("Ulisses Correia e Silva", found.get(0).person().name);
    }

    @Test
    void aStyleBeforeANameAndItsTitleIsNoPartOfTheName() {
        List<PersonMention> found = Fixtures.people(finder,
                "The summit will be attended by His Excellency Alassane Ouattara, President of the Republic of Côte d'Ivoire.");
        assertEquals("Alassane Ouattara", found.get(0).person().name);
    }

    @Test
    void counterpartsNamedEachWithTheirCountryAreEachAPerson() {
        List<PersonMention> found = Fixtures.people(finder,
                "Prime Minister Jonas Gahr Store will host his counterparts Mette Frederiksen of Denmark, Petteri Orpo of Finland and Ulf Kristersson of Sweden.");
        assertEquals(List.of("Jonas Gahr Store", "Mette Frederiksen", "Petteri Orpo", "Ulf Kristersson"),
                Fixtures.names(found));
        assertEquals("SE", found.get(3).person().country);
        assertEquals(null, found.get(3).person().role, "a counterpart holds no title of its own");
    }

    @Test
    void pluralTitleBeforeACommaListOfNamesAndCountriesGivesEachTheTitle() {
        List<PersonMention> found = Fixtures.people(finder,
                "Foreign Ministers Diana Mondino of Argentina, Mauro Vieira of Brazil and Alberto van Klaveren of Chile met.");
        assertEquals(3, found.size(), found::toString);
        assertEquals("CL", found.get(2).person().country);
        assertEquals("Minister of Foreign Affairs", found.get(2).person().role);
    }

    @Test
    void readsDemonymTitleAndName() {
        Person p = Fixtures.people(finder, "Argentine Foreign Minister Diana Mondino arrived.").get(0).person();
        assertEquals("Diana Mondino", p.name);
        assertEquals("Minister of Foreign Affairs", p.role);
        assertEquals("AR", p.country);
    }

    @Test
    void aNordicParticleStaysInsideTheFamilyName() {
        Person p = Fixtures.people(finder, "Faroese Foreign Minister Jenis av Rana arrived.").get(0).person();
        assertEquals("Jenis av Rana", p.name);
    }

    @Test
    void aPlaceBeforeTheCommaOfATitleIsNoName() {
        assertTrue(Fixtures.people(finder, "From Accra, the Chilean leader will fly to Lome.").isEmpty());
    }

    @Test
    void theChairOfACabinetOfMinistersIsATitle() {
        Person p = Fixtures.people(finder, "On Friday she will meet Chairman of the Cabinet of Ministers Oljas Bektenov.").get(0).person();
        assertEquals("Oljas Bektenov", p.name);
        assertEquals("Chair of the Cabinet of Ministers", p.role);
    }

    @Test
    void aPortfolioOfTwoPartsEndsWhereItsCountryIsTold() {
        Person p = Fixtures.people(finder, "He met the Minister of Mines and Energy of Chile, Aurora Williams, on Monday.").get(0).person();
        assertEquals("Aurora Williams", p.name);
        assertEquals("CL", p.country);
    }

    @Test
    void aBodysBracketedAcronymBeforeTheNameIsPartOfTheTitle() {
        Person p = Fixtures.people(finder, "The Executive Director of the United Nations Children's Fund (UNICEF), Catherine Russell, "
                + "will travel to Chad on Monday.").get(0).person();
        assertEquals("Catherine Russell", p.name);
    }

    @Test
    void aBracketedAcronymAfterABodyOfAPortfolioIsPartOfTheTitle() {
        Person p = Fixtures.people(finder, "The Secretary General of the Organisation for Economic Co-operation and Development "
                + "(OECD), Mathias Cormann, will visit Chile.").get(0).person();
        assertEquals("Mathias Cormann", p.name);
    }

    @Test
    void aHyphenatedViceMinisterIsATitleNotPartOfTheName() {
        Person p = Fixtures.people(finder, "The talks will be co-chaired by Vice-Minister Luis Rojas on Monday.").get(0).person();
        assertEquals("Luis Rojas", p.name);
        assertEquals("Vice Minister", p.role);
    }

    @Test
    void aViceMinisterForAPortfolioIsItsDeputyMinister() {
        Person p = Fixtures.people(finder, "The Vice-Minister for Trade, Carla Diaz, will visit Peru.").get(0).person();
        assertEquals("Carla Diaz", p.name);
        assertEquals("Deputy Minister of Trade", p.role);
    }

    @Test
    void theGovernmentATitleIsInComesBeforeTheName() {
        Person p = Fixtures.people(finder, "Yemen's foreign minister in the Aden government, Shaya al-Zindani, will travel to Muscat.")
                .get(0).person();
        assertEquals("Shaya al-Zindani", p.name);
        assertEquals("YE", p.country);
    }

    @Test
    void aGivenNameThatIsAPortfolioWordStaysInTheName() {
        Person p = Fixtures.people(finder, "Ghana's Minister of Trade Justice Ampofo will travel to Abuja on Tuesday.").get(0).person();
        assertEquals("Justice Ampofo", p.name);
    }

    @Test
    void aQualifiedPortfolioAndASecondOneStillLeadToTheName() {
        Person p = Fixtures.people(finder, "The Minister for Development Cooperation and Foreign Trade of the Kingdom of Norway, "
                + "H.E. Kari Holm, will visit Ghana on Tuesday.").get(0).person();
        assertEquals("Kari Holm", p.name);
        assertEquals("NO", p.country);
    }

    @Test
    void aQualifiedPortfolioBeforeTheNameIsNoPartOfIt() {
        Person p = Fixtures.people(finder, "The Minister of Development Cooperation Kari Holm will visit Ghana.").get(0).person();
        assertEquals("Kari Holm", p.name);
    }

    @Test
    void aMinisterOfStateAtAMinistryIsNamedAfterTheMinistry() {
        Person p = Fixtures.people(finder, "She will meet Oman's Minister of State at the Ministry of Foreign Affairs, Khalifa "
                + "Al Harthy, on Wednesday.").get(0).person();
        assertEquals("Khalifa Al Harthy", p.name);
        assertEquals("OM", p.country);
    }

    @Test
    void anExecutiveDirectorOfAProgrammeIsNamedAfterTheBody() {
        Person p = Fixtures.people(finder, "He will meet the Executive Director of the World Food Programme, Cindy McCain.").get(0).person();
        assertEquals("Cindy McCain", p.name);
        assertEquals("Executive Director", p.role);
    }

    @Test
    void aFamilyNameThatIsAlsoATownKeepsItsPossessive() {
        Person p = Fixtures.people(finder, "Cuban Foreign Minister Bruno Rodriguez's talks in Lima will cover trade.").get(0).person();
        assertEquals("Bruno Rodriguez", p.name);
    }

    @Test
    void readsNameBeforeCommaAndPossessiveCountryTitle() {
        Person p = Fixtures.people(finder, "Mondino, Argentina's foreign minister, arrived.").get(0).person();
        assertEquals("Mondino", p.name);
        assertEquals("AR", p.country);
    }

    @Test
    void readsNameBeforeAnAppositiveThatEndsInACountrysTitle() {
        Person p = Fixtures.people(finder, "Ahmed Attaf, member of the Political Bureau of the National Liberation Front and "
                + "Algerian foreign minister, will visit Mali.").get(0).person();
        assertEquals("Ahmed Attaf", p.name);
        assertEquals("DZ", p.country);
    }

    @Test
    void aSaidClauseBeforeTheTitleOpensNoAppositive() {
        List<PersonMention> found = Fixtures.people(finder, "Officials in Accra, said to favour trade and Ghanaian foreign "
                + "minister, will travel.");
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void readsAGeneralSecretaryOfAPartyOfACountry() {
        Person p = Fixtures.people(finder, "Meeting with General Secretary of the Communist Party of Viet Nam To Lam.").get(0)
                .person();
        assertEquals("To Lam", p.name);
        assertEquals("General Secretary", p.role);
        assertEquals("VN", p.country);
    }

    @Test
    void readsTheTitleOfABodyOfAnyNameClosedOffByACommaBeforeTheName() {
        Person p = Fixtures.people(finder, "Meeting with the Speaker of the Great Hural, Dashzegviin Amarbayasgalan, at noon.")
                .get(0).person();
        assertEquals("Dashzegviin Amarbayasgalan", p.name);
    }

    @Test
    void aBodyOfAnyNameNeedsTheCommaBeforeTheName() {
        List<PersonMention> found = Fixtures.people(finder, "She met the Minister of the Interior Trade Department on Monday.");
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void aBodyOfACountryIsFollowedByTheNameNotClosedOffByTheComma() {
        Person p = Fixtures.people(finder, "Meeting with Chairman of the Socialist Party of Chile Paulina Vodanovic, Party "
                + "Headquarters").get(0).person();
        assertEquals("Paulina Vodanovic", p.name);
        assertEquals("CL", p.country);
    }

    @Test
    void aScheduleLineOfANameInCapitalsAndATitleIsThatPerson() {
        Person p = Fixtures.people(finder, "ANA SILVA, President of the National Assembly").get(0).person();
        assertEquals("Ana Silva", p.name);
        assertEquals("President", p.role);
    }

    @Test
    void aShoutedLineWithMoreThanANameAndATitleIsNoScheduleHeading() {
        List<PersonMention> found = Fixtures.people(finder, "JOHN MENSAH, Minister of Trade, said on Monday that talks go on.");
        assertTrue(found.stream().noneMatch(m -> m.person().name.equals("John Mensah")), found::toString);
    }

    @Test
    void aRankBetweenTheTitleAndTheNameIsNoPartOfTheName() {
        List<PersonMention> found = Fixtures.people(finder, "He will meet Chilean Minister of National Defense General Ricardo "
                + "Martinez on Friday.");
        assertEquals("Ricardo Martinez", found.get(0).person().name);
        assertEquals("Minister of National Defense", found.get(0).person().role);
        assertEquals("CL", found.get(0).person().country);
    }

    @Test
    void twoNamesAfterAPluralTitleEachHoldIt() {
        List<PersonMention> found = Fixtures.people(finder, "Foreign Ministers Alberto van Klaveren and Espen Barth Eide will meet.");
        assertEquals(List.of("Alberto van Klaveren", "Espen Barth Eide"), Fixtures.names(found));
        assertEquals("Minister of Foreign Affairs", found.get(1).person().role);
    }

    @Test
    void aNameAfterACourtesyAndBeforeMembersLettersHoldsTheTitleAfterThem() {
        List<PersonMention> found = untitled("The session will be co-chaired by Hon. Florence Mensah, MP, Minister of Trade, "
                + "and Hon. Tomasz Nowak, MP, Minister of Foreign Affairs.");
        assertEquals(List.of("Florence Mensah", "Tomasz Nowak"), Fixtures.names(found));
        assertEquals("Minister of Foreign Affairs", found.get(1).person().role);
    }

    @Test
    void aNameAfterCourtesiesHoldsTheTitleAfterItRatherThanThePlaceAfterTheTitle() {
        List<PersonMention> found = untitled("Courtesy call on the Right Honourable Dr Amina Diallo, Vice President of the "
                + "Republic of Senegal, Capital Hill");
        assertEquals("Amina Diallo", found.get(0).person().name);
        assertEquals("Vice President", found.get(0).person().role);
    }

    @Test
    void aNameAfterACourtesyWithAFullStopIsAName() {
        List<PersonMention> found = untitled("Courtesy call by Hon. Tomasz Nowak on the Speaker.");
        assertEquals(List.of("Tomasz Nowak"), Fixtures.names(found));
    }

    @Test
    void aNameOpeningASentenceBeforeCommaWhoIsAName() {
        List<PersonMention> found = untitled("Nikol Pashinyan, who took office in 2018, is due in Tbilisi on Monday.");
        assertEquals(List.of("Nikol Pashinyan"), Fixtures.names(found));
    }

    @Test
    void aNameAfterMrIsAName() {
        List<PersonMention> found = untitled("08:30 Arrival of H.E. Mr Tomasz Nowak at Chopin Airport");
        assertEquals(List.of("Tomasz Nowak"), Fixtures.names(found));
    }

    @Test
    void initialsWithFullStopsOpenAName() {
        List<PersonMention> found = untitled("The envoy will meet Bangladesh's Finance Minister S.K. Sur Chowdhury on Friday.");
        assertEquals(List.of("S.K. Sur Chowdhury"), Fixtures.names(found));
    }

    @Test
    void aForeignAffairsAdviserIsATitle() {
        List<PersonMention> found = untitled("He will hold talks with Bangladesh's foreign affairs adviser, Mohammad Rahman, on Sunday.");
        assertEquals("Foreign Affairs Adviser", found.get(0).person().role);
    }

    @Test
    void aNameClosingTheSentenceAfterAnOfficeIsAName() {
        List<PersonMention> found = untitled("She was welcomed in 2019 by a prime minister then in his first term, Mark Brown.");
        assertEquals(List.of("Mark Brown"), Fixtures.names(found));
    }

    @Test
    void aPluralTitleAfterByIsNoName() {
        List<PersonMention> found = untitled("The commission will be co-chaired by Prime Ministers Anna Berg "
                + "and Jonas Gahr Store.");
        assertEquals(List.of("Anna Berg", "Jonas Gahr Store"), Fixtures.names(found));
    }

    @Test
    void twoNamesAfterAPluralTitlesCommaEachHoldIt() {
        List<PersonMention> found = Fixtures.people(finder, "A meeting of the two defence ministers, Maja Kowalska and Kofi Mensah, "
                + "was dropped.");
        assertEquals(List.of("Maja Kowalska", "Kofi Mensah"), Fixtures.names(found));
    }

    @Test
    void aFederalCouncillorIsATitle() {
        Person p = Fixtures.people(finder, "The head of the department, Federal Councillor Beat Jans, will travel to Oslo.").get(0)
                .person();
        assertEquals("Beat Jans", p.name);
        assertEquals("Federal Councillor", p.role);
    }

    @Test
    void aGrandDukeIsATitle() {
        Person p = Fixtures.people(finder, "Grand Duke Henri will receive the Chilean president.").get(0).person();
        assertEquals("Henri", p.name);
        assertEquals("Grand Duke", p.role);
    }

    @Test
    void thePrcIsChina() {
        Person p = Fixtures.people(finder, "He will meet PRC Foreign Minister Wang Yi.").get(0).person();
        assertEquals("CN", p.country);
    }

    @Test
    void aTitleOfABodyWithoutTheIsFollowedByTheName() {
        Person p = Fixtures.people(finder, "Speaker of Parliament Alban Bagbin will meet the Chilean delegation.").get(0).person();
        assertEquals("Alban Bagbin", p.name);
        assertEquals("Speaker", p.role);
    }

    @Test
    void aNameClosedOffByAProgrammesDashFollowsTheTitlesComma() {
        Person p = Fixtures.people(finder, "15h00 - Receives the Speaker of the National Assembly of Togo, Kodjo Adedze - Noble Hall")
                .get(0).person();
        assertEquals("Kodjo Adedze", p.name);
        assertEquals("TG", p.country);
    }

    @Test
    void aNameClosedOffByABracketFollowsTheTitlesComma() {
        Person p = Fixtures.people(finder, "11:00 Meeting with the Prime Minister of Peru, Gustavo Adrianzen (Government Palace, "
                + "Lima)").get(0).person();
        assertEquals("Gustavo Adrianzen", p.name);
        assertEquals("PE", p.country);
    }

    @Test
    void theDemonymOfABodyIsTheCountryOfItsChair() {
        Person speaker = Fixtures.people(finder, "Talks with the Speaker of the Norwegian Parliament, Masud Gharahkhani, on "
                + "Monday.").get(0).person();
        assertEquals("NO", speaker.country);
        Person chair = Fixtures.people(finder, "Talks with the President of the Swiss National Council, Eric Nussbaumer, on "
                + "Monday.").get(0).person();
        assertEquals("Eric Nussbaumer", chair.name);
        assertEquals("CH", chair.country);
    }

    @Test
    void aNameBeforeTheTitleOfABodysOfficeIsThatOfficial() {
        List<PersonMention> found = Fixtures.people(finder, "He will meet Premier Kim Min-seok and Woo Won-shik, Speaker of "
                + "the National Assembly, on Thursday.");
        assertTrue(found.stream().anyMatch(m -> m.person().name.equals("Woo Won-shik")), found::toString);
    }

    @Test
    void secretaryAloneBeforeASurnameIsATitle() {
        Person p = Fixtures.people(finder, "Secretary Rubio will travel to Panama on Saturday.").get(0).person();
        assertEquals("Rubio", p.name);
        assertEquals("Secretary", p.role);
    }

    @Test
    void theTitleOfAnOrganisationNamedWithoutTheArticleBeforeACommaAndName() {
        Person p = Fixtures.people(finder, "18:00 Meeting with the Secretary General of ASEAN, Kao Kim Hourn.").get(0).person();
        assertEquals("Kao Kim Hourn", p.name);
    }

    @Test
    void aNameInCapitalsIsShownInTitleCase() {
        Person p = Fixtures.people(finder, "MINISTER OF FOREIGN AFFAIRS, GABRIELA SOMMERFELD").get(0).person();
        assertEquals("Gabriela Sommerfeld", p.name);
    }

    @Test
    void religiousAndRoyalCourtesiesAreNoPartOfTheName() {
        assertEquals("Ahmad Jannati", Fixtures.people(finder, "He will call on the Chairman of the Assembly of Experts, "
                + "Ayatollah Sayyid Ahmad Jannati, in Qom.").get(0).person().name);
        assertEquals("Hussein bin Abdullah", Fixtures.people(finder, "He will meet the Crown Prince of Jordan, His Royal Highness "
                + "Hussein bin Abdullah, in Amman.").get(0).person().name);
    }

    @Test
    void theTitleOfSomeoneNamedBeforeIsNotJoinedToTheNextTitle() {
        Fixtures.people(finder, "Sultan Qaboos bin Said will visit Jordan.");
        List<PersonMention> found = Fixtures.people(finder, "The statement said the Sultan and President Ahmed Hassan will "
                + "hold talks.");
        PersonMention hassan = found.get(found.size() - 1);
        assertEquals("Ahmed Hassan", hassan.person().name);
        assertEquals(6, hassan.from(), found::toString); // "President", not "the Sultan and President"
    }

    @Test
    void readsTheChairOfABodyWhoseNameIsSeveralWords() {
        Person p = Fixtures.people(finder, "Meeting with Chairman of the National Assembly Tran Thanh Man.").get(0).person();
        assertEquals("Tran Thanh Man", p.name);
        assertEquals("Chairman", p.role);
    }

    @Test
    void aConjunctionOpeningTheSentenceIsNoPartOfAName() {
        List<PersonMention> found = Fixtures.people(finder, "Whether Boric will also meet Petro separately remained open.");
        assertTrue(found.stream().noneMatch(m -> m.person().name.startsWith("Whether")), found::toString);
    }

    @Test
    void aPrinceAfterATitleIsACourtesyNotTheTitle() {
        Person p = Fixtures.people(finder, "Jordanian Foreign Minister Prince Ghazi bin Muhammad will visit Oman.").get(0)
                .person();
        assertEquals("Ghazi bin Muhammad", p.name);
        assertEquals("JO", p.country);
        assertEquals("Minister of Foreign Affairs", p.role);
    }

    @Test
    void takesCountryFromCapitalStandingForGovernment() {
        Person p = Fixtures.people(finder, "Warsaw's Defence Minister Wladyslaw Kosiniak-Kamysz spoke.").get(0).person();
        assertEquals("PL", p.country);
        assertEquals("Minister of Defense", p.role);
    }

    @Test
    void marksThenOfficialsAsFormer() {
        PersonMention m = Fixtures.people(finder, "It was when then Polish Defence Minister Jan Nowak visited.").get(0);
        assertTrue(m.former());
    }

    @Test
    void tiesSurnameToEarlierFullName() {
        Fixtures.people(finder, "Chilean President Gabriel Boric will travel.");
        List<PersonMention> later = Fixtures.people(finder, "Boric will meet the king.");
        assertEquals("Gabriel Boric", later.get(0).person().name);
    }

    @Test
    void prefersPersonOverCityOfTheSameName() {
        Person p = Fixtures.people(finder, "Trade Minister Anna Lima will attend.").get(0).person();
        assertEquals("Anna Lima", p.name);
    }

    @Test
    void marksSpeakers() {
        PersonMention m = Fixtures.people(finder, "Foreign Minister Anna Berg said the talks went well.").get(0);
        assertTrue(m.speaker());
        assertFalse(m.former());
    }

    @Test
    void ignoresTitleWithoutName() {
        assertTrue(Fixtures.people(finder, "The foreign minister will travel.").isEmpty());
    }

    @Test
    void readsPortfolioTitleInEitherOrder() {
        Person p = Fixtures.people(finder, "Ghana's Agriculture Minister Kwame Mensah arrived.").get(0).person();
        assertEquals("Minister of Agriculture", p.role);
        assertEquals("GH", p.country);
        Person q = Fixtures.people(finder, "Chilean Minister of Mining Ana Rojas arrived.").get(0).person();
        assertEquals("Minister of Mining", q.role);
    }

    @Test
    void readsCabinetSecretaryForAPortfolio() {
        Person p = Fixtures.people(finder, "Kenya's Cabinet Secretary for Foreign Affairs Jane Wambui arrived.").get(0).person();
        assertEquals("Jane Wambui", p.name);
        assertEquals("Cabinet Secretary for Foreign Affairs", p.role);
    }

    @Test
    void tiesTwoLetterFamilyNameToAChineseOrKoreanName() {
        Fixtures.people(finder, "Chinese Premier Li Qiang arrived.");
        List<PersonMention> later = Fixtures.people(finder, "Li will then fly to Lima.");
        assertEquals("Li Qiang", later.get(0).person().name);
    }

    @Test
    void doesNotTieTwoLetterGivenNameOrParticle() {
        Fixtures.people(finder, "Polish President Jan Da Nowak arrived.");
        assertTrue(Fixtures.people(finder, "Da will then fly to Lima.").isEmpty());
    }

    @Test
    void readsNameAfterTitleCommaAndCourtesyWords() {
        Person p = Fixtures.people(finder, "The Minister for Trade, Senator the Hon Don Farrell, will visit Lima.").get(0).person();
        assertEquals("Don Farrell", p.name);
        assertEquals("Minister of Trade", p.role);
    }

    @Test
    void eventWordIsNoPartOfAName() {
        assertTrue(Fixtures.people(finder, "President Xi will open the China-Africa Summit in Accra.").stream()
                .noneMatch(m -> m.person().name.contains("Summit")));
    }

    @Test
    void readsNameSetOffByCommasAfterATitle() {
        List<PersonMention> found = Fixtures.people(finder, "Park will meet his Chilean counterpart, Alberto van Klaveren, in Seoul.");
        assertTrue(found.stream().anyMatch(m -> m.person().name.equals("Alberto van Klaveren")), found::toString);
    }

    @Test
    void doesNotReadAPlainListAfterATitleAsAName() {
        List<PersonMention> found = Fixtures.people(finder, "The minister, Chile and Peru will attend.");
        assertTrue(found.stream().noneMatch(m -> m.person().name.contains("Chile")), found::toString);
    }

    @Test
    void titleOfTheRepublicOfACountryBeforeTheName() {
        Person p = Fixtures.people(finder, "the President of the Republic of Peru Dina Boluarte will travel.").get(0).person();
        assertEquals("Dina Boluarte", p.name);
        assertEquals("PE", p.country);
    }

    @Test
    void titleOfTheDemonymRepublicBeforeTheName() {
        Person p = Fixtures.people(finder, "President of the Chilean Republic Gabriel Boric arrived.").get(0).person();
        assertEquals("Gabriel Boric", p.name);
        assertEquals("CL", p.country);
    }

    @Test
    void aShoutedLabelAndABareTitleAreNoPartOfAName() {
        List<PersonMention> found = Fixtures.people(finder, "10:30 a.m. LOCAL Secretary Nowak meets with Chilean President Gabriel Boric.");
        assertTrue(found.stream().noneMatch(m -> m.person().name.contains("LOCAL")), found::toString);
    }

    @Test
    void theQueenConsortIsATitleNotAName() {
        List<PersonMention> found = Fixtures.people(finder, "The King and the Queen Consort will travel to Oslo on Monday.");
        assertTrue(found.stream().noneMatch(m -> m.person().name.equals("Consort")), found::toString);
    }

    @Test
    void aRegionsAdjectiveBeforeHeadsOfStateIsNoName() {
        assertTrue(untitled("East African heads of state will converge on Kigali on Sunday.").isEmpty());
    }

    @Test
    void readsNameBeforeCommaAndAnOfficialsTitle() {
        Person p = Fixtures.people(finder, "Amos Hochstein, Biden's senior adviser for energy, will travel to Beirut.").get(0).person();
        assertEquals("Amos Hochstein", p.name);
        assertEquals("Senior Adviser", p.role);
    }

    @Test
    void aNameAfterACourtesyIsAPersonThoughInAnOfficesName() {
        assertEquals("Espen Barth Eide", untitled("Office of the Rt Hon Espen Barth Eide").get(0).person().name);
    }

    @Test
    void wordsBeginningABodysNameAreNoPerson() {
        List<PersonMention> found = untitled("11.30 Meets Andean Community Forum Secretary General Gonzalo Gutierrez.");
        assertTrue(found.stream().noneMatch(m -> m.person().name.equals("Andean Community")), found::toString);
    }

    @Test
    void aTitleOfABodyOfACountryThenACourtesyThenTheName() {
        Person p = Fixtures.people(finder, "They will meet the President of the Transitional Council of Haiti, His Excellency "
                + "Leslie Voltaire.").get(0).person();
        assertEquals("Leslie Voltaire", p.name);
        assertEquals("President", p.role);
        assertEquals("HT", p.country);
    }

    @Test
    void twoTitlesJoinedByAndAreOnePersons() {
        PersonMention m = Fixtures.people(finder, "He will be received by Peruvian President and Prime Minister Dina Boluarte.").get(0);
        assertEquals("Dina Boluarte", m.person().name);
        assertEquals("PE", m.person().country);
        assertEquals(5, m.from()); // from "Peruvian", so "received by" reaches the whole mention
    }

    @Test
    void theMostHonourableIsNoPartOfTheName() {
        Person p = Fixtures.people(finder, "It will be chaired by Prime Minister the Most Honourable Andrew Holness.").get(0).person();
        assertEquals("Andrew Holness", p.name);
    }

    @Test
    void theLeadersOfACommunityAreNoPersonCalledCommunity() {
        assertTrue(untitled("Leaders of the Andean Community will meet in Lima next week.").isEmpty());
    }

    @Test
    void aNameAfterACountrysPossessiveTakesThatCountry() {
        Person p = untitled("He will meet Ghana's John Mahama in Accra.").get(0).person();
        assertEquals("John Mahama", p.name);
        assertEquals("GH", p.country);
    }

    @Test
    void aPortfolioAfterMinisterOfIsPartOfTheTitle() {
        Person p = Fixtures.people(finder, "Ghana's Minister of Works Kwame Mensah will visit Lima.").get(0).person();
        assertEquals("Kwame Mensah", p.name);
        assertEquals("Minister of Works", p.role);
        assertEquals("GH", p.country);
    }

    @Test
    void theBodyATitleIsOfIsNoPartOfTheName() {
        Person p = Fixtures.people(finder, "Vice Premier of the State Council Zhang Guoqing will visit Accra.").get(0).person();
        assertEquals("Zhang Guoqing", p.name);
        assertEquals("Vice Premier", p.role);
    }

    @Test
    void aCourtesyBetweenTitleAndNameIsNoPartOfTheName() {
        Person p = Fixtures.people(finder, "Chief Adviser Professor Anisuzzaman Chowdhury will visit Accra.").get(0).person();
        assertEquals("Anisuzzaman Chowdhury", p.name);
        assertEquals("Chief Adviser", p.role);
    }

    @Test
    void initialsWithoutStopsOpenAName() {
        Person p = Fixtures.people(finder, "Nepal's Prime Minister KP Sharma Oli will visit Accra.").get(0).person();
        assertEquals("KP Sharma Oli", p.name);
        assertEquals("NP", p.country);
    }

    @Test
    void aBodyWithAPossessiveInItsNameEndsAtItsLastInstitutionWord() {
        Person p = Fixtures.people(finder, "Chairman of the Supreme People's Assembly Standing Committee Choe Ryong Hae "
                + "will attend.").get(0).person();
        assertEquals("Choe Ryong Hae", p.name);
        assertEquals("Chairman", p.role);
    }

    @Test
    void aBodyWithAPossessiveInItsNameClosesAtTheCommaBeforeTheName() {
        Person p = Fixtures.people(finder, "He will meet the Speaker of the People's Majlis, Abdul Raheem Abdulla, on "
                + "Monday.").get(0).person();
        assertEquals("Abdul Raheem Abdulla", p.name);
        assertEquals("Speaker", p.role);
    }

    @Test
    void aFamilyNameFollowedByAnotherGivenNameIsAnotherPerson() {
        Fixtures.people(finder, "Vice President Kim Jong Un arrived.");
        List<PersonMention> later = Fixtures.people(finder, "Kim Yo Jong, a senior party official, will attend.");
        assertTrue(later.stream().noneMatch(m -> m.person().name.equals("Kim Jong Un")), later::toString);
    }

    @Test
    void theAmirIsATitle() {
        Person p = Fixtures.people(finder, "His Highness the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah will travel.").get(0).person();
        assertEquals("Emir", p.role);
    }

    @Test
    void amirWithNoArticleOpensAName() {
        Person p = Fixtures.people(finder, "Afghan Foreign Minister Amir Khan Muttaqi will travel.").get(0).person();
        assertEquals("Amir Khan Muttaqi", p.name);
    }

    @Test
    void aPluralTitleOfEachCountryThenItsHolder() {
        List<PersonMention> found = Fixtures.people(finder, "The Ministers of Foreign Affairs of Chile, Alberto van Klaveren, "
                + "and of Peru, Javier González-Olaechea, will meet on Friday.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("PE", found.get(1).person().country);
        assertEquals("Minister of Foreign Affairs", found.get(1).person().role);
    }

    @Test
    void aLongBodyClosedByACommaIsTheTitlesBody() {
        Person p = Fixtures.people(finder, "Meeting with the Speaker of the Sejm of the Parliament of the Republic of Poland, "
                + "Szymon Holownia, and a delegation.").get(0).person();
        assertEquals("Szymon Holownia", p.name);
    }

    @Test
    void aRegnalNumberOfAnyReignIsPartOfTheName() {
        assertEquals("Carl XVI Gustaf", Fixtures.people(finder, "King Carl XVI Gustaf will open the session on Thursday.")
                .get(0).person().name);
        assertEquals("Benedict XVI", Fixtures.people(finder, "Pope Benedict XVI will travel to Chile.").get(0).person().name);
    }

    @Test
    void thePopeIsTheHolySees() {
        List<PersonMention> found = Fixtures.people(finder, "Pope Benedict XVI will travel to Chile.");
        assertEquals("VA", found.get(0).person().country);
    }

    @Test
    void aCourtesyBeforeEachOfAPairAfterAPluralTitleIsNoPartOfTheirNames() {
        List<PersonMention> found = Fixtures.people(finder, "The commission will be co-chaired by the Ministers of Foreign "
                + "Affairs, Mr Kwame Mensah and Mrs Ama Owusu.");
        assertEquals(List.of("Kwame Mensah", "Ama Owusu"), Fixtures.names(found));
    }

    @Test
    void aChiefNegotiatorIsATitle() {
        List<PersonMention> found = Fixtures.people(finder, "He will meet senior officials and the Chief Negotiator of Frelimo, Maria "
                + "Corina Delgado, on Tuesday.");
        assertEquals("Maria Corina Delgado", found.get(0).person().name);
        assertEquals("Chief Negotiator", found.get(0).person().role);
    }

    @Test
    void aPluralTitleOfTheTwoCountriesBeforeEachNameWithItsCountry() {
        List<PersonMention> found = Fixtures.people(finder, "The defence ministers of the two countries, Maya Fernandez of "
                + "Chile and Walter Astudillo of Peru, will meet on Friday in Tacna.");
        assertEquals(List.of("Maya Fernandez", "Walter Astudillo"), Fixtures.names(found));
        assertEquals("PE", found.get(1).person().country);
    }

    @Test
    void anAmbassadorsPostingIsPartOfTheTitle() {
        List<PersonMention> found = Fixtures.people(finder, "She will meet the Ambassador of Chile to Norway, Ana Maria Silva, "
                + "on Monday.");
        assertEquals("Ana Maria Silva", found.get(0).person().name);
        assertEquals("CL", found.get(0).person().country);
    }

    @Test
    void aCourtesyBetweenAPortfolioAndTheNameIsNoPartOfIt() {
        List<PersonMention> found = Fixtures.people(finder, "The session will be chaired by Minister of International Relations "
                + "Dr Jane Mokoena on Monday.");
        assertEquals("Jane Mokoena", found.get(0).person().name);
        assertEquals("Minister of International Relations", found.get(0).person().role);
    }

    @Test
    void particlesJoinTheNameBeforeATitleAfterACourtesy() {
        List<PersonMention> found = Fixtures.people(finder, "The talks will be facilitated by His Excellency Dr Ahmed bin Khalid "
                + "Al-Marri, Minister of State at the Ministry of Foreign Affairs.");
        assertEquals(List.of("Ahmed bin Khalid Al-Marri"), Fixtures.names(found));
    }

    @Test
    void aTitleOfSeveralPortfoliosBetweenCommasIsFollowedByTheName() {
        List<PersonMention> found = Fixtures.people(finder, "The Minister of Foreign Affairs, African Integration and Nigeriens "
                + "Abroad, Bakary Yaou Sangare, will open the session.");
        assertEquals(List.of("Bakary Yaou Sangare"), Fixtures.names(found));
    }

    @Test
    void aCourtesyAfterSeveralPortfoliosIsNoPartOfTheName() {
        List<PersonMention> found = Fixtures.people(finder, "The Minister of Foreign Affairs, Regional Integration and "
                + "International Trade, Mr Dhananjay Ramful, will travel to New Delhi.");
        assertEquals(List.of("Dhananjay Ramful"), Fixtures.names(found));
    }

    @Test
    void aMinisterForAPortfolioTheListsLackIsStillAMinister() {
        List<PersonMention> found = Fixtures.people(finder, "The Canadian Minister for Seniors and Northern Affairs, Joanne "
                + "Ferris, will visit Iceland on Tuesday.");
        assertEquals("Joanne Ferris", found.get(0).person().name);
        assertEquals("Minister for Seniors and Northern Affairs", found.get(0).person().role);
    }

    @Test
    void aTitlesWordMayEndAName() {
        List<PersonMention> found = Fixtures.people(finder, "The Minister for Trade, Olivia Prince, will visit Iceland on Tuesday.");
        assertEquals("Olivia Prince", found.get(0).person().name);
    }

    @Test
    void aTitlesWordMayStandInsideAName() {
        List<PersonMention> found = Fixtures.people(finder, "President Abdullahi Sheikh Warsame will travel to Nairobi on Tuesday.");
        assertEquals("Abdullahi Sheikh Warsame", found.get(0).person().name);
    }

    @Test
    void twoEnvoysNamedAfterTheirPluralTitleAreBothEnvoys() {
        List<PersonMention> found = Fixtures.people(finder, "The two countries' special envoys, Aliya Nurlanova and Tomas "
                + "Petrauskas, will meet next week.");
        assertEquals(List.of("Aliya Nurlanova", "Tomas Petrauskas"), Fixtures.names(found));
        assertEquals("Special Envoy", found.get(1).person().role);
    }

    @Test
    void anHonourableSpeakerOfParliamentIsATitleNotAVenue() {
        List<PersonMention> found = Fixtures.people(finder, "15:00 hrs \u2013 Meeting with the Honourable Speaker of Parliament, "
                + "Losaline Taufa, Parliament House.");
        assertEquals(List.of("Losaline Taufa"), Fixtures.names(found));
        assertEquals("Speaker", found.get(0).person().role);
    }

    @Test
    void aMembersLettersAfterTheNameStillCloseItsApposition() {
        Person p = Fixtures.people(finder, "The Minister of State for Trade, Niamh Smyth TD, will travel to Chile.").get(0).person();
        assertEquals("Niamh Smyth", p.name);
        assertEquals("Minister of State for Trade", p.role);
    }

    @Test
    void tanaisteIsIrelandsDeputyPrimeMinistersTitle() {
        Person p = Fixtures.people(finder, "The Tánaiste, Micheál Martin, will travel to Ghana.").get(0).person();
        assertEquals("Tánaiste", p.role);
        assertEquals("IE", p.country);
    }

    @Test
    void aTitleListingItsPortfoliosWithCommasStillLeadsToTheName() {
        Person p = Fixtures.people(finder, "She will meet the Minister of Development, Industry, Trade and Services, Rafael Costa, "
                + "on Friday.").get(0).person();
        assertEquals("Rafael Costa", p.name);
    }

    @Test
    void ofACountryAfterTheTitledNameIsTheirCountry() {
        Person p = Fixtures.people(finder, "King Harald V of Norway will arrive in Chile on Monday.").get(0).person();
        assertEquals("NO", p.country);
    }

    @Test
    void aOneWordNameAfterACourtesyInAPairUnderAPluralTitleIsAName() {
        List<PersonMention> found = Fixtures.people(finder, "The Leaders tasked their Foreign Ministers, Dr Ana Silva and Mr Sukarno, "
                + "to follow up.");
        assertEquals(List.of("Ana Silva", "Sukarno"), found.stream().map(m -> m.person().name).toList());
    }

    @Test
    void namesListedAtTheOpeningOfASentenceBeforeAVerbAfterAPluralOfficeArePeople() {
        Fixtures.people(finder, "The groundwork is being laid by the foreign ministers.");
        List<PersonMention> found = Fixtures.people(finder, "Ana Silva, Jan Nowak and Espen Barth Eide are due to meet in Oslo on Wednesday.");
        assertEquals(List.of("Ana Silva", "Jan Nowak", "Espen Barth Eide"), found.stream().map(m -> m.person().name).toList());
    }

    @Test
    void namesThatOpenOrEndWithATownAreNoPeople() {
        Fixtures.people(finder, "The groundwork is being laid by the foreign ministers.");
        assertTrue(Fixtures.people(finder, "Real Madrid and Manchester City meet on Wednesday.").isEmpty());
    }

    @Test
    void namesListedBeforeAVerbWithNoPluralOfficeBeforeThemAreNotReadAsPeople() {
        Fixtures.people(finder, "The delegation arrived in Oslo on Monday.");
        assertTrue(Fixtures.people(finder, "Equinor Energy and Aker Solutions will hold talks with the delegation on Wednesday.").isEmpty());
    }

    @Test
    void oneUntitledNameOpeningASentenceIsNotReadAsAPerson() {
        assertTrue(Fixtures.people(finder, "Ana Silva will meet the press on Wednesday.").isEmpty());
    }

    @Test
    void aTitledNameInAppositionToACounterpartIsOfTheCounterpartsCountry() {
        List<PersonMention> found = Fixtures.people(finder, "She will hold talks with her Peruvian counterpart, Minister of "
                + "Foreign Affairs Elmer Castillo, at the ministry.");
        assertEquals("Elmer Castillo", found.get(0).person().name);
        assertEquals("PE", found.get(0).person().country);
    }

    @Test
    void aCounterpartWithoutACommaLendsNoCountryToTheTitleAfterIt() {
        List<PersonMention> found = Fixtures.people(finder, "He met his Peruvian counterpart and Foreign Minister Elmer Castillo.");
        assertEquals("Elmer Castillo", found.get(0).person().name);
        assertEquals(null, found.get(0).person().country);
    }

    @Test
    void aPrepositionOpeningASentenceIsNoPartOfTheNameAfterIt() {
        List<PersonMention> found = untitled("For Okonjo, who faces an election, the risk is real.");
        assertTrue(found.stream().noneMatch(m -> m.person().name.startsWith("For")), found::toString);
    }

    @Test
    void expatriatesIsASecondPortfolioOfAForeignMinister() {
        List<PersonMention> found = Fixtures.people(finder, "He will meet the Minister of Foreign Affairs and Expatriates of "
                + "the Kingdom of Norway, Espen Barth Eide, on Monday.");
        assertEquals("Espen Barth Eide", found.get(0).person().name);
        assertEquals("NO", found.get(0).person().country);
    }

    @Test
    void anOfficeAtACountrysMinistryComesBeforeTheName() {
        List<PersonMention> found = Fixtures.people(finder,
                "State Secretary at the Danish Ministry of Foreign Affairs Lotte Machon arrives in Accra on Wednesday.");
        assertEquals("Lotte Machon", found.get(0).person().name, found::toString);
    }

    @Test
    void anOfficeOfACountrysBodyClosedByACommaComesBeforeTheName() {
        List<PersonMention> found = Fixtures.people(finder, "She will meet the Speaker of Ghana's Parliament, Alban Bagbin, on Monday.");
        assertEquals("Alban Bagbin", found.get(0).person().name, found::toString);
        assertEquals("GH", found.get(0).person().country);
    }

    @Test
    void aPrefectIsAnOfficeBeforeTheName() {
        List<PersonMention> found = Fixtures.people(finder, "He will hold talks with the Prefect of Réunion, Patrice Latron, on Monday.");
        assertEquals("Patrice Latron", found.get(0).person().name, found::toString);
        assertEquals("Prefect", found.get(0).person().role);
    }

    @Test
    void aMinisterOfStateForAPortfolioTheListsLackComesBeforeTheName() {
        List<PersonMention> found = Fixtures.people(finder,
                "The Minister of State for Regional Integration, Kwaku Agyeman Kwarteng, will meet the delegation on Monday.");
        assertEquals("Kwaku Agyeman Kwarteng", found.get(0).person().name, found::toString);
        assertEquals("Minister of State for Regional Integration", found.get(0).person().role);
    }

    @Test
    void whatAMinisterIsInChargeOfIsPartOfTheTitle() {
        List<PersonMention> found = Fixtures.people(finder, "The Deputy Minister for Foreign Affairs in charge of Diaspora "
                + "Affairs, Ingrid Vold, said the talks would go ahead.");
        assertEquals("Ingrid Vold", found.get(0).person().name, found::toString);
    }

    @Test
    void whatAnOfficeOfTheRepublicIsInChargeOfIsPartOfTheTitle() {
        List<PersonMention> found = Fixtures.people(finder, "09:30 Meeting with the Vice-President of the Republic in charge "
                + "of Economy and Planning, Mariam Touré Diallo");
        assertEquals("Mariam Touré Diallo", found.get(0).person().name, found::toString);
    }

    @Test
    void aNameBeforeTheOfficeItHoldsBetweenCommasIsTitled() {
        List<PersonMention> found = Fixtures.people(finder, "Tui Saluni, the Minister for Pacific Partnerships, is due in "
                + "Apia on Thursday.");
        assertEquals("Tui Saluni", found.get(0).person().name, found::toString);
        assertEquals(1, found.size(), found::toString);
    }

    @Test
    void aChiefExecutiveIsTitled() {
        List<PersonMention> found = Fixtures.people(finder, "The Chief Executive of the Hong Kong Special Administrative "
                + "Region, Regina Ip Lau, will lead a delegation to Chile.");
        assertEquals("Regina Ip Lau", found.get(0).person().name, found::toString);
    }

    @Test
    void aPortfoliosNameAfterForTheIsNoPerson() {
        List<PersonMention> found = untitled("Minister for the Northern Provinces to visit Accra next week");
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void aMarshalsRankIsNoPartOfTheName() {
        List<PersonMention> found = Fixtures.people(finder, "Marshal Assimi Goita will visit Accra on Monday.");
        assertEquals("Assimi Goita", found.get(0).person().name, found::toString);
    }

    @Test
    void aQualifiedSecondPortfolioEndsBeforeTheName() {
        List<PersonMention> found = Fixtures.people(finder,
                "The talks will be co-chaired by Minister of Works and Rural Development Ama Mensah and her Togolese counterpart.");
        assertEquals("Ama Mensah", found.get(0).person().name, found::toString);
    }

    @Test
    void aRegionalCouncillorForAPortfolioComesBeforeTheName() {
        List<PersonMention> found = Fixtures.people(finder,
                "The regional councillor for mobility, Udo Landbauer, meets the Slovak Minister of Transport on Tuesday.");
        assertEquals("Udo Landbauer", found.get(0).person().name, found::toString);
        assertEquals("Regional Councillor for Mobility", found.get(0).person().role);
    }

    @Test
    void aCouncillorIsATitleBeforeTheName() {
        List<PersonMention> found = Fixtures.people(finder, "Meeting of councillor Landbauer with the mayor on rail traffic.");
        assertEquals("Councillor", found.get(0).person().role, found::toString);
    }

    @Test
    void honoursAfterANameStandBetweenItAndItsOffice() {
        List<PersonMention> found = Fixtures.people(finder, "His Excellency Sir Tofiga Vaevalu Falani, GCMG, Governor-General of "
                + "Tuvalu, will make a State Visit to Fiji.");
        assertEquals("Governor-General", found.get(0).person().role, found::toString);
        assertEquals("TV", found.get(0).person().country);
    }

    @Test
    void aParliamentOfOneWordTheListsLackEndsBeforeTheName() {
        List<PersonMention> found = Fixtures.people(finder, "Speaker of the Saeima Daiga Mieriņa will visit Santiago on Monday.");
        assertEquals("Daiga Mieriņa", found.get(0).person().name, found::toString);
        assertEquals("Speaker", found.get(0).person().role);
    }

    @Test
    void aLongerRunOfCapitalsAfterOfTheNamesNoOneByGuess() {
        List<PersonMention> found = Fixtures.people(finder, "The Chairman of the State Great Khural Gombojav Zandanshatar will visit Seoul.");
        assertTrue(found.stream().noneMatch(m -> m.person().name.startsWith("Great")), found::toString);
    }

    @Test
    void aQuotedNicknameIsNoPartOfTheName() {
        List<PersonMention> found = Fixtures.people(finder, "Prime Minister Hubert \"Doc\" Minnis will meet her on Thursday.");
        assertEquals("Hubert Minnis", found.get(0).person().name, found::toString);
    }

    @Test
    void aGovernorGeneralWrittenWithoutTheHyphenIsOne() {
        List<PersonMention> found = Fixtures.people(finder, "She will call on Governor General Dame Patsy Reddy at Government House.");
        assertEquals("Governor-General", found.get(0).person().role, found::toString);
    }

    @Test
    void eamIsIndiasMinisterOfExternalAffairs() {
        List<PersonMention> found = Fixtures.people(finder, "EAM Dr. Subrahmanyam Jaishankar will receive her at Hyderabad House.");
        assertEquals("Minister of External Affairs", found.get(0).person().role, found::toString);
        assertEquals("IN", found.get(0).person().country);
    }

    @Test
    void aSecondPortfolioTheListsLackEndsAtTheCommaBeforeTheName() {
        List<PersonMention> found = Fixtures.people(finder, "On Monday, she will meet the Minister of Labour and Vocational "
                + "Training, Ana Costa, and will then fly home.");
        assertEquals("Ana Costa", found.get(0).person().name, found::toString);
    }

    @Test
    void anEmperorIsATitle() {
        List<PersonMention> found = Fixtures.people(finder, "The President will be received by His Majesty Emperor Akihito.");
        assertEquals("Akihito", found.get(0).person().name, found::toString);
        assertEquals("Emperor", found.get(0).person().role);
    }

    @Test
    void aBodyOfTwoUnlistedWordsEndsBeforeATwoWordName() {
        List<PersonMention> found = Fixtures.people(finder, "Chairman of the Verkhovna Rada Ruslan Stefanchuk will meet Polish "
                + "President Andrzej Duda in Warsaw on Tuesday.");
        assertEquals("Ruslan Stefanchuk", found.get(0).person().name, found::toString);
    }

    @Test
    void aQuotedWordInATitleCaseHeadlineIsNoNickname() {
        List<PersonMention> found = Fixtures.people(finder, "President Cyril Ramaphosa \"Hopeful\" Putin Will Attend Summit, He "
                + "Told Reporters In Pretoria On Tuesday.");
        assertTrue(found.stream().noneMatch(m -> m.person().name.contains("Putin") && m.person().name.contains("Cyril")),
                found::toString);
    }

    @Test
    void aNameAfterToTheIsAPlacesNotAPersons() {
        assertTrue(untitled("On Friday the delegation will travel to the Karoo Highlands to learn about sheep farming.")
                .isEmpty());
    }

    @Test
    void anIslandsNameIsNoPersonsBeforeAnInfinitive() {
        assertTrue(untitled("On Wednesday, the delegation had been due to cross to Robben Island to visit the museum.")
                .isEmpty());
    }

    @Test
    void theIrishSpeakersTitleIsATitle() {
        List<PersonMention> found = Fixtures.people(finder, "The Ceann Comhairle, Sean Ryan, will visit Oslo on Monday.");
        assertEquals("Sean Ryan", found.get(0).person().name, found::toString);
        assertEquals("Speaker", found.get(0).person().role);
    }

    @Test
    void anIndianMinisterOfStateWrittenShortIsOne() {
        List<PersonMention> found = Fixtures.people(finder, "MoS Kirti Vardhan Singh to visit Peru this week");
        assertEquals("Kirti Vardhan Singh", found.get(0).person().name, found::toString);
        assertEquals("IN", found.get(0).person().country);
    }

    @Test
    void aGovernorWrittenShortHoldsTheTitle() {
        List<PersonMention> found = Fixtures.people(finder, "Gov. Ralph D. Torres will fly to Palau tomorrow.");
        assertEquals("Ralph D. Torres", found.get(0).person().name, found::toString);
        assertEquals("Governor", found.get(0).person().role);
    }

    @Test
    void aQuotedNicknameMayComeBeforeAFamilyNameOfTwoWords() {
        List<PersonMention> found = Fixtures.people(finder, "He will meet Governor Maria \"Malu\" Santos Cruz at the palace.");
        assertEquals("Maria Santos Cruz", found.get(0).person().name, found::toString);
    }

    @Test
    void aTerritorysDelegateToCongressHoldsTheTitle() {
        List<PersonMention> found = Fixtures.people(finder, "On Friday, he will meet Delegate Kimberlyn King-Hinds to discuss ports.");
        assertEquals("Kimberlyn King-Hinds", found.get(0).person().name, found::toString);
        assertEquals("Delegate", found.get(0).person().role);
    }

    @Test
    void aShortNameInACapitalisedHeadingAfterACourtesyIsAName() {
        assertEquals(List.of("Pat Ryan"), Fixtures.names(untitled("THE HON PAT RYAN MP")));
    }

    @Test
    void aShortFamilyNameInACapitalisedHeadingAfterATitleIsAName() {
        List<PersonMention> found = Fixtures.people(finder, "SENATOR THE HON ANNE WONG");
        assertEquals("Anne Wong", found.get(0).person().name, found::toString);
    }

    @Test
    void aSenatorsOfficeToldLaterIsTheRoleHeld() {
        List<PersonMention> found = Fixtures.people(finder, "SENATOR THE HON ANNE WONG. The Minister for Trade, Senator Anne "
                + "Wong, will visit Fiji.");
        assertEquals("Minister of Trade", found.get(0).person().role, found::toString);
    }

    @Test
    void aSenatorsFormerOfficeDoesNotReplaceTheSeat() {
        List<PersonMention> found = Fixtures.people(finder, "Senator Mark Dale, a former Mayor of Tulsa, will meet the Prime "
                + "Minister on Monday.");
        assertEquals("Senator", found.get(0).person().role, found::toString);
    }

    @Test
    void aHeadlineInCapitalsAfterACourtesyRunsOnPastAnyName() {
        assertTrue(untitled("SIR KEIR EYES EU DEAL AS HE MEETS VON DER LEYEN ON THURSDAY").stream()
                .noneMatch(m -> m.person().name.contains("Eyes")));
    }
}
