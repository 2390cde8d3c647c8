package org.ketascreen.screening.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /** §9.3's first sentence: the ids 2.0.0 adds, in the order {@code GET /api/v2/ruleset} lists them. */
    private static final List<String> ADDED_IN_2 = List.of("RESP-1", "RESP-2", "RESP-3", "RESP-4", "RESP-5",
            "HR-1", "HR-2", "HR-3", "HR-4", "HR-5", "ALC-1", "ALC-2", "SUB-5", "SUB-6", "SUB-7",
            "HOME-1", "HOME-2", "HOME-3", "HOME-4", "REF-1", "REF-2", "KET-1", "KET-2", "KET-3", "BMI-1", "BMI-2",
            "ORG-7", "PSY-7", "PSY-8", "PSY-9", "DDI-9", "HS-2", "HS-3", "LOG-2");

    /** Rule set 2.0.0 (api-contract §9.3), served at {@code /api/v2}. */
    public static final String VERSION_2 = "2.0.0";

    /**
     * 2.0.0: rule set 1.1's rules in §4's order, the same objects but for the five 2.0.0 words differently, then
     * the additions in the order of §9.3's first sentence. Rules both versions share read the v1 view of the
     * intake and the parameters, which on the v1 door are the registry's defaults (1.1's thresholds).
     */
    private static final RuleSet RULE_SET_2 = new RuleSet(ID, VERSION_2, version2());

    public static RuleSet ruleSet2() {
        return RULE_SET_2;
    }

    private static List<Rule> version2() {
        Map<String, Rule> changed = new HashMap<>();
        for (Rule rule : List.of(RulesV2.rf11(), RulesV2.ind6(), RulesV2.psyInfo(), RulesV2.hs1(), SubstanceUseRulesV2.sub1())) {
            changed.put(rule.id(), rule);
        }
        List<Rule> rules = new ArrayList<>();
        for (Rule rule : RULE_SET.rules()) {
            rules.add(changed.getOrDefault(rule.id(), rule));
        }
        Map<String, Rule> added = new HashMap<>();
        for (List<Rule> family : List.of(RespiratoryRules.rules(), HeartRateRules.rules(), AlcoholRules.rules(),
                SubstanceUseRulesV2.additions(), HomeRules.rules(), ReferralRules.rules(), PriorKetamineRules.rules(),
                BodyRules.rules(), RulesV2.additions())) {
            family.forEach(rule -> added.put(rule.id(), rule));
        }
        for (String id : ADDED_IN_2) {
            rules.add(Objects.requireNonNull(added.remove(id), id));
        }
        if (!added.isEmpty()) {
            throw new IllegalStateException("rules declared but not in 2.0.0's order: " + added.keySet());
        }
        return rules;
    }


    static List<Family> families() {
        return FAMILIES;
    }
}
