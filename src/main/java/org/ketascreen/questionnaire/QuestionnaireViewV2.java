package org.ketascreen.questionnaire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.screening.ProfileReference;
import org.ketascreen.screening.rules.RuleSet;
import org.ketascreen.screening.rules.RuleSetReference;

/**
 * The JSON rendering of the intake version 2 questionnaire (GET /api/v2/questionnaire, api-contract §9.1): v1's
 * format ({@link QuestionnaireView}) plus the {@code profile} it is rendered for (§9.4), and each question's
 * conditions as a list, the same conditions the FHIR rendering states, in the same order.
 */
@Schema(name = "QuestionnaireV2", description = "Every version 2 request field as a question a form can render, in request order, for the active clinic profile.")
public record QuestionnaireViewV2(@Schema(required = true, examples = "ketamine-migraine-intake") String id,
                                  @Schema(required = true) RuleSetReference ruleset,
                                  @Schema(required = true) ProfileReference profile,
                                  @Schema(required = true) List<Question> items) {

    @Schema(name = "QuestionV2", description = "One question or group, as in version 1; enableWhen lists conditions of which any one shows it.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Question(@Schema(required = true) String path,
                           @Schema(required = true, enumeration = {"group", "list", "choice", "multi-choice", "integer"}) String type,
                           @Schema(required = true) boolean required,
                           @Schema(description = "Integers only.") Long minimum,
                           @Schema(description = "Integers only.") Long maximum,
                           @Schema(description = "Lists only, when they may not be empty.") Integer minItems,
                           @Schema(description = "Lists only.") Integer maxItems,
                           @Schema(description = "Choices only: every allowed value with its label.") List<QuestionnaireDefinition.Option> options,
                           @Schema(required = true) String text,
                           @Schema(required = true) String help,
                           @Schema(description = "Where the answer has a unit.") String unit,
                           @Schema(description = "Show the question when any of these holds; absent when it is always asked.")
                           List<Condition> enableWhen,
                           @Schema(required = true, description = "Ids of the rules that read this answer.")
                           List<String> usedByRules) {
    }

    /**
     * The question at {@code path} has the answer {@code equals}, or, with {@code answered} false, has no answer at all
     * (no modality requested: every offered one is screened).
     */
    @Schema(name = "ConditionV2", description = "The question at path has the answer equals; or, with answered false, has no answer.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Condition(@Schema(required = true) String path, String equals, Boolean answered) {

        static Condition of(QuestionnaireDefinition.Condition condition) {
            return condition.unanswered() ? new Condition(condition.question(), null, Boolean.FALSE)
                    : new Condition(condition.question(), condition.code(), null);
        }
    }

    /** The view of a version 2 definition, naming the rules of {@code ruleSet} (rule set 2.0.0) that read each answer. */
    public static QuestionnaireViewV2 of(QuestionnaireDefinition definition, RuleSet ruleSet) {
        if (definition.profile() == null) {
            throw new IllegalArgumentException("a version 2 questionnaire is rendered for a profile");
        }
        List<Question> items = definition.allItems().stream().map(item -> new Question(item.path(), item.type(),
                item.required(), item.minimum(), item.maximum(), item.minItems(), item.maxItems(), item.options(),
                item.text(), item.help(), item.unit(),
                item.enableWhen().isEmpty() ? null : item.enableWhen().stream().map(Condition::of).toList(),
                QuestionnaireView.rulesReading(item.path(), ruleSet))).toList();
        return new QuestionnaireViewV2(QuestionnaireDefinition.ID, ruleSet.reference(), definition.profile().reference(), items);
    }
}
