package org.diplocal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A programme of dated headings and timed lines, read in a report dated Monday 2024-05-13. */
class ProgrammeTest {
    private static final LocalDate WED = LocalDate.of(2024, 5, 15);
    private static final String PROGRAMME = """
            Office of the Rt Hon Espen Barth Eide
            Minister of Foreign Affairs

            The Minister will travel to Ghana and Nigeria next week.

            WEDNESDAY 15 MAY – ACCRA
            09.00 Bilateral meeting with Foreign Minister Shirley Ayorkor Botchwey, Ministry of Foreign Affairs
            14.30 Telephone call with Chilean Foreign Minister Alberto van Klaveren

            THURSDAY 16 MAY – ABUJA
            10.00 Talks with President Bola Tinubu

            Meets business leaders.
            """;

    /** A summit placed in prose, and a programme line on one of its days that names no place. */
    private static final String SUMMIT_PROGRAMME = """
            Peruvian President Dina Boluarte will host the Andean Summit in Lima on 15 and 16 May.

            Wednesday 15 May
            16.30 Bilateral meeting between Chilean President Gabriel Boric and Colombian President Gustavo Petro
            """;

    /** A visit told in prose, then "The programme for the visit is as follows" with lines that name no one. */
    private static final String PROSE_VISIT_PROGRAMME = """
            Prime Minister Fiame Naomi Mata'afa of Samoa will make an official visit to Tonga from Wednesday 15 May to \
            Friday 17 May 2024 at the invitation of Prime Minister Siaosi Sovaleni.

            The programme for the visit is as follows:

            Thursday 16 May
            7.00pm - State dinner

            Friday 17 May
            9.00am - Visit to the new Vuna wharf - CANCELLED
            10.30am - Visit to the Samoan community in Kolofo'ou
            """;

    @Test
    void theProgrammeOfAVisitToldBeforeIsTheVisitorsProgramme() {
        List<Draft> drafts = Fixtures.extract(PROSE_VISIT_PROGRAMME);
        Draft dinner = Fixtures.first(drafts, d -> d.title().equals("State dinner"));
        assertTrue(Fixtures.names(dinner).contains("Fiame Naomi Mata'afa"), dinner::toString);
    }

    @Test
    void aVisitOnAProgrammesLineIsAnEngagementOfItsOwnNamedAsTheLineTellsIt() {
        List<Draft> drafts = Fixtures.extract(PROSE_VISIT_PROGRAMME);
        Draft wharf = Fixtures.first(drafts, d -> d.title().equals("Visit to the new Vuna wharf"));
        assertEquals(DraftStatus.CANCELLED, wharf.status());
        assertEquals(LocalDate.of(2024, 5, 17), wharf.start());
        Draft stay = Fixtures.first(drafts, d -> d.end().isAfter(d.start()));
        assertEquals(DraftStatus.SCHEDULED, stay.status(), drafts::toString); // the item's cancellation is not the visit's
    }

    @Test
    void twoVisitsOnTwoLinesOfADayAreTwoEngagements() {
        List<Draft> drafts = Fixtures.extract(PROSE_VISIT_PROGRAMME);
        assertEquals(2, drafts.stream().filter(d -> d.start().equals(LocalDate.of(2024, 5, 17)) && d.end().equals(d.start())).count(),
                drafts::toString);
    }

    @Test
    void theHostOfAStateVisitIsNotTheVisitorOfItsProgramme() {
        List<Draft> drafts = Fixtures.extract("""
                President Samia Suluhu Hassan will host President Daniel Chapo on a State Visit to Tanzania from 15 to 17 May 2024.

                The programme of the State Visit is as follows:

                Thursday 16 May
                09.00 Official Welcome Ceremony, State House
                """);
        Draft welcome = Fixtures.first(drafts, d -> d.title().equals("Official Welcome Ceremony"));
        assertTrue(!Fixtures.names(welcome).contains("Samia Suluhu Hassan") || Fixtures.names(welcome).contains("Daniel Chapo"),
                welcome::toString);
    }

    private static Draft with(List<Draft> drafts, String name) {
        return drafts.stream().filter(d -> d.participants().stream().anyMatch(p -> p.name().equals(name))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " in " + drafts));
    }

    @Test
    void anUnplacedItemOfAStateVisitsProgrammeIsInTheVisitsTown() {
        List<Draft> drafts = Fixtures.extract("""
                Chilean President Gabriel Boric will pay a State Visit to Ghana from 15 to 16 May 2024.

                WEDNESDAY 15 MAY 2024
                15h00 Trade Minister Elizabeth Ofosu-Adjare and Economy Minister Nicolás Grau co-chair the Joint Trade Commission at the Kempinski Conference Centre.
                """);
        Draft session = Fixtures.first(drafts, d -> d.title().contains("Grau"));
        assertEquals("Accra", session.location().city());
    }

    @Test
    void anItemsPlaceListedBetweenCommasBeforeItsEventWordIsWhereItIs() {
        List<Draft> drafts = Fixtures.extract("""
                Weekly agenda of Maria Malmer Stenergard, Minister for Foreign Affairs

                Wednesday 15 May
                10:00 – Nordic Council of Ministers, Eigtved's Pakhus, Copenhagen, chaired by the Danish Minister for Foreign Affairs, Lars Løkke Rasmussen.
                """);
        Draft d = with(drafts, "Lars Løkke Rasmussen");
        assertEquals("Copenhagen", d.location().city());
    }

    @Test
    void aLineUnderADatedHeadingIsOnThatDayAtItsClockTimeInTheHeadingsTown() {
        Draft d = with(Fixtures.extract(PROGRAMME), "Shirley Ayorkor Botchwey");
        assertEquals(WED, d.start());
        assertEquals(LocalTime.of(9, 0), d.startTime());
        assertEquals("Accra", d.location().city());
    }

    @Test
    void theProgrammesPrincipalTakesPartInItsItems() {
        Draft d = with(Fixtures.extract(PROGRAMME), "Bola Tinubu");
        assertEquals(WED.plusDays(1), d.start());
        assertTrue(d.participants().stream().anyMatch(p -> p.name().equals("Espen Barth Eide")), d::toString);
    }

    @Test
    void aCallInTheProgrammeHasNoPlace() {
        Draft d = with(Fixtures.extract(PROGRAMME), "Alberto van Klaveren");
        assertEquals(WED, d.start());
        assertNull(d.location());
    }

    @Test
    void aBlankLineEndsTheDaysProgramme() {
        List<Draft> drafts = Fixtures.extract(PROGRAMME);
        assertTrue(drafts.stream().noneMatch(d -> d.title().contains("business")), drafts::toString);
    }

    @Test
    void aLineWithADateOfItsOwnKeepsIt() {
        List<Draft> drafts = Fixtures.extract("""
                WEDNESDAY 15 MAY – ACCRA
                Chilean Foreign Minister Alberto van Klaveren will meet President John Mahama on Friday.
                """);
        assertEquals(WED.plusDays(2), drafts.get(0).start());
    }

    @Test
    void aDateInProseIsNoHeading() {
        List<Draft> drafts = Fixtures.extract("""
                Ghana and Norway will talk trade on Wednesday.
                Talks with President John Mahama.
                """);
        assertTrue(drafts.isEmpty(), drafts::toString);
    }

    @Test
    void anItemWithNoPlaceIsInTheTownOfTheSummitItsDayFallsIn() {
        List<Draft> drafts = Fixtures.extract(SUMMIT_PROGRAMME);
        Draft d = Fixtures.first(drafts, x -> x.title().contains("meet"));
        assertEquals(WED, d.start());
        assertEquals("Lima", d.location().city());
    }

    @Test
    void aMeetingBetweenTwoNamedIsTheirsAlone() {
        List<Draft> drafts = Fixtures.extract(SUMMIT_PROGRAMME);
        Draft d = Fixtures.first(drafts, x -> x.title().contains("Petro"));
        assertEquals(2, d.participants().size());
    }

    @Test
    void aBlankLineRightUnderTheHeadingKeepsTheDay() {
        Draft d = with(Fixtures.extract("""
                Wednesday 15 May

                10.30 Talks between Chilean President Gabriel Boric and Peruvian President Dina Boluarte, Lima
                """), "Dina Boluarte");
        assertEquals(WED, d.start());
        assertEquals(LocalTime.of(10, 30), d.startTime());
    }

    @Test
    void aTownClosingTheItemIsWhereItIsHeld() {
        Draft d = with(Fixtures.extract("""
                Wednesday 15 May
                10.30 Bilateral meeting with Peruvian President Dina Boluarte, Government Palace, Lima
                """), "Dina Boluarte");
        assertEquals("Lima", d.location().city());
    }

    @Test
    void aClockWrittenWithAnHIsTheItemsTime() {
        Draft d = with(Fixtures.extract("""
                Wednesday, 15 May
                16h45 - Meeting between Chilean President Gabriel Boric and Peruvian President Dina Boluarte, Lima
                """), "Dina Boluarte");
        assertEquals(LocalTime.of(16, 45), d.startTime());
    }

    @Test
    void anAgendaOfAnOfficialMakesThemThePrincipalOfItsItems() {
        Draft d = with(Fixtures.extract("""
                Agenda of the President of the Storting, Masud Gharahkhani

                Wednesday, 15 May
                11h00 - Receives the Speaker of the Chamber of Deputies of Chile, Karol Cariola - Storting building, Oslo
                """), "Karol Cariola");
        assertTrue(d.participants().stream().anyMatch(p -> p.name().equals("Masud Gharahkhani")), d::toString);
        assertEquals(WED, d.start());
        assertEquals(LocalTime.of(11, 0), d.startTime());
    }

    @Test
    void aMeetingBetweenTwoOfficesIsBetweenTheirHoldersNamedBefore() {
        Draft d = with(Fixtures.extract("""
                Queen Margrethe will receive Chilean President Gabriel Boric and Norwegian Prime Minister Jonas Gahr Store.

                Wednesday 15 May
                11.00 Meeting between the Queen and the President, Amalienborg Palace, Copenhagen
                """), "Gabriel Boric");
        assertTrue(d.participants().stream().anyMatch(p -> p.name().equals("Margrethe")), d::toString);
        assertTrue(d.participants().stream().noneMatch(p -> p.name().equals("Jonas Gahr Store")), d::toString);
    }

    @Test
    void aMeetingBetweenAnOfficeAndANamedOfficialIsBetweenBoth() {
        Draft d = with(Fixtures.extract("""
                Queen Margrethe will receive Chilean President Gabriel Boric on Wednesday.

                Thursday 16 May
                10.30 Talks between the President and Prime Minister Mette Frederiksen, Marienborg, Copenhagen
                """), "Mette Frederiksen");
        assertTrue(d.participants().stream().anyMatch(p -> p.name().equals("Gabriel Boric")), d::toString);
    }

    @Test
    void anItemAfterALineMovedToAnotherDayIsStillOnItsHeadingsDay() {
        Draft d = with(Fixtures.extract("""
                Wednesday 15 May
                Meeting with Chilean President Gabriel Boric - MOVED to Friday 17 May
                16:00 - Meeting with Peruvian President Dina Boluarte - Government Palace, Lima
                """), "Dina Boluarte");
        assertEquals(WED, d.start());
        assertEquals(LocalTime.of(16, 0), d.startTime());
    }

    @Test
    void aDayHeadingNamingTheDaysVisitAfterADashStillDatesTheItemsUnderIt() {
        List<Draft> drafts = Fixtures.extract("""
                Programme of Prime Minister Jonas Gahr Store for the coming week

                Tuesday 14 May

                11:00 - Departure for Santiago. The Prime Minister is accompanied by the Minister of Trade, Cecilie Myrseth.

                Wednesday 15 May - Official visit to Chile

                09:30 - Ceremonial welcome. La Moneda.

                12:00 - Talks with the President of Chile, Gabriel Boric. La Moneda.
                """);
        Draft talks = with(drafts, "Gabriel Boric");
        assertEquals(WED, talks.start());
        assertEquals(LocalTime.of(12, 0), talks.startTime());
        assertTrue(drafts.stream().anyMatch(d -> d.kind().equals("visit") && d.start().equals(WED)), drafts::toString);
    }

    @Test
    void aNoteInBracketsAfterTheHeadingsDayLeavesItAHeading() {
        Draft d = with(Fixtures.extract("""
                Weekly schedule of the Secretary-General, Jagdish Koonjul

                TUESDAY 14 MAY

                Travel to Chile.

                WEDNESDAY 15 MAY (all times Santiago time)

                10:00 Call on the President of Chile, Gabriel Boric. La Moneda, Santiago.
                """), "Gabriel Boric");
        assertEquals(WED, d.start());
        assertEquals(LocalTime.of(10, 0), d.startTime());
    }

    @Test
    void aVenueAfterTheItemOnItsLineIsWhereItIsHeld() {
        Draft d = with(Fixtures.extract("""
                Weekly schedule of the Secretary-General, Jagdish Koonjul

                WEDNESDAY 15 MAY

                10:00 Call on the President of Chile, Gabriel Boric. Office of the President, Valparaíso.
                """), "Gabriel Boric");
        assertEquals("Valparaíso", d.location().city());
    }

    @Test
    void aVenueTheLetterheadPlacesInATownIsInThatTownWhenAnItemNamesItAlone() {
        Draft d = with(Fixtures.extract("""
                COMMONWEALTH OFFICE
                Lancaster House, London

                Weekly schedule of the Secretary-General, Jagdish Koonjul

                WEDNESDAY 15 MAY

                14:00 Meeting with the Minister of Foreign Affairs of Norway, Espen Barth Eide. Lancaster House.
                """), "Espen Barth Eide");
        assertEquals("Lancaster House", d.location().name());
        assertEquals("London", d.location().city());
    }

    private static final String VISIT_PROGRAMME = """
            PROGRAMME OF THE OFFICIAL VISIT OF HIS EXCELLENCY GABRIEL BORIC, PRESIDENT OF THE REPUBLIC OF CHILE, TO GHANA
            15-17 May 2024

            WEDNESDAY, 15 MAY 2024

            09:30 Official welcome ceremony, Jubilee House, Accra.

            11:00 Fifth meeting of the Ghana-Chile Joint Commission on Trade, Ministry of Foreign Affairs.

            16:30 Visit to the Kwame Nkrumah Memorial Park - CANCELLED

            20:00 Informal dinner offered by President John Mahama in honour of President Boric.

            Pool arrangements will apply to the signing ceremony.
            """;

    @Test
    void aProgrammesTitleTakesTheDatesOfTheLineUnderIt() {
        Draft visit = Fixtures.first(Fixtures.extract(VISIT_PROGRAMME), d -> d.kind().equals("visit") && d.start().equals(WED)
                && d.end().equals(WED.plusDays(2)));
        assertEquals("Gabriel Boric", visit.participants().get(0).name());
        assertEquals("GH", visit.location().country());
    }

    @Test
    void theVisitorOfAVisitsProgrammeTakesPartInItemsThatNameNoOne() {
        Draft d = Fixtures.first(Fixtures.extract(VISIT_PROGRAMME), e -> e.title().contains("Nkrumah"));
        assertEquals(List.of("Gabriel Boric"), d.participants().stream().map(DraftPerson::name).toList());
    }

    @Test
    void aCommissionsSessionInAVisitsProgrammeIsNotTheVisitors() {
        Draft d = Fixtures.first(Fixtures.extract(VISIT_PROGRAMME), e -> e.title().contains("Joint Commission"));
        assertTrue(d.participants().isEmpty(), d::toString);
    }

    @Test
    void aCeremonysTitleLeavesOutTheItemsClockAndCapital() {
        Draft d = Fixtures.first(Fixtures.extract(VISIT_PROGRAMME), e -> e.title().contains("welcome"));
        assertEquals("Gabriel Boric attends official welcome ceremony at Jubilee House", d.title());
    }

    @Test
    void aDatedHeadlineWithAVerbAfterItsDashIsNoDayHeading() {
        Draft d = with(Fixtures.extract("""
                Monday 13 May - Store to visit Chile
                Prime Minister Jonas Gahr Store will pay a state visit to Chile from 20 to 22 May.
                During the visit, he will hold talks with President Gabriel Boric in Valparaíso.
                """), "Gabriel Boric");
        assertTrue(!d.start().isBefore(LocalDate.of(2024, 5, 20)), d::toString);
    }

    @Test
    void aSentenceAboutAVisitsProgrammeMakesNoOneItsPrincipal() {
        List<Draft> drafts = Fixtures.extract("""
                SANTIAGO, 13 May 2024 - President Gabriel Boric will host Prime Minister Jonas Gahr Store of Norway on Tuesday.
                The programme for the visit of Prime Minister Store was published by La Moneda on Monday.
                Separately, an extraordinary summit of Mercosur heads of state will be held in Asunción on Friday.
                """);
        Draft summit = Fixtures.first(drafts, d -> d.title().contains("summit"));
        assertTrue(summit.participants().stream().noneMatch(p -> p.name().equals("Jonas Gahr Store")), summit::toString);
    }

    @Test
    void aSentenceAfterTheItemThatTellsWhereTheDayGoesNextIsNotItsVenue() {
        Draft d = with(Fixtures.extract("""
                SANTIAGO, 10 May 2024 - The programme of the state visit of Prime Minister Jonas Gahr Store of Norway to Chile:

                Monday 13 May
                10:00 Courtesy call on President Gabriel Boric. Onward to Valparaíso.
                """), "Gabriel Boric");
        assertEquals("Santiago", d.location().city());
    }

    @Test
    void anItemUnderAHeadingOfTwoDaysSpansThem() {
        Draft d = with(Fixtures.extract("""
                WEDNESDAY, MAY 15 - FRIDAY, MAY 17
                - SANTIAGO: Norwegian Prime Minister Jonas Gahr Store pays an official visit to Chile.
                """), "Jonas Gahr Store");
        assertEquals(WED, d.start());
        assertEquals(WED.plusDays(2), d.end());
    }

    @Test
    void anAgendaWithAWordBeforeItNamesItsPrincipal() {
        Draft d = with(Fixtures.extract("""
                Official agenda of the Minister of Foreign Affairs of Ghana, Samuel Okudzeto Ablakwa

                Wednesday, 15 May 2024
                10:30 - Meeting with the Minister of Foreign Affairs of Chile, Alberto van Klaveren
                """), "Alberto van Klaveren");
        assertTrue(d.participants().stream().anyMatch(p -> p.name().equals("Samuel Okudzeto Ablakwa")), d::toString);
    }

    @Test
    void anAgendaOfANameThenItsLongTitleNamesItsPrincipal() {
        Draft d = with(Fixtures.extract("""
                Weekly agenda of Espen Barth Eide, Minister of Foreign Affairs, Development and International Trade

                Wednesday, 15 May 2024
                10:30 - Meeting with the Minister of Foreign Affairs of Chile, Alberto van Klaveren, and Jean Dupont (Luxembourg)
                """), "Alberto van Klaveren");
        assertTrue(d.participants().stream().anyMatch(p -> p.name().equals("Espen Barth Eide")), d::toString);
    }

    @Test
    void anAgendaForTheDayItIsPublishedIsAPlan() {
        Draft d = with(Fixtures.extract("""
                Agenda of the President of the Republic, Gabriel Boric

                Monday, 13 May 2024
                09:00 - Meeting with the President of Argentina, Javier Milei
                """), "Javier Milei");
        assertEquals(Fixtures.MONDAY, d.start());
    }

    @Test
    void aPlaceLineUnderAnItemSaysWhereItIsHeld() {
        Draft d = with(Fixtures.extract("""
                Agenda of the President of the Republic, Gabriel Boric

                Wednesday, 15 May 2024
                09:00 - Meeting with the President of Argentina, Javier Milei
                Place: Palacio de La Moneda, Santiago
                """), "Javier Milei");
        assertEquals("Santiago", d.location().city(), d::toString);
        assertEquals(LocalTime.of(9, 0), d.startTime());
    }

    @Test
    void anItemInAParagraphOfItsOwnIsStillOnTheHeadingsDay() {
        Draft d = with(Fixtures.extract("""
                Agenda of the President of the Republic, Gabriel Boric

                Wednesday, 15 May 2024

                09:00 - Meeting with the Minister of Foreign Affairs, Alberto van Klaveren
                Place: Palacio de La Moneda, Santiago

                11:30 - Meeting with the President of Argentina, Javier Milei
                Place: Palacio de La Moneda, Santiago
                """), "Javier Milei");
        assertEquals(WED, d.start());
        assertEquals(LocalTime.of(11, 30), d.startTime());
    }

    @Test
    void whoHasTheFollowingEngagementsIsThePrincipal() {
        Draft d = with(Fixtures.extract("""
                The Speaker of the Sejm, Szymon Holownia, has the following official engagements in the coming week.

                WEDNESDAY 15 MAY
                11:00 Meeting with the Speaker of the Seimas of Lithuania, Viktorija Cmilyte-Nielsen. Place: the Sejm.
                """), "Viktorija Cmilyte-Nielsen");
        assertTrue(d.participants().stream().anyMatch(p -> p.name().equals("Szymon Holownia")), d::toString);
    }

    @Test
    void aHeadingOfTwoDaysDatesTheItemsUnderItToBoth() {
        List<Draft> drafts = Fixtures.extract("ECOWAS Commission\nAbuja, 13 May 2024\n\nWednesday 15 - Thursday 16 May\n"
                + "09:00 Council of Ministers, chaired by Senegal's Minister of Foreign Affairs, H.E. Yassine Fall.");
        Draft d = with(drafts, "Yassine Fall");
        assertEquals(LocalDate.of(2024, 5, 15), d.start());
        assertEquals(LocalDate.of(2024, 5, 16), d.end());
    }

    @Test
    void aTownOpeningALineWithADashUnderADayHeadingIsWhereTheItemIs() {
        // (and the country before the title of the one met, "US Assistant Secretary", is no place)
        List<Draft> drafts = Fixtures.extract("THE WEEK AHEAD\nOur weekly listing of the diplomatic calendar.\n\n"
                + "TUESDAY, MAY 14\nACCRA - Heads' retreat at a venue outside the city.\nACCRA - Foreign Minister Samuel "
                + "Ablakwa meets US Assistant Secretary of State for African Affairs Molly Phee, 11 a.m., Peduase Lodge.");
        assertEquals("GH", with(drafts, "Samuel Ablakwa").location().country(), drafts::toString);
    }

    @Test
    void todayInAnItemUnderADayHeadingIsTheHeadingsDay() {
        List<Draft> drafts = Fixtures.extract("THE WEEK AHEAD\n\nWEDNESDAY, MAY 15\nLOME - POSTPONED: the meeting of ECOWAS "
                + "ministers that Togo's Foreign Minister Robert Dussey was to host today has been put off.");
        assertEquals(LocalDate.of(2024, 5, 15), with(drafts, "Robert Dussey").start(), drafts::toString);
    }

    /** A ministry's programme of a state visit, whose lines name their chairs and callers with courtesies. */
    private static final String STATE_VISIT_PROGRAMME = """
            President Amina Diallo of Senegal will pay a state visit to Ghana from Wednesday 15 to Thursday 16 May.

            Wednesday 15 May
            14:30 Ministerial Session of the Joint Commission, co-chaired by Hon. Florence Mensah, MP, Minister of Trade, and Hon. Tomasz Nowak, MP, Minister of Foreign Affairs, Jubilee House
            15:00 Courtesy call by Hon. Tomasz Nowak on the Right Honourable Dr Kwame Boateng, Vice President of the Republic of Ghana, Jubilee House
            """;

    @Test
    void aProgrammeLinesSessionSeatsTheMinistersWhoChairIt() {
        List<Draft> drafts = Fixtures.extract(STATE_VISIT_PROGRAMME);
        Draft session = with(drafts, "Florence Mensah");
        assertTrue(session.participants().stream().anyMatch(p -> p.name().equals("Tomasz Nowak")), session::toString);
        assertEquals(WED, session.start(), session::toString);
    }

    @Test
    void aCourtesyCallByOneOnAnotherMeetsThemBoth() {
        List<Draft> drafts = Fixtures.extract(STATE_VISIT_PROGRAMME);
        Draft call = with(drafts, "Kwame Boateng");
        assertTrue(call.participants().stream().anyMatch(p -> p.name().equals("Tomasz Nowak")), call::toString);
    }

    @Test
    void aProgrammeLinesTopicDoesNotHideItsChairs() {
        List<Draft> drafts = Fixtures.extract("""
                Wednesday 15 May
                16:00 Dialogue on the customs union and tariff schedules, co-chaired by H.E. Mr Tomasz Nowak and Hon. Florence Mensah, Jubilee House
                """);
        Draft dialogue = with(drafts, "Florence Mensah");
        assertTrue(dialogue.participants().stream().anyMatch(p -> p.name().equals("Tomasz Nowak")), dialogue::toString);
    }

    /** A weekly agenda whose heading names its minister and the week it covers, with a note after it; sent on 6 September 2024. */
    private static final String WEEKLY_AGENDA = """
            MINISTRY OF FOREIGN AFFAIRS
            Agenda of the Minister, Maria Antonieta Alva, for the week of 9 to 13 September 2024

            WEDNESDAY 11 SEPTEMBER
            09h00 Meeting with the Minister of Foreign Affairs of Chile, Alberto van Klaveren
            18h00 Travel to Santiago

            Notes
            – The Pacific Alliance council last met in Lima in March; the September meeting will consider the new rules.
            """;

    private static final LocalDate AGENDA_SENT = LocalDate.of(2024, 9, 6);

    @Test
    void aWeeklyAgendaHeadingThatGivesItsWeekStillNamesWhoseAgendaItIs() {
        List<Draft> drafts = Fixtures.extract(WEEKLY_AGENDA, AGENDA_SENT);
        Draft travel = drafts.stream().filter(d -> d.kind().equals("travel")).findFirst().orElseThrow(() -> new AssertionError(drafts));
        assertEquals(List.of("Maria Antonieta Alva"), Fixtures.names(travel));
        assertEquals(LocalDate.of(2024, 9, 11), travel.start());
    }

    @Test
    void aNoteAboutABodysPastMeetingIsNoItemOfTheAgenda() {
        List<Draft> drafts = Fixtures.extract(WEEKLY_AGENDA, AGENDA_SENT);
        Draft meeting = with(drafts, "Alberto van Klaveren");
        assertTrue(meeting.location() == null || !"Lima".equals(meeting.location().city()), meeting::toString);
    }

    @Test
    void anItemOpeningWithAnAmPmClockIsOnTheHeadingsDayAtThatTimeInItsTown() {
        List<Draft> drafts = Fixtures.extract("""
                WEEKLY DIARY OF THE MINISTER OF FOREIGN AFFAIRS, HON. RUTH OSEI

                THURSDAY, 16 MAY \u2013 NAIROBI

                3 p.m. \u2013 Bilateral meeting with the Hon. Musalia Mudavadi, Cabinet Secretary for Foreign Affairs of Kenya.
                """);
        Draft d = with(drafts, "Musalia Mudavadi");
        assertEquals(LocalDate.of(2024, 5, 16), d.start());
        assertEquals(LocalTime.of(15, 0), d.startTime());
        assertEquals("Nairobi", d.location().city());
    }

    @Test
    void aTimedLineIsAnItemNeverTheHeadingOfTheNotesBelowIt() {
        ReportExtractor.Reading reading = ReportExtractor.standard().read("""
                THURSDAY, 16 MAY

                5 p.m. \u2013 Return to Accra.

                Note to editors: the Minister met the President of the Economic Community of West African States.
                """, Fixtures.MONDAY);
        SentenceFacts note = reading.facts().get(reading.facts().size() - 1);
        assertTrue(note.dates.isEmpty(), () -> note.dates.toString());
    }

    @Test
    void anItemThatOpensWithReceivedByIsAMeetingWithTheHost() {
        List<Draft> drafts = Fixtures.extract("""
                Minister of Foreign Affairs Karin Lund will travel to Ghana next week.

                Wednesday 15 May \u2013 Accra
                15.00 Received by President John Mahama at Jubilee House
                """);
        Draft d = with(drafts, "John Mahama");
        assertEquals(WED, d.start());
        assertEquals(List.of("Karin Lund", "John Mahama"), Fixtures.names(d));
    }

    @Test
    void anItemOpeningWithACapitalisedPmClockIsInTheAfternoon() {
        List<Draft> drafts = Fixtures.extract("""
                Agenda of Minister of Foreign Affairs Karin Lund

                THURSDAY, 16 MAY \u2013 LIMA

                3:00 PM \u2013 Bilateral meeting with Foreign Minister Ana Lopez of Peru.
                """);
        assertEquals(LocalTime.of(15, 0), with(drafts, "Ana Lopez").startTime());
    }

    @Test
    void anItemOpeningWithAnAmPmClockAndReceivedByIsAMeeting() {
        List<Draft> drafts = Fixtures.extract("""
                Minister of Foreign Affairs Karin Lund will travel to Ghana next week.

                Wednesday 15 May \u2013 Accra
                3 p.m. \u2013 Received by President John Mahama at Jubilee House
                """);
        assertEquals(List.of("Karin Lund", "John Mahama"), Fixtures.names(with(drafts, "John Mahama")));
    }

    @Test
    void aDayHeadingWithItsEventAndANoteInBracketsDatesTheItemsUnderIt() {
        List<Draft> drafts = Fixtures.extract("""
                Agenda of the Prime Minister, Jonas Gahr Store, for the week of 13 to 17 May

                Tuesday 14 May

                16:00 - Telephone conversation with the Prime Minister of Canada, Mark Carney

                Wednesday 15 May - Official visit to Kenya (times are Nairobi time)

                14:00 - Arrival at Jomo Kenyatta International Airport
                16:00 - State House: talks with the President of Kenya, William Ruto
                """);
        assertEquals(WED, with(drafts, "William Ruto").start(), drafts::toString);
    }

    @Test
    void theOfficeOfAnOfficeHolderIsAPlaceNotTheHolder() {
        List<Draft> drafts = Fixtures.extract("""
                Agenda of the Federal Chancellor, Karl Weber, for the week of 13 to 17 May

                Tuesday 14 May

                11:00 - Meeting with the Prime Minister of Japan, Shigeru Ishiba

                Wednesday 15 May - Official visit to Ethiopia

                16:00 - Office of the Prime Minister: talks with the Prime Minister of Ethiopia, Abiy Ahmed Ali
                """);
        Draft talks = with(drafts, "Abiy Ahmed Ali");
        assertTrue(Fixtures.names(talks).contains("Karl Weber"), drafts::toString);
        assertTrue(!Fixtures.names(talks).contains("Shigeru Ishiba"), drafts::toString);
    }

    @Test
    void aTownBeforeAColonAfterTheItemsClockIsWhereTheItemIs() {
        List<Draft> drafts = Fixtures.extract("""
                Schedule of Foreign Minister Anna Berg for the week of 13 to 17 May

                WEDNESDAY, 15 MAY

                11:00 - Council of Ministers, Government Palace
                14:00 - Riga: meeting with the Minister of Foreign Affairs of Latvia, Baiba Braze
                """);
        Draft met = with(drafts, "Baiba Braze");
        assertEquals("Riga", met.location().city(), drafts::toString);
    }

    /**
     * A visit told in prose, then a bare "Programme" heading with a note on the clock, lines that name no one who
     * meets, and a host the report tells more of than the visitor.
     */
    private static final String BARE_HEADING_PROGRAMME = """
            The Secretary-General of the Commonwealth, Shirley Botchwey, will visit Fiji on 15 and 16 May 2024.

            Programme (all times are Fiji time, UTC+12)

            Wednesday, 15 May - Suva
            09:00 - Meeting with the Prime Minister of Fiji, Sitiveni Rabuka, Government Buildings
            15:00 - Visit to the cardiac unit of the national hospital

            Thursday, 16 May - Lautoka
            10:00 - Meeting with the Minister of Health, Dr Atonio Lalabalavu

            Dr Lalabalavu, who chairs the Pacific health ministers' council, will open the council's session.

            Dr Lalabalavu met the Secretary-General in London in March, where he invited her to Fiji.
            """;

    @Test
    void aBareProgrammeHeadingAfterAVisitMakesTheVisitorThePrincipal() {
        List<Draft> drafts = Fixtures.extract(BARE_HEADING_PROGRAMME);
        Draft talks = with(drafts, "Sitiveni Rabuka");
        assertTrue(Fixtures.names(talks).contains("Shirley Botchwey"), drafts::toString);
    }

    @Test
    void theOneNamedOnALineOfAVisitorsProgrammeIsMetNotTheOneWhoMeets() {
        List<Draft> drafts = Fixtures.extract(BARE_HEADING_PROGRAMME);
        Draft talks = with(drafts, "Sitiveni Rabuka");
        assertTrue(!Fixtures.names(talks).contains("Atonio Lalabalavu"), drafts::toString);
    }

    @Test
    void aSiteVisitOnATimedLineIsAnHourOfOneDayNotAStayThroughTheNext() {
        List<Draft> drafts = Fixtures.extract(BARE_HEADING_PROGRAMME);
        Draft hospital = Fixtures.first(drafts, d -> d.title().contains("hospital"));
        assertEquals(hospital.start(), hospital.end(), drafts::toString);
    }

    @Test
    void twoVisitorsNamedTogetherLeaveTheProgrammeWithoutOnePrincipal() {
        List<Draft> drafts = Fixtures.extract("""
                Their Majesties King Harald V and Queen Sonja of Norway will pay a state visit to Iceland on 15 and 16 May 2024.

                Programme

                Wednesday 15 May
                10:00 Official welcome ceremony at Bessastadir
                """);
        assertTrue(drafts.stream().noneMatch(d -> Fixtures.names(d).equals(List.of("Sonja"))), drafts::toString);
    }

    @Test
    void aGatheringToldLaterByItsInitialsIsTheOneThoseInitialsCloseOnTheProgramme() {
        List<Draft> drafts = Fixtures.extract("""
                The Secretary-General of the Commonwealth, Shirley Botchwey, will visit Fiji on 15 and 16 May 2024.

                Programme

                Wednesday, 15 May - Suva
                11:00 - Meeting with the Minister of Health, Dr Atonio Lalabalavu, at the Ministry of Health

                Thursday, 16 May - Nadi
                10:00 - Special meeting of the Council of Health Ministers of the Pacific and the Republic of Timor-Leste (PHMC)

                The PHMC meeting will bring together health ministers or their deputies from Samoa, Tonga, Vanuatu, Kiribati \
                and Fiji. Dr Lalabalavu, who holds the rotating presidency of PHMC, will chair the session.
                """);
        Draft council = Fixtures.first(drafts, d -> d.countries().contains("WS"));
        assertEquals(LocalDate.of(2024, 5, 16), council.start(), drafts::toString);
    }

    private static final String HIGHLIGHTS = """
            Foreign Minister Rosemary DiCarlo of Norway will pay an official visit to Jamaica from 15 to 17 May 2024.

            Programme highlights (all times local):

            THURSDAY, MAY 16
            11:00 a.m. Courtesy call on the Prime Minister, Office of the Prime Minister, Jamaica House
            2:30 p.m. Visit to Port Antonio - REMOVED FROM THE PROGRAMME
            """;

    @Test
    void aProgrammesHighlightsHeadingMakesTheVisitorThePrincipal() {
        Draft call = Fixtures.first(Fixtures.extract(HIGHLIGHTS), d -> d.start().equals(LocalDate.of(2024, 5, 16))
                && d.kind().equals("meeting"));
        assertEquals(List.of("Rosemary DiCarlo"), Fixtures.names(call));
    }

    @Test
    void anItemRemovedFromTheProgrammeIsCancelled() {
        Draft stop = Fixtures.first(Fixtures.extract(HIGHLIGHTS), d -> d.title().contains("Port Antonio"));
        assertEquals(DraftStatus.CANCELLED, stop.status(), stop::toString);
    }

    @Test
    void aLineOfAProgrammeThatListsWhoMeetsAfterAColonIsTheirs() {
        List<Draft> drafts = Fixtures.extract("""
                Foreign Minister Rosemary DiCarlo of Norway will pay an official visit to Jamaica from 15 to 17 May 2024.

                Programme

                THURSDAY, MAY 16
                9:30 a.m. - Meeting of Foreign Ministers: Senator the Hon. Kamina Johnson Smith, Minister of Foreign Affairs \
                and Foreign Trade, and Dr. Anniken Huitfeldt
                """);
        Draft d = Fixtures.first(drafts, x -> x.start().equals(LocalDate.of(2024, 5, 16)));
        assertEquals(List.of("Kamina Johnson Smith", "Anniken Huitfeldt"), Fixtures.names(d), drafts::toString);
    }

    @Test
    void aBriefingOnAVisitorsProgrammeLineIsStillTheVisitors() {
        List<Draft> drafts = Fixtures.extract("""
                Indian Prime Minister Narendra Modi will pay an official visit to Kenya from 15 to 17 May 2024.

                Programme

                THURSDAY, MAY 16
                10:00 Will be briefed by Kenyan Foreign Minister Musalia Mudavadi at State House
                """);
        Draft d = with(drafts, "Musalia Mudavadi");
        assertTrue(Fixtures.names(d).contains("Narendra Modi"), drafts::toString);
    }

    @Test
    void aDaysHeadingMayOpenWithTheWordProgramme() {
        List<Draft> drafts = Fixtures.extract("""
                Governor Johanna Mikl-Leitner of Lower Austria will visit Slovakia next week.

                Programme of Monday 20 May

                18.30 – Governor Mikl-Leitner is received by the Prime Minister of the Slovak Republic, Robert Fico, at the Government Office
                """);
        Draft received = Fixtures.first(drafts, d -> Fixtures.names(d).contains("Robert Fico"));
        assertEquals(WED.plusDays(5), received.start(), drafts::toString);
    }
}
