package org.diplocal.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RuleSetTest {

    private static final RuleSet STANDARD = RuleSet.load(TimeTagger.RULES);

    static Stream<Rule> rules() {
        return STANDARD.rules().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRuleMatchesItsOwnExample(Rule rule) {
        Matcher m = rule.pattern().matcher(rule.example());
        assertTrue(m.find(), () -> rule.name() + " does not match its example '" + rule.example() + "'");
        String regex = rule.pattern().pattern();
        if (!regex.contains("(?<=") && !regex.contains("(?=")) {
            assertEquals(rule.example(), m.group(), rule.name() + " matches only part of its example");
        }
    }

    @Test
    void standardRulesLoadWithUniqueNames() {
        assertEquals(STANDARD.rules().size(), STANDARD.rules().stream().map(Rule::name).distinct().count());
        assertFalse(STANDARD.rules().isEmpty());
    }

    @Test
    void unknownListReferenceIsRejectedAtLoad() {
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> RuleSet.load("org/diplocal/extract/time-bad/unknown-list"));
        assertTrue(e.getMessage().contains("%monthz"), e.getMessage());
        assertTrue(e.getMessage().contains("r.txt:2"), e.getMessage());
    }

    @Test
    void duplicateRuleNameIsRejectedAtLoad() {
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> RuleSet.load("org/diplocal/extract/time-bad/duplicate-rule"));
        assertTrue(e.getMessage().contains("duplicate rule name 'year'"), e.getMessage());
    }

    @Test
    void ruleWithoutExampleIsRejectedAtLoad() {
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> RuleSet.load("org/diplocal/extract/time-bad/no-example"));
        assertTrue(e.getMessage().contains("EXAMPLE"), e.getMessage());
    }

    @Test
    void missingFolderIsRejectedWithItsPath() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSet.load("org/diplocal/nowhere"));
        assertTrue(e.getMessage().contains("org/diplocal/nowhere/index.txt"), e.getMessage());
    }

    @Test
    void normalizationIgnoresCaseSpacesAndFinalPeriod() {
        assertEquals("9", STANDARD.normalize("month", "Sept."));
        assertEquals("2", STANDARD.normalize("number", "a  couple of"));
    }
}
