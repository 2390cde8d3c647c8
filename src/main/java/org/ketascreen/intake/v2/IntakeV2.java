package org.ketascreen.intake.v2;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.AskedWhenScreened;
import org.ketascreen.intake.BloodPressure;
import org.ketascreen.intake.Cardiovascular;
import org.ketascreen.intake.Conditions;
import org.ketascreen.intake.Intake;
import org.ketascreen.intake.Logistics;
import org.ketascreen.intake.Patient;
import org.ketascreen.intake.PreventiveTrial;
import org.ketascreen.intake.Psychiatric;
import org.ketascreen.intake.SubstanceUse;
import org.ketascreen.intake.Treatments;
import org.ketascreen.intake.Consistent;
import org.ketascreen.intake.CrossFieldRules;
import org.ketascreen.intake.Distinct;
import org.ketascreen.intake.Headache;
import org.ketascreen.intake.MedicationClass;
import org.ketascreen.intake.Modality;
import org.ketascreen.intake.RedFlags;
import org.ketascreen.intake.ScreenedModalities;

/**
 * One intake questionnaire, version 2: the body of {@code POST /api/v2/screenings} (api-contract §9.2), members in
 * §9.2's group order. Groups the contract keeps as in v1 are v1's records ({@link Headache}, {@link RedFlags});
 * the others are v2 records here. The v1 request ({@link org.ketascreen.intake.Intake}) is frozen and untouched.
 *
 * <p>What is asked when is declared on the records ({@code @EnabledWhen} on a sibling answer,
 * {@link AskedWhenScreened} on the screened modalities, which this root supplies) and enforced by
 * {@link org.ketascreen.intake.IntakeValidity}.
 */
@Schema(name = "ScreeningRequestV2", description = "One patient's intake questionnaire, version 2.")
@Consistent
public record IntakeV2(
        @NotNull @Valid PatientV2 patient,
        @NotNull @Valid Headache headache,
        @NotNull @Valid Referral referral,
        @NotNull @Valid RedFlags redFlags,
        @NotNull @Valid TreatmentsV2 treatments,
        @NotNull @Valid PriorKetamine priorKetamine,
        @NotNull @Valid PsychiatricV2 psychiatric,
        @NotNull @Valid SubstanceUseV2 substanceUse,
        @NotNull @Valid Alcohol alcohol,
        @NotNull @Valid CardiovascularV2 cardiovascular,
        @NotNull @Valid Respiratory respiratory,
        @NotNull @Valid ConditionsV2 conditions,
        @Schema(description = "Classes of regular medication (may be empty, no duplicates).")
        @NotNull @Size(max = 14) @Distinct List<@NotNull MedicationClass> currentMedications,
        @NotNull @Valid LogisticsV2 logistics,
        @Schema(description = "Safeguards for oral micro-dosing at home; asked when ORAL_MICRODOSE is screened.")
        @AskedWhenScreened(value = Modality.ORAL_MICRODOSE, required = true) @Valid Home home)
        implements CrossFieldRules, ScreenedModalities {

    @Override
    public void check(Violations violations) {
        if (patient != null && headache != null && patient.ageYears() != null && headache.ageAtOnsetYears() != null
                && headache.ageAtOnsetYears() > patient.ageYears()) {
            violations.reject("headache.ageAtOnsetYears", "must not exceed patient.ageYears");
        }
    }

    /**
     * This intake as rule set 1.1 reads it: every v1 member with its v2 answer, the screened modalities as the
     * requested ones; ketamine misuse as its answer (v1 asks it as a plain Answer). The rules rule sets 1.1 and
     * 2.0.0 share read this view, so a shared rule is one object, not a copy.
     */
    public Intake asV1(List<Modality> screened) {
        var p = patient;
        var s = substanceUse;
        var c = cardiovascular;
        var bp = c.bloodPressure();
        var k = conditions;
        var y = psychiatric;
        return new Intake(
                new Patient(p.ageYears(), p.pregnant(), p.postpartumWithin6Weeks(), p.breastfeeding(), p.mayBecomePregnant()),
                headache, redFlags,
                new Treatments(treatments.preventive().stream()
                        .map(t -> new PreventiveTrial(t.drugClass(), t.outcome(), t.trialWeeks(), t.reachedTargetDose())).toList(),
                        treatments.triptansFailed(), treatments.triptansContraindicated(), treatments.acute()),
                new Psychiatric(y.schizophrenia(), y.schizoaffectiveDisorder(), y.otherPsychoticDisorder(), y.psychoticEpisode(),
                        y.maniaOrHypomania(), y.familyHistoryOfPsychosis(), y.suicidalThoughts(), y.cognitiveImpairment(),
                        y.depression(), y.anxiety()),
                new SubstanceUse(s.ketamineOrDissociativeMisuse().answer(), s.substanceUseDisorder(), s.recreationalDrugUseLastMonth()),
                new Cardiovascular(bp == null ? null : new BloodPressure(bp.systolic(), bp.diastolic(), bp.measuredDaysAgo()),
                        c.strokeOrTia(), c.heartAttackOrRevascularization(), c.intracerebralHemorrhage(),
                        c.aneurysmOrVascularMalformation(), c.severeHeartDisease(), c.stableHeartDisease()),
                new Conditions(k.raisedIntracranialPressure(), k.intracranialHypertensionInRemission(), k.seizureDisorder(),
                        k.liverDisease(), k.eyePressure(), k.interstitialCystitis(), k.severeBladderDisease(),
                        k.otherChronicBladderSymptoms(), k.hyperthyroidism(), k.ketamineAllergy()),
                currentMedications,
                new Logistics(screened, logistics.responsibleAdultAvailable(), logistics.canAvoidDrivingUntilNextDay()));
    }

    /** The requested modalities as read; a missing {@code logistics} names none it could tell (then nothing is screened). */
    @Override
    public List<Modality> requestedModalities() {
        return logistics == null ? java.util.Collections.singletonList(null) : logistics.requestedModalities();
    }

    @Override
    public String requestedModalitiesPath() {
        return "logistics.requestedModalities";
    }
}
