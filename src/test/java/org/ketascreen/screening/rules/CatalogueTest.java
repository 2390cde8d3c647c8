package org.ketascreen.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.ketascreen.questionnaire.QuestionnaireDefinition;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.Scenarios;

/** The rule catalogue: exactly the contract's ids (api-contract §4), each with title, source and fields. */
public class CatalogueTest {

    /** api-contract §4, in catalogue order. */
    public static final List<String> CONTRACT_RULE_IDS = List.of(
            "RF-1", "RF-2", "RF-3", "RF-4", "RF-5", "RF-6", "RF-7", "RF-8", "RF-9", "RF-10", "RF-11", "RF-12", "RF-13", "RF-15",
            "AGE-1", "AGE-2", "DX-1", "DX-2", "DX-3",
            "IND-1", "IND-2", "IND-3", "IND-4", "IND-5", "IND-6", "IND-7",
            "MO-1", "MO-2", "MO-3",
            "BP-1", "BP-2", "BP-3", "BP-5",
            "CV-1", "CV-2", "CV-3", "CV-4", "CV-5",
            "PSY-1", "PSY-2", "PSY-3", "PSY-4", "PSY-5", "PSY-6", "PSY-INFO",
            "OB-1", "OB-2", "OB-4",
            "SUB-1", "SUB-2", "SUB-3", "SUB-4",
            "ORG-1", "ORG-2", "ORG-3", "ORG-4", "ORG-5", "ORG-6",
            "HS-1",
            "DDI-1", "DDI-2", "DDI-3", "DDI-4", "DDI-5", "DDI-6",
            "LOG-1");

    private static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+");

    private final RuleSet ruleSet = Catalogue.ruleSet();

    @Test
    void shouldHoldExactlyTheContractsRuleIdsOnceEach() {
        List<String> ids = ruleSet.rules().stream().map(Rule::id).toList();

        assertEquals(CONTRACT_RULE_IDS, ids);
        assertEquals(ids.size(), new HashSet<>(ids).size());
    }

    /**
     * The one test that writes the version out: the v1 contract's rule set is 1.1.x (api-contract §11), 1.1.0
     * since revision 1.1 of §4 (MO-3). Every other test reads {@link Catalogue#VERSION}.
     */
    @Test
    void shouldBeAddressedByIdAndSemanticVersion() {
        assertEquals("ketamine-migraine", ruleSet.id());
        assertTrue(SEMVER.matcher(ruleSet.version()).matches());
        assertEquals("1.1.0", ruleSet.version());
    }

    @Test
    void shouldGiveEveryRuleATitleASourceAndTheFieldsItReads() {
        Set<String> requestPaths = new HashSet<>(QuestionnaireDefinition.paths());
        for (Rule rule : ruleSet.rules()) {
            assertFalse(rule.title().isBlank(), rule.id());
            assertFalse(rule.source().label().isBlank(), rule.id());
            assertTrue(rule.source().url().startsWith("https://"), rule.id());
            assertFalse(rule.fields().isEmpty(), rule.id());
            for (String field : rule.fields()) {
                assertTrue(requestPaths.contains(field), rule.id() + " reads " + field + ", which is not a request path");
            }
        }
    }

    @Test
    void shouldExerciseEveryRuleInAtLeastOneGoldenScenario() {
        Set<String> exercised = new HashSet<>();
        for (String name : Scenarios.names()) {
            var screening = Intakes.screen(Scenarios.golden().requestJson(name));
            screening.evaluations().stream().filter(e -> !(e.result() instanceof Result.NoMatch))
                    .forEach(e -> exercised.add(e.rule().id()));
        }
        List<String> missing = CONTRACT_RULE_IDS.stream().filter(id -> !exercised.contains(id)).toList();

        assertEquals(List.of(), missing, "rules no scenario exercises");
    }

    @Test
    void shouldLetOnlyTheInclusionCriteriaHaveNoOutcome() {
        List<String> withoutOutcome = ruleSet.rules().stream().filter(r -> r.outcomes().isEmpty()).map(Rule::id).toList();

        assertEquals(List.of("DX-1", "IND-1"), withoutOutcome);
    }
}
