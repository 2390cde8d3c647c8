package org.ketascreen.screening.rules;

import static org.ketascreen.intake.Modality.INTRANASAL;
import static org.ketascreen.screening.rules.Category.COMORBIDITY;
import static org.ketascreen.screening.rules.Category.DRUG_INTERACTION;
import static org.ketascreen.screening.rules.Category.HYPERSENSITIVITY;
import static org.ketascreen.screening.rules.Category.INDICATION;
import static org.ketascreen.screening.rules.Category.LOGISTICS;
import static org.ketascreen.screening.rules.Category.ORGAN_FUNCTION;
import static org.ketascreen.screening.rules.Category.PSYCHIATRIC;
import static org.ketascreen.screening.rules.Category.RED_FLAG;
import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.INFO;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Outcome.URGENT_REFERRAL;
import static org.ketascreen.screening.rules.Rules.all;
import static org.ketascreen.screening.rules.Rules.only;
import static org.ketascreen.screening.rules.Rules.perModality;
import static org.ketascreen.screening.rules.Rules.rule;
import static org.ketascreen.screening.rules.Rules.split;
import static org.ketascreen.screening.rules.Rules.yes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ketascreen.intake.Answer;
import org.ketascreen.intake.FieldOrder;
import org.ketascreen.intake.MedicationClass;
import org.ketascreen.intake.PreventiveClass;
import org.ketascreen.intake.PreventiveOutcome;
import org.ketascreen.intake.v2.IntakeV2;
import org.ketascreen.intake.v2.KetamineReaction;
import org.ketascreen.intake.v2.PreventiveTrialV2;
import org.ketascreen.intake.v2.PsychiatricV2;
import org.ketascreen.intake.v2.SuicidalBehaviour;

/**
 * The rules of 2.0.0 that extend a family of rule set 1.1 (api-contract §9.3): the five 1.1 rules 2.0.0 words
 * differently (RF-11, HS-1, PSY-INFO, IND-6; SUB-1 is in {@link SubstanceUseRulesV2}) and the additions to the
 * organ, hypersensitivity, psychiatric, interaction and logistics families. The new families have files of
 * their own.
 */
final class RulesV2 {
    private RulesV2() {
    }

    /** RF-11's late-onset clause: a first headache at this age or later ... */
    static final int LATE_ONSET_AGE_YEARS = 50;
    /** ... that began at most this many years ago (clinical-criteria-v2 §15). */
    static final int LATE_ONSET_WITHIN_YEARS = 1;
    /** PSY-7: suicidal behaviour within this many months is urgent; fixed (§10.4). */
    static final int SUICIDAL_BEHAVIOUR_URGENT_MONTHS = 3;
    /** IND-6: an ongoing injected preventive given within this many months may confound the response. */
    static final int RECENT_INJECTION_MONTHS = 3;

    private static final String PATTERN = "redFlags.newOrChangedPatternLast3Months";
    /** A finding's fields in questionnaire order (api-contract §9.3). */
    private static final Comparator<String> QUESTIONNAIRE_ORDER = FieldOrder.of(IntakeV2.class);

    /** RF-11 of 2.0.0: 1.1's pattern question, and also a headache that began within a year at 50 or later. */
    static Rule rf11() {
        return rule("RF-11").title("Headache pattern new, changed or progressive within the last 3 months, or a first headache at 50 or later within the last year")
                .category(RED_FLAG).source(Sources.SNNOOP10_TIERING)
                .reads(PATTERN, "patient.ageYears", "headache.ageAtOnsetYears")
                .outcomes(NEEDS_REVIEW)
                .judge(s -> {
                    var in = s.v1();
                    Answer pattern = in.redFlags().newOrChangedPatternLast3Months();
                    if (pattern == Answer.YES) {
                        return Result.match(NEEDS_REVIEW, "A new or changed headache pattern needs in-person review (and possibly imaging) before ketamine.",
                                List.of(PATTERN));
                    }
                    if (pattern == Answer.UNKNOWN) {
                        return Result.unknown(Rules.unknownMessage("headache pattern new, changed or progressive within the last 3 months"),
                                List.of(PATTERN));
                    }
                    int onset = in.headache().ageAtOnsetYears();
                    return onset >= LATE_ONSET_AGE_YEARS && in.patient().ageYears() - onset <= LATE_ONSET_WITHIN_YEARS
                            ? Result.match(NEEDS_REVIEW, "Headaches that began at 50 or later, within the last year, need in-person review (and possibly imaging) before ketamine.",
                            List.of("patient.ageYears", "headache.ageAtOnsetYears", PATTERN))
                            : Result.NO_MATCH;
                });
    }

    /** IND-6 of 2.0.0: 1.1's contraindication note, and an ongoing injected preventive given in the last 3 months. */
    static Rule ind6() {
        return rule("IND-6").title("A preventive class counted through a documented contraindication, or an ongoing injected preventive given [0, 3] months ago")
                .category(INDICATION).source(Sources.ADEQUATE_TRIAL)
                .reads("treatments.preventive")
                .outcomes(INFO)
                .judge(s -> {
                    List<String> fields = new ArrayList<>();
                    List<String> messages = new ArrayList<>(2);
                    for (int i : PreventiveCount.of(s.v1().treatments().preventive()).contraindicatedEntries()) {
                        fields.add("treatments.preventive[" + i + "]");
                    }
                    if (!fields.isEmpty()) {
                        messages.add("A preventive class was counted as failed because it is contraindicated: the reviewer should confirm the contraindication.");
                    }
                    List<PreventiveTrialV2> trials = s.v2().treatments().preventive();
                    boolean recent = false;
                    for (int i = 0; i < trials.size(); i++) {
                        PreventiveTrialV2 t = trials.get(i);
                        if (t.outcome() == PreventiveOutcome.ONGOING && t.monthsSinceLastDose() != null
                                && t.monthsSinceLastDose() <= RECENT_INJECTION_MONTHS
                                && (t.drugClass() == PreventiveClass.ONABOTULINUMTOXIN_A || t.drugClass() == PreventiveClass.CGRP_PATHWAY)) {
                            recent = true;
                            String path = "treatments.preventive[" + i + "].monthsSinceLastDose";
                            fields.add(path);
                        }
                    }
                    if (recent) {
                        messages.add("An ongoing botulinum toxin or CGRP preventive given in the last " + RECENT_INJECTION_MONTHS
                                + " months: its effect may mix with ketamine's, which the reviewer takes into account.");
                    }
                    if (messages.isEmpty()) {
                        return Result.NO_MATCH;
                    }
                    fields.sort(QUESTIONNAIRE_ORDER);
                    return Result.match(INFO, String.join(" ", messages), List.copyOf(fields));
                });
    }

    /** HS-1 of 2.0.0: 1.1's allergy question, and an allergic reaction to ketamine before. */
    static Rule hs1() {
        return rule("HS-1").title("Hypersensitivity to ketamine or esketamine")
                .category(HYPERSENSITIVITY).source(Sources.SPRAVATO_PI)
                .reads("conditions.ketamineAllergy", "priorKetamine.seriousReaction")
                .outcomes(INELIGIBLE, NEEDS_REVIEW)
                .judge(s -> {
                    IntakeV2 in = s.v2();
                    boolean allergic = in.priorKetamine().seriousReaction() != null
                            && in.priorKetamine().seriousReaction().contains(KetamineReaction.ALLERGIC);
                    Answer allergy = in.conditions().ketamineAllergy();
                    if (allergy == Answer.YES || allergic) {
                        List<String> fields = new ArrayList<>(2);
                        if (allergy == Answer.YES) {
                            fields.add("conditions.ketamineAllergy");
                        }
                        if (allergic) {
                            fields.add("priorKetamine.seriousReaction");
                        }
                        return Result.match(INELIGIBLE, "An allergy to ketamine or esketamine: ketamine is contraindicated.", fields);
                    }
                    return allergy == Answer.UNKNOWN ? Result.unknown(Rules.unknownMessage("hypersensitivity to ketamine or esketamine"),
                            List.of("conditions.ketamineAllergy")) : Result.NO_MATCH;
                });
    }

    /** PSY-INFO of 2.0.0: 1.1's depression or anxiety, and lithium without a manic episode (confirm why). */
    static Rule psyInfo() {
        return rule("PSY-INFO").title("Comorbid depression or anxiety, or lithium without a manic or hypomanic episode")
                .category(COMORBIDITY).source(Sources.CLINIC_PROTOCOLS)
                .reads("psychiatric.depression", "psychiatric.anxiety", "psychiatric.maniaOrHypomania", "currentMedications")
                .outcomes(INFO)
                .judge(s -> {
                    PsychiatricV2 p = s.v2().psychiatric();
                    List<String> fields = new ArrayList<>(3);
                    List<String> messages = new ArrayList<>(2);
                    var mood = yes(p.depression()).or(yes(p.anxiety()));
                    if (mood == Tri.MATCH) {
                        messages.add("Comorbid depression or anxiety reported: the clinician will take it into account and may coordinate care.");
                    } else if (mood == Tri.UNKNOWN) {
                        messages.add(Rules.unknownMessage("Comorbid depression or anxiety"));
                    }
                    if (mood != Tri.NO_MATCH) {
                        if (p.depression() != Answer.NO) {
                            fields.add("psychiatric.depression");
                        }
                        if (p.anxiety() != Answer.NO) {
                            fields.add("psychiatric.anxiety");
                        }
                    }
                    if (s.v2().currentMedications().contains(MedicationClass.LITHIUM) && p.maniaOrHypomania().answer() == Answer.NO) {
                        messages.add("Lithium is taken but no manic or hypomanic episode is reported: the clinician confirms why it is prescribed.");
                        fields.add("psychiatric.maniaOrHypomania");
                        fields.add("currentMedications");
                    }
                    return messages.isEmpty() ? Result.NO_MATCH : Result.match(INFO, String.join(" ", messages), List.copyOf(fields));
                });
    }

    static List<Rule> additions() {
        return List.of(
                rule("ORG-7").title("Kidney disease: severe or on dialysis or transplant per profile, mild or moderate noted")
                        .category(ORGAN_FUNCTION).source(Sources.KETHEAD)
                        .reads("conditions.kidneyDisease")
                        .outcomes(INELIGIBLE, NEEDS_REVIEW, INFO)
                        .judge(s -> switch (s.v2().conditions().kidneyDisease()) {
                            case NONE -> Result.NO_MATCH;
                            case MILD_OR_MODERATE -> Result.match(INFO, "Mild or moderate kidney disease: the clinician takes it into account.");
                            case SEVERE, DIALYSIS_OR_TRANSPLANT -> {
                                Outcome outcome = s.parameters().outcome(Parameters.ORG7_OUTCOME);
                                yield Result.match(outcome, outcome == INELIGIBLE
                                        ? "Severe kidney disease, dialysis or a transplant: ketamine is not offered under this protocol."
                                        : "Severe kidney disease, dialysis or a transplant: a clinician reviews it first.");
                            }
                            case UNKNOWN -> Result.unknown(Rules.unknownMessage("kidney disease"));
                        }),
                rule("PSY-7").title("Suicidal behaviour: [0, 3] months urgent; up to the oral window review, oral ineligible; older review")
                        .category(PSYCHIATRIC).source(Sources.SUICIDAL_BEHAVIOUR)
                        .reads("psychiatric.suicidalBehaviour")
                        .outcomes(URGENT_REFERRAL, INELIGIBLE, NEEDS_REVIEW)
                        .judge(RulesV2::suicidalBehaviour),
                rule("PSY-8").title("Dissociative disorder (review, or per profile ineligible); PTSD noted")
                        .category(PSYCHIATRIC).source(Sources.CLINIC_PROTOCOLS)
                        .reads("psychiatric.ptsd", "psychiatric.dissociativeDisorder")
                        .outcomes(INELIGIBLE, NEEDS_REVIEW, INFO)
                        .judge(RulesV2::dissociation),
                rule("PSY-9").title("Personality disorder needing specialist care in the last 2 years")
                        .category(PSYCHIATRIC).source(Sources.CLINIC_PROTOCOLS)
                        .reads("psychiatric.severePersonalityDisorder")
                        .outcomes(INELIGIBLE, NEEDS_REVIEW)
                        .judge(s -> switch (s.v2().psychiatric().severePersonalityDisorder()) {
                            case NO -> Result.NO_MATCH;
                            case YES -> {
                                Outcome outcome = s.parameters().outcome(Parameters.PSY9_OUTCOME);
                                yield Result.match(outcome, outcome == INELIGIBLE
                                        ? "A personality disorder needing specialist care: ketamine is not offered under this protocol."
                                        : "A personality disorder needing specialist care: a psychiatrist reviews first.");
                            }
                            case UNKNOWN -> Result.unknown(Rules.unknownMessage("a personality disorder needing specialist care"));
                        }),
                rule("DDI-9").title("Taking an antipsychotic")
                        .category(DRUG_INTERACTION).source(Sources.KETHEAD)
                        .reads("currentMedications")
                        .outcomes(NEEDS_REVIEW)
                        .judge(s -> s.v2().currentMedications().contains(MedicationClass.ANTIPSYCHOTIC)
                                ? Result.match(NEEDS_REVIEW, "An antipsychotic is taken: a clinician checks why (psychosis or bipolar disorder) first.")
                                : Result.NO_MATCH),
                rule("HS-2").title("A severe allergic reaction to another medicine, preservative or latex")
                        .category(HYPERSENSITIVITY).source(Sources.SPRAVATO_PI)
                        .reads("conditions.otherDrugAllergy")
                        .whenSubject(s -> yes(s.v2().conditions().otherDrugAllergy()))
                        .flag(INFO, "A severe allergy to another medicine: the clinic checks the excipients and has emergency treatment ready."),
                rule("HS-3").title("A serious problem with an anaesthetic or sedation before")
                        .category(HYPERSENSITIVITY).source(Sources.ANAESTHESIA_HISTORY)
                        .reads("conditions.anaesthesiaProblem")
                        .whenSubject(s -> yes(s.v2().conditions().anaesthesiaProblem()))
                        .flag(NEEDS_REVIEW, "A serious problem with an anaesthetic or sedation before: a clinician reviews it first."),
                rule("LOG-2").title("Intranasal with a blocked nose, or unable to sniff a spray")
                        .category(LOGISTICS).source(Sources.NASAL)
                        .reads("logistics.nasalBlockage")
                        .outcomes(NEEDS_REVIEW)
                        .judge(s -> {
                            Answer blocked = s.v2().logistics().nasalBlockage();
                            return blocked == null || blocked == Answer.NO ? Result.NO_MATCH
                                    : perModality(s, only(INTRANASAL, NEEDS_REVIEW), o -> blocked == Answer.YES
                                    ? "A usually blocked nose, or unable to sniff a spray: a clinician checks whether the nasal spray can work."
                                    : Rules.unknownMessage("a blocked nose"), List.of("logistics.nasalBlockage"));
                        }));
    }

    private static Result suicidalBehaviour(Subject s) {
        SuicidalBehaviour b = s.v2().psychiatric().suicidalBehaviour();
        List<String> fields = List.of("psychiatric.suicidalBehaviour");
        return switch (b.answer()) {
            case NO -> Result.NO_MATCH;
            case UNKNOWN -> perModality(s, all(NEEDS_REVIEW), o -> Rules.unknownMessage("suicidal behaviour"), fields);
            case YES -> {
                int months = b.monthsAgo();
                int oralWindow = s.integer(Parameters.PSY7_ORAL_WINDOW_MONTHS);
                if (months <= SUICIDAL_BEHAVIOUR_URGENT_MONTHS) {
                    yield perModality(s, all(URGENT_REFERRAL), o -> "Something done or prepared to end your life in the last "
                            + SUICIDAL_BEHAVIOUR_URGENT_MONTHS + " months: contact emergency services or a crisis line now.", fields);
                }
                if (months <= oralWindow) {
                    yield perModality(s, split(NEEDS_REVIEW, INELIGIBLE), o -> o == INELIGIBLE
                            ? "Suicidal behaviour in the last " + oralWindow + " months: a take-home supply is not offered."
                            : "Suicidal behaviour in the last " + oralWindow + " months: a clinician talks with you before any treatment decision.",
                            fields);
                }
                yield perModality(s, all(NEEDS_REVIEW), o -> "Suicidal behaviour more than " + oralWindow
                        + " months ago: a clinician talks with you before any treatment decision.", fields);
            }
        };
    }

    private static Result dissociation(Subject s) {
        PsychiatricV2 p = s.v2().psychiatric();
        List<Result.Match> matches = new ArrayList<>(2);
        switch (p.dissociativeDisorder()) {
            case YES -> {
                Outcome outcome = s.parameters().outcome(Parameters.PSY8_DISSOCIATIVE_OUTCOME);
                matches.add(Result.match(outcome, outcome == INELIGIBLE
                        ? "A dissociative disorder: ketamine, which causes dissociation, is not offered under this protocol."
                        : "A dissociative disorder: ketamine causes dissociation, so a psychiatrist reviews first.",
                        List.of("psychiatric.dissociativeDisorder")));
            }
            case UNKNOWN -> matches.add(Result.match(NEEDS_REVIEW, Rules.unknownMessage("a dissociative disorder"),
                    List.of("psychiatric.dissociativeDisorder")));
            case NO -> {
            }
        }
        if (p.ptsd() != Answer.NO) {
            matches.add(Result.match(INFO, p.ptsd() == Answer.YES
                    ? "Post-traumatic stress disorder: the clinician takes it into account and may coordinate care."
                    : Rules.unknownMessage("post-traumatic stress disorder"), List.of("psychiatric.ptsd")));
        }
        return Result.of(matches);
    }
}
