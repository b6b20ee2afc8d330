package org.diplocal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviours that need more than one sentence of a report dated Monday 2024-05-13. */
class ReportContextTest {
    private static Draft titled(List<Draft> drafts, String part) {
        return drafts.stream().filter(d -> d.title().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + part + "' in " + drafts));
    }

    @Test
    void untitledNameBeforeWillIsAParticipant() {
        Draft d = Fixtures.extract("Xi Jinping will visit Serbia on Wednesday.").get(0);
        assertEquals("Xi Jinping", d.participants().get(0).name());
    }

    @Test
    void organisationBeforeWillIsNoPerson() {
        assertTrue(Fixtures.extract("Security Council will meet in Geneva on Wednesday.").stream()
                .allMatch(d -> d.participants().stream().noneMatch(p -> p.name().contains("Council"))));
    }

    @Test
    void titleWithDemonymStandsForThePersonNamedBefore() {
        List<Draft> drafts = Fixtures.extract("Xi Jinping will arrive in Paris on Sunday. "
                + "French President Emmanuel Macron will host the Chinese leader at the Elysee Palace on Monday.");
        Draft d = titled(drafts, "Macron");
        assertEquals(2, d.participants().size());
        assertTrue(d.countries().containsAll(List.of("FR", "CN")));
    }

    @Test
    void hostWithoutCountryIsAtHome() {
        Draft d = Fixtures.extract("Emmanuel Macron will host Ghanaian President Nana Akufo-Addo in Paris on Wednesday.").get(0);
        assertEquals("FR", d.participants().get(0).country());
    }

    @Test
    void datelineAfterHeadlineIsNotAnEventDate() {
        List<Draft> drafts = Fixtures.extract("Wong to visit Indonesia\n\nCANBERRA, May 13 (Reuters) - Australian Foreign Minister "
                + "Penny Wong will visit Indonesia next week, her office said.");
        assertEquals(LocalDate.of(2024, 5, 20), drafts.get(0).start());
    }

    @Test
    void aMeetingTheTextPlacesNowhereIsInTheDatelinesTown() {
        Draft d = Fixtures.extract("ACCRA, May 13 (GNA) - Ghanaian President John Mahama will meet Togolese President Faure "
                + "Gnassingbe on Wednesday to discuss trade.").get(0);
        assertEquals("Accra", d.location().city());
        assertEquals("GH", d.location().country());
    }

    @Test
    void aVenueTheTextLeavesUnplacedIsInTheTownOfADashedDateline() {
        Draft d = Fixtures.extract("PORT LOUIS – Mauritian Prime Minister Navin Ramgoolam will hold talks with Indian Foreign "
                + "Minister Subrahmanyam Jaishankar at the Clarisse House on Wednesday.").get(0);
        assertEquals("Port Louis", d.location().city());
    }

    @Test
    void aDatedPlaceLineUnderTheHeadingIsTheReportsTown() {
        Draft d = Fixtures.extract("""
                MINISTRY OF FOREIGN AFFAIRS OF GHANA

                Accra, 13 May 2024

                Foreign Minister Samuel Ablakwa will hold talks with Chilean Foreign Minister Alberto van Klaveren on Wednesday.
                """).get(0);
        assertEquals("Accra", d.location().city());
    }

    @Test
    void aDatedPlaceLineAfterALongTitleIsTheReportsTown() {
        Draft d = Fixtures.extract("""
                MINISTRY OF FOREIGN AFFAIRS OF GHANA
                Press Office

                Programme of the Minister for Foreign Affairs and his deputies for the week of 13 to 17 May 2024

                Accra, 13 May 2024. All times are local.

                Foreign Minister Samuel Ablakwa will hold talks with Chilean Foreign Minister Alberto van Klaveren on Wednesday.
                """).get(0);
        assertEquals("Accra", d.location().city());
    }

    @Test
    void aMeetingDuringTheDaysOfAGatheringInOneTownIsInThatTown() {
        List<Draft> drafts = Fixtures.extract("Foreign Minister Kwame Asante will chair the Atlantic Rim Retreat in Suva on "
                + "Wednesday and Thursday, the ministry said. On Thursday morning Asante will hold a bilateral meeting with "
                + "Chilean Foreign Minister Alberto van Klaveren.");
        assertEquals("Suva", Fixtures.first(drafts, d -> d.title().contains("Klaveren")).location().city());
    }

    @Test
    void aGatheringNamedAfterItsTownAndPlacedNowhereIsInThatTown() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will attend the opening of the Valparaíso "
                + "Energy Forum on Tuesday. On Wednesday he will meet Argentine President Javier Milei in Buenos Aires.");
        assertEquals("Valparaíso", titled(drafts, "Energy Forum").location().city());
    }

    @Test
    void aGatheringNamedAfterOneTownAndHeldInAnotherIsInTheOneTold() {
        List<Draft> drafts = Fixtures.extract("Ghanaian President John Mahama will attend the Accra Reparations Conference, "
                + "which will be held in Kumasi from Tuesday to Thursday.");
        assertEquals("Kumasi", titled(drafts, "Reparations").location().city());
    }

    @Test
    void aDatelineWithADateInDigitsIsTheReportsTown() {
        Draft d = Fixtures.extract("Accra, 13.05.2024 - Foreign Minister Samuel Ablakwa will hold talks with Chilean Foreign "
                + "Minister Alberto van Klaveren on Wednesday.").get(0);
        assertEquals("Accra", d.location().city());
    }

    @Test
    void aDatelineOfACountryNamedAsItsCapitalIsThatCapital() {
        Draft d = Fixtures.extract("SINGAPORE, May 13 (CNA) - Foreign Minister Vivian Balakrishnan will hold talks with Chilean "
                + "Foreign Minister Alberto van Klaveren on Wednesday.").get(0);
        assertEquals("Singapore", d.location().city());
        assertEquals("Asia/Singapore", d.location().zone());
    }

    @Test
    void aDatelineWithTheAgencyBetweenSlashesIsTheReportsTown() {
        Draft d = Fixtures.extract("Astana /KAZINFORM/ - Kazakh Foreign Minister Murat Nurtleu will hold talks with Uzbek "
                + "Foreign Minister Bakhtiyor Saidov on Wednesday.").get(0);
        assertEquals("Astana", d.location().city());
    }

    @Test
    void aMeetingWithAnOfficialOfTheCountryAJourneyGoesToIsInThatCountry() {
        List<Draft> drafts = Fixtures.extract("ACCRA, May 13 (GNA) - President John Mahama will travel to Santiago on "
                + "Wednesday for talks on cocoa. Foreign Minister Samuel Ablakwa will hold a working meeting on Thursday with "
                + "Chilean Foreign Minister Alberto van Klaveren, ministry sources said.");
        Draft meeting = titled(drafts, "Klaveren");
        assertEquals("CL", meeting.location().country(), meeting::toString);
    }

    private static final String DIARY = "THE WEEK AHEAD\n\nWEDNESDAY, MAY 15\n- SANTIAGO: Chilean President Gabriel Boric "
            + "hosts Argentine President Javier Milei at La Moneda.\n- GENEVA: Human Rights Council session on Sudan, "
            + "chaired by Ambassador Omar Zniber.\n";

    @Test
    void aDayHeadingInCapitalsIsADateNotADateline() {
        Draft d = titled(Fixtures.extract(DIARY), "Milei");
        assertEquals(LocalDate.of(2024, 5, 15), d.start());
    }

    @Test
    void theTownADiaryItemOpensWithIsWhereItIsNotWhatItIsAbout() {
        Draft d = titled(Fixtures.extract(DIARY), "Council");
        assertEquals("CH", d.location().country()); // (not Sudan)
    }

    @Test
    void aDatelineWithAColonPlacesNoTripThere() {
        Draft d = Fixtures.extract("NEW DELHI: Prime Minister Narendra Modi will visit Ghana on Wednesday, the foreign "
                + "ministry said.").get(0);
        assertEquals("GH", d.location().country());
    }

    @Test
    void talksOnADayAreNotAGatheringKnownOnlyToTheMonth() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will hold talks with Argentine President Javier "
                + "Milei on Wednesday. Boric is expected to travel to New York later this month to address the UN "
                + "General Assembly.");
        Draft talks = titled(drafts, "Milei");
        assertEquals(LocalDate.of(2024, 5, 15), talks.start());
        assertTrue(talks.location() == null || !"US".equals(talks.location().country()), talks::toString);
    }

    private static final String SUMMIT_DAY = "Chilean President Gabriel Boric will host a summit in Santiago on Wednesday "
            + "with Argentine President Javier Milei and Peruvian President Dina Boluarte. The President will first receive "
            + "the Argentine President for a bilateral meeting at 10.00 local time. This will be followed at 11.00 by a "
            + "meeting between Boric and Boluarte.";

    @Test
    void theDemonymAndTitleOfSomeoneNamedIsThatPersonThoughCapitalised() {
        Draft d = Fixtures.extract(SUMMIT_DAY).stream().filter(x -> x.participants().size() == 2
                && x.participants().stream().anyMatch(p -> p.name().equals("Javier Milei"))).findFirst()
                .orElseThrow(() -> new AssertionError(Fixtures.extract(SUMMIT_DAY)));
        assertEquals(LocalDate.of(2024, 5, 15), d.start());
    }

    @Test
    void aMeetingOfTwoOfASummitsLeadersThatDayIsAnEngagementOfItsOwn() {
        List<Draft> drafts = Fixtures.extract(SUMMIT_DAY);
        assertTrue(drafts.stream().anyMatch(d -> d.participants().size() == 2
                && d.participants().stream().anyMatch(p -> p.name().equals("Dina Boluarte"))), drafts::toString);
        assertTrue(drafts.stream().anyMatch(d -> d.participants().size() == 3), drafts::toString);
    }

    @Test
    void theHeadOfStateNamedAfterACommaHoldsATeteATeteWithHisCounterpartOnTheEve() {
        List<Draft> drafts = Fixtures.extract("Accra, 13 May 2024 (GNA).- The Head of State, John Dramani Mahama, is expected "
                + "in Lome, where he will take part on Wednesday in a mini-summit convened by Togolese President Faure "
                + "Gnassingbe. The Head of State will hold a tete-a-tete with his Togolese counterpart on the eve of the summit.");
        Draft eve = Fixtures.first(drafts, d -> d.start().equals(LocalDate.of(2024, 5, 14)));
        assertTrue(eve.participants().stream().anyMatch(p -> p.name().contains("Mahama")), eve::toString);
        assertTrue(eve.participants().stream().anyMatch(p -> p.name().contains("Gnassingbe")), eve::toString);
    }

    @Test
    void talksOnTheEveOfASummitACountryHostsAreTheDayBefore() {
        List<Draft> drafts = Fixtures.extract("ACCRA, May 13 (GNA) - Ghana will host West African leaders on Friday at a "
                + "summit on the Sahel, the office of President John Mahama said. Togolese President Faure Gnassingbe is due to "
                + "hold talks with Mahama on the eve of the summit.");
        assertEquals(LocalDate.of(2024, 5, 16), titled(drafts, "Gnassingbe").start());
    }

    @Test
    void goingToAPlaceIsATripThere() {
        Draft d = Fixtures.extract("UN Secretary-General Antonio Guterres will go to the Rafah crossing on Wednesday to see "
                + "the aid convoys.").get(0);
        assertEquals(LocalDate.of(2024, 5, 15), d.start());
        assertEquals("Rafah", d.location().city());
    }

    @Test
    void thePresidentGoesOnWithThePresidentWhoseDaysAreToldThoughAnotherIsNamedMore() {
        List<Draft> drafts = Fixtures.extract("On Monday, President Gabriel Boric will travel to Lima. On Tuesday, the President "
                + "will meet with President Dina Boluarte of Peru. On Wednesday, the President will welcome President Volodymyr "
                + "Zelenskyy of Ukraine to La Moneda. The visit will be President Zelenskyy's second; President Zelenskyy "
                + "was last received here in December.");
        Draft lima = Fixtures.first(drafts, d -> d.start().equals(LocalDate.of(2024, 5, 14)));
        assertTrue(lima.participants().stream().anyMatch(p -> p.name().equals("Gabriel Boric")), lima::toString);
    }

    @Test
    void anOldPlanCalledOffLeavesTheNewVisitScheduled() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will travel to Ghana on Wednesday for a "
                + "three-day visit. The visit had first been planned for June 2022, but was called off because of the "
                + "pandemic.");
        assertEquals(1, drafts.size(), drafts::toString);
        assertEquals(DraftStatus.SCHEDULED, drafts.get(0).status());
    }

    @Test
    void theIOfAMinistersReleaseIsTheMinister() {
        List<Draft> drafts = Fixtures.extract("MEDIA RELEASE\n\nForeign Minister Penny Wong will lead a delegation to the "
                + "Pacific. I will travel to Fiji on Wednesday, where I will meet Prime Minister Sitiveni Rabuka. Trade "
                + "Minister Don Farrell will accompany me.");
        Draft d = titled(drafts, "Rabuka");
        assertTrue(d.participants().stream().anyMatch(p -> p.name().equals("Penny Wong")), d::toString);
    }

    @Test
    void aJourneyIsNotPlacedInTheDatelinesTown() {
        List<Draft> drafts = Fixtures.extract("ACCRA, May 13 (GNA) - Ghanaian President John Mahama will leave on Wednesday "
                + "for a three-day state visit, his office said.");
        assertTrue(drafts.stream().noneMatch(d -> d.location() != null && "Accra".equals(d.location().city())),
                drafts::toString);
    }

    @Test
    void theWeekdayWithTheArticleIsTheOneOfTheStayTold() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will land in Accra on Tuesday, May 21, for a "
                + "four-day visit. In Kumasi on the Thursday, he will hold talks with Ghanaian "
                + "President John Mahama.");
        assertEquals(LocalDate.of(2024, 5, 23), titled(drafts, "Mahama").start());
    }

    @Test
    void aMeetingTheFollowingMorningIsTheDayAfterTheDayToldBeforeIt() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will land in Accra on Tuesday, May 21, to mark "
                + "the anniversary of the Good Friday Agreement, and will meet Ghanaian President John Mahama the following "
                + "morning before delivering a speech.");
        assertEquals(LocalDate.of(2024, 5, 22), titled(drafts, "Mahama").start());
    }

    @Test
    void weekdayAfterALaterDateInTheStoryMovesToTheNextWeek() {
        List<Draft> drafts = Fixtures.extract("Ghanaian President Nana Akufo-Addo will hold talks with Egyptian President "
                + "Abdel Fattah al-Sisi in Cairo on Tuesday, May 21. Akufo-Addo will then travel to Alexandria on Wednesday.");
        assertEquals(LocalDate.of(2024, 5, 22), titled(drafts, "Alexandria").start());
    }

    @Test
    void mayTravelIsTentative() {
        Draft d = Fixtures.extract("South African President Cyril Ramaphosa may travel to Washington later this year.").get(0);
        assertEquals(DraftStatus.TENTATIVE, d.status());
        assertEquals(Precision.WINDOW, d.precision());
    }

    @Test
    void cancelledTripIsKeptAsCancelled() {
        Draft d = Fixtures.extract("Chinese Foreign Minister Wang Yi has cancelled a planned trip to Germany this week.").get(0);
        assertEquals(DraftStatus.CANCELLED, d.status());
    }

    @Test
    void meetingWithoutPlaceTakesTheVisitsPlace() {
        List<Draft> drafts = Fixtures.extract("Argentine Foreign Minister Diana Mondino will begin a three-day visit to Poland "
                + "on Wednesday. Mondino is scheduled to meet Polish Foreign Minister Radoslaw Sikorski on Thursday to discuss "
                + "the war in Ukraine.");
        assertEquals("PL", titled(drafts, "Sikorski").location().country());
    }

    @Test
    void quotedHopeWithoutDateIsNoEngagement() {
        assertTrue(Fixtures.extract("\u201cI look forward to meeting our friends in Chile,\u201d Norwegian Prime Minister "
                + "Jonas Gahr Store said on Monday.").isEmpty());
    }

    @Test
    void theSummitJoinsTheSummitToldBefore() {
        List<Draft> drafts = Fixtures.extract("Brazil will host leaders of the BRICS group at a two-day summit in Rio de Janeiro "
                + "on July 6 and 7. President Luiz Inacio Lula da Silva will chair the summit at the Museum of Modern Art.");
        assertEquals(1, drafts.size(), drafts::toString);
        assertEquals("Museum of Modern Art", drafts.get(0).location().name());
        assertEquals(LocalDate.of(2024, 7, 7), drafts.get(0).end());
    }

    @Test
    void negatedAttendanceIsNoEngagement() {
        assertTrue(Fixtures.extract("Mexican President Claudia Sheinbaum will not attend the APEC summit in Lima next month.").isEmpty());
    }

    @Test
    void sidelinesMeetingTakesTheSummitsDatesAsAWindow() {
        List<Draft> drafts = Fixtures.extract("Canadian Prime Minister Justin Trudeau will attend the G20 summit in New Delhi on "
                + "Sept. 9 and 10. On the sidelines of the summit, Trudeau is expected to hold talks with Indian Prime Minister "
                + "Narendra Modi.");
        Draft talks = titled(drafts, "Modi");
        assertEquals(Precision.WINDOW, talks.precision());
        assertEquals(LocalDate.of(2024, 9, 9), talks.start());
        assertEquals(LocalDate.of(2024, 9, 10), talks.end());
    }

    @Test
    void onTheMarginsOfTheMeetingIsTheGatheringNotATalkWithSomeone() {
        List<Draft> drafts = Fixtures.extract("President Gabriel Boric will hold a working lunch with the Prime Minister of "
                + "Peru, Gustavo Adrianzen, on Wednesday. On Thursday, Boric will host a meeting of the leaders of the Pacific "
                + "Alliance in Santiago. A bilateral meeting with the President of Mexico, Claudia Sheinbaum, is planned on the "
                + "margins of the meeting.");
        Draft talks = titled(drafts, "Sheinbaum");
        assertEquals(LocalDate.of(2024, 5, 16), talks.start(), talks::toString);
    }

    @Test
    void duringHisStayIsTheVisitDatedInASentenceOfItsOwn() {
        List<Draft> drafts = Fixtures.extract("President Bola Tinubu will depart for Brazil tonight on a state visit at "
                + "the invitation of President Luiz Inácio Lula da Silva. The state visit will take place from 15 to 18 May. "
                + "During his stay in Brasília, President Tinubu will meet the Speaker of the Chamber of Deputies, Arthur Lira.");
        Draft talks = titled(drafts, "Lira");
        assertEquals(Precision.WINDOW, talks.precision(), talks::toString);
        assertEquals(LocalDate.of(2024, 5, 15), talks.start());
        assertEquals(LocalDate.of(2024, 5, 18), talks.end());
    }

    @Test
    void talksWithHerAreWithTheWomanToldBefore() {
        List<Draft> drafts = Fixtures.extract("Chilean President Michelle Bachelet will pay a state visit to Norway from "
                + "May 14 to 16. In Oslo, Prime Minister Erna Solberg will hold talks with her on May 15.");
        Draft talks = titled(drafts, "Solberg");
        assertTrue(talks.participants().stream().anyMatch(p -> p.name().equals("Michelle Bachelet")), talks::toString);
    }

    @Test
    void theHostsMeetingWithTheVisitorIsWithinTheVisit() {
        List<Draft> drafts = Fixtures.extract("Chilean President Michelle Bachelet will pay a state visit to Norway from "
                + "May 14 to 16. Prime Minister Erna Solberg will hold talks with her.");
        Draft talks = titled(drafts, "Solberg");
        assertEquals(Precision.WINDOW, talks.precision(), talks::toString);
        assertEquals(LocalDate.of(2024, 5, 14), talks.start());
        assertEquals(LocalDate.of(2024, 5, 16), talks.end());
    }

    @Test
    void herInTheNextSentenceIsStillTheWomanMet() {
        List<Draft> drafts = Fixtures.extract("Chilean President Michelle Bachelet will pay a state visit to Norway from "
                + "May 14 to 16. King Harald will receive her at the Royal Palace on May 14. Prime Minister Erna Solberg will "
                + "hold talks with her on May 15.");
        Draft talks = titled(drafts, "Solberg");
        assertTrue(talks.participants().stream().anyMatch(p -> p.name().equals("Michelle Bachelet")), talks::toString);
    }

    @Test
    void himInARelativeClauseIsTheOneNamedBeforeIt() {
        List<Draft> drafts = Fixtures.extract("Peruvian President Dina Boluarte will hold talks with Chilean President Gabriel "
                + "Boric on Monday. The talks will follow Boric's meeting with Foreign Minister Elmer Schialer, who is due to "
                + "receive him at the ministry on Sunday.");
        Draft welcome = titled(drafts, "Schialer");
        assertTrue(welcome.participants().stream().anyMatch(p -> p.name().equals("Gabriel Boric")), welcome::toString);
        assertTrue(welcome.participants().stream().noneMatch(p -> p.name().equals("Dina Boluarte")), welcome::toString);
    }

    @Test
    void twoHostsWhoMeetHerRespectivelyHoldTwoMeetings() {
        List<Draft> drafts = Fixtures.extract("Chilean President Michelle Bachelet will pay a state visit to Norway from "
                + "May 14 to 16. Prime Minister Erna Solberg and Storting President Olemic Thommessen will meet with her "
                + "respectively.");
        Draft solberg = titled(drafts, "Solberg");
        Draft thommessen = titled(drafts, "Thommessen");
        assertTrue(solberg != thommessen, drafts::toString);
        assertTrue(thommessen.participants().stream().anyMatch(p -> p.name().equals("Michelle Bachelet")), drafts::toString);
    }

    @Test
    void talksOfAMinisterWhoAccompaniesTheVisitorFallWithinTheVisit() {
        List<Draft> drafts = Fixtures.extract("Ghanaian President John Mahama will pay a state visit to Japan from May 20 "
                + "to 23. Foreign Minister Samuel Okudzeto Ablakwa, who accompanies the President, will hold talks with "
                + "Japanese Foreign Minister Takeshi Iwaya.");
        Draft talks = titled(drafts, "Iwaya");
        assertEquals(Precision.WINDOW, talks.precision(), talks::toString);
        assertEquals(LocalDate.of(2024, 5, 20), talks.start());
        assertEquals(LocalDate.of(2024, 5, 23), talks.end());
    }

    @Test
    void hhTheAmirIsTheEmirToldBefore() {
        List<Draft> drafts = Fixtures.extract("His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah will pay a "
                + "state visit to Oman on May 19. HH the Amir will then travel to Manama for a two-day visit on May 21.");
        Draft bahrain = drafts.stream().filter(d -> d.location() != null && "BH".equals(d.location().country())).findFirst()
                .orElseThrow(() -> new AssertionError(drafts.toString()));
        assertEquals("Mishal Al-Ahmad Al-Jaber Al-Sabah", bahrain.participants().get(0).name(), bahrain::toString);
    }

    @Test
    void heAttendsTheSummitHostedBySomeoneElse() {
        List<Draft> drafts = Fixtures.extract("Prime Minister Jonas Gahr Store will travel to Reykjavik on Thursday. On "
                + "Friday, he will attend the first summit of the Nordic-Baltic dialogue with the leaders of Estonia and Latvia, "
                + "hosted by Icelandic Prime Minister Bjarni Benediktsson.");
        Draft summit = titled(drafts, "dialogue");
        assertTrue(summit.participants().stream().anyMatch(p -> p.name().equals("Jonas Gahr Store")), summit::toString);
    }

    @Test
    void theFirstDayOfTheMeetingIsTheMeetingsFirstDay() {
        List<Draft> drafts = Fixtures.extract("Foreign Minister Espen Barth Eide will attend the OSCE Ministerial Council "
                + "in Malta on May 20 and 21. On the first day of the meeting, he will hold a bilateral meeting with his "
                + "Maltese counterpart, Ian Borg.");
        Draft talks = titled(drafts, "Borg");
        assertEquals(LocalDate.of(2024, 5, 20), talks.start(), talks::toString);
        assertEquals(LocalDate.of(2024, 5, 20), talks.end());
    }

    @Test
    void aMeetingBeforeReturningHomeIsBetweenTheLastLegAndTheReturn() {
        List<Draft> drafts = Fixtures.extract("President Gabriel Boric will visit Argentina on Tuesday and Wednesday. The "
                + "tour concludes in Montevideo, where Boric is due to meet Uruguayan President Yamandu Orsi before returning "
                + "to Santiago on Friday.");
        Draft talks = titled(drafts, "Orsi");
        assertEquals(Precision.WINDOW, talks.precision(), talks::toString);
        assertEquals(LocalDate.of(2024, 5, 15), talks.start());
        assertEquals(LocalDate.of(2024, 5, 17), talks.end());
    }

    @Test
    void talksTheVisitIncludesAreTheVisitors() {
        List<Draft> drafts = Fixtures.extract("Chilean President Gabriel Boric will host a cabinet retreat on Friday. Ghanaian "
                + "President John Mahama will pay a state visit to Chile on Wednesday and Thursday. The visit will include "
                + "official talks on Wednesday at La Moneda with Boric.");
        Draft talks = Fixtures.first(drafts, d -> d.kind().equals("meeting") && d.start().equals(LocalDate.of(2024, 5, 15)));
        assertTrue(talks.participants().stream().anyMatch(p -> p.name().equals("John Mahama")), talks::toString);
    }

    @Test
    void expectedToAttendJoinsTheSummitToldBefore() {
        List<Draft> drafts = Fixtures.extract("NATO leaders will gather in Washington on July 9-11 for a summit. "
                + "Ukrainian President Volodymyr Zelensky is expected to attend.");
        assertEquals(1, drafts.size(), drafts::toString);
        assertEquals("Volodymyr Zelensky", drafts.get(0).participants().get(0).name());
    }

    @Test
    void usCabinetTitleImpliesTheUnitedStates() {
        Draft d = Fixtures.extract("Secretary of State Marco Rubio will hold talks with Russian Foreign Minister Sergei Lavrov "
                + "in Riyadh on Tuesday.").get(0);
        assertEquals("US", d.participants().get(0).country());
    }

    @Test
    void passiveHostingKeepsTheGuestAGuest() {
        List<Draft> drafts = Fixtures.extract("King Charles III will make a state visit to Kenya next week. "
                + "The King will be hosted by President William Ruto at State House in Nairobi on Wednesday.");
        Draft d = titled(drafts, "Ruto");
        assertEquals(LocalDate.of(2024, 5, 15), d.start());
        assertEquals("KE", d.location().country());
        assertTrue(d.participants().stream().anyMatch(p -> p.name().startsWith("Charles")));
    }

    @Test
    void itineraryPutsAnUndatedLegBetweenItsNeighbours() {
        List<Draft> drafts = Fixtures.extract("Chile is the last leg of a tour that includes stops in Brazil, Argentina and Peru. "
                + "In Brasilia on Tuesday, Norwegian Prime Minister Jonas Gahr Store will meet Brazilian President Luiz Inacio Lula da Silva. "
                + "In Buenos Aires, Store plans to attend the Southern Energy Forum. "
                + "In Lima on Monday, May 20, Store will meet Peruvian President Dina Boluarte.");
        Draft forum = titled(drafts, "Energy Forum");
        assertEquals(Precision.WINDOW, forum.precision());
        assertEquals(LocalDate.of(2024, 5, 15), forum.start());
        assertEquals(LocalDate.of(2024, 5, 19), forum.end());
    }

    @Test
    void datedMeetingWithoutPeopleTakesThoseWhoChairOrAttendIt() {
        List<Draft> drafts = Fixtures.extract("Foreign ministers of the Group of Seven will meet in Capri from June 17 to 19. "
                + "Italian Foreign Minister Antonio Tajani will chair the meeting. "
                + "US Secretary of State Antony Blinken is expected to attend, the State Department said.");
        assertEquals(1, drafts.size(), drafts::toString);
        assertEquals(2, drafts.get(0).participants().size());
        assertEquals(LocalDate.of(2024, 6, 17), drafts.get(0).start());
    }

    @Test
    void pastTalksAndHopesAreNoEngagements() {
        assertTrue(Fixtures.extract("Spanish Prime Minister Pedro Sanchez said on Monday he had discussed the crisis with "
                + "Moroccan King Mohammed VI during a phone call on Sunday. The talks, held in Rabat last month, focused on "
                + "migration. Officials said a summit could take place next year, but no date has been set.").isEmpty());
    }

    @Test
    void heAfterAHostReceivesHimIsStillTheGuest() {
        List<Draft> drafts = Fixtures.extract("Norwegian Prime Minister Jonas Gahr Store will continue on Wednesday to Ghana, "
                + "where he will meet business leaders, and to Togo, where President Faure Gnassingbe will receive him the same "
                + "day. On Thursday he is due in Benin to meet President Patrice Talon.");
        Draft d = titled(drafts, "Talon");
        assertTrue(d.participants().stream().anyMatch(p -> p.name().equals("Jonas Gahr Store")), drafts::toString);
    }

    @Test
    void aMeetingInAWhereClauseIsInThatClausesPlaceNotTheNextStop() {
        List<Draft> drafts = Fixtures.extract("Polish President Andrzej Duda will continue on Thursday to Peru, where he will "
                + "meet President Dina Boluarte, and to Bolivia, where President Luis Arce will receive him the same day.");
        assertEquals("PE", titled(drafts, "Boluarte").location().country(), drafts::toString);
    }

    @Test
    void theOneNamedAfterAWhoClauseIsMetToo() {
        List<Draft> drafts = Fixtures.extract("Argentine Foreign Minister Diana Mondino will visit Cairo on Tuesday. The "
                + "following day, she will meet President Abdel Fattah al-Sisi, who will host a dinner in her honour, and Prime "
                + "Minister Mostafa Madbouly.");
        Draft d = titled(drafts, "Madbouly");
        assertEquals(LocalDate.of(2024, 5, 15), d.start());
        assertEquals(2, d.participants().size(), drafts::toString);
    }

    @Test
    void talksDuringTheVisitAreInTheVisitToldBeforeThemNotALaterOne() {
        List<Draft> drafts = Fixtures.extract("Ghanaian President John Mahama will arrive in Oslo on Tuesday for a two-day "
                + "state visit. State Secretary Andreas Kravik will hold a separate meeting with Ghanaian Foreign Minister "
                + "Samuel Ablakwa during the visit. From Oslo, Mahama will travel on Thursday to Stockholm for a state visit "
                + "to Sweden until Saturday.");
        Draft d = titled(drafts, "Kravik");
        assertEquals(LocalDate.of(2024, 5, 14), d.start(), drafts::toString);
        assertEquals("NO", d.location().country());
    }

    @Test
    void aMeetingFollowingACeremonyWithAnArticleIsOnTheCeremonysDay() {
        List<Draft> drafts = Fixtures.extract("Ghanaian President John Mahama will arrive in Oslo on Tuesday for a three-day "
                + "state visit. He will be honoured at a welcome ceremony at the Royal Palace on Wednesday morning, followed by "
                + "a bilateral meeting with Prime Minister Jonas Gahr Store.");
        assertEquals(LocalDate.of(2024, 5, 15), titled(drafts, "Store").start(), drafts::toString);
    }

    @Test
    void anEventFollowingTheNextDayKeepsItsOwnDay() {
        List<Draft> drafts = Fixtures.extract("Ghana will host the ECOWAS Summit in Accra on May 20, followed by the "
                + "second ECOWAS-EU Summit and the inaugural ECOWAS-China Summit the next day, said Foreign Minister Samuel "
                + "Ablakwa.");
        assertEquals(LocalDate.of(2024, 5, 21), titled(drafts, "EU").start(), drafts::toString);
    }

    @Test
    void summitsWithTwoLeadersAreAMeetingWithEach() {
        List<Draft> drafts = Fixtures.extract("On Wednesday, African Union Commission Chairperson Moussa Faki will hold summits "
                + "with Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi in Addis Ababa.");
        assertEquals(2, drafts.size(), drafts::toString);
        assertEquals(LocalDate.of(2024, 5, 15), titled(drafts, "Modi").start());
    }

    @Test
    void anotherMeetingToldWithAlsoIsOnTheDayAndInThePlaceOfTheOneBefore() {
        List<Draft> drafts = Fixtures.extract("In Oslo on Wednesday, Chilean Foreign Minister Alberto van Klaveren will meet "
                + "Prime Minister Jonas Gahr Store. He will also meet Icelandic Foreign Minister Bjarni Benediktsson. On Friday, "
                + "van Klaveren will travel to Reykjavik, where he will meet Benediktsson again.");
        Draft d = drafts.stream().filter(x -> x.start().equals(LocalDate.of(2024, 5, 15)) && x.title().contains("Benediktsson"))
                .findFirst().orElseThrow(() -> new AssertionError(drafts.toString()));
        assertEquals("Oslo", d.location().city());
    }

    @Test
    void aReceptionOnOneDayOfAnAssemblyToldOfNoOneIsNotTheAssembly() {
        List<Draft> drafts = Fixtures.extract("Ghana is ready to host the ordinary session of the Assembly of the African Union, "
                + "which will bring heads of state to Accra from Wednesday to Friday, Foreign Minister Samuel Ablakwa said.\n\n"
                + "On Thursday, the Chilean envoy Marta Rojas will be received by President John Mahama at Jubilee House.");
        assertEquals(2, drafts.size(), drafts::toString);
    }

    @Test
    void anAssemblyToldOfNoOneIsNoPartOfAMeetingOnOneOfItsDaysToldBefore() {
        List<Draft> drafts = Fixtures.extract("Ghana ready to host AU Assembly; Marta Rojas to meet John Mahama on Thursday\n\n"
                + "Ghana is ready to host the ordinary session of the Assembly of the African Union, which will bring heads of "
                + "state to Accra from Wednesday to Friday, Foreign Minister Samuel Ablakwa said.");
        assertTrue(drafts.stream().anyMatch(d -> d.start().equals(LocalDate.of(2024, 5, 15))
                && d.end().equals(LocalDate.of(2024, 5, 17))), drafts::toString);
    }

    @Test
    void theEveOfThePlenarySessionIsTheDayBeforeTheSpeechAtIt() {
        List<Draft> drafts = Fixtures.extract("Polish President Andrzej Duda will fly to Lima for the APEC forum, which runs "
                + "from May 21 to 24. Duda will speak at the forum plenary session on Thursday, May 23. On the eve of the "
                + "plenary session, Duda will receive Chinese Vice President Han Zheng.");
        assertEquals(LocalDate.of(2024, 5, 22), titled(drafts, "Han Zheng").start(), drafts::toString);
    }

    @Test
    void theSummitRunsUntilADayGivesTheSummitToldBeforeItsLastDay() {
        List<Draft> drafts = Fixtures.extract("Ghanaian President John Mahama will open the ECOWAS summit in Accra on Tuesday. "
                + "The summit runs until Thursday.");
        Draft d = titled(drafts, "summit");
        assertEquals(LocalDate.of(2024, 5, 14), d.start());
        assertEquals(LocalDate.of(2024, 5, 16), d.end());
    }
}
