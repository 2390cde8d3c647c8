package org.ketascreen.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.Modality;
import org.ketascreen.screening.ActiveProfile;
import org.ketascreen.screening.rules.Parameter;
import org.ketascreen.screening.rules.Parameters;

/**
 * The active clinic protocol profile (GET /api/v2/profile, api-contract §10.5): its members in §10.1's order, then
 * every registry parameter (§10.2) sorted by name with the value applied, and the {@code sha256} every v2 answer
 * echoes. The built-in reference has no approval, so {@code approvedBy} and {@code approvedOn} are left out for it.
 */
@Schema(name = "Profile", description = "The clinic protocol profile the service screens v2 intakes under: its members as signed off, every configurable parameter with its value, default and allowed values, and the SHA-256 of the file's RFC 8785 canonical form.")
@JsonPropertyOrder({"id", "version", "title", "clinic", "basedOnRuleSet", "approvedBy", "approvedOn", "modalitiesOffered",
        "parameters", "sha256"})
public record ProfileResponse(@Schema(required = true, examples = "clinic-x") String id,
                              @Schema(required = true, examples = "1.2.0") String version,
                              @Schema(required = true) String title,
                              @Schema(required = true) String clinic,
                              @Schema(required = true, examples = "2.0.0") String basedOnRuleSet,
                              @Schema(description = "Who signed the profile off; absent for the built-in reference profile.")
                              @JsonInclude(JsonInclude.Include.NON_NULL) ApprovalView approvedBy,
                              @Schema(format = "date", description = "YYYY-MM-DD; absent for the built-in reference profile.")
                              @JsonInclude(JsonInclude.Include.NON_NULL) String approvedOn,
                              @Schema(required = true) List<Modality> modalitiesOffered,
                              @Schema(required = true, description = "Every configurable parameter, sorted by name.")
                              List<ParameterView> parameters,
                              @Schema(required = true, pattern = "^[0-9a-f]{64}$") String sha256) {

    @Schema(name = "Approval")
    @JsonPropertyOrder({"name", "role"})
    public record ApprovalView(@Schema(required = true) String name, @Schema(required = true) String role) {
    }

    @Schema(name = "ProfileParameter", description = "A configurable parameter: the value the profile applies, its default, unit and allowed values.")
    @JsonPropertyOrder({"name", "value", "default", "unit", "allowed", "differsFromDefault"})
    public record ParameterView(@Schema(required = true, examples = "abstain.beforeHours") String name,
                                @Schema(required = true, description = "An integer, a boolean or an enum name, by the parameter's type.")
                                Object value,
                                @Schema(required = true, description = "The rule set's default, of the same type as value.")
                                @JsonProperty("default") Object defaultValue,
                                @Schema(examples = "h", description = "Absent for booleans and enum names.")
                                @JsonInclude(JsonInclude.Include.NON_NULL) String unit,
                                @Schema(required = true) AllowedView allowed,
                                @Schema(required = true) boolean differsFromDefault) {
    }

    @Schema(name = "AllowedValues", description = "An inclusive integer range (min and max), or the allowed values.")
    @JsonPropertyOrder({"min", "max", "values"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AllowedView(Integer min, Integer max, List<Object> values) {

        static AllowedView of(Parameter parameter) {
            return switch (parameter.kind()) {
                case INTEGER -> new AllowedView(parameter.min(), parameter.max(), null);
                case BOOLEAN -> new AllowedView(null, null, parameter.values().stream().<Object>map(Boolean::valueOf).toList());
                case OUTCOME, CANNABIS_USE -> new AllowedView(null, null, List.copyOf(parameter.values()));
            };
        }
    }

    static ProfileResponse of(ActiveProfile profile) {
        List<ParameterView> parameters = Parameters.ALL.stream()
                .map(p -> new ParameterView(p.name(), profile.parameters().value(p), p.defaultValue(), p.unit(),
                        AllowedView.of(p), profile.parameters().differsFromDefault(p)))
                .toList();
        ApprovalView approval = profile.approvedBy() == null ? null
                : new ApprovalView(profile.approvedBy().name(), profile.approvedBy().role());
        return new ProfileResponse(profile.id(), profile.version(), profile.title(), profile.clinic(),
                profile.basedOnRuleSet(), approval, profile.approvedOn(), profile.modalitiesOffered(), parameters,
                profile.sha256());
    }
}
