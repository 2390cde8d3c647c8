package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Category.COMORBIDITY;
import static org.ketascreen.screening.rules.Category.PSYCHIATRIC;
import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.INFO;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Outcome.URGENT_REFERRAL;
import static org.ketascreen.screening.rules.Rules.rule;
import static org.ketascreen.screening.rules.Rules.anyHistory;
import static org.ketascreen.screening.rules.Rules.sinceEvent;
import static org.ketascreen.screening.rules.Rules.yes;

import java.util.List;

import org.ketascreen.intake.Intake;

/** Psychiatric contraindications and cautions: clinical-criteria §1.5 PSY-1 to PSY-6, §5.2 and §5.4. */
final class PsychiatricRules {
    private PsychiatricRules() {
    }

    /** PSY-2: a psychotic episode ≤ 12 months ago excludes ("recent" is undefined in sources; default). */
    static final int PSYCHOSIS_WINDOW_MONTHS = 12;
    /** PSY-3: a manic or hypomanic episode ≤ 12 months ago excludes (default). */
    static final int MANIA_WINDOW_MONTHS = 12;

    private static final String PSY2 = "Psychotic episode: [0, 12] months ago ineligible, (12, ∞) review";
    private static final String PSY3 = "Manic or hypomanic episode: [0, 12] months ago ineligible, (12, ∞) review";

    static List<Rule> rules() {
        return List.of(
                rule("PSY-1").title("Schizophrenia, schizoaffective or another primary psychotic disorder, ever")
                        .category(PSYCHIATRIC).source(Sources.ACEP_2011)
                        .reads("psychiatric.schizophrenia", "psychiatric.schizoaffectiveDisorder", "psychiatric.otherPsychoticDisorder")
                        .when(in -> yes(in.psychiatric().schizophrenia()).or(yes(in.psychiatric().schizoaffectiveDisorder()))
                                .or(yes(in.psychiatric().otherPsychoticDisorder())))
                        .flag(INELIGIBLE, "A primary psychotic disorder: ketamine can worsen psychosis and is contraindicated, even when stable."),
                rule("PSY-2").title(PSY2)
                        .category(PSYCHIATRIC).source(Sources.PSYCHIATRIC_WINDOW).modifiable()
                        .reads("psychiatric.psychoticEpisode")
                        .outcomes(INELIGIBLE, NEEDS_REVIEW)
                        .judge(s -> s.parameters().flag(Parameters.PSY2_ANY_HISTORY_INELIGIBLE)
                                ? anyHistory(s.v1().psychiatric().psychoticEpisode(), PSY2,
                                "A psychotic episode (this clinic's protocol excludes any history): ketamine is not offered.")
                                : sinceEvent(s.v1().psychiatric().psychoticEpisode(), months -> months <= PSYCHOSIS_WINDOW_MONTHS, PSY2,
                                "A psychotic episode in the last 12 months: ketamine is not offered.",
                                "A past psychotic episode: a psychiatrist should review before ketamine.")),
                rule("PSY-3").title(PSY3)
                        .category(PSYCHIATRIC).source(Sources.CLINIC_PROTOCOLS).modifiable()
                        .reads("psychiatric.maniaOrHypomania")
                        .outcomes(INELIGIBLE, NEEDS_REVIEW)
                        .check(in -> sinceEvent(in.psychiatric().maniaOrHypomania(), months -> months <= MANIA_WINDOW_MONTHS, PSY3,
                                "A manic or hypomanic episode in the last 12 months: ketamine is not offered.",
                                "A past manic or hypomanic episode: a psychiatrist should review mood stability first.")),
                rule("PSY-4").title("First-degree relative with a primary psychotic disorder")
                        .category(PSYCHIATRIC).source(Sources.CLINIC_PROTOCOLS)
                        .reads("psychiatric.familyHistoryOfPsychosis")
                        .when(in -> yes(in.psychiatric().familyHistoryOfPsychosis()))
                        .flag(NEEDS_REVIEW, "A family history of psychosis: a clinician weighs the risk before ketamine."),
                rule("PSY-5").title("Suicidal thoughts: with plan or intent urgent, passive review")
                        .category(PSYCHIATRIC).source(Sources.CLINIC_PROTOCOLS)
                        .reads("psychiatric.suicidalThoughts")
                        .outcomes(URGENT_REFERRAL, NEEDS_REVIEW)
                        .check(PsychiatricRules::suicidalThoughts),
                rule("PSY-6").title("Dementia, major neurocognitive disorder or doubt about capacity to consent")
                        .category(PSYCHIATRIC).source(Sources.CLINIC_PROTOCOLS)
                        .reads("psychiatric.cognitiveImpairment")
                        .when(in -> yes(in.psychiatric().cognitiveImpairment()))
                        .flag(NEEDS_REVIEW, "Memory or thinking problems: a clinician must confirm capacity to consent first."),
                rule("PSY-INFO").title("Comorbid depression or anxiety")
                        .category(COMORBIDITY).source(Sources.CLINIC_PROTOCOLS)
                        .reads("psychiatric.depression", "psychiatric.anxiety")
                        .when(in -> yes(in.psychiatric().depression()).or(yes(in.psychiatric().anxiety())))
                        .flag(INFO, "Comorbid depression or anxiety reported: the clinician will take it into account and may coordinate care."));
    }

    private static Result suicidalThoughts(Intake in) {
        return switch (in.psychiatric().suicidalThoughts()) {
            case NONE -> Result.NO_MATCH;
            case WITH_PLAN_OR_INTENT -> Result.match(URGENT_REFERRAL,
                    "Suicidal thoughts with a plan or intent: contact emergency services or a crisis line now.");
            case PASSIVE -> Result.match(NEEDS_REVIEW,
                    "Passive suicidal thoughts: a clinician will talk with you before any treatment decision.");
            case UNKNOWN -> Result.unknown(Rules.unknownMessage("suicidal thoughts"));
        };
    }
}
