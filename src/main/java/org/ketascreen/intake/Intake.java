package org.ketascreen.intake;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One intake questionnaire: the body of {@code POST /api/v1/screenings} (api-contract §2).
 *
 * <p>Every component is required unless it carries no {@code @NotNull}. The record is the single
 * source of truth for the request structure: the binder, Hibernate Validator, the OpenAPI schema and
 * the questionnaire definition all read it.
 */
@Schema(name = "ScreeningRequest", description = "One patient's intake questionnaire. Every property is required unless marked optional; unknown properties are rejected. \"The patient does not know\" is the explicit answer UNKNOWN.")
@Consistent
public record Intake(
        @NotNull @Valid Patient patient,
        @NotNull @Valid Headache headache,
        @NotNull @Valid RedFlags redFlags,
        @NotNull @Valid Treatments treatments,
        @NotNull @Valid Psychiatric psychiatric,
        @NotNull @Valid SubstanceUse substanceUse,
        @NotNull @Valid Cardiovascular cardiovascular,
        @NotNull @Valid Conditions conditions,
        @Schema(description = "Classes of regular medication (may be empty, no duplicates).")
        @NotNull @Size(max = 14) @Distinct List<@NotNull MedicationClass> currentMedications,
        @NotNull @Valid Logistics logistics) implements CrossFieldRules {

    @Override
    public void check(Violations violations) {
        if (patient != null && headache != null && patient.ageYears() != null && headache.ageAtOnsetYears() != null
                && headache.ageAtOnsetYears() > patient.ageYears()) {
            violations.reject("headache.ageAtOnsetYears", "must not exceed patient.ageYears");
        }
    }
}
