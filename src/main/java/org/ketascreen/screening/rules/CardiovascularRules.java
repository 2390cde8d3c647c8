package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Category.CARDIOVASCULAR;
import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.rule;
import static org.ketascreen.screening.rules.Rules.anyHistory;
import static org.ketascreen.screening.rules.Rules.sinceEvent;
import static org.ketascreen.screening.rules.Rules.yes;

import java.util.List;

/** Cardiovascular contraindications: clinical-criteria §1.5 CV-1 to CV-5, §5.2 and §5.4. */
final class CardiovascularRules {
    private CardiovascularRules() {
    }

    /** CV-1: stroke/TIA risk plateaus about 9 months after the event (Jorgensen 2014, extrapolated). */
    static final int STROKE_WINDOW_MONTHS = 9;
    /** CV-3: myocardial infarction or revascularisation, 6 months (ACC/AHA 2014, Glance 2024; default). */
    static final int HEART_ATTACK_WINDOW_MONTHS = 6;

    private static final String CV1 = "Ischaemic stroke or TIA: [0, 9) months ago ineligible, [9, ∞) review";
    private static final String CV3 = "Heart attack or revascularisation: [0, 6) months ago ineligible, [6, ∞) review";

    static List<Rule> rules() {
        return List.of(
                rule("CV-1").title(CV1)
                        .category(CARDIOVASCULAR).source(Sources.JORGENSEN_2014).modifiable()
                        .reads("cardiovascular.strokeOrTia")
                        .outcomes(INELIGIBLE, NEEDS_REVIEW)
                        .judge(s -> s.parameters().flag(Parameters.CV1_ANY_HISTORY_INELIGIBLE)
                                ? anyHistory(s.v1().cardiovascular().strokeOrTia(), CV1,
                                "A stroke or TIA (this clinic's protocol excludes any history): ketamine is not offered.")
                                : sinceEvent(s.v1().cardiovascular().strokeOrTia(), months -> months < STROKE_WINDOW_MONTHS, CV1,
                                "A stroke or TIA less than 9 months ago: ketamine raises blood pressure and is not offered.",
                                "A past stroke or TIA: a clinician must weigh the blood-pressure rise ketamine causes.")),
                rule("CV-2").title("Intracerebral haemorrhage, aneurysm or arteriovenous malformation")
                        .category(CARDIOVASCULAR).source(Sources.SPRAVATO_PI)
                        .reads("cardiovascular.intracerebralHemorrhage", "cardiovascular.aneurysmOrVascularMalformation")
                        .when(in -> yes(in.cardiovascular().intracerebralHemorrhage())
                                .or(yes(in.cardiovascular().aneurysmOrVascularMalformation())))
                        .flag(INELIGIBLE, "Bleeding in the brain, an aneurysm or a vascular malformation: ketamine is contraindicated."),
                rule("CV-3").title(CV3)
                        .category(CARDIOVASCULAR).source(Sources.FLEISHER_2014).modifiable()
                        .reads("cardiovascular.heartAttackOrRevascularization")
                        .outcomes(INELIGIBLE, NEEDS_REVIEW)
                        .judge(s -> {
                            int window = s.integer(Parameters.CV3_WINDOW_MONTHS);
                            return sinceEvent(s.v1().cardiovascular().heartAttackOrRevascularization(),
                                    months -> months < window, CV3,
                                    "A heart attack or coronary procedure less than " + window + " months ago: ketamine is not offered.",
                                    "A past heart attack or coronary procedure: a clinician must check heart health (ECG) first.");
                        }),
                rule("CV-4").title("Severe heart disease: unstable angina, decompensated failure, uncontrolled arrhythmia, severe valve disease")
                        .category(CARDIOVASCULAR).source(Sources.COHEN_2018)
                        .reads("cardiovascular.severeHeartDisease")
                        .when(in -> yes(in.cardiovascular().severeHeartDisease()))
                        .flag(INELIGIBLE, "Severe or unstable heart disease: ketamine is not offered."),
                rule("CV-5").title("Stable heart disease or past hypertensive encephalopathy")
                        .category(CARDIOVASCULAR).source(Sources.COHEN_2018)
                        .reads("cardiovascular.stableHeartDisease")
                        .when(in -> yes(in.cardiovascular().stableHeartDisease()))
                        .flag(NEEDS_REVIEW, "Stable heart disease: a clinician must arrange an ECG or cardiology clearance first."));
    }
}
