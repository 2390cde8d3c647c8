package org.ketascreen.questionnaire;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.screening.rules.Rule;
import org.ketascreen.screening.rules.RuleSet;
import org.ketascreen.screening.rules.RuleSetReference;

/** The v1 rendering of the questionnaire definition: what a form renders (GET /api/v1/questionnaire). */
@Schema(name = "Questionnaire", description = "Every request field as a question a form can render, in request order.")
public record QuestionnaireView(@Schema(required = true, examples = "ketamine-migraine-intake") String id,
                                @Schema(required = true) RuleSetReference ruleset,
                                @Schema(required = true) List<Question> items) {

    @Schema(name = "Question", description = "One question or group. path is the dotted request path; [] stands for every item of a list. type is group, list (repeating group), choice, multi-choice or integer.")
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
                           @Schema(description = "Show the question only when another question has this answer.")
                           QuestionnaireDefinition.EnableWhen enableWhen,
                           @Schema(required = true, description = "Ids of the rules that read this answer.")
                           List<String> usedByRules) {
    }

    public static QuestionnaireView of(QuestionnaireDefinition definition, RuleSet ruleSet) {
        List<Question> items = definition.allItems().stream().map(item -> new Question(item.path(), item.type(),
                item.required(), item.minimum(), item.maximum(), item.minItems(), item.maxItems(), item.options(),
                item.text(), item.help(), item.unit(), item.v1EnableWhen(), rulesReading(item.path(), ruleSet))).toList();
        return new QuestionnaireView(QuestionnaireDefinition.ID, ruleSet.reference(), items);
    }

    /** A rule reads a question when one of its fields is the question's path, a group around it, or inside it. */
    static List<String> rulesReading(String path, RuleSet ruleSet) {
        String question = path.replace("[]", "");
        List<String> ids = new ArrayList<>();
        for (Rule rule : ruleSet.rules()) {
            boolean reads = rule.fields().stream().anyMatch(field -> question.equals(field)
                    || question.startsWith(field + ".") || field.startsWith(question + "."));
            if (reads) {
                ids.add(rule.id());
            }
        }
        return ids;
    }
}
