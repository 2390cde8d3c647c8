package org.ketascreen.intake.v2;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.Answer;
import org.ketascreen.intake.PastEvent;

/** v1's {@link org.ketascreen.intake.Cardiovascular}, its reading with the pulse (api-contract §9.2). */
@Schema(description = "Blood pressure and cardiovascular history.")
public record CardiovascularV2(
        @Schema(description = "Optional. The latest seated, rested reading; absent means no reading.")
        @Valid BloodPressureV2 bloodPressure,
        @Schema(description = "Ischaemic stroke or transient ischaemic attack.")
        @NotNull @Valid PastEvent strokeOrTia,
        @Schema(description = "Heart attack, acute coronary syndrome, stent or bypass.")
        @NotNull @Valid PastEvent heartAttackOrRevascularization,
        @Schema(description = "Bleeding in the brain (intracerebral or subarachnoid haemorrhage), ever.")
        @NotNull Answer intracerebralHemorrhage,
        @Schema(description = "An aneurysm (brain, aorta or other arteries) or an arteriovenous malformation.")
        @NotNull Answer aneurysmOrVascularMalformation,
        @Schema(description = "Unstable angina, symptomatic heart failure, uncontrolled arrhythmia, severe valve disease or phaeochromocytoma.")
        @NotNull Answer severeHeartDisease,
        @Schema(description = "Stable coronary disease, compensated heart failure, controlled arrhythmia or past hypertensive encephalopathy.")
        @NotNull Answer stableHeartDisease) {
}
