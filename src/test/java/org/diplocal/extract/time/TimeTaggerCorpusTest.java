package org.diplocal.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Duckling-style corpus: a fixed report date (Tuesday 10 March 2026), positive examples grouped by the value they
 * must resolve to, and a negative corpus. In each example the expected mention is written in [brackets].
 */
class TimeTaggerCorpusTest {

    static final LocalDate REFERENCE = LocalDate.of(2026, 3, 10); // a Tuesday
    private static final TimeTagger TAGGER = TimeTagger.standard();

    static Stream<Arguments> corpus() {
        return Stream.<Stream<Arguments>>of(
                group("2026-03-12",
                        "Norway's foreign minister will travel to Accra [next Thursday].",
                        "Ghana's president is scheduled to host the talks on [Thursday].",
                        "The Egyptian envoy plans to arrive in Oslo on [12 March].",
                        "Talks resume on [Thursday, March 12, 2026], officials in Santiago confirmed.",
                        "The vote in Warsaw is slated for [2026-03-12].",
                        "Chile's trade minister is expected to sign the accord [Mar. 12th]."),
                group("2026-03-10",
                        "Chile's foreign minister said [Tuesday] that the accord was close.",
                        "The Polish premier announced on [Tuesday] a new envoy to Cairo.",
                        "Argentina's ambassador handed over his credentials [today]."),
                group("2026-03-09",
                        "The Ghanaian delegation told reporters on [Monday] that talks had stalled.",
                        "Egypt and Norway signed a grain deal [yesterday]."),
                group("2026-03-06", "The envoys met [last Friday] in Oslo."),
                group("2026-03-13",
                        "The Egyptian delegation will fly to Santiago [this Friday].",
                        "Ghana's president will hold talks with the newly elected president of Chile on [Friday].",
                        "Poland's president is to receive the Chilean foreign minister on [Friday]."),
                group("2026-03-11", "The Norwegian crown prince arrives in Buenos Aires [tomorrow]."),
                group("2026-W12", "The Ghanaian foreign minister will visit Warsaw [next week]."),
                group("2026-W10", "Argentina recalled its ambassador [last week]."),
                group("2026-W11", "Ministers from Chile and Egypt are meeting in Accra [this week]."),
                group("2026-04",
                        "Oslo will host a donors' conference [next month].",
                        "Oslo will host a donors' conference in [April]."),
                group("2025-06", "Poland and Chile signed the accord in [June]."),
                group("2026-06", "Norway plans to hold the forum in [June]."),
                group("2016-09", "Relations between Accra and Warsaw have been frozen [since September 2016]"
                        .replace("[since ", "since [")),
                group("2019-10", "The Egyptian minister last visited Santiago in [October 2019]."),
                group("2026-03",
                        "The two foreign ministers will meet [later this month].",
                        "The Chilean envoy arrived in Cairo [earlier this month]."),
                group("2026-02", "Poland will send a trade mission in [early February] next year"
                        .replace(" next year", ".").replace("will send", "sent")),
                group("2026", "Egypt's economy grew faster [this year]."),
                group("2027", "Ghana hopes to host the summit [next year]."),
                group("2009", "The border dispute between the two countries dates from [2009]."),
                group("199", "Norway brokered a similar deal in [the 1990s]."),
                group("19", "The treaty is one of the oldest of [20th century] diplomacy."),
                group("2026-Q1", "Exports to Chile rose sharply in [the first quarter]."),
                group("2026-SU", "Argentina will host a regional summit [this summer]."),
                group("2026-SP", "Ghana's president visited Cairo in the [spring].",
                        "Ghana's president will visit Cairo in the [spring]."),
                group("2026-W11-WE", "Chile's envoy will visit Oslo [this weekend].",
                        "Chile's envoy is expected to travel to Oslo over [the weekend]."),
                group("2026-W10-WE", "Chile's envoy travelled to Oslo over [the weekend]."),
                group("2026-03-18", "Norway's fisheries minister will visit Guernsey [a week tomorrow]."),
                group("2026-03-24", "The States will vote on the licences [a fortnight today]."),
                group("2026-03-12", "Ghana's trade envoy flies to Warsaw [the day after tomorrow]."),
                group("2026-03-23", "Norway's envoy will travel to Accra on [Monday week]."),
                group("2026-03-18", "[Wednesday, 18.3.]\n10:30 Talks between the Polish and Chilean presidents."),
                group("2026-03-16", "[MONDAY (16. 3.)]\nThe Ghanaian minister meets his Egyptian counterpart."),
                group("2026-03-19", "\u2022 [Thu. 3/19] \u2013 The Chilean minister meets Ghana's trade minister in Accra."),
                group("2026-03-12", "[THURSDAY 12th \u2013 FRIDAY 13th]\nEU ministers gather in Warsaw with their Chilean counterpart."),
                group("2026-03-08", "Chile's and Egypt's negotiators met in Oslo [the day before yesterday]."),
                group("2026-W13", "Ghana's defence minister will travel to Santiago in [the last week of March]."),
                group("2026-W15", "The Polish delegation arrives in Cairo in [the second week of April]."),
                group("FUTURE_REF", "Norway expects an answer from Accra in [the coming days]."),
                group("2025-Q3", "Polish exports to Egypt rose in [Q3 2025]."),
                group("2026-04-14", "The forum takes place from [14 to 16 April]."),
                group("2026-04-14", "The Ghanaian president will visit Japan from [April 14 (Tue.) to 17 (Fri.)]."),
                group("2026-04", "The Egyptian envoy was in Warsaw last month and returns [mid-April]."),
                group("2025-SU", "The Polish ambassador left Cairo [last summer]."),
                group("P2D", "The Chilean president begins a [two-day] state visit to Norway."),
                group("P3D", "Talks in Accra lasted [three days]."),
                group("P10Y", "Egypt's feud with its neighbour lasted [a decade]."),
                group("P6M", "The Ghanaian mission will stay for [six months]."),
                group("P18M", "The negotiations took [18 months]."),
                group("PXD", "The Polish and Chilean delegations spent [several days] in talks."),
                group("P2Y", "Oslo has mediated for [the past two years]."),
                group("PT2H", "The Argentine and Egyptian ministers talked for [two hours]."),
                group("XXXX", "Norway and Chile hold consultations [every year].",
                        "The foreign ministers meet [annually]."),
                group("XXXX-WXX", "The Ghanaian envoy briefs the press [weekly]."),
                group("XXXX-WXX-1", "The Polish cabinet meets [every Monday]."),
                group("PRESENT_REF", "The Chilean embassy is [currently] closed.", "Talks are [now] in their third round."),
                group("PAST_REF", "Egypt has [recently] reopened its consulate in Oslo.",
                        "Such visits were rare in [the past]."),
                group("FUTURE_REF", "Argentina may open an embassy in Accra in [the future]."),
                group("2026-03-13T15:00", "The Norwegian premier will speak [at 3 p.m. Friday]".replace("[at ", "at [")),
                group("2026-03-10T10:30", "The Egyptian minister landed at [10:30 local time]."),
                group("2026-03-10T13:00", "The Chilean minister receives the Ghanaian envoy at [13 h]."),
                group("2026-03-12T12:00", "The ministers will meet [at noon on Thursday]".replace("[at ", "at [")))
                .flatMap(s -> s);
    }

    /** Strings that hold no date: quantities, names, model numbers and modal "may". */
    static Stream<String> negativeCorpus() {
        return Stream.of(
                "The convoy drove 65 kilometers south of Accra.",
                "Exports to Poland fell 25 percent.",
                "Chile is not a member of the Group of Seven.",
                "Norway ordered more F-35 jets.",
                "Egypt deployed 2000 troops to the border.",
                "The Argentine minister may march with the protesters.",
                "Ghana may decide to join the G20 talks.",
                "The deal is worth $1500 million.",
                "The vote ended 3:2 in favour.",
                "Ministers from 27 countries attended.");
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("corpus")
    void resolvesTheMarkedMentionToItsValue(String value, String marked) {
        int open = marked.indexOf('[');
        int close = marked.indexOf(']');
        String text = marked.substring(0, open) + marked.substring(open + 1, close) + marked.substring(close + 1);
        String expected = marked.substring(open + 1, close);
        List<TimeMention> mentions = TAGGER.tag(text, REFERENCE);
        TimeMention m = mentions.stream().filter(x -> x.start() <= open && x.end() > open).findFirst()
                .orElseGet(() -> fail("no mention at '" + expected + "' in " + mentions));
        assertEquals(value, m.value(), () -> "value of " + m);
        assertEquals(expected, m.text(), () -> "extent of " + m);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negativeCorpus")
    void negativeCorpusHasNoDateOrTime(String text) {
        List<TimeMention> mentions = TAGGER.tag(text, REFERENCE);
        assertTrue(mentions.stream().noneMatch(m -> m.type() == TimexType.DATE || m.type() == TimexType.TIME),
                () -> "unexpected " + mentions);
    }

    private static Stream<Arguments> group(String value, String... examples) {
        return Arrays.stream(examples).map(e -> Arguments.of(value, e));
    }
}
