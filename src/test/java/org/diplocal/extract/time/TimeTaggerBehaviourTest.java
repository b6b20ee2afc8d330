package org.diplocal.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One behaviour per test, with reference dates chosen for their edge (weekday, month end, year end, leap day). */
class TimeTaggerBehaviourTest {

    private static final TimeTagger TAGGER = TimeTagger.standard();
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 11);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 13);

    private static TimeMention only(String text, LocalDate reference) {
        List<TimeMention> ms = TAGGER.tag(text, reference);
        assertEquals(1, ms.size(), () -> "mentions of '" + text + "': " + ms);
        return ms.get(0);
    }

    private static TimeMention find(String text, LocalDate reference, String mention) {
        return TAGGER.tag(text, reference).stream().filter(m -> m.text().equals(mention)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + mention + "' in " + TAGGER.tag(text, reference)));
    }

    @Test
    void aWeekdayOfNextWeekIsThatDayOfTheWeekAfterThisOne() {
        assertEquals(LocalDate.of(2026, 3, 19), find("The commission meets on Thursday next week.", TUESDAY,
                "Thursday next week").first());
        assertEquals(LocalDate.of(2026, 3, 20), find("Talks are set for Friday of next week.", TUESDAY,
                "Friday of next week").first());
        assertEquals(LocalDate.of(2026, 3, 9), find("He arrived on Monday this week.", TUESDAY, "Monday this week").first());
    }

    @Test
    void theWeekendOfAPastSentenceToldOnItsSundayIsThatWeekend() {
        assertEquals(LocalDate.of(2026, 3, 7), find("Foreign ministers met in Oslo over the weekend.", LocalDate.of(2026, 3, 8),
                "the weekend").first());
    }

    @Test
    void aVerbOfThePastAfterRecentlyStillTellsThePast() {
        assertEquals(LocalDate.of(2026, 3, 6), find("Penny Wong recently visited Jakarta on Friday and will travel to Manila.",
                TUESDAY, "Friday").first());
    }

    @Test
    void aDayOfAPlanThatWasToHaveBeenKeptIsStillAhead() {
        assertEquals(LocalDate.of(2026, 3, 11), find("A stop in Accra, where the minister was to have met President John "
                + "Mahama on Wednesday, has been called off.", TUESDAY, "Wednesday").first());
    }

    @Test
    void aDaySaidToHaveSeenAMeetingIsPast() {
        assertEquals(LocalDate.of(2026, 3, 4), find("The minister is said to have met him on Wednesday.", TUESDAY,
                "Wednesday").first());
    }

    @Test
    void theWeekOfADayIsItsMondayToSunday() {
        TimeMention m = only("Norway will host the Nordic ministers' meeting the week of April 13.", TUESDAY);
        assertEquals(LocalDate.of(2026, 4, 13), m.first());
        assertEquals(LocalDate.of(2026, 4, 19), m.last());
        assertFalse(m.exact());
    }

    @Test
    void theFirstWeekOfAMonthIsItsFirstSevenDays() {
        TimeMention m = only("Chile and Peru will hold consultations in Lima in the first week of July.", TUESDAY);
        assertEquals(LocalDate.of(2026, 7, 1), m.first());
        assertEquals(LocalDate.of(2026, 7, 7), m.last());
    }

    @Test
    void theSecondWeekOfAMonthIsTheMondayToSundayOfItsEighthToFourteenthDays() {
        TimeMention m = only("Chile and Peru will hold consultations in Lima in the second week of July.", TUESDAY);
        assertEquals(LocalDate.of(2026, 7, 6), m.first());
        assertEquals(LocalDate.of(2026, 7, 12), m.last());
    }

    @Test
    void theWeekOfAMidweekDayStartsOnTheMondayBefore() {
        TimeMention m = only("The talks in Accra are planned for the week of 2 April.", TUESDAY);
        assertEquals(LocalDate.of(2026, 3, 30), m.first());
        assertEquals(LocalDate.of(2026, 4, 5), m.last());
    }

    @Test
    void aMonthOfLastYearIsThatMonthOfTheYearBefore() {
        TimeMention m = only("The ministers were meant to meet in Accra in May last year.", TUESDAY);
        assertEquals("2025-05", m.value());
    }

    @Test
    void aMonthOfNextYearIsThatMonthOfTheYearAfter() {
        assertEquals("2027-02", only("The summit will be held in Lima in February of next year.", TUESDAY).value());
    }

    @Test
    void aDayJustGoneIsMeantThoughTheSentenceLooksAhead() {
        assertEquals(LocalDate.of(2026, 3, 6), only("Following her visit to Lima on 6 March, the minister returns to a busy week.",
                TUESDAY).first());
    }

    @Test
    void aDayOfAMonthWeeksGoneInAPlanIsNextYears() {
        assertEquals(LocalDate.of(2027, 2, 6), only("The minister will visit Lima on 6 February.", TUESDAY).first());
    }

    @Test
    void aNamedDayIsNoWeekday() {
        assertTrue(TAGGER.tag("The talks mark the anniversary of the Good Friday Agreement.", TUESDAY).isEmpty());
    }

    @Test
    void aClockWithADotAfterAtIsATime() {
        assertEquals(LocalTime.of(10, 0), find("The President will receive him at 10.00 local time on Friday.", TUESDAY,
                "10.00 local time").timeOfDay());
    }

    @Test
    void aNumberWithADotAfterByIsNoTime() {
        assertTrue(TAGGER.tag("The index rose by 10.50 points.", TUESDAY).isEmpty());
    }

    @Test
    void weekdayOfAPlanCalledOffPointsForward() {
        assertEquals(FRIDAY, only("On Friday, the Polish president was to hold talks in Oslo before the trip was called off.",
                TUESDAY).first());
    }

    @Test
    void aClockTimeOpeningAScheduleLineIsOnTheDayOfTheHeadingAbove() {
        String schedule = "PUBLIC SCHEDULE\nTHURSDAY, MARCH 12, 2026\n\n9:00 a.m. LOCAL The Minister meets the mayor of Oslo.\n";
        assertEquals(LocalDate.of(2026, 3, 12), find(schedule, TUESDAY, "9:00 a.m.").first());
    }

    @Test
    void aGatheringThatRunsUntilAWeekdayRunsUntilTheComingOne() {
        assertEquals(LocalDate.of(2026, 3, 12), only("The summit runs until Thursday.", TUESDAY).first());
    }

    @Test
    void aWeekdayAndTheDayOfTheMonthAreThatDayOfTheMonthWhereTheyAgree() {
        TimeMention m = only("I will visit Chile and Peru from Sunday the 15th to Tuesday the 17th of this month.", TUESDAY);
        assertEquals(LocalDate.of(2026, 3, 15), m.first());
        assertEquals(LocalDate.of(2026, 3, 17), m.last());
    }

    @Test
    void aWeekdayAndADayOfTheMonthThatNeverAgreeNearbyAreNoSuchDate() {
        assertEquals(FRIDAY, find("On Friday the 14th he flies to Lima.", TUESDAY, "Friday").first());
    }

    @Test
    void lastAfterWillIsAVerbThatLooksAhead() {
        assertEquals(FRIDAY, only("The Pacific Islands Forum will last until Friday.", TUESDAY).first());
    }

    @Test
    void aPastFormAfterToIsStillPast() {
        assertEquals(LocalDate.of(2026, 3, 6), find("Compared to earlier rounds, talks on Friday were calmer.", TUESDAY, "Friday").first());
    }

    @Test
    void twoWeekdaysWithTheirDaysJoinedByAndAreTwoDates() {
        assertEquals(LocalDate.of(2026, 3, 16), find("On Monday the 16th and Wednesday the 18th he meets them.", TUESDAY,
                "Monday the 16th").last());
    }

    @Test
    void nextWeekdayWithItsDayToAnotherIsOneSpan() {
        TimeMention m = only("She will visit Chile from next Monday, the 16th, to Thursday, the 19th.", TUESDAY);
        assertEquals(LocalDate.of(2026, 3, 16), m.first());
        assertEquals(LocalDate.of(2026, 3, 19), m.last());
    }

    @Test
    void theDayOfTheMonthSetOffAfterDayIsADate() {
        assertEquals(LocalDate.of(2026, 3, 19), only("She will fly to Oslo on the final day, the 19th.", TUESDAY).first());
    }

    @Test
    void theDayOfTheMonthAfterAPartOfTheDayIsADate() {
        assertEquals(LocalDate.of(2026, 3, 19), only("She will meet him on the morning of the 19th.", TUESDAY).first());
    }

    @Test
    void lastAfterToIsAVerbThatLooksAhead() {
        assertEquals(FRIDAY, only("The talks in Suva are expected to last until Friday.", TUESDAY).first());
    }

    @Test
    void aClockTimeClosingAParagraphIsNoPartOfTheHeadingAfterTheBlankLine() {
        String text = "Closing press conference by the chairman, 6 p.m.\n\nFRIDAY, MARCH 13\nThe ministers meet.\n";
        assertEquals("6 p.m.", TAGGER.tag(text, TUESDAY).get(0).text());
    }

    @Test
    void aClockTimeInRunningTextIsNotMovedToAnEarlierHeading() {
        String text = "Programme\nTHURSDAY, MARCH 12, 2026\n\nThe minister said talks would start at 9:00 a.m. today.\n";
        assertEquals(TUESDAY, find(text, TUESDAY, "9:00 a.m. today").first());
    }

    @Test
    void anEdAdjectiveBeforeTheMentionIsNoPastCue() {
        assertEquals(LocalDate.of(2026, 4, 13), only("Norway will host the summit and related meetings the week of April 13.",
                TUESDAY).first());
    }

    @Test
    void weekdayWithFutureCueIsTheComingOne() {
        assertEquals(LocalDate.of(2026, 3, 16), only("Egypt's foreign minister will visit Accra on Monday.", TUESDAY).first());
    }

    @Test
    void weekdayWithFutureCueOnTheSameWeekdayIsNextWeek() {
        assertEquals(LocalDate.of(2026, 3, 17), only("The Chilean envoy is set to arrive on Tuesday.", TUESDAY).first());
    }

    @Test
    void presentTenseOfAMeetingVerbPointsForward() {
        assertEquals(LocalDate.of(2026, 3, 12), only("Foreign ministers of Chile and Ghana meet in Accra on Thursday.", TUESDAY).first());
    }

    @Test
    void travelAsANounIsNoFutureCue() {
        assertEquals(LocalDate.of(2026, 3, 13),
                only("Forecasters said the storm would cause travel chaos in Oslo on Friday.", FRIDAY).first());
    }

    @Test
    void saidOnWeekdayIsThePastOne() {
        assertEquals(LocalDate.of(2026, 3, 5), only("The Polish minister said on Thursday that talks would go on.", TUESDAY).first());
    }

    @Test
    void saidOnTheReferenceWeekdayIsTheDayItself() {
        assertEquals(TUESDAY, only("Ghana's president said Tuesday the border would reopen.", TUESDAY).first());
    }

    @Test
    void futureCueBeforeMentionOutweighsReportingClauseAfterIt() {
        assertEquals(LocalDate.of(2026, 3, 13),
                find("Norway's premier will meet the Argentine president in Oslo on Friday, the ministry said Tuesday.",
                        TUESDAY, "Friday").first());
    }

    @Test
    void nextWeekdayIsTheComingOneEvenWhenItIsSixDaysOn() {
        assertEquals(LocalDate.of(2026, 3, 17), only("The Ghanaian minister flies to Warsaw next Tuesday.", WEDNESDAY).first());
    }

    @Test
    void thisFridayIsTheFridayOfTheCurrentWeek() {
        assertEquals(LocalDate.of(2026, 3, 13), only("Chile's envoy meets the Egyptian minister this Friday.", TUESDAY).first());
    }

    @Test
    void lastFridayIsThePreviousOne() {
        assertEquals(LocalDate.of(2026, 3, 6), only("The talks in Cairo ended last Friday.", FRIDAY).first());
    }

    @Test
    void wouldLeavesTheReferenceDayOpen() {
        assertEquals(FRIDAY, only("Forecasters said the storm would reach Accra on Friday.", FRIDAY).first());
    }

    @Test
    void weekdayPairIsOneExactSpan() {
        TimeMention m = only("The Norwegian and Chilean ministers will hold talks on Thursday and Friday.", TUESDAY);
        assertEquals(LocalDate.of(2026, 3, 12), m.first());
        assertEquals(LocalDate.of(2026, 3, 13), m.last());
        assertTrue(m.exact());
    }

    @Test
    void dayRangeIsOneExactSpan() {
        TimeMention m = only("Poland hosts the forum on April 15-17.", TUESDAY);
        assertEquals(LocalDate.of(2026, 4, 15), m.first());
        assertEquals(LocalDate.of(2026, 4, 17), m.last());
        assertTrue(m.exact());
    }

    @Test
    void fromDayToDayIsOneExactSpan() {
        TimeMention m = find("The Egyptian delegation stays in Santiago from April 2 to 4.", TUESDAY, "April 2 to 4");
        assertEquals(LocalDate.of(2026, 4, 4), m.last());
    }

    @Test
    void theReportsOwnWeekdayWithALaterPartOfTheDayIsToday() {
        assertEquals(TUESDAY, only("The Chilean president will address the forum on Tuesday afternoon.", TUESDAY).first());
    }

    @Test
    void theReportsOwnWeekdayAloneIsStillTheNextOne() {
        assertEquals(TUESDAY.plusDays(7), only("The Chilean president will address the forum on Tuesday.", TUESDAY).first());
    }

    @Test
    void twoDaysWithTheirWeekdaysJoinedByAndAreOneSpan() {
        TimeMention m = only("The Chilean president pays a state visit to Norway on Tuesday 14 and Wednesday 15 April 2026.", TUESDAY);
        assertEquals(LocalDate.of(2026, 4, 14), m.first());
        assertEquals(LocalDate.of(2026, 4, 15), m.last());
        assertTrue(m.exact());
    }

    @Test
    void daysJoinedByAndShareTheirMonth() {
        TimeMention m = only("Ghana will host the envoys on Feb. 5 and 6.", TUESDAY);
        assertEquals(LocalDate.of(2027, 2, 5), m.first());
        assertEquals(LocalDate.of(2027, 2, 6), m.last());
    }

    @Test
    void nextWeekIsTheFollowingIsoWeekAndOnlyBoundsTheDay() {
        TimeMention m = only("Argentina's foreign minister will visit Oslo next week.", TUESDAY);
        assertEquals("2026-W12", m.value());
        assertEquals(LocalDate.of(2026, 3, 16), m.first());
        assertEquals(LocalDate.of(2026, 3, 22), m.last());
        assertFalse(m.exact());
    }

    @Test
    void nextWeekAtYearEndBelongsToTheNextWeekBasedYear() {
        TimeMention m = only("The Polish envoy returns to Cairo next week.", LocalDate.of(2025, 12, 31));
        assertEquals("2026-W02", m.value());
        assertEquals(LocalDate.of(2026, 1, 5), m.first());
    }

    @Test
    void laterThisMonthRunsFromTomorrowToMonthEnd() {
        TimeMention m = only("Chile and Ghana will sign the treaty later this month.", LocalDate.of(2026, 1, 20));
        assertEquals("2026-01", m.value());
        assertEquals(LocalDate.of(2026, 1, 21), m.first());
        assertEquals(LocalDate.of(2026, 1, 31), m.last());
        assertFalse(m.exact());
    }

    @Test
    void earlyMidAndLateSplitAMonthIntoThirds() {
        LocalDate ref = LocalDate.of(2026, 1, 5);
        TimeMention early = only("Norway will host the talks in early February.", ref);
        TimeMention mid = only("Norway will host the talks in mid-February.", ref);
        TimeMention late = only("Norway will host the talks in late February.", ref);
        assertEquals("2026-02", early.value());
        assertEquals(LocalDate.of(2026, 2, 10), early.last());
        assertEquals(LocalDate.of(2026, 2, 11), mid.first());
        assertEquals(LocalDate.of(2026, 2, 21), late.first());
        assertEquals(LocalDate.of(2026, 2, 28), late.last());
    }

    @Test
    void monthAlonePointsBackInThePastTense() {
        assertEquals("2025-11", only("The Egyptian president visited Accra in November.", TUESDAY).value());
    }

    @Test
    void anIrregularPastVerbPointsAMonthBack() {
        assertEquals("2025-11", only("The first round of the Accra talks, in November, brought together the two ministers.",
                TUESDAY).value());
    }

    @Test
    void aDayAPlanWasSetForPointsForwardThoughTheVerbIsPast() {
        assertEquals("2026-05-20", only("The dinner had been set for 20 May in Accra.", TUESDAY).value());
    }

    @Test
    void aDayAVisitWasListedForPointsForward() {
        assertEquals("2026-03-12", only("The visit, listed for Thursday in the schedule, was postponed.", TUESDAY).value());
    }

    @Test
    void anAdjectiveInEdIsNoPastVerb() {
        assertEquals("2026-03-16", only("The two leaders will hold talks in narrow and expanded formats on March 16.", TUESDAY).value());
    }

    @Test
    void monthAlonePointsForwardInTheFutureTense() {
        assertEquals("2026-11", only("The Egyptian president will visit Accra in November.", TUESDAY).value());
    }

    @Test
    void monthAndYearSinceIsBackgroundInThePast() {
        TimeMention m = only("Poland has had no ambassador in Santiago since September 2016.", TUESDAY);
        assertEquals("2016-09", m.value());
        assertEquals(LocalDate.of(2016, 9, 1), m.first());
    }

    @Test
    void leapDayInTheFutureFindsTheNextLeapYear() {
        assertEquals(LocalDate.of(2028, 2, 29),
                only("Ghana will hold the referendum on Feb. 29.", LocalDate.of(2025, 3, 3)).first());
    }

    @Test
    void tomorrowAfterALeapDayIsTheFirstOfMarch() {
        assertEquals(LocalDate.of(2024, 3, 1), only("The Chilean minister lands tomorrow.", LocalDate.of(2024, 2, 29)).first());
    }

    @Test
    void nextMonthFromJanuaryThirtyFirstIsFebruary() {
        TimeMention m = only("Norway will reopen its embassy next month.", LocalDate.of(2026, 1, 31));
        assertEquals("2026-02", m.value());
        assertEquals(LocalDate.of(2026, 2, 28), m.last());
    }

    @Test
    void clockTimeTakesTheDateOfItsSentence() {
        TimeMention m = find("On April 20 the Polish and Egyptian ministers meet at 9 a.m. in Cairo.", TUESDAY, "9 a.m.");
        assertEquals("2026-04-20T09:00", m.value());
        assertEquals(LocalTime.of(9, 0), m.timeOfDay());
        assertEquals(TimexType.TIME, m.type());
    }

    @Test
    void followingDayResolvesAgainstTheLastFixedDate() {
        String text = "The Argentine minister arrives in Accra on April 20. He meets the Ghanaian president the following day.";
        assertEquals(LocalDate.of(2026, 4, 21), find(text, TUESDAY, "the following day").first());
    }

    @Test
    void daysLaterResolveAgainstTheLastFixedDate() {
        String text = "Talks open in Oslo on May 4. Two days later the delegates travel to Bergen.";
        assertEquals(LocalDate.of(2026, 5, 6), find(text, TUESDAY, "Two days later").first());
    }

    @Test
    void relativeDayWithoutEarlierDateResolvesAgainstTheReference() {
        assertEquals(LocalDate.of(2026, 3, 9), only("The envoy left the day before.", TUESDAY).first());
    }

    @Test
    void durationsSetsAndVagueReferencesHaveNoSpan() {
        for (String text : List.of("a three-week tour", "every year", "until now")) {
            TimeMention m = only(text, TUESDAY);
            assertNull(m.first(), text);
            assertNull(m.last(), text);
            assertFalse(m.exact(), text);
        }
    }

    @Test
    void firstNumberOfARangeOfDurationsTakesTheUnitOfTheSecond() {
        assertEquals("P12M", find("The Polish mission will stay 12 or 18 months.", TUESDAY, "12").value());
    }

    @Test
    void endOfTheYearInAPastSentenceIsLastYear() {
        assertEquals("2025", only("Chile's exports to Egypt peaked by the end of the year.", TUESDAY).value());
    }

    @Test
    void endOfTheYearInAFutureSentenceIsThisYear() {
        assertEquals("2026", only("Ghana will elect a president by the end of the year.", TUESDAY).value());
    }

    @Test
    void noBreakSpacesCountAsSpaces() {
        String text = "Norway's envoy will land in Santiago on Dec.\u00a09 at 10\u00a0a.m. and leave the\u00a0following day.";
        List<TimeMention> ms = TAGGER.tag(text, TUESDAY);
        assertEquals(List.of("2026-12-09", "2026-12-09T10:00", "2026-12-10"), ms.stream().map(TimeMention::value).toList());
    }

    @Test
    void participleAfterBeIsNoPastCue() {
        assertEquals(LocalDate.of(2026, 4, 2), only("The Argentine envoy said talks would be held on April 2.", TUESDAY).first());
    }

    @Test
    void dayOfMonthAloneTakesTheMonthFromTheTense() {
        assertEquals(LocalDate.of(2026, 3, 14), only("Ghana expects an answer from Oslo on the 14th.", TUESDAY).first());
        assertEquals(LocalDate.of(2026, 2, 14), only("Ghana received an answer from Oslo on the 14th.", TUESDAY).first());
    }

    @Test
    void ordinalBeforeACountedNounIsNoDay() {
        assertTrue(TAGGER.tag("Poland and Chile held the 14th round of talks.", TUESDAY).isEmpty());
    }

    @Test
    void yearEndIsTheLastThirdOfTheYear() {
        TimeMention m = only("Egypt and Norway hope to sign by year-end.", TUESDAY);
        assertEquals("2026", m.value());
        assertEquals(LocalDate.of(2026, 9, 1), m.first());
    }

    @Test
    void ageIsNotADuration() {
        assertTrue(TAGGER.tag("The 22-year-old aide of the Chilean minister resigned.", TUESDAY).isEmpty());
    }

    @Test
    void sentenceFinalPeriodIsNotPartOfTheMention() {
        assertEquals("Thursday", only("The Norwegian envoy met the Egyptian minister on Thursday.", TUESDAY).text());
        assertEquals("Sept. 9", only("Ghana votes on Sept. 9", TUESDAY).text());
    }

    @Test
    void mentionsAreInTextOrderAndDoNotOverlap() {
        String text = "Chile's president said Monday she will visit Warsaw on April 14 and Oslo next week, "
                + "her first trip since 2019, for three days.";
        List<TimeMention> ms = TAGGER.tag(text, TUESDAY);
        assertEquals(5, ms.size(), ms::toString);
        for (int i = 1; i < ms.size(); i++) {
            assertTrue(ms.get(i - 1).end() <= ms.get(i).start(), ms::toString);
        }
        for (TimeMention m : ms) {
            assertEquals(text.substring(m.start(), m.end()), m.text());
        }
    }

    @Test
    void participleBeforeByIsNoPastTense() {
        assertEquals(LocalDate.of(2026, 4, 2), find("She will attend a forum in Lima, hosted by President Jose Jeri, before flying to Quito "
                + "for talks on April 2.", TUESDAY, "April 2").first());
    }

    @Test
    void laterOnTheReportsOwnWeekdayIsThatDay() {
        assertEquals(TUESDAY, only("Chile's president is due to meet him in Lima later on Tuesday.", TUESDAY).first());
    }

    @Test
    void edAdjectiveAfterASentenceOpeningWeekdayIsNoPastTense() {
        assertEquals(LocalDate.of(2026, 3, 11), find("On Wednesday, united opposition leaders will hold a rally in Accra.",
                TUESDAY, "Wednesday").first());
    }

    @Test
    void edVerbAfterASentenceOpeningDateStillSaysPast() {
        assertEquals(LocalDate.of(2026, 2, 28), find("On Feb. 28, the central bank released a note on inflation.",
                TUESDAY, "Feb. 28").first());
    }

    @Test
    void presentTenseArrivalOnTheReportsWeekdayIsToday() {
        assertEquals(TUESDAY, find("Ghana's president arrives in Santiago on Tuesday for a three-day visit.", TUESDAY, "Tuesday").first());
    }

    @Test
    void theSecondHalfOfAMonthIsItsLaterHalfOfDays() {
        TimeMention m = find("Ministers are due to meet in Rabat in the second half of April.", TUESDAY, "the second half of April");
        assertEquals(LocalDate.of(2026, 4, 16), m.first());
        assertEquals(LocalDate.of(2026, 4, 30), m.last());
    }

    @Test
    void theFirstHalfOfAMonthInAnotherYearEndsOnItsMiddleDay() {
        TimeMention m = find("The talks resume in the first half of February 2027.", TUESDAY, "the first half of February 2027");
        assertEquals(LocalDate.of(2027, 2, 1), m.first());
        assertEquals(LocalDate.of(2027, 2, 14), m.last());
    }

    @Test
    void ordinalQuarterWithDigitsIsAQuarter() {
        TimeMention m = find("Profits fell in the 4th quarter of 2025.", TUESDAY, "the 4th quarter of 2025");
        assertEquals(LocalDate.of(2025, 10, 1), m.first());
        assertEquals(LocalDate.of(2025, 12, 31), m.last());
    }

    @Test
    void aFutureCueFarBackInALongSentenceStillGovernsItsWeekday() {
        TimeMention m = only("Chilean President Gabriel Boric will co-chair the third summit of the Forum for Cooperation "
                + "between the Pacific Alliance and the Southern Common Market with Peruvian President Dina Boluarte and "
                + "Colombian President Gustavo Petro at the convention centre in Lima on Friday.", TUESDAY);
        assertEquals(FRIDAY, m.first());
    }

    @Test
    void aParticipleAfterAnAdverbIsNoPastVerb() {
        TimeMention m = only("On Friday, the newly created Andean-Mercosur Council is to meet for the first time.", TUESDAY);
        assertEquals(FRIDAY, m.first());
    }

    @Test
    void aPastFormJoinedToANounIsACompoundAdjectiveNotATense() {
        assertEquals(FRIDAY, find("The envoy will then see women-led cooperatives in Kisumu on Friday morning.", TUESDAY,
                "Friday morning").first());
        assertEquals(FRIDAY, only("He will tour state-owned mines near Kitwe on Friday.", TUESDAY).first());
    }

    @Test
    void aPastFormAfterAVerbPrefixIsStillAVerb() {
        assertEquals(LocalDate.of(2026, 3, 6), find("The council that re-elected her on Friday will meet again in April.", TUESDAY,
                "Friday").first());
    }

    @Test
    void aCapitalisedPastFormIsANameNotATense() {
        assertEquals(FRIDAY, only("The envoy will sit down with Rose Mivedor on Friday.", TUESDAY).first());
    }

    @Test
    void anEventThatTakesPlaceOnAWeekdayLooksAhead() {
        assertEquals(FRIDAY, only("The formal talks take place on Friday at the palace.", TUESDAY).first());
    }
    @Test
    void leavingOnAWeekdayLooksAhead() {
        assertEquals(FRIDAY, only("The delegation leaves for Lima on Friday.", TUESDAY).first());
    }

    @Test
    void spendingAWeekdaySomewhereLooksAhead() {
        assertEquals(FRIDAY, only("The minister spends Friday in Lima with the Peruvian delegation.", TUESDAY).first());
    }
    @Test
    void theNextDayCountsFromTheEventNotFromWhenItWasAnnounced() {
        String text = "The minister will arrive in Lima on Thursday, the ministry announced on Tuesday. Talks with the "
                + "Peruvian cabinet follow the next day.";
        assertEquals(FRIDAY, find(text, TUESDAY, "the next day").first());
    }
    @Test
    void aTimeSinceDoingSomethingIsNoPastForADayFurtherOn() {
        assertEquals(FRIDAY, find("She will make her first trip since returning to office to Lima on Friday.", TUESDAY,
                "Friday").first());
    }

    @Test
    void aMonthJustAfterSinceDoingSomethingIsPast() {
        assertEquals(LocalDate.of(2026, 1, 1), find("It is her first trip since taking office in January.", TUESDAY,
                "January").first());
    }

    @Test
    void aClockTimeEndingItsSentenceKeepsItsOwnSentencesDay() {
        String text = "On March 16 the minister opens the forum, followed by talks at 10 a.m. On March 17, she will fly to Oslo.";
        assertEquals(LocalDate.of(2026, 3, 16), find(text, TUESDAY, "10 a.m.").first());
    }

    @Test
    void aDateAfterAClockTimeEndingASentenceTakesTheTenseOfItsOwn() {
        String text = "The delegation arrived and was followed by talks at 10 a.m. On March 17, she will fly to Oslo.";
        assertEquals(LocalDate.of(2026, 3, 17), find(text, WEDNESDAY, "March 17").first());
    }

    @Test
    void aClockTimeUnderADayHeadingThatNamesItsTownIsOnThatDay() {
        String schedule = "WEDNESDAY, 11 MARCH\n\n3 p.m. \u2013 Meeting.\n\nTHURSDAY, 12 MARCH \u2013 VILNIUS\n\n9 a.m. \u2013 Opening.\n";
        assertEquals(LocalDate.of(2026, 3, 12), find(schedule, TUESDAY, "9 a.m.").first());
    }

    @Test
    void aPresentVerbFormBeforeOfIsANounAndNoCue() {
        TimeMention m = find("The minister accompanied him to the Conference of Heads of Government of the Union in February.",
                TUESDAY, "February");
        assertEquals(LocalDate.of(2026, 2, 1), m.first());
    }

    @Test
    void theWeekAfterNextIsTwoWeeksOn() {
        assertEquals(LocalDate.of(2026, 3, 23), find("The envoy returns the week after next.", TUESDAY, "the week after next").first());
    }

    @Test
    void aWeekdayReportedAfterSaidThatTakesTheTenseOfWhatIsReported() {
        String text = "The ministry said that a stop in Tromso on Saturday, where the minister was to open a fisheries forum, "
                + "has been called off.";
        assertEquals(LocalDate.of(2026, 3, 14), find(text, TUESDAY, "Saturday").first());
    }

    @Test
    void aWeekdayAfterSaidThatIsPastWhenWhatIsReportedIsPast() {
        String text = "The ministry said that on Saturday the minister opened a fisheries forum in Tromso.";
        assertEquals(LocalDate.of(2026, 3, 7), find(text, TUESDAY, "Saturday").first());
    }

    @Test
    void afterNextWeeksElectionsIsNextWeek() {
        assertEquals(LocalDate.of(2026, 3, 16), find("Talks resume after next week's elections.", TUESDAY, "next week").first());
    }

    @Test
    void aWeekdayAfterThePresentProgressiveIsTheComingOne() {
        assertEquals(LocalDate.of(2026, 3, 13), find("Chile's foreign minister is arriving in Accra on Friday.", TUESDAY, "Friday").first());
    }

    @Test
    void aWeekdayAfterThePastProgressiveIsThePastOne() {
        assertEquals(LocalDate.of(2026, 3, 6), find("Chile's foreign minister was travelling to Accra on Friday when the strike began.",
                TUESDAY, "Friday").first());
    }

    @Test
    void aWeekdayAPlanWasForeseenForIsTheComingOne() {
        assertEquals(LocalDate.of(2026, 3, 12), find("The visit to the port, which was foreseen for Thursday, was cancelled.",
                TUESDAY, "Thursday").first());
    }

    @Test
    void aWeekdayTheTalksAreKeptForInThePresentPassiveIsTheComingOne() {
        assertEquals(LocalDate.of(2026, 3, 11), find("The talks on fuel, which the commission was supposed to close, are "
                + "maintained for Wednesday.", TUESDAY, "Wednesday").first());
    }

    @Test
    void aWeekdayOfAnEventNamedByItsDayIsNoArrangementOfThePresent() {
        assertEquals(LocalDate.of(2026, 3, 6), find("Police are investigating Friday's attack on the embassy.", TUESDAY,
                "Friday").first());
    }

    @Test
    void aWeekTodaySinceSomethingIsNoDayAhead() {
        assertTrue(TAGGER.tag("It is a week today since the summit collapsed.", TUESDAY).stream()
                .noneMatch(m -> m.text().equals("a week today")));
    }

    @Test
    void aSumEarmarkedOnFridayWasEarmarkedThen() {
        assertEquals(LocalDate.of(2026, 3, 6), find("The EU earmarked 50 million euros for Gaza on Friday.", TUESDAY, "Friday").first());
    }

    @Test
    void aTitlesShortStopBeforeANameEndsNoSentence() {
        assertEquals(LocalDate.of(2026, 3, 17), find("On Tuesday afternoon, Hon. Mensah will meet the King at the palace.",
                WEDNESDAY, "Tuesday afternoon").first());
    }

    @Test
    void aDayHeadingWithItsWeekdayIsInTheYearTheyAgree() {
        // 16 March is a Monday in 2026, not in 2025; a past verb nearby does not move the heading to last year
        assertEquals(LocalDate.of(2026, 3, 16), find("Monday 16 March\n09:00 - Welcome, hosted by the Ambassador, which was "
                + "moved from Friday", WEDNESDAY, "Monday 16 March").first());
    }

    @Test
    void aSurnameLikeATitleEndsTheSentence() {
        assertEquals(LocalDate.of(2026, 3, 13), find("The minister met the Indian envoy, Amar Sen. On Friday she travels to Cairo.",
                WEDNESDAY, "Friday").first());
    }

    @Test
    void aShortTitleAfterACommaOpensAnAppositiveNotASentence() {
        assertEquals(LocalDate.of(2026, 3, 12), find("On Thursday, Hon. Wanjiru will receive the delegation in Nairobi.", TUESDAY,
                "Thursday").first());
    }

    @Test
    void aHyphenatedPastFormBeforeItsObjectIsStillAVerb() {
        assertEquals(LocalDate.of(2026, 3, 6), find("Talks will resume in Seoul after the North test-fired a missile on Friday.", TUESDAY,
                "Friday").first());
    }

    @Test
    void aWeekdayAMeetingHasBeenMovedToPointsForward() {
        assertEquals(LocalDate.of(2026, 3, 13), find("The session has been moved from Thursday afternoon to Friday morning.", TUESDAY,
                "Friday morning").first());
    }

    @Test
    void theWeekdayOfAProgrammeIsAPlansDay() {
        assertEquals(LocalDate.of(2026, 3, 14), find("A visit to the port, which had figured in the programme for Saturday, has "
                + "been dropped.", TUESDAY, "Saturday").first());
    }

    @Test
    void aWeekdaySomethingMovedOnStaysInThePast() {
        assertEquals(LocalDate.of(2026, 3, 9), find("The embassy moved on Monday.", TUESDAY, "Monday").first());
    }

    @Test
    void theWeekdayOfAVisitThatHasBeenCalledOffIsStillAhead() {
        assertEquals(LocalDate.of(2026, 3, 12), find("A trip to Gdansk on Thursday has been scrapped.", TUESDAY,
                "Thursday").first());
    }

    @Test
    void theWeekdayOfTalksThatWereCalledOffIsPast() {
        assertEquals(LocalDate.of(2026, 3, 5), find("The talks on Thursday were cancelled.", TUESDAY, "Thursday").first());
    }

    @Test
    void aParticipleJoinedToTheNounAfterItIsNoVerbOfThePast() {
        assertEquals(LocalDate.of(2026, 3, 12), find("A tour of the pumped-storage plant on Thursday will close the visit.",
                TUESDAY, "Thursday").first());
    }

    @Test
    void aDayOnWhichSomethingHadBeenExpectedIsStillAhead() {
        assertEquals(LocalDate.of(2026, 3, 12), find("A stop in Lyon on Thursday, where she had been expected to meet the mayor, "
                + "has been dropped.", TUESDAY, "Thursday").first());
    }

    @Test
    void theDayOfTheMonthAPlanWasForIsThatDay() {
        assertEquals(LocalDate.of(2026, 3, 21), find("A stop in Tainan had been planned for the 21st, but it has been dropped.",
                TUESDAY, "the 21st").first());
    }

    @Test
    void anOrdinalBeforeAnEventsNameIsItsEditionNotADay() {
        assertTrue(TAGGER.tag("The president will travel to Lima for the 31st APEC Economic Leaders' Meeting.", TUESDAY).isEmpty());
    }

    @Test
    void anOrdinalOfALegOrAYearIsNoDay() {
        assertTrue(TAGGER.tag("The president will fly to Tokyo for the 2nd leg of his tour.", TUESDAY).isEmpty());
        assertTrue(TAGGER.tag("The president will travel to Laos for the 3rd consecutive year.", TUESDAY).isEmpty());
    }
}
