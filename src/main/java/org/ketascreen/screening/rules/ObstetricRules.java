package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Category.OBSTETRIC;
import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.rule;
import static org.ketascreen.screening.rules.Rules.yes;

import java.util.List;

/**
 * Pregnancy and breastfeeding: clinical-criteria §1.5 OB-1 to OB-4. OB-3 (status unknown) is the
 * UNKNOWN answer of OB-1.
 */
final class ObstetricRules {
    private ObstetricRules() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("OB-1").title("Pregnant")
                        .category(OBSTETRIC).source(Sources.SPRAVATO_PI).modifiable()
                        .reads("patient.pregnant")
                        .when(in -> yes(in.patient().pregnant()))
                        .flag(INELIGIBLE, "Ketamine is not offered in pregnancy: it may harm the baby. Re-screen after the pregnancy."),
                rule("OB-2").title("Breastfeeding")
                        .category(OBSTETRIC).source(Sources.SPRAVATO_PI).modifiable()
                        .reads("patient.breastfeeding")
                        .when(in -> yes(in.patient().breastfeeding()))
                        .flag(INELIGIBLE, "Ketamine is not offered while breastfeeding. Re-screen after breastfeeding ends."),
                rule("OB-4").title("Planning a pregnancy or not using reliable contraception")
                        .category(OBSTETRIC).source(Sources.SPRAVATO_PI)
                        .reads("patient.mayBecomePregnant")
                        .when(in -> yes(in.patient().mayBecomePregnant()))
                        .flag(NEEDS_REVIEW, "Pregnancy is possible: a clinician will discuss pregnancy planning and contraception first."));
    }
}
