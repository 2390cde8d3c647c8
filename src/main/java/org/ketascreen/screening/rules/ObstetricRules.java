package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Category.OBSTETRIC;
import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.flag;
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
                flag("OB-1", "Pregnant", OBSTETRIC, Sources.SPRAVATO_PI, INELIGIBLE,
                        "Ketamine is not offered in pregnancy: it may harm the baby. Re-screen after the pregnancy.",
                        in -> yes(in.patient().pregnant()), "patient.pregnant"),
                flag("OB-2", "Breastfeeding", OBSTETRIC, Sources.SPRAVATO_PI, INELIGIBLE,
                        "Ketamine is not offered while breastfeeding. Re-screen after breastfeeding ends.",
                        in -> yes(in.patient().breastfeeding()), "patient.breastfeeding"),
                flag("OB-4", "Planning a pregnancy or not using reliable contraception", OBSTETRIC, Sources.SPRAVATO_PI,
                        NEEDS_REVIEW, "Pregnancy is possible: a clinician will discuss pregnancy planning and contraception first.",
                        in -> yes(in.patient().mayBecomePregnant()), "patient.mayBecomePregnant"));
    }
}
