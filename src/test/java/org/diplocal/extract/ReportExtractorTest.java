package org.diplocal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Behaviours of the whole engine on short reports dated Monday 2024-05-13. */
class ReportExtractorTest {
    private static final LocalDate WED = LocalDate.of(2024, 5, 15);

    private static Draft only(String text) {
        List<Draft> drafts = Fixtures.extract(text);
        assertEquals(1, drafts.size(), () -> "drafts: " + drafts);
        return drafts.get(0);
    }

    @Test
    void plannedMeetingWithNamedCounterpartBecomesADayEngagement() {
        Draft d = only("Ghanaian President Nana Akufo-Addo will meet Kenyan President William Ruto in Nairobi on Wednesday.");
        assertEquals(WED, d.start());
        assertEquals(WED, d.end());
        assertEquals(Precision.DAY, d.precision());
        assertEquals("KE", d.location().country());
        assertEquals("Africa/Nairobi", d.location().zone());
        assertEquals(2, d.participants().size());
        assertTrue(d.countries().containsAll(List.of("GH", "KE")));
    }

    @Test
    void aHostOfForeignMinistersNamedWithTheirCountriesHostsEachOfThem() {
        Draft d = only("President Bernardo Arevalo will host the foreign ministers Eduardo Enrique Reina of Honduras and "
                + "Alexandra Hill of El Salvador in Guatemala City on Wednesday.");
        assertEquals(3, d.participants().size(), d::toString);
        assertEquals(WED, d.start());
    }

    @Test
    void aJourneyWithoutDaysToldLaterPlacesNoMeetingBeforeIt() {
        Draft talks = Fixtures.extract("Norwegian Prime Minister Jonas Gahr Store will hold talks with Danish Prime Minister "
                + "Mette Frederiksen on Thursday. Store is expected to travel to Washington later this month.").stream()
                .filter(d -> d.kind().equals("meeting")).findFirst().orElseThrow();
        assertTrue(talks.location() == null || !"US".equals(talks.location().country()), talks::toString);
    }

    @Test
    void aJourneyWithoutDaysToldFirstPlacesTheMeetingOnOneOfThem() {
        Draft talks = Fixtures.extract("Norwegian Prime Minister Jonas Gahr Store will travel to Japan later this month. "
                + "On May 21 he will hold talks with Prime Minister Fumio Kishida.").stream()
                .filter(d -> d.kind().equals("meeting")).findFirst().orElseThrow();
        assertEquals("JP", talks.location().country());
    }

    @Test
    void aHostOfSeveralCounterpartsToldAfterAGatheringOfNoOneNamedIsThatGatheringsHost() {
        Draft d = only("Leaders of the Nordic countries will gather in Norway on Thursday and Friday for the Nordic Leaders' "
                + "Summit. Prime Minister Jonas Gahr Store will host his counterparts Mette Frederiksen of Denmark and "
                + "Petteri Orpo of Finland.");
        assertEquals("Nordic Leaders' Summit", d.title());
        assertEquals(3, d.participants().size(), d::toString);
        assertEquals(LocalDate.of(2024, 5, 17), d.end());
    }

    @Test
    void whoAccompaniesTheVisitorTravelsOnTheVisitAndMeetsWhereItIs() {
        List<Draft> drafts = Fixtures.extract("Norwegian Prime Minister Jonas Gahr Store will travel to Accra on Thursday for a "
                + "two-day official visit to Ghana. He will be accompanied by the Minister of Foreign Affairs, Espen Barth Eide. "
                + "The same day, Barth Eide will hold talks with the Ghanaian Minister for Foreign Affairs, Samuel Okudzeto Ablakwa.");
        Draft visit = drafts.stream().filter(d -> d.kind().equals("visit")).findFirst().orElseThrow();
        Draft talks = drafts.stream().filter(d -> d.kind().equals("meeting")).findFirst().orElseThrow();
        assertEquals(2, visit.participants().size(), visit::toString);
        assertEquals("GH", talks.location().country(), talks::toString);
    }

    @Test
    void departingForOnesOwnCapitalOnTheVisitsLastDayIsTheWayHome() {
        Draft d = only("Norwegian Prime Minister Jonas Gahr Store will pay an official visit to Ghana on Thursday and Friday. "
                + "On Friday evening the Prime Minister departs for Oslo.");
        assertEquals("visit", d.kind());
    }

    @Test
    void travellingOnAtHomeTheDayAfterAVisitIsAJourneyOfItsOwn() {
        List<Draft> drafts = Fixtures.extract("Norwegian Prime Minister Jonas Gahr Store will pay an official visit to Ghana "
                + "on Thursday and Friday. He will then travel to Oslo on Saturday to open a conference.");
        assertEquals(2, drafts.size(), drafts::toString);
    }

    @Test
    void counterpartsEachFollowedByTheirCountryInBracketsAreAllMet() {
        Draft d = only("Foreign Minister Ingrid Solberg will hold a Nordic meeting with Matti Virtanen (Finland) and "
                + "Lars Jensen (Denmark) in Oslo on Wednesday.");
        assertEquals(3, d.participants().size(), d::toString);
    }

    @Test
    void aNamedMeetingToldAgainOfOneOfItsPeopleIsThatMeeting() {
        Draft d = only("Foreign Minister Ingrid Solberg will hold the Nordic Council meeting with Matti Virtanen (Finland) and "
                + "Lars Jensen (Denmark) in Oslo on Wednesday. It will be Jensen's last Nordic Council meeting before he leaves office.");
        assertEquals(3, d.participants().size(), d::toString);
    }

    @Test
    void aQuestionAnnouncesNothing() {
        assertTrue(Fixtures.extract("Will Kenyan President William Ruto attend the summit in Accra on Thursday?").isEmpty());
    }

    @Test
    void himInASecondClauseIsWhomTheFirstTold() {
        Draft d = Fixtures.extract("Ghanaian President John Mahama will travel to Abuja on Monday. The Chairperson of the "
                + "African Union Commission, Moussa Faki, arrives on Tuesday, and President Bola Tinubu will receive him on "
                + "Wednesday evening.").stream().filter(x -> x.start().equals(WED)).findFirst().orElseThrow();
        assertEquals(List.of("Bola Tinubu", "Moussa Faki"), d.participants().stream().map(DraftPerson::name).sorted().toList());
    }

    @Test
    void inATranscriptIIsTheOneWhoseTurnItIs() {
        List<Draft> drafts = Fixtures.extract("""
                Press briefing by the State Secretary, Ingrid Solberg

                INGRID SOLBERG: Good morning. Prime Minister Jonas Gahr Store will travel to Accra on Thursday. Store will \
                hold talks with President John Mahama there on Friday, and Store will then fly on to Abuja. Store will also \
                visit Lagos.

                QUESTION: Will the State Secretary go too?

                INGRID SOLBERG: Not this time. I will represent Norway at the Nordic summit in Reykjavik on Friday.
                """);
        Draft summit = drafts.stream().filter(d -> d.kind().equals("summit")).findFirst().orElseThrow();
        assertEquals(List.of("Ingrid Solberg"), Fixtures.names(summit));
    }

    @Test
    void whoPresidesNamedBetweenCommasTakesPart() {
        Draft d = Fixtures.extract("Antiguan Prime Minister Gaston Browne will travel to Kingstown on Tuesday. The conference "
                + "opens on Wednesday, with the Prime Minister, Ralph Gonsalves, presiding.").stream()
                .filter(x -> x.kind().equals("conference")).findFirst().orElseThrow();
        assertTrue(d.participants().stream().anyMatch(p -> p.name().equals("Ralph Gonsalves")), d::toString);
    }

    @Test
    void aGatheringThatOpensOnADayAndRunsUntilAWeekdayLastsUntilTheOneAfter() {
        List<Draft> drafts = ReportExtractor.standard().extract("The conference opens on Monday and runs until Thursday in "
                + "Kingstown, with Prime Minister Ralph Gonsalves presiding.", LocalDate.of(2024, 5, 16));
        assertEquals(LocalDate.of(2024, 5, 20), drafts.get(0).start());
        assertEquals(LocalDate.of(2024, 5, 23), drafts.get(0).end());
    }

    @Test
    void aGatheringAtAVenueOutsideATownIsThere() {
        Draft d = only("The conference opens on Wednesday at the venue outside Kingstown, with Prime Minister Ralph Gonsalves presiding.");
        assertEquals("VC", d.location().country(), d::toString);
    }

    @Test
    void receivedInAudienceByHisMajestyTheKingIsAMeetingWithTheKing() {
        Draft d = only("On Wednesday, Ghanaian President John Mahama will be received in audience by His Majesty King "
                + "Letsie III at the Royal Palace in Maseru.");
        assertEquals(2, d.participants().size(), d::toString);
    }

    @Test
    void arrivingInTheCountryIsArrivingInTheDatelinesCountry() {
        Draft d = only("MASERU – Ghana's President John Mahama arrives in the country on Wednesday for a two-day state visit.");
        assertEquals("LS", d.location().country(), d::toString);
    }

    @Test
    void ceremoniesAreACeremony() {
        Draft d = only("President Ana Lopes will attend the ceremonies marking the independence of Cabo Verde in Praia on Saturday.");
        assertEquals("ceremony", d.kind());
    }

    @Test
    void aGatheringLaterThisMonthHoldsNoDayOfItsOwnTowns() {
        Draft ceremony = Fixtures.extract("Foreign Minister Paulo Rangel will attend the meeting of the CPLP Council of "
                + "Ministers in Bissau later this month. On Saturday, President Ana Lopes will attend the official ceremony.")
                .stream().filter(d -> d.kind().equals("ceremony")).findFirst().orElseThrow();
        assertTrue(ceremony.location() == null || !"GW".equals(ceremony.location().country()), ceremony::toString);
    }

    @Test
    void aJourneyToldByItsFirstDayLastsUntilTheReturnToldLater() {
        Draft trip = Fixtures.extract("President Ana Lopes leaves for Cabo Verde on Friday. She will visit Mindelo on "
                + "Sunday, before returning to Lisbon on Monday.").stream()
                .filter(d -> d.kind().equals("travel")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2024, 5, 17), trip.start());
        assertEquals(LocalDate.of(2024, 5, 20), trip.end());
    }

    @Test
    void onTheAfternoonOfAnInaugurationIsThatDayAndPlace() {
        List<Draft> drafts = Fixtures.extract("Argentine President Javier Milei will attend the inauguration of President-elect "
                + "Rodrigo Paz in Sucre on Saturday. The United States will be represented by Deputy Secretary of State "
                + "Christopher Landau. On the afternoon of the inauguration, Paz will meet Landau at the Casa Grande del Pueblo.");
        Draft talks = drafts.stream().filter(d -> d.kind().equals("meeting")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2024, 5, 18), talks.start());
        assertEquals("BO", talks.location().country(), talks::toString);
    }

    @Test
    void aWordOfALongerTownsNameInTheDatelineIsNoOnesName() {
        Draft d = only("LA PAZ, May 13 – Argentine President Javier Milei will attend the inauguration of President-elect "
                + "Rodrigo Paz on Saturday.");
        assertEquals("BO", d.location().country(), d::toString);
    }

    @Test
    void aJourneyToldAsAfterAnEventHoldsNotThatEvent() {
        Draft summit = Fixtures.extract("President Ana Lopes will open the Andean Summit on Sunday. After the summit she will "
                + "travel to Japan to take part in a conference in Yokohama from May 20 to 22.").stream()
                .filter(d -> d.kind().equals("summit")).findFirst().orElseThrow();
        assertTrue(summit.location() == null || !"JP".equals(summit.location().country()), summit::toString);
    }

    @Test
    void anyMeetingsAfterWithoutAreNoneTold() {
        Draft talks = Fixtures.extract("Norwegian Prime Minister Jonas Gahr Store will pay an official visit to Ghana on Wednesday "
                + "and Thursday. Store will hold talks with President John Mahama on Wednesday at the government chancellery. "
                + "Mahama, for his part, is expected to attend the summit that Store will host in Oslo on June 7, his office "
                + "said, without giving details of any bilateral meetings there.").stream()
                .filter(d -> d.start().equals(WED) && d.kind().equals("meeting")).findFirst().orElseThrow();
        assertEquals("GH", talks.location().country(), talks::toString);
    }

    @Test
    void pastMeetingIsNoEngagement() {
        assertTrue(Fixtures.extract("Ghanaian President Nana Akufo-Addo met Kenyan President William Ruto in Nairobi last week.").isEmpty());
    }

    @Test
    void backgroundClauseAfterSinceIsNoEngagement() {
        List<Draft> drafts = Fixtures.extract("It will be the first such visit since 2016, when then Foreign Minister Jan Nowak "
                + "travelled to Accra.");
        assertTrue(drafts.isEmpty());
    }

    @Test
    void formerOfficialIsNoParticipant() {
        Draft d = only("Norwegian Prime Minister Jonas Gahr Store will meet then Foreign Minister Ine Eriksen in Oslo on Wednesday "
                + "and Chilean President Gabriel Boric.");
        assertTrue(d.participants().stream().noneMatch(p -> p.name().startsWith("Ine")));
    }

    @Test
    void reportingDateIsNotTheEventDate() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will visit Norway next week, his office said on Monday.");
        assertEquals(Precision.WINDOW, drafts.get(0).precision());
        assertEquals(LocalDate.of(2024, 5, 20), drafts.get(0).start());
    }

    @Test
    void aVenueFollowedByItsTownIsHeldInThatTown() {
        Draft d = only("Foreign Minister Kwame Asante will host his Chilean counterpart Alberto van Klaveren for a trilateral "
                + "Atlantic Rim meeting at the Labadi Beach Hotel, Accra, on Thursday.");
        assertEquals("Labadi Beach Hotel", d.location().name());
        assertEquals("Accra", d.location().city());
        assertEquals("GH", d.location().country());
    }

    @Test
    void aJourneyThenAStayUntilADayLastsUntilThatDay() {
        Draft d = only("Chilean President Gabriel Boric will fly to Accra on Monday, May 20, and will remain in Ghana until "
                + "Wednesday, May 22.");
        assertEquals(LocalDate.of(2024, 5, 20), d.start());
        assertEquals(LocalDate.of(2024, 5, 22), d.end());
    }

    @Test
    void aVisitToTheRepublicOfACountryIsToThatCountry() {
        Draft d = only("Prime Minister Ana Paula Silva will undertake an official visit to the Republic of Gambia from 15 to 17 May.");
        assertEquals("GM", d.location().country());
        assertEquals("Banjul", d.location().city());
    }

    @Test
    void whoCoChairsTheCommissionWithTheSubjectTakesPart() {
        Draft d = only("Foreign Minister Samuel Ablakwa said he would co-chair the commission with Togo's Foreign Minister "
                + "Robert Dussey on Friday.");
        assertEquals(List.of("Samuel Ablakwa", "Robert Dussey"), Fixtures.names(d));
    }

    @Test
    void independenceCelebrationsAreAnEngagement() {
        Draft d = only("Ghanaian President John Mahama will attend the independence celebrations on Friday.");
        assertEquals(LocalDate.of(2024, 5, 17), d.start());
    }

    @Test
    void aCountrysIndependenceCelebrationsAreHeldThere() {
        Draft d = only("Ghanaian President John Mahama will attend the celebrations of the 64th anniversary of the "
                + "independence of Togo on Friday.");
        assertEquals("TG", d.location().country());
    }

    @Test
    void aVisitOfThreeDaysSpansThem() {
        Draft d = only("Chilean Foreign Minister Alberto van Klaveren will arrive in Accra on Wednesday on an official visit "
                + "of three days.");
        assertEquals(WED, d.start());
        assertEquals(WED.plusDays(2), d.end());
    }

    @Test
    void theTwoMinistersAreTheVisitorAndTheOneWhoInvitedHim() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will arrive in Accra on Wednesday "
                + "at the invitation of Ghanaian Foreign Minister Samuel Ablakwa. The two ministers will hold official talks "
                + "at the ministry on Thursday.");
        Draft talks = Fixtures.first(drafts, d -> d.start().equals(WED.plusDays(1)));
        assertEquals(List.of("Alberto van Klaveren", "Samuel Ablakwa"), Fixtures.names(talks));
    }

    @Test
    void aCommitteeHeadedOnEachSideByOneOfficialHasThemBoth() {
        Draft d = only("The Chilean-Peruvian technical committee on fisheries will meet on Thursday, headed on the Chilean "
                + "side by Under-Secretary for Fisheries Ambassador Gloria de la Fuente and on the Peruvian side by the "
                + "ministry's legal adviser, Dr. Ignacio Higueras.");
        assertEquals(List.of("Gloria de la Fuente", "Ignacio Higueras"), Fixtures.names(d));
    }

    @Test
    void aMeetingThereIsNoPlanForLendsNoPlaceToTheOnesPlanned() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will be in Accra on Wednesday and "
                + "Thursday. On Thursday he is to meet Togo's Foreign Minister Robert Dussey. His office said there is no plan "
                + "for a meeting of the three ministers, and he will not travel on to Lomé.");
        assertEquals("Accra", Fixtures.first(drafts, d -> d.title().contains("Dussey")).location().city());
    }

    @Test
    void aSinceClauseEndsBeforeTheSentencesWill() {
        Draft d = only("The first session of the Chilean-Argentine joint committee since the change of government in Buenos "
                + "Aires will open on Wednesday in Santiago, co-chaired by Foreign Ministers Alberto van Klaveren and Gerardo "
                + "Werthein.");
        assertEquals(WED, d.start());
        assertEquals("Santiago", d.location().city());
    }

    @Test
    void aMeetingAskedAboutAndDeniedIsNone() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will visit Accra on Wednesday. "
                + "Asked whether he would meet Togo's Foreign Minister Robert Dussey in Lomé on Thursday, the spokesperson "
                + "said there were no plans for such a meeting.");
        assertEquals(1, drafts.size(), drafts::toString);
        assertEquals("Accra", drafts.get(0).location().city());
    }

    @Test
    void aMeetingAskedAboutAndLeftOpenIsStillTold() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will visit Accra on Wednesday. "
                + "Asked whether he would meet Togo's Foreign Minister Robert Dussey in Lomé on Thursday, the spokesperson "
                + "said such a meeting was not ruled out.");
        assertEquals("Lomé", Fixtures.first(drafts, d -> d.title().contains("Dussey")).location().city());
    }

    @Test
    void multiDayVisitSpansItsDays() {
        Draft d = only("Chilean President Gabriel Boric will begin a three-day visit to Norway on Wednesday.");
        assertEquals(WED, d.start());
        assertEquals(WED.plusDays(2), d.end());
        assertEquals("NO", d.location().country());
        assertEquals("Oslo", d.location().city());
    }

    @Test
    void upOnArrivalIsTheFirstDayOfTheVisit() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will begin a three-day visit to Norway on Wednesday. "
                + "Upon arrival in Norway, Boric will visit the Fram Museum.");
        Draft museum = drafts.stream().filter(d -> d.title().contains("Fram")).findFirst().orElseThrow();
        assertEquals(WED, museum.start());
        assertEquals(Precision.DAY, museum.precision());
    }

    @Test
    void whileInTheCityIsAWindowOverTheVisit() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will begin a three-day visit to Norway on Wednesday. "
                + "He will also meet King Harald while in Oslo.");
        Draft king = drafts.stream().filter(d -> d.title().contains("Harald")).findFirst().orElseThrow();
        assertEquals(Precision.WINDOW, king.precision());
        assertEquals(WED, king.start());
        assertEquals(WED.plusDays(2), king.end());
    }

    @Test
    void aDayAfterTheSummitIsTheNextDay() {
        List<Draft> drafts = Fixtures.extract("Ghanaian President Nana Akufo-Addo will hold a summit with Kenyan President "
                + "William Ruto in Nairobi on Wednesday. A day after the Nairobi summit, Akufo-Addo plans to visit Mombasa.");
        Draft next = drafts.stream().filter(d -> d.title().contains("Mombasa")).findFirst().orElseThrow();
        assertEquals(WED.plusDays(1), next.start());
    }

    @Test
    void postponedVisitKeepsItsStatus() {
        Draft d = only("German Chancellor Olaf Scholz has postponed a planned visit to India that was scheduled for next week.");
        assertEquals(DraftStatus.POSTPONED, d.status());
    }

    @Test
    void virtualMeetingHasNoPlace() {
        Draft d = only("Norwegian Prime Minister Jonas Gahr Store and Chilean President Gabriel Boric will hold a video call on Wednesday.");
        assertNull(d.location());
        assertEquals(WED, d.start());
    }

    @Test
    void evidenceIsTheSentenceAsItStands() {
        String sentence = "Ghanaian President Nana Akufo-Addo will meet Kenyan President William Ruto in Nairobi on Wednesday.";
        assertEquals(sentence, only("Intro line\n" + sentence).evidence());
    }

    @Test
    void namedMeetingKeepsItsName() {
        Draft d = only("Finnish Defence Minister Antti Hakkanen will attend the Nordic Defence Cooperation Meeting in Oslo on Wednesday.");
        assertTrue(d.title().startsWith("Nordic Defence Cooperation Meeting"), d.title());
    }

    @Test
    void neverThrowsAndFindsNothingInGarbage() {
        assertTrue(ReportExtractor.standard().extract("", Fixtures.MONDAY).isEmpty());
        assertTrue(ReportExtractor.standard().extract(null, Fixtures.MONDAY).isEmpty());
        assertTrue(ReportExtractor.standard().extract("text", null).isEmpty());
        assertTrue(Fixtures.extract("Der Bundeskanzler besucht am Mittwoch Indien.").isEmpty());
        byte[] bytes = new byte[100_000];
        new Random(7).nextBytes(bytes);
        assertTrue(Fixtures.extract(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).size() >= 0);
    }

    @Test
    void readsOneMebibyteQuickly() {
        String sentence = "Chilean President Gabriel Boric will begin a three-day visit to Norway on Wednesday. ";
        String text = sentence.repeat((1 << 20) / sentence.length());
        long t0 = System.nanoTime();
        List<Draft> drafts = Fixtures.extract(text);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 10_000, "took " + ms + " ms");
        assertTrue(drafts.size() <= 1, "one visit, told many times");
    }

    @Test
    void hostingAVisitTakesTheVisitsDaysAndTheHostsCountry() {
        Draft d = only("Ghanaian President John Mahama will host his Togolese counterpart Faure Gnassingbe for a two-day "
                + "state visit starting on Wednesday, the presidency said on Monday.");
        assertEquals(WED, d.start());
        assertEquals(WED.plusDays(1), d.end());
        assertEquals("GH", d.location().country());
        assertEquals(2, d.participants().size());
        assertTrue(d.title().contains("hosts"), d.title());
    }

    @Test
    void meetingToldInsideADatedVisitHappensDuringIt() {
        List<Draft> drafts = Fixtures.extract("Polish President Andrzej Duda will visit Buenos Aires from May 15 to 17, meeting "
                + "Argentine President Javier Milei to discuss trade.");
        Draft meeting = Fixtures.first(drafts, d -> d.participants().size() == 2);
        assertEquals(WED, meeting.start());
        assertEquals(WED.plusDays(2), meeting.end());
        assertEquals(Precision.WINDOW, meeting.precision());
        assertEquals("AR", meeting.location().country());
    }

    @Test
    void travelForANamedSummitIsThatSummit() {
        Draft d = only("Norwegian Foreign Minister Espen Barth Eide is due to travel to Addis Ababa next week for the African "
                + "Union summit, which opens on May 25.");
        assertEquals(LocalDate.of(2024, 5, 25), d.start());
        assertEquals("ET", d.location().country());
    }

    @Test
    void sentenceWithoutPeopleAboutAVenueJoinsTheVenueVisitNotTheCountryVisit() {
        List<Draft> drafts = Fixtures.extract("Polish Defence Minister Jan Nowak is set to begin a two-day visit to Ghana next Monday. "
                + "Upon arrival, Nowak, along with Ghana's Defence Minister Kofi Asante, plans to visit Takoradi Air Base. "
                + "It will be the first joint visit to Takoradi Air Base by the two defence chiefs since 2019.");
        Draft country = Fixtures.first(drafts, d -> d.end().isAfter(d.start()));
        assertEquals("Ghana", country.location().name());
        assertTrue(drafts.stream().anyMatch(d -> d.location() != null && d.location().name().equals("Takoradi Air Base")), drafts::toString);
    }

    @Test
    void hostNamedAfterByIsNotTheOneWhoTravels() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will visit Oslo on Wednesday. He will attend a forum of "
                + "the Arctic Council in Tromso, Norway, on May 17, hosted by Norwegian Prime Minister Jonas Gahr Store, before "
                + "travelling to Stockholm for an EU summit on May 20.");
        Draft summit = Fixtures.first(drafts, d -> d.start().equals(LocalDate.of(2024, 5, 20)));
        assertEquals("Gabriel Boric", summit.participants().get(0).name());
    }

    @Test
    void summitOfANamedBodyTakesTheBodysName() {
        Draft d = only("Ghanaian President John Mahama will attend a summit of the Economic Community of West African States in "
                + "Abuja on Wednesday.");
        assertEquals("Economic Community of West African States summit", d.title());
    }

    @Test
    void townTheGazetteerLacksIsPlacedByTheCountryAfterIt() {
        Draft d = only("Polish President Andrzej Duda will attend a summit of the Nordic Council in Svolvaer, Norway, on Wednesday.");
        assertEquals("NO", d.location().country());
        assertEquals("Svolvaer", d.location().city());
    }

    @Test
    void visitToAProperNameWithALowerCaseVenueWordIsThatVenue() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will arrive in Accra on Wednesday. The following day, "
                + "Boric will visit the Kumasi cocoa farm.");
        assertTrue(drafts.stream().anyMatch(d -> d.location() != null && d.location().name().equals("Kumasi cocoa farm")
                && d.start().equals(WED.plusDays(1))), drafts::toString);
    }

    @Test
    void visitToARegionIsThatRegionAndNoWordsAfterIt() {
        Draft d = only("Norwegian Prime Minister Jonas Gahr Store will visit Southeast Asia on Wednesday, his first trip to "
                + "the region since taking office.");
        assertEquals("Southeast Asia", d.location().name());
        assertEquals(null, d.location().country());
    }

    @Test
    void aVenueWordAfterAPrepositionIsNotPartOfTheNameBeforeIt() {
        Draft d = only("Ghanaian President John Mahama will visit Kumasi on Wednesday, a visit to Ashanti since leaving office.");
        assertEquals("Kumasi", d.location().name());
    }

    @Test
    void anEventToldOnlyByItsHostCountryIsThatCountrysLeaders() {
        Draft d = only("Norway will host the Arctic Energy Summit in Tromso on Wednesday, Foreign Minister Espen Barth Eide said. "
                + "Prime Minister Jonas Gahr Store will welcome leaders from eight countries.");
        assertEquals("Arctic Energy Summit", d.title());
        assertEquals(List.of("Jonas Gahr Store"), Fixtures.names(d));
        assertEquals(WED, d.start());
    }

    @Test
    void aMinistersMeetingToldByItsHostCountryIsThatPortfoliosMinister() {
        Draft d = only("Chile will host the Pacific Alliance Trade Ministers' Meeting in Santiago on Wednesday, Trade Minister "
                + "Alberto van Klaveren said on Monday. President Gabriel Boric has made trade with Asia a priority.");
        assertEquals(List.of("Alberto van Klaveren"), Fixtures.names(d));
    }

    @Test
    void anEventToldByItsHostCountryWithNoPlaceIsInThatCountry() {
        Draft d = only("Ghana will host the West African Ports Summit on Wednesday, President John Mahama said.");
        assertEquals("GH", d.location().country());
    }

    @Test
    void twoEventsASentenceNamesAndJoinsShareTheirDateAndStayTwo() {
        List<Draft> drafts = Fixtures.extract("Ghana will host the West African Ports Summit on Wednesday, followed by the Gulf of "
                + "Guinea Security Summit and the first Ghana-Nigeria Trade Summit the next day, President John Mahama said.");
        assertEquals(List.of("West African Ports Summit", "Gulf of Guinea Security Summit", "Ghana-Nigeria Trade Summit"),
                drafts.stream().map(Draft::title).toList());
        assertEquals(List.of(WED, WED.plusDays(1), WED.plusDays(1)), drafts.stream().map(Draft::start).toList());
    }

    @Test
    void anEngagementToldByItsFirstDayThenByItsDaysLastsTheDays() {
        Draft d = only("Polish President Andrzej Duda has put off his annual summit with Chilean President Gabriel Boric that was "
                + "to begin Wednesday. Duda had been scheduled to stay in Chile from May 15 to 17 and hold talks with Boric in Santiago.");
        assertEquals(WED, d.start());
        assertEquals(WED.plusDays(2), d.end());
    }

    @Test
    void separateMeetingsWithTwoCounterpartsAreTwoMeetingsOnTheDayTold() {
        List<Draft> drafts = Fixtures.extract("Ghanaian President John Mahama will host Chilean President Gabriel Boric and "
                + "Norwegian Prime Minister Jonas Gahr Store in Accra. Mahama will hold separate bilateral meetings with Boric "
                + "and Store on Wednesday.");
        List<Draft> meetings = drafts.stream().filter(d -> d.participants().size() == 2 && WED.equals(d.start())).toList();
        assertEquals(2, meetings.size(), drafts::toString);
        assertTrue(meetings.stream().anyMatch(d -> d.participants().stream().anyMatch(p -> p.name().equals("Gabriel Boric"))));
        assertTrue(meetings.stream().anyMatch(d -> d.participants().stream().anyMatch(p -> p.name().equals("Jonas Gahr Store"))));
    }

    @Test
    void aTravellerNamedWithoutACountryIsFromWhereTheDatelineIs() {
        Draft d = only("ACCRA, May 13 (GNA) -- President John Mahama will visit Chile and meet Chilean President Gabriel Boric "
                + "in Santiago on Wednesday.");
        DraftPerson mahama = d.participants().stream().filter(p -> p.name().equals("John Mahama")).findFirst().orElseThrow();
        assertEquals("GH", mahama.country());
    }

    @Test
    void aHostAtAMeetingInTheDatelinesCountryIsAtHome() {
        List<Draft> drafts = Fixtures.extract("OSLO, May 13 (NTB) -- Prime Minister Jonas Gahr Store will meet Chilean President "
                + "Gabriel Boric in Oslo on Wednesday. Finland and Sweden have backed the talks.");
        DraftPerson store = drafts.get(0).participants().stream().filter(p -> p.name().equals("Jonas Gahr Store")).findFirst()
                .orElseThrow();
        assertEquals("NO", store.country());
    }

    @Test
    void aTourToldOfNoOneIsNotMergedIntoItsFirstLeg() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will embark on a tour of Ghana, Nigeria and Senegal, "
                + "his office said. The visits, from May 15 to 22, will be his longest trip abroad. In the first leg of the tour, "
                + "Boric will be in Ghana on May 15 and 16.");
        assertTrue(drafts.stream().anyMatch(d -> d.start().equals(WED) && d.end().equals(WED.plusDays(1))
                && d.location() != null && "GH".equals(d.location().country())), drafts::toString);
    }

    @Test
    void receivedOnADayByAnOfficialIsAMeetingWithThatOfficial() {
        Draft d = only("Chilean President Gabriel Boric will be received on Wednesday by Ghanaian President John Mahama at the "
                + "Jubilee House in Accra.");
        assertEquals(WED, d.start());
        assertTrue(d.participants().stream().anyMatch(p -> p.name().equals("John Mahama")), d::toString);
    }

    @Test
    void twoCounterpartsOnTwoDaysAreTwoMeetings() {
        List<Draft> drafts = Fixtures.extract("Norwegian Foreign Minister Espen Barth Eide will meet Polish President Andrzej Duda "
                + "in Warsaw on Wednesday and Chilean President Gabriel Boric in Santiago on Friday.");
        assertEquals(2, drafts.size(), drafts::toString);
    }

    @Test
    void ofTwoInvitingHostsEachCountrysHostIsMetInThatCountry() {
        List<Draft> drafts = Fixtures.extract("At the invitation of Chilean President Gabriel Boric and Peruvian President Dina "
                + "Boluarte, Polish President Andrzej Duda will pay a state visit to Chile from May 15 to 16 and a state visit "
                + "to Peru from May 17 to 18.");
        Draft chile = Fixtures.first(drafts, d -> d.location() != null && "CL".equals(d.location().country()));
        assertTrue(chile.participants().stream().noneMatch(p -> p.name().equals("Dina Boluarte")), chile::toString);
    }

    @Test
    void talksWithTwoCounterpartsRespectivelyAreTwoMeetings() {
        List<Draft> drafts = Fixtures.extract("Polish President Andrzej Duda will hold talks with Chilean President Gabriel Boric "
                + "and Peruvian President Dina Boluarte respectively on Wednesday.");
        assertEquals(2, drafts.size(), drafts::toString);
    }

    @Test
    void aDateAfterAnEventJoinedByAndIsTheNamedEventsToo() {
        Draft d = only("Norway will host the Nordic Foreign Ministers' Meeting and related meetings the week of May 20, "
                + "Foreign Minister Espen Barth Eide said.");
        assertEquals(LocalDate.of(2024, 5, 20), d.start());
        assertEquals(LocalDate.of(2024, 5, 26), d.end());
        assertEquals(Precision.WINDOW, d.precision());
    }

    @Test
    void afterThatStartsWhereTheEngagementBeforeEnds() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will hold talks with Ghanaian President John Mahama "
                + "in Accra on Wednesday. After that, Boric will fly to Abuja for a two-day visit to Nigeria.");
        Draft nigeria = Fixtures.first(drafts, d -> d.location() != null && "NG".equals(d.location().country()));
        assertEquals(WED, nigeria.start());
        assertEquals(WED.plusDays(2), nigeria.end());
        assertEquals(Precision.WINDOW, nigeria.precision());
    }

    @Test
    void afterThatOnALegOfAnAnnouncedTourStaysWithinTheTour() {
        List<Draft> drafts = Fixtures.extract("Polish Foreign Minister Radoslaw Sikorski will visit Kenya, Tanzania and Egypt "
                + "from 20 to 26 May. In Nairobi he will meet President William Ruto. After that he will fly to Tanzania, "
                + "before ending the tour in Cairo, where he is due to meet Arab League Secretary-General Ahmed Aboul Gheit.");
        Draft cairo = Fixtures.first(drafts, d -> d.participants().stream().anyMatch(p -> p.name().contains("Aboul")));
        assertEquals(LocalDate.of(2024, 5, 20), cairo.start());
        assertEquals(LocalDate.of(2024, 5, 26), cairo.end());
        assertEquals(Precision.WINDOW, cairo.precision());
    }

    @Test
    void afterThatToAPlaceOutsideTheTourStillFollowsIt() {
        List<Draft> drafts = Fixtures.extract("Polish Foreign Minister Radoslaw Sikorski will visit Kenya and Tanzania "
                + "from 20 to 22 May. After that he will fly to Cairo for talks with Egyptian Foreign Minister Sameh Shoukry.");
        Draft cairo = Fixtures.first(drafts, d -> d.participants().stream().anyMatch(p -> p.name().contains("Shoukry")));
        assertEquals(LocalDate.of(2024, 5, 22), cairo.start());
    }

    @Test
    void aTitleQualifiedByItsOrganisationIsStillTheCounterpart() {
        Draft d = only("Chilean Foreign Minister Alberto van Klaveren will meet Mercosur Secretary-General Juan Perez "
                + "in Montevideo on Wednesday.");
        assertEquals(2, d.participants().size(), d::toString);
        assertEquals(WED, d.start());
    }

    @Test
    void aCapitalisedWordThatIsNoQualifierKeepsTheCounterpartApart() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will visit the Andes Research "
                + "Station on Wednesday, a trip that President Gabriel Boric made last year.");
        assertTrue(drafts.stream().noneMatch(d -> d.participants().stream().anyMatch(p -> p.name().contains("Boric"))),
                drafts::toString);
    }

    @Test
    void aNamedSubjectOpeningTheNextClauseIsNobodysCounterpart() {
        List<Draft> drafts = Fixtures.extract("Ghanaian Foreign Minister Samuel Ablakwa will hold talks with Norwegian Foreign "
                + "Minister Espen Barth Eide in Oslo on Wednesday. The two ministers will brief the press after their meeting, "
                + "and Ablakwa is due to meet Crown Prince Haakon later on Wednesday.");
        Draft prince = Fixtures.first(drafts, d -> d.participants().stream().anyMatch(p -> p.name().contains("Haakon")));
        assertEquals(2, prince.participants().size(), prince::toString);
        assertTrue(drafts.stream().anyMatch(d -> d.participants().stream().anyMatch(p -> p.name().contains("Eide"))
                && d.participants().stream().noneMatch(p -> p.name().contains("Haakon"))), drafts::toString);
    }

    @Test
    void aCounterpartJoinedByAndStaysTheCounterpart() {
        Draft d = only("Ghanaian Foreign Minister Samuel Ablakwa will meet Norwegian Foreign Minister Espen Barth Eide "
                + "and Crown Prince Haakon in Oslo on Wednesday.");
        assertEquals(3, d.participants().size(), d::toString);
    }

    @Test
    void aVisitAtTheInvitationOfAHostGoesToTheHostsCountry() {
        Draft d = only("At the invitation of the President of the Republic of Ghana John Mahama, the President of the "
                + "Republic of Chile Gabriel Boric will pay a state visit to our country on 15-16 May.");
        assertEquals("GH", d.location().country());
        assertEquals(WED, d.start());
        assertEquals(WED.plusDays(1), d.end());
        assertTrue(d.participants().get(0).name().equals("Gabriel Boric"), d::toString);
        assertEquals(2, d.participants().size());
    }

    @Test
    void invitationsFromHostsOfSeveralCountriesAreOneVisitEach() {
        List<Draft> drafts = Fixtures.extract("At the invitation of Ghanaian President John Mahama and Nigerian President "
                + "Bola Tinubu, Norwegian Prime Minister Jonas Gahr Store will pay visits to the two countries from 20 to 24 May.");
        assertEquals(2, drafts.size(), drafts::toString);
        assertTrue(drafts.stream().allMatch(d -> d.precision() == Precision.WINDOW && d.start().equals(LocalDate.of(2024, 5, 20))));
        assertEquals(java.util.Set.of("GH", "NG"), drafts.stream().map(d -> d.location().country()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void anInvitationWithoutAVisitIsNoEngagement() {
        assertTrue(Fixtures.extract("At the invitation of Ghanaian President John Mahama, Norwegian Prime Minister Jonas "
                + "Gahr Store said on Monday that ties were strong.").isEmpty());
    }

    @Test
    void talksWithHimAreWithThePersonTheReportFollows() {
        List<Draft> drafts = Fixtures.extract("Ghanaian President John Mahama will visit Norway from 15 to 17 May. "
                + "During the visit, King Harald will receive Mahama, and Prime Minister Jonas Gahr Store will hold talks with him.");
        assertTrue(drafts.stream().anyMatch(d -> d.participants().stream().anyMatch(p -> p.name().contains("Store"))
                && d.participants().stream().anyMatch(p -> p.name().contains("Mahama"))), drafts::toString);
    }

    @Test
    void anArrivalForAMultiDayVisitIsThatVisit() {
        Draft d = only("Peruvian President Dina Boluarte will arrive in Santiago on Wednesday for a three-day visit, "
                + "her office said.");
        assertEquals(WED, d.start());
        assertEquals(WED.plusDays(2), d.end());
        assertEquals("CL", d.location().country());
    }

    @Test
    void aCeremonyInHonourOfTheVisitingPresidentIsTheVisitorsOnItsDay() {
        List<Draft> drafts = Fixtures.extract("Peruvian President Dina Boluarte will arrive in Santiago on Tuesday for a "
                + "three-day visit. A state banquet and a welcoming ceremony will be held in honour of the visiting president "
                + "at La Moneda on Wednesday.");
        Draft ceremony = Fixtures.first(drafts, d -> d.title().contains("ceremony"));
        assertEquals(WED, ceremony.start());
        assertTrue(ceremony.participants().stream().anyMatch(p -> p.name().equals("Dina Boluarte")), ceremony::toString);
    }

    @Test
    void inauguratingABridgeIsACeremonyNamedForItsAct() {
        Draft d = only("Chilean President Gabriel Boric and Peruvian President Dina Boluarte will inaugurate the new border "
                + "bridge in Tacna on Wednesday.");
        assertEquals(WED, d.start());
        assertTrue(d.title().contains("ceremony to inaugurate the new border bridge"), d::title);
    }

    @Test
    void aBridgeInauguratedInThePastIsNoEngagement() {
        assertTrue(Fixtures.extract("Chilean President Gabriel Boric inaugurated the border bridge in Tacna last year.").isEmpty());
    }

    @Test
    void reopeningBordersIsPolicyNotACeremony() {
        assertTrue(Fixtures.extract("Chile will reopen its airspace and land border with Peru from Monday evening, "
                + "Foreign Minister Alberto van Klaveren announced.").isEmpty());
    }

    @Test
    void talksAfterBeforeAreAStepOfTheDayPlanned() {
        List<Draft> drafts = Fixtures.extract("On Wednesday, Norwegian Prime Minister Jonas Gahr Store will visit Norwegian "
                + "peacekeepers at a camp in Tamale, in northern Ghana, before holding talks with President John Mahama in "
                + "the capital, Accra.");
        Draft talks = Fixtures.first(drafts, d -> d.participants().size() == 2);
        assertEquals(WED, talks.start());
        assertEquals("Accra", talks.location().city());
        Draft camp = Fixtures.first(drafts, d -> d.participants().size() == 1);
        assertEquals("Tamale", camp.location().city());
        assertEquals("GH", camp.location().country());
    }

    @Test
    void aGerundThatDescribesIsNoStepOfAPlan() {
        assertTrue(Fixtures.extract("Reporters covered the talks after travelling with Prime Minister Jonas Gahr Store "
                + "to Accra last week.").isEmpty());
    }

    @Test
    void theCapitalNamedInAppositionIsWhereTheMeetingIs() {
        Draft d = only("Norwegian Prime Minister Jonas Gahr Store will begin the trip in Ghana's capital, Accra, where he is "
                + "due to meet President John Mahama on Wednesday.");
        assertEquals("Accra", d.location().city());
    }

    @Test
    void hisDemonymCounterpartIsTheOfficialOfThatCountryTheReportNames() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will visit Peru next week. Boric will hold "
                + "talks with his Peruvian counterpart in Lima on Wednesday. Peruvian President Dina Boluarte said she welcomed the visit.");
        assertTrue(drafts.stream().anyMatch(d -> WED.equals(d.start())
                && d.participants().stream().anyMatch(p -> p.name().equals("Dina Boluarte"))), drafts::toString);
    }

    @Test
    void aCounterpartOfACountryNobodyNamedStaysUnnamed() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will hold talks with his Peruvian counterpart "
                + "in Lima on Wednesday.");
        assertTrue(drafts.stream().allMatch(d -> d.participants().size() == 1), drafts::toString);
    }

    @Test
    void visitorsJoinedByAndAfterAnInvitationAreAllVisitors() {
        Draft d = only("At the invitation of King Harald V, the President of the Republic of Ghana, Mr. John Mahama, "
                + "and Mrs. Lordina Mahama will pay a state visit to Norway from 15 to 17 May.");
        assertEquals(3, d.participants().size(), d::toString);
        assertEquals("NO", d.location().country());
        assertTrue(d.participants().stream().anyMatch(p -> p.name().equals("Lordina Mahama")), d::toString);
    }

    @Test
    void talksBetweenTheTwoHeadsOfStateAreThePairsTheReportFollows() {
        List<Draft> drafts = Fixtures.extract("At the invitation of King Harald V, Ghanaian President John Mahama will pay a "
                + "state visit to Norway from 15 to 17 May. A welcome ceremony will be held at the Royal Palace on Wednesday, "
                + "followed by talks between the two heads of state.");
        assertTrue(drafts.stream().anyMatch(d -> d.title().contains("Harald") && d.title().contains("Mahama")
                && !d.title().contains("visit")), drafts::toString);
    }

    @Test
    void aHeadlineVisitAndTheLeadsVisitWithItsHostAreOne() {
        List<Draft> drafts = Fixtures.extract("Ghanaian President John Mahama to pay state visit to Norway from 15 to 17 May\n\n"
                + "At the invitation of King Harald V, Ghanaian President John Mahama will pay a state visit to Norway "
                + "from 15 to 17 May.");
        assertEquals(1, drafts.size(), drafts::toString);
    }

    @Test
    void theAnnouncerIsNotAmongTheLeadersWhoseMeetingHeAnnounced() {
        List<Draft> drafts = Fixtures.extract("Ghanaian Foreign Minister Samuel Ablakwa made the announcement on state "
                + "television on Monday, a day before leaders of the West African states are due to meet in Abuja.");
        assertTrue(drafts.stream().noneMatch(d -> d.participants().stream().anyMatch(p -> p.name().contains("Ablakwa"))),
                drafts::toString);
    }

    @Test
    void mrAndTheSurnameIsTheOfficialNamedBefore() {
        List<Draft> drafts = Fixtures.extract("Ghana attends as a guest of the Norwegian Prime Minister, Jonas Gahr Store. "
                + "Ghanaian President John Mahama will hold a bilateral meeting with Mr Store in Oslo on Wednesday.");
        assertTrue(drafts.stream().anyMatch(d -> d.participants().stream().anyMatch(p -> p.name().equals("Jonas Gahr Store"))),
                drafts::toString);
        assertTrue(drafts.stream().noneMatch(d -> d.participants().stream().anyMatch(p -> p.name().startsWith("Mr"))),
                drafts::toString);
    }

    @Test
    void anOrdinalAndAParentheticalAcronymStayInTheEventsName() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will travel to Lima next week. "
                + "In Lima, the Minister will lead the Chilean delegation to the 54th Organization of American States (OAS) "
                + "General Assembly, which Peru hosts May 15-17.");
        assertTrue(drafts.stream().anyMatch(d -> d.title().equals("54th Organization of American States (OAS) General Assembly")
                && WED.equals(d.start()) && d.participants().size() == 1), drafts::toString);
    }

    @Test
    void whileInACityTheMeetingFallsWithinWhatBringsHimThere() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will attend the Andean "
                + "Community Council in Lima on May 15-17. While in Lima, the minister will also meet President Dina Boluarte.");
        Draft meeting = Fixtures.first(drafts, d -> d.participants().stream().anyMatch(p -> p.name().equals("Dina Boluarte")));
        assertEquals(WED, meeting.start());
        assertEquals(WED.plusDays(2), meeting.end());
    }

    @Test
    void theCapitalisedSecretaryWithNoNameAfterItIsTheOfficialTheReportFollows() {
        List<Draft> drafts = Fixtures.extract("Secretary of State Antony Blinken will travel to Chile next week. "
                + "In Santiago, on May 15, the Secretary will meet with President Gabriel Boric.");
        assertTrue(drafts.stream().anyMatch(d -> WED.equals(d.start())
                && d.participants().stream().anyMatch(p -> p.name().equals("Antony Blinken"))), drafts::toString);
    }

    @Test
    void dueInACityOnADayIsTheOfficialsArrivalThere() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will visit Argentina next month. "
                + "He is due in Warsaw on Wednesday to mark the anniversary of the end of the war.");
        assertTrue(drafts.stream().anyMatch(d -> WED.equals(d.start()) && d.location() != null
                && "PL".equals(d.location().country())), drafts::toString);
    }

    @Test
    void dueInWithNoPlaceIsNoEngagement() {
        assertTrue(Fixtures.extract("The delay of the talks with Chilean President Gabriel Boric was due in part to "
                + "the storm, officials said on Monday.").isEmpty());
    }

    @Test
    void aPossessorNamedAfterTheEventIsNoCounterpart() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will pay a state visit to Norway on Wednesday. "
                + "The visit, Boric's first to Norway, will include talks on copper.");
        assertTrue(drafts.stream().allMatch(d -> d.participants().size() == 1), drafts::toString);
    }

    @Test
    void aPersonWhoseDeedIsReportedIsNoSpeaker() {
        List<Draft> drafts = Fixtures.extract("President John Mahama said Norwegian Foreign Minister Espen Barth Eide would "
                + "now lead the Norwegian delegation to Accra on Wednesday.");
        assertTrue(drafts.stream().anyMatch(d -> WED.equals(d.start()) && "GH".equals(d.location().country())
                && d.participants().stream().anyMatch(p -> p.name().equals("Espen Barth Eide"))), drafts::toString);
    }

    @Test
    void theOneWhoSaidItStaysASpeaker() {
        assertTrue(Fixtures.extract("The talks went well, said Norwegian Foreign Minister Espen Barth Eide.").isEmpty());
    }

    @Test
    void aSpeechBeforeParliamentIsAnEngagementOfItsOwn() {
        Draft d = only("Chilean President Gabriel Boric will deliver a speech before the two houses of parliament in Lima "
                + "on Wednesday.");
        assertEquals(WED, d.start());
        assertEquals("Lima", d.location().city());
        assertTrue(d.title().contains("delivers a speech"), d::title);
    }

    @Test
    void aSpeechAtAPlaceAndAMeetingThereAreOneCall() {
        Draft d = only("On 15 May, the Minister will deliver a speech at the Andean Community Secretariat in Lima and meet "
                + "Secretary General Gonzalo Gutierrez. Chilean Foreign Minister Alberto van Klaveren is the Minister.");
        assertEquals(WED, d.start());
        assertTrue(d.participants().stream().anyMatch(p -> p.name().equals("Gonzalo Gutierrez")), d::toString);
    }

    @Test
    void aSpeechGivenInThePastIsNoEngagement() {
        assertTrue(Fixtures.extract("Chilean President Gabriel Boric delivered a speech in Lima last week.").isEmpty());
    }

    @Test
    void aTourListedWithSemicolonsIsATourOfEveryCountry() {
        Draft d = only("Norwegian Foreign Minister Espen Barth Eide will travel to Accra, Ghana; Abuja, Nigeria; and Dakar, "
                + "Senegal, May 15-20.");
        assertNull(d.location(), d::toString);
        assertTrue(d.countries().containsAll(List.of("GH", "NG", "SN")), d::toString);
    }

    @Test
    void aCityAndItsCountryAreOnePlace() {
        Draft d = only("Norwegian Foreign Minister Espen Barth Eide will visit Accra, Ghana, on Wednesday.");
        assertEquals("Accra", d.location().city());
    }

    @Test
    void undatedMeetingInAReportOfOneVisitFallsWithinIt() {
        List<Draft> drafts = Fixtures.extract("Norwegian Foreign Minister Espen Barth Eide will visit Ghana on 15 and 16 May. "
                + "The minister will meet President John Mahama to discuss cocoa and climate finance.");
        Draft meeting = Fixtures.first(drafts, d -> d.participants().size() == 2);
        assertEquals(WED, meeting.start());
        assertEquals(WED.plusDays(1), meeting.end());
        assertEquals(Precision.WINDOW, meeting.precision());
    }

    @Test
    void undatedMeetingStaysUndatedWhenTheReportHasTwoVisits() {
        List<Draft> drafts = Fixtures.extract("Norwegian Foreign Minister Espen Barth Eide will visit Ghana on Wednesday. "
                + "He will then visit Nigeria on Friday. The minister will meet President Bola Tinubu to discuss trade.");
        assertTrue(drafts.stream().noneMatch(d -> d.participants().size() == 2), drafts::toString);
    }

    @Test
    void sidelineMeetingTakesTheSummitsDaysAndItsPeopleAttendIt() {
        List<Draft> drafts = Fixtures.extract("Ghanaian President John Mahama said he will meet Chilean President Gabriel Boric on "
                + "the sidelines of the G20 summit in Rio de Janeiro. The Group of 20 summit opens on Thursday and runs for two days, "
                + "with the war in Ukraine high on the agenda of host President Luiz Inacio Lula da Silva.");
        Draft meeting = Fixtures.first(drafts, d -> d.title().contains("meets"));
        assertEquals(LocalDate.of(2024, 5, 16), meeting.start());
        assertEquals(LocalDate.of(2024, 5, 17), meeting.end());
        Draft summit = Fixtures.first(drafts, d -> d.title().equals("Group of 20 summit"));
        assertEquals(3, summit.participants().size()); // the two who meet on its sidelines and its host
        assertEquals("BR", summit.location().country());
    }

    @Test
    void leadersMeetingOfABodyIsNamedAfterTheBody() {
        Draft d = only("Chilean President Gabriel Boric will travel to Lima for the Asia-Pacific Economic Cooperation (APEC) "
                + "leaders' meeting on Friday and Saturday.");
        assertEquals("Asia-Pacific Economic Cooperation (APEC) leaders' meeting", d.title());
        assertEquals(LocalDate.of(2024, 5, 17), d.start());
        assertEquals(LocalDate.of(2024, 5, 18), d.end());
    }

    @Test
    void hostAsATitleIsNoHosting() {
        assertTrue(Fixtures.extract("Trade tops the agenda of host President William Ruto at the summit.").isEmpty());
    }

    @Test
    void laterOnTheSameWeekdayIsNotTheNextStepOfATrip() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will meet Ghanaian President John Mahama on Friday. "
                + "Boric and Peruvian President Dina Boluarte were due to meet later on Monday.");
        assertTrue(drafts.stream().anyMatch(d -> d.start().equals(Fixtures.MONDAY) && d.participants().size() == 2), drafts::toString);
    }

    @Test
    void meetingOfANewBodyWithACounterpartKeepsTheCounterpart() {
        List<Draft> drafts = Fixtures.extract("On Wednesday, allied leaders will hold the inaugural meeting of a new Ghana-Chile "
                + "Council with Chilean President Gabriel Boric, officials said.");
        Draft d = drafts.get(0);
        assertEquals("Ghana-Chile Council meeting", d.title());
        assertEquals(WED, d.start());
        assertEquals("Gabriel Boric", d.participants().get(0).name());
    }

    @Test
    void flewForAVisitWhereTalksFollowGivesBothTheVisitAndTheTalks() {
        List<Draft> drafts = Fixtures.extract("Norwegian Defence Minister Bjorn Arild Gram flew to Santiago later on Monday for a "
                + "two-day visit to Chile, where he is due to hold talks with Defence Minister Maya Fernandez on Tuesday.");
        assertTrue(drafts.stream().anyMatch(d -> d.start().equals(Fixtures.MONDAY) && d.end().equals(Fixtures.MONDAY.plusDays(1))
                && d.participants().size() == 1), drafts::toString);
        assertTrue(drafts.stream().anyMatch(d -> d.start().equals(Fixtures.MONDAY.plusDays(1)) && d.participants().size() == 2),
                drafts::toString);
    }

    @Test
    void anEngagementsOwnDateWinsOverTheDateOpeningTheSentence() {
        List<Draft> drafts = Fixtures.extract("On Wednesday, Chilean President Gabriel Boric will fly to Ghana, the final stop of his "
                + "tour, where he is due to meet President John Mahama in Accra on Thursday.");
        assertTrue(drafts.stream().anyMatch(d -> d.participants().size() == 2 && d.start().equals(WED.plusDays(1))), drafts::toString);
    }

    @Test
    void aNameSetOffByCommasDoesNotCloseTheWhereClauseBeforeItsDate() {
        List<Draft> drafts = Fixtures.extract("Slovak Speaker Richard Raši will travel to Vienna, where he is due to meet the "
                + "President of the National Council, Walter Rosenkranz, on Wednesday.");
        assertTrue(drafts.stream().anyMatch(d -> d.start().equals(WED) && d.participants().size() == 2), drafts::toString);
    }

    @Test
    void theSameAfternoonAfterASecondMeetingDatesThatMeetingNotTheAnchorOfTheFirst() {
        List<Draft> drafts = Fixtures.extract("The speakers of the Iberian parliaments will meet in Lisbon on Wednesday and "
                + "Thursday for the annual session of the Iberian Forum. Speaker Ana Pereira will hold talks with the Speaker of "
                + "the Spanish Congress, Francina Armengol, on Wednesday morning before the opening of the session, and will "
                + "meet the President of the French Senate, Gérard Larcher, the same afternoon.");
        assertTrue(drafts.stream().anyMatch(d -> d.start().equals(WED) && d.end().equals(WED)
                && d.participants().stream().anyMatch(p -> p.name().equals("Gérard Larcher"))), drafts::toString);
    }

    @Test
    void anAnchorOpeningTheSentenceStillFramesEveryEngagementInIt() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will attend the Andean summit in Lima from Tuesday "
                + "to Thursday. On the first day of the summit, Boric will meet President Dina Boluarte on the sidelines of the "
                + "plenary.");
        assertTrue(drafts.stream().anyMatch(d -> d.start().equals(Fixtures.MONDAY.plusDays(1)) && d.participants().size() == 2),
                drafts::toString);
    }

    @Test
    void thePairThatCoChairsASessionHoldsItOnTheDateBetweenTheVerbAndTheSession() {
        List<Draft> drafts = Fixtures.extract("Ghanaian Foreign Minister Samuel Okudzeto Ablakwa will arrive in Abidjan on Tuesday. "
                + "He will hold talks with his Ivorian counterpart, Léon Kacou Adom, on Tuesday afternoon. The two ministers will "
                + "then co-chair, on Wednesday morning, the fourth session of the Ghana–Côte d'Ivoire permanent joint commission.");
        assertTrue(drafts.stream().anyMatch(d -> d.start().equals(WED) && d.participants().size() == 2), drafts::toString);
    }

    @Test
    void aDateBetweenNotAttendingAndTheSummitMakesNoEngagementOfTheOneStayingAway() {
        List<Draft> drafts = Fixtures.extract("Argentine President Javier Milei will not attend next month's Mercosur summit in "
                + "Asuncion, his office said on Monday.");
        assertTrue(drafts.isEmpty(), drafts::toString);
    }

    @Test
    void theTwoHeadsOfStateAreAPresidentAndAKingNotThePairMetSince() {
        List<Draft> drafts = Fixtures.extract("Botswana's President Duma Boko will host King Mswati III of Eswatini for a state "
                + "visit on Wednesday and Thursday. On Tuesday, Foreign Minister Phenyo Butale will hold talks with Eswatini's "
                + "Foreign Minister Pholile Shakantu in Gaborone. Official talks between the two Heads of State will take place at "
                + "the State House on Wednesday.");
        Draft talks = Fixtures.first(drafts, d -> d.start().equals(WED) && d.end().equals(WED));
        assertEquals(List.of("Duma Boko", "Mswati III"), Fixtures.names(talks));
    }

    @Test
    void anOfficeOfACountryInAppositionDoesNotHideTheNextOneMet() {
        Draft d = only("Togolese Foreign Minister Robert Dussey will meet Elizabeth Ofosu-Adjare, Minister of Trade of Ghana, and "
                + "Cassiel Ato Forson, Minister of Finance of Ghana, in Accra on Wednesday.");
        assertEquals(List.of("Robert Dussey", "Elizabeth Ofosu-Adjare", "Cassiel Ato Forson"), Fixtures.names(d));
    }

    @Test
    void aDateInTheClauseThatTellsWhatWasSaidIsTheEngagementsNotTheSaying() {
        Draft d = only("The spokesman said that on Wednesday President Bola Tinubu would hold talks with Ghana's President "
                + "John Mahama in Abuja.");
        assertEquals(WED, d.start());
    }

    @Test
    void talksWithTheKingAreWithTheKingToldBeforeNotWithTheVisitor() {
        List<Draft> drafts = Fixtures.extract("At the invitation of King Letsie III, Chilean President Gabriel Boric will pay a "
                + "state visit to Lesotho from Tuesday to Thursday. During the visit, Boric will hold talks with the King on "
                + "Wednesday.");
        Draft talks = Fixtures.first(drafts, d -> d.start().equals(WED) && d.end().equals(WED));
        assertEquals(List.of("Gabriel Boric", "Letsie III"), Fixtures.names(talks));
    }

    @Test
    void aCourtesyBeforeTheOfficeMetStillNamesTheOffice() {
        List<Draft> drafts = Fixtures.extract("At the invitation of His Majesty King Letsie III, Chilean President Gabriel Boric "
                + "will pay a state visit to Lesotho from Tuesday to Thursday. During the visit, Boric will hold talks with His "
                + "Majesty the King on Wednesday.");
        Draft talks = Fixtures.first(drafts, d -> d.start().equals(WED) && d.end().equals(WED));
        assertEquals(List.of("Gabriel Boric", "Letsie III"), Fixtures.names(talks));
    }

    @Test
    void theOfficeThatOpensTheNextClauseIsItsSubjectNotTheOneMet() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will pay a state visit to Peru on Wednesday, and "
                + "Foreign Minister Alberto van Klaveren will travel with him. During the visit the Foreign Minister will also "
                + "call on Prime Minister Gustavo Adrianzen.");
        Draft visit = Fixtures.first(drafts, d -> d.kind().equals("visit"));
        assertEquals(List.of("Gabriel Boric"), Fixtures.names(visit));
    }

    @Test
    void aFirstTripArrivingForAVisitIsThatVisit() {
        Draft d = only("Chilean President Gabriel Boric will make his first trip abroad to Argentina, arriving on Wednesday for a "
                + "two-day official visit.");
        assertEquals(WED, d.start());
        assertEquals(WED.plusDays(1), d.end());
        assertEquals("AR", d.location().country());
    }

    @Test
    void theDestinationOfAVisitNamedBeforeItIsWhereItIs() {
        Draft d = only("Chilean President Gabriel Boric will make Argentina the destination of his first trip abroad, arriving "
                + "on Wednesday for a two-day official visit, the presidency said.");
        assertEquals("AR", d.location().country());
        assertEquals(List.of("Gabriel Boric"), Fixtures.names(d));
    }

    @Test
    void aWeekdaysWordInANameACourtesyOpensIsTheNameNotADate() {
        List<Draft> drafts = Fixtures.extract("Nigeria's Minister of Youth, Dr Chidi Sunday, will travel to Accra on Wednesday. "
                + "Dr Sunday will meet President John Mahama there.");
        assertTrue(drafts.stream().allMatch(d -> d.start().equals(WED)), drafts::toString);
        assertTrue(drafts.stream().anyMatch(d -> Fixtures.names(d).equals(List.of("Chidi Sunday", "John Mahama"))),
                drafts::toString);
    }

    @Test
    void aWeekdayAfterANameWithoutACourtesyIsStillADate() {
        Draft d = only("Ghanaian President John Mahama Wednesday will meet Nigerian President Bola Tinubu in Abuja.");
        assertEquals(WED, d.start());
        assertEquals(List.of("John Mahama", "Bola Tinubu"), Fixtures.names(d));
    }

    @Test
    void aNamedSubjectAndTheDemonymsMinisterTravelTogether() {
        List<Draft> drafts = Fixtures.extract("Ghana's Minister of Foreign Affairs, Samuel Okudzeto Ablakwa, will arrive in Lome "
                + "on Tuesday. On Wednesday, Interior Minister Calixte Madjoulba and the Ghanaian minister will travel to Kara.");
        Draft kara = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals(List.of("Calixte Madjoulba", "Samuel Okudzeto Ablakwa"), Fixtures.names(kara));
    }

    @Test
    void aWeekdayAfterANameACourtesyOpensIsStillADateBeforeTheVerb() {
        Draft d = only("Ethiopian Prime Minister Dr Abiy Ahmed Wednesday will travel to Nairobi for talks with Kenyan President "
                + "William Ruto.");
        assertEquals(WED, d.start());
    }

    @Test
    void theCommaAfterANameThatOpensTheNextClauseClosesTheWhereClause() {
        List<Draft> drafts = Fixtures.extract("Slovak Speaker Richard Raši will travel to Vienna on Tuesday, where he will meet "
                + "the President of the National Council, Walter Rosenkranz, and on Thursday he will fly to Prague.");
        assertTrue(drafts.stream().anyMatch(d -> d.start().equals(Fixtures.MONDAY.plusDays(1))
                && Fixtures.names(d).contains("Walter Rosenkranz")), drafts::toString);
    }

    @Test
    void aVisitIsNotToAPlaceOnlyOwnedOrWhereItWasAnnounced() {
        List<Draft> drafts = Fixtures.extract("Mexican President Claudia Sheinbaum, who has criticised Washington's tariffs, will "
                + "make her first trip abroad, arriving on Wednesday for a two-day official visit, her spokesman told reporters "
                + "in Madrid.");
        assertTrue(drafts.stream().noneMatch(d -> d.location() != null
                && ("US".equals(d.location().country()) || "ES".equals(d.location().country()))), drafts::toString);
    }

    @Test
    void thePresidentOfACountryIsNotThePresidentToldBefore() {
        List<Draft> drafts = Fixtures.extract("Indian Prime Minister Narendra Modi met President Joe Biden at the White House in "
                + "April. Modi will hold talks with the President of France in Paris on Wednesday.");
        assertTrue(drafts.stream().noneMatch(d -> Fixtures.names(d).contains("Joe Biden")), drafts::toString);
    }

    @Test
    void wasToMeetLaterTodayIsPlanned() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric held talks with Foreign Minister Ana Diaz earlier in "
                + "the day and was to meet President John Mahama later Monday, officials said.");
        assertTrue(drafts.stream().anyMatch(d -> d.start().equals(Fixtures.MONDAY)
                && d.participants().stream().anyMatch(p -> p.name().equals("John Mahama"))), drafts::toString);
    }

    @Test
    void chairingANamedSummitMakesTheSummitAndItsAttendeesJoinIt() {
        List<Draft> drafts = Fixtures.extract("Ghanaian President John Mahama will chair the West Africa Trade Summit in Accra from "
                + "May 15 to 16. President of Togo Faure Gnassingbe and President of Benin Patrice Talon will attend the summit.");
        assertEquals(1, drafts.size(), drafts::toString);
        assertEquals("West Africa Trade Summit", drafts.get(0).title());
        assertEquals(3, drafts.get(0).participants().size());
    }

    @Test
    void distantYearIsATargetNotADate() {
        assertTrue(Fixtures.extract("Chilean President Gabriel Boric will meet Ghanaian President John Mahama to discuss "
                + "reaching carbon neutrality by 2060.").isEmpty());
    }

    @Test
    void headlineSurnameAndBodyFullNameAreOneTrip() {
        List<Draft> drafts = Fixtures.extract("Chilean envoy Rojas to visit Ghana next week\n\n"
                + "Chilean trade envoy Marta Rojas will travel to Accra from Monday to Wednesday for talks on cocoa, the ministry said.");
        assertEquals(1, drafts.size(), drafts::toString);
        assertEquals("Marta Rojas", drafts.get(0).participants().get(0).name());
    }

    @Test
    void headlineDoubleSurnameAndBodyFullNameAreOnePerson() {
        List<Draft> drafts = Fixtures.extract("Sánchez Pérez arrives Thursday; Boric to receive her\n\n"
                + "Argentine Foreign Minister Laura Sánchez Pérez will arrive in Santiago on Thursday. She will be received by "
                + "President Gabriel Boric at La Moneda.");
        assertTrue(drafts.stream().flatMap(d -> d.participants().stream()).allMatch(p -> !p.name().equals("Sánchez Pérez")),
                drafts::toString);
    }

    @Test
    void aLongerNameWithAnotherTitleIsAnotherPerson() {
        List<Draft> drafts = Fixtures.extract("Ghanaian President Kofi Mensah will visit Oslo on Wednesday. He will be "
                + "accompanied by First Lady Ama Kofi Mensah.");
        assertEquals("Kofi Mensah", drafts.get(0).participants().get(0).name());
    }

    @Test
    void aDemonymBeforeAVisitorsTitleIsNoCountryForTheVenue() {
        Draft d = only("On Thursday, the top US diplomat will be received by President Dina Boluarte at the Government Palace.");
        assertTrue(d.location() == null || !"US".equals(d.location().country()), d::toString);
    }

    @Test
    void theCountryAChairmanshipIsHandedToIsNoPlace() {
        Draft d = only("On Friday, Ghanaian Foreign Minister Samuel Ablakwa will attend the ECOWAS ministerial meeting, at "
                + "which Nigeria will hand the rotating chairmanship to Senegal.");
        assertTrue(d.location() == null || !"SN".equals(d.location().country()), d::toString);
    }

    @Test
    void twoCountriesEachWithItsOwnDaysAreTwoVisits() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will visit Kenya from May 20 to 22 and Uganda "
                + "from May 22 to 24.");
        assertEquals(2, drafts.size(), drafts::toString);
        assertEquals("UG", drafts.get(1).location().country());
        assertEquals(LocalDate.of(2024, 5, 24), drafts.get(1).end());
    }

    @Test
    void aJourneyThatTakesHimFirstToOneCountryThenToAnotherIsTwoVisits() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric leaves Santiago on Sunday for a tour abroad, "
                + "which takes him first to Kenya, from 20 to 22 May, and then to Uganda, from 22 to 24 May.");
        assertEquals(List.of("KE", "UG"), drafts.stream().map(d -> d.location().country()).toList(), drafts::toString);
    }

    @Test
    void aTourThatWillTakeHimToThreeCountriesIsNoJourneyOfItsOwn() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric sets off on Monday on a tour of West Africa "
                + "that will take him to Ghana, Togo and Benin.");
        assertTrue(drafts.stream().noneMatch(d -> d.title().contains("travels")), drafts::toString);
    }

    @Test
    void aVisitUntilADayBeginsOnTheDayOfTheFlightThere() {
        Draft d = only("Ghanaian President John Mahama will fly to Stockholm on Thursday for a state visit to Sweden until "
                + "Saturday.");
        assertEquals(LocalDate.of(2024, 5, 16), d.start());
        assertEquals(LocalDate.of(2024, 5, 18), d.end());
    }

    @Test
    void theDayAQuestionWasAskedAtAPressConferenceIsPast() {
        assertTrue(Fixtures.extract("Asked on Monday at his morning press conference whether he would go, Chilean President "
                + "Gabriel Boric said he would decide after the tour.").isEmpty());
    }

    @Test
    void meetingBeforeACeremonyIsOnTheCeremonysDay() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric is set to sign the accord at the Flagstaff House "
                + "ceremony on May 17. Boric will meet Ghanaian President John Mahama before the ceremony, an official said.");
        assertTrue(drafts.stream().anyMatch(d -> d.participants().size() == 2 && d.start().equals(LocalDate.of(2024, 5, 17))),
                drafts::toString);
    }

    @Test
    void whoChairsAMeetingTakesPartInIt() {
        Draft d = only("Ghana is hosting a meeting of ECOWAS defence ministers in Accra later this month, chaired by Defence "
                + "Minister Omane Boamah.");
        assertEquals("Omane Boamah", d.participants().get(0).name());
        assertEquals(Precision.WINDOW, d.precision());
    }

    @Test
    void attendingANamedBodyWithoutAnEventWordIsAnEngagement() {
        Draft d = only("Chilean Foreign Minister Alberto van Klaveren will lead Chile's delegation to the OAS General Assembly "
                + "in Asuncion on May 15.");
        assertEquals("OAS General Assembly", d.title());
        assertEquals(WED, d.start());
    }

    @Test
    void acronymAndItsSpelledOutNameAreOneEngagement() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will attend an Organization of "
                + "American States meeting in Paraguay next month. Van Klaveren will lead the delegation to the OAS General "
                + "Assembly in Asuncion on June 26.");
        assertEquals(1, drafts.size(), drafts::toString);
        assertEquals(LocalDate.of(2024, 6, 26), drafts.get(0).start());
    }

    @Test
    void summitOfAnAcronymedBlocIsNamedAfterItAndItsHostIsAtHome() {
        Draft d = only("The summit of the ECOWAS bloc will be held from May 15 to 16 in Abuja, hosted by President Bola Tinubu.");
        assertEquals("ECOWAS summit", d.title());
        assertEquals("NG", d.location().country());
        assertEquals("NG", d.participants().get(0).country());
    }

    @Test
    void townNamedAfterItsCountryIsInThatCountryForTheWholeReport() {
        List<Draft> drafts = Fixtures.extract("CORDOBA, Spain, May 13 (Reuters) - Ghanaian President John Mahama will meet Spanish "
                + "Prime Minister Pedro Sanchez in Cordoba on Wednesday.");
        assertEquals("ES", drafts.get(0).location().country(), drafts::toString);
        assertTrue(drafts.get(0).location().latitude() > 37 && drafts.get(0).location().latitude() < 38.5);
    }

    @Test
    void meetingsInsideAPostponedVisitArePostponedWithIt() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric has postponed his state visit to Ghana, which had been "
                + "due to begin on Wednesday. Boric had been scheduled to meet President John Mahama in Accra on Thursday.");
        Draft meeting = Fixtures.first(drafts, d -> d.participants().size() == 2);
        assertEquals(DraftStatus.POSTPONED, meeting.status());
    }

    @Test
    void decisionToCancelASummitCancelsIt() {
        Draft d = only("Ghanaian President John Mahama and Togolese President Faure Gnassingbe took the decision to cancel the "
                + "ECOWAS summit, scheduled for May 16-17 in Accra, officials said.");
        assertEquals(DraftStatus.CANCELLED, d.status());
    }

    @Test
    void wayHomeIsNeitherTheTalksPlaceNorTheirDateButTellsTheTravellersCountry() {
        List<Draft> drafts = Fixtures.extract("Prime Minister Jonas Gahr Store will then travel to Chile on Wednesday for talks with "
                + "President Gabriel Boric before returning to Norway on Friday.");
        Draft talks = Fixtures.first(drafts, d -> d.participants().size() == 2);
        assertEquals(WED, talks.start());
        assertEquals("CL", talks.location().country());
        assertEquals("NO", talks.participants().get(0).country());
    }

    @Test
    void talksHeldBeforeAreBackgroundEvenWithAnAdjective() {
        assertTrue(Fixtures.extract("Chilean President Gabriel Boric and Ghanaian President John Mahama last held face-to-face "
                + "talks in Accra.").isEmpty());
    }

    @Test
    void counterpartAfterThePlaceOfTheTalksIsStillTheCounterpart() {
        Draft d = only("On Wednesday, Chilean President Gabriel Boric will hold talks in Accra with President John Mahama.");
        assertEquals(2, d.participants().size());
    }

    @Test
    void sessionOfACountrysParliamentIsInThatCountry() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will visit Ghana on Tuesday. On Wednesday, Boric will "
                + "address a joint session of the Philippine Congress.");
        assertTrue(drafts.stream().anyMatch(d -> d.location() != null && "PH".equals(d.location().country())), drafts::toString);
    }

    @Test
    void coordinatedCounterpartsWithTheirOwnPlacesAndDaysAreSeparateMeetings() {
        List<Draft> drafts = Fixtures.extract("Norwegian Foreign Minister Espen Barth Eide will meet Chilean President Gabriel Boric "
                + "in Santiago on Wednesday and Peruvian President Dina Boluarte in Lima on Friday.");
        assertEquals(2, drafts.size(), drafts::toString);
        assertEquals("CL", drafts.get(0).location().country());
        assertEquals(WED, drafts.get(0).start());
        assertEquals("PE", drafts.get(1).location().country());
        assertEquals(WED.plusDays(2), drafts.get(1).start());
    }

    @Test
    void heIsWhoTheEngagementBeforeWasAbout() {
        List<Draft> drafts = Fixtures.extract("UN Secretary-General Antonio Guterres will meet Chilean President Gabriel Boric in "
                + "Santiago on Wednesday. Boric has met Guterres twice. On Friday he will travel to Lima.");
        Draft lima = Fixtures.first(drafts, d -> d.location() != null && "PE".equals(d.location().country()));
        assertEquals("Antonio Guterres", lima.participants().get(0).name());
        assertNull(lima.participants().get(0).country());
    }

    @Test
    void arrivalForAThreeDayVisitSpansThreeDays() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric arrives in Ghana on Wednesday for a three-day visit.");
        assertTrue(drafts.stream().anyMatch(d -> d.start().equals(WED) && d.end().equals(WED.plusDays(2))), drafts::toString);
    }

    @Test
    void undatedMeetingInACityTakesTheDayOfTheOfficialsOtherEngagementThere() {
        List<Draft> drafts = Fixtures.extract("UN Secretary-General Antonio Guterres will meet Chilean President Gabriel Boric in "
                + "Santiago on Wednesday. In Santiago, Guterres will have lunch with Foreign Minister Alberto van Klaveren.");
        assertTrue(drafts.stream().anyMatch(d -> d.start().equals(WED)
                && d.participants().stream().anyMatch(p -> p.name().equals("Alberto van Klaveren"))), drafts::toString);
    }

    @Test
    void inTheAfternoonIsTheDayOfTheEngagementBefore() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will meet Ghanaian President John Mahama in Accra on "
                + "Wednesday. In the afternoon, Boric and Vice President Jane Opoku-Agyemang will co-chair the Ghana-Chile business forum.");
        assertTrue(drafts.stream().anyMatch(d -> d.kind().equals("conference") && d.start().equals(WED)
                && d.location() != null && "GH".equals(d.location().country())), drafts::toString);
    }

    @Test
    void regionNamedAfterACountryWordIsNoCountry() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will be received by Spanish Prime Minister Pedro "
                + "Sanchez at the Moncloa Palace on Wednesday for talks on Latin America.");
        assertEquals("ES", drafts.get(0).location().country(), drafts::toString);
        assertTrue(drafts.get(0).title().contains("meets"), drafts.get(0).title());
    }

    @Test
    void hostAndGuestOfAMeetingKeepTheirOwnCountries() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric and President John Mahama will meet in Accra on "
                + "Wednesday.");
        assertTrue(drafts.get(0).participants().stream().anyMatch(p -> p.name().equals("John Mahama") && !"CL".equals(p.country())),
                drafts::toString);
    }

    @Test
    void aVisitThatBeginsOnADayAndRunsUntilAnotherSpansBoth() {
        Draft d = only("Chilean President Gabriel Boric begins on Wednesday an official visit to Peru that will run until Friday.");
        assertEquals(WED, d.start());
        assertEquals(WED.plusDays(2), d.end());
    }

    @Test
    void anUntilOfAnotherSubjectDoesNotLengthenTheVisit() {
        Draft d = only("Chilean President Gabriel Boric will visit Peru on Wednesday, and the Peruvian Congress will sit until Friday.");
        assertEquals(WED, d.end());
    }

    @Test
    void aMeetingWithSomeoneNewAfterACommaIsAnotherMeeting() {
        assertEquals(2, Fixtures.extract("Chilean President Gabriel Boric will meet President Dina Boluarte in Lima on Wednesday, a "
                + "meeting with Foreign Minister Javier Gonzalez-Olaechea is set for Thursday.").size());
    }

    @Test
    void aBodyOfOneCountryToldOfNoOneIsNoEngagement() {
        assertTrue(Fixtures.extract("The Parliamentary Joint Committee on Intelligence and Security will meet on Wednesday.").isEmpty());
        assertTrue(Fixtures.extract("The Covid-19 committee will meet on Wednesday.").isEmpty());
    }

    @Test
    void aBodysNameEndsBeforeTheDateThatFollowsIt() {
        assertEquals("Chile-Peru joint commission", only("The Chile-Peru joint commission on Wednesday will meet in Tacna.").title());
    }

    @Test
    void aVisitBegunOnADayThatLastsUntilAnotherSpansBoth() {
        Draft d = only("Polish President Andrzej Duda will begin a state visit to Egypt on Wednesday that will last until Friday.");
        assertEquals(WED, d.start());
        assertEquals(WED.plusDays(2), d.end());
    }

    @Test
    void aHostingLaterInTheMonthIsNotTalksOnADayWithSomeoneItDoesNotName() {
        List<Draft> drafts = Fixtures.extract("Argentine Foreign Minister Diego Mondino's talks with his Chilean counterpart, Alberto "
                + "van Klaveren, on Wednesday are expected to cover the border. Later this month Mondino will host foreign "
                + "ministers of Mercosur in Buenos Aires.");
        assertEquals(2, drafts.size(), drafts::toString);
        assertEquals(2, Fixtures.first(drafts, d -> d.start().equals(WED)).participants().size());
    }

    @Test
    void aStayToldByItsFirstDayGoesOnThroughTheNextDayTheVisitorIsBusyInTheCountry() {
        List<Draft> drafts = Fixtures.extract("When Cuban Foreign Minister Bruno Rodríguez lands in Santiago on Wednesday, he will be "
                + "visiting an old partner. The following day Rodríguez will fly to Valparaíso to visit the naval academy.");
        Draft stay = Fixtures.first(drafts, d -> d.location().city().equals("Santiago"));
        assertEquals(WED, stay.start());
        assertEquals(WED.plusDays(1), stay.end(), drafts::toString);
    }

    @Test
    void aVisitToATownToldByItsOwnDayEndsThereWhenTheNextDayIsInAnotherTown() {
        List<Draft> drafts = Fixtures.extract("Indonesian President Prabowo Subianto will pay an official visit to Canberra on Wednesday "
                + "at the invitation of Prime Minister Anthony Albanese. On Thursday, in Sydney, Prabowo will meet business leaders.");
        Draft visit = Fixtures.first(drafts, d -> d.location().city().equals("Canberra"));
        assertEquals(WED, visit.end(), drafts::toString);
    }

    @Test
    void theTwoMinistersAreThePairTheSentenceBeforeNamedWhenTheirOfficesAreNotTold() {
        List<Draft> drafts = Fixtures.extract("Cuban Foreign Minister Bruno Rodríguez's talks with his Chilean counterpart, Alberto van Klaveren, on Wednesday will "
                + "cover trade. The following day the two ministers will fly to Valparaíso to visit the naval academy.");
        assertEquals(2, Fixtures.first(drafts, d -> d.start().equals(WED.plusDays(1))).participants().size(), drafts::toString);
    }

    @Test
    void aSessionOfABodyOfTwoGovernmentsToldOfNoOneIsAnEngagementOfItsCountries() {
        Draft d = only("The Chile-Peru joint committee will meet in Tacna on Wednesday.");
        assertEquals("Chile-Peru joint committee", d.title());
        assertTrue(d.participants().isEmpty(), d::toString);
        assertEquals(java.util.Set.of("CL", "PE"), d.countries());
    }

    @Test
    void aJointBodyWhoseTwoCountriesFollowItsHeadIsAnEngagementOfBoth() {
        Draft d = only("The joint border committee of Peru and Ecuador will meet in Quito on Wednesday.");
        assertEquals(WED, d.start());
        assertTrue(d.participants().isEmpty(), d::toString);
        assertTrue(d.countries().containsAll(java.util.Set.of("PE", "EC")), d::toString);
    }

    @Test
    void theTwoCountriesOfABodyAreThePairTheReportIsAbout() {
        List<Draft> drafts = Fixtures.extract("President Dina Boluarte will receive Chilean President Gabriel Boric in Lima on "
                + "Tuesday. The joint border committee of the two countries will meet in Tacna on Wednesday.");
        Draft d = Fixtures.first(drafts, x -> x.start().equals(WED));
        assertEquals("Joint border committee of the two countries", d.title());
        assertEquals(java.util.Set.of("CL", "PE"), d.countries());
    }

    @Test
    void aBodyThatHoldsItsSessionNamesIt() {
        Draft d = only("The Peru-Ecuador joint commission will hold its fifth session in Quito on Wednesday.");
        assertEquals("Peru-Ecuador joint commission", d.title());
        assertEquals(java.util.Set.of("PE", "EC"), d.countries());
    }

    @Test
    void negotiatorsOfTwoCountriesMeetingAreAnEngagementOfBothWithNoOneNamed() {
        Draft d = only("Negotiators from Ghana and Togo will meet in Geneva on Wednesday.");
        assertEquals(WED, d.start());
        assertTrue(d.participants().isEmpty(), d::toString);
        assertTrue(d.countries().containsAll(java.util.Set.of("GH", "TG")), d::toString);
        assertEquals("Geneva", d.location().city());
    }

    @Test
    void twoCountriesThatHoldARoundOfTalksAreItsSides() {
        Draft d = only("Norway and Chile will hold a fourth round of trade talks in Santiago on Wednesday.");
        assertTrue(d.participants().isEmpty(), d::toString);
        assertEquals(java.util.Set.of("NO", "CL"), d.countries());
        assertTrue(d.title().contains("fourth round of trade talks"), d::title);
    }

    @Test
    void officialsOfTheTwoGovernmentsAreNotTheLeadersToldBefore() {
        List<Draft> drafts = Fixtures.extract("Peruvian President Dina Boluarte will receive Ecuadorian President Daniel Noboa in "
                + "Lima on Thursday. The two leaders will discuss border security. Officials of the two governments will meet the "
                + "day before to prepare the talks.");
        Draft d = Fixtures.first(drafts, x -> x.start().equals(WED));
        assertTrue(d.participants().isEmpty(), d::toString);
    }

    @Test
    void delegatesOfOneCountryAloneAreNoEngagement() {
        assertTrue(Fixtures.extract("Negotiators from Ghana will meet in Geneva on Wednesday.").isEmpty());
    }

    @Test
    void aSeriesOfMeetingsTheTwoCountriesHoldIsNoEngagementOfItsOwn() {
        assertTrue(Fixtures.extract("Ghana and Togo will hold a series of ministerial meetings this week.").isEmpty());
    }

    @Test
    void anOfficeOfABodyToldBeforeTheTitledNameStillNamesTheOneCalledOn() {
        Draft d = only("Chilean Foreign Minister Alberto van Klaveren will pay a courtesy call on Chairman of the National "
                + "Security Council President Kofi Mensah on Wednesday.");
        assertTrue(Fixtures.names(d).contains("Kofi Mensah"), d::toString);
    }

    @Test
    void anOfficeByItsDemonymJoinedToANameIsTheOfficialToldBefore() {
        List<Draft> drafts = Fixtures.extract("At the invitation of Foreign Minister Samuel Ablakwa, Chilean Foreign Minister "
                + "Alberto van Klaveren will visit Ghana from Wednesday to Friday. On Thursday, the Chilean Foreign Minister and "
                + "Samuel Ablakwa will hold talks in Accra.");
        Draft d = Fixtures.first(drafts, x -> x.start().equals(WED.plusDays(1)));
        assertTrue(Fixtures.names(d).contains("Alberto van Klaveren"), d::toString);
    }

    @Test
    void theVisitOfTheDelegationToASiteIsTheVisitorsAndNoTripOfItsOwn() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren and party will pay an official visit "
                + "to Ghana from Tuesday to Thursday. The visit of the delegation to the Tema Free Zone in Tema, originally "
                + "planned for Wednesday afternoon, has been cancelled due to the tight schedule.");
        Draft d = Fixtures.first(drafts, x -> x.status() == DraftStatus.CANCELLED);
        assertEquals(WED, d.start());
        assertEquals("Tema", d.location().city());
        assertTrue(Fixtures.names(d).contains("Alberto van Klaveren"), d::toString);
        assertEquals("visit", d.kind());
    }

    @Test
    void aPlanToldInThePresentNamesTheComingWeekday() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will visit Norway this week. The "
                + "centrepiece is a meeting with Foreign Minister Espen Barth Eide at the Foreign Ministry on Friday.");
        Draft d = Fixtures.first(drafts, x -> Fixtures.names(x).contains("Espen Barth Eide"));
        assertEquals(LocalDate.of(2024, 5, 17), d.start());
    }

    @Test
    void aWeekdayToldOfThePastInThePresentTenseStaysPast() {
        assertTrue(Fixtures.extract("The meeting is a follow-up to the talks Foreign Minister Espen Barth Eide held with "
                + "Chilean Foreign Minister Alberto van Klaveren on Friday.").stream().noneMatch(d -> d.start().isAfter(WED)));
    }

    @Test
    void arrivingInTheCapitalIsArrivingInTheCapitalTheReportIsAbout() {
        List<Draft> drafts = Fixtures.extract("Oslo opens its doors. Oslo has long kept its distance. Chilean Foreign Minister "
                + "Alberto van Klaveren is due to arrive in the capital on Wednesday for a three-day visit.");
        Draft d = Fixtures.first(drafts, x -> x.start().equals(WED));
        assertEquals("Oslo", d.location().city(), drafts::toString);
    }

    @Test
    void theDaysArrivalsBeginAreNotTheGatheringsTheyAreFor() {
        List<Draft> drafts = Fixtures.extract("Leaders will start arriving in Lima over the weekend for the Andean summit. "
                + "Peruvian President Dina Boluarte will open the summit on Monday 20 May.");
        assertTrue(drafts.stream().noneMatch(d -> d.start().equals(LocalDate.of(2024, 5, 18))), drafts::toString);
    }

    @Test
    void theHeadOfABodyNamedAfterACommaIsTheOneCalledOn() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will visit Lima on Wednesday. He will "
                + "also call on the head of the Council of Ministers, Gustavo Adrianzen, the ministry said.");
        assertTrue(drafts.stream().anyMatch(d -> Fixtures.names(d).contains("Gustavo Adrianzen")), drafts::toString);
    }

    @Test
    void theCommanderOfAnArmyNamedAfterACommaIsTheOneMet() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will fly to Arequipa on Wednesday, "
                + "where he is scheduled to meet the commander of the Peruvian Army, General Oscar Arriola.");
        assertTrue(drafts.stream().anyMatch(d -> Fixtures.names(d).contains("Oscar Arriola")), drafts::toString);
    }

    @Test
    void theHeadOfABodyIsNotTheTravellerToldBefore() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will visit Peru from Tuesday to Thursday. On "
                + "Wednesday, the head of Chile's National Security Council, Ana Figueroa, who is accompanying the president, "
                + "will hold talks with Peruvian Defence Minister Walter Astudillo.");
        Draft d = Fixtures.first(drafts, x -> Fixtures.names(x).contains("Walter Astudillo"));
        assertTrue(!Fixtures.names(d).contains("Gabriel Boric"), d::toString);
    }

    @Test
    void aStopDroppedInOneTownLeavesTheSameDaysVisitToAnotherStanding() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will visit Lima on Wednesday. A stop "
                + "in Cusco, where the minister had been due to visit the old town on Wednesday afternoon, has been dropped "
                + "from the programme.");
        assertEquals(DraftStatus.SCHEDULED, Fixtures.first(drafts, d -> "Lima".equals(d.location().city())).status());
        assertEquals(DraftStatus.CANCELLED, Fixtures.first(drafts, d -> "Cusco".equals(d.location().city())).status());
    }

    @Test
    void talksBetweenTheExpertsOfTwoCountriesAreTheirCountriesWithNoOfficialStandingForThem() {
        Draft d = Fixtures.first(Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will meet President Dina "
                + "Boluarte in Lima on Wednesday. A first round of talks between Chilean and Peruvian experts will take place "
                + "in Santiago on Friday."), x -> x.start().equals(LocalDate.of(2024, 5, 17)));
        assertTrue(d.participants().isEmpty(), d::toString);
        assertEquals(java.util.Set.of("CL", "PE"), d.countries());
    }

    @Test
    void aCombiningFormBeforeADemonymNamesTheOtherCountryOfTheBody() {
        Draft d = only("The Sino-Chilean joint commission will meet in Santiago on Wednesday.");
        assertEquals(java.util.Set.of("CN", "CL"), d.countries());
    }

    @Test
    void aCombiningFormBesideNoCountryNamesNone() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will attend the Indo-Pacific forum "
                + "in Tokyo on Wednesday.");
        assertTrue(drafts.stream().noneMatch(d -> d.countries().contains("IN")), drafts::toString);
    }

    @Test
    void theChiefOfDiplomacyIsTheForeignMinister() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will visit Lima on Tuesday. From "
                + "Lima, the Chilean chief of diplomacy will travel to Quito, where he will stay on Wednesday.");
        Draft d = Fixtures.first(drafts, x -> x.start().equals(WED));
        assertTrue(Fixtures.names(d).contains("Alberto van Klaveren"), d::toString);
    }

    @Test
    void aMeetingThatWillNowTakePlaceElsewhereIsOnItsNewDayInItsNewTown() {
        Draft d = only("Chilean Foreign Minister Alberto van Klaveren had been due to hold talks with President Dina Boluarte "
                + "in Lima on Wednesday, May 15. But with the airport closed, the meeting has been moved south. It will now take "
                + "place on Thursday, May 16, at 10 a.m. in Arequipa, the presidency said.");
        assertEquals(LocalDate.of(2024, 5, 16), d.start());
        assertEquals("Arequipa", d.location().city());
        assertEquals(DraftStatus.SCHEDULED, d.status());
    }

    @Test
    void aVisitOnlyPreparedForIsNoEngagementOfTheSentence() {
        Draft d = only("In preparation for the visit, Foreign Minister Espen Barth Eide and Chile's Minister of Foreign Affairs, "
                + "Alberto van Klaveren, will hold a virtual meeting on Wednesday.");
        assertEquals("meeting", d.kind());
        assertEquals(2, d.participants().size(), d::toString);
    }

    @Test
    void aNewlyInauguratedPresidentIsTheOneMetAndNoSignOfThePast() {
        Draft d = only("Minister Ana Silva revealed that President Barrow will hold talks with the newly inaugurated President of "
                + "Senegal, Bassirou Diomaye Faye, on Saturday evening.");
        assertEquals(LocalDate.of(2024, 5, 18), d.start());
        assertEquals(java.util.Set.of("Barrow", "Bassirou Diomaye Faye"), java.util.Set.copyOf(Fixtures.names(d)));
    }

    @Test
    void twoOfficesOfTheOneReceivedBeforeTheirNameStillNameTheOneReceived() {
        List<Draft> drafts = Fixtures.extract("President Adama Barrow will host the summit. The Gambian leader will also receive "
                + "the President of the Islamic Republic of Mauritania and Chairperson of the African Union, Mohamed Ould "
                + "Cheikh El Ghazouani, on Sunday morning.");
        assertTrue(drafts.stream().anyMatch(d -> Fixtures.names(d).contains("Mohamed Ould Cheikh El Ghazouani")), drafts::toString);
    }

    @Test
    void aMeetingHeldUnderTheSpeakersChairmanshipIsTheSpeakers() {
        Draft d = only("The Minister of Foreign Affairs, Dr. Ana Silva, said the preparatory meeting of the Council of Foreign "
                + "Ministers will be held on Wednesday under her chairmanship.");
        assertTrue(Fixtures.names(d).contains("Ana Silva"), d::toString);
    }

    @Test
    void aCommitteeOfExpertsFromBothCountriesIsTheirEngagementAndNoLeadersMeeting() {
        List<Draft> drafts = Fixtures.extract("Peruvian President Dina Boluarte will receive Chilean President Gabriel Boric in "
                + "Lima on Wednesday. Despite the setbacks, a technical committee of experts from both countries on the "
                + "demarcation of the border will meet as planned in Tacna on Friday, the ministry said.");
        Draft d = Fixtures.first(drafts, x -> x.start().equals(LocalDate.of(2024, 5, 17)));
        assertTrue(d.participants().isEmpty(), d::toString);
        assertEquals(java.util.Set.of("PE", "CL"), d.countries());
    }

    @Test
    void aSessionOfTheTwoCountriesInTheLastDaysOfTheMonthIsNotTheLeadersTalksThatWeek() {
        List<Draft> drafts = Fixtures.extract("Peruvian President Dina Boluarte will receive Chilean President Gabriel Boric in "
                + "Lima on Wednesday. The joint border committee of the two countries will meet in Tacna at the end of the month.");
        assertEquals(2, drafts.size(), drafts::toString);
    }

    @Test
    void talksHeldInParallelAreOnTheDayOfTheTalksToldBefore() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will hold talks with President Dina Boluarte in "
                + "Lima on Thursday. In parallel, Foreign Minister Alberto van Klaveren will have talks with his counterpart "
                + "Javier Gonzalez-Olaechea at the Ministry of Foreign Affairs.");
        Draft d = Fixtures.first(drafts, x -> Fixtures.names(x).contains("Javier Gonzalez-Olaechea"));
        assertEquals(LocalDate.of(2024, 5, 16), d.start());
    }

    @Test
    void anotherEventThatWillNowBeHeldElsewhereMovesNoMeetingToldBefore() {
        List<Draft> drafts = Fixtures.extract("Kenyan President William Ruto will meet Ethiopian Prime Minister Abiy Ahmed in "
                + "Nairobi on Wednesday. The IGAD summit will now be held on Friday in Djibouti.");
        Draft d = Fixtures.first(drafts, x -> Fixtures.names(x).contains("Abiy Ahmed"));
        assertEquals(WED, d.start());
        assertEquals("Nairobi", d.location().city());
    }

    @Test
    void twoCountriesThatMeetInAFinalAreNoDiplomaticEngagement() {
        assertTrue(Fixtures.extract("Brazil and Argentina will meet in the Copa America final in Miami on Sunday.").isEmpty());
    }

    @Test
    void talksBetweenTwoCountriesBeforeAnAsideOfOfficialsAreNoDelegatesMeeting() {
        assertTrue(Fixtures.extract("Talks between Greece and Libya, officials said, will be held in Athens on Friday.").stream()
                .noneMatch(d -> d.title().contains("officials")));
    }

    @Test
    void aWeekdayOfATourThatBeganIsNoComingDay() {
        assertTrue(Fixtures.extract("Chinese Premier Li Qiang's visit is the first leg of a regional tour that began with talks "
                + "in Hanoi on Friday.").stream().noneMatch(d -> d.start().isAfter(WED)));
    }

    @Test
    void aWholeStayPostponedPostponesItsDayInAnotherTown() {
        List<Draft> drafts = Fixtures.extract("French President Emmanuel Macron has postponed his state visit to Beijing, which "
                + "had been planned for May 15 to 17. During the visit, Macron was to meet Chinese President Xi Jinping in "
                + "Beijing on May 15 and to tour a factory in Shanghai on May 16.");
        Draft shanghai = Fixtures.first(drafts, d -> "Shanghai".equals(d.location().city()));
        assertEquals(DraftStatus.POSTPONED, shanghai.status());
    }

    @Test
    void aBodyThatSaysSomethingIsNoPerson() {
        List<Draft> drafts = Fixtures.extract("Human Rights Watch said the talks with Chinese Premier Li Qiang would be held in "
                + "Canberra on Friday.");
        assertTrue(drafts.stream().noneMatch(d -> Fixtures.names(d).contains("Human Rights Watch")), drafts::toString);
    }

    @Test
    void toHeadADelegationIsNoTitle() {
        List<Draft> drafts = Fixtures.extract("Deputy President Rigathi Gachagua will head Team Kenya at the summit in Addis "
                + "Ababa on Friday.");
        assertTrue(drafts.stream().noneMatch(d -> Fixtures.names(d).contains("Team Kenya")), drafts::toString);
    }

    @Test
    void aBodysNameRunsOnThroughWhatItIsFor() {
        assertEquals("Polish-Egyptian intergovernmental commission on economic cooperation",
                only("The Polish-Egyptian intergovernmental commission on economic cooperation will meet on Wednesday.").title());
    }

    @Test
    void aJointBodyNamedInLowerCaseIsNamedFromItsFirstWord() {
        assertEquals("Chile-Peru joint working group on fisheries",
                only("The Chile-Peru joint working group on fisheries will meet on Wednesday morning.").title());
    }

    @Test
    void aBodyOfOneGovernmentToldOfNoOneIsNoEngagement() {
        assertTrue(Fixtures.extract("The commission will meet on Wednesday.").isEmpty());
        assertTrue(Fixtures.extract("The Federal Cabinet will meet on Wednesday.").isEmpty());
    }

    @Test
    void onATourAMeetingWithNoTownIsWhereTheTravellerIsThatDay() {
        List<Draft> drafts = Fixtures.extract("Norwegian Foreign Minister Espen Barth Eide will travel to Ghana and Nigeria from "
                + "Tuesday to Thursday. On Wednesday, Eide will be received by President John Mahama at State House. Later that "
                + "day he will meet the Speaker of Parliament, Alban Bagbin, in Accra.\n\nOslo, 13 May 2024");
        Draft received = Fixtures.first(drafts, d -> d.participants().stream().anyMatch(p -> p.name().equals("John Mahama")));
        assertEquals("Accra", received.location().city(), drafts::toString);
    }

    @Test
    void aBodyThatMeetsAndIsThenCoChairedIsOneEngagementOfItsCoChairs() {
        Draft d = only("The Chile-Peru Joint Ministerial Commission will meet on Wednesday in Tacna. It will be co-chaired by the "
                + "Minister of Foreign Affairs of Chile, Alberto van Klaveren, and Peru's Minister of Foreign Affairs, Javier "
                + "Gonzalez-Olaechea.");
        assertEquals(WED, d.start());
        assertEquals(2, d.participants().size(), d::toString);
    }

    @Test
    void aSecondClauseAfterAnEventVerbHasItsOwnSubject() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will meet Peruvian Foreign Minister Javier "
                + "Gonzalez-Olaechea on Wednesday, and Chilean Defence Minister Maya Fernandez will meet Peruvian Defence Minister "
                + "Walter Astudillo on Thursday.");
        assertEquals(2, Fixtures.first(drafts, d -> d.start().equals(WED.plusDays(1))).participants().size(), drafts::toString);
    }

    @Test
    void twoNamesJoinedByCommaAndAreOneSubject() {
        Draft d = only("On Wednesday, the Vice President of Chile, Carolina Toha, and the Vice President of Peru, Gustavo Adrianzen, "
                + "will co-chair the Chile-Peru joint commission in Tacna.");
        assertEquals(2, d.participants().size(), d::toString);
    }

    @Test
    void theSameDayOfASecondClauseIsItsOwnAnchorNotTheOneOpeningTheSentence() {
        List<Draft> drafts = Fixtures.extract("Ahead of the summit, Chilean Foreign Minister Alberto van Klaveren will meet Peruvian "
                + "Foreign Minister Javier Gonzalez-Olaechea on Wednesday, and Chilean Defence Minister Maya Fernandez will meet "
                + "Peruvian Defence Minister Walter Astudillo the same day.");
        Draft defence = Fixtures.first(drafts, d -> d.participants().stream().anyMatch(p -> p.name().equals("Walter Astudillo")));
        assertEquals(WED, defence.start());
    }

    @Test
    void weInAJointReleaseAreTheMinistersItsHeadingNames() {
        List<Draft> drafts = Fixtures.extract("JOINT MEDIA RELEASE\nThe Hon Winston Peters MP\nMinister of Foreign Affairs\n"
                + "The Hon Judith Collins KC MP\nMinister of Defence\n13 May 2024\n\nWe will travel to Santiago on Wednesday for "
                + "talks with our Chilean counterparts.");
        assertEquals(2, drafts.get(0).participants().size(), drafts::toString);
    }

    @Test
    void anOfficeOnTheLineUnderANameInAReleaseHeadingIsThatPersons() {
        List<Draft> drafts = Fixtures.extract("MEDIA RELEASE\nThe Hon Judith Collins KC MP\nMinister of Defence\n"
                + "The Hon Winston Peters MP\nDeputy Prime Minister\n13 May 2024\n\nThe Deputy Prime Minister will meet "
                + "Chilean Foreign Minister Alberto van Klaveren in Santiago on Wednesday.");
        assertEquals("Winston Peters", drafts.get(0).participants().get(0).name(), drafts::toString);
    }

    @Test
    void talksWithOneAndWithAnotherAreTwoMeetings() {
        List<Draft> drafts = Fixtures.extract("On Wednesday Polish Foreign Minister Radoslaw Sikorski will hold talks in Accra with "
                + "the Speaker of Parliament, Alban Bagbin, and with the Minister of Foreign Affairs, Samuel Okudzeto Ablakwa.");
        assertEquals(2, drafts.size(), drafts::toString);
        assertTrue(drafts.stream().allMatch(d -> d.participants().size() == 2), drafts::toString);
    }

    @Test
    void talksWithTwoTogetherAreOneMeeting() {
        assertEquals(1, Fixtures.extract("On Wednesday Polish Foreign Minister Radoslaw Sikorski will hold talks in Accra with "
                + "the Speaker of Parliament, Alban Bagbin, and the Minister of Foreign Affairs, Samuel Okudzeto Ablakwa.").size());
    }

    @Test
    void aCancelledVisitToThePortOfATownDuringTheStayIsAStopOfItsOwn() {
        List<Draft> drafts = Fixtures.extract("Norwegian Foreign Minister Espen Barth Eide will visit Ghana from Tuesday to Friday. "
                + "The visit to the port of Takoradi planned for Thursday has been cancelled.");
        assertEquals(2, drafts.size(), drafts::toString);
        assertEquals(DraftStatus.SCHEDULED, Fixtures.first(drafts, d -> d.end().isAfter(d.start())).status());
        Draft port = Fixtures.first(drafts, d -> d.start().equals(d.end()));
        assertEquals("Takoradi", port.location().city());
        assertEquals(DraftStatus.CANCELLED, port.status());
    }

    @Test
    void foreignMinistersOfTwoCountriesAreThoseTheReportNames() {
        List<Draft> drafts = Fixtures.extract("The foreign ministers of Chile and Peru will meet in Ghana's coastal city of Cape Coast "
                + "on Wednesday, officials said. Chilean Foreign Minister Alberto van Klaveren and his Peruvian counterpart Javier "
                + "Gonzalez-Olaechea agreed to the talks last week.");
        Draft d = Fixtures.first(drafts, x -> x.start().equals(WED));
        assertEquals(2, d.participants().size(), drafts::toString);
        assertEquals("GH", d.location().country());
    }

    @Test
    void aWholeYearDatesNoMeeting() {
        assertTrue(Fixtures.extract("The special ECOWAS meeting will be hosted by Ghanaian President John Mahama, the bloc's "
                + "chair this year.").isEmpty());
    }

    @Test
    void aTourOfManyCountriesAndOneOfItsStopsAreTwoEngagements() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will visit Ghana, Nigeria, Kenya and "
                + "Egypt from May 15 to 22. He will end the tour in Cairo on May 22, where he is due to meet Foreign Minister Sameh "
                + "Shoukry.");
        assertTrue(drafts.stream().anyMatch(d -> d.location() == null && d.countries().size() >= 4), drafts::toString);
        assertTrue(drafts.stream().anyMatch(d -> d.location() != null && "EG".equals(d.location().country())
                && d.start().equals(LocalDate.of(2024, 5, 22))), drafts::toString);
    }

    @Test
    void meetingToCoChairANamedBodyIsThatBodysMeeting() {
        List<Draft> drafts = Fixtures.extract("On Wednesday, Chilean Trade Minister Ana Rojas will meet Ghana's Minister of Trade "
                + "Elizabeth Ofosu-Adjare to co-chair the Ghana-Chile Joint Economic Commission.");
        assertEquals(1, drafts.size(), drafts::toString);
        assertEquals(2, drafts.get(0).participants().size());
        assertTrue(drafts.get(0).title().contains("Joint Economic Commission"), drafts.get(0).title());
    }

    @Test
    void undatedEngagementInOneCountryOfATourFallsWithinTheTour() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will visit Ghana, Nigeria, Kenya and "
                + "Egypt from May 15 to 22. In Nairobi, Van Klaveren is expected to meet President William Ruto.");
        assertTrue(drafts.stream().anyMatch(d -> d.location() != null && "KE".equals(d.location().country())
                && d.start().equals(WED) && d.end().equals(LocalDate.of(2024, 5, 22)) && d.precision() == Precision.WINDOW),
                drafts::toString);
    }

    @Test
    void talksUnderWayAreAnEngagementOfTheDay() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren landed in Accra on Monday and is "
                + "holding talks with his Ghanaian counterpart Samuel Okudzeto Ablakwa.");
        assertTrue(drafts.stream().anyMatch(d -> d.start().equals(Fixtures.MONDAY) && d.participants().size() == 2), drafts::toString);
    }

    @Test
    void aQuarterWrittenWithDigitsLosesNoEngagement() {
        Draft d = only("Chilean President Gabriel Boric will meet Ghanaian President John Mahama in Accra on Wednesday, after "
                + "cocoa exports fell in the 4th quarter.");
        assertEquals(WED, d.start());
    }

    @Test
    void talksBetweenTwoCountriesAreHeldByTheOfficialsTheReportTellsOfThem() {
        Draft d = only("The fourth round of talks between Peru and Chile, which had been scheduled to take place in Lima on "
                + "May 20, has been postponed, Chilean Foreign Minister Alberto van Klaveren said on Monday. Peruvian Foreign "
                + "Minister Javier Gonzalez-Olaechea had invited him.");
        assertEquals(DraftStatus.POSTPONED, d.status());
        assertEquals(LocalDate.of(2024, 5, 20), d.start());
        assertEquals(List.of("PE", "CL"), d.participants().stream().map(DraftPerson::country).toList());
    }

    @Test
    void anEventCalledOffInACityIsStoodForByThatCountrysOfficial() {
        Draft d = only("The Pacific Islands Forum leaders meeting, which had been scheduled for May 28-30 in Suva, has been "
                + "postponed because of the cyclone, officials said. Fijian Prime Minister Sitiveni Rabuka had promised a warm "
                + "welcome.");
        assertEquals(LocalDate.of(2024, 5, 28), d.start());
        assertEquals(LocalDate.of(2024, 5, 30), d.end());
        assertEquals("Suva", d.location().city());
        assertEquals("Sitiveni Rabuka", d.participants().get(0).name());
    }

    @Test
    void aFormerOfficialWhoWillActTakesPart() {
        Draft d = only("Former Chilean President Michelle Bachelet will convene a new round of talks between the government "
                + "and dozens of armed groups in Accra on Wednesday, the African Union said.");
        assertEquals(WED, d.start());
        assertEquals("Michelle Bachelet", d.participants().get(0).name());
    }

    @Test
    void aDateAfterTheTalksAConveningOpensIsTheConvenings() {
        Draft d = only("Norwegian envoy Dag Halvor Nylander will host a new round of peace talks between the government and "
                + "the rebel groups in Oslo next Monday, the foreign ministry said on Monday.");
        assertEquals(LocalDate.of(2024, 5, 20), d.start());
        assertEquals("Oslo", d.location().city());
    }

    @Test
    void whoPresidesOverAnEventTakesPart() {
        Draft d = only("The climate summit will take place in Accra from May 20 to 22 under the presidency of Ghanaian "
                + "Environment Minister Ophelia Hayford.");
        assertEquals("Ophelia Hayford", d.participants().get(0).name());
    }

    @Test
    void aMeetingOnTheSidelinesOfASummitIsAnEngagementOfItsOwn() {
        List<Draft> drafts = Fixtures.extract("Norwegian Prime Minister Jonas Gahr Store will attend the Nordic-African summit "
                + "in Accra on Wednesday, hosted by Ghanaian President John Mahama. Store will hold a bilateral meeting with "
                + "Mahama on the sidelines of the summit.");
        assertEquals(2, drafts.size(), drafts::toString);
        assertTrue(drafts.stream().anyMatch(d -> d.title().contains("summit")), drafts::toString);
        assertTrue(drafts.stream().anyMatch(d -> d.kind().equals("meeting") && d.participants().size() == 2), drafts::toString);
    }

    @Test
    void aDateInAClauseBeforeTheEventWordsYieldsToTheEventsOwn() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric, who visited Quito on Sunday and was in Lima "
                + "on Monday morning, will travel to Accra for talks with President John Mahama this weekend, his office said.");
        assertTrue(drafts.stream().allMatch(d -> d.start().equals(LocalDate.of(2024, 5, 18))), drafts::toString);
        assertTrue(drafts.stream().anyMatch(d -> d.participants().size() == 2), drafts::toString);
    }

    @Test
    void aCityNamedAfterItsCountrysCapitalIsWhereTheEventIs() {
        Draft d = only("Norwegian Prime Minister Jonas Gahr Store will meet his Baltic counterparts in the Latvian capital Riga "
                + "on Wednesday.");
        assertEquals("Riga", d.location().city());
    }

    @Test
    void aGatheringHostedByOfficialsToldAfterTheMeetingIsThatMeeting() {
        Draft d = only("Nordic leaders will meet their counterparts from the three Baltic countries in the Latvian capital Riga "
                + "next Tuesday, officials said. The one-day gathering will be hosted by Latvian Prime Minister Evika Silina and "
                + "chaired by Norwegian Prime Minister Jonas Gahr Store, who has made the region a priority.");
        assertEquals(LocalDate.of(2024, 5, 14), d.start());
        assertEquals(List.of("Evika Silina", "Jonas Gahr Store"),
                d.participants().stream().map(DraftPerson::name).sorted().toList());
    }

    @Test
    void aNameAfterACountrysPossessiveIsThatCountrysOfficial() {
        Draft d = only("Chile's Gabriel Boric will meet Ghana's John Mahama in Accra on Wednesday.");
        assertEquals(List.of("CL", "GH"), d.participants().stream().map(DraftPerson::country).sorted().toList());
    }

    @Test
    void aTopicBetweenTheMeetingAndItsCounterpartKeepsTheCounterpart() {
        Draft d = only("Chilean Foreign Minister Alberto van Klaveren will co-chair a ministerial meeting on fisheries with his "
                + "Peruvian counterpart, Javier Gonzalez-Olaechea, on May 20.");
        assertEquals(LocalDate.of(2024, 5, 20), d.start());
        assertEquals(List.of("CL", "PE"), d.participants().stream().map(DraftPerson::country).toList());
    }

    @Test
    void callingOnAnOfficialIsMeetingThem() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will visit Ghana on May 20 and 21. He will also "
                + "call on President John Mahama.");
        assertTrue(drafts.stream().anyMatch(d -> d.participants().size() == 2), drafts::toString);
    }

    @Test
    void callingOnPartiesToActIsNoMeeting() {
        assertTrue(Fixtures.extract("Chilean President Gabriel Boric will call on all parties to return to talks on Wednesday.")
                .isEmpty());
    }

    @Test
    void onePluralTitleServesEachNameWithItsCountry() {
        Draft d = only("Foreign ministers Elina Valtonen of Finland and Espen Barth Eide of Norway will meet in Oslo on Friday.");
        assertEquals(List.of("FI", "NO"), d.participants().stream().map(DraftPerson::country).toList());
        assertTrue(d.participants().stream().allMatch(p -> "Minister of Foreign Affairs".equals(p.role())), d::toString);
    }

    @Test
    void aGroupWordOwningTheNextEventIsNoSubjectOfThisOne() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric and Ghanaian President John Mahama will meet in "
                + "Accra on Friday. Ahead of the leaders' meeting, ministers in charge of trade from the two countries will hold "
                + "a video conference on Wednesday.");
        assertTrue(drafts.stream().noneMatch(d -> d.start().equals(WED)), drafts::toString);
    }

    @Test
    void theMonthMayIsNoDoubt() {
        Draft d = only("On 15 May Boric will meet President John Mahama in Accra, Chilean President Gabriel Boric's "
                + "office said.");
        assertEquals(DraftStatus.SCHEDULED, d.status());
    }

    @Test
    void theVerbMayIsADoubt() {
        Draft d = only("Chilean President Gabriel Boric may meet President John Mahama in Accra on 15 May.");
        assertEquals(DraftStatus.TENTATIVE, d.status());
    }

    @Test
    void aDateAfterAMeetingVerbThatIsNoEngagementDatesTheEventItIsFor() {
        Draft d = only("West African heads of state will meet in the Ghanaian capital on Wednesday for an ECOWAS summit. "
                + "Ghanaian President Nana Akufo-Addo will host the gathering.");
        assertEquals(WED, d.start());
        assertEquals("Accra", d.location().city());
    }

    @Test
    void aMeetingOnTheEveOfTheSummitIsTheDayBeforeItInItsCity() {
        List<Draft> drafts = Fixtures.extract("Leaders will gather in Accra on Thursday for the ECOWAS summit. "
                + "Nordic foreign ministers, chaired by Norwegian Foreign Minister Espen Barth Eide, will meet on the eve of the summit.");
        Draft eve = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals("Accra", eve.location().city());
    }

    @Test
    void theChairOfAGroupMeetingTakesPart() {
        Draft d = only("Andean trade ministers, chaired by Peruvian Trade Minister Juan Mathews, will meet in Lima on Wednesday.");
        assertEquals("Juan Mathews", d.participants().get(0).name());
    }

    @Test
    void theSummitWhoseEveDatesAMeetingIsNoEngagementOfThatSentence() {
        Draft d = only("Chilean President Gabriel Boric will hold talks with Peruvian President Dina Boluarte in Lima on Wednesday, "
                + "on the eve of the summit.");
        assertEquals(WED, d.start());
        assertEquals(2, d.participants().size());
    }

    @Test
    void aPlannedVisitCalledOffIsACancelledEngagement() {
        Draft d = only("Chilean President Gabriel Boric, who had planned an official visit to Lima on Wednesday, has called off the trip, "
                + "his office said.");
        assertEquals(DraftStatus.CANCELLED, d.status());
        assertEquals(WED, d.start());
        assertEquals("Lima", d.location().city());
    }

    @Test
    void aPlanOvertakenByAnotherIsNoEngagementOfItsOwn() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric, who had planned an official visit to Lima on Wednesday, "
                + "will instead speak with Peruvian President Dina Boluarte by phone.");
        assertTrue(drafts.stream().noneMatch(d -> d.location() != null), () -> drafts.toString());
    }

    @Test
    void theLeaderOfACountryIsThatCountrysLeaderToldElsewhere() {
        Draft d = only("Chilean President Gabriel Boric and Peruvian President Dina Boluarte will hold a telephone conversation "
                + "on Wednesday, officials said. Boric told reporters on Sunday that he expected to speak with the Peruvian leader "
                + "on Wednesday.");
        assertEquals(2, d.participants().size());
    }

    @Test
    void aTelephoneConversationHasNoPlace() {
        Draft d = only("Chilean President Gabriel Boric and Peruvian President Dina Boluarte will hold a telephone conversation "
                + "on Wednesday.");
        assertNull(d.location());
    }

    @Test
    void aCallToldAgainWithOneNameIsTheSameCall() {
        Draft d = only("Peruvian President Dina Boluarte and Chilean President Gabriel Boric will hold a telephone conversation on "
                + "Wednesday, Boluarte's spokesman told reporters. Boric told reporters aboard his plane on Sunday that he expected "
                + "to speak with the Peruvian leader on Wednesday.");
        assertEquals(2, d.participants().size());
    }

    @Test
    void theOneAVisitIsByMakesIt() {
        Draft d = only("A visit to Oslo by Chilean Foreign Minister Alberto van Klaveren is planned for Wednesday.");
        assertEquals("Alberto van Klaveren", d.participants().get(0).name());
        assertEquals("Oslo", d.location().city());
    }

    @Test
    void aPlannedVisitByATitledOfficialPostponedKeepsItsListedDate() {
        Draft d = only("The planned visit to Oslo by the Deputy Prime Minister and Foreign Minister of Chile, Alberto van Klaveren, "
                + "listed for Wednesday 15 May in last week's schedule, has been postponed.");
        assertEquals(DraftStatus.POSTPONED, d.status());
        assertEquals(WED, d.start());
        assertEquals("Alberto van Klaveren", d.participants().get(0).name());
    }

    @Test
    void theEveOfTheSessionIsTheDayBeforeTheMeetingItNames() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will attend the session of the Andean "
                + "Council in Lima on Thursday. On the eve of the session, Van Klaveren will receive Peruvian Foreign Minister "
                + "Javier Gonzalez-Olaechea at the embassy.");
        Draft eve = Fixtures.first(drafts, d -> d.participants().size() == 2);
        assertEquals(WED, eve.start());
    }

    @Test
    void thoseAMeetingIsWithTheParticipationOfTakePart() {
        Draft d = only("The trilateral meeting of Chile, Peru and Bolivia, which had been planned to take place in Lima this week "
                + "with the participation of Peruvian Foreign Minister Javier Gonzalez-Olaechea and Minister Celinda Sosa, "
                + "has been postponed.");
        assertEquals(2, d.participants().size());
        assertEquals(DraftStatus.POSTPONED, d.status());
    }

    @Test
    void aMeetingOfSeveralCountriesIsHeldInTheTownNamedAfterThem() {
        Draft d = only("The trilateral meeting of Chile, Peru and Bolivia will take place in Lima on Wednesday with the "
                + "participation of Peruvian Foreign Minister Javier Gonzalez-Olaechea.");
        assertEquals("Lima", d.location().city());
        assertTrue(d.countries().containsAll(List.of("CL", "PE", "BO")));
    }

    @Test
    void aSummitOpeningOnADayTakesThatDayAndItsLength() {
        Draft d = only("Peruvian President Dina Boluarte will host the Andean Summit in Lima. "
                + "The two-day leaders' summit opens on Wednesday, the foreign ministry said.");
        assertEquals(WED, d.start());
        assertEquals(WED.plusDays(1), d.end());
    }

    @Test
    void theHostTitledBeforeTheNameAttendsTheGathering() {
        Draft d = only("Leaders will gather in Lima next week for the 12th Andean Summit, where host President Dina Boluarte "
                + "will press for a trade deal.");
        assertEquals("Dina Boluarte", d.participants().get(0).name());
    }

    @Test
    void theEventFollowingOnADayTakesThatDay() {
        List<Draft> drafts = Fixtures.extract("Peruvian President Dina Boluarte will host the Andean Summit in Lima on Wednesday. "
                + "The summit will be followed on Friday by the Pacific Alliance Summit in Lima.");
        Draft pacific = Fixtures.first(drafts, d -> d.title().contains("Pacific"));
        assertEquals(WED.plusDays(2), pacific.start());
    }

    @Test
    void theChairOfAMeetingToldInARelativeClauseTakesPart() {
        Draft d = only("The summit will be preceded on Wednesday by a meeting of the Common Market Council, which will be chaired "
                + "by Uruguay's Foreign Minister Omar Paganini.");
        assertEquals(WED, d.start());
        assertEquals("Omar Paganini", d.participants().get(0).name());
    }

    @Test
    void theGuestOfHonourAtAParadeAttendsIt() {
        Draft d = only("Peruvian President Dina Boluarte will be the guest of honour at Chile's Navy Day parade on Wednesday.");
        assertEquals(WED, d.start());
        assertEquals("Dina Boluarte", d.participants().get(0).name());
    }

    @Test
    void theTwoLeadersHoldingTalksAfterTheParadeAreThePairToldAndItsDay() {
        List<Draft> drafts = Fixtures.extract("Peruvian President Dina Boluarte will be the guest of honour at Chile's Navy Day parade "
                + "on Wednesday, Chilean President Gabriel Boric said on Monday, adding that the two leaders would hold talks at "
                + "La Moneda after the parade.");
        Draft talks = Fixtures.first(drafts, d -> d.participants().size() == 2);
        assertEquals(WED, talks.start());
        assertEquals("Santiago", talks.location().city());
    }

    @Test
    void aStatueOfAPresidentIsNoPresidentWhoTakesPart() {
        List<Draft> drafts = Fixtures.extract("Peruvian President Dina Boluarte will fly to Santiago on Wednesday. The Peruvian leader "
                + "will lay a wreath at a statue of 19th-century Chilean President Bernardo O'Higgins before being received by "
                + "Chilean President Gabriel Boric.");
        assertTrue(drafts.stream().flatMap(d -> d.participants().stream()).noneMatch(p -> p.name().contains("Higgins")), drafts::toString);
        assertTrue(drafts.stream().anyMatch(d -> d.participants().size() == 2), drafts::toString);
    }

    @Test
    void theGuestADinnerIsForIsMet() {
        Draft d = only("Chilean President Gabriel Boric will host a working dinner for Peruvian President Dina Boluarte at La Moneda "
                + "on Wednesday.");
        assertEquals(2, d.participants().size());
    }

    @Test
    void whoConfirmsHeWillAttendAttendsTheEventToldJustBefore() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will visit La Paz on Monday. "
                + "Peruvian President Dina Boluarte will host the Andean Summit in Lima on Wednesday. "
                + "Colombian President Gustavo Petro has confirmed he will attend.");
        Draft summit = Fixtures.first(drafts, d -> d.title().contains("Andean"));
        assertTrue(summit.participants().stream().anyMatch(p -> p.name().equals("Gustavo Petro")), drafts::toString);
    }

    @Test
    void aDateGivenUpForAnotherIsNotTheMeetingsDate() {
        Draft d = only("The bilateral meeting between President Gabriel Boric and President Dina Boluarte initially foreseen "
                + "for Tuesday 14 May will take place on the margins of the summit on Wednesday.");
        assertEquals(WED, d.start());
    }

    @Test
    void theSecretaryGeneralIsTheReportsSecretaryGeneralNotItsMostToldName() {
        List<Draft> drafts = Fixtures.extract("Statement by the Spokesperson for Secretary-General António Guterres\n"
                + "Ghanaian President John Mahama will host West African leaders in Accra on Thursday. Mahama has invited the "
                + "bloc's chair. Mahama said the talks would focus on security.\n"
                + "The Secretary-General will travel to Accra on Wednesday.");
        Draft trip = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals("António Guterres", trip.participants().get(0).name());
    }

    @Test
    void talksBeforeTheTwoLeadersCoChairASummitOnADayKeepTheirOwnDay() {
        List<Draft> drafts = Fixtures.extract("On Wednesday, Chilean President Gabriel Boric will hold talks with Peruvian President "
                + "Dina Boluarte at La Moneda, before the two leaders co-chair a Chile-Peru summit on Thursday.");
        Draft talks = Fixtures.first(drafts, d -> d.title().contains("meets"));
        Draft summit = Fixtures.first(drafts, d -> d.title().contains("summit"));
        assertEquals(WED, talks.start());
        assertEquals(WED.plusDays(1), summit.start());
    }

    @Test
    void aSummitAheadOfWhichSomethingHappensIsOnlyNamed() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will visit Lima on Wednesday ahead of the "
                + "alliance's summit in Lima next week.");
        assertEquals(1, drafts.size(), drafts::toString);
    }

    @Test
    void theChairOfAMeetingUnderTheChairmanshipOfTheHonourableXTakesPart() {
        Draft d = only("The Andean Council will meet in Lima on Wednesday under the chairmanship of the Honourable Javier "
                + "Gonzalez-Olaechea, Foreign Minister of Peru.");
        assertEquals("Javier Gonzalez-Olaechea", d.participants().get(0).name());
    }

    @Test
    void aSessionOnACountryWithItsLeaderMeetsTheLeader() {
        Draft d = only("On Wednesday 15 May, ministers will hold a special session on Haiti with the President of the Transitional "
                + "Council of Haiti, His Excellency Leslie Voltaire.");
        assertEquals("Leslie Voltaire", d.participants().get(0).name());
        assertEquals(WED, d.start());
    }

    @Test
    void talksDuringTheTwoDayGatheringAreWithinTheSummitsDays() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will attend the Andean Summit in Lima on Wednesday "
                + "and Thursday. He also plans to hold talks with Colombian President Gustavo Petro during the two-day gathering.");
        Draft talks = Fixtures.first(drafts, d -> d.title().contains("meets"));
        assertEquals(WED, talks.start());
        assertEquals(WED.plusDays(1), talks.end());
        assertEquals(Precision.WINDOW, talks.precision());
    }

    @Test
    void aMeetingTheProgrammeIncludesIsWithinTheTourOfItsVisitor() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will make a working visit to Lima and "
                + "La Paz on 15-16 May. His programme also includes a meeting with Foreign Minister Celinda Sosa.");
        Draft meeting = Fixtures.first(drafts, d -> d.title().contains("Sosa"));
        assertEquals(WED, meeting.start());
        assertEquals(WED.plusDays(1), meeting.end());
        assertEquals(Precision.WINDOW, meeting.precision());
    }

    @Test
    void aDayToldAfterASummitOnlyNamedIsTheReceivingsAndTheTalksAreItsPurpose() {
        List<Draft> drafts = Fixtures.extract("Leaders will gather in Lima on Thursday for the Andean Summit. Ahead of the summit, "
                + "Peruvian President Dina Boluarte will on Wednesday receive Chilean President Gabriel Boric for bilateral talks.");
        List<Draft> onWednesday = drafts.stream().filter(d -> d.start().equals(WED)).toList();
        assertEquals(1, onWednesday.size(), drafts::toString);
        assertEquals(2, onWednesday.get(0).participants().size());
    }

    @Test
    void theFirstAndTheLastDayOfTheVisitAreItsFirstAndLastDays() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will pay a state visit to Peru from May 15 to 17. "
                + "On the last day of the visit, Boric will hold talks with business leaders in Cusco. On the first day of the "
                + "visit, Boric will hold talks with President Dina Boluarte.");
        Draft cusco = Fixtures.first(drafts, d -> d.location() != null && "Cusco".equals(d.location().city()));
        Draft boluarte = Fixtures.first(drafts, d -> d.title().contains("Boluarte"));
        assertEquals(WED.plusDays(2), cusco.start());
        assertEquals(WED, boluarte.start());
        assertEquals(3, drafts.size(), drafts::toString); // "the visit" in the anchor is no second visit
    }

    private static final String TOUR = "Algerian Foreign Minister Ahmed Attaf will pay official visits to Senegal, the Republic "
            + "of Guinea, the Gambia and Mali from May 15 to 21. Attaf will arrive in Dakar on Wednesday for a two-day stay. "
            + "He will also meet Prime Minister Ousmane Sonko during his stay.";

    @Test
    void aTourOfCountriesNamedWithTheirArticlesIsNoneOfItsStops() {
        Draft tour = Fixtures.extract(TOUR).stream().filter(d -> d.end().equals(WED.plusDays(6))).findFirst()
                .orElseThrow(AssertionError::new);
        assertNull(tour.location());
        assertTrue(tour.countries().containsAll(List.of("SN", "GN", "GM", "ML")), tour.countries()::toString);
    }

    @Test
    void anArrivalForATwoDayStayOpensTwoDays() {
        Draft arrival = Fixtures.extract(TOUR).stream().filter(d -> d.location() != null && d.participants().size() == 1)
                .findFirst().orElseThrow(AssertionError::new);
        assertEquals(WED, arrival.start());
        assertEquals(WED.plusDays(1), arrival.end());
    }

    @Test
    void duringHisStayAfterATourAndItsFirstStopIsTheStop() {
        Draft sonko = Fixtures.extract(TOUR).stream().filter(d -> d.title().contains("Sonko")).findFirst()
                .orElseThrow(AssertionError::new);
        assertEquals("Dakar", sonko.location().city());
        assertEquals(WED.plusDays(1), sonko.end());
    }

    @Test
    void theTwoLeadersAreThePairToldSinceTheLastMeeting() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will hold talks with Argentine President Javier "
                + "Milei in Buenos Aires on Wednesday. He will then travel to Montevideo on Thursday at the invitation of "
                + "Uruguayan President Luis Lacalle Pou. The two leaders will hold talks on Friday.");
        Draft friday = Fixtures.first(drafts, d -> d.start().equals(WED.plusDays(2)));
        assertTrue(friday.participants().stream().anyMatch(p -> p.name().equals("Luis Lacalle Pou")), friday::toString);
        assertTrue(friday.participants().stream().noneMatch(p -> p.name().equals("Javier Milei")), friday::toString);
    }

    private static final String ROUND = "Chilean Foreign Minister Alberto van Klaveren will travel from Wednesday through May 21 "
            + "to Peru, Ecuador, Colombia and Panama. He will spend Wednesday and Thursday in Peru, where he will meet President "
            + "Dina Boluarte. The remaining stops follow in order, with meetings planned with Ecuadorian President Daniel "
            + "Noboa, Colombian President Gustavo Petro and Panamanian President José Raúl Mulino.";

    @Test
    void fromAWeekdayThroughADateIsOneSpanAndTheCountriesAfterItAreTheTour() {
        Draft tour = Fixtures.extract(ROUND).stream().filter(d -> d.location() == null).findFirst()
                .orElseThrow(AssertionError::new);
        assertEquals(WED, tour.start());
        assertEquals(LocalDate.of(2024, 5, 21), tour.end());
        assertTrue(tour.countries().containsAll(List.of("PE", "EC", "CO", "PA")), tour.countries()::toString);
    }

    @Test
    void meetingsPlannedWithLeadersOfTheTourCountriesAreOneInEachLegAfterTheDatedOne() {
        List<Draft> drafts = Fixtures.extract(ROUND);
        for (String[] leader : new String[][] {{"Noboa", "EC"}, {"Petro", "CO"}, {"Mulino", "PA"}}) {
            Draft d = Fixtures.first(drafts, x -> x.title().contains(leader[0]));
            assertEquals(2, d.participants().size(), d::toString);
            assertEquals(leader[1], d.location().country());
            assertEquals(Precision.WINDOW, d.precision());
            assertEquals(WED.plusDays(2), d.start()); // after the two days in Peru
            assertEquals(LocalDate.of(2024, 5, 21), d.end());
        }
    }

    @Test
    void aWeekdayBeforeEachDayOfTheMonthGivesTheSpan() {
        Draft d = only("Peruvian President Dina Boluarte will visit Ghana from Tuesday 21 to Friday 24 May.");
        assertEquals(LocalDate.of(2024, 5, 21), d.start());
        assertEquals(LocalDate.of(2024, 5, 24), d.end());
    }

    @Test
    void aBodyThatMeetsOnItsDaysIsAnEngagementNamedAfterIt() {
        Draft d = only("The Andean Council meets on Wednesday and Thursday under the chairmanship of Peruvian Foreign "
                + "Minister Javier Gonzalez-Olaechea.");
        assertEquals("Andean Council", d.title());
        assertEquals(WED, d.start());
        assertEquals(WED.plusDays(1), d.end());
    }

    @Test
    void whoeverMeetingsTakePlaceWithAsHostTakesPartAtHome() {
        Draft d = only("The Andean Council meets on Wednesday under the chairmanship of Peruvian Foreign Minister Javier "
                + "Gonzalez-Olaechea, with Bolivia's Celinda Sosa as host.");
        assertTrue(d.participants().stream().anyMatch(p -> p.name().equals("Celinda Sosa")), d::toString);
        assertEquals("BO", d.location().country());
    }

    @Test
    void headsOfStateWhoGatherOnTheirOwnDayAreAnEngagementOfTheirOwn() {
        List<Draft> drafts = Fixtures.extract("The Andean Council meets on Wednesday and Thursday under the chairmanship of "
                + "Peruvian Foreign Minister Javier Gonzalez-Olaechea to prepare decisions for the heads of state, who gather "
                + "in La Paz on Saturday. Bolivian President Luis Arce will open the meeting.");
        Draft gathering = Fixtures.first(drafts, d -> d.start().equals(WED.plusDays(3)));
        assertEquals("La Paz", gathering.location().city());
        assertEquals("Luis Arce", gathering.participants().get(0).name());
        assertTrue(drafts.stream().filter(d -> d.start().equals(WED)).count() == 1, drafts::toString);
    }

    @Test
    void leadersWhoGatherForASummitAreThatSummitNotASecondEngagement() {
        List<Draft> drafts = Fixtures.extract("Presidents of the bloc will gather in Montevideo on Friday for the Mercosur "
                + "summit. Uruguayan President Luis Lacalle Pou will chair the summit.");
        assertEquals(1, drafts.size(), drafts::toString);
        assertEquals("Mercosur summit", drafts.get(0).title());
    }

    @Test
    void asHostAfterANameIsNoHostingOfItsOwn() {
        List<Draft> drafts = Fixtures.extract("Ministers meet in Quito on Wednesday, with Ecuador's Gabriela Sommerfeld as host.");
        assertTrue(drafts.stream().noneMatch(d -> d.title().contains("hosts")), drafts::toString);
    }

    @Test
    void aCountryPreparingToHostOnItsDaysTheSummitNamedAfterGivesTheSummitThoseDays() {
        Draft d = only("Ghana is completing preparations to host on Wednesday and Thursday the Summit of Heads of State and "
                + "Government of the Economic Community of West African States. Ghanaian President John Mahama will chair "
                + "the sessions.");
        assertEquals(WED, d.start());
        assertEquals(WED.plusDays(1), d.end());
        assertEquals("GH", d.location().country());
        assertEquals("John Mahama", d.participants().get(0).name());
    }

    @Test
    void anArrivalToldInARelativeClauseKeepsItsDayFromTheTalksAfterIt() {
        Draft d = only("Brazilian President Luiz Inácio Lula da Silva, who arrives on Tuesday night, will hold official talks "
                + "with his Chilean counterpart on Wednesday. Chilean President Gabriel Boric said so.");
        assertEquals(WED, d.start());
    }

    @Test
    void aDayInABeforeClauseWithNoEventWordIsNotTheTalks() {
        Draft d = only("Chilean Foreign Minister Alberto van Klaveren travels on to Lima on Wednesday for talks with Peruvian "
                + "President Dina Boluarte, before a day of rest on Thursday.");
        assertEquals(WED, d.start());
        assertEquals(WED, d.end());
        assertEquals("Lima", d.location().city());
    }

    private static final String MERCOSUR = "Uruguay will host the Mercosur summit in Montevideo on Friday. Foreign Minister "
            + "Omar Paganini said the Common Market Council meeting, which he will chair on Thursday, would prepare the summit.";

    @Test
    void theSpeakerWhoWillChairAMeetingTakesPartInIt() {
        Draft council = Fixtures.extract(MERCOSUR).stream().filter(d -> d.title().contains("Council")).findFirst()
                .orElseThrow(AssertionError::new);
        assertEquals("Omar Paganini", council.participants().get(0).name());
        assertEquals(WED.plusDays(1), council.start());
    }

    @Test
    void aNamedGatheringWithNoPlaceOfItsOwnIsInTheOneTownOfTheReport() {
        Draft council = Fixtures.extract(MERCOSUR).stream().filter(d -> d.title().contains("Council")).findFirst()
                .orElseThrow(AssertionError::new);
        assertEquals("Montevideo", council.location().city());
    }

    @Test
    void laterTheSameDayAndJoinedByXForASummitMakeXsSummitOnThatDay() {
        List<Draft> drafts = Fixtures.extract("Peruvian President Dina Boluarte will host the Andean Summit in Lima on "
                + "Wednesday. Later the same day, Andean leaders will be joined by Brazilian President Luiz Inácio Lula da "
                + "Silva for the first Andean-Brazil Summit.");
        Draft second = Fixtures.first(drafts, d -> d.title().contains("Brazil"));
        assertEquals(WED, second.start());
        assertTrue(second.participants().stream().anyMatch(p -> p.name().startsWith("Luiz")), second::toString);
    }

    @Test
    void talksTheSameAfternoonAreASecondMeetingOnTheDayOfTheFirst() {
        List<Draft> drafts = Fixtures.extract("Norwegian Prime Minister Erna Solberg will be received by President Gabriel "
                + "Boric at La Moneda on Wednesday and will hold official talks with Foreign Minister Alberto van Klaveren the "
                + "same afternoon.");
        Draft talks = Fixtures.first(drafts, d -> d.title().contains("Klaveren"));
        assertEquals(WED, talks.start());
        assertEquals(2, drafts.size(), drafts::toString);
    }

    @Test
    void aNamedSummitAfterBilateralTalksIsAnEngagementBesideThem() {
        List<Draft> drafts = Fixtures.extract("Kenyan President William Ruto will arrive in Wellington on Tuesday. On "
                + "Wednesday Mr Ruto will hold bilateral talks with Prime Minister Chris Luxon. The first summit of the Forum "
                + "for Africa-Pacific Cooperation, co-chaired by the two leaders, will open in the afternoon.");
        Draft talks = Fixtures.first(drafts, d -> d.title().contains("meets"));
        Draft summit = Fixtures.first(drafts, d -> d.title().contains("summit"));
        assertEquals(WED, talks.start());
        assertEquals(WED, summit.start());
        assertEquals(2, summit.participants().size(), summit::toString);
    }

    private static final String SCHEDULE = "Government of Peru\nWeekly schedule, issued on Monday 13 May 2024\n\n"
            + "GUSTAVO ADRIANZEN, Prime Minister\n\nWednesday 15 May\n11:00 Meeting with the Prime Minister of Ecuador, Daniel "
            + "Noboa (Government Palace, Lima)\n\nJAVIER GONZALEZ-OLAECHEA, Minister of Foreign Affairs\n\nWednesday 15 May\n"
            + "15:00 Meeting with the Minister of Foreign Affairs of Chile, Alberto van Klaveren (Torre Tagle Palace)";

    @Test
    void theItemsOfAScheduleByPersonAreThoseOfTheNameAboveThem() {
        List<Draft> drafts = Fixtures.extract(SCHEDULE);
        Draft noboa = Fixtures.first(drafts, d -> d.title().contains("Noboa"));
        Draft klaveren = Fixtures.first(drafts, d -> d.title().contains("Klaveren"));
        assertTrue(noboa.participants().stream().anyMatch(p -> p.name().equals("Gustavo Adrianzen")), noboa::toString);
        assertTrue(klaveren.participants().stream().anyMatch(p -> p.name().equals("Javier Gonzalez-Olaechea")),
                klaveren::toString);
        assertEquals(WED, klaveren.start());
    }

    @Test
    void leavingForACountryTomorrowIsATripThere() {
        Draft d = only("Chilean President Gabriel Boric will leave for Norway tomorrow, his office said.");
        assertEquals("NO", d.location().country());
        assertEquals(LocalDate.of(2024, 5, 14), d.start());
    }

    @Test
    void aVisitTheDayAfterTomorrowBeginsTwoDaysAfterTheReport() {
        Draft d = only("Prime Minister Jonas Gahr Store will lead a delegation of the Norwegian government to Accra the day "
                + "after tomorrow for a two-day visit to Ghana.");
        assertEquals(WED, d.start());
        assertEquals(WED.plusDays(1), d.end());
        assertEquals("GH", d.location().country());
    }

    @Test
    void aPairNamedAfterTheSpokesmansSaidHoldsTheTalksNotTheSpeech() {
        Draft talks = Fixtures.first(Fixtures.extract("Danish Prime Minister Mette Frederiksen will arrive in Oslo on Sunday for "
                + "a visit. Norwegian Prime Minister Jonas Gahr Store is the host. Spokesman Lars Berg said Frederiksen and Store "
                + "will hold talks on Monday."), d -> d.kind().equals("meeting"));
        assertEquals(2, talks.participants().size(), talks::toString);
    }

    @Test
    void aWeekdayFollowedByAnotherCalendarsDayIsNotTheReportsOwnDay() {
        Draft talks = only("The spokesman said Uzbek Foreign Minister Bakhtiyor Saidov would hold talks with Afghan Foreign "
                + "Minister Amir Khan Muttaqi in Kabul on Monday, Saur 31.");
        assertEquals(LocalDate.of(2024, 5, 20), talks.start());
    }

    @Test
    void aWeekdayFollowedByTheNumberOfADayOfAVisitIsStillTheReportsOwnDay() {
        Draft talks = only("The spokesman said Australian Prime Minister Anthony Albanese would hold talks with Indonesian "
                + "President Prabowo Subianto in Jakarta on Monday, Day 2 of his three-day visit.");
        assertEquals(LocalDate.of(2024, 5, 13), talks.start());
    }

    @Test
    void aDatelineInTheAgencysCalendarDatesNoEngagement() {
        Draft visit = only("KABUL, Saur 24, 1403 (May 13, 2024) (Bakhtar) -- Uzbek Foreign Minister Bakhtiyor Saidov will "
                + "arrive in Kabul on Sunday for a three-day official visit.");
        assertEquals(LocalDate.of(2024, 5, 19), visit.start());
        assertEquals(LocalDate.of(2024, 5, 21), visit.end());
    }

    @Test
    void aHostingOfTheLeadersAtAVenueIsTheSummitToldOfNoOne() {
        List<Draft> drafts = Fixtures.extract("The prime ministers of the Nordic countries will meet in Bergen on Wednesday. "
                + "Prime Minister Jonas Gahr Store will host Danish Prime Minister Mette Frederiksen, Swedish Prime Minister "
                + "Ulf Kristersson and Finnish Prime Minister Petteri Orpo at the Haakonshallen Castle.");
        Draft summit = Fixtures.first(drafts, d -> d.participants().size() == 4);
        assertEquals(WED, summit.start(), drafts::toString);
    }

    @Test
    void aHostingAtAVenueByALeaderOfAnotherCountryIsNotTheConferenceToldOfNoOne() {
        List<Draft> drafts = Fixtures.extract("A donors' conference for Sudan will be held in London on Wednesday. Kenyan "
                + "President William Ruto will host Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu "
                + "Hassan at the State House.");
        assertTrue(drafts.stream().noneMatch(d -> d.location() != null && "London".equals(d.location().city())
                && d.participants().stream().anyMatch(p -> p.name().equals("William Ruto"))), drafts::toString);
    }

    @Test
    void theTitleOfTheOneWhoGoesIsNotTheOneHeMeetsUnderTheSameTitle() {
        List<Draft> drafts = Fixtures.extract("President Gabriel Boric will leave for Ghana tomorrow on a three-day state visit "
                + "at the invitation of President John Mahama, his office said. Foreign Minister Alberto van Klaveren will "
                + "accompany him and meet Ghanaian Foreign Minister Samuel Ablakwa. Van Klaveren will brief the press later. "
                + "The President will hold official talks with President Mahama in Accra on Wednesday.");
        Draft talks = Fixtures.first(drafts, d -> d.start().equals(WED) && d.title().contains("Mahama"));
        assertTrue(talks.participants().stream().anyMatch(p -> p.name().equals("Gabriel Boric")), talks::toString);
    }

    @Test
    void eachOfTheBilateralMeetingsWithSeveralLeadersIsOnTheDayTold() {
        List<Draft> drafts = Fixtures.extract("Leaders arriving in Lima include Brazil's Luiz Inacio Lula da Silva, "
                + "Argentina's Javier Milei and Colombia's Gustavo Petro. Chilean President Gabriel Boric will hold bilateral "
                + "meetings with Lula, Milei and Petro during the day on Wednesday.");
        assertEquals(3, drafts.stream().filter(d -> d.start().equals(WED)).count(), drafts::toString);
    }

    @Test
    void aVisitOfSomeDaysEndingOnADayEndsThere() {
        Draft d = only("Chilean President Gabriel Boric will pay a four-day visit to Ghana ending on Friday, May 24.");
        assertEquals(LocalDate.of(2024, 5, 21), d.start());
        assertEquals(LocalDate.of(2024, 5, 24), d.end());
    }

    @Test
    void theDayAVisitWasConfirmedIsNotTheVisits() {
        Draft d = only("Chilean President Gabriel Boric will travel to Ghana next week, the presidency confirmed on Friday.");
        assertEquals(LocalDate.of(2024, 5, 20), d.start());
    }

    @Test
    void theProgrammeIsTheVisitorsThoughTheHostIsNamedMoreOften() {
        List<Draft> drafts = Fixtures.extract("At the invitation of President Gabriel Boric, President Gustavo Petro will pay "
                + "a state visit to Chile on 15 May 2024.\n\nWednesday, 15 May 2024\n09:00 Welcome ceremony hosted by "
                + "President Gabriel Boric, La Moneda Palace\n10:00 Talks with President Gabriel Boric\n13:00 State luncheon "
                + "hosted by President Gabriel Boric");
        Draft talks = Fixtures.first(drafts, d -> d.title().contains("meets"));
        assertTrue(talks.participants().stream().anyMatch(p -> p.name().equals("Gustavo Petro")), talks::toString);
    }

    private static final String ANDEAN = "LIMA, May 13 (Reuters) - Andean foreign ministers meet on Wednesday to prepare the "
            + "texts for the leaders, who will hold their summit on Friday and Saturday. Peruvian President Dina Boluarte, "
            + "first elected at the 2021 summit in Quito, will chair it.";

    @Test
    void leadersWhoWillHoldTheirSummitOnTheirDaysAreASummitInTheDatelinesCountry() {
        Draft d = only(ANDEAN);
        assertEquals(WED.plusDays(2), d.start());
        assertEquals(WED.plusDays(3), d.end());
        assertEquals("PE", d.location().country());
    }

    @Test
    void theSummitOfAPastYearIsBackgroundNotAPlace() {
        Draft d = only(ANDEAN);
        assertTrue(!"Quito".equals(d.location().city()), d::toString);
    }

    @Test
    void initialsAfterTheBodyAMeetingIsOfNameItLater() {
        List<Draft> drafts = Fixtures.extract("Peru is honoured to host the 12th Session of the Council of Foreign Ministers "
                + "(CFM) of the Andean Community in Lima on 15-16 May. Foreign Minister Javier Gonzalez-Olaechea will chair "
                + "the session. Gonzalez-Olaechea will hold a bilateral meeting with Chilean Foreign Minister Alberto van "
                + "Klaveren on the sidelines of the CFM.");
        Draft bilateral = Fixtures.first(drafts, d -> d.title().contains("Klaveren"));
        assertEquals(WED, bilateral.start());
        assertEquals(WED.plusDays(1), bilateral.end());
        assertEquals("Lima", bilateral.location().city());
    }

    @Test
    void aTownBeforeATitleIsTheTitlesNotAGapBeforeTheCounterpart() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will visit Japan this week. On "
                + "Thursday he will attend Chile's national day at the world fair in Osaka, where he will also meet Osaka "
                + "governor Hirofumi Yoshimura.");
        Draft meeting = Fixtures.first(drafts, d -> d.title().contains("Yoshimura"));
        assertEquals(WED.plusDays(1), meeting.start());
        assertEquals("Osaka", meeting.location().city());
    }

    @Test
    void spendingADayInATownWithItsLeaderAfterBeforeIsAVisitOfItsOwn() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren travels on to Lima on Wednesday "
                + "for talks with Peruvian President Dina Boluarte, before spending Thursday in La Paz with Bolivia's "
                + "President Luis Arce.");
        Draft arce = Fixtures.first(drafts, d -> d.title().contains("Arce"));
        assertEquals(WED.plusDays(1), arce.start());
        assertEquals("La Paz", arce.location().city());
    }

    @Test
    void beforeThatOpensNoNextStepOfTheStory() {
        List<Draft> drafts = Fixtures.extract("Norwegian Prime Minister Jonas Gahr Store will visit Chile on Friday. Before "
                + "that, Store and Chilean President Gabriel Boric will hold a video call on Wednesday.");
        assertTrue(drafts.stream().anyMatch(d -> d.start().equals(WED)), drafts::toString);
    }

    @Test
    void theMeetingOfAGroupInATownWithItsMembersIsTheirs() {
        Draft d = only("The meeting of the Andean prime ministers in Lima with Peruvian Prime Minister Gustavo Adrianzén, "
                + "Bolivian Vice President David Choquehuanca and Ecuador's Daniel Noboa, planned for Wednesday, 15 May, has "
                + "been postponed to the autumn.");
        assertEquals(3, d.participants().size(), d::toString);
        assertEquals(DraftStatus.POSTPONED, d.status());
        assertEquals("Lima", d.location().city());
    }

    @Test
    void aMeetingThatWillPrecedeASummitOnItsDayIsAnEngagementOfItsOwn() {
        List<Draft> drafts = Fixtures.extract("Peru will host the Andean Summit in Lima on Thursday. Foreign Minister Javier "
                + "Gonzalez-Olaechea said the summit will be preceded on Wednesday by a joint meeting of ministers of the two "
                + "blocs, which he will open.");
        Draft ministers = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals("Javier Gonzalez-Olaechea", ministers.participants().get(0).name());
    }

    @Test
    void theSummitOfABodyWhoseNameHoldsAnEventWordIsOneNamedSummit() {
        Draft d = only("Indian Prime Minister Narendra Modi will co-chair the third summit of the Forum for India-Pacific "
                + "Islands Cooperation (FIPIC) with Papua New Guinea Prime Minister James Marape at APEC Haus on Wednesday.");
        assertEquals("Forum for India-Pacific Islands Cooperation summit", d.title());
        assertEquals(WED, d.start());
    }

    @Test
    void aSummitOfABodyWhoseNameHoldsOfTheTakesTheDaysToldAfterTheName() {
        Draft d = only("Kenyan President William Ruto will travel to Baku, Azerbaijan, where he will take part in the Leaders' "
                + "Summit of the twenty-ninth Conference of the Parties on Wednesday and Thursday.");
        assertEquals(WED, d.start());
        assertEquals(WED.plusDays(1), d.end());
        assertEquals("AZ", d.location().country());
    }

    @Test
    void aGroupMandatedByASummitMeetsWithoutThatSummitBeingAnEngagement() {
        Draft d = only("The contact group mandated by the joint Andean summit, headed by Peruvian Foreign Minister Javier "
                + "Gonzalez-Olaechea, will also meet on Wednesday.");
        assertEquals("Javier Gonzalez-Olaechea", d.participants().get(0).name());
        assertTrue(!d.title().contains("summit"), d::toString);
    }

    @Test
    void aPlaceInWhatSomeoneSaidOfTheSummitIsNotTheSummits() {
        Draft d = only("Bolivian President Luis Arce will chair the Andean Summit on Wednesday, which the bloc's "
                + "secretary-general said on Sunday would send a clear message on the fighting in Gaza.");
        assertTrue(d.location() == null || !"Gaza".equals(d.location().city()), d::toString);
    }

    private static final String COUNCIL = "The heads of state and government of the Andean Community meet on Wednesday and "
            + "Thursday in Lima, hosted by Peruvian President Dina Boluarte. On Thursday, the newly created Andean-Mercosur "
            + "Council is to meet for the first time at leaders' level, with Brazilian President Luiz Inácio Lula da Silva "
            + "expected to attend in person.";

    @Test
    void aNewBodyMeetingOnOneDayOfALongerMeetingIsAnEngagementOfItsOwn() {
        List<Draft> drafts = Fixtures.extract(COUNCIL);
        Draft council = Fixtures.first(drafts, d -> d.title().equals("Andean-Mercosur Council"));
        assertEquals(WED.plusDays(1), council.start());
        assertEquals(WED.plusDays(1), council.end());
        assertEquals(2, drafts.size(), drafts::toString);
    }

    @Test
    void whoIsExpectedToAttendAGatheringTakesPartInIt() {
        Draft council = Fixtures.extract(COUNCIL).stream().filter(d -> d.title().equals("Andean-Mercosur Council"))
                .findFirst().orElseThrow(AssertionError::new);
        assertTrue(council.participants().stream().anyMatch(p -> p.name().startsWith("Luiz")), council::toString);
    }

    @Test
    void aSummitDueInATownIsNoOnesJourneyThere() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will visit Peru on Wednesday. The Andean "
                + "Community's next summit is due in Quito in June, when Ecuadorian President Daniel Noboa is set to take "
                + "over the chairmanship.");
        assertTrue(drafts.stream().noneMatch(d -> d.title().contains("travels")), drafts::toString);
    }

    @Test
    void aContractedWillIsThePersonBeforeIt() {
        Draft d = Fixtures.extract("Polish Foreign Minister Radoslaw Sikorski flies to Accra this week. On Wednesday, he'll meet "
                + "Ghanaian Foreign Minister Shirley Ayorkor Botchwey.").stream().filter(x -> x.kind().equals("meeting")).findFirst().orElseThrow();
        assertEquals(WED, d.start());
        assertTrue(d.participants().stream().anyMatch(p -> p.name().equals("Radoslaw Sikorski")), () -> d.participants().toString());
    }

    @Test
    void anEventInAWhereClauseIsInThePlaceBeforeIt() {
        Draft d = only("Chilean Foreign Minister Alberto van Klaveren leaves on Wednesday for Brussels, where he will attend the "
                + "Lima Dialogue on trade.");
        assertEquals("Brussels", d.location().city());
    }

    @Test
    void aStateVisitSomeoneIsReceivedForIsTheVisitorsWithTheHost() {
        Draft d = only("King Harald will receive the President of Chile, Gabriel Boric, for a state visit to Norway on Wednesday.");
        assertEquals("Gabriel Boric", d.participants().get(0).name());
        assertTrue(d.participants().stream().anyMatch(p -> p.name().equals("Harald")), d::toString);
        assertEquals("NO", d.location().country());
        assertEquals(WED, d.start());
    }

    @Test
    void aMeetingAfterTheSidelinesOfAForumIsTheSpeakersOwn() {
        List<Draft> drafts = Fixtures.extract("Ghanaian President John Mahama will address the Africa CEO Forum in Accra on "
                + "Wednesday. On the sidelines of the forum he will also meet Chilean President Gabriel Boric, his office said.");
        Draft d = drafts.stream().filter(x -> x.participants().stream().anyMatch(p -> p.name().equals("Gabriel Boric")))
                .findFirst().orElseThrow(() -> new AssertionError(drafts.toString()));
        assertTrue(d.participants().stream().anyMatch(p -> p.name().equals("John Mahama")), d::toString);
        assertEquals(WED, d.start());
    }

    @Test
    void thoseAGatheringBringsTogetherAttendIt() {
        Draft d = only("The Andean Summit on Wednesday will bring together the region's leaders and their guests, among them "
                + "Chilean President Gabriel Boric and Norwegian Prime Minister Jonas Gahr Store.");
        assertEquals(WED, d.start());
        assertEquals(2, d.participants().size(), d::toString);
    }

    @Test
    void aMeetingBetweenAGroupNamedAfterItsCommaIsTheirs() {
        Draft d = only("A meeting between the two countries' trade ministers, Maja Kowalska and Kofi Mensah, planned for "
                + "Wednesday, has been called off.");
        assertEquals(2, d.participants().size(), d::toString);
        assertEquals(DraftStatus.CANCELLED, d.status());
    }

    @Test
    void onTheSidelinesOfTheCouncilIsDuringTheNamedCouncil() {
        List<Draft> drafts = Fixtures.extract("Presidents Gabriel Boric and Dina Boluarte will co-chair the Chile-Peru Binational "
                + "Council session in Lima on Wednesday. Foreign Ministers Alberto van Klaveren and Javier Gonzalez-Olaechea will "
                + "meet on the sidelines of the council.");
        Draft d = drafts.stream().filter(x -> x.participants().stream().anyMatch(p -> p.name().equals("Alberto van Klaveren")))
                .findFirst().orElseThrow(() -> new AssertionError(drafts.toString()));
        assertEquals(WED, d.start());
        assertEquals("Lima", d.location().city());
    }

    @Test
    void theHostSomeoneSitsDownWithIsTheCounterpart() {
        Draft d = only("On Wednesday Chilean Foreign Minister Alberto van Klaveren will sit down with his host, Norway's Foreign "
                + "Minister Espen Barth Eide, for a bilateral meeting.");
        assertEquals(2, d.participants().size(), d::toString);
        assertEquals(WED, d.start());
    }

    @Test
    void aCourtesyCallOnSomeoneIsAMeetingWithThem() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will visit Norway next week. On Thursday, he will pay "
                + "a courtesy call on King Harald at the Royal Palace before meeting Prime Minister Jonas Gahr Store for bilateral "
                + "talks at the government offices.");
        assertTrue(drafts.stream().anyMatch(d -> Fixtures.names(d)
                .containsAll(List.of("Gabriel Boric", "Harald"))), drafts::toString);
        assertTrue(drafts.stream().anyMatch(d -> Fixtures.names(d)
                .equals(List.of("Gabriel Boric", "Jonas Gahr Store"))), drafts::toString);
    }

    @Test
    void theCoupleAreThePairToldBefore() {
        List<Draft> drafts = Fixtures.extract("King Harald and Queen Sonja will begin a state visit to Chile on Tuesday. On Wednesday, "
                + "the couple will pay a courtesy call on President Gabriel Boric at La Moneda.");
        Draft d = drafts.stream().filter(x -> x.participants().stream().anyMatch(p -> p.name().equals("Gabriel Boric")))
                .findFirst().orElseThrow(() -> new AssertionError(drafts.toString()));
        assertEquals(3, d.participants().size(), d::toString);
        assertEquals(WED, d.start());
    }

    @Test
    void eachOfTheThreeIsAMeetingWithEach() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric, Peruvian President Dina Boluarte and Colombian "
                + "President Gustavo Petro will attend the Andean Summit in Lima on Wednesday. On Tuesday, Bolivian President Luis Arce will receive each of the three in La Paz.");
        List<Draft> meetings = drafts.stream().filter(d -> d.start().equals(WED.minusDays(1))).toList();
        assertEquals(3, meetings.size(), drafts::toString);
        assertTrue(meetings.stream().allMatch(d -> d.participants().size() == 2), meetings::toString);
    }

    @Test
    void aPlanThatHadBeenMadeForTheReportsOwnWeekdayIsForToday() {
        Draft d = only("A meeting between Chilean President Gabriel Boric and Peruvian President Dina Boluarte, which had been "
                + "pencilled in for Monday in Lima, has been called off.");
        assertEquals(WED.minusDays(2), d.start());
        assertEquals(DraftStatus.CANCELLED, d.status());
    }

    @Test
    void duringTheDayIsTheDayOfTheEngagementToldBefore() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will open the Andean Summit in Lima on Wednesday. "
                + "Boric will hold bilateral meetings with Peruvian President Dina Boluarte during the day.");
        Draft d = drafts.stream().filter(x -> x.participants().stream().anyMatch(p -> p.name().equals("Dina Boluarte")))
                .findFirst().orElseThrow(() -> new AssertionError(drafts.toString()));
        assertEquals(WED, d.start());
    }

    @Test
    void theFederalPresidentIsThePresidentToldBefore() {
        List<Draft> drafts = Fixtures.extract("The President of Austria, Alexander Van der Bellen, will travel to Oslo on Tuesday. "
                + "On Wednesday the Federal President will hold talks with Norwegian Prime Minister Jonas Gahr Store.");
        Draft d = drafts.stream().filter(x -> x.participants().stream().anyMatch(p -> p.name().equals("Jonas Gahr Store")))
                .findFirst().orElseThrow(() -> new AssertionError(drafts.toString()));
        assertTrue(d.participants().stream().anyMatch(p -> p.name().equals("Alexander Van der Bellen")), d::toString);
    }

    @Test
    void duringTheVisitIsTheReportsOneVisitEvenForOthersThanTheVisitor() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will pay a working visit to Oslo on Wednesday. "
                + "Foreign Ministers Alberto van Klaveren and Espen Barth Eide will meet separately during the visit.");
        Draft d = drafts.stream().filter(x -> x.participants().stream().anyMatch(p -> p.name().equals("Espen Barth Eide")))
                .findFirst().orElseThrow(() -> new AssertionError(drafts.toString()));
        assertEquals(WED, d.start());
        assertEquals("Oslo", d.location().city());
    }

    @Test
    void whoIsAccompaniedInARelativeClauseDoesNotMeet() {
        Draft d = only("Foreign Minister Elina Valtonen, who accompanies the President, will hold talks with Polish "
                + "Foreign Minister Radoslaw Sikorski on Wednesday.");
        assertEquals(List.of("Elina Valtonen", "Radoslaw Sikorski"), Fixtures.names(d));
    }

    @Test
    void noMeetingConfirmedIsNoSecondMeeting() {
        Draft d = only("Trade Minister Nicola Willis, who is travelling with the Prime Minister, is expected to sit down with "
                + "Chilean Finance Minister Mario Marcel in Santiago on Wednesday, although no formal meeting has been confirmed.");
        assertEquals(List.of("Nicola Willis", "Mario Marcel"), Fixtures.names(d));
    }

    @Test
    void aPortfolioOfTwoBeforeTheNameIsPartOfTheTitle() {
        Draft d = only("Foreign Minister Espen Barth Eide will sit down with Ghanaian Trade and Industry Minister Elizabeth "
                + "Ofosu-Adjare in Accra on Wednesday.");
        assertEquals(List.of("Espen Barth Eide", "Elizabeth Ofosu-Adjare"), Fixtures.names(d));
    }

    @Test
    void onlineBeforeAThingIsNoVirtualMeeting() {
        Draft d = only("Malaysian Prime Minister Anwar Ibrahim will visit Thailand on Wednesday, with the crackdown on "
                + "online scam gangs high on the agenda.");
        assertEquals("TH", d.location().country(), d::toString);
    }

    @Test
    void meetingOnlineIsVirtual() {
        Draft d = only("Malaysian Prime Minister Anwar Ibrahim and Thai Prime Minister Srettha Thavisin will meet online "
                + "on Wednesday.");
        assertNull(d.location(), d::toString);
    }

    @Test
    void andWithAnotherInAnotherTownOnAnotherDayIsAMeetingOfItsOwn() {
        List<Draft> drafts = Fixtures.extract("Prime Minister Jonas Gahr Store will hold talks with "
                + "Swedish Prime Minister Ulf Kristersson in Stockholm on Wednesday and with Finnish Prime Minister Petteri "
                + "Orpo in Helsinki on Thursday.");
        assertEquals(2, drafts.size(), drafts::toString);
    }

    @Test
    void aTownAfterCommaBeforeIsTheNextStepsNotTheMeetings() {
        List<Draft> drafts = Fixtures.extract("On Wednesday, Chilean President Gabriel Boric will be received by Speaker "
                + "Arthur Lira, before the two presidents travel to Manaus.");
        Draft d = Fixtures.first(drafts, x -> x.participants().size() == 2);
        assertTrue(d.location() == null || !"Manaus".equals(d.location().city()), d::toString);
    }

    @Test
    void aDateAfterARelativeClauseIsTheMainClauses() {
        List<Draft> drafts = Fixtures.extract("Foreign Minister Elina Valtonen will meet Foreign Minister Margus Tsahkna, "
                + "who arrives a day ahead of the president, on Wednesday to prepare the visit.");
        Draft d = Fixtures.first(drafts, x -> x.participants().size() == 2);
        assertEquals(WED, d.start(), d::toString);
    }

    @Test
    void theStateVisitOfSomeoneIsTheirs() {
        Draft d = only("The state visit of Ghanaian President John Mahama to Chile will take place on Wednesday.");
        assertEquals("John Mahama", d.participants().get(0).name(), d::toString);
    }

    @Test
    void aVisitRescheduledToNewDatesIsPlannedForThem() {
        Draft d = only("The state visit of Ghanaian President John Mahama to Chile, which was to have begun today, has been "
                + "rescheduled to May 20-21 owing to bad weather.");
        assertEquals(LocalDate.of(2024, 5, 20), d.start(), d::toString);
        assertEquals(LocalDate.of(2024, 5, 21), d.end());
        assertEquals(DraftStatus.SCHEDULED, d.status());
    }

    @Test
    void withAMinisterPresidingTheMinisterTakesPart() {
        Draft d = only("Nairobi hosts the UN environment assembly, UNEA-7, from May 20 to 24, with Kenyan Environment "
                + "Minister Soipan Tuya presiding.");
        assertEquals("Soipan Tuya", d.participants().get(0).name(), d::toString);
    }

    @Test
    void hostedByATitleOfTwoPartsIsTheHosts() {
        Draft d = only("The Nordic Council session follows on May 20 and 21, hosted by Norway's Prime Minister and Foreign "
                + "Minister Jonas Gahr Store.");
        assertEquals("Jonas Gahr Store", d.participants().get(0).name(), d::toString);
    }

    @Test
    void anAppositiveBetweenCommasLeavesTheDateToTheEventItRenames() {
        Draft d = only("Chile's Santiago Dialogue, the regional security forum, runs from May 20 to 22 and will be opened "
                + "by President Gabriel Boric.");
        assertEquals(LocalDate.of(2024, 5, 20), d.start(), d::toString);
        assertEquals(LocalDate.of(2024, 5, 22), d.end());
    }

    @Test
    void aVisitInAWhoClauseIsTheVisitorsOwn() {
        List<Draft> drafts = Fixtures.extract("President Gabriel Boric will receive the Speaker of the Sejm of Poland, "
                + "Szymon Holownia, who is on an official visit to Chile on Wednesday and Thursday.");
        Draft visit = Fixtures.first(drafts, d -> d.kind().equals("visit"));
        assertEquals("Szymon Holownia", visit.participants().get(0).name(), visit::toString);
    }

    @Test
    void ministersWhoAreMeetingTodayMeetToday() {
        Draft d = only("In the Chilean capital, the foreign ministers of the Pacific Alliance, among them Peru's Javier "
                + "Gonzalez-Olaechea, are meeting today to agree the final texts.");
        assertEquals(Fixtures.MONDAY, d.start(), d::toString);
    }

    @Test
    void talksJoinedByAndAfterAheadOfAreTheirOwn() {
        Draft d = only("Foreign Minister Anna Berg will travel ahead of the royal delegation and hold talks with her "
                + "Chilean counterpart Luis Rojas in Valparaiso on Wednesday.");
        assertEquals("meeting", d.kind(), d::toString);
        assertEquals(2, d.participants().size(), d::toString);
    }

    @Test
    void backInACountryForASummitIsTheSummitsDateAndPlace() {
        List<Draft> drafts = ReportExtractor.standard().extract("President Gabriel Boric will fly to Lima on Wednesday. "
                + "He is also expected back in Peru on June 4 for the summit of the Pacific Alliance.", Fixtures.MONDAY);
        Draft summit = Fixtures.first(drafts, d -> d.kind().equals("summit"));
        assertEquals(LocalDate.of(2024, 6, 4), summit.start(), summit::toString);
        assertEquals("PE", summit.location().country(), summit::toString);
    }

    @Test
    void aNameWithACourtesyOpeningTheNextClauseIsNoCounterpartOfTheVisit() {
        List<Draft> drafts = ReportExtractor.standard().extract("Senegalese President Amina Diallo will pay an official visit "
                + "to Ghana on May 15 and 16, her first trip to the country since taking office, the ministry announced.\n\n"
                + "During the visit, Mrs. Diallo will hold talks with President John Mahama on Thursday on trade and energy, "
                + "the ministry said in a statement.", Fixtures.MONDAY);
        Draft visit = Fixtures.first(drafts, d -> d.kind().equals("visit"));
        assertEquals("Amina Diallo visits Ghana", visit.title(), visit::toString);
    }

    @Test
    void aPronounSoonAfterXSaidIsX() {
        List<Draft> drafts = ReportExtractor.standard().extract("Foreign Minister Radoslaw Sikorski said on Sunday that "
                + "Ukrainian Foreign Minister Andrii Sybiha would fly to Warsaw on Tuesday for talks. \"He will also call on the "
                + "president during his stay,\" Sikorski said. Sikorski said that after Warsaw he would travel to Vilnius on "
                + "Thursday for a two-day visit.", Fixtures.MONDAY);
        Draft visit = Fixtures.first(drafts, d -> d.kind().equals("visit") && "Vilnius".equals(d.location().city()));
        assertEquals("Radoslaw Sikorski", visit.participants().get(0).name(), visit::toString);
    }

    @Test
    void bilateralMeetingsBeginningWithXMeetX() {
        Draft d = only("President Gustavo Petro will hold bilateral meetings with several visiting leaders on Wednesday "
                + "evening, beginning with President Daniel Noboa, the presidency said.");
        assertTrue(d.participants().stream().anyMatch(p -> p.name().equals("Daniel Noboa")), d::toString);
    }

    @Test
    void aReleasesTownBelowItsHeadingsPlacesAnUnplacedItem() {
        List<Draft> drafts = ReportExtractor.standard().extract("""
                REPUBLIC OF GHANA
                MINISTRY OF TRADE AND INDUSTRY

                MEDIA ADVISORY
                Accra, 13 May 2024

                The Minister of Trade, Hon. Kofi Mensah, will hold talks with Togolese Trade Minister Rose Kayi Mivedor on Wednesday.
                """, Fixtures.MONDAY);
        Draft talks = Fixtures.first(drafts, d -> d.kind().equals("meeting"));
        assertEquals("Accra", talks.location().city(), talks::toString);
    }

    @Test
    void talksBetweenTheTwoPresidentsAreTheReportsTwoPresidents() {
        List<Draft> drafts = ReportExtractor.standard().extract("President Gabriel Boric will receive President Luis Arce of "
                + "Bolivia in Santiago from Monday to Wednesday. On Tuesday, Foreign Ministers Alberto van Klaveren and Celinda "
                + "Sosa will chair the joint commission. The formal talks between the two presidents take place on Wednesday "
                + "at La Moneda.", Fixtures.MONDAY);
        Draft talks = Fixtures.first(drafts, d -> d.start().equals(WED) && d.end().equals(WED));
        assertEquals(List.of("Gabriel Boric", "Luis Arce"), talks.participants().stream().map(DraftPerson::name).sorted().toList(),
                talks::toString);
    }

    @Test
    void aCouncilWhichTheTwoPresidentsWillCoChairSeatsThem() {
        List<Draft> drafts = ReportExtractor.standard().extract("Argentine President Javier Milei will pay a state visit to "
                + "Chile on Tuesday and Wednesday, where President Gabriel Boric will receive him. The centrepiece of the visit "
                + "will be a meeting of the Binational Council of Chile and Argentina, which the two presidents will co-chair "
                + "at La Moneda on Wednesday at 10:00 a.m.", Fixtures.MONDAY);
        Draft council = Fixtures.first(drafts, d -> d.title().contains("Binational Council"));
        assertEquals(List.of("Gabriel Boric", "Javier Milei"), council.participants().stream().map(DraftPerson::name).sorted()
                .toList(), council::toString);
    }

    @Test
    void someoneToldOfThePastIsNotWhomTheReportGoesOnToFollow() {
        List<Draft> drafts = ReportExtractor.standard().extract("President Gabriel Boric will pay a state visit to Peru from "
                + "15 to 17 May. On 17 May he will attend the parade as chief guest. You will remember that President Salvador "
                + "Allende was the chief guest at the parade in 1971, so this is a moment of history.\n\nFrom Lima the "
                + "President will travel directly to Quito for talks with President Daniel Noboa on Monday, 20 May.",
                Fixtures.MONDAY);
        Draft talks = Fixtures.first(drafts, d -> d.start().equals(LocalDate.of(2024, 5, 20)));
        assertTrue(talks.participants().stream().anyMatch(p -> p.name().equals("Gabriel Boric")), talks::toString);
    }

    @Test
    void whileHeIsAtTheEventToldJustBeforeIsThatEventsDay() {
        List<Draft> drafts = ReportExtractor.standard().extract("President Gustavo Petro will pay a two-day state visit to "
                + "Panama from Wednesday. On Thursday morning, Petro is scheduled to address the National Assembly. While he is at "
                + "the parliament, Foreign Minister Luis Gilberto Murillo will meet Panama's Foreign Minister Javier "
                + "Martinez-Acha to sign agreements on migration.", Fixtures.MONDAY);
        Draft meeting = Fixtures.first(drafts, d -> d.participants().stream().anyMatch(p -> p.name().equals("Luis Gilberto Murillo")));
        assertEquals(LocalDate.of(2024, 5, 16), meeting.start(), meeting::toString);
    }

    @Test
    void theEveOfTheSummitIsTheSummitsEveNotThatOfTalksInItsTown() {
        List<Draft> drafts = ReportExtractor.standard().extract("""
                NAIROBI, May 13, 2024 (KNA) - Kenya will host the mid-year coordination summit of the African Union (AU) on \
                Friday, with leaders of more than 40 African countries expected in the capital, the government said on Monday.

                President William Ruto will co-host the summit with AU Commission Chairperson Moussa Faki Mahamat. The summit \
                opens at 10:30 local time with a plenary session.

                Ghanaian President Nana Akufo-Addo will arrive in Nairobi on Thursday, the day before the summit, for a \
                bilateral visit and talks with Ruto, the two governments said.

                Faki will meet Ruto on the eve of the summit to review Kenya's peace talks, which Nairobi hopes to conclude by 2027.
                """, Fixtures.MONDAY);
        Draft eve = Fixtures.first(drafts, d -> d.kind().equals("meeting") && d.participants().stream()
                .anyMatch(p -> p.name().equals("Moussa Faki Mahamat")));
        assertEquals(LocalDate.of(2024, 5, 16), eve.start(), eve::toString);
    }

    @Test
    void aBodysNamedMeetingOnOneDayOfAnotherNamedGatheringIsItsOwn() {
        List<Draft> drafts = ReportExtractor.standard().extract("BRIDGETOWN – Barbados will host the 47th CARICOM Heads of "
                + "Government Meeting from Monday to Friday next week. The CARICOM Foreign Ministers Meeting, chaired by "
                + "Foreign Minister Kerrie Symmonds, takes place on Tuesday.", LocalDate.of(2024, 5, 9));
        assertTrue(drafts.stream().anyMatch(d -> d.title().contains("Foreign Ministers") && d.start().equals(LocalDate.of(2024, 5, 14))
                && d.end().equals(d.start())), drafts::toString);
    }

    @Test
    void aVisitWhereTheHostWillReceiveHimMeetsTheHost() {
        Draft visit = only("Argentine President Javier Milei will pay a state visit to Chile on Tuesday and Wednesday, where "
                + "President Gabriel Boric will receive him.");
        assertEquals(List.of("Gabriel Boric", "Javier Milei"), visit.participants().stream().map(DraftPerson::name).sorted().toList(),
                visit::toString);
    }

    @Test
    void theCeremonyAfterWhichSomeoneSpokeToReportersIsNoEngagement() {
        List<Draft> drafts = ReportExtractor.standard().extract("Foreign Minister Samuel Okudzeto Ablakwa said on Sunday "
                + "that he would travel to Lome on Wednesday for talks with Togolese Foreign Minister Robert Dussey. Speaking to "
                + "reporters after a ceremony at the Foreign Office in Accra, Ablakwa said Dussey would fly on to Accra the "
                + "following day for the joint commission.", Fixtures.MONDAY);
        assertTrue(drafts.stream().noneMatch(d -> d.kind().equals("ceremony")), drafts::toString);
    }

    @Test
    void beingInAPlaceOnDaysToComeIsAStayThere() {
        Draft d = only("Finnish Prime Minister Petteri Orpo will be in Santiago from Wednesday to Friday.");
        assertEquals("visit", d.kind());
        assertEquals(WED, d.start());
        assertEquals(WED.plusDays(2), d.end());
        assertEquals("CL", d.location().country());
    }

    @Test
    void beingInTalksIsNoStay() {
        assertTrue(Fixtures.extract("The Finnish trade unions will be in talks with the government on Wednesday.").isEmpty());
    }

    @Test
    void twoOfficialsBothInOnePlaceDoNotShareACountry() {
        Draft d = only("Secretary Rubio and Indian Foreign Minister Subrahmanyam Jaishankar will both be in Geneva on Wednesday.");
        assertEquals(List.of("IN"), d.participants().stream().map(DraftPerson::country).filter(c -> c != null).toList(),
                d::toString);
    }

    @Test
    void travellingToAttendAMeetingOfNoPlaceIsThatMeeting() {
        Draft d = only("Chilean Foreign Minister Alberto van Klaveren said he would travel to attend the meeting of Andean "
                + "foreign ministers on Thursday.");
        assertEquals(WED.plusDays(1), d.start());
        assertEquals("Alberto van Klaveren", d.participants().get(0).name());
    }

    @Test
    void goingAheadOfSomeoneDatesNothingByThemAndLeavesThemOut() {
        Draft d = only("Chilean Foreign Minister Alberto van Klaveren said he would travel ahead of President Gabriel Boric to attend "
                + "the meeting of Andean foreign ministers on Thursday.");
        assertEquals(WED.plusDays(1), d.start());
        assertEquals(List.of("Alberto van Klaveren"), Fixtures.names(d));
    }

    @Test
    void spendingSomeDaysSomewhereIsAStayOfThatManyDays() {
        Draft d = only("Argentine Foreign Minister Gerardo Werthein will spend three days in Norway from Wednesday.");
        assertEquals(WED, d.start());
        assertEquals(WED.plusDays(2), d.end());
    }

    @Test
    void aVisitThatRunsFromOneDayToAnotherIsTheVisitTheTravellerLeftFor() {
        List<Draft> drafts = ReportExtractor.standard().extract("Ghanaian Foreign Minister Samuel Okudzeto Ablakwa leaves "
                + "for Norway on Sunday on an official visit. The visit runs from Monday to Wednesday.", WED);
        Draft visit = Fixtures.first(drafts, d -> d.kind().equals("visit"));
        assertEquals(LocalDate.of(2024, 5, 20), visit.start());
        assertEquals(LocalDate.of(2024, 5, 22), visit.end());
        assertEquals("NO", visit.location().country());
        assertEquals("Samuel Okudzeto Ablakwa", visit.participants().get(0).name());
    }

    @Test
    void heIsTheOneTheSentenceBeforeOpenedWithEvenWhenItToldNoEngagement() {
        List<Draft> drafts = Fixtures.extract("President Gabriel Boric will pay an official visit to Norway on Thursday. "
                + "Foreign Minister Alberto van Klaveren is travelling ahead of the presidential delegation. He will meet "
                + "Norwegian Foreign Minister Espen Barth Eide on Wednesday.");
        Draft meeting = Fixtures.first(drafts, d -> d.kind().equals("meeting"));
        assertTrue(meeting.participants().stream().anyMatch(p -> p.name().equals("Alberto van Klaveren")), meeting::toString);
        assertTrue(meeting.participants().stream().noneMatch(p -> p.name().equals("Gabriel Boric")), meeting::toString);
    }

    @Test
    void thePontiffIsThePopeToldBefore() {
        List<Draft> drafts = Fixtures.extract("Pope Benedict XVI will visit Chile on Saturday. Before Chile, the pontiff will "
                + "spend two days in Peru from Wednesday.");
        Draft peru = Fixtures.first(drafts, d -> "PE".equals(d.location().country()));
        assertEquals("Benedict XVI", peru.participants().get(0).name());
        assertEquals(WED.plusDays(1), peru.end());
    }

    @Test
    void onTheFirstDayIsTheFirstDayOfTheStayToldBefore() {
        List<Draft> drafts = Fixtures.extract("Argentine President Javier Milei will spend three days in Norway from "
                + "Wednesday. On the first day he is to meet Prime Minister Jonas Gahr Store in Oslo.");
        Draft meeting = Fixtures.first(drafts, d -> d.kind().equals("meeting"));
        assertEquals(WED, meeting.start());
        assertEquals(Precision.DAY, meeting.precision());
    }

    @Test
    void aWeekdayAfterAndAndASubjectOfItsOwnIsTheNextClausesDay() {
        List<Draft> drafts = Fixtures.extract("Argentine President Javier Milei will visit Norway from Thursday to Saturday. "
                + "In Oslo he is first to meet Prime Minister Jonas Gahr Store, and on Friday he travels to Bergen for a "
                + "ceremony with navy officers.");
        Draft ceremony = Fixtures.first(drafts, d -> d.kind().equals("ceremony"));
        assertEquals(WED.plusDays(2), ceremony.start());
        assertTrue(drafts.stream().filter(d -> d.kind().equals("meeting")).noneMatch(d -> d.start().equals(WED.plusDays(2))
                && d.precision() == Precision.DAY), drafts::toString);
    }

    @Test
    void aBareWeekdayBeforeAStayToldEarlierIsTheOneInsideIt() {
        List<Draft> drafts = Fixtures.extract("Argentine President Javier Milei spends four days in Norway from Thursday, "
                + "May 23. On Friday he travels to Bergen for a ceremony with navy officers.");
        Draft ceremony = Fixtures.first(drafts, d -> d.kind().equals("ceremony"));
        assertEquals(LocalDate.of(2024, 5, 24), ceremony.start());
    }

    @Test
    void theAfternoonOfOnesArrivalIsTheStaysFirstDay() {
        List<Draft> drafts = Fixtures.extract("Argentine President Javier Milei will pay a three-day state visit to Norway "
                + "from Wednesday. He will be received by King Harald V at the Royal Palace on the afternoon of his arrival.");
        Draft received = Fixtures.first(drafts, d -> d.participants().stream().anyMatch(p -> p.name().equals("Harald V")));
        assertEquals(WED, received.start());
        assertEquals(Precision.DAY, received.precision());
    }

    @Test
    void aMansionThatAnnouncesIsNoOneAtTheTalks() {
        List<Draft> drafts = Fixtures.extract("President Joseph Boakai will pay a state visit to Ghana next week, the "
                + "Executive Mansion has announced. The Executive Mansion did not give exact dates, saying only that the "
                + "President would spend two days in Accra and hold talks with President John Mahama.");
        assertTrue(drafts.stream().flatMap(d -> d.participants().stream()).noneMatch(p -> p.name().contains("Mansion")),
                drafts::toString);
    }

    @Test
    void theTwoPrimeMinistersAreTheReportsTwo() {
        List<Draft> drafts = Fixtures.extract("Prime Minister Jonas Gahr Store will pay an official visit to Denmark on "
                + "15-16 May at the invitation of Prime Minister Mette Frederiksen. On 15 May at 10.00 hrs, the two Prime "
                + "Ministers will hold bilateral talks in Copenhagen.");
        Draft talks = Fixtures.first(drafts, d -> d.kind().equals("meeting"));
        assertEquals(List.of("Jonas Gahr Store", "Mette Frederiksen"), talks.participants().stream().map(DraftPerson::name)
                .toList());
    }

    @Test
    void alsoTravellingToAnotherTownIsNoPlaceOfTheVisit() {
        List<Draft> drafts = Fixtures.extract("President Edgars Rinkevics will pay an official visit to the Republic of "
                + "Estonia on Thursday, where he is due to hold talks with his counterpart Alar Karis on energy. The two "
                + "presidents are also expected to travel together to Valga, where the gas pipeline crosses into Estonia, "
                + "if the programme allows.");
        Draft visit = Fixtures.first(drafts, d -> d.kind().equals("visit"));
        assertEquals("Tallinn", visit.location().city(), drafts::toString);
    }

    @Test
    void aWeekdaysEveningBeforeAStayToldEarlierIsTheOneInsideIt() {
        List<Draft> drafts = Fixtures.extract("Finnish Prime Minister Petteri Orpo will be in Santiago from Sunday 26 to "
                + "Tuesday 28 May. On Tuesday 28 May he will be received by President Gabriel Boric at La Moneda. The Prime "
                + "Minister will also hold talks with Chilean business leaders on Monday evening.");
        Draft talks = Fixtures.first(drafts, d -> d.participants().size() == 1 && d.kind().equals("meeting"));
        assertEquals(LocalDate.of(2024, 5, 27), talks.start());
    }

    @Test
    void aSessionCoChairedByAPairAfterTheirPluralTitleHasThemBoth() {
        Draft d = only("The joint commission will meet in Accra on Wednesday, co-chaired by the Ministers of Foreign "
                + "Affairs, Mr Kwame Mensah and Mr Jean Kouassi.");
        assertEquals(List.of("Kwame Mensah", "Jean Kouassi"), Fixtures.names(d));
    }

    @Test
    void briefingACouncilIsTakingPartInIt() {
        Draft d = only("Norwegian Foreign Minister Espen Barth Eide will brief the UN Security Council in New York on Wednesday.");
        assertEquals(WED, d.start());
        assertEquals("US", d.location().country());
    }

    @Test
    void flyingOutToBriefSomeoneIsTalksWithThem() {
        Draft d = only("Kenyan President William Ruto is expected to fly to Addis Ababa on Wednesday to brief Ethiopian Prime "
                + "Minister Abiy Ahmed in person.");
        assertTrue(d.participants().stream().anyMatch(p -> p.name().equals("Abiy Ahmed")), d::toString);
    }

    @Test
    void receivingSomeoneOnAVisitIsTheirVisit() {
        Draft d = only("President Gabriel Boric will receive Argentine President Javier Milei on an official visit to Chile "
                + "on Wednesday.");
        assertEquals("visit", d.kind());
        assertEquals("Javier Milei", d.participants().get(0).name());
        assertEquals("CL", d.location().country());
    }

    @Test
    void aFirstTripSinceReturningToOfficeGoesWhereItsWordsAfterTheAsideSay() {
        Draft d = only("Prime Minister Petteri Orpo will make his first foreign trip since returning to office to Tallinn on "
                + "Wednesday.");
        assertEquals(WED, d.start());
        assertEquals("EE", d.location().country());
    }

    @Test
    void hostsOfSeveralCountriesWhoInviteLeaveTheTourWhole() {
        List<Draft> drafts = Fixtures.extract("Chinese Foreign Minister Wang Lei will pay official visits to Ghana, Togo and Benin "
                + "from May 20 to 26. He will make the visits at the invitation of Ghanaian Minister of International Relations "
                + "Sam Okudzeto, Togolese Foreign Minister Robert Dussey and Beninese Foreign Minister Olushegun Bakari.");
        Draft tour = Fixtures.first(drafts, d -> d.location() == null);
        assertEquals(LocalDate.of(2024, 5, 20), tour.start());
        assertEquals(LocalDate.of(2024, 5, 26), tour.end());
        assertEquals(List.of("Wang Lei"), Fixtures.names(tour));
    }

    @Test
    void theOneOfWhomAVisitToAPlaceIsToldMakesIt() {
        Draft d = only("President Ilham Aliyev heard a report by Foreign Minister Jeyhun Bayramov on preparations for the state "
                + "visit to Azerbaijan of the President of the Republic of Kenya, William Ruto, which will take place on Wednesday.");
        assertTrue(d.title().startsWith("William Ruto"), d::toString);
        assertTrue(d.participants().stream().noneMatch(p -> p.name().equals("Jeyhun Bayramov")), d::toString);
    }

    @Test
    void aGatheringThatWillNowTakePlaceOnAnotherDayIsOnThatDay() {
        Draft d = only("The summit of President Gabriel Boric and President Javier Milei that had been scheduled for 29 May in "
                + "Santiago will now take place on 13 June, again in Santiago.");
        assertEquals(LocalDate.of(2024, 6, 13), d.start());
        assertEquals(DraftStatus.SCHEDULED, d.status());
    }

    @Test
    void aGatheringMovedToAnotherDayIsOnThatDay() {
        Draft d = only("The summit of President Gabriel Boric and President Javier Milei, scheduled for 29 May in Santiago, "
                + "has been moved to 13 June.");
        assertEquals(LocalDate.of(2024, 6, 13), d.start());
    }

    @Test
    void theSummitOfTwoLeadersIsBothOfTheirs() {
        Draft d = only("The summit of President Gabriel Boric and President Javier Milei will take place in Santiago on Wednesday.");
        assertEquals(List.of("Gabriel Boric", "Javier Milei"), Fixtures.names(d));
    }

    @Test
    void aCouncilWhichANamedMinisterWillChairIsTheirs() {
        Draft d = only("The summit will be preceded by the SADC Council of Ministers, which Ambassador Lemogang Kwape will chair "
                + "on Wednesday in Gaborone.");
        assertEquals(List.of("Lemogang Kwape"), Fixtures.names(d));
        assertEquals(WED, d.start());
    }

    @Test
    void aMeetingToPrepareTheOneToldBeforeIsNoNewMeeting() {
        List<Draft> drafts = Fixtures.extract("President Hakainde Hichilema will receive President Samia Suluhu Hassan at State "
                + "House in Lusaka on Wednesday. Ahead of the visit, Foreign Minister Mulambo Haimbe will receive his Tanzanian "
                + "counterpart, Mahmoud Thabit Kombo, in Lusaka on Tuesday to prepare the meeting of the two leaders. The "
                + "President will travel to Harare on June 7 to attend the inauguration of President Emmerson Mnangagwa.");
        assertTrue(drafts.stream().noneMatch(d -> d.location().country().equals("ZM") && d.start().getMonthValue() == 6),
                drafts::toString);
    }

    @Test
    void aWhereClauseBetweenTwoLegsHoldsItsEventOnTheDayAndInThePlaceBeforeIt() {
        List<Draft> drafts = Fixtures.extract("Next week Foreign Minister Ahmed Attaf will travel to the region. He will be in Tunis "
                + "on Monday, where he will be received by President Kais Saied, and in Tripoli on Tuesday for a meeting with "
                + "Prime Minister Abdul Hamid Dbeibah.", WED);
        Draft received = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Kais Saied"));
        assertEquals(LocalDate.of(2024, 5, 20), received.start());
        assertEquals("TN", received.location().country());
        Draft meeting = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Abdul Hamid Dbeibah"));
        assertEquals(LocalDate.of(2024, 5, 21), meeting.start());
        assertEquals("LY", meeting.location().country());
    }

    @Test
    void aPastGatheringToldInAHeldAsideIsNotWhereTheNextOneMeets() {
        Draft d = only("Nine years after its last summit, held in Maputo in 2015, the Southern African Development Community "
                + "brings its heads of state together again on Wednesday in Gaborone, hosted by President Duma Boko.");
        assertEquals("BW", d.location().country());
    }

    @Test
    void aLeaderWhoWillHostTitledGuestsHostsThem() {
        Draft d = only("The Southern African Development Community summit opens on Wednesday in Gaborone. President Duma Boko "
                + "will host President Daniel Chapo and President Hakainde Hichilema.");
        assertEquals(List.of("Duma Boko", "Daniel Chapo", "Hakainde Hichilema"), Fixtures.names(d));
    }

    @Test
    void hostingATitledGuestAtACeremonyIsTheCeremony() {
        Draft d = only("On Wednesday, Prime Minister Anwar Ibrahim will host Prime Minister Lawrence Wong at an official "
                + "welcome ceremony in Kuala Lumpur.");
        assertEquals("ceremony", d.kind());
        assertEquals(List.of("Anwar Ibrahim", "Lawrence Wong"), Fixtures.names(d));
    }

    @Test
    void theMonthMayBeforeAnEventWordIsNoDoubt() {
        Draft d = only("Foreign Minister Alberto van Klaveren will attend the May meeting of the Pacific Alliance council in Lima "
                + "on Wednesday.");
        assertEquals(DraftStatus.SCHEDULED, d.status());
    }

    @Test
    void aDemonymAndOfficeRightAfterSomeoneNamedAloneIsThem() {
        List<Draft> drafts = Fixtures.extract("Prime Minister Narendra Modi will host President Emmanuel Macron and President Cyril "
                + "Ramaphosa in New Delhi on Thursday. For Macron, New Delhi is the centre of a longer swing through the region. "
                + "The French president, who is in Colombo today, will be in Dhaka on Wednesday for a state visit. He will be in "
                + "Kathmandu on Friday for talks with Prime Minister K.P. Sharma Oli.");
        Draft dhaka = Fixtures.first(drafts, d -> d.location() != null && "BD".equals(d.location().country()));
        assertEquals(List.of("Emmanuel Macron"), Fixtures.names(dhaka));
        assertEquals("FR", dhaka.participants().get(0).country());
        Draft kathmandu = Fixtures.first(drafts, d -> d.location() != null && "NP".equals(d.location().country()));
        assertEquals("Emmanuel Macron", kathmandu.participants().get(0).name());
    }

    @Test
    void aTeteATeteBeforeTheCouncilIsAMeetingOfItsOwnInTheCouncilsTown() {
        List<Draft> drafts = Fixtures.extract("The Hungarian-Slovak Intergovernmental Council will hold its next session in "
                + "Komarno, in southern Slovakia, on Wednesday. Prime Minister Viktor Orban and Slovak Prime Minister Robert Fico "
                + "will co-chair the council. Orban and Fico will hold a tete-a-tete at 10 a.m. before the plenary session.");
        assertEquals(2, drafts.size(), drafts::toString);
        assertTrue(drafts.stream().allMatch(d -> "Komarno".equals(d.location().city())), drafts::toString);
    }

    @Test
    void talksForWhichSomeoneStaysOnAfterAGatheringAreTalksOfTheirOwn() {
        List<Draft> drafts = Fixtures.extract("The leaders' meeting takes place on Wednesday and Thursday in Apia. Niue Premier "
                + "Dalton Tagelagi will stay on after the meeting for talks with Prime Minister Fiame Naomi Mataafa on Friday.");
        Draft talks = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Dalton Tagelagi"));
        assertEquals(LocalDate.of(2024, 5, 17), talks.start());
    }

    @Test
    void aTownTheGazetteerLacksIsNoPersonWhenTheReportPutsItAfterIn() {
        ReportExtractor.Reading reading = ReportExtractor.standard().read("Rio Dulce to host Central American presidents\n\n"
                + "President Bernardo Arevalo will receive his counterparts, Xiomara Castro and Nayib Bukele, in Rio Dulce on "
                + "Friday for the first summit of the plan in five years.", Fixtures.MONDAY);
        assertTrue(reading.people().stream().noneMatch(p -> p.name.equals("Rio Dulce")), reading.people()::toString);
    }

    @Test
    void theMinisterOfABriefingIsTheMinisterItIntroducesNotItsSpokesperson() {
        List<Draft> drafts = Fixtures.extract("Briefing by the spokesperson of the Ministry of Foreign Affairs, Mr Tomas Berg\n\n"
                + "MR BERG: Good morning. I will begin with the programme of the Minister of Foreign and European Affairs, Ms "
                + "Hanna Lind.\n\nOn Thursday the Minister will hold a telephone call with Foreign Minister Kwame Mensah of Ghana.\n\n"
                + "MR BERG: Thank you.");
        Draft call = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Kwame Mensah"));
        assertEquals(List.of("Hanna Lind", "Kwame Mensah"), Fixtures.names(call));
    }

    @Test
    void theMinisterIsNoOneOnlyEverMet() {
        List<Draft> drafts = Fixtures.extract("Office of the Hon Rafael Soto\nMinister of Foreign Affairs\n\nThe Minister will "
                + "travel to Quito and Lima from Tuesday 14 to Friday 17 May.\n\nMONDAY 13 MAY\n14.30 Telephone call with Peruvian "
                + "Foreign Minister Elena Ruiz\n\nTHURSDAY 16 MAY\n10.00 The Minister will address the Andean Parliament in Quito.");
        Draft address = Fixtures.first(drafts, d -> d.start().equals(LocalDate.of(2024, 5, 16)) && d.end().equals(d.start()));
        assertEquals(List.of("Rafael Soto"), Fixtures.names(address));
    }

    @Test
    void aMeetingWithAnUnnamedCounterpartIsAnEngagementWithTheirCountry() {
        List<Draft> drafts = Fixtures.extract("Foreign Minister Ingrid Dahl will co-chair the ministerial segment with her Kenyan "
                + "counterpart on Wednesday, and President Samia Suluhu Hassan will co-chair the summit with President William "
                + "Ruto on Thursday.");
        Draft d = Fixtures.first(drafts, x -> x.start().equals(LocalDate.of(2024, 5, 15)));
        assertEquals(List.of("Ingrid Dahl"), Fixtures.names(d));
        assertTrue(d.countries().contains("KE"), d::toString);
    }

    @Test
    void twoCountriesJoinedByADashNameTheBodyNotWhereItMeets() {
        Draft d = only("Next week Foreign Minister Ana Lopez will travel to Asuncion for the third session of the "
                + "Bolivia\u2013Paraguay Binational Commission.");
        assertEquals("Asuncion", d.location().city());
    }

    @Test
    void theVisitOfTheMinisterIsTheMinistersVisit() {
        List<Draft> drafts = Fixtures.extract("President Alar Karis will host a dinner for President Gitanas Nauseda on Monday. "
                + "Foreign Minister Lena Holm will attend a conference in Riga on Tuesday. Finally, the visit of the Minister to "
                + "Vilnius, which was scheduled for Thursday, has been postponed.");
        Draft vilnius = Fixtures.first(drafts, d -> d.location() != null && "Vilnius".equals(d.location().city()));
        assertEquals(List.of("Lena Holm"), Fixtures.names(vilnius));
        assertEquals(DraftStatus.POSTPONED, vilnius.status());
    }

    @Test
    void aMeetingDeniedInALaterSentenceIsWithdrawn() {
        List<Draft> drafts = Fixtures.extract("QUESTION: There are reports that Foreign Minister Paul Okafor will meet Chinese "
                + "Foreign Minister Wang Yi in Beijing before the end of the month. Can you confirm?\n\nSPOKESMAN: No. No such "
                + "meeting is planned.");
        assertTrue(drafts.isEmpty(), drafts::toString);
    }

    @Test
    void willSeeSomeoneNamedIsAMeeting() {
        Draft d = only("The envoy, Carla Bianchi, will see President Ilir Meta in Tirana on Thursday.");
        assertEquals(List.of("Carla Bianchi", "Ilir Meta"), Fixtures.names(d));
    }

    @Test
    void willSeeWhetherIsNoMeeting() {
        assertTrue(Fixtures.extract("Diplomats will see whether President Ilir Meta travels to Tirana on Thursday.").stream()
                .noneMatch(d -> d.kind().equals("meeting")));
    }

    @Test
    void dueBackForWhatAWhenClauseTellsIsDatedByTheReturn() {
        List<Draft> drafts = Fixtures.extract("Lucia Ferraro, the Secretary-General's personal envoy, is due back in Pristina next "
                + "week, when she will meet Prime Minister Albin Kurti.");
        Draft d = Fixtures.first(drafts, x -> Fixtures.names(x).contains("Albin Kurti"));
        assertEquals(List.of("Lucia Ferraro", "Albin Kurti"), Fixtures.names(d));
        assertEquals(LocalDate.of(2024, 5, 20), d.start());
    }

    @Test
    void peopleMetSeparatelyAreMetInMeetingsOfTheirOwn() {
        List<Draft> drafts = Fixtures.extract("On Friday the envoy, Tariq Aziz Khan, will meet President Ilham Aliyev and Prime "
                + "Minister Nikol Pashinyan separately.");
        assertEquals(2, drafts.size(), drafts::toString);
    }

    @Test
    void theSpeakerWhoInformsOfAMeetingIsNoPartyToIt() {
        List<Draft> drafts = Fixtures.extract("SPOKESPERSON: President Daniel Noboa will pay a state visit to Panama on Friday. I "
                + "would also like to inform you that the meeting of the Foreign Ministers of Colombia, Peru and Bolivia, which "
                + "had been scheduled for Thursday in La Paz, has been postponed. It would have brought together Foreign Minister "
                + "Luis Murillo of Colombia, Foreign Minister Elmer Schialer of Peru and Foreign Minister Celinda Sosa of Bolivia.");
        Draft laPaz = Fixtures.first(drafts, d -> d.location() != null && "La Paz".equals(d.location().city()));
        assertFalse(Fixtures.names(laPaz).contains("Daniel Noboa"), laPaz::toString);
    }

    @Test
    void theThreeSidesAreNoPairToldBefore() {
        List<Draft> drafts = Fixtures.extract("President Gustavo Boric will meet President Luis Arce in Santiago on Tuesday. The "
                + "meeting of the foreign ministers of Chile, Peru and Bolivia, scheduled for Thursday in Lima, has been postponed. "
                + "The postponement was agreed by the three sides so that the meeting can be better prepared.");
        Draft lima = Fixtures.first(drafts, d -> d.location() != null && "Lima".equals(d.location().city()));
        assertFalse(Fixtures.names(lima).contains("Luis Arce"), lima::toString);
    }

    @Test
    void aVisitDroppedFromTheProgrammeIsTheTravellersAndCancelled() {
        List<Draft> drafts = Fixtures.extract("Foreign Minister Arlene Tan will make an official visit to Papua New Guinea on "
                + "Tuesday and Wednesday. A visit to the gas plant in Lae, which had been planned for Thursday, has been "
                + "dropped from the programme.");
        Draft mine = Fixtures.first(drafts, d -> d.start().equals(LocalDate.of(2024, 5, 16)));
        assertEquals(List.of("Arlene Tan"), Fixtures.names(mine));
        assertEquals(DraftStatus.CANCELLED, mine.status());
    }

    @Test
    void whatSomeoneWasToHaveDoneIsAPlan() {
        List<Draft> drafts = Fixtures.extract("A stop in Lusaka on Thursday, where President Duma Boko was to have met President "
                + "Hakainde Hichilema, has been called off.");
        Draft d = Fixtures.first(drafts, x -> Fixtures.names(x).contains("Hakainde Hichilema"));
        assertEquals(List.of("Duma Boko", "Hakainde Hichilema"), Fixtures.names(d));
        assertEquals(DraftStatus.CANCELLED, d.status());
    }

    @Test
    void aTownAfterInIsNoOneWhoseGivenNameItIs() {
        ReportExtractor.Reading reading = ReportExtractor.standard().read("Premier Lincoln Tavares will visit London on Monday. "
                + "The delegation had planned to stop in Lincoln on Friday.", Fixtures.MONDAY);
        assertTrue(reading.facts().get(1).persons.isEmpty(), () -> reading.facts().get(1).persons.toString());
    }

    @Test
    void talksBetweenTwoExcellenciesByOfficeAreBetweenTheirHolders() {
        List<Draft> drafts = Fixtures.extract("President Taneti Maamau will host Governor-General Sam Mostyn on a state visit "
                + "to Kiribati from Tuesday to Thursday. On Wednesday, official talks between His Excellency the President and "
                + "Her Excellency the Governor-General will be held at State House.");
        Draft talks = Fixtures.first(drafts, d -> d.start().equals(LocalDate.of(2024, 5, 15)) && d.end().equals(d.start()));
        assertEquals(List.of("Taneti Maamau", "Sam Mostyn"), Fixtures.names(talks));
    }

    @Test
    void aSurnameWithItsParticleInAHeadlineIsTheFullNameToldAfter() {
        ReportExtractor.Reading reading = ReportExtractor.standard().read("Minister Van der Berg travels to Namibia\n\nMinister "
                + "of Foreign Affairs Ilse van der Berg will travel to Namibia on Wednesday.", Fixtures.MONDAY);
        assertEquals(1, reading.people().size(), reading.people()::toString);
    }

    @Test
    void aDayOriginallyPlannedIsTheCancelledVisitsWhenTheOtherDayIsAnotherClauses() {
        List<Draft> drafts = Fixtures.extract("Foreign Minister Karin Lund will visit Windhoek on Tuesday. A visit to Walvis Bay, "
                + "originally planned for Thursday, has been cancelled; the minister will return to Oslo on Wednesday evening.");
        Draft d = Fixtures.first(drafts, x -> x.status() == DraftStatus.CANCELLED);
        assertEquals(LocalDate.of(2024, 5, 16), d.start());
    }

    @Test
    void theSecondSidesChairSitsAtTheSessionWhenTheFirstSidesIsNoOneKnown() {
        List<Draft> drafts = Fixtures.extract("President Dina Boluarte will receive President Gabriel Boric in Lima on Monday. "
                + "President Boric will visit Cusco on Wednesday. On Tuesday the Joint Commission of Peru and Chile will hold its session in Lima, "
                + "co-chaired on the Peruvian side by the adviser for trade policy of the presidency, and on the Chilean side by "
                + "Minister Alberto van Klaveren.");
        Draft d = Fixtures.first(drafts, x -> x.start().equals(LocalDate.of(2024, 5, 14)));
        assertTrue(Fixtures.names(d).contains("Alberto van Klaveren"), d::toString);
    }

    @Test
    void whatSomeoneIsSaidToHaveDoneIsNoPlan() {
        assertTrue(Fixtures.extract("President Bernardo Arevalo is said to have met President Xiomara Castro in Tegucigalpa on "
                + "Tuesday.").isEmpty());
    }

    @Test
    void arrivingHereIsArrivingInTheTownOfTheDateline() {
        Draft d = only("KARACHI: Omani Defence Minister Shihab bin Tarik will arrive here on Wednesday on a two-day visit, "
                + "officials said.");
        assertEquals("Karachi", d.location().city());
        assertEquals(WED, d.start());
    }

    @Test
    void arrivingHereWithNoDatelineNamesNoPlace() {
        assertTrue(Fixtures.extract("Omani Defence Minister Shihab bin Tarik will arrive here on Wednesday.").isEmpty());
    }

    @Test
    void theCourtesyToldWithTheNameStandsForThePersonLater() {
        List<Draft> drafts = Fixtures.extract("Prime Minister Kamla Persad-Bissessar will host Qatari Minister of State Sheikh "
                + "Mohammed bin Abdulaziz in Port of Spain on Tuesday. Prime Minister Persad-Bissessar will also open the energy "
                + "conference on Tuesday. On Wednesday the sheikh will call on President Christine Kangaloo.");
        Draft call = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals(List.of("Mohammed bin Abdulaziz", "Christine Kangaloo"), Fixtures.names(call));
    }

    @Test
    void whoCoChairsWithTheChairingVerbSitsAcrossFromTheOneWhoLeads() {
        List<Draft> drafts = Fixtures.extract("Kenyan Foreign Minister Musalia Mudavadi will arrive in Kampala on Tuesday. On "
                + "Wednesday, he will co-chair with Foreign Minister Jeje Odongo the session of the joint commission.");
        Draft session = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals(List.of("Musalia Mudavadi", "Jeje Odongo"), Fixtures.names(session));
    }

    @Test
    void aSessionOneChairsIsAnEngagementBesideTheTalksAfterIt() {
        List<Draft> drafts = Fixtures.extract("Kenyan Foreign Minister Musalia Mudavadi will arrive in Kampala on Tuesday. On "
                + "Wednesday, he will co-chair the session of the joint commission, before holding talks with President "
                + "Yoweri Museveni.");
        assertEquals(2, drafts.stream().filter(d -> d.start().equals(WED)).count(), drafts::toString);
    }

    @Test
    void talksAtAVenueOfATownStillHaveTheirCounterpartAfterThem() {
        Draft d = only("Foreign Minister Espen Barth Eide will hold talks at the Presidential Palace in Accra with President John "
                + "Mahama on Wednesday.");
        assertEquals(List.of("Espen Barth Eide", "John Mahama"), Fixtures.names(d));
    }

    @Test
    void leadersOfANamedGroupAreNotThePairToldBefore() {
        List<Draft> drafts = Fixtures.extract("President Javier Milei and President Gabriel Boric will hold talks in Santiago on "
                + "Tuesday. Mercosur leaders will meet in Asuncion on Wednesday, hosted by President Santiago Peña.");
        Draft summit = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertFalse(Fixtures.names(summit).contains("Gabriel Boric"), summit::toString);
    }

    @Test
    void whoAccompaniesTheVisitToldAgainDoesNotBecomeItsVisitor() {
        List<Draft> drafts = Fixtures.extract("President Mohamed Muizzu will leave Male on Sunday for an official visit to "
                + "India. The visit formally runs from Monday, May 20, to Wednesday, May 22. The President will be accompanied "
                + "by Foreign Minister Abdulla Khaleel.");
        Draft visit = Fixtures.first(drafts, d -> d.end().equals(LocalDate.of(2024, 5, 22)));
        assertEquals(List.of("Mohamed Muizzu"), Fixtures.names(visit));
    }

    @Test
    void aSiteToldOfNoOneWithinAStayIsAnEngagementOfItsOwn() {
        List<Draft> drafts = Fixtures.extract("President Yoweri Museveni will pay a state visit to Kenya from 20 to 22 May. On "
                + "21 May, the delegation will tour Fort Jesus in Mombasa.");
        Draft stay = Fixtures.first(drafts, d -> d.end().equals(LocalDate.of(2024, 5, 22)));
        Draft site = Fixtures.first(drafts, d -> d.start().equals(LocalDate.of(2024, 5, 21)));
        assertEquals("Kenya", stay.location().name());
        assertEquals(List.of("Yoweri Museveni"), Fixtures.names(site));
    }

    @Test
    void aBareWeekdayOfASiteToldOfNoOneFallsInTheStayToldBefore() {
        List<Draft> drafts = Fixtures.extract("President Yoweri Museveni will pay a state visit to Kenya from Monday, May 20, "
                + "to Wednesday, May 22. On Wednesday, the delegation will tour Fort Jesus in Mombasa.");
        Draft site = Fixtures.first(drafts, d -> d.location() != null && "Mombasa".equals(d.location().city()) && d.end().equals(d.start()));
        assertEquals(LocalDate.of(2024, 5, 22), site.start());
    }

    @Test
    void theSpeakersCounterpartIsTheOneReceivedNotTheSpeaker() {
        List<Draft> drafts = Fixtures.extract("Senegalese Foreign Minister Yassine Fall will arrive in Accra on Sunday. Ghanaian "
                + "Foreign Minister Samuel Ablakwa said his Senegalese counterpart would be received by President John Mahama "
                + "on Monday.");
        Draft audience = Fixtures.first(drafts, d -> Fixtures.names(d).contains("John Mahama"));
        assertEquals(List.of("Yassine Fall", "John Mahama"), Fixtures.names(audience));
    }

    @Test
    void theTwoMinistersWhoChairAreTheTwoToldBeforeNotTheLastPair() {
        List<Draft> drafts = Fixtures.extract("Senegalese Foreign Minister Yassine Fall will arrive in Accra on Sunday, "
                + "Ghanaian Foreign Minister Samuel Ablakwa said. President John Mahama will receive her on Monday. On Tuesday "
                + "the two ministers will co-chair the first session of the Joint Commission. The Foreign Minister of Togo, "
                + "Robert Dussey, will join them in Lome in June.");
        Draft session = Fixtures.first(drafts, d -> d.title().contains("Joint Commission"));
        assertEquals(List.of("Yassine Fall", "Samuel Ablakwa"), Fixtures.names(session));
    }

    @Test
    void thePronounOfAPairAfterAWeekdayIsStillThePair() {
        List<Draft> drafts = Fixtures.extract("President William Ruto and President Yoweri Museveni will hold talks in Nairobi "
                + "on Tuesday. On Wednesday they will visit Mombasa.");
        Draft visit = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals(List.of("William Ruto", "Yoweri Museveni"), Fixtures.names(visit));
    }

    @Test
    void hereIsTheDatelinesTownOnlyForTheJourneyThatEndsThere() {
        List<Draft> drafts = Fixtures.extract("KARACHI: Omani Defence Minister Shihab bin Tarik will arrive here on Wednesday "
                + "and travel onward on Friday.");
        assertEquals(1, drafts.size(), drafts::toString);
    }

    @Test
    void whoCoChairsABodyWithNoEventWordIsNotAtTheTalksAfterIt() {
        List<Draft> drafts = Fixtures.extract("Kenyan Foreign Minister Musalia Mudavadi will arrive in Kampala on Tuesday. On "
                + "Wednesday, he will co-chair with Foreign Minister Jeje Odongo the Joint Permanent Commission, before holding "
                + "talks with President Yoweri Museveni.");
        Draft talks = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Yoweri Museveni"));
        assertFalse(Fixtures.names(talks).contains("Jeje Odongo"), talks::toString);
    }

    @Test
    void eachDateBeforeItsPlaceIsALegOfItsOwn() {
        List<Draft> drafts = Fixtures.extract("Foreign Minister Ivan Gil will travel on Tuesday to Accra and on Wednesday to "
                + "Lome, as part of a tour of West African capitals.");
        Draft lome = Fixtures.first(drafts, d -> d.location() != null && "TG".equals(d.location().country()));
        assertEquals(WED, lome.start());
    }

    @Test
    void theTwoOfAnOfficeToldWithoutAnEngagementAreWhomTheyLaterStandsFor() {
        List<Draft> drafts = Fixtures.extract("Prime Minister Kristen Michal and Prime Minister Evika Silina met in Tallinn "
                + "yesterday. The two Prime Ministers welcomed the progress of the Rail Baltica project. They agreed to "
                + "coordinate ahead of the Nordic-Baltic summit, which both will attend in Oslo on Wednesday.");
        Draft summit = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals(List.of("Kristen Michal", "Evika Silina"), Fixtures.names(summit));
    }

    @Test
    void leadersWhoAgreeToConveneACommissionAreNotItsMembersTheCoChairsNamedAfterAre() {
        Draft d = only("""
                President Gabriel Boric of Chile met President Jonas Gahr Store of Norway in Santiago today.

                The two Heads of State agreed to convene the first session of the Chile-Norway Joint Commission for Cooperation in Oslo on 22 and 23 October 2024. The session will be co-chaired by the Minister of Foreign Affairs of Chile, Mr Alberto van Klaveren, and the Minister of Foreign Affairs of Norway, Mr Espen Barth Eide.
                """);
        assertEquals(List.of("Alberto van Klaveren", "Espen Barth Eide"), d.participants().stream().map(DraftPerson::name).toList());
    }

    @Test
    void onTheMorningOfTheSameDayIsTheDayOfTheEngagementToldBefore() {
        Draft d = Fixtures.first(Fixtures.extract("Prime Minister Jonas Gahr Store will hold talks with President Gabriel Boric on "
                + "Wednesday, the 15th. On the morning of the same day, Foreign Minister Espen Barth Eide will hold a meeting with "
                + "Foreign Minister Alberto van Klaveren."), e -> e.title().contains("Klaveren"));
        assertEquals(LocalDate.of(2024, 5, 15), d.start());
    }

    @Test
    void aMeetingAtAVenueWithACompatriotOfTheVisitorIsInTheStaysTown() {
        Draft d = Fixtures.first(Fixtures.extract("""
                Chile's President Gabriel Boric will arrive in Norway on Wednesday for a two-day state visit.

                Foreign Minister Espen Barth Eide will meet his Chilean counterpart Alberto van Klaveren the same day at the foreign ministry.
                """), e -> e.title().contains("Klaveren"));
        assertEquals("Oslo", d.location().city());
    }

    @Test
    void aDinnerInTheOfficesHonourIsWithItsHolder() {
        Draft d = Fixtures.first(Fixtures.extract("""
                King Harald V of Norway will arrive in Chile on Wednesday for a two-day state visit, President Gabriel Boric's office said.

                Boric will host an official dinner in the king's honour on Wednesday evening.
                """), e -> e.evidence().contains("dinner"));
        assertEquals(List.of("Gabriel Boric", "Harald V"), d.participants().stream().map(DraftPerson::name).toList());
    }

    @Test
    void aMonarchAndAPrimeMinisterWhoShareAWordOfTheirNamesAreTwoPeople() {
        List<Draft> drafts = Fixtures.extract("""
                President Gabriel Boric will pay a state visit to Oman on Wednesday and Thursday at the invitation of His Majesty Sultan Haitham, Sultan of Oman.

                On Wednesday, Boric will be received in audience by Sultan Haitham. On Thursday he will hold a bilateral meeting with Prime Minister Fahd Haitham in Sohar.
                """);
        Draft talks = Fixtures.first(drafts, d -> d.start().equals(LocalDate.of(2024, 5, 16)) && d.kind().equals("meeting"));
        assertTrue(talks.participants().stream().anyMatch(p -> p.name().equals("Fahd Haitham")), talks::toString);
        Draft audience = Fixtures.first(drafts, d -> d.start().equals(WED) && d.end().equals(WED));
        assertTrue(audience.participants().stream().noneMatch(p -> p.name().equals("Fahd Haitham")), audience::toString);
    }

    @Test
    void aLeaderNamedByTheFamilyNameInTheHeadlineIsThePresidentNamedInFullBelow() {
        List<Draft> drafts = Fixtures.extract("""
                Peruvian leader Boluarte to make state visit to Chile in mid-March

                LIMA, March 2 (Reuters) - Peruvian President Dina Boluarte will pay a state visit to Chile from March 15 to 17, the Chilean presidency said on Thursday.

                Boluarte and her Chilean counterpart Gabriel Boric will hold talks in Santiago on March 16.
                """, LocalDate.of(2023, 3, 2));
        assertTrue(drafts.stream().flatMap(d -> d.participants().stream()).allMatch(p -> !p.name().equals("Boluarte")), drafts::toString);
    }

    @Test
    void thePluralOfficeOpeningASentenceIsItsTwoHoldersToldBefore() {
        Draft d = only("The Leaders tasked their Foreign Ministers, Mr Alberto van Klaveren and Mr Espen Barth Eide, to follow up "
                + "on the outcomes of the summit. The Foreign Ministers will meet in Oslo on 15 May 2024 to review progress.");
        assertEquals(List.of("Alberto van Klaveren", "Espen Barth Eide"), d.participants().stream().map(DraftPerson::name).toList());
    }

    private static final String STAY_WITH_A_DROPPED_TRIP = """
            Norwegian Prime Minister Jonas Gahr Store will travel to Temuco on Wednesday for a two-day visit.

            A trip to Valdivia that had been planned for Thursday afternoon has been dropped because of weather warnings, an official said.
            """;

    @Test
    void aDroppedTripToAnotherTownIsTheTravellersAndCancelledOnItsOwn() {
        Draft trip = Fixtures.first(Fixtures.extract(STAY_WITH_A_DROPPED_TRIP), d -> d.location() != null
                && "Valdivia".equals(d.location().city()));
        assertEquals(DraftStatus.CANCELLED, trip.status());
        assertEquals(List.of("Jonas Gahr Store"), trip.participants().stream().map(DraftPerson::name).toList());
    }

    @Test
    void aDroppedTripToAnotherTownLeavesTheStayScheduled() {
        Draft stay = Fixtures.first(Fixtures.extract(STAY_WITH_A_DROPPED_TRIP), d -> d.location() != null
                && "Temuco".equals(d.location().city()));
        assertEquals(DraftStatus.SCHEDULED, stay.status());
    }

    @Test
    void aSecondOneMetTheSameAfternoonIsAMeetingOfItsOwnThatDay() {
        Draft d = Fixtures.first(Fixtures.extract("Norwegian Foreign Minister Espen Barth Eide will be in Chile from Tuesday to "
                + "Thursday. In Santiago, he will meet the Minister of Foreign Affairs, Alberto van Klaveren, on Wednesday at 10.00 "
                + "local time, and the Minister of Finance, Mario Marcel, the same afternoon."), e -> e.title().contains("Marcel"));
        assertEquals(WED, d.start());
        assertNull(d.startTime());
    }

    @Test
    void sheAfterASentenceThatOpensWithATitledNameIsThatName() {
        Draft d = Fixtures.first(Fixtures.extract("Prime Minister Jonas Gahr Store will visit Chile on Thursday. The Foreign "
                + "Minister, Anniken Huitfeldt, will not be part of the delegation. She is due in Lima later this month for talks "
                + "with Peru's Government, her office said."), e -> e.location() != null && "Lima".equals(e.location().city()));
        assertEquals(List.of("Anniken Huitfeldt"), d.participants().stream().map(DraftPerson::name).toList());
    }

    @Test
    void heWhoWillJoinThoseNamedForASummitTakesPartInIt() {
        Draft d = Fixtures.first(Fixtures.extract("President Gabriel Boric flies to Peru on Tuesday for talks with President Dina "
                + "Boluarte in Lima. On Wednesday he will join Boluarte and Ecuador's President Daniel Noboa in Paracas for a "
                + "trilateral summit."), e -> e.kind().equals("summit"));
        assertTrue(d.participants().stream().anyMatch(p -> p.name().equals("Gabriel Boric")), d::toString);
    }

    @Test
    void officialsOfTwoCountriesToldByTheirOfficeAloneMeetWithNoOneNamed() {
        Draft d = only("According to the ministry, the Chilean and Norwegian deputy foreign ministers will hold political "
                + "consultations in Oslo on Wednesday afternoon.");
        assertTrue(d.participants().isEmpty(), d::toString);
        assertEquals(java.util.Set.of("CL", "NO"), java.util.Set.copyOf(d.countries()));
        assertEquals(WED, d.start());
    }

    @Test
    void aPresidentNamedByTheFamilyNameAndThenInFullWithAPartyOfficeIsOnePerson() {
        List<Draft> drafts = Fixtures.extract("""
                HANOI, 13 May 2024 - President Lam will receive Prime Minister Jonas Gahr Store of Norway in Hanoi on Tuesday.

                On Wednesday, General Secretary To Lam will host a banquet for Store at the Presidential Palace.
                """);
        assertTrue(drafts.stream().flatMap(d -> d.participants().stream()).noneMatch(p -> p.name().equals("Lam")), drafts::toString);
    }

    @Test
    void ministersWhoAgreeToHoldTheirCommissionsSessionSitAtIt() {
        Draft d = only("Foreign Ministers Alberto van Klaveren of Chile and Javier González-Olaechea of Peru agreed to hold the fifth "
                + "session of the Chile-Peru Joint Commission in Arica on 20 May.");
        assertEquals(2, d.participants().size(), d::toString);
    }

    @Test
    void aMeetingOfTheVisitorsCompatriotWithAThirdCountrysOfficialStaysOutOfTheStay() {
        Draft d = Fixtures.first(Fixtures.extract("""
                King Harald V of Norway will pay a state visit to Chile from 14 to 16 May at the invitation of President Gabriel Boric.

                Meanwhile, Norwegian Foreign Minister Espen Barth Eide will meet his Peruvian counterpart Javier González-Olaechea at the foreign ministry on Wednesday.
                """), e -> e.title().contains("González"));
        assertTrue(d.location() == null || d.location().city() == null, d::toString);
    }

    @Test
    void aJourneyToOnesCountryPlacesAVenueBeforeTheTownTheReportGaveItForAnotherMeeting() {
        Draft d = Fixtures.first(Fixtures.extract("""
                LIMA, 13 May 2024 - Foreign Minister Javier González-Olaechea received the Bolivian Foreign Minister, Celinda Sosa, at the Foreign Ministry, Lima, on Monday.

                González-Olaechea will travel to Chile on Thursday. He will hold a working meeting at the Foreign Ministry on Friday with Chile's foreign minister, Alberto van Klaveren.
                """), e -> e.title().contains("Klaveren"));
        assertEquals("Santiago", d.location().city());
    }

    @Test
    void aDateInAWhichClauseAboutAThingIsNotTheJourneysWhenTheSentenceOpenedWithItsOwn() {
        Draft d = only("On Wednesday, Foreign Minister Espen Barth Eide will open a business seminar in Tokyo, after which he will "
                + "travel to Osaka to visit the site of the Norwegian pavilion at Expo 2025, which opens on 13 April.");
        assertEquals(WED, d.start());
    }

    @Test
    void aDateInAWhichClauseAboutTheEventIsTheEventsDay() {
        Draft d = only("Foreign Minister Espen Barth Eide will attend the summit, which will be held on Friday.");
        assertEquals(WED.plusDays(2), d.start());
    }

    @Test
    void aNamedForumTheSameAfternoonIsAnEngagementBesideTheTalksBeforeIt() {
        List<Draft> drafts = Fixtures.extract("President Gabriel Boric will hold a bilateral meeting with Prime Minister Jonas "
                + "Gahr Store in Oslo on Wednesday at 10am. The two leaders are also scheduled to address the Norway-Chile "
                + "Business Forum in Bergen the same afternoon.");
        assertTrue(drafts.stream().anyMatch(d -> d.title().contains("Business Forum")), drafts::toString);
        assertTrue(drafts.stream().anyMatch(d -> d.title().contains("meets")), drafts::toString);
    }

    @Test
    void aDroppedVisitToASiteBesideThatDaysStopInATownIsOneOfItsOwn() {
        List<Draft> drafts = Fixtures.extract("""
                King Harald V of Norway will arrive in Chile on Tuesday for a two-day state visit.

                On Wednesday, the king will meet the President of the Senate, José García Ruminot, before visiting the Norwegian community in Valparaíso.

                A visit to the Chungungo energy centre planned for Wednesday afternoon has been dropped from the programme, the palace said.
                """);
        Draft dropped = Fixtures.first(drafts, d -> d.title().contains("Chungungo"));
        assertEquals(DraftStatus.CANCELLED, dropped.status());
        assertEquals(List.of("Harald V"), dropped.participants().stream().map(DraftPerson::name).toList());
        assertTrue(drafts.stream().anyMatch(d -> d.status() == DraftStatus.SCHEDULED && d.location() != null
                && "Valparaíso".equals(d.location().city())), drafts::toString);
    }

    @Test
    void aMeetingToldWithWillThenIsOnTheDayOfTheOneToldJustBefore() {
        List<Draft> drafts = Fixtures.extract("Norwegian Foreign Minister Espen Barth Eide will visit Ghana next week. On "
                + "Wednesday 22 May he will hold talks with Foreign Minister Samuel Okudzeto in Accra. Eide will then be "
                + "received by President John Mahama at Jubilee House.");
        Draft received = Fixtures.first(drafts, d -> Fixtures.names(d).contains("John Mahama"));
        assertEquals(WED.plusDays(7), received.start(), drafts::toString);
        assertEquals(Precision.DAY, received.precision());
    }

    @Test
    void willThenAfterAWindowGivesNoDayOfItsOwn() {
        List<Draft> drafts = Fixtures.extract("Norwegian Foreign Minister Espen Barth Eide will visit Ghana next week. Eide will "
                + "then be received by President John Mahama at Jubilee House.");
        assertTrue(drafts.stream().noneMatch(d -> Fixtures.names(d).contains("John Mahama") && d.precision() == Precision.DAY),
                drafts::toString);
    }

    @Test
    void aNamedSessionOpenedTheSameAfternoonIsApartFromTheMorningsTalks() {
        List<Draft> drafts = Fixtures.extract("On Wednesday Foreign Minister Espen Barth Eide will hold talks with Foreign "
                + "Minister Samuel Okudzeto in Accra. In the afternoon, the two ministers will open the first session of the "
                + "Norway-Ghana Joint Commission.");
        assertEquals(2, drafts.stream().filter(d -> d.start().equals(WED)).count(), drafts::toString);
    }

    @Test
    void anEnDashBetweenTwoCountriesJoinsThemAsAHyphenDoes() {
        List<Draft> drafts = Fixtures.extract("On Wednesday Foreign Minister Espen Barth Eide will hold talks with Foreign "
                + "Minister Samuel Okudzeto in Accra. In the afternoon, the two ministers will open the first session of the "
                + "Norway\u2013Ghana Joint Commission.");
        Draft session = Fixtures.first(drafts, d -> d.title().contains("Joint Commission"));
        assertTrue(session.countries().containsAll(List.of("NO", "GH")), session::toString);
        assertTrue(session.evidence().contains("Norway\u2013Ghana"), session::evidence);
    }

    @Test
    void whereTheyLastMetIsNotWhereTheyMeetNext() {
        Draft d = only("On Wednesday Foreign Minister Espen Barth Eide will hold talks with Ghanaian Foreign Minister Samuel "
                + "Okudzeto, whom he last met in Oslo in November.");
        assertTrue(d.location() == null || !"Oslo".equals(d.location().city()), d::toString);
    }

    @Test
    void aTourOfTwoCountriesWithDatedArrivalsIsAStayInEach() {
        List<Draft> drafts = Fixtures.extract("Foreign Minister Espen Barth Eide will travel to Ghana and Togo from Tuesday "
                + "14 May to Friday 17 May. He will arrive in Accra on Tuesday evening. On Thursday 16 May he will fly to Lome. "
                + "On Friday he will be received by President Faure Gnassingbe.");
        Draft ghana = Fixtures.first(drafts, d -> d.location() != null && "Accra".equals(d.location().city())
                && d.kind().equals("travel"));
        assertEquals(LocalDate.of(2024, 5, 14), ghana.start(), drafts::toString);
        assertEquals(LocalDate.of(2024, 5, 16), ghana.end());
        Draft togo = Fixtures.first(drafts, d -> d.location() != null && "Lome".equals(d.location().city())
                && d.kind().equals("travel"));
        assertEquals(LocalDate.of(2024, 5, 16), togo.start());
        assertEquals(LocalDate.of(2024, 5, 17), togo.end());
        Draft received = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Faure Gnassingbe"));
        assertEquals("TG", received.location().country(), received::toString);
    }

    @Test
    void oneWelcomedWithNoHostNamedTakesNoCountryFromThePlace() {
        List<Draft> drafts = Fixtures.extract("Prime Minister Jonas Gahr Store will visit Kenya on Wednesday. On arrival at "
                + "the airport in Nairobi he will be welcomed by the foreign minister. Store will then hold talks with "
                + "President William Ruto.");
        assertTrue(drafts.stream().flatMap(d -> d.participants().stream())
                .noneMatch(p -> p.name().equals("Jonas Gahr Store") && "KE".equals(p.country())), drafts::toString);
    }

    @Test
    void aHomeCountryGuessedOnAFewMentionsIsNotPublished() {
        // Chile named once, Peru once: which one the president is of is not told
        List<Draft> drafts = Fixtures.extract("President Ana Rojas will visit Japan on Wednesday for talks with Prime "
                + "Minister Shigeru Ishiba. Trade between Chile and Japan has grown, as has trade with Peru.");
        Draft visit = Fixtures.first(drafts, d -> d.kind().equals("visit"));
        assertNull(visit.participants().get(0).country(), visit::toString);
    }

    @Test
    void aHomeCountryTheReportNamesFarMostIsPublished() {
        List<Draft> drafts = Fixtures.extract("President Ana Rojas will visit Japan on Wednesday for talks with Prime "
                + "Minister Shigeru Ishiba. Chile sells copper to Japan, and Chile hopes to sell more; Chile's exporters "
                + "and Peru's are watching.");
        Draft visit = Fixtures.first(drafts, d -> d.kind().equals("visit"));
        assertEquals("CL", visit.participants().get(0).country(), visit::toString);
    }

    @Test
    void theSessionOfABodyOfTwoGovernmentsIsOfBothAndItsUnplacedMemberOfTheOtherSide() {
        List<Draft> drafts = Fixtures.extract("On Wednesday Foreign Minister Espen Barth Eide will hold talks with Foreign "
                + "Minister Samuel Okudzeto in Accra. In the afternoon, the two ministers will open the first session of the "
                + "Norway-Ghana Joint Commission.");
        Draft session = Fixtures.first(drafts, d -> d.title().contains("Joint Commission"));
        assertTrue(session.countries().containsAll(List.of("NO", "GH")), session::toString);
        assertTrue(session.participants().stream().anyMatch(p -> p.name().equals("Espen Barth Eide") && "NO".equals(p.country())),
                session::toString);
    }

    @Test
    void aVagueDateToldAgainExactlyRightAfterItGivesWayToTheExactOne() {
        List<Draft> drafts = Fixtures.extract("Next week, from Tuesday the 14th to Thursday the 16th of May, President Ana "
                + "Rojas will pay an official visit to Japan.", LocalDate.of(2024, 5, 8));
        Draft visit = Fixtures.first(drafts, d -> d.kind().equals("visit"));
        assertEquals(LocalDate.of(2024, 5, 14), visit.start(), visit::toString);
        assertEquals(LocalDate.of(2024, 5, 16), visit.end());
        assertEquals(Precision.DAY, visit.precision());
    }

    @Test
    void theMeetingIsWithTheOneNamedAfterTheCopula() {
        Draft d = only("The main meeting is with President José Jerí of Peru on Wednesday 15 May at the Government Palace.");
        assertTrue(Fixtures.names(d).contains("José Jerí"), d::toString);
        assertEquals(WED, d.start());
    }

    @Test
    void theFirstMeetingWillBeWithTheOneNamedAfterIt() {
        List<Draft> drafts = Fixtures.extract("Foreign Minister Anna Berg will visit Peru on Wednesday. The first meeting will "
                + "be with President José Jerí.");
        assertTrue(drafts.stream().anyMatch(d -> Fixtures.names(d).equals(List.of("Anna Berg", "José Jerí"))), drafts::toString);
    }

    @Test
    void talksWithMyCounterpartInAppositionAreWithTheOneNamed() {
        Draft d = only("On Wednesday Foreign Minister Anna Berg will hold talks with our counterpart, Foreign Minister Sugiono.");
        assertTrue(Fixtures.names(d).contains("Sugiono"), d::toString);
    }

    @Test
    void aMeetingInTheStaysCountryOnABareWeekdayIsWithinTheStayThoughItsPeopleAreOthers() {
        List<Draft> drafts = Fixtures.extract("President Ana Rojas will make an official visit to Kenya from Sunday, May 19, to "
                + "Tuesday, May 21. Foreign Minister Luis Vera will travel ahead of the President and meet Foreign Minister "
                + "Musalia Mudavadi in Nairobi on Sunday evening.", LocalDate.of(2024, 5, 9));
        Draft ahead = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Musalia Mudavadi"));
        assertEquals(LocalDate.of(2024, 5, 19), ahead.start(), drafts::toString);
    }

    @Test
    void aMeetingBetweenTwoIsOfBothThoughTheSecondOpensTheVerb() {
        Draft d = Fixtures.first(Fixtures.extract("Spanish Prime Minister Ana Rojas will visit Uruguay on Tuesday and Wednesday. The central meeting between Rojas and President Yamandú Orsi is scheduled for Wednesday at 11:00 at the "
                + "Executive Tower in Montevideo."), x -> x.kind().equals("meeting"));
        assertTrue(Fixtures.names(d).contains("Yamandú Orsi"), d::toString);
    }

    @Test
    void aTourOfSeveralCountriesIsPlacedInNoneOfTheStaysAroundIt() {
        List<Draft> drafts = Fixtures.extract("Foreign Minister Espen Barth Eide and Defence Minister Tore Sandvik will travel "
                + "to Ghana and Togo next week. The two ministers will also visit Nigeria from Sunday 19 May to Sunday 26 May.");
        Draft tour = Fixtures.first(drafts, d -> d.countries().contains("TG"));
        assertNull(tour.location(), tour::toString);
    }

    @Test
    void aDateAfterAWhoAsideWithListCommasIsTheWhereClausesOwn() {
        List<Draft> drafts = Fixtures.extract("From Oslo, Foreign Minister Anna Berg will fly on Wednesday to Lima, where she "
                + "is scheduled to meet Peruvian Vice President Ana Torres, who also heads the fisheries, energy and trade "
                + "ministry, on Thursday to discuss fisheries.");
        Draft met = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Ana Torres"));
        assertEquals(WED.plusDays(1), met.start(), drafts::toString);
    }

    @Test
    void aClauseOpenedAfterAWhoAsideStillClosesTheWhereClause() {
        List<Draft> drafts = Fixtures.extract("Foreign Minister Anna Berg will be in Lima on Wednesday, where she will meet "
                + "Vice President Ana Torres, who heads the fisheries ministry, and in Quito on Thursday.");
        Draft met = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Ana Torres"));
        assertEquals(WED, met.start(), drafts::toString);
    }

    @Test
    void aNounEventWordEndingTheTextCostsNoEngagement() {
        List<Draft> drafts = Fixtures.extract("President William Ruto will host President Yoweri Museveni in Nairobi on "
                + "Wednesday.\nOn Monday, talks");
        assertTrue(drafts.stream().anyMatch(d -> Fixtures.names(d).contains("Yoweri Museveni")), drafts::toString);
    }

    @Test
    void aHostingBeforeAVisitInTheSameCountryStaysOnItsOwnWeekday() {
        List<Draft> drafts = Fixtures.extract("Kenyan President William Ruto will pay a state visit to Uganda from 20 to 23 "
                + "May. Before that, Ugandan President Yoweri Museveni will host Tanzanian President Samia Suluhu Hassan in "
                + "Entebbe on Wednesday.");
        Draft hosting = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Samia Suluhu Hassan"));
        assertEquals(WED, hosting.start(), drafts::toString);
    }

    @Test
    void anEnDashOpeningALowerCaseAsideIsNoHyphen() {
        Draft d = only("President William Ruto will meet President Yoweri Museveni\u2013his closest ally\u2013in Kampala on "
                + "Wednesday.");
        assertTrue(Fixtures.names(d).contains("Yoweri Museveni"), d::toString);
        assertEquals("Kampala", d.location().city());
    }

    @Test
    void aVagueDateInAClosedWhoClauseIsNotNarrowedByTheMainClausesDay() {
        List<Draft> drafts = Fixtures.extract("Kenyan President William Ruto, who will visit Japan later this month, on "
                + "Wednesday will meet Ugandan President Yoweri Museveni in Nairobi.");
        Draft japan = Fixtures.first(drafts, d -> "JP".equals(d.location() == null ? null : d.location().country()));
        assertEquals(Precision.WINDOW, japan.precision(), drafts::toString);
    }

    @Test
    void aCoTravellerTakesNoPublishedCountryFromAGuess() {
        List<Draft> drafts = Fixtures.extract("Foreign Minister Alfred Mutua will visit Uganda on Tuesday. On Thursday, Mutua "
                + "and Trade Minister Rebecca Miano will visit Tanzania. Kenya and Ethiopia signed a pact last year; Ethiopia "
                + "and Kenya share a border.");
        assertTrue(drafts.stream().flatMap(d -> d.participants().stream())
                .noneMatch(p -> p.name().equals("Rebecca Miano") && p.country() != null), drafts::toString);
    }

    @Test
    void aJourneyToldWithWillThenTakesNoDayFromTheMeetingBefore() {
        List<Draft> drafts = Fixtures.extract("Kenyan President William Ruto will hold talks with President Yoweri Museveni "
                + "in Kampala on Monday. He will then travel to Tanzania for a state visit.");
        assertTrue(drafts.stream().noneMatch(d -> d.countries().contains("TZ") && d.precision() == Precision.DAY),
                drafts::toString);
    }

    @Test
    void oneReceivedThenByAPresidentOfAnotherCountryIsNotPlacedInTheTownBefore() {
        List<Draft> drafts = Fixtures.extract("Kenyan President William Ruto will hold talks with President Yoweri Museveni "
                + "in Kampala on Monday. Ruto will then be received by Rwandan President Paul Kagame.");
        Draft received = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Paul Kagame"));
        assertTrue(received.location() == null || !"UG".equals(received.location().country()), drafts::toString);
    }

    @Test
    void oneWhoAddressesACouncilAloneKeepsTheHomeTheReportTellsOfTheirs() {
        List<Draft> drafts = Fixtures.extract("Foreign Minister Yusuf Tuggar will address the UN Human Rights Council in "
                + "Geneva on Wednesday. He will present the report of Nigeria. Nigeria joined the council in 2023, and "
                + "Nigeria hopes to chair it.");
        assertTrue(drafts.stream().flatMap(d -> d.participants().stream())
                .anyMatch(p -> p.name().equals("Yusuf Tuggar") && "NG".equals(p.country())), drafts::toString);
    }

    @Test
    void aSpanOfBareWeekdaysAfterADatedTourIsWithinTheTour() {
        List<Draft> drafts = Fixtures.extract("Prime Minister Jonas Gahr Store will make official visits to Poland and Czechia "
                + "from May 19 to May 23. Mr Store will be in Warsaw from Sunday to Tuesday. He will then travel to Prague on "
                + "Tuesday evening.", LocalDate.of(2024, 5, 9));
        Draft warsaw = Fixtures.first(drafts, d -> d.location() != null && "Warsaw".equals(d.location().city()));
        assertEquals(LocalDate.of(2024, 5, 19), warsaw.start(), drafts::toString);
        assertEquals(LocalDate.of(2024, 5, 21), warsaw.end());
    }

    @Test
    void oneWhoAccompaniesTheVisitorMeetsOnTheWeekdayWithinTheVisit() {
        List<Draft> drafts = Fixtures.extract("Prime Minister Jonas Gahr Store will visit Czechia from May 19 to May 23. "
                + "Foreign Minister Espen Barth Eide, who is accompanying Mr Store, will meet his Czech counterpart Jan "
                + "Lipavsky on Wednesday morning.", LocalDate.of(2024, 5, 9));
        Draft met = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Jan Lipavsky"));
        assertEquals(LocalDate.of(2024, 5, 22), met.start(), drafts::toString);
    }

    @Test
    void aCallAheadOfTheVisitStaysBeforeIt() {
        List<Draft> drafts = Fixtures.extract("Trade Minister Cecilia Myrseth will visit India from May 20 to 22. Ahead of the "
                + "visit, Myrseth and Commerce Minister Piyush Goyal will speak by telephone on Thursday.",
                LocalDate.of(2024, 5, 13));
        Draft call = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Piyush Goyal"));
        assertEquals(LocalDate.of(2024, 5, 16), call.start(), drafts::toString);
    }

    @Test
    void oneInWhoseNameAnEnvoyAttendsIsNotThere() {
        Draft d = only("Vice President Ana Torres, as President Jose Jeri's special envoy, will attend the inauguration "
                + "ceremony of the new President of Chile in Santiago on Wednesday.");
        assertEquals(List.of("Ana Torres"), Fixtures.names(d), d::toString);
    }

    @Test
    void anEnvoyAtTheInvitationOfAGovernmentIsTheOneWhoAttends() {
        Draft d = only("At the invitation of the Government of Chile, Vice President Ana Torres, as President Jose Jeri's "
                + "special envoy, will attend the inauguration ceremony of the new President of Chile in Santiago on Wednesday.");
        assertEquals(List.of("Ana Torres"), Fixtures.names(d), d::toString);
    }

    @Test
    void aVenueNamedAfterATownIsInThatTown() {
        Draft d = only("President William Ruto will visit the Port of Mombasa on Wednesday.");
        assertEquals("Mombasa", d.location().city(), d::toString);
        assertEquals("KE", d.location().country());
    }

    @Test
    void oneNamedTogetherWithTheVisitorTravelsToo() {
        Draft d = only("Peruvian President Dina Boluarte will visit Chile on Wednesday together with Foreign Minister Javier González-Olaechea.");
        assertEquals(List.of("Dina Boluarte", "Javier González-Olaechea"), Fixtures.names(d));
    }

    @Test
    void theOfficeOfABodyNamedAfterTheVisitorIsNoGatheringOfThatBody() {
        Draft d = only("The Secretary-General of the Commonwealth, Shirley Botchwey, will visit Fiji on Wednesday together with "
                + "the Director of the Pacific Islands Forum, Dr Baron Waqa.");
        assertEquals("FJ", d.location().country(), d::toString);
    }

    @Test
    void aCompanionOfAnInternationalOfficialNamedWithoutOfficeHasNoCountryGuessed() {
        Draft d = only("GENEVA, 13 May 2024 - The Secretary-General of the United Nations, António Guterres, will visit Ghana on "
                + "Wednesday together with the Director of the United Nations Development Programme (UNDP), Dr Achim Steiner.");
        assertEquals(java.util.Set.of("GH"), java.util.Set.copyOf(d.countries()), d::toString);
    }

    @Test
    void theTwoMinistersWhoHoldAWorkingSessionAreThePairToldBefore() {
        List<Draft> drafts = Fixtures.extract("Chilean Interior Minister Carolina Tohá will tour the Port of Callao on Tuesday "
                + "with Peru's Interior Minister, Juan José Santiváñez, and the two ministers will hold a working session at "
                + "the Peruvian ministry on Wednesday.");
        Draft session = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals(List.of("Carolina Tohá", "Juan José Santiváñez"), Fixtures.names(session), drafts::toString);
    }

    @Test
    void oneNamedWithTheVisitorOfASiteGoesThereToo() {
        Draft d = only("Chilean Interior Minister Carolina Tohá will tour the Port of Callao on Wednesday with Peru's Interior "
                + "Minister, Juan José Santiváñez.");
        assertEquals(List.of("Carolina Tohá", "Juan José Santiváñez"), Fixtures.names(d));
    }

    @Test
    void oneAJourneysPurposeIsWithDoesNotTravel() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will travel directly to Lima for the annual "
                + "consultation with President Dina Boluarte on Wednesday.");
        assertTrue(drafts.stream().noneMatch(d -> d.kind().equals("travel") && Fixtures.names(d).contains("Dina Boluarte")),
                drafts::toString);
    }

    @Test
    void oneMetInAClauseAfterTheVisitDoesNotTravel() {
        List<Draft> drafts = Fixtures.extract("Defence Minister Gabriel Boric is slated to visit Peru on Wednesday, where he "
                + "is expected to sign an agreement with his counterpart, General Walter Astudillo.");
        Draft visit = Fixtures.first(drafts, d -> d.kind().equals("visit"));
        assertEquals(List.of("Gabriel Boric"), Fixtures.names(visit), drafts::toString);
    }

    @Test
    void anOfficeMetBeforeItsHoldersNameIsTheOneNamedLaterWithThatOffice() {
        List<Draft> drafts = Fixtures.extract("""
                Norwegian Fisheries Minister Marianne Sivertsen Næss will visit Guernsey on Wednesday for talks with the \
                Chief Minister on fishing licences.

                Sivertsen Næss will meet Chief Minister Lyndon Trott at Sir Charles Frossard House.
                """);
        Draft visit = Fixtures.first(drafts, d -> d.kind().equals("visit"));
        assertEquals(List.of("Marianne Sivertsen Næss", "Lyndon Trott"), Fixtures.names(visit), drafts::toString);
    }

    @Test
    void anOfficeMetIsTheHolderTheSameSentenceNamesBeforeOneTheReportTellsMoreOf() {
        List<Draft> drafts = Fixtures.extract("""
                Chile's Foreign Minister Alberto van Klaveren will attend the Pacific Alliance summit in Lima on Wednesday.

                "Van Klaveren has confirmed his participation, and he will meet the prime minister on Wednesday," an \
                adviser to Peruvian Prime Minister Gustavo Adrianzén said.

                Spanish Prime Minister Pedro Sánchez will also attend as a guest. Sánchez was invited by Lima. Sánchez \
                will hold talks with Adrianzén on Thursday. Van Klaveren last visited Lima in March.
                """);
        Draft met = Fixtures.first(drafts, d -> d.start().equals(WED) && d.kind().equals("meeting") && d.participants().size() == 2);
        assertEquals(List.of("Alberto van Klaveren", "Gustavo Adrianzén"), Fixtures.names(met), drafts::toString);
    }

    @Test
    void aSessionCoChairedByTwoIsTheirsNotTheReportsProtagonists() {
        List<Draft> drafts = Fixtures.extract("""
                Chilean Foreign Minister Alberto van Klaveren will visit Ghana on Monday. Van Klaveren will meet President \
                John Mahama on Tuesday. Van Klaveren then flies to Lagos.

                The joint trade committee is scheduled to open on Wednesday at 10 am, and will be co-chaired by Trade \
                Minister Elizabeth Ofosu-Adjare and Peru's Trade Minister, Úrsula Desilú León.
                """);
        Draft session = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Elizabeth Ofosu-Adjare"));
        assertTrue(!Fixtures.names(session).contains("Alberto van Klaveren"), drafts::toString);
    }

    @Test
    void talksConductedByAMinisterToldAfterTheirDayAreHers() {
        List<Draft> drafts = Fixtures.extract("The technical talks on electricity supply are maintained for Wednesday. On the "
                + "Ghanaian side the talks will be conducted by the Minister of Energy, John Jinapor.");
        assertEquals(List.of("John Jinapor"), Fixtures.names(Fixtures.first(drafts, d -> d.start().equals(WED))), drafts::toString);
    }

    @Test
    void aSessionCoPresidedByAMinisterToldAfterItsDayIsHis() {
        List<Draft> drafts = Fixtures.extract("The session of the joint commission on the corridor has been moved to Wednesday "
                + "15 May. It will be co-presided by the Ghanaian Minister of Transport, Joseph Bukari Nikpe, and his Togolese "
                + "counterpart.");
        assertTrue(Fixtures.names(Fixtures.first(drafts, d -> d.start().equals(WED))).contains("Joseph Bukari Nikpe"), drafts::toString);
    }

    @Test
    void aSessionPostponedToAWeekIsPlannedForThatWeek() {
        List<Draft> drafts = Fixtures.extract("The fourth session of the Chile-Peru Joint Commission, which was set for Lima from "
                + "May 20 to 22, has been postponed to the last week of June.");
        Draft session = Fixtures.first(drafts, d -> d.title().contains("Commission"));
        assertEquals(LocalDate.of(2024, 6, 24), session.start(), drafts::toString);
        assertEquals(DraftStatus.SCHEDULED, session.status());
    }

    @Test
    void aSummitPostponedToAMonthKeepsItsDayAndIsPostponed() {
        List<Draft> drafts = Fixtures.extract("A joint summit, which Chilean President Gabriel Boric had been due to host in "
                + "Santiago on 24 May, has been postponed to July.");
        Draft summit = Fixtures.first(drafts, d -> d.participants().stream().anyMatch(p -> p.name().equals("Gabriel Boric")));
        assertEquals(DraftStatus.POSTPONED, summit.status(), drafts::toString);
    }

    @Test
    void aNumberedAssemblyOfABodyIsAGatheringOnItsDays() {
        Draft d = only("Speaker of the Storting Masud Gharahkhani will lead a delegation to the 46th Assembly of the "
                + "Commonwealth Parliamentary Association in Accra, which runs from Monday 13 to Friday 17 May.");
        assertEquals(LocalDate.of(2024, 5, 17), d.end(), d::toString);
    }

    @Test
    void aMeetingThereIsNoPlanForFarAfterTheWordsIsNone() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will visit Lima on Wednesday. During the one-day "
                + "visit, Boric is also scheduled to meet the head of Peru's Congress, Eduardo Salhuana. Officials insisted there "
                + "was no plan for Boric to travel to Arequipa to meet Keiko Fujimori, whose party controls the south.");
        assertTrue(drafts.stream().noneMatch(d -> Fixtures.names(d).contains("Keiko Fujimori")), drafts::toString);
        assertTrue(drafts.stream().anyMatch(d -> Fixtures.names(d).contains("Eduardo Salhuana")), drafts::toString);
    }

    @Test
    void aSeparateMeetingOfTwoBeforeAForumTheyOpenIsAnEngagementOfItsOwn() {
        List<Draft> drafts = Fixtures.extract("""
                Chilean Foreign Minister Alberto van Klaveren will visit Norway from 14 to 16 May 2024.

                Programme

                WEDNESDAY 15 MAY
                15.00 Chile-Norway Business Forum, opened by Minister van Klaveren and Minister of Trade Cecilie Myrseth

                Minister van Klaveren will hold a separate meeting with Minister Myrseth on Wednesday 15 May before the \
                business forum, at 14.00.
                """);
        assertTrue(drafts.stream().anyMatch(d -> d.start().equals(WED) && d.title().contains("Forum")), drafts::toString);
        assertTrue(drafts.stream().anyMatch(d -> d.start().equals(WED) && !d.title().contains("Forum")
                && Fixtures.names(d).contains("Cecilie Myrseth")), drafts::toString);
    }

    @Test
    void theLeadersOfEachSidesDelegationToldAfterASessionTakePartInIt() {
        List<Draft> drafts = Fixtures.extract("The 12th session of the Chile-Argentina Joint Mining Commission is set for "
                + "Wednesday, although the venue has not been made public. Chile's delegation will again be led by Marcela "
                + "Williams, undersecretary of mining; the Argentine side is expected to be headed by Luis Lucero, secretary "
                + "of mining.");
        Draft session = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals(List.of("Marcela Williams", "Luis Lucero"), Fixtures.names(session), drafts::toString);
    }

    @Test
    void oneMetForTheJourneysPurposeDoesNotTravel() {
        Draft visit = Fixtures.first(Fixtures.extract("German Chancellor Olaf Scholz will visit Nairobi on Wednesday to sign a "
                + "trade agreement with President William Ruto."), d -> d.kind().equals("visit") || d.kind().equals("travel"));
        assertEquals(List.of("Olaf Scholz"), Fixtures.names(visit));
    }

    @Test
    void oneTogetherWithWhomSomethingIsDoneInAWhereClauseDoesNotTravel() {
        Draft visit = Fixtures.first(Fixtures.extract("German Chancellor Olaf Scholz will visit Kenya on Wednesday, where he "
                + "will launch a climate fund together with President William Ruto."), d -> d.kind().equals("visit"));
        assertEquals(List.of("Olaf Scholz"), Fixtures.names(visit));
    }

    @Test
    void aPlaneThatHasTakenOffCancelsNothing() {
        Draft d = Fixtures.first(Fixtures.extract("Indian Prime Minister Narendra Modi, whose plane has taken off from Delhi, "
                + "will meet President Volodymyr Zelenskiy in Kyiv on Wednesday."), x -> true);
        assertEquals(DraftStatus.SCHEDULED, d.status());
    }

    @Test
    void aCountryRemovedFromAListCancelsNothing() {
        Draft d = Fixtures.first(Fixtures.extract("Pakistani Prime Minister Shehbaz Sharif will visit Beijing on Wednesday "
                + "after the country was removed from the FATF grey list."), x -> true);
        assertEquals(DraftStatus.SCHEDULED, d.status());
    }

    @Test
    void aPlanNegatedInOneClauseLeavesTheMeetingOfTheNext() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren said there is no plan to change "
                + "course and he will meet President Gustavo Petro on Wednesday.");
        assertTrue(drafts.stream().anyMatch(d -> Fixtures.names(d).contains("Gustavo Petro")), drafts::toString);
    }

    @Test
    void anOfficeMetIsNotItsHolderToldOfThePastInTheSameSentence() {
        List<Draft> drafts = Fixtures.extract("US President Joe Biden will meet the prime minister in Ottawa on Wednesday, a "
                + "week after British Prime Minister Rishi Sunak visited Washington.");
        assertTrue(drafts.stream().noneMatch(d -> Fixtures.names(d).contains("Rishi Sunak")), drafts::toString);
    }

    @Test
    void theOtherSidesLeaderToldWithoutTheVerbAgainTakesPartToo() {
        List<Draft> drafts = Fixtures.extract("The second round of border talks between Chile and Peru will be held in Tacna "
                + "on Wednesday. The Chilean delegation will be led by ambassador Rodrigo Yáñez, and the Peruvian delegation "
                + "by Carlos Chocano.");
        Draft round = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals(List.of("Rodrigo Yáñez", "Carlos Chocano"), Fixtures.names(round), drafts::toString);
    }

    @Test
    void aVisitOfFortyEightHoursLastsTwoDays() {
        Draft d = only("The Prime Minister of Mali, General Abdoulaye Maïga, is expected in Dakar this Wednesday 15 May for a "
                + "working and friendship visit of 48 hours.");
        assertEquals(LocalDate.of(2024, 5, 16), d.end(), d::toString);
    }

    @Test
    void aFortyEightHourVisitLastsTwoDays() {
        Draft d = only("Ghana's President John Mahama will arrive in Lomé on Wednesday for a 48-hour visit.");
        assertEquals(LocalDate.of(2024, 5, 16), d.end(), d::toString);
    }

    @Test
    void aVisitOfHoursThatMakeNoWholeDayLastsItsDay() {
        Draft d = only("Ghana's President John Mahama will pay a 36-hour visit to Lomé on Wednesday.");
        assertEquals(WED, d.end(), d::toString);
    }

    @Test
    void theDelegationOfTheVisitorTravelsWithTheVisitor() {
        List<Draft> drafts = Fixtures.extract("Norway's Foreign Minister Espen Barth Eide will arrive in Ghana on Monday for a "
                + "three-day visit. On Tuesday, Eide will hold talks with Ghana's Minister of Foreign Affairs, Samuel Okudzeto "
                + "Ablakwa. State Secretary Andreas Kravik will accompany the minister. On Wednesday the delegation will travel to "
                + "Kumasi, where they are scheduled to visit a cocoa farm.");
        Draft kumasi = Fixtures.first(drafts, d -> d.start().equals(WED) && d.end().equals(WED));
        assertTrue(Fixtures.names(kumasi).contains("Espen Barth Eide"), drafts::toString);
        assertFalse(Fixtures.names(kumasi).contains("Samuel Okudzeto Ablakwa"), drafts::toString);
        assertEquals("Kumasi", kumasi.location().city(), drafts::toString);
    }

    @Test
    void aTownTheListsLackAfterAJourneysToIsInTheCountryOfTheStay() {
        List<Draft> drafts = Fixtures.extract("Norway's Foreign Minister Espen Barth Eide will arrive in Ghana on Monday for a "
                + "three-day visit. On Wednesday he will fly to Elmina, on the coast, to tour the old fort.");
        Draft elmina = Fixtures.first(drafts, d -> d.start().equals(WED) && d.end().equals(WED));
        assertEquals("Elmina", elmina.location().city(), drafts::toString);
        assertEquals("GH", elmina.location().country(), drafts::toString);
    }

    @Test
    void aTownTheListsLackTakesTheCountryToldAfterIt() {
        Draft d = only("New Zealand's Foreign Minister Winston Peters will travel to Aitutaki in the Cook Islands on Wednesday.");
        assertEquals("Aitutaki", d.location().city(), d::toString);
        assertEquals("CK", d.location().country(), d::toString);
    }

    @Test
    void aProvinceOfOneCountryAfterAJourneysToIsInThatCountry() {
        Draft d = only("Nepal's Prime Minister Pushpa Kamal Dahal will fly to Uttarakhand on Wednesday.");
        assertEquals("IN", d.location().country(), d::toString);
    }

    @Test
    void aBodyNamedAfterACountryIsNotAJourneyToIt() {
        List<Draft> drafts = Fixtures.extract("Kenya's Foreign Minister Musalia Mudavadi will visit Ghana from Tuesday to Thursday. "
                + "On Wednesday the delegation will visit the Kenya Tea Board's trial farm in Kumasi.");
        Draft office = Fixtures.first(drafts, d -> d.start().equals(WED) && d.end().equals(WED));
        assertEquals("GH", office.location().country(), drafts::toString);
    }

    @Test
    void aHyphenatedCapitalIsFoundWithASpace() {
        Draft d = only("France's President Emmanuel Macron will fly to Port Vila on Wednesday.");
        assertEquals("VU", d.location().country(), d::toString);
    }

    @Test
    void theSameTimeInOtherTownsPlacesNothing() {
        List<Draft> drafts = Fixtures.extract("Samoa's Prime Minister Fiamē Naomi Mataʻafa travels to Nukuʻalofa on Tuesday for a "
                + "two-day visit to Tonga. She will meet Prime Minister Aisake Eke on Wednesday at ten o'clock in the morning, "
                + "which is the same time in Apia and Suva.");
        Draft meeting = Fixtures.first(drafts, d -> d.participants().size() == 2);
        assertEquals("TO", meeting.location().country(), drafts::toString);
    }

    @Test
    void aCapitalNamedAsItsStateWithCityIsTheCapital() {
        Draft d = only("Ethiopia's Foreign Minister Gedion Timothewos will hold talks in Djibouti-City on Wednesday.");
        assertEquals("Djibouti", d.location().city(), d::toString);
        assertEquals("DJ", d.location().country(), d::toString);
    }

    @Test
    void aVisitToTheGrandDuchyIsToTheOnlyOne() {
        Draft d = only("Belgium's Foreign Minister Maxime Prévot will pay an official visit to the Grand Duchy on Wednesday.");
        assertEquals("LU", d.location().country(), d::toString);
    }

    @Test
    void aVisitToThePrincipalityIsToTheOneTheReportNames() {
        List<Draft> drafts = Fixtures.extract("Monaco and Italy will sign a fisheries accord this week. Italy's Foreign Minister "
                + "Antonio Tajani will travel to the Principality on Wednesday.");
        Draft trip = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals("MC", trip.location().country(), drafts::toString);
    }

    @Test
    void aVisitToTheKingdomOfANamedStateIsNotGuessed() {
        Draft d = only("Chile's Foreign Minister Alberto van Klaveren will travel to the Kingdom of Morocco on Wednesday.");
        assertEquals("MA", d.location().country(), d::toString);
    }

    @Test
    void aProgrammeItemOfAVisitNamingItsVisitorIsTheirVisit() {
        List<Draft> drafts = Fixtures.extract("Government agenda\n\nWednesday 15 May 2024\n\n10h30 - Official visit of the President "
                + "of Ghana, John Mahama, to the Grand Duchy.\n");
        Draft visit = Fixtures.first(drafts, d -> d.kind().equals("visit"));
        assertEquals(List.of("John Mahama"), Fixtures.names(visit), drafts::toString);
        assertEquals("LU", visit.location().country(), drafts::toString);
    }

    @Test
    void aReceptionByAnOfficeHolderIsAMeetingWithThem() {
        List<Draft> drafts = Fixtures.extract("Government agenda\n\nWednesday 15 May 2024\n\n10h30 - Official visit of the President "
                + "of Ghana, John Mahama, to the Grand Duchy. Reception by the Prime Minister, Minister of State, Luc Frieden.\n");
        Draft meeting = Fixtures.first(drafts, d -> d.participants().size() == 2);
        assertEquals(List.of("John Mahama", "Luc Frieden"), Fixtures.names(meeting), drafts::toString);
    }

    @Test
    void aWeekdayPartWithTheArticleIsOfTheStayTold() {
        List<Draft> drafts = Fixtures.extract("Chile's President Gabriel Boric will visit Peru from Tuesday, May 21, to Friday, "
                + "May 24. In Cusco on the Thursday afternoon, he will meet President Dina Boluarte.");
        Draft meeting = Fixtures.first(drafts, d -> d.participants().size() == 2);
        assertEquals(LocalDate.of(2024, 5, 23), meeting.start(), drafts::toString);
    }

    @Test
    void aMissionToACountryIsAVisit() {
        Draft d = only("Norway's State Secretary Andreas Kravik will go on a mission to the Republic of Ghana from Tuesday 21 to "
                + "Thursday 23 May.");
        assertEquals("visit", d.kind(), d::toString);
        assertEquals("GH", d.location().country(), d::toString);
    }

    @Test
    void theAgentOfAnAudiencePastOfficesAndCourtesyIsMet() {
        List<Draft> drafts = Fixtures.extract("Norway's Foreign Minister Espen Barth Eide will visit Ghana from Tuesday to Thursday. "
                + "On Wednesday afternoon, the minister will be received in audience by the President, Head of State, Mr John "
                + "Mahama.");
        Draft audience = Fixtures.first(drafts, d -> d.participants().size() == 2);
        assertEquals(List.of("Espen Barth Eide", "John Mahama"), Fixtures.names(audience), drafts::toString);
    }

    @Test
    void theWeekdayWithTheArticleIsTheOneOfADateToldBefore() {
        List<Draft> drafts = Fixtures.extract("The meeting of Nordic energy ministers will take place in Bergen on Friday, May 24. "
                + "Norway's Energy Minister Terje Aasland will hold a bilateral meeting with Sweden's Ebba Busch on the Friday afternoon.");
        Draft bilateral = Fixtures.first(drafts, d -> d.participants().size() == 2);
        assertEquals(LocalDate.of(2024, 5, 24), bilateral.start(), drafts::toString);
    }

    @Test
    void aVillaIsAVenue() {
        Draft d = only("Italy's Prime Minister Giorgia Meloni will host Ghana's President John Mahama at the Villa Pamphilj on Wednesday.");
        assertEquals("Villa Pamphilj", d.location().name(), d::toString);
    }

    @Test
    void aMeetingCoChairedByTheTwoMinistersIsThePairsToldBefore() {
        List<Draft> drafts = Fixtures.extract("Ghana's Foreign Minister Samuel Okudzeto Ablakwa will receive his Norwegian counterpart, "
                + "Espen Barth Eide, in Accra on Tuesday. The Joint Commission meeting, co-chaired by the two ministers, is "
                + "scheduled to begin at 10:30 am on Wednesday.");
        Draft commission = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals(2, commission.participants().size(), drafts::toString);
    }

    @Test
    void aPairToldBeforeThatHoldsNotTheOfficeIsNotTheTwo() {
        List<Draft> drafts = Fixtures.extract("Norway's Foreign Minister Espen Barth Eide will meet the Speaker of Parliament of "
                + "Ghana, Alban Bagbin, in Accra on Tuesday. The business forum, opened by the two Heads of State, is scheduled "
                + "for Wednesday.");
        assertTrue(drafts.stream().noneMatch(d -> d.start().equals(WED) && Fixtures.names(d).contains("Alban Bagbin")),
                drafts::toString);
    }

    @Test
    void aCourtesyVisitToAnOfficeHolderIsAMeetingWithThem() {
        List<Draft> drafts = Fixtures.extract("Programme of the visit of Norway's Foreign Minister Espen Barth Eide to Ghana\n\n"
                + "Wednesday 15 May 2024\n10:00 a.m. Courtesy visit to the President of the Republic, John Mahama, at Jubilee House.\n");
        Draft call = Fixtures.first(drafts, d -> d.participants().size() == 2);
        assertEquals(List.of("Espen Barth Eide", "John Mahama"), Fixtures.names(call), drafts::toString);
    }

    @Test
    void aMasterClassIsAnEngagement() {
        List<Draft> drafts = Fixtures.extract("Programme of the visit of Norway's Foreign Minister Espen Barth Eide to Ghana\n\n"
                + "Wednesday 15 May 2024\n11:00 a.m. Master class at the University of Ghana.\n");
        assertTrue(drafts.stream().anyMatch(d -> d.kind().equals("speech") && d.start().equals(WED)), drafts::toString);
    }

    @Test
    void consultationsHeldByVideoconferenceAreOneVirtualMeetingOnTheirDay() {
        List<Draft> drafts = Fixtures.extract("Political consultations between the foreign ministries of Chile and Peru will be held "
                + "by videoconference on Wednesday. The Chilean side will be headed by Vice Minister Gloria de la Fuente.");
        Draft consultations = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals(List.of("Gloria de la Fuente"), Fixtures.names(consultations), drafts::toString);
        assertNull(consultations.location(), drafts::toString);
    }

    @Test
    void aVisitByAPersonToThePortOfATownIsTheirsThereInTheCountryOfTheirStay() {
        List<Draft> drafts = Fixtures.extract("Ghana's President John Mahama will pay a one-day visit to Togo on Tuesday. A visit "
                + "by John Mahama to the port of Aneho, initially planned for Wednesday, has been cancelled.");
        Draft port = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals(List.of("John Mahama"), Fixtures.names(port), drafts::toString);
        assertEquals("Aneho", port.location().city(), drafts::toString);
        assertEquals("TG", port.location().country(), drafts::toString);
        assertEquals("John Mahama visits Aneho", port.title(), drafts::toString);
    }

    @Test
    void anOfficialVisitToOurCountryIsToTheCountryOfTheDateline() {
        List<Draft> drafts = Fixtures.extract("Ministry of Foreign Affairs\nPress release\n\nSantiago, 13 May 2024. The Ministry informs "
                + "that the Foreign Minister of Norway, Espen Barth Eide, will carry out an official visit to our country on 15 and "
                + "16 May.");
        Draft visit = Fixtures.first(drafts, d -> d.kind().equals("visit"));
        assertEquals("CL", visit.location().country(), drafts::toString);
    }

    @Test
    void aClockGivenAgainOnAnotherDayInAnotherTownPlacesNothing() {
        List<Draft> drafts = Fixtures.extract("Samoa's Prime Minister Fiamē Naomi Mataʻafa will visit New Zealand from Monday to "
                + "Thursday. She will meet Prime Minister Christopher Luxon on Wednesday at 3pm New Zealand time, "
                + "which is 3pm on Tuesday in Apia.");
        Draft meeting = Fixtures.first(drafts, d -> d.participants().size() == 2);
        assertEquals("NZ", meeting.location().country(), drafts::toString);
    }

    @Test
    void aNamedDelegationToATownIsAJourneyThereNotAnEvent() {
        Draft d = only("Premier Dalton Tagelagi will lead a Niue Government delegation to Wellington on Wednesday.");
        assertEquals("Dalton Tagelagi travels to Wellington", d.title(), d::toString);
    }

    @Test
    void talksPutOffAndNowHeldInAMonthMoveToThatMonthAndTown() {
        List<Draft> drafts = Fixtures.extract("Chile's Health Minister Ximena Aguilera will visit Peru from Tuesday to Thursday. "
                + "She will meet President Dina Boluarte on Tuesday. Talks with Peru's health ministry, which had been scheduled "
                + "for Wednesday in Lima, have been postponed. They will now take place in Arequipa in June.");
        Draft talks = Fixtures.first(drafts, d -> d.start().equals(LocalDate.of(2024, 6, 1)));
        assertEquals(LocalDate.of(2024, 6, 30), talks.end(), drafts::toString);
        assertEquals("Arequipa", talks.location().city(), drafts::toString);
    }

    @Test
    void aStreetOpeningWithAProvincesNameIsNoTownOfThatProvince() {
        List<Draft> drafts = Fixtures.extract("Canada's Prime Minister Mark Carney will travel to Bay Street on Wednesday.");
        assertTrue(drafts.stream().noneMatch(d -> d.location() != null && "SO".equals(d.location().country())), drafts::toString);
    }

    @Test
    void aBodyNamedAfterAFormOfStateIsNoState() {
        List<Draft> drafts = Fixtures.extract("Russia's Foreign Minister Sergei Lavrov will travel to the Federation Council on Wednesday.");
        assertTrue(drafts.stream().noneMatch(d -> d.location() != null && "KN".equals(d.location().country())), drafts::toString);
    }

    @Test
    void aPermanentMissionToABodyIsNoVisit() {
        List<Draft> drafts = Fixtures.extract("Ambassador Sergio Danese, head of Italy's Permanent Mission to the United Nations in "
                + "Geneva, will host a reception on Wednesday.");
        assertTrue(drafts.stream().noneMatch(d -> d.kind().equals("visit")), drafts::toString);
    }

    @Test
    void aCourtesyVisitToACountryIsAVisitThere() {
        Draft d = only("India's Chief of Naval Staff Admiral Dinesh Kumar Tripathi will pay a courtesy visit to Mauritius on Wednesday.");
        assertEquals("visit", d.kind(), d::toString);
        assertEquals("MU", d.location().country(), d::toString);
    }

    @Test
    void aTownFollowedByAWrittenOutPhraseIsNoProvince() {
        Draft d = only("US President Joe Biden will visit Durham, county seat of Durham County, on Wednesday.");
        assertEquals("US", d.location().country(), d::toString);
    }

    @Test
    void aCallByVideoAfterAMeetingOfThePastIsAnEngagementOfItsOwn() {
        List<Draft> drafts = Fixtures.extract("French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on "
                + "Monday and the two will speak again by video call on Wednesday.");
        assertTrue(drafts.stream().anyMatch(d -> d.start().equals(WED)), drafts::toString);
    }

    @Test
    void aVisitToOurCountryOneIsInvitedToMakeIsNoJourneyThere() {
        List<Draft> drafts = Fixtures.extract("ACCRA, 13 May 2024 - President John Mahama will travel to Abuja on Wednesday, where "
                + "he will invite President Bola Tinubu to pay a state visit to our country.");
        assertTrue(drafts.stream().noneMatch(d -> Fixtures.names(d).contains("Bola Tinubu") && !d.kind().equals("meeting")),
                drafts::toString);
    }

    @Test
    void theTwoPresidentsAidesAreNotThePresidents() {
        List<Draft> drafts = Fixtures.extract("Kenya's President William Ruto will meet Tanzania's President Samia Suluhu Hassan "
                + "in Arusha on Tuesday. A preparatory meeting, attended by the two presidents' chiefs of staff, will take place "
                + "on Wednesday in Arusha.");
        assertTrue(drafts.stream().noneMatch(d -> d.start().equals(WED) && Fixtures.names(d).contains("William Ruto")),
                drafts::toString);
    }

    @Test
    void aJourneyToParliamentIsNoTown() {
        List<Draft> drafts = Fixtures.extract("British Prime Minister Keir Starmer will travel to Parliament on Wednesday.");
        assertTrue(drafts.stream().noneMatch(d -> d.location() != null && "Parliament".equals(d.location().city())),
                drafts::toString);
    }

    @Test
    void aTownOfThePlaceCrossedIntoIsInThatCountry() {
        List<Draft> drafts = Fixtures.extract("Namibia's President Netumbo Nandi-Ndaitwah will visit Zambia on Monday and Tuesday. "
                + "On Wednesday she will cross into Botswana and pay a visit to the town of Kasane.");
        Draft kasane = Fixtures.first(drafts, d -> d.location() != null && "Kasane".equals(d.location().city()));
        assertEquals("BW", kasane.location().country(), drafts::toString);
    }

    @Test
    void aStopCalledOffWithinAStayToldOfNoPlaceLeavesTheStayScheduled() {
        List<Draft> drafts = Fixtures.extract("Chile's President Gabriel Boric arrives in the country on Tuesday for a two-day "
                + "state visit. He will hold talks with President Dina Boluarte at the Government Palace in Lima on Wednesday. A "
                + "trip to Cusco on Wednesday afternoon, where the visitor was to tour a museum, has been dropped from the programme.");
        Draft stay = Fixtures.first(drafts, d -> d.kind().equals("visit") && d.end().isAfter(d.start()));
        Draft cusco = Fixtures.first(drafts, d -> d.location() != null && "Cusco".equals(d.location().city()));
        assertEquals(DraftStatus.SCHEDULED, stay.status(), drafts::toString);
        assertEquals(DraftStatus.CANCELLED, cusco.status(), drafts::toString);
    }

    @Test
    void aVisitToldOfNoPlaceIsInTheCountryWhereItsStopsAre() {
        List<Draft> drafts = Fixtures.extract("Chile's President Gabriel Boric arrives in the country on Tuesday for a two-day "
                + "state visit. He will hold talks with President Dina Boluarte at the Government Palace in Lima on Wednesday.");
        Draft stay = Fixtures.first(drafts, d -> d.kind().equals("visit"));
        assertEquals("PE", stay.location().country(), drafts::toString);
    }

    @Test
    void aVisitToldOfNoPlaceWithStopsAtHomeStaysUnplaced() {
        List<Draft> drafts = Fixtures.extract("Chile's President Gabriel Boric sets off on Tuesday on a two-day tour. He will "
                + "hold talks with business leaders in Valparaíso on Wednesday.");
        assertTrue(drafts.stream().noneMatch(d -> d.kind().equals("visit") && d.location() != null
                && !"CL".equals(d.location().country())), drafts::toString);
    }

    @Test
    void whoRepresentsEachSideOfACommissionToldJustBeforeSitsOnIt() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren spoke to reporters in Santiago "
                + "yesterday. The Chile-Peru Binational Commission will sit at ministerial level in Arica on Wednesday. Van Klaveren "
                + "will lead the Chilean side, while Peru will be represented by its Deputy Minister for Foreign Affairs, Ignacio Higueras.");
        Draft commission = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals(List.of("Alberto van Klaveren", "Ignacio Higueras"), Fixtures.names(commission), drafts::toString);
    }

    @Test
    void whoRepresentsACountryIsNoGuestOfADinnerToldJustBefore() {
        List<Draft> drafts = Fixtures.extract("President Dina Boluarte will host a gala dinner at the palace in Lima on Wednesday "
                + "evening. Argentina will be represented by Foreign Minister Gerardo Werthein.");
        assertTrue(drafts.stream().noneMatch(d -> Fixtures.names(d).contains("Gerardo Werthein")), drafts::toString);
    }

    @Test
    void whoLeadsEachSideIsReadBesideAJourneyToTheTalks() {
        List<Draft> drafts = Fixtures.extract("Chile and Peru will hold the next round of their political consultations in Lima "
                + "on Wednesday. Vice Minister Gloria de la Fuente will lead the Chilean side while the Peruvian delegation will be "
                + "headed by Vice Minister Ignacio Higueras, who is scheduled to arrive in Lima on Tuesday evening.");
        Draft talks = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals(List.of("Gloria de la Fuente", "Ignacio Higueras"), Fixtures.names(talks), drafts::toString);
    }

    @Test
    void theSideSomeoneLeadsTellsTheirCountryOverTheTitles() {
        List<Draft> drafts = Fixtures.extract("Sri Lanka and the Maldives will hold foreign secretary-level consultations in "
                + "Colombo on Wednesday. Foreign Secretary Aruni Wijewardane will lead the Sri Lankan side while the Maldivian "
                + "delegation will be headed by Foreign Secretary Fathimath Inaya.");
        Draft talks = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals("LK", talks.participants().get(0).country(), drafts::toString);
        assertEquals("MV", talks.participants().get(1).country(), drafts::toString);
    }

    @Test
    void thatVisitCalledOffInTheNextSentenceIsTheOneJustTold() {
        List<Draft> drafts = Fixtures.extract("Chile's Foreign Minister Alberto van Klaveren arrives in Lima on Tuesday for "
                + "talks with Peruvian Foreign Minister Elmer Schialer on Wednesday. The minister had also planned to visit the "
                + "Chavimochic irrigation project in Trujillo on Friday. That visit has been cancelled because of flooding.");
        Draft trujillo = Fixtures.first(drafts, d -> d.location() != null && "Trujillo".equals(d.location().city()));
        assertEquals(DraftStatus.CANCELLED, trujillo.status(), drafts::toString);
        assertTrue(drafts.stream().filter(d -> d != trujillo).allMatch(d -> d.status() == DraftStatus.SCHEDULED), drafts::toString);
    }

    @Test
    void aStopCalledOffInItsOwnSentenceIsACancelledVisitOfTheOneNamedThere() {
        List<Draft> drafts = Fixtures.extract("Peruvian President José Jerí will make an official visit to Chile on Tuesday and "
                + "Wednesday. The stop in Valparaíso on Wednesday has been taken off the schedule; President Jerí returns to Lima "
                + "on Wednesday afternoon.");
        Draft stop = Fixtures.first(drafts, d -> d.location() != null && "Valparaíso".equals(d.location().city()));
        assertEquals(DraftStatus.CANCELLED, stop.status(), drafts::toString);
        assertEquals(List.of("José Jerí"), Fixtures.names(stop));
    }

    @Test
    void thatLegOfTheTourCalledOffIsTheStopJustTold() {
        List<Draft> drafts = Fixtures.extract("Kenya's Foreign Minister Musalia Mudavadi will visit Ghana on Monday and Tuesday. "
                + "He had also planned to continue to Lome on Wednesday to meet President Faure Gnassingbe. That leg of the tour "
                + "has been cancelled because of the weather.");
        Draft lome = Fixtures.first(drafts, d -> d.location() != null && "Lome".equals(d.location().city()));
        assertEquals(DraftStatus.CANCELLED, lome.status(), drafts::toString);
        assertTrue(drafts.stream().filter(d -> d != lome).allMatch(d -> d.status() == DraftStatus.SCHEDULED), drafts::toString);
    }

    @Test
    void thatLegCalledOffBeforeAClauseOfAnotherDayIsStillTheStopJustTold() {
        List<Draft> drafts = Fixtures.extract("Kenya's Foreign Minister Musalia Mudavadi will visit Ghana on Monday and Tuesday. "
                + "He had also planned to continue to Lome on Wednesday to meet President Faure Gnassingbe. That leg of the tour "
                + "has been cancelled because of the weather, and he will try to visit Togo later in the year.");
        Draft lome = Fixtures.first(drafts, d -> d.location() != null && "Lome".equals(d.location().city()));
        assertEquals(DraftStatus.CANCELLED, lome.status(), drafts::toString);
        assertTrue(drafts.stream().filter(d -> d != lome).allMatch(d -> d.status() == DraftStatus.SCHEDULED), drafts::toString);
    }

    @Test
    void thatPartOfTheProgrammeCalledOffIsTheStopJustTold() {
        List<Draft> drafts = Fixtures.extract("Kenya's Foreign Minister Musalia Mudavadi will visit Ghana on Monday and Tuesday. "
                + "He was also scheduled to travel to Kumasi on Wednesday to meet the Asantehene, Otumfuo Osei Tutu II. That part "
                + "of the programme has been dropped.");
        Draft kumasi = Fixtures.first(drafts, d -> d.location() != null && "Kumasi".equals(d.location().city()));
        assertEquals(DraftStatus.CANCELLED, kumasi.status(), drafts::toString);
        assertTrue(drafts.stream().filter(d -> d != kumasi).allMatch(d -> d.status() == DraftStatus.SCHEDULED), drafts::toString);
    }

    @Test
    void thatVisitCalledOffAfterAMeetingIsNotAnEarlierVisit() {
        List<Draft> drafts = Fixtures.extract("Chile's Foreign Minister Alberto van Klaveren will travel to Peru on Tuesday. "
                + "He had also planned a stop in Tacna on Friday, where he was to meet the regional governor Luis Torres. That "
                + "visit has also been called off.");
        assertTrue(drafts.stream().noneMatch(d -> d.start().equals(Fixtures.MONDAY.plusDays(1)) && d.status() != DraftStatus.SCHEDULED),
                drafts::toString);
    }

    @Test
    void thatVisitCalledOffLongAgoCallsNothingOff() {
        List<Draft> drafts = Fixtures.extract("Chile's Foreign Minister Alberto van Klaveren will visit Peru on Wednesday. The "
                + "visit had first been planned for June 2020, but was called off because of the pandemic.");
        assertEquals(DraftStatus.SCHEDULED, Fixtures.first(drafts, d -> d.start().equals(WED)).status(), drafts::toString);
    }

    @Test
    void aJourneyToldInAWhoClauseIsTheOneItStandsForAlone() {
        List<Draft> drafts = Fixtures.extract("Vice Minister Gloria de la Fuente will welcome Vice Minister Ignacio Higueras, "
                + "who is scheduled to arrive in Santiago on Tuesday evening.");
        Draft journey = Fixtures.first(drafts, d -> d.kind().equals("travel"));
        assertEquals(List.of("Ignacio Higueras"), Fixtures.names(journey), drafts::toString);
    }

    @Test
    void aVisitToAVenueTheListsCannotPlaceIsInTheStaysCountry() {
        List<Draft> drafts = Fixtures.extract("Peruvian Foreign Minister Elmer Schialer arrives in Santiago on Monday evening. "
                + "On Wednesday he will visit the Atacama Large Millimeter Array.");
        Draft site = Fixtures.first(drafts, d -> d.start().equals(WED) && d.kind().equals("visit"));
        assertEquals("CL", site.location().country(), drafts::toString);
    }

    @Test
    void aPresentPlanFollowedByAPassiveStillNamesTheComingWeekday() {
        List<Draft> drafts = Fixtures.extract("Norwegian Prime Minister Jonas Gahr Store will pay an official visit to Chile next "
                + "Monday and Tuesday. The highlight of the visit is the meeting between Store and President Gabriel Boric at La "
                + "Moneda on Tuesday at 10am, followed by the signing of agreements on energy.", WED);
        assertTrue(drafts.stream().anyMatch(d -> d.kind().equals("meeting") && d.start().equals(WED.plusDays(6))), drafts::toString);
    }

    @Test
    void theLeaderOfADelegationThatTravelsGoesWithIt() {
        List<Draft> drafts = Fixtures.extract("Ghana's President John Mahama opened the refinery last year. A technical delegation "
                + "led by Kwame Asante, the chief executive of the Ghana National Gas Company, is due in Takoradi on Wednesday.");
        Draft journey = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals(List.of("Kwame Asante"), Fixtures.names(journey), drafts::toString);
    }

    @Test
    void aVisitToldOfNoPlaceTakesTheCountryOfItsStops() {
        List<Draft> drafts = Fixtures.extract("Peru's Prime Minister Eduardo Arana will make an official visit on Wednesday and "
                + "Thursday. President Gabriel Boric will receive him at La Moneda in Santiago on Wednesday.");
        Draft visit = Fixtures.first(drafts, d -> d.kind().equals("visit"));
        assertEquals("CL", visit.location().country(), drafts::toString);
    }

    @Test
    void aVisitToldOfNoPlaceAndNoStopsIsLeftOut() {
        List<Draft> drafts = Fixtures.extract("Peru's Prime Minister Eduardo Arana will make an official visit on Wednesday and "
                + "Thursday.");
        assertTrue(drafts.isEmpty(), drafts::toString);
    }

    @Test
    void aHeadingsVisitOfNoPlaceIsTheVisitTheLeadTells() {
        List<Draft> drafts = Fixtures.extract("Official visit of the President of the Republic of Peru, José Jerí, May 15-16\n\n"
                + "The President of the Republic, Gabriel Boric, will receive the President of the Republic of Peru, José Jerí, on "
                + "an official visit to Chile on Wednesday and Thursday.");
        assertEquals(1, drafts.stream().filter(d -> d.kind().equals("visit")).count(), drafts::toString);
    }

    @Test
    void aHeadingLineOfAVenueAndItsTownIsWhereHereIs() {
        List<Draft> drafts = Fixtures.extract("Transcript of the press conference of President Gabriel Boric Font\n"
                + "La Moneda Palace, Santiago\n\nPRESIDENT: I will receive him here at the palace on Wednesday at five in the "
                + "afternoon, said Boric of Peruvian Foreign Minister Elmer Schialer.");
        Draft meeting = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals("CL", meeting.location().country(), drafts::toString);
    }

    @Test
    void aHeadingLineOfATownAndItsProvinceIsNoVenueInATown() {
        List<Draft> drafts = Fixtures.extract("Itinerary of the Prime Minister\nOttawa, Ontario\n\n"
                + "The Prime Minister will meet President Gabriel Boric on Wednesday.");
        assertTrue(drafts.stream().noneMatch(d -> d.location() != null && "US".equals(d.location().country())), drafts::toString);
    }

    @Test
    void aDayToRegisterByIsNoEventsDay() {
        List<Draft> drafts = Fixtures.extract("Chile's President Gabriel Boric will pay a state visit to Peru from Monday 20 to "
                + "Wednesday 22 May. Journalists wishing to cover the visit are asked to register by 4.00pm on Wednesday 15 May 2024.");
        assertTrue(drafts.stream().noneMatch(d -> d.start().equals(WED)), drafts::toString);
    }

    @Test
    void talksBetweenTheTwoHoldersOfATwoWordOfficeAreTheirs() {
        List<Draft> drafts = Fixtures.extract("Norway's Prime Minister Jonas Gahr Store will visit Sweden on Monday to meet Sweden's "
                + "Prime Minister Ulf Kristersson. Bilateral talks between the two Prime Ministers will take place at Rosenbad in "
                + "Stockholm on Tuesday at 10am.");
        Draft talks = Fixtures.first(drafts, d -> d.start().equals(Fixtures.MONDAY.plusDays(1)));
        assertEquals(List.of("Jonas Gahr Store", "Ulf Kristersson"), Fixtures.names(talks), drafts::toString);
    }

    @Test
    void aTownTheListsPlaceInACountryTheReportNeverNamesIsOfTheStay() {
        List<Draft> drafts = Fixtures.extract("Peru's President José Jerí arrives in Chile on Monday for a three-day state visit. "
                + "On Wednesday he will travel to San Pedro with President Gabriel Boric.");
        Draft trip = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals("CL", trip.location().country(), drafts::toString);
    }

    @Test
    void aTownOfACountryTheReportNamesStaysThere() {
        List<Draft> drafts = Fixtures.extract("Peru's President José Jerí arrives in Chile on Monday for a three-day state visit. "
                + "On Wednesday he will fly on to Mendoza, Argentina, to meet President Javier Milei.");
        Draft trip = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals("AR", trip.location().country(), drafts::toString);
    }

    @Test
    void aVisitorToldTwiceInAnInvitationIsStillTheVisitor() {
        List<Draft> drafts = Fixtures.extract("At the invitation of His Excellency Mr John Dramani Mahama, President of the "
                + "Republic, Head of State, His Excellency Marshal Assimi Goita, President of the Republic of Mali, will pay a "
                + "state visit to Ghana from Wednesday 15 to Friday 17 May 2024.");
        Draft visit = Fixtures.first(drafts, d -> d.kind().equals("visit"));
        assertEquals("Assimi Goita", visit.participants().get(0).name(), drafts::toString);
        assertEquals(2, visit.participants().size(), drafts::toString);
    }

    @Test
    void aWrongWeekdayADayFromTheReportMovesNoYear() {
        List<Draft> drafts = Fixtures.extract("Argentine Foreign Minister Diana Mondino will hold talks with Polish Foreign "
                + "Minister Radoslaw Sikorski in Warsaw on Wednesday 14 May.");
        assertEquals(2024, Fixtures.first(drafts, d -> true).start().getYear(), drafts::toString);
    }

    @Test
    void toStopByOnADayIsNoDeadline() {
        List<Draft> drafts = Fixtures.extract("Ghanaian Foreign Minister Samuel Okudzeto Ablakwa will stop by on Tuesday to hold "
                + "talks with Norwegian Foreign Minister Espen Barth Eide in Oslo.");
        assertTrue(drafts.stream().anyMatch(d -> d.start().equals(Fixtures.MONDAY.plusDays(1))), drafts::toString);
    }

    @Test
    void anotherEventCalledOffInTheNextSentenceLeavesTheVisit() {
        List<Draft> drafts = Fixtures.extract("Egyptian Foreign Minister Sameh Shoukry will visit Accra on Tuesday. The visit comes "
                + "a week after Ghana cancelled a trade mission to Cairo.");
        assertEquals(DraftStatus.SCHEDULED, Fixtures.first(drafts, d -> d.kind().equals("visit")).status(), drafts::toString);
    }

    @Test
    void leadingATeamToACountryIsNoSideOfTheTalks() {
        List<Draft> drafts = Fixtures.extract("Chile and Norway will hold a round of fisheries talks in Oslo on Tuesday 21 May. "
                + "Chilean Foreign Minister Alberto van Klaveren will lead the team to Norway.");
        assertTrue(drafts.stream().flatMap(d -> d.participants().stream()).noneMatch(p -> "NO".equals(p.country())
                && p.name().equals("Alberto van Klaveren")), drafts::toString);
    }

    @Test
    void aPersonWhoSitsInParliamentHoldsNoMeeting() {
        assertTrue(Fixtures.extract("Argentine President Javier Milei will sit in parliament on Tuesday for the budget debate.")
                .isEmpty());
    }

    @Test
    void aJourneyToldInAWhoClauseOfTwoIsBoth() {
        List<Draft> drafts = Fixtures.extract("Argentine Foreign Minister Diana Mondino and Chilean Foreign Minister Alberto van "
                + "Klaveren, who arrive in Oslo on Tuesday, will hold talks with Norwegian Foreign Minister Espen Barth Eide on "
                + "Wednesday.");
        Draft journey = Fixtures.first(drafts, d -> d.kind().equals("travel"));
        assertEquals(2, journey.participants().size(), drafts::toString);
    }

    @Test
    void aPlannedVisitThatWillNoLongerTakePlaceIsCalledOff() {
        List<Draft> drafts = Fixtures.extract("Chile's Foreign Minister Alberto van Klaveren will pay a two-day visit to Peru on "
                + "Tuesday and Wednesday. A planned visit to Cusco on Wednesday will no longer take place.");
        Draft cusco = Fixtures.first(drafts, d -> d.location() != null && "Cusco".equals(d.location().city()));
        assertEquals(DraftStatus.CANCELLED, cusco.status(), drafts::toString);
    }

    @Test
    void theIslandOfANameTheListsLackIsAPlaceOfTheStay() {
        List<Draft> drafts = Fixtures.extract("Chile's Foreign Minister Alberto van Klaveren will pay a two-day visit to Peru on "
                + "Tuesday and Wednesday. A visit to the island of Taquile, originally planned for Tuesday afternoon, has been "
                + "cancelled.");
        Draft island = Fixtures.first(drafts, d -> d.location() != null && "Taquile".equals(d.location().name()));
        assertEquals("PE", island.location().country(), drafts::toString);
        assertEquals(DraftStatus.CANCELLED, island.status(), drafts::toString);
    }

    @Test
    void aProgrammeItemStruckOffAfterADashIsCancelled() {
        List<Draft> drafts = Fixtures.extract("Programme of the official visit of President Gabriel Boric of Chile to Peru, 14-15 May 2024\n\n"
                + "Wednesday 15 May – Lima\n10:30  Talks with President Dina Boluarte\n"
                + "Visit to Arequipa (meeting with the regional governor) – will not take place\n16:00  Departure for Santiago");
        Draft arequipa = Fixtures.first(drafts, d -> d.location() != null && "Arequipa".equals(d.location().city()));
        assertEquals(DraftStatus.CANCELLED, arequipa.status(), drafts::toString);
    }

    @Test
    void aDatelineVenueNamedAfterACapitalIsWhereTheReleaseWasGiven() {
        List<Draft> drafts = Fixtures.extract("Stockholm Palace, 13 May 2024\n\nAt the invitation of President Gabriel Boric, His "
                + "Majesty King Carl XVI Gustaf will pay a state visit to Chile on Wednesday. He will be accompanied by Minister for "
                + "Foreign Trade Benjamin Dousa.");
        Draft visit = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals("SE", visit.participants().get(0).country(), drafts::toString);
        assertEquals("SE", visit.participants().get(1).country(), drafts::toString);
    }

    @Test
    void aVisitorsOwnPartyAtAnEventOfTheVisitIsNoHost() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric and Minister of Mining Aurora Williams will visit Peru "
                + "on Tuesday and Wednesday. On Wednesday Boric will open a business forum in Lima with the participation of "
                + "Minister Williams.");
        Draft visit = Fixtures.first(drafts, d -> d.end().equals(WED) && d.start().isBefore(WED));
        assertEquals("CL", visit.participants().get(1).country(), drafts::toString);
    }

    @Test
    void aMealOfOfficialsNamedAfterItIsTheirs() {
        List<Draft> drafts = Fixtures.extract("Tuesday, 14 May 2024\n\n08.30 – Working breakfast of the ministers of foreign "
                + "affairs, Alberto van Klaveren and Elmer Schialer, Ministry of Foreign Affairs");
        assertEquals(List.of("Alberto van Klaveren", "Elmer Schialer"), Fixtures.names(drafts.get(0)), drafts::toString);
    }

    @Test
    void theTwoOfficesBeforeTheNamesOfAGatheringAreNoGap() {
        List<Draft> drafts = Fixtures.extract("Tuesday, 14 May 2024\n\n13.00 – Official lunch of the two presidents, Gabriel Boric "
                + "and Dina Boluarte, Government Palace");
        assertEquals(List.of("Gabriel Boric", "Dina Boluarte"), Fixtures.names(drafts.get(0)), drafts::toString);
    }

    @Test
    void aTownBeforeADashOpensAnItemUnderADaysHeading() {
        List<Draft> drafts = Fixtures.extract("Programme of the visit of Prime Minister Luis Montenegro of Portugal to Brazil\n\n"
                + "Tuesday, 14 May 2024\n10.00 – Talks with President Luiz Inácio Lula da Silva, Planalto Palace\n\n"
                + "Wednesday, 15 May 2024\nSantos – visit of Prime Minister Luis Montenegro to the port with the Minister of Ports "
                + "Silvio Costa Filho (cancelled)");
        Draft santos = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertEquals("Santos", santos.location().city(), drafts::toString);
        assertEquals(DraftStatus.CANCELLED, santos.status(), drafts::toString);
    }

    @Test
    void officialsFromBothForeignMinistriesMeetForTheTwoCountries() {
        List<Draft> drafts = Fixtures.extract("Ghanaian President John Mahama will visit Togo on Wednesday. Senior officials from both "
                + "foreign ministries will meet in Lome on Tuesday.");
        Draft officials = Fixtures.first(drafts, d -> d.start().equals(Fixtures.MONDAY.plusDays(1)));
        assertTrue(officials.participants().isEmpty(), drafts::toString);
        assertEquals(java.util.Set.of("GH", "TG"), java.util.Set.copyOf(officials.countries()));
    }

    @Test
    void officialsOfTheTwoCountriesAfterACommaStillMeet() {
        List<Draft> drafts = Fixtures.extract("Ghanaian President John Mahama will visit Togo on Wednesday. On Tuesday, senior "
                + "officials of the two countries will meet in Lome.");
        assertTrue(drafts.stream().anyMatch(d -> d.start().equals(Fixtures.MONDAY.plusDays(1)) && d.participants().isEmpty()),
                drafts::toString);
    }

    @Test
    void officialsWithACapitalisedModifierStillMeetForTheTwoCountries() {
        List<Draft> drafts = Fixtures.extract("Ghanaian President John Mahama will visit Togo on Wednesday.\n"
                + "- Senior Sahel officials of the two countries hold consultations in Lome on Tuesday.");
        assertTrue(drafts.stream().anyMatch(d -> d.start().equals(Fixtures.MONDAY.plusDays(1)) && d.participants().isEmpty()),
                drafts::toString);
    }

    @Test
    void aTopicTakenOffTheAgendaCallsNoMeetingOff() {
        List<Draft> drafts = Fixtures.extract("President Mara Okafor of Ghana will hold talks with President Ilse Voss of Austria in "
                + "Vienna on Thursday, but the gas pipeline dispute has been taken off the agenda.");
        assertEquals(DraftStatus.SCHEDULED, drafts.get(0).status(), drafts::toString);
    }

    @Test
    void aStopThatGoesAheadIsNoCancelledVisitWhateverElseIsCalledOff() {
        List<Draft> drafts = Fixtures.extract("Prime Minister Ilse Maren of Norway will tour Peru this week. The stop in Cusco on "
                + "Wednesday will go ahead as planned, although a folk concert for her has been cancelled because of rain.");
        assertTrue(drafts.stream().noneMatch(d -> d.status() == DraftStatus.CANCELLED), drafts::toString);
    }

    @Test
    void aStopCalledOffAfterAnAsideAboutItIsACancelledVisit() {
        List<Draft> drafts = Fixtures.extract("Argentine President Javier Milei will visit Peru on Monday and Tuesday. A stop in "
                + "Quito, which had been pencilled in for Wednesday, has been dropped, officials said.");
        assertTrue(drafts.stream().anyMatch(d -> d.status() == DraftStatus.CANCELLED && d.location() != null
                && "Quito".equals(d.location().city())), drafts::toString);
    }

    @Test
    void aPartOfSomethingOtherThanTheJourneyCallsNothingOff() {
        List<Draft> drafts = Fixtures.extract("President Mara Okafor of Ghana will hold talks with President Ilse Voss of Austria in "
                + "Vienna on Thursday. The two leaders will discuss a trade deal. That part of the deal has been dropped, officials said.");
        assertEquals(DraftStatus.SCHEDULED, drafts.get(0).status(), drafts::toString);
    }

    @Test
    void aLaterClauseAfterALegCalledOffKeepsItsOwnEngagement() {
        List<Draft> drafts = Fixtures.extract("Foreign Minister Tavo Lindqvist of Estonia will visit Stockholm on Thursday. That leg "
                + "of the tour has been cancelled, and Lindqvist will instead meet Prime Minister Ana Berg of Norway in Oslo on Friday.");
        Draft oslo = Fixtures.first(drafts, d -> d.location() != null && "Oslo".equals(d.location().city()));
        assertEquals(DraftStatus.SCHEDULED, oslo.status(), drafts::toString);
    }

    @Test
    void aDatelineVenueThatIsNoSeatOfGovernmentTellsNoCountry() {
        List<Draft> drafts = Fixtures.extract("Georgetown University, 3 May 2024\n\nForeign Minister Rafael Ostos will meet "
                + "Minister Dana Kroll on Wednesday to discuss climate finance.");
        assertTrue(drafts.get(0).participants().stream().allMatch(p -> p.country() == null), drafts::toString);
    }

    @Test
    void officialsOfTwoMinistriesOfOneGovernmentAreNoTwoSides() {
        List<Draft> drafts = Fixtures.extract("President Joyce Banda of Malawi will visit Zambia on Monday for talks with President "
                + "Hakainde Hichilema in Lusaka. Back home, the health and finance ministers are at odds over the budget. Senior "
                + "officials of the two ministries will meet on Thursday to settle the dispute.");
        assertEquals(1, drafts.size(), drafts::toString);
    }

    @Test
    void aTimedItemNamingAnInstitutionAsItsVenueIsNoSitting() {
        List<Draft> drafts = Fixtures.extract("Programme of the visit of Prime Minister Ilse Maren of Norway to Belgium\n\n"
                + "Tuesday, 14 May 2024\n10.00  European Commission, Berlaymont building – meeting with President Carla Dumont");
        assertEquals(1, drafts.size(), drafts::toString);
    }

    private static final String GHANA_VISIT = "Chile's Finance Minister Mario Marcel will travel to Accra on Monday for a "
            + "three-day visit to Ghana. ";

    @Test
    void aSiteNamedWithALowerCaseHeadIsTheVenueOfAVisit() {
        List<Draft> drafts = Fixtures.extract(GHANA_VISIT + "On Tuesday he will visit the Akosombo dam.");
        Draft dam = Fixtures.first(drafts, d -> d.location() != null && "Akosombo dam".equals(d.location().name()));
        assertEquals(WED.plusDays(6), dam.start(), drafts::toString);
    }

    @Test
    void aSiteNamedAfterATownIsInThatTown() {
        List<Draft> drafts = Fixtures.extract(GHANA_VISIT + "On Tuesday he will visit the Tema oil terminal.");
        Draft terminal = Fixtures.first(drafts, d -> d.location() != null && "Tema oil terminal".equals(d.location().name()));
        assertEquals("Tema", terminal.location().city(), drafts::toString);
    }

    @Test
    void aWeekdayOfAVisitToAnUnplacedSiteNamingNoOneIsInTheStayToldBefore() {
        List<Draft> drafts = Fixtures.extract(GHANA_VISIT + "A visit to the Akosombo Dam, planned for Tuesday, has been cancelled.");
        Draft dam = Fixtures.first(drafts, d -> d.title().contains("Akosombo"));
        assertEquals(WED.plusDays(6), dam.start(), drafts::toString);
        assertEquals(DraftStatus.CANCELLED, dam.status());
        assertEquals(List.of("Mario Marcel"), Fixtures.names(dam));
    }

    @Test
    void aSiteVisitThatWillNotTakePlaceIsCalledOff() {
        List<Draft> drafts = Fixtures.extract(GHANA_VISIT + "A visit to the Bui dam will not take place, the ministry said.");
        assertEquals(DraftStatus.CANCELLED, Fixtures.first(drafts, d -> d.title().contains("Bui dam")).status(), drafts::toString);
    }

    @Test
    void aPolicyConsultationOfTwoMinistriesIsAMeeting() {
        Draft d = only("The first Ghana-Norway policy consultation between the two foreign ministries will be held in Accra "
                + "on Wednesday.");
        assertEquals("meeting", d.kind());
        assertEquals(WED, d.start());
    }

    @Test
    void aVenueVisitedBeforeDepartingForAnotherCountryIsNotInIt() {
        List<Draft> drafts = Fixtures.extract(GHANA_VISIT + "On Wednesday, Marcel will visit the Manhyia Palace Museum "
                + "before departing for Lome.");
        Draft museum = Fixtures.first(drafts, d -> d.location() != null && d.location().name().contains("Manhyia"));
        assertEquals("GH", museum.location().country(), drafts::toString);
    }

    @Test
    void talksBetweenTwoUntitledNamesAreTheirMeeting() {
        Draft d = only("Talks between Kyriakos Papadakis and Mette Frederiksen will be held in Oslo on Wednesday.");
        assertEquals(2, d.participants().size(), d::toString);
        assertEquals(WED, d.start());
    }

    @Test
    void anOfficialMissionToACountryIsAVisit() {
        Draft d = only("The Secretary-General of the Commonwealth, Shirley Botchwey, will carry out an official mission to "
                + "Ghana from 20 to 23 May.");
        assertEquals("visit", d.kind());
        assertEquals(LocalDate.of(2024, 5, 20), d.start());
        assertEquals(LocalDate.of(2024, 5, 23), d.end());
        assertEquals("GH", d.location().country());
    }

    @Test
    void anItemAnnouncedForADayAndCalledOffKeepsThatDay() {
        List<Draft> drafts = Fixtures.extract(GHANA_VISIT + "The visit to Kumasi, which had been announced for Wednesday, "
                + "will not take place.");
        Draft stop = Fixtures.first(drafts, d -> d.status() == DraftStatus.CANCELLED);
        assertEquals(WED.plusDays(7), stop.start(), drafts::toString); // the Wednesday of the visit
    }

    @Test
    void aQuestionerLabelledInATranscriptIsNotTheOneWhoseVisitIsCalledOff() {
        List<Draft> drafts = Fixtures.extract("Senator SMITH: When does the minister travel to Samoa?\n\n"
                + "Ms Brown: Foreign Minister Winston Peters will travel to Apia on Wednesday for talks with Prime Minister "
                + "Fiame Naomi Mata'afa.\n\nSenator SMITH: And there was a visit to Salelologa on that program?\n\n"
                + "Ms Brown: There was. The visit to Salelologa, which had been planned for the Thursday, won't go ahead.");
        Draft stop = Fixtures.first(drafts, d -> d.status() == DraftStatus.CANCELLED);
        assertEquals(List.of("Winston Peters"), Fixtures.names(stop), drafts::toString);
    }

    @Test
    void aSiteVisitThatWontGoAheadIsCalledOff() {
        List<Draft> drafts = Fixtures.extract(GHANA_VISIT + "The visit to Kumasi, which had been planned for the Tuesday "
                + "afternoon, won't go ahead.");
        Draft stop = Fixtures.first(drafts, d -> d.location() != null && "Kumasi".equals(d.location().city()));
        assertEquals(DraftStatus.CANCELLED, stop.status(), drafts::toString);
    }

    @Test
    void aVisitOnMondayWeekIsAWeekAfterTheComingMonday() {
        Draft d = only("Chile's Finance Minister Mario Marcel will travel to Accra on Monday week for talks with Ghana's "
                + "finance minister.");
        assertEquals(LocalDate.of(2024, 5, 27), d.start());
    }

    @Test
    void anUndatedStopCalledOffSpansTheVisitAndLeavesItOn() {
        List<Draft> drafts = Fixtures.extract(GHANA_VISIT + "A visit to Kumasi, initially included in the programme, will not take place.");
        Draft visit = Fixtures.first(drafts, d -> d.location() != null && "Ghana".equals(d.location().name()));
        Draft stop = Fixtures.first(drafts, d -> d.location() != null && "Kumasi".equals(d.location().city()));
        assertEquals(DraftStatus.SCHEDULED, visit.status(), drafts::toString);
        assertEquals(DraftStatus.CANCELLED, stop.status());
        assertEquals(visit.start(), stop.start());
        assertEquals(visit.end(), stop.end());
    }

    @Test
    void aPlaceDeniedIsNoItemCalledOff() {
        List<Draft> drafts = Fixtures.extract(GHANA_VISIT + "The press conference will not take place in Kumasi.");
        assertTrue(drafts.stream().noneMatch(d -> d.status() == DraftStatus.CANCELLED), drafts::toString);
    }

    @Test
    void anItemThatWillNotTakePlaceAfterAnotherClauseLeavesTheFirstOn() {
        List<Draft> drafts = Fixtures.extract("Chile's Finance Minister Mario Marcel will visit Accra on Tuesday, but the press "
                + "conference will not take place.");
        assertEquals(DraftStatus.SCHEDULED, drafts.get(0).status(), drafts::toString);
    }

    @Test
    void technicalTeamsOfTwoCountriesMeetAsTheirDelegates() {
        List<Draft> drafts = Fixtures.extract("Technical teams from Kenya and Tanzania will meet in Arusha on Wednesday to examine "
                + "the border crossing.");
        assertEquals(1, drafts.size(), drafts::toString);
        assertEquals(List.of("KE", "TZ"), drafts.get(0).countries().stream().sorted().toList());
    }

    @Test
    void delegatesAfterADatelinesDashOpenTheSentence() {
        List<Draft> drafts = Fixtures.extract("ACCRA, 13 May (GNA) – Technical teams from Ghana and Togo will meet in Kumasi on "
                + "Wednesday and Thursday to examine the border crossing, the government said on Monday.");
        assertEquals(1, drafts.size(), drafts::toString);
        assertEquals("Kumasi", drafts.get(0).location().city());
    }

    @Test
    void aNameTheListsLackAfterAMeetingsInIsItsTown() {
        List<Draft> drafts = Fixtures.extract("Officials from Ghana and Togo will meet in Sankassé on Wednesday, the ministry said.");
        assertEquals("Sankassé", drafts.get(0).location().city(), drafts::toString);
    }

    @Test
    void aNameTheListsLackAfterAJourneysInIsNoTownOfItsOwn() {
        List<Draft> drafts = Fixtures.extract("President Faure Gnassingbe will arrive in Sankassé tomorrow for a three-day visit, "
                + "in what will be his first trip to Ghana in a decade.");
        assertEquals("Ghana", drafts.get(0).location().name(), drafts::toString);
    }

    @Test
    void aBodyOrAMonthAfterAMeetingsInIsNoTown() {
        List<Draft> drafts = Fixtures.extract("Foreign Minister Samuel Okudzeto will hold talks in Parliament on Monday. He will "
                + "meet Robert Dussey in September.");
        assertTrue(drafts.stream().allMatch(d -> d.location() == null), drafts::toString);
    }

    @Test
    void shriIsACourtesyNotAName() {
        List<Draft> drafts = Fixtures.extract("Shri Narendra Modi will hold talks with Keir Starmer in London on Tuesday.");
        assertTrue(Fixtures.names(drafts.get(0)).contains("Narendra Modi"), drafts::toString);
    }

    @Test
    void aTranscriptSpeakerAfterHisTitleIsNoTraveller() {
        List<Draft> drafts = Fixtures.extract("Official Spokesperson, Shri Randhir Jaiswal: Good afternoon, and thank you for "
                + "joining us for this briefing on the upcoming visit of the Prime Minister of Fiji, Mr. Sitiveni Rabuka, to India.\n"
                + "Prime Minister Rabuka will be on an official visit to India from the 19th to the 21st of May.");
        assertEquals(List.of("Sitiveni Rabuka"), Fixtures.names(drafts.get(0)), drafts::toString);
    }

    private static final String TRADE_COMMITTEE = """
            Ghana's Trade Minister Elizabeth Ofosu-Adjare will lead a delegation to Togo from Thursday to Saturday.

            Ms Ofosu-Adjare and her Togolese counterpart, Trade Minister Rose Kayi Mivedor, will co-chair the Joint Trade \
            Committee in Kara on Thursday afternoon.

            Trade between the two neighbours rose last year.

            Officials hope to double it.

            Several memoranda are expected to be signed.

            """;

    @Test
    void aNamedBodyMovedFromOneDayToAnotherIsOnTheSecond() {
        List<Draft> drafts = Fixtures.extract(TRADE_COMMITTEE + "In a later statement, the ministry said the Joint Trade "
                + "Committee had been moved from Thursday to Friday so that President Faure Gnassingbe could receive the "
                + "Ghanaian minister on Thursday.");
        Draft committee = Fixtures.first(drafts, d -> d.title().contains("Joint Trade Committee"));
        assertEquals(WED.plusDays(2), committee.start(), drafts::toString);
        assertEquals(DraftStatus.SCHEDULED, committee.status());
        assertEquals(1, drafts.stream().filter(d -> d.title().contains("Joint Trade Committee")).count());
    }

    @Test
    void aWeekdayInTheStayAfterAMoveIsStillTheStays() {
        List<Draft> drafts = Fixtures.extract(TRADE_COMMITTEE + "In a later statement, the ministry said the Joint Trade "
                + "Committee had been moved from Thursday to Friday so that President Faure Gnassingbe could receive the "
                + "Ghanaian minister on Thursday.");
        Draft received = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Faure Gnassingbe"));
        assertEquals(WED.plusDays(1), received.start(), drafts::toString);
    }

    @Test
    void aMoveToAnotherTownTakesTheBodyThere() {
        List<Draft> drafts = Fixtures.extract(TRADE_COMMITTEE + "The Joint Trade Committee has been moved from Thursday "
                + "afternoon to Friday morning in Lomé.");
        Draft committee = Fixtures.first(drafts, d -> d.title().contains("Joint Trade Committee"));
        assertEquals("Lomé", committee.location().city(), drafts::toString);
    }

    private static final String SPEAKERS_VISIT = "The Speaker of the National Assembly of Kenya, Moses Wetang'ula, will be in "
            + "Ghana from Tuesday, 21 May to Thursday, 23 May 2024 for an official visit at the invitation of the Speaker of "
            + "Parliament, Alban Bagbin.\n";

    @Test
    void aSourceNamedAfterHisOfficeIsNoTraveller() {
        List<Draft> drafts = Fixtures.extract(SPEAKERS_VISIT + "According to the Clerk to Parliament, Mr Cyril Oteng Nsiah, "
                + "the Kenyan delegation will arrive at Kotoka International Airport on Tuesday morning.");
        assertTrue(drafts.stream().noneMatch(d -> Fixtures.names(d).contains("Cyril Oteng Nsiah")), drafts::toString);
    }

    @Test
    void aNameOpeningTheClauseAfterTheSourceIsItsSubject() {
        List<Draft> drafts = Fixtures.extract("According to the Presidential Chancellery, Federal President Alexander Van der "
                + "Bellen will receive President Nataša Pirc Musar at the Hofburg on Thursday.");
        assertTrue(Fixtures.names(drafts.get(0)).contains("Alexander Van der Bellen"), drafts::toString);
    }

    @Test
    void anItemThatWillNotTakePlaceLeavesTheClauseAfterItOn() {
        List<Draft> drafts = Fixtures.extract("The rally in Gulu will not take place, but Kenyan President William Ruto will still "
                + "meet Ugandan President Yoweri Museveni in Kampala on Tuesday.");
        assertEquals(DraftStatus.SCHEDULED, Fixtures.first(drafts, d -> Fixtures.names(d).contains("Yoweri Museveni")).status(),
                drafts::toString);
    }

    @Test
    void anItemThatWillNotTakePlaceAfterAVisitsOwnVerbLeavesTheVisitOn() {
        List<Draft> drafts = Fixtures.extract("Kenyan President William Ruto will visit Uganda on Tuesday and Wednesday, and a "
                + "planned rally in Gulu will not take place.");
        assertEquals(DraftStatus.SCHEDULED, drafts.get(0).status(), drafts::toString);
    }

    @Test
    void rumoursThatAMeetingWillNotTakePlaceCallNothingOff() {
        List<Draft> drafts = Fixtures.extract("Kenyan President William Ruto will meet Ugandan President Yoweri Museveni in "
                + "Kampala on Tuesday. The ministry dismissed rumours that the meeting will not take place, saying preparations "
                + "were complete.");
        assertTrue(drafts.stream().allMatch(d -> d.status() == DraftStatus.SCHEDULED), drafts::toString);
    }

    @Test
    void aNameAfterABodyGivenAsTheSourceIsStillTheTraveller() {
        List<Draft> drafts = Fixtures.extract("According to State House, President William Ruto, who is in Nairobi, will travel "
                + "to Kampala on Tuesday to meet Yoweri Museveni.");
        assertTrue(Fixtures.names(drafts.get(0)).contains("William Ruto"), drafts::toString);
    }

    @Test
    void aSurnameThatIsASiteWordIsNoVenue() {
        List<Draft> drafts = Fixtures.extract("Kenyan President William Ruto will meet Vietnamese Deputy Prime Minister Vu Duc "
                + "Dam in Hanoi on Tuesday.");
        assertTrue(Fixtures.names(drafts.get(0)).contains("Vu Duc Dam"), drafts::toString);
    }

    @Test
    void aMoveLeavesTheSentencesOtherEngagementsOn() {
        List<Draft> drafts = Fixtures.extract(TRADE_COMMITTEE + "President Faure Gnassingbe will receive Ms Ofosu-Adjare in "
                + "Lomé on Friday, while the Joint Trade Committee has been moved from Thursday to Saturday.");
        assertTrue(drafts.stream().anyMatch(d -> Fixtures.names(d).contains("Faure Gnassingbe")), drafts::toString);
    }

    @Test
    void aBodyBroughtForwardIsOnTheEarlierDay() {
        List<Draft> drafts = Fixtures.extract(TRADE_COMMITTEE.replace("on Thursday afternoon", "on Friday afternoon")
                + "The Joint Trade Committee had been brought forward from Friday to Thursday.");
        Draft committee = Fixtures.first(drafts, d -> d.title().contains("Joint Trade Committee"));
        assertEquals(WED.plusDays(1), committee.start(), drafts::toString);
    }

    @Test
    void aMoveBetweenWeeksIsNoMoveBetweenDays() {
        List<Draft> drafts = Fixtures.extract(TRADE_COMMITTEE + "The Joint Trade Committee had been postponed from this week "
                + "to next week.");
        assertTrue(drafts.stream().noneMatch(d -> d.title().contains("Joint Trade Committee")
                && d.start().getDayOfWeek() == java.time.DayOfWeek.SUNDAY), drafts::toString);
    }

    @Test
    void anotherEngagementNamedBeforeTheMovedOneStaysPut() {
        List<Draft> drafts = Fixtures.extract(TRADE_COMMITTEE + "After the Joint Trade Committee, the signing ceremony has been "
                + "moved from Thursday to Friday.");
        Draft committee = Fixtures.first(drafts, d -> d.title().contains("Joint Trade Committee"));
        assertEquals(WED.plusDays(1), committee.start(), drafts::toString);
    }

    @Test
    void footballTeamsOfTwoCountriesAreNoDelegates() {
        List<Draft> drafts = Fixtures.extract("The national football teams of Ghana and Nigeria will meet in Kumasi on Saturday in "
                + "a World Cup qualifier.");
        assertTrue(drafts.isEmpty(), drafts::toString);
    }

    @Test
    void talksAheadOfAVisitAtAnUnplacedVenueKeepTheirOwnWeekday() {
        List<Draft> drafts = Fixtures.extract("Kenyan President William Ruto will visit Uganda from Monday 20 May to Wednesday "
                + "22 May. Ahead of the visit, senior officials of the two countries will hold preparatory talks at the Speke "
                + "Resort on Tuesday.");
        Draft talks = Fixtures.first(drafts, d -> d.location() != null && d.location().name().contains("Speke"));
        assertEquals(WED.minusDays(1), talks.start(), drafts::toString);
    }

    @Test
    void aSpeakerAloneIsNoOnesTraveller() {
        List<Draft> drafts = Fixtures.extract("Official Spokesperson, Shri Randhir Jaiswal: Good afternoon, and welcome to this "
                + "briefing.\nThe Prime Minister of Fiji will be on an official visit to India from 19 to 21 May.");
        assertTrue(drafts.stream().noneMatch(d -> Fixtures.names(d).contains("Randhir Jaiswal")), drafts::toString);
    }

    @Test
    void talksInPrivateAreInNoTown() {
        List<Draft> drafts = Fixtures.extract("Kenyan President William Ruto will meet his Ugandan counterpart in Kampala. The two "
                + "will hold talks in Private on Tuesday.");
        assertTrue(drafts.stream().noneMatch(d -> d.location() != null && "Private".equals(d.location().city())), drafts::toString);
    }

    @Test
    void aDelegationOfACountryHeadedByAnOfficialIsTheirVisit() {
        List<Draft> drafts = Fixtures.extract("A delegation of Latvia headed by the Minister of Foreign Affairs Baiba Braže will "
                + "pay a working visit to Uzbekistan on Wednesday and Thursday.");
        Draft visit = Fixtures.first(drafts, d -> d.location() != null && "UZ".equals(d.location().country()));
        assertEquals(List.of("Baiba Braže"), Fixtures.names(visit), drafts::toString);
        assertEquals("LV", visit.participants().get(0).country(), drafts::toString);
    }

    @Test
    void theDelegationsDemonymIsItsLeadersCountry() {
        List<Draft> drafts = Fixtures.extract("An Estonian delegation, led by Foreign Minister Margus Tsahkna, will pay a working "
                + "visit to Kazakhstan on Wednesday.");
        assertEquals("EE", Fixtures.first(drafts, d -> d.start().equals(WED)).participants().get(0).country(), drafts::toString);
    }

    @Test
    void theMeetingCoChairedInTheNextSentenceIsTheCommissionsSession() {
        List<Draft> drafts = Fixtures.extract("Azerbaijani Deputy Prime Minister Shahin Mustafayev will visit Moldova on "
                + "Wednesday and Thursday. The fifth meeting of the Azerbaijan-Moldova Intergovernmental Commission will be held "
                + "in Chisinau on Thursday. The meeting will be co-chaired on the Moldovan side by the Deputy Prime Minister of the "
                + "Republic of Moldova, Minister of Economic Development Dumitru Alaiba and on the Azerbaijani "
                + "side by Deputy Prime Minister Shahin Mustafayev.");
        Draft session = Fixtures.first(drafts, d -> d.title().contains("Intergovernmental Commission"));
        assertEquals(Set.of("Dumitru Alaiba", "Shahin Mustafayev"), Set.copyOf(Fixtures.names(session)), drafts::toString);
        assertEquals(WED.plusDays(1), session.start(), drafts::toString);
    }

    @Test
    void theHeadOfACountrysDelegationIsItsOfficialToldBefore() {
        List<Draft> drafts = Fixtures.extract("Armenian Foreign Minister Ararat Mirzoyan will host his Georgian counterpart Maka "
                + "Botchorishvili in Yerevan on Wednesday and Thursday. Mirzoyan will hold talks with her on Wednesday. Mirzoyan "
                + "will brief the press afterwards. On Thursday, the head of the Georgian foreign policy department will be "
                + "received by Prime Minister Nikol Pashinyan.");
        Draft received = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Nikol Pashinyan"));
        assertEquals(Set.of("Maka Botchorishvili", "Nikol Pashinyan"), Set.copyOf(Fixtures.names(received)), drafts::toString);
    }

    @Test
    void consultationsBetweenTheMinistriesOfTheTwoCountriesAreTheirsWithNoOneNamed() {
        List<Draft> drafts = Fixtures.extract("Mongolia and Kyrgyzstan are deepening their ties. Kyrgyzstan's envoy said Mongolia "
                + "and Kyrgyzstan would sign a visa accord later. On Wednesday, political consultations between the foreign "
                + "ministries of the two countries will take place in Ulaanbaatar.");
        Draft talks = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertTrue(talks.participants().isEmpty(), drafts::toString);
        assertEquals(Set.of("MN", "KG"), Set.copyOf(talks.countries()), drafts::toString);
    }

    @Test
    void aStopRemovedFromTheAgendaOfItsDayIsCalledOff() {
        List<Draft> drafts = Fixtures.extract("President Gabriel Boric will make a state visit to Japan from Monday to Friday.\n"
                + "Thursday 16 May\nTravel to Osaka. The visit to Kyoto that had been announced for this day has been removed "
                + "from the agenda.");
        Draft kyoto = Fixtures.first(drafts, d -> d.location() != null && "Kyoto".equals(d.location().city()));
        assertEquals(DraftStatus.CANCELLED, kyoto.status(), drafts::toString);
        assertEquals(WED.plusDays(1), kyoto.start(), drafts::toString);
    }

    @Test
    void theMonthOfAnElectionIsNotTheVisits() {
        List<Draft> drafts = Fixtures.extract("Peruvian Foreign Minister Elmer Schialer will visit Canberra on Wednesday. The visit "
                + "comes three months before Peru's general election in August, in which the president will not run.");
        assertTrue(drafts.stream().noneMatch(d -> d.start().getMonthValue() == 8), drafts::toString);
    }

    @Test
    void aTourOfASiteAtATownTheListsLackIsInThatTown() {
        List<Draft> drafts = Fixtures.extract("Argentine Foreign Minister Gerardo Werthein will arrive in Perth on Wednesday for a "
                + "three-day visit. A planned tour of the nickel processing plant at Kwinana on Thursday afternoon has been "
                + "shelved.");
        Draft tour = Fixtures.first(drafts, d -> d.location() != null && "Kwinana".equals(d.location().city()));
        assertEquals("AU", tour.location().country(), drafts::toString);
        assertEquals(DraftStatus.CANCELLED, tour.status(), drafts::toString);
        assertEquals(WED.plusDays(1), tour.start(), drafts::toString);
    }

    @Test
    void aSiteNamedAfterItsOperatorAtATownTheListsLackIsInThatTown() {
        List<Draft> drafts = Fixtures.extract("Kenyan President William Ruto will arrive in Berlin on Monday for a three-day visit. "
                + "A visit to the Siemens compressor station at Ludwigsfelde, which had been planned for Wednesday afternoon, "
                + "has been dropped.");
        Draft tour = Fixtures.first(drafts, d -> d.location() != null && "Ludwigsfelde".equals(d.location().city()));
        assertEquals("DE", tour.location().country(), drafts::toString);
        assertEquals(DraftStatus.CANCELLED, tour.status(), drafts::toString);
        assertEquals(WED, tour.start(), drafts::toString);
    }

    @Test
    void aTownTheListsLackFollowedByItsProvincesSeatIsThatTown() {
        List<Draft> drafts = Fixtures.extract("Irish Taoiseach Simon Harris will arrive in Rome on Monday for a three-day visit. "
                + "A tour of the geothermal power plant at Larderello, Pisa, on Wednesday has been cancelled.");
        Draft tour = Fixtures.first(drafts, d -> d.location() != null && "Larderello".equals(d.location().city()));
        assertEquals("IT", tour.location().country(), drafts::toString);
        assertEquals(DraftStatus.CANCELLED, tour.status(), drafts::toString);
    }

    @Test
    void aVisitOnAWeekdayThatHasBeenCancelledIsThatDayAhead() {
        List<Draft> drafts = Fixtures.extract("Chilean Foreign Minister Alberto van Klaveren will arrive in Warsaw on Monday for a "
                + "three-day visit. A visit to Kraków on Wednesday has been cancelled.");
        Draft stop = Fixtures.first(drafts, d -> d.location() != null && "Kraków".equals(d.location().city()));
        assertEquals(DraftStatus.CANCELLED, stop.status(), drafts::toString);
        assertEquals(WED, stop.start(), drafts::toString);
    }

    @Test
    void aStopThatWillNotTakePlaceIsCalledOff() {
        List<Draft> drafts = Fixtures.extract("Estonian Foreign Minister Margus Tsahkna will pay an official visit to Georgia on "
                + "Tuesday and Wednesday. A stop in Batumi, initially included in the programme for Wednesday afternoon, will "
                + "not take place, the ministry said.");
        Draft stop = Fixtures.first(drafts, d -> d.location() != null && "Batumi".equals(d.location().city()));
        assertEquals(DraftStatus.CANCELLED, stop.status(), drafts::toString);
        assertEquals(WED, stop.start(), drafts::toString);
    }

    @Test
    void aSiteVisitCalledOffCallsOffNothingElseThatDay() {
        List<Draft> drafts = Fixtures.extract("Fijian Prime Minister Sitiveni Rabuka will arrive in Wellington on Wednesday and "
                + "will hold talks with Prime Minister Christopher Luxon at Parliament House that day. A visit to the Kapiti "
                + "Islands, where Rabuka was to plant a tree with Luxon, has been cancelled.");
        Draft talks = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Christopher Luxon"));
        assertEquals(DraftStatus.SCHEDULED, talks.status(), drafts::toString);
    }

    @Test
    void aVisitOfSomeDaysNextWeekStartsOnTheDayOfArrival() {
        List<Draft> drafts = Fixtures.extract("President Gustavo Petro will travel to Panama next week for a two-day official "
                + "visit. Petro will arrive in Panama City on Tuesday, May 21, and will hold talks with President José Raúl "
                + "Mulino that day.");
        Draft visit = Fixtures.first(drafts, d -> Fixtures.names(d).equals(List.of("Gustavo Petro")));
        assertEquals(LocalDate.of(2024, 5, 21), visit.start(), drafts::toString);
        assertEquals(LocalDate.of(2024, 5, 22), visit.end(), drafts::toString);
    }

    @Test
    void whatAnEarlierVersionOfTheStorySaidIsNoEngagement() {
        List<Draft> drafts = Fixtures.extract("Prime Minister Mark Brown will visit Nuku'alofa on Thursday, May 16. Correction: "
                + "An earlier version of this story said the visit would begin on Tuesday, May 14.");
        assertTrue(drafts.stream().noneMatch(d -> d.start().equals(LocalDate.of(2024, 5, 14))), drafts::toString);
    }

    @Test
    void aVenueTakesNoTownFromTheFlightHome() {
        List<Draft> drafts = Fixtures.extract("Uruguayan President Yamandú Orsi will arrive in Asunción on Tuesday for a two-day "
                + "visit. On Wednesday, Orsi will meet the president of the Senate, Basilio Núñez, at the Legislative "
                + "Palace, before flying back to Montevideo in the evening.");
        Draft meeting = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Basilio Núñez"));
        assertEquals("Asunción", meeting.location().city(), drafts::toString);
    }

    @Test
    void delegatesToldAfterAReportingVerbMeetAsNoOneNamed() {
        List<Draft> drafts = Fixtures.extract("President Gustavo Petro will visit Quito on Friday and meet President Daniel Noboa. "
                + "Colombian officials said technical teams from both foreign ministries will meet in Quito on Wednesday to "
                + "finalise the texts.");
        Draft teams = Fixtures.first(drafts, d -> d.start().equals(WED));
        assertTrue(Fixtures.names(teams).isEmpty(), drafts::toString);
    }

    @Test
    void aStopAbroadOnTheDayAfterTheStayIsTheNextLeg() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will fly to Bahrain on Sunday for a four-day "
                + "visit. On Monday, Boric will be received by King Hamad at Sakhir Palace. A stop in Doha on Thursday has "
                + "been dropped from the itinerary.", LocalDate.of(2026, 4, 14));
        Draft stop = Fixtures.first(drafts, d -> d.location() != null && "Doha".equals(d.location().city()));
        assertEquals(LocalDate.of(2026, 4, 23), stop.start(), drafts::toString);
        assertEquals(DraftStatus.CANCELLED, stop.status(), drafts::toString);
    }

    @Test
    void aUniversityNamedAfterATownOfTheCountryIsInThatTown() {
        List<Draft> drafts = Fixtures.extract("Kenyan President William Ruto will visit Sweden from Monday to Wednesday. A visit "
                + "to Uppsala University on Wednesday has been cancelled.");
        Draft visit = Fixtures.first(drafts, d -> d.location() != null && "Uppsala University".equals(d.location().name()));
        assertEquals("Uppsala", visit.location().city(), drafts::toString);
    }

    @Test
    void aHouseNamedAfterATownStandsWhereTheStayIs() {
        List<Draft> drafts = Fixtures.extract("Fijian Prime Minister Sitiveni Rabuka will arrive in New Delhi on Monday for a "
                + "three-day visit. On Tuesday, Rabuka will hold talks with Prime Minister Narendra Modi at Hyderabad House.");
        Draft talks = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Narendra Modi"));
        assertEquals("New Delhi", talks.location().city(), drafts::toString);
    }

    @Test
    void theTwoForeignMinistersAreTheTwoOfThatOfficeToldBefore() {
        List<Draft> drafts = Fixtures.extract("Estonia's Foreign Minister Margus Tsahkna will pay an official visit to Vietnam on "
                + "Wednesday and Thursday at the invitation of Foreign Minister Bui Thanh Son. The two foreign ministers will "
                + "hold talks at the Ministry of Foreign Affairs on Wednesday morning. On Wednesday afternoon, Tsahkna will pay "
                + "a courtesy call on Prime Minister Pham Minh Chinh.");
        Draft talks = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Bui Thanh Son"));
        assertEquals(Set.of("Margus Tsahkna", "Bui Thanh Son"), Set.copyOf(Fixtures.names(talks)), drafts::toString);
    }

    @Test
    void aMeetingOfTwoNamedPeopleBroughtForwardIsOnTheEarlierDayAtTheNewVenue() {
        List<Draft> drafts = Fixtures.extract("Slovak President Peter Pellegrini will pay an official visit to Croatia on "
                + "Wednesday and Thursday. On Thursday morning, Pellegrini will be received by Prime Minister Andrej Plenković. "
                + "The meeting between Pellegrini and Prime Minister Plenković has been brought forward from Thursday morning "
                + "to Wednesday evening, and will be held at the Banski Dvori Palace.");
        List<Draft> meetings = drafts.stream().filter(d -> Fixtures.names(d).contains("Andrej Plenković")).toList();
        assertEquals(1, meetings.size(), drafts::toString);
        assertEquals(WED, meetings.get(0).start(), drafts::toString);
        assertEquals("Banski Dvori Palace", meetings.get(0).location().name(), drafts::toString);
    }

    @Test
    void whatAgenciesWronglyReportedLeavesTheClauseBeforeItStanding() {
        List<Draft> drafts = Fixtures.extract("Indian Foreign Minister Subrahmanyam Jaishankar will visit Canberra on Thursday, "
                + "the ministry said, after several outlets incorrectly reported that the trip had been called off.");
        Draft visit = Fixtures.first(drafts, d -> d.location() != null && "Canberra".equals(d.location().city()));
        assertEquals(DraftStatus.SCHEDULED, visit.status(), drafts::toString);
    }

    @Test
    void aUniversityNamedAfterATownOfSeveralStaysInTheTownOfTheStay() {
        List<Draft> drafts = Fixtures.extract("Brazilian President Luiz Inácio Lula da Silva will arrive in New York on Monday "
                + "for a three-day visit. On Wednesday, Lula will visit Columbia University.");
        Draft visit = Fixtures.first(drafts, d -> d.location() != null && "Columbia University".equals(d.location().name()));
        assertEquals("New York", visit.location().city(), drafts::toString);
    }

    @Test
    void anAirportNamedAfterAPersonIsNotInTheTownOfHisFirstName() {
        List<Draft> drafts = Fixtures.extract("Chinese Premier Li Qiang will arrive in Rio de Janeiro on Monday for a three-day "
                + "visit. On Wednesday he will leave from Santos Dumont Airport for Brasília, where he will meet President Lula.");
        assertTrue(drafts.stream().noneMatch(d -> d.location() != null && "Santos".equals(d.location().city())), drafts::toString);
    }

    @Test
    void aMemorialAtAPlaceWithinTheTownIsNoTownOfItsOwn() {
        List<Draft> drafts = Fixtures.extract("German Chancellor Olaf Scholz will arrive in Jerusalem on Monday for a three-day "
                + "visit. On Wednesday, Scholz will visit the Holocaust memorial at Yad Vashem.");
        assertTrue(drafts.stream().noneMatch(d -> d.location() != null && "Yad Vashem".equals(d.location().city())),
                drafts::toString);
    }

    @Test
    void aVenueAfterTheReturnHomeIsInTheTownReturnedTo() {
        List<Draft> drafts = Fixtures.extract("French President Emmanuel Macron will visit Algiers on Monday and Tuesday. On "
                + "Wednesday, after returning to Marseille, Macron will host Italian Prime Minister Giorgia Meloni at the "
                + "Pharo Palace.");
        Draft hosting = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Giorgia Meloni"));
        assertEquals("Marseille", hosting.location().city(), drafts::toString);
    }

    @Test
    void aStopToldAsBeforeTheStayIsNotMovedAfterIt() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will fly to Bahrain on Sunday for a four-day "
                + "visit. Before that, Boric will hold talks with the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, in Doha "
                + "on Thursday.");
        Draft talks = Fixtures.first(drafts, d -> d.location() != null && "Doha".equals(d.location().city()));
        assertEquals(LocalDate.of(2024, 5, 16), talks.start(), drafts::toString);
    }

    @Test
    void theDayAVisitEndsDoesNotStartItsDays() {
        List<Draft> drafts = Fixtures.extract("Philippine President Ferdinand Marcos Jr. will travel to Vietnam next week for a "
                + "three-day state visit. The visit will end in Hanoi on Friday, May 24.");
        assertTrue(drafts.stream().noneMatch(d -> d.end().isAfter(LocalDate.of(2024, 5, 24))), drafts::toString);
    }

    @Test
    void aCompanysChiefExecutiveIsNoOfficial() {
        List<Draft> drafts = Fixtures.extract("French President Emmanuel Macron will visit Beijing on Thursday, accompanied by "
                + "Airbus Chief Executive Guillaume Faury, and will meet President Xi Jinping.");
        assertTrue(drafts.stream().noneMatch(d -> Fixtures.names(d).contains("Guillaume Faury")), drafts::toString);
    }

    @Test
    void aStopSkippedOnATripCutShortIsNoPlan() {
        List<Draft> drafts = Fixtures.extract("Hungarian Prime Minister Viktor Orban cut short his visit to China on Friday, "
                + "skipping a stop in Shanghai on Saturday where he had been expected to meet Premier Li Qiang.");
        assertTrue(drafts.stream().noneMatch(d -> d.status() == DraftStatus.SCHEDULED), drafts::toString);
    }

    @Test
    void aMeetingAbroadOnAWeekdayBeforeALaterStayIsAnEarlierLeg() {
        List<Draft> drafts = Fixtures.extract("Canadian Defence Minister Bill Blair will begin a two-day visit to the "
                + "Philippines next Monday, the last leg of a tour that includes Japan. In Tokyo on Wednesday, Blair plans to "
                + "meet Japanese Defence Minister Minoru Kihara.", LocalDate.of(2024, 5, 14));
        Draft talks = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Minoru Kihara"));
        assertEquals(LocalDate.of(2024, 5, 15), talks.start(), drafts::toString);
    }

    @Test
    void aStateVisitPaidYearsAgoLendsNoOneToAStopCalledOff() {
        List<Draft> drafts = Fixtures.extract("Eswatini's Foreign Minister Pholile Shakantu will lead an Eswatini delegation to "
                + "Angola from Wednesday to Friday. A planned visit to the refinery in Lobito on Friday afternoon has been "
                + "called off. His Majesty King Mswati III paid a state visit to Angola in 2017, during which the two countries "
                + "agreed to set up a direct air link that has never materialised.");
        Draft stop = Fixtures.first(drafts, d -> d.location() != null && "Lobito".equals(d.location().city()));
        assertEquals(List.of("Pholile Shakantu"), Fixtures.names(stop), drafts::toString);
    }

    @Test
    void aSessionUnderTheCoChairmanshipOfTheTwoMinistersIsTheirs() {
        List<Draft> drafts = Fixtures.extract("Ghana's Foreign Minister Samuel Okudzeto Ablakwa will meet Chile's Foreign Minister "
                + "Alberto van Klaveren in Accra on Wednesday. President John Mahama will also receive the guest. The first "
                + "session of the Ghana-Chile Joint Commission is scheduled to be held in Santiago in June, under the "
                + "co-chairmanship of the two Ministers of Foreign Affairs.");
        Draft session = Fixtures.first(drafts, d -> d.title().contains("Joint Commission"));
        assertEquals(Set.of("Samuel Okudzeto Ablakwa", "Alberto van Klaveren"), Set.copyOf(Fixtures.names(session)),
                drafts::toString);
    }

    @Test
    void aCallBeforeWhichTheCeremonyIsToldIsOnTheCeremonysDay() {
        List<Draft> drafts = Fixtures.extract("President William Ruto will begin a three-day state visit to Japan on Monday. Ruto "
                + "will be accorded a welcome ceremony at the Akasaka Palace on Wednesday morning, before calling on Prime "
                + "Minister Fumio Kishida.");
        Draft call = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Fumio Kishida"));
        assertEquals(WED, call.start(), drafts::toString);
    }

    @Test
    void aDateBeforeAnElectionIsTheElectionsNotTheCallOff() {
        List<Draft> drafts = Fixtures.extract("Fijian Prime Minister Sitiveni Rabuka will visit Port Moresby from Tuesday to "
                + "Thursday. A courtesy call on Speaker Job Pomat, earlier set for Wednesday, has been cancelled as Parliament "
                + "is on break ahead of the June 20 general election.");
        Draft call = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Job Pomat"));
        assertEquals(WED, call.start(), drafts::toString);
        assertEquals(DraftStatus.CANCELLED, call.status(), drafts::toString);
    }

    @Test
    void consultationsBetweenTheTwoForeignMinistriesAreTheSidesWithNoOneNamed() {
        List<Draft> drafts = Fixtures.extract("Estonian Prime Minister Kristen Michal will visit Seoul from Tuesday to Thursday. "
                + "In addition, the first Korea-Estonia cyber policy consultations between the two foreign ministries will be "
                + "held in Seoul on Thursday.");
        Draft talks = Fixtures.first(drafts, d -> d.title().startsWith("Consultations"));
        assertTrue(talks.participants().isEmpty(), drafts::toString);
        assertEquals(WED.plusDays(1), talks.start(), drafts::toString);
    }

    @Test
    void talksBetweenTheTwoCountriesChiefsAreTheChiefsNotTheirDelegates() {
        List<Draft> drafts = Fixtures.extract("US Defense Secretary Lloyd Austin will meet Chinese Defence Minister Dong Jun in "
                + "Singapore on Friday. It will be the first talks between the two countries' defence chiefs since 2022.");
        assertTrue(drafts.stream().noneMatch(d -> d.title().contains("between the two countries")), drafts::toString);
    }

    @Test
    void aMinisterOnlyQuotedIsNotTheOneTheVisitorsOfficeStandsFor() {
        List<Draft> drafts = Fixtures.extract("ANCHOR: Nigeria's Vice President will be the guest of honour at this year's "
                + "festival. The ministry confirmed today that Dr Ayodele Bankole will arrive in the island on Wednesday for a "
                + "four-day official visit.\n\nREPORTER: The Vice President will be in Barbados from Wednesday until Saturday.\n\n"
                + "Foreign Minister Kerrie Symmonds told us the visit builds on old ties between the two countries.\n\n"
                + "KERRIE SYMMONDS (recorded): \"This visit is about flights and trade.\"");
        assertTrue(drafts.stream().noneMatch(d -> Fixtures.names(d).contains("Kerrie Symmonds")), drafts::toString);
    }

    @Test
    void theOneWhoAccompaniesHoldsTheTalksOfTheirWhoClauseAlone() {
        List<Draft> drafts = Fixtures.extract("Prime Minister Kristrún Frostadóttir will visit Japan from Monday to Thursday. She "
                + "will be accompanied by Foreign Minister Þorgerður Katrín Gunnarsdóttir (Reform Party), who will hold talks "
                + "with Japanese Foreign Minister Takeshi Iwaya on Wednesday.");
        Draft talks = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Takeshi Iwaya"));
        assertEquals(Set.of("Þorgerður Katrín Gunnarsdóttir", "Takeshi Iwaya"), Set.copyOf(Fixtures.names(talks)), drafts::toString);
    }

    @Test
    void theSameDayIsTheDayOfTheMeetingToldLastEvenWhenTheHeadlineNamedItFirst() {
        List<Draft> drafts = Fixtures.extract("Frostadóttir to visit Japan next week, will meet Ishiba\n\nPrime Minister Kristrún "
                + "Frostadóttir will pay an official visit to Japan from Monday, May 20, to Thursday, May 23.\n\nHer meeting "
                + "with Japanese Prime Minister Shigeru Ishiba in Tokyo will take place on Wednesday, May 22. Trade will be "
                + "discussed.\n\nForeign Minister Þorgerður Katrín Gunnarsdóttir will hold talks with Japanese Foreign Minister "
                + "Takeshi Iwaya on the morning of the same day.");
        Draft talks = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Takeshi Iwaya"));
        assertEquals(LocalDate.of(2024, 5, 22), talks.start(), drafts::toString);
    }

    @Test
    void aMinisterWhoOnlySpokeBeforeStillMakesTheTripTheNextSentenceTells() {
        List<Draft> drafts = Fixtures.extract("Australian Foreign Minister Penny Wong said on Monday the relationship with China "
                + "had stabilised. She will travel to Beijing on Thursday for talks with Chinese Foreign Minister Wang Yi.");
        Draft trip = Fixtures.first(drafts, d -> d.start().equals(WED.plusDays(1)));
        assertTrue(Fixtures.names(trip).contains("Penny Wong"), drafts::toString);
    }

    @Test
    void theHeadOfAGovernmentsReliefTeamIsNotItsPrimeMinister() {
        List<Draft> drafts = Fixtures.extract("Japanese Prime Minister Fumio Kishida will visit Manila on Friday. The head of the "
                + "Japanese government's disaster relief team will meet Philippine officials in Tacloban on Saturday.");
        assertTrue(drafts.stream().noneMatch(d -> d.location() != null && "Tacloban".equals(d.location().city())
                && Fixtures.names(d).contains("Fumio Kishida")), drafts::toString);
    }

    @Test
    void aDayToldBeforeAheadOfAnElectionIsTheTrips() {
        List<Draft> drafts = Fixtures.extract("US Secretary of State Antony Blinken will travel to Tbilisi on Tuesday ahead of "
                + "elections in October.");
        assertEquals(WED.minusDays(1), Fixtures.first(drafts, d -> true).start(), drafts::toString);
    }

    @Test
    void aShelvedProjectToDiscussCallsNoVisitOff() {
        List<Draft> drafts = Fixtures.extract("Thai Prime Minister Srettha Thavisin will visit Beijing on Thursday to discuss "
                + "reviving the shelved high-speed rail project with Chinese Premier Li Qiang.");
        assertEquals(DraftStatus.SCHEDULED, Fixtures.first(drafts, d -> true).status(), drafts::toString);
    }

    @Test
    void eachCoChairTakesTheCountryOfTheSideTheyChair() {
        List<Draft> drafts = Fixtures.extract("The fifth session of the Latvian-Uzbek Intergovernmental Commission will be held "
                + "in Riga on Tuesday. The meeting will be co-chaired on the Latvian side by the Deputy Chairman of the Cabinet "
                + "of Ministers, Viktors Valainis, and on the Uzbek side by Jamshid Khodjaev.");
        Draft session = Fixtures.first(drafts, d -> true);
        assertEquals(List.of("Viktors Valainis/LV", "Jamshid Khodjaev/UZ"), session.participants().stream()
                .map(p -> p.name() + "/" + p.country()).toList(), drafts::toString);
    }

    @Test
    void aSchoolInSomeonesHomeProvinceIsInNoTownOfThatName() {
        List<Draft> drafts = Fixtures.extract("Japanese Prime Minister Fumio Kishida will visit Manila on Friday, including a "
                + "visit to the school in Marcos's home province.");
        assertTrue(drafts.stream().noneMatch(d -> d.location() != null && "Marcos".equals(d.location().city())), drafts::toString);
    }

    @Test
    void aTopicTakenOffTheAgendaAfterAndCallsNoMeetingOff() {
        List<Draft> drafts = Fixtures.extract("Indonesian President Joko Widodo will meet Malaysian Prime Minister Anwar Ibrahim in "
                + "Putrajaya on Thursday and the fisheries issue has been taken off the agenda.");
        assertEquals(DraftStatus.SCHEDULED, Fixtures.first(drafts, d -> true).status(), drafts::toString);
    }

    @Test
    void aMeetingBeforeWhichAVisitOfDaysIsToldIsNotOnTheirDays() {
        List<Draft> drafts = Fixtures.extract("Kenyan President William Ruto will visit Washington from 20 to 24 May before "
                + "meeting Chinese Premier Li Qiang in Beijing.");
        Draft beijing = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Li Qiang"));
        assertEquals(Precision.WINDOW, beijing.precision(), drafts::toString);
    }

    @Test
    void aMeetingAWeekAfterASiteIsToldIsNotAtTheSite() {
        List<Draft> drafts = Fixtures.extract("Egyptian President Abdel Fattah al-Sisi will tour the Suez Canal Economic Zone in "
                + "Ain Sokhna on Sunday, a week before meeting Saudi Crown Prince Mohammed bin Salman.");
        assertTrue(drafts.stream().noneMatch(d -> Fixtures.names(d).contains("Mohammed bin Salman") && d.location() != null
                && d.location().name().contains("Suez")), drafts::toString);
    }

    @Test
    void aDelegationOfTheNetherlandsIsItsLeadersVisit() {
        List<Draft> drafts = Fixtures.extract("A delegation of the Netherlands headed by Foreign Minister Hanke Bruins Slot will "
                + "visit Baku on Friday.");
        assertEquals("NL", Fixtures.first(drafts, d -> true).participants().get(0).country(), drafts::toString);
    }

    @Test
    void aBareWeekdayAfterTheVisitToldAgainWithItsDaysIsTheVisitsWeekday() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric travels to Spain the week after next. The state "
                + "visit itself runs from Monday 27 May to Friday 31 May. On Thursday, Boric will meet King Felipe VI in Madrid.");
        Draft king = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Felipe VI"));
        assertEquals(LocalDate.of(2024, 5, 30), king.start(), drafts::toString);
    }

    @Test
    void aBareWeekdayAfterADateOfItsWeekdayInAnEarlierSentenceIsTheComingOne() {
        List<Draft> drafts = Fixtures.extract("Kenyan Defence Cabinet Secretary Soipan Tuya will meet Ugandan Defence Minister "
                + "Jacob Oboth in Kampala on 21 May. On Tuesday, Foreign Minister Musalia Mudavadi will meet Tanzanian Foreign "
                + "Minister January Makamba in Nairobi.");
        Draft nairobi = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Musalia Mudavadi"));
        assertEquals(LocalDate.of(2024, 5, 14), nairobi.start(), drafts::toString);
    }

    @Test
    void aBareWeekdayAfterADayToldInItsSentenceIsTheFollowingOne() {
        List<Draft> drafts = Fixtures.extract("Uruguayan Foreign Minister Omar Paganini leaves Montevideo on Saturday the 25th "
                + "and will arrive in Lisbon on Sunday evening for talks with Foreign Minister Paulo Rangel.", WED);
        Draft arrival = Fixtures.first(drafts, d -> d.kind().equals("travel"));
        assertEquals(LocalDate.of(2024, 5, 26), arrival.start(), drafts::toString);
    }

    @Test
    void aNamedMeetingAdvancedToADayIsThatMeetingOnThatDay() {
        List<Draft> drafts = Fixtures.extract("Foreign Minister Musalia Mudavadi of Kenya and Foreign Minister Yoko Kamikawa of Japan "
                + "will co-chair the 3rd Kenya-Japan Joint Commission Meeting in Nairobi on Thursday 16 May.\n\nUPDATE: The 3rd "
                + "Kenya-Japan Joint Commission Meeting has been advanced to Tue 14 May (morning).");
        List<Draft> meetings = drafts.stream().filter(d -> d.title().contains("Joint Commission")).toList();
        assertEquals(1, meetings.size(), drafts::toString);
        assertEquals(LocalDate.of(2024, 5, 14), meetings.get(0).start());
        assertTrue(Fixtures.names(meetings.get(0)).contains("Yoko Kamikawa"), drafts::toString);
    }

    @Test
    void theVisitToldToLastDaysInASentenceOfItsOwnLastsThem() {
        List<Draft> drafts = Fixtures.extract("Tanzanian President Samia Suluhu Hassan will arrive in Maputo tomorrow on an official "
                + "visit, her office said. The visit will last three days.");
        Draft visit = Fixtures.first(drafts, d -> true);
        assertEquals(LocalDate.of(2024, 5, 14), visit.start(), drafts::toString);
        assertEquals(LocalDate.of(2024, 5, 16), visit.end(), drafts::toString);
    }

    @Test
    void theVisitThatSomeoneWillMakeIsTheirs() {
        List<Draft> drafts = Fixtures.extract("Cabinet discussed the state visit that President Cyril "
                + "Ramaphosa will pay to Ghana on Monday 20 and Tuesday 21 May.");
        Draft visit = Fixtures.first(drafts, d -> d.kind().equals("visit"));
        assertTrue(Fixtures.names(visit).contains("Cyril Ramaphosa"), drafts::toString);
    }

    @Test
    void theVisitThatTheOfficeWillMakeIsItsHolders() {
        List<Draft> drafts = Fixtures.extract("President Bola Tinubu chaired the Federal Executive Council in Abuja. The first "
                + "memorandum concerned the working visit that the President will make to Senegal on 20 May.");
        Draft visit = Fixtures.first(drafts, d -> d.kind().equals("visit"));
        assertTrue(Fixtures.names(visit).contains("Bola Tinubu"), drafts::toString);
    }

    @Test
    void aWeekAheadWithNumberedDayHeadingsDatesItsItems() {
        List<Draft> drafts = Fixtures.extract("The week ahead in Budapest\n\nTUESDAY (14. 5.)\nAustrian Chancellor Karl Nehammer begins "
                + "a two-day official visit to Hungary.\n\nWEDNESDAY (15. 5.)\nNehammer meets Speaker of the Orszaggyules Laszlo "
                + "Kover at the Parliament before travelling to Gyor.");
        Draft speaker = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Laszlo Kover"));
        assertEquals(LocalDate.of(2024, 5, 15), speaker.start(), drafts::toString);
    }

    @Test
    void aClauseOfWhatTheVisitCoincidesWithTellsNotWhereItGoes() {
        List<Draft> drafts = Fixtures.extract("Next week, President Luis Arce travels to Japan for a state visit that coincides "
                + "with the anniversary of Japanese immigration to Bolivia.");
        assertEquals("JP", Fixtures.first(drafts, d -> true).location().country(), drafts::toString);
    }

    @Test
    void aLaterStepAfterTheWeekdaysEngagementKeepsItInTheVisitToldAgain() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric travels to Spain the week after next. The state "
                + "visit itself runs from Monday 27 May to Friday 31 May. On Thursday, Boric will visit Seville before returning "
                + "to Madrid.");
        Draft seville = Fixtures.first(drafts, d -> d.kind().equals("travel"));
        assertEquals(LocalDate.of(2024, 5, 30), seville.start(), drafts::toString);
    }

    @Test
    void aVisitLastingDaysLastsThem() {
        List<Draft> drafts = Fixtures.extract("Ghanaian President John Mahama will arrive in Abidjan on Saturday on an official "
                + "visit lasting three days.");
        Draft visit = Fixtures.first(drafts, d -> true);
        assertEquals(LocalDate.of(2024, 5, 18), visit.start(), drafts::toString);
        assertEquals(LocalDate.of(2024, 5, 20), visit.end(), drafts::toString);
    }

    @Test
    void aWeekdayAfterAnotherEventsDateInItsSentenceStaysTheComingOne() {
        List<Draft> drafts = Fixtures.extract("Ahead of the EU-Western Balkans summit in Tirana on 17 May, Albanian Prime Minister "
                + "Edi Rama will meet Serbian President Aleksandar Vucic in Belgrade on Wednesday.");
        assertEquals(WED, Fixtures.first(drafts, d -> Fixtures.names(d).contains("Edi Rama")).start(), drafts::toString);
    }

    @Test
    void aWeekdayAfterADayTwoWeeksOnInItsAccountIsTheOneAfterIt() {
        List<Draft> drafts = Fixtures.extract("The Irish Taoiseach Simon Harris leaves Dublin on Sunday 26 May and will meet "
                + "President Joe Biden in Washington on Tuesday.");
        Draft biden = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Joe Biden"));
        assertEquals(LocalDate.of(2024, 5, 28), biden.start(), drafts::toString);
    }

    @Test
    void theVisitToldAgainHoldsNoWeekdayOfOtherPeople() {
        List<Draft> drafts = Fixtures.extract("Colombian President Gustavo Petro travels to Sweden the week after next. The state "
                + "visit itself runs from Monday 27 May to Friday 31 May. On Wednesday, Swedish Prime Minister Ulf Kristersson "
                + "will host Finnish President Alexander Stubb in Stockholm.");
        Draft stubb = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Alexander Stubb"));
        assertEquals(WED, stubb.start(), drafts::toString);
    }

    @Test
    void aMeetingOfAnotherNameAdvancedMovesNoneOfTheMeetingToldBefore() {
        List<Draft> drafts = Fixtures.extract("Indian External Affairs Minister S. Jaishankar and Saudi Foreign Minister Faisal bin "
                + "Farhan will co-chair the 2nd India-Saudi Strategic Partnership Council Meeting in Riyadh on Thursday 16 May.\n\n"
                + "Separately, the India-UAE Joint Commission Meeting has been advanced to Tuesday 14 May.");
        Draft saudi = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Faisal bin Farhan"));
        assertEquals(LocalDate.of(2024, 5, 16), saudi.start(), drafts::toString);
    }

    @Test
    void theVisitThatAnotherCountrysPresidentWillMakeIsNotTheReportsPresidents() {
        List<Draft> drafts = Fixtures.extract("Kenyan President William Ruto chaired a Cabinet meeting in Nairobi. Cabinet welcomed "
                + "the state visit that the President of Ghana will make to Kenya on 21 May.");
        assertTrue(drafts.stream().noneMatch(d -> d.kind().equals("visit") && Fixtures.names(d).contains("William Ruto")),
                drafts::toString);
    }

    @Test
    void theVisitToLastDaysIsNotAnEarlierVisitWhenOtherTalksWereToldLast() {
        List<Draft> drafts = Fixtures.extract("Lithuanian Foreign Minister Gabrielius Landsbergis will visit Riga on Tuesday. On "
                + "Thursday, Latvian President Edgars Rinkevics will travel to Tallinn for talks with Alar Karis. The visit will "
                + "last two days.");
        Draft riga = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Gabrielius Landsbergis"));
        assertEquals(riga.start(), riga.end(), drafts::toString);
    }

    @Test
    void aClauseThatTakesTheVisitSomewhereTellsWhereItGoes() {
        List<Draft> drafts = Fixtures.extract("Brazilian President Luiz Inacio Lula da Silva begins on Monday 20 May a state visit "
                + "that takes him to Paraguay and Uruguay.");
        assertFalse(drafts.isEmpty(), drafts::toString);
    }

    @Test
    void aClauseOfWhenTheVisitEndsLeavesItInTheTownItLandsIn() {
        List<Draft> drafts = Fixtures.extract("Pope Francis will land in Lisbon on Sunday for a three-day visit that ends on Tuesday, "
                + "the first papal journey to Portugal since 2017.");
        Draft visit = Fixtures.first(drafts, d -> d.kind().equals("visit"));
        assertEquals("Lisbon", visit.location().name(), drafts::toString);
    }

    private static final String SOUTH_AFRICA_VISIT = "Swedish Prime Minister Anna Lindqvist will travel to South Africa on "
            + "Monday 20 May for a three-day visit at the invitation of President Cyril Ramaphosa, her office said.\n\n";

    @Test
    void aLegTheTwoWereDueToTravelTogetherToIsCalledOffInATownTheListsLack() {
        List<Draft> drafts = Fixtures.extract(SOUTH_AFRICA_VISIT + "On Wednesday, the two leaders had been due to travel "
                + "together to Qunu, but that leg has been dropped from the programme.");
        Draft qunu = Fixtures.first(drafts, d -> d.location() != null && "Qunu".equals(d.location().name()));
        assertEquals(DraftStatus.CANCELLED, qunu.status(), drafts::toString);
        assertEquals(LocalDate.of(2024, 5, 22), qunu.start(), drafts::toString);
    }

    @Test
    void aTripToTheIslandsTheListsLackIsATripThere() {
        List<Draft> drafts = Fixtures.extract(SOUTH_AFRICA_VISIT + "On Wednesday the delegation was to travel to the Bird "
                + "Islands to learn about seabird conservation. That trip has been cancelled because of the weather forecast.");
        Draft islands = Fixtures.first(drafts, d -> d.location() != null && "Bird Islands".equals(d.location().name()));
        assertEquals(DraftStatus.CANCELLED, islands.status(), drafts::toString);
        Draft visit = Fixtures.first(drafts, d -> d.location() != null && "South Africa".equals(d.location().name()));
        assertEquals(DraftStatus.SCHEDULED, visit.status(), drafts::toString);
    }

    @Test
    void aCrossingToAnIslandIsAJourneyThere() {
        List<Draft> drafts = Fixtures.extract(SOUTH_AFRICA_VISIT + "On Wednesday, Ms Lindqvist will cross to Robben Island to "
                + "visit the museum.");
        Draft island = Fixtures.first(drafts, d -> d.location() != null && "Robben Island".equals(d.location().name()));
        assertEquals(LocalDate.of(2024, 5, 22), island.start(), drafts::toString);
    }

    @Test
    void headingToTheOceanIsNoJourneyToATown() {
        List<Draft> drafts = Fixtures.extract("Foreign Minister Winston Peters heads to the Pacific next week, with stops in "
                + "Fiji and Tonga.");
        assertTrue(drafts.stream().noneMatch(d -> d.location() != null && "Pacific".equals(d.location().name())),
                drafts::toString);
    }

    @Test
    void aMinistersReleaseHeadedInCapitalsIsByTheOneWhoSaysI() {
        List<Draft> drafts = Fixtures.extract("SENATOR THE HON ANNE WONG\nMINISTER FOR TRADE\n\nMEDIA RELEASE\n\nVisit to Fiji\n\n"
                + "I will travel to Suva on 20 May.\n\nIn Suva I will meet the Prime Minister, Sitiveni Rabuka.");
        assertTrue(drafts.stream().allMatch(d -> Fixtures.names(d).contains("Anne Wong")), drafts::toString);
    }

    @Test
    void aWhereClauseWithNoDayOfItsOwnIsOnTheDayBeforeIt() {
        List<Draft> drafts = Fixtures.extract("Trade Minister Ana Lopez leaves Madrid on Tuesday and is due in Nairobi on "
                + "Wednesday, where she will hold talks with Kenyan Foreign Minister Musalia Mudavadi on trade.");
        Draft talks = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Musalia Mudavadi"));
        assertEquals(WED, talks.start(), drafts::toString);
    }

    @Test
    void aRegionAfterToTheIsNoTownTheListsLack() {
        List<Draft> drafts = Fixtures.extract("President Mark Dale will travel to the Southern Border on Thursday to meet "
                + "border officials.");
        assertTrue(drafts.stream().noneMatch(d -> d.location() != null && "Southern Border".equals(d.location().name())),
                drafts::toString);
    }

    @Test
    void aStopThatHadBeenDroppedFromATripAlreadyOverStaysInThePast() {
        List<Draft> drafts = Fixtures.extract("Chancellor Olaf Weber flew back to Berlin on Friday; a stop in Lagos on Thursday, "
                + "where he had been due to meet President Bola Tinubu, had been dropped.");
        assertTrue(drafts.stream().noneMatch(d -> d.start() != null && d.start().isAfter(Fixtures.MONDAY)), drafts::toString);
    }

    @Test
    void aWhereClauseAfterTheDayAStayRunsUntilIsNotOnThatDay() {
        List<Draft> drafts = Fixtures.extract("Foreign Minister Ana Lopez arrives in Canberra on Monday and will stay until "
                + "Wednesday, where she will meet Australian Foreign Minister Penny Wong.");
        assertTrue(drafts.stream().noneMatch(d -> WED.equals(d.start()) && WED.equals(d.end())), drafts::toString);
    }

    private static final String KENYA_VISIT = "Spanish Prime Minister Ana Lopez will pay a two-day official visit to Kenya on "
            + "Thursday and Friday, the ministry said on Monday.\n\n";

    @Test
    void theTripToTheSouthernTownOfATownTheListsLackIsCalledOffThere() {
        List<Draft> drafts = Fixtures.extract(KENYA_VISIT + "The trip to the southern town of Kapsabet, planned for Friday, "
                + "will not take place.");
        Draft town = Fixtures.first(drafts, d -> d.location() != null && "Kapsabet".equals(d.location().name()));
        assertEquals(DraftStatus.CANCELLED, town.status(), drafts::toString);
    }

    @Test
    void theTripToTheTownOfAKnownTownIsCalledOffThere() {
        List<Draft> drafts = Fixtures.extract(KENYA_VISIT + "The trip to the town of Nakuru, planned for Friday, will not take "
                + "place.");
        Draft town = Fixtures.first(drafts, d -> d.location() != null && "Nakuru".equals(d.location().name()));
        assertEquals(DraftStatus.CANCELLED, town.status(), drafts::toString);
    }

    @Test
    void theIslandFlownToGivesWayToTheTownItsClauseNames() {
        List<Draft> drafts = Fixtures.extract("Portuguese President Ana Costa will pay a state visit to Cape Verde from Friday "
                + "to Monday.\n\nShe then flies to the island of Sao Vicente, where on Sunday she will visit Mindelo.");
        assertTrue(drafts.stream().anyMatch(d -> d.location() != null && "Mindelo".equals(d.location().name())),
                drafts::toString);
    }

    @Test
    void aSiteOfTwoLowerCaseHeadsAfterANameTheListsLackIsItsVenue() {
        List<Draft> drafts = Fixtures.extract(SOUTH_AFRICA_VISIT + "A tour of the Ngqura port complex, pencilled in for "
                + "Wednesday afternoon, has been shelved because of a strike.");
        Draft site = Fixtures.first(drafts, d -> d.location() != null && "Ngqura port complex".equals(d.location().name()));
        assertEquals(DraftStatus.CANCELLED, site.status(), drafts::toString);
    }

    @Test
    void theTwoGovernorsAreTheTwoGovernorsToldBefore() {
        List<Draft> drafts = Fixtures.extract("Governor Ana Lopez will fly to Guam tomorrow for a three-day working visit.\n\n"
                + "Lopez and Guam Governor Maria Cruz will meet at Adelup at 10 a.m. on Wednesday.\n\nThe two governors will "
                + "also join a video conference with the governors of American Samoa and Hawaii on Thursday morning.");
        Draft call = Fixtures.first(drafts, d -> LocalDate.of(2024, 5, 16).equals(d.start()) && d.location() == null);
        assertEquals(List.of("Ana Lopez", "Maria Cruz"), Fixtures.names(call), drafts::toString);
    }

    @Test
    void aVenueTakesOneMoreLowerCaseHeadNotARunOfThem() {
        List<Draft> drafts = Fixtures.extract(SOUTH_AFRICA_VISIT + "On Wednesday she will tour the Lobito port complex area.");
        assertTrue(drafts.stream().anyMatch(d -> d.location() != null && "Lobito port complex".equals(d.location().name())),
                drafts::toString);
    }
}
