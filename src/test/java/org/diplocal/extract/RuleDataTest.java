package org.diplocal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples and counter-examples for each rule file under rules/. */
class RuleDataTest {
    private final Lexicon lexicon = Lexicon.standard();

    private static TokenList t(String s) {
        return Tokenizer.tokenize(s);
    }

    @Test
    void rolesNormaliseSpellingsAndPreferTheLongestTitle() {
        assertEquals("Secretary of Defense", lexicon.roles.longest(t("defence secretary"), 0).value()[1]);
        assertEquals("Secretary of Defense", lexicon.roles.longest(t("Secretary of Defense"), 0).value()[1]);
        assertEquals("Vice President", lexicon.roles.longest(t("Vice President"), 0).value()[1]);
        assertEquals("Minister of Foreign Affairs", lexicon.roles.longest(t("minister for foreign affairs"), 0).value()[1]);
        assertNull(lexicon.roles.longest(t("secretaries of state"), 0));
    }

    @Test
    void triggersKnowTheirForms() {
        assertEquals("past", lexicon.triggers.longest(t("visited"), 0).value()[2]);
        assertEquals("meeting", lexicon.triggers.longest(t("hold talks"), 0).value()[1]);
        assertNull(lexicon.triggers.longest(t("said"), 0));
    }

    @Test
    void cuesSortFutureBackgroundSpeechAndStatus() {
        assertTrue(Lexicon.has(lexicon.cueAt(t("will"), 0), "future"));
        assertTrue(Lexicon.has(lexicon.cueAt(t("since"), 0), "background"));
        assertTrue(Lexicon.has(lexicon.cueAt(t("said"), 0), "speech"));
        assertTrue(Lexicon.has(lexicon.cueAt(t("called off"), 0), "cancelled"));
        assertTrue(Lexicon.has(lexicon.cueAt(t("then"), 0), "former"));
        assertTrue(Lexicon.has(lexicon.cueAt(t("earlier version of this"), 0), "retracted"));
        assertNull(lexicon.cueAt(t("visit"), 0));
    }

    @Test
    void venueHeadsSayWhereTheHeadStands() {
        assertEquals("last", lexicon.venueHeads.longest(t("Cemetery"), 0).value()[1]);
        assertEquals("first", lexicon.venueHeads.longest(t("Camp"), 0).value()[1]);
        assertNull(lexicon.venueHeads.longest(t("Minister"), 0));
    }

    @Test
    void anchorsNameTheirKind() {
        assertEquals("arrival", lexicon.anchors.longest(t("upon arrival"), 0).value()[1]);
        assertEquals("stay", lexicon.anchors.longest(t("while in"), 0).value()[1]);
        assertEquals("after", lexicon.anchors.longest(t("a day after"), 0).value()[1]);
        assertEquals("next", lexicon.anchors.longest(t("after that"), 0).value()[1]);
        assertNull(lexicon.anchors.longest(t("after"), 0));
    }

    @Test
    void topicCuesMapToContractSlugs() {
        assertEquals("trade", lexicon.topics.longest(t("tariffs"), 0).value());
        assertEquals("shipbuilding", lexicon.topics.longest(t("shipyard"), 0).value());
        assertEquals("north-korea", lexicon.topics.longest(t("North Korea"), 0).value());
        assertNull(lexicon.topics.longest(t("weather"), 0));
    }

    @Test
    void topicSlugsAreThoseOfTheContract() {
        List<String> contract = List.of("defence", "security", "alliance", "trade", "economy", "investment", "energy", "climate",
                "nuclear", "north-korea", "china", "indo-pacific", "shipbuilding", "technology", "history", "multilateral",
                "human-rights", "health");
        for (String[] row : DataFiles.rows("/org/diplocal/extract/rules/topics.tsv")) {
            assertTrue(contract.contains(row[0]), row[0]);
        }
        for (String[] row : DataFiles.rows("/org/diplocal/extract/rules/roles.tsv")) {
            assertTrue(row[2].equals("-") || contract.contains(row[2]), row[0]);
        }
    }

    @Test
    void portfoliosMakeTheirTitlesButWrittenTitlesWin() {
        assertEquals("Minister of Tourism", lexicon.roles.longest(t("Tourism Minister"), 0).value()[1]);
        assertEquals("Minister of Tourism", lexicon.roles.longest(t("minister for tourism"), 0).value()[1]);
        assertEquals("Deputy Minister of Health", lexicon.roles.longest(t("deputy health minister"), 0).value()[1]);
        assertEquals("Foreign Secretary", lexicon.roles.longest(t("foreign secretary"), 0).value()[1]);
        assertNull(lexicon.roles.longest(t("tourism board"), 0));
    }

    @Test
    void nameParticlesAreLowerCaseWordsOfFamilyNames() {
        assertTrue(lexicon.nameParticles.contains(t("av"), 0));
        assertTrue(lexicon.nameParticles.contains(t("von"), 0));
        assertTrue(!lexicon.nameParticles.contains(t("and"), 0));
    }

    @Test
    void siteWordsAreReadOnlyInLowerCase() {
        assertTrue(lexicon.siteWords.contains(t("dam"), 0));
        assertNull(lexicon.venueHeads.longest(t("Dam"), 0)); // "Vu Duc Dam"
    }

    @Test
    void otherEventsAreVotesNotVisits() {
        assertTrue(lexicon.otherEvents.contains(t("election"), 0));
        assertFalse(lexicon.otherEvents.contains(t("visit"), 0));
    }

    @Test
    void postNominalsAreHonoursAndSeats() {
        assertTrue(lexicon.postNominals.contains(t("GCMG"), 0));
        assertFalse(lexicon.postNominals.contains(t("GOV"), 0));
    }

    @Test
    void aTitleEndingInAPluralHeadHasItsPlural() {
        assertTrue(lexicon.pluralRoles.longest(Tokenizer.tokenize("the two governors will meet"), 2) != null);
        assertTrue(lexicon.pluralRoles.longest(Tokenizer.tokenize("the two generals will meet"), 2) == null);
    }

    @Test
    void aSeatGivesWayOnlyToTheOfficesItsRowNames() {
        assertTrue(lexicon.officeOverSeat("Senator", "Minister of Trade"));
        assertFalse(lexicon.officeOverSeat("Senator", "Mayor"));
        assertFalse(lexicon.officeOverSeat("President", "Minister of Trade"));
    }

    @Test
        void ranksAreGradesNotOffices() {
        assertTrue(lexicon.ranks.contains("Lieutenant General"));
        assertFalse(lexicon.ranks.contains("President"));
    }

    @Test
    void headsNameTheHeadAnOfficeMakes() {
        assertEquals("Head of State", lexicon.heads.get("King"));
        assertEquals("Head of Government", lexicon.heads.get("Prime Minister"));
        assertNull(lexicon.heads.get("Minister of Foreign Affairs"));
    }

    @Test
    void companyTitlesAreHeldByCompaniesAndTerritories() {
        assertTrue(lexicon.companyTitles.contains("Chief Executive"));
        assertFalse(lexicon.companyTitles.contains("Prime Minister"));
    }
}
