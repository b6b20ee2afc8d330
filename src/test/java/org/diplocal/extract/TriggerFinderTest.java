package org.diplocal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriggerFinderTest {
    private static List<Trigger> triggers(String sentence) {
        TokenList tokens = Tokenizer.tokenize(sentence);
        return new TriggerFinder(Lexicon.standard()).find(tokens, Fixtures.places(sentence), List.of());
    }

    @Test
    void aStopAtAPlaceCalledOffIsAVisit() {
        Trigger t = triggers("The stop in Valparaiso on Wednesday has been taken off the schedule.").get(0);
        assertEquals("visit", t.kind());
        assertEquals("stop", Tokenizer.tokenize("The stop in").norm(t.from()));
    }

    @Test
    void aStopAtAPlaceNotCalledOffIsNoEvent() {
        assertTrue(triggers("His first stop in Lima will be on Monday.").isEmpty());
    }

    @Test
    void aStopCalledOffForAMeetingToldInsideItIsThatMeeting() {
        List<Trigger> found = triggers("A stop in Arica on Wednesday, where he was to have met the governor, has been called off.");
        assertEquals(1, found.size(), found::toString);
        assertEquals("meeting", found.get(0).kind());
    }

    @Test
    void aBodysNameAloneAsATimedItemIsItsSitting() {
        List<Trigger> found = triggers("10.30  Ghana-Nigeria Joint Trade Commission, co-chaired by Minister of Trade Kofi Mensah");
        assertEquals("meeting", found.get(0).kind(), found::toString);
        assertEquals("Ghana-Nigeria Joint Trade Commission", found.get(0).name());
    }

    @Test
    void aBodysNameInProseIsNoSitting() {
        assertTrue(triggers("The Ghana-Nigeria Joint Trade Commission, co-chaired by Kofi Mensah, will meet in Accra.").stream()
                .noneMatch(t -> t.form().equals("noun")));
    }

    @Test
    void aBodysNameRunsOnOverOfTheBeforeACapitalisedWord() {
        List<Trigger> found = triggers("The minister will attend the summit of the Conference of the States Parties in Vienna.");
        Trigger summit = found.stream().filter(t -> t.kind().equals("summit")).findFirst().orElseThrow();
        assertEquals("Conference of the States Parties summit", summit.name(), found::toString);
        assertEquals(1, found.stream().filter(t -> t.form().equals("noun")).count(), found::toString);
    }

    @Test
    void aBodysNameStopsAtOfTheBeforeAPlace() {
        List<Trigger> found = triggers("The minister will attend a meeting of the Council of the Netherlands Antilles on Friday.");
        assertTrue(found.stream().noneMatch(t -> t.name() != null && t.name().contains("Antilles")), found::toString);
    }

    @Test
    void readsVerbAfterWill() {
        Trigger t = triggers("She will visit Accra.").get(0);
        assertEquals("visit", t.kind());
        assertEquals("base", t.form());
    }

    @Test
    void aTourThatTakesHimSomewhereOnlyNamesItsStops() {
        Trigger t = triggers("The tour will take him to Oslo and Bergen.").stream()
                .filter(x -> x.kind().equals("travel")).findFirst().orElseThrow();
        assertTrue(t.stopsOnly(), t::toString);
    }

    @Test
    void travellingSomewhereIsAJourneyOfItsOwn() {
        assertTrue(triggers("She will travel to Oslo.").stream().noneMatch(Trigger::stopsOnly));
    }

    @Test
    void anEventWordInsideTheNameOfABodyThatMeetsIsNoSecondEvent() {
        List<Trigger> ts = triggers("The Chile-Peru Joint Ministerial Commission will meet on Saturday in Tacna.");
        assertEquals(1, ts.size(), ts::toString);
        assertEquals("base", ts.get(0).form());
    }

    @Test
    void aTelephoneTalkIsACall() {
        Trigger t = triggers("Tomorrow I will hold a telephone talk with the External Affairs Minister.").get(0);
        assertEquals("call", t.kind());
    }

    @Test
    void aMeetingSetOffAfterACallRenamesTheCall() {
        List<Trigger> ts = triggers("He will also call on President Gabriel Boric during his stay, a meeting officials describe as a courtesy.");
        assertEquals(1, ts.size(), ts::toString);
    }

    @Test
    void aMeetingJoinedByAndIsAnotherMeeting() {
        assertEquals(2, triggers("He will call on President Gabriel Boric, and a meeting of the council follows.").size());
    }

    @Test
    void readsNounAfterArticle() {
        assertEquals("noun", triggers("A visit to Accra is planned.").get(0).form());
    }

    @Test
    void readsNounAfterArticleAndParticiple() {
        assertEquals("noun", triggers("The planned visit to Accra was postponed.").get(0).form());
    }

    @Test
    void aProgrammesPresentPassiveIsPassive() {
        assertEquals("passive", triggers("10.00 The Speaker is received by the President of Chile.").get(0).form());
    }

    @Test
    void anEventHostedBySomeoneIsNoPassiveMeeting() {
        assertTrue(triggers("The summit is hosted by President Gabriel Boric.").stream()
                .noneMatch(t -> t.form().equals("passive")));
    }

    @Test
    void aDayAfterTheBodysNameIsNoPartOfTheEventsName() {
        Trigger t = triggers("She will address the plenary session of the Andean Development Forum on Tuesday afternoon.").stream()
                .filter(x -> x.name() != null).findFirst().orElseThrow();
        assertTrue(!t.name().contains("Tuesday"), t::toString);
    }

    @Test
    void someonesHostIsAPersonNotAnActOfHosting() {
        assertTrue(triggers("Later she will sit down with her host, Chilean Foreign Minister Alberto van Klaveren.").stream()
                .noneMatch(t -> t.kind().equals("host")));
    }

    @Test
    void readsPastForm() {
        assertTrue(triggers("She visited Accra.").get(0).past());
    }

    @Test
    void callForIsNotAPhoneCall() {
        assertTrue(triggers("The call for reform grew.").isEmpty());
    }

    @Test
    void namesMeetingWithAcronym() {
        Trigger t = triggers("They attend the Munich Security Conference (MSC) in June.").stream()
                .filter(Trigger::named).findFirst().orElseThrow();
        assertEquals("Munich Security Conference (MSC)", t.name());
        assertEquals("MSC", t.acronym());
    }

    @Test
    void aBodysNameRunsOnPastAndTheUpToItsInitialsInBrackets() {
        Trigger t = triggers("The summit of the Organisation of Eastern Caribbean States and the Dominican Republic (OECSDR) opens.")
                .get(0);
        assertEquals("OECSDR", t.acronym(), t::toString);
    }

    @Test
    void aBodysNameStopsAtAndTheWithoutInitialsAfterIt() {
        Trigger t = triggers("The summit of the Organisation of Eastern Caribbean States and the President will open.").get(0);
        assertTrue(!t.name().contains("President"), t::toString);
    }

    @Test
    void theCapitalOfALinesFirstWordIsNoName() {
        Trigger t = triggers("09.00 Bilateral meeting with the Foreign Minister").get(0);
        assertEquals(null, t.name());
    }

    @Test
    void cityBeforeMeetingWordIsNoName() {
        Trigger t = triggers("The Cairo summit ends.").get(0);
        assertEquals(null, t.name());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The two leaders will sit down with business chiefs in Lima.|meeting",
        "Mahama will convene the regional leaders in Accra.|meeting",
        "The gathering of Nordic ministers opens in Oslo.|meeting",
        "She will have an audience with the King on Friday.|meeting",
        "The King will grant an audience to the visiting prime minister on Friday.|meeting",
        "Regional leaders will meet for a mini-summit in Luanda.|summit",
        "Boric will speak at the university on Friday.|speech",
        "The president will be sworn in on Tuesday.|ceremony",
        "The two presidents will hold a telephone conversation on Friday.|call",
        "EU leaders will meet by videoconference on Friday.|call",
        "The minister will leave for Nairobi on Sunday.|travel",
        "Store will take part in the summit in Accra.|attend",
        "The minister will preside over the council meeting.|attend",
        "He will call on President John Mahama.|meeting",
        "Boric will speak with President Dina Boluarte by phone.|meeting",
        "She will be the guest of honour at the parade.|attend",
        "She will review the Navy Day parade.|ceremony",
        "West African leaders will converge on Abuja on Sunday.|travel",
        "The bloc will hold summits with the leaders of Japan and India.|meeting",
        "The journey takes him first to Kenya on Monday.|travel",
        "09:00 Council of Ministers, chaired by the Minister of Foreign Affairs.|meeting",
        "12h30 Reception by the Prime Minister, Minister of State, Luc Frieden.|meeting",
        "She will go on a mission to the Republic of Ghana from Monday.|visit",
        "10:00 a.m. Courtesy visit to the President of the Republic, José Raúl Mulino.|meeting",
        "11:00 a.m. Master class at the University of Ghana.|speech",
        "The Chile-Peru Binational Commission will sit in Arica on Thursday.|meeting",
        "A planned sit-down with the Polish president has been called off.|meeting"
    })
    void readsTheOtherWordsWiresUseForTheSameActs(String sentence, String kind) {
        assertTrue(triggers(sentence).stream().anyMatch(t -> t.kind().equals(kind)), () -> triggers(sentence).toString());
    }

    @Test
    void aLevelIsTheRankOfAnEventNotOneOfItsOwn() {
        assertTrue(triggers("The commission will sit at ministerial level in Santiago.").stream()
                .noneMatch(t -> t.form().equals("noun")));
        assertTrue(triggers("They agreed to hold summit-level talks.").stream().noneMatch(t -> t.kind().equals("summit")));
    }

    @Test
    void aMinisterialMeetingIsOneEventWord() {
        assertEquals(1, triggers("She will attend a ministerial meeting in Lima.").stream()
                .filter(t -> t.kind().equals("meeting")).count());
    }

    @Test
    void aNamedSessionOfABodyIsOneEventWordNamedForBoth() {
        List<Trigger> found = triggers("She will attend the Ordinary Session of the ECOWAS Council of Ministers in Abuja.").stream()
                .filter(t -> t.kind().equals("meeting")).toList();
        assertEquals(1, found.size(), found::toString);
        assertEquals("Ordinary Session of the ECOWAS Council of Ministers", found.get(0).name());
    }

    @Test
    void summitsWithoutWithAreNoMeeting() {
        assertTrue(triggers("Security will be tight during the summits in Accra.").stream()
                .noneMatch(t -> t.kind().equals("meeting")));
    }

    @Test
    void headsOfStateAreNoJourney() {
        assertTrue(triggers("The heads of state gathered.").stream().noneMatch(t -> t.kind().equals("travel")));
    }

    @Test
    void briefingTheMediaIsNoEventWord() {
        assertTrue(triggers("The two prime ministers will brief the media at the airport.").isEmpty());
    }

    @Test
    void briefingACounterpartIsAnEventWord() {
        assertEquals("attend", triggers("He will brief President Abiy Ahmed in person.").get(0).kind());
    }
}
