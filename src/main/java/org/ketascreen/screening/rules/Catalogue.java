package org.ketascreen.screening.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule set in force: every family, in the order of research/clinical-criteria.md §1.
 *
 * <p>Bump {@link #VERSION} with any change to a rule, a threshold or a message's meaning (semantic
 * versioning: a new or stricter rule is a minor change at least; a loosened one needs the medical
 * director's sign-off and a major change).
 */
public final class Catalogue {
    private Catalogue() {
    }

    public static final String ID = "ketamine-migraine";
    public static final String VERSION = "1.1.0";

    private static final RuleSet RULE_SET = new RuleSet(ID, VERSION, assemble());

    public static RuleSet ruleSet() {
        return RULE_SET;
    }

    private static List<Rule> assemble() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(RedFlagRules.rules());
        rules.addAll(AgeAndDiagnosisRules.rules());
        rules.addAll(IndicationRules.rules());
        rules.addAll(MedicationOveruseRules.rules());
        rules.addAll(BloodPressureRules.rules());
        rules.addAll(CardiovascularRules.rules());
        rules.addAll(PsychiatricRules.rules());
        rules.addAll(ObstetricRules.rules());
        rules.addAll(SubstanceUseRules.rules());
        rules.addAll(OrganRules.rules());
        rules.addAll(InteractionRules.rules());
        rules.addAll(LogisticsRules.rules());
        return rules;
    }
}
