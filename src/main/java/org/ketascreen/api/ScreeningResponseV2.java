package org.ketascreen.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.Modality;
import org.ketascreen.json.Json;
import org.ketascreen.screening.ActiveProfile;
import org.ketascreen.screening.ModalityCondition;
import org.ketascreen.screening.ModalityVerdict;
import org.ketascreen.screening.ProfileReference;
import org.ketascreen.screening.Screening;
import org.ketascreen.screening.Verdict;
import org.ketascreen.screening.rules.MigraineProfile;
import org.ketascreen.screening.rules.ParameterValues;
import org.ketascreen.screening.rules.Parameters;
import org.ketascreen.screening.rules.RuleSetReference;
import org.ketascreen.words.Words;

/**
 * The answer to one v2 screening (api-contract §9.4): §3's answer with the active profile, the conditions of each
 * modality as objects (with the profile's parameters where they have some) and findings that name their modalities.
 * A pure function of the request, the rule-set version and the profile's canonical form.
 */
@JsonPropertyOrder({"verdict", "ruleset", "profile", "migraine", "modalities", "findings", "nextSteps"})
@Schema(name = "ScreeningResponseV2", description = "The verdict, the verdict and conditions per screened modality, the migraine classification and every finding with its rule, fields, source and (for per-modality rules) modalities, under the named clinic profile.")
public record ScreeningResponseV2(
        @Schema(required = true, description = "Overall verdict: the least severe modality verdict.") Verdict verdict,
        @Schema(required = true) RuleSetReference ruleset,
        @Schema(required = true) ProfileReference profile,
        @Schema(required = true) ScreeningResponse.Migraine migraine,
        @Schema(required = true, description = "One entry per screened modality, in Modality order.") List<ModalityResultV2> modalities,
        @Schema(required = true, description = "Every rule result that is not a plain pass, most severe first (may be empty).")
        List<ScreeningResponse.FindingView> findings,
        @Schema(required = true) List<String> nextSteps) {

    @Schema(name = "ModalityResultV2", description = "The verdict for one screened modality and the conditions it is given under, whatever its verdict.")
    @JsonPropertyOrder({"modality", "verdict", "conditions"})
    public record ModalityResultV2(@Schema(required = true) Modality modality, @Schema(required = true) Verdict verdict,
                                   @Schema(required = true) List<Condition> conditions) {
    }

    @Schema(name = "Condition", description = "A condition of a modality; parameters only for NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE (beforeHours, afterHours) and PRE_DOSE_VITALS_CHECK (maxSystolic, maxDiastolic, maxHeartRate, minHeartRate).")
    @JsonPropertyOrder({"code", "parameters"})
    public record Condition(@Schema(required = true) ModalityCondition code,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Integer> parameters) {
    }

    private static final ObjectWriter JSON = Json.writerFor(ScreeningResponseV2.class);
    private static final Words.Patient PATIENT = Words.ENGLISH.patient();

    /** The answer as compact UTF-8 JSON, written by the resource itself (as v1's). */
    public byte[] json() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the answer could not be serialized: " + e.getClass().getSimpleName(), e);
        }
    }

    public static ScreeningResponseV2 of(Screening screening, ActiveProfile profile) {
        MigraineProfile m = screening.migraine();
        return new ScreeningResponseV2(screening.verdict(), screening.ruleSet().reference(), profile.reference(),
                new ScreeningResponse.Migraine(m.frequency(), m.treatmentResistance(), m.failedPreventiveClasses(), m.medicationOveruse()),
                screening.modalities().stream().map(v -> modality(v, profile.parameters())).toList(),
                screening.findings().stream().map(ScreeningResponse::finding).toList(),
                screening.nextSteps().stream().map(PATIENT::nextStep).toList());
    }

    private static ModalityResultV2 modality(ModalityVerdict v, ParameterValues parameters) {
        return new ModalityResultV2(v.modality(), v.verdict(), v.conditions().stream().map(c -> condition(c, parameters)).toList());
    }

    /** A condition with the parameters §9.4 gives it, integer values, keys in §9.4's order. */
    static Condition condition(ModalityCondition code, ParameterValues p) {
        Map<String, Integer> parameters = switch (code) {
            case NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE -> ordered("beforeHours", p.integer(Parameters.ABSTAIN_BEFORE_HOURS),
                    "afterHours", p.integer(Parameters.ABSTAIN_AFTER_HOURS));
            case PRE_DOSE_VITALS_CHECK -> ordered("maxSystolic", p.integer(Parameters.HOME2_MAX_SYSTOLIC),
                    "maxDiastolic", p.integer(Parameters.HOME2_MAX_DIASTOLIC), "maxHeartRate", p.integer(Parameters.HOME2_MAX_HEART_RATE),
                    "minHeartRate", p.integer(Parameters.HOME2_MIN_HEART_RATE));
            default -> null;
        };
        return new Condition(code, parameters);
    }

    private static Map<String, Integer> ordered(Object... keysAndValues) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (Integer) keysAndValues[i + 1]);
        }
        return map;
    }
}
