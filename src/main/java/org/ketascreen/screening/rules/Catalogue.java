package org.ketascreen.screening.rules;

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

    /**
     * The families in the order of clinical-criteria §1, each with the file its rules are declared in
     * (the catalogue test finds each family's {@code XxxRulesTest} by it).
     */
    record Family(Class<?> declaredIn, List<Rule> rules) {
    }

    private static final List<Family> FAMILIES = List.of(
            new Family(RedFlagRules.class, RedFlagRules.rules()),
            new Family(AgeAndDiagnosisRules.class, AgeAndDiagnosisRules.rules()),
            new Family(IndicationRules.class, IndicationRules.rules()),
            new Family(MedicationOveruseRules.class, MedicationOveruseRules.rules()),
            new Family(BloodPressureRules.class, BloodPressureRules.rules()),
            new Family(CardiovascularRules.class, CardiovascularRules.rules()),
            new Family(PsychiatricRules.class, PsychiatricRules.rules()),
            new Family(ObstetricRules.class, ObstetricRules.rules()),
            new Family(SubstanceUseRules.class, SubstanceUseRules.rules()),
            new Family(OrganRules.class, OrganRules.rules()),
            new Family(InteractionRules.class, InteractionRules.rules()),
            new Family(LogisticsRules.class, LogisticsRules.rules()));

    private static final RuleSet RULE_SET = new RuleSet(ID, VERSION,
            FAMILIES.stream().flatMap(family -> family.rules().stream()).toList());

    public static RuleSet ruleSet() {
        return RULE_SET;
    }

    static List<Family> families() {
        return FAMILIES;
    }
}
