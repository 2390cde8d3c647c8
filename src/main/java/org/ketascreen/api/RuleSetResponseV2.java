package org.ketascreen.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.Modality;
import org.ketascreen.screening.ModalityCondition;
import org.ketascreen.screening.rules.FixedParameter;
import org.ketascreen.screening.rules.Parameter;
import org.ketascreen.screening.rules.Parameters;
import org.ketascreen.screening.rules.RuleSet;

/**
 * Rule set 2.0.0 (GET /api/v2/ruleset, api-contract §9.1): v1's listing, plus every modality condition with the
 * modalities it is carried by and the parameters it quotes, and the parameter registry (§10.2) followed by the
 * thresholds that are fixed (§10.4).
 */
@JsonPropertyOrder({"id", "version", "rules", "conditions", "parameters"})
@Schema(name = "RuleSetV2", description = "Rule set 2.0.0: every rule, every modality condition and every parameter, configurable or fixed.")
public record RuleSetResponseV2(@Schema(required = true) String id, @Schema(required = true, examples = "2.0.0") String version,
                                @Schema(required = true) List<RuleSetResponse.RuleView> rules,
                                @Schema(required = true) List<ConditionView> conditions,
                                @Schema(required = true) List<ParameterView> parameters) {

    @Schema(name = "ConditionDefinition", description = "A modality condition (§9.4): the modalities that carry it and the parameters it quotes.")
    @JsonPropertyOrder({"code", "modalities", "parameters"})
    public record ConditionView(@Schema(required = true) ModalityCondition code, @Schema(required = true) List<Modality> modalities,
                                @Schema(required = true) List<String> parameters) {
    }

    @Schema(name = "ParameterDefinition", description = "A threshold: configurable by a clinic profile within allowed (§10.2), or fixed (§10.4).")
    @JsonPropertyOrder({"name", "type", "unit", "default", "allowed", "rules", "source", "configurable"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ParameterView(@Schema(required = true) String name, String type, String unit,
                                @Schema(required = true) @com.fasterxml.jackson.annotation.JsonProperty("default") Object defaultValue,
                                Map<String, Object> allowed, @Schema(required = true) List<String> rules, Source source,
                                @Schema(required = true) boolean configurable) {
    }

    @Schema(name = "ParameterSource")
    public record Source(@Schema(required = true) String label) {
    }

    private static final List<Modality> IN_CLINIC = List.of(Modality.IV_INFUSION, Modality.INTRANASAL);
    private static final List<Modality> ORAL = List.of(Modality.ORAL_MICRODOSE);
    private static final List<Modality> ALL = List.of(Modality.values());

    static RuleSetResponseV2 of(RuleSet ruleSet) {
        RuleSetResponse v1 = RuleSetResponse.of(ruleSet);
        List<ConditionView> conditions = List.of(
                new ConditionView(ModalityCondition.IN_CLINIC_MONITORING, IN_CLINIC, List.of()),
                new ConditionView(ModalityCondition.RESPONSIBLE_ADULT_ESCORT, IN_CLINIC, List.of()),
                new ConditionView(ModalityCondition.NO_DRIVING_UNTIL_NEXT_DAY, ALL, List.of()),
                new ConditionView(ModalityCondition.NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE, ALL,
                        List.of(Parameters.ABSTAIN_BEFORE_HOURS.name(), Parameters.ABSTAIN_AFTER_HOURS.name())),
                new ConditionView(ModalityCondition.AT_HOME_VISIT_BEFORE_START, ORAL, List.of()),
                new ConditionView(ModalityCondition.FIRST_DOSE_SUPERVISED, ORAL, List.of()),
                new ConditionView(ModalityCondition.PEER_MONITOR_PRESENT, ORAL, List.of()),
                new ConditionView(ModalityCondition.PRE_DOSE_VITALS_CHECK, ORAL, List.of(Parameters.HOME2_MAX_SYSTOLIC.name(),
                        Parameters.HOME2_MAX_DIASTOLIC.name(), Parameters.HOME2_MAX_HEART_RATE.name(), Parameters.HOME2_MIN_HEART_RATE.name())),
                new ConditionView(ModalityCondition.SECURE_STORAGE, ORAL, List.of()),
                new ConditionView(ModalityCondition.CPAP_FOR_ANY_SLEEP_AFTER_DOSE, ORAL, List.of()));
        List<ParameterView> parameters = new ArrayList<>();
        for (Parameter p : Parameters.ALL) {
            parameters.add(new ParameterView(p.name(), type(p), p.unit(), p.defaultValue(), allowed(p), p.rules(),
                    new Source(p.sourceLabel()), true));
        }
        for (FixedParameter p : Parameters.FIXED) {
            parameters.add(new ParameterView(p.name(), null, null, p.value(), null, p.rules(), null, false));
        }
        return new RuleSetResponseV2(v1.id(), v1.version(), v1.rules(), conditions, List.copyOf(parameters));
    }

    /** The type as §10.2 names it. */
    static String type(Parameter p) {
        return switch (p.kind()) {
            case INTEGER -> "integer";
            case BOOLEAN -> "boolean";
            case OUTCOME -> "Outcome";
            case CANNABIS_USE -> "CannabisUse";
        };
    }

    /** {@code {min, max}} for an integer, {@code {values}} otherwise (booleans as JSON booleans). */
    static Map<String, Object> allowed(Parameter p) {
        Map<String, Object> allowed = new LinkedHashMap<>(); // a fixed member order: answers are byte-identical
        switch (p.kind()) {
            case INTEGER -> {
                allowed.put("min", p.min());
                allowed.put("max", p.max());
            }
            case BOOLEAN -> allowed.put("values", List.of(true, false));
            case OUTCOME, CANNABIS_USE -> allowed.put("values", p.values());
        }
        return allowed;
    }
}
