package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Category.CARDIOVASCULAR;
import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.flag;
import static org.ketascreen.screening.rules.Rules.graded;
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
                graded("CV-1", CV1, CARDIOVASCULAR, Sources.JORGENSEN_2014, List.of(INELIGIBLE, NEEDS_REVIEW),
                        in -> sinceEvent(in.cardiovascular().strokeOrTia(), months -> months < STROKE_WINDOW_MONTHS, CV1,
                                "A stroke or TIA less than 9 months ago: ketamine raises blood pressure and is not offered.",
                                "A past stroke or TIA: a clinician must weigh the blood-pressure rise ketamine causes."),
                        "cardiovascular.strokeOrTia"),
                flag("CV-2", "Intracerebral haemorrhage, aneurysm or arteriovenous malformation", CARDIOVASCULAR,
                        Sources.SPRAVATO_PI, INELIGIBLE,
                        "Bleeding in the brain, an aneurysm or a vascular malformation: ketamine is contraindicated.",
                        in -> yes(in.cardiovascular().intracerebralHemorrhage()).or(yes(in.cardiovascular().aneurysmOrVascularMalformation())),
                        "cardiovascular.intracerebralHemorrhage", "cardiovascular.aneurysmOrVascularMalformation"),
                graded("CV-3", CV3, CARDIOVASCULAR, Sources.FLEISHER_2014, List.of(INELIGIBLE, NEEDS_REVIEW),
                        in -> sinceEvent(in.cardiovascular().heartAttackOrRevascularization(),
                                months -> months < HEART_ATTACK_WINDOW_MONTHS, CV3,
                                "A heart attack or coronary procedure less than 6 months ago: ketamine is not offered.",
                                "A past heart attack or coronary procedure: a clinician must check heart health (ECG) first."),
                        "cardiovascular.heartAttackOrRevascularization"),
                flag("CV-4", "Severe heart disease: unstable angina, decompensated failure, uncontrolled arrhythmia, severe valve disease",
                        CARDIOVASCULAR, Sources.COHEN_2018, INELIGIBLE,
                        "Severe or unstable heart disease: ketamine is not offered.",
                        in -> yes(in.cardiovascular().severeHeartDisease()), "cardiovascular.severeHeartDisease"),
                flag("CV-5", "Stable heart disease or past hypertensive encephalopathy", CARDIOVASCULAR, Sources.COHEN_2018,
                        NEEDS_REVIEW,
                        "Stable heart disease: a clinician must arrange an ECG or cardiology clearance first.",
                        in -> yes(in.cardiovascular().stableHeartDisease()), "cardiovascular.stableHeartDisease"));
    }
}
