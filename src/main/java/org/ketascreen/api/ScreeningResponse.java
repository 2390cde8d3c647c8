package org.ketascreen.api;

import org.ketascreen.json.Json;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.Modality;
import org.ketascreen.intake.PreventiveClass;
import org.ketascreen.screening.Finding;
import org.ketascreen.screening.ModalityCondition;
import org.ketascreen.screening.ModalityVerdict;
import org.ketascreen.screening.Screening;
import org.ketascreen.screening.Verdict;
import org.ketascreen.screening.rules.Category;
import org.ketascreen.screening.rules.Citation;
import org.ketascreen.screening.rules.MigraineProfile;
import org.ketascreen.screening.rules.Outcome;
import org.ketascreen.screening.rules.RuleSetReference;
import org.ketascreen.words.Words;

/**
 * The answer to one screening (api-contract §3). A pure function of the request and the rule-set version.
 * Every property is always sent ({@code required} in the OpenAPI document) but a finding's modalities.
 */
@JsonPropertyOrder({"verdict", "ruleset", "migraine", "modalities", "findings", "nextSteps"})
@Schema(name = "ScreeningResponse", description = "The verdict, the verdict per requested modality, the migraine classification and every finding with its rule, fields and source.")
public record ScreeningResponse(
        @Schema(required = true, description = "Overall verdict: the least severe modality verdict. Precedence URGENT_REFERRAL > INELIGIBLE > NEEDS_REVIEW > ELIGIBLE.")
        Verdict verdict,
        @Schema(required = true)
        RuleSetReference ruleset,
        @Schema(required = true)
        Migraine migraine,
        @Schema(required = true, description = "One entry per requested modality, in Modality order.")
        List<ModalityResult> modalities,
        @Schema(required = true, description = "Every rule result that is not a plain pass, most severe first (may be empty).")
        List<FindingView> findings,
        @Schema(required = true, description = "Plain-language next steps for the verdict; urgent care first when urgent.")
        List<String> nextSteps) {

    @Schema(name = "Migraine", description = "ICHD-3 frequency, EHF 2020 treatment resistance, failed preventive classes (sorted) and ICHD-3 8.2 medication overuse.")
    @JsonPropertyOrder({"frequency", "treatmentResistance", "failedPreventiveClasses", "medicationOveruse"})
    public record Migraine(@Schema(required = true) MigraineProfile.Frequency frequency,
                           @Schema(required = true) MigraineProfile.TreatmentResistance treatmentResistance,
                           @Schema(required = true, description = "Sorted by name; may be empty.") List<PreventiveClass> failedPreventiveClasses,
                           @Schema(required = true) boolean medicationOveruse) {
    }

    @Schema(name = "ModalityResult", description = "The verdict for one modality and the conditions it is always given under.")
    @JsonPropertyOrder({"modality", "verdict", "conditions"})
    public record ModalityResult(@Schema(required = true) Modality modality,
                                 @Schema(required = true) Verdict verdict,
                                 @Schema(required = true, description = "IV infusion and intranasal: in-clinic monitoring, a responsible adult escort, no driving until the next day; oral micro-dosing: a home visit before starting.")
                                 List<ModalityCondition> conditions) {
    }

    @Schema(name = "Finding", description = "One rule result: which rule, what it means, the request fields it rests on and its source.")
    @JsonPropertyOrder({"ruleId", "outcome", "category", "message", "fields", "source", "modalities"})
    public record FindingView(
            @Schema(required = true, ref = "RuleId") String ruleId,
            @Schema(required = true) Outcome outcome,
            @Schema(required = true) Category category,
            @Schema(required = true) String message,
            @Schema(required = true, description = "Dotted request paths, list items as treatments.preventive[1].")
            List<String> fields,
            @Schema(required = true) SourceView source,
            @Schema(description = "Present only when the finding applies to some modalities.")
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Modality> modalities) {
    }

    @Schema(name = "Source", description = "Citation of the rule's source, shaped like a CDS Hooks card source.")
    @JsonPropertyOrder({"label", "url"})
    public record SourceView(@Schema(required = true) String label, @Schema(required = true, format = "uri") String url) {
        static SourceView of(Citation citation) {
            return new SourceView(citation.label(), citation.url());
        }
    }

    /** Jackson's defaults, as every answer of the service; serializers resolved once, on first use. */
    private static final ObjectWriter JSON = Json.writerFor(ScreeningResponse.class);

    /**
     * The answer as the v1 door sends it, compact UTF-8 JSON. The resource writes these bytes itself: the
     * answer then takes the same path out as any byte array, with no serializer lookup per request.
     */
    public byte[] json() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the answer could not be serialized: " + e.getClass().getSimpleName(), e);
        }
    }

    public static ScreeningResponse of(Screening screening) {
        MigraineProfile m = screening.migraine();
        return new ScreeningResponse(screening.verdict(),
                screening.ruleSet().reference(),
                new Migraine(m.frequency(), m.treatmentResistance(), m.failedPreventiveClasses(), m.medicationOveruse()),
                screening.modalities().stream().map(ScreeningResponse::modality).toList(),
                screening.findings().stream().map(ScreeningResponse::finding).toList(),
                screening.nextSteps().stream().map(PATIENT::nextStep).toList());
    }

    /** The next steps are said in the patient's words (the page shows them to the patient, the card quotes them). */
    private static final Words.Patient PATIENT = Words.ENGLISH.patient();

    private static ModalityResult modality(ModalityVerdict v) {
        return new ModalityResult(v.modality(), v.verdict(), v.conditions());
    }

    static FindingView finding(Finding f) {
        return new FindingView(f.ruleId(), f.outcome(), f.category(), f.message(), f.fields(), SourceView.of(f.source()),
                f.modalities());
    }
}
