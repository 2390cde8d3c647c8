package org.ketascreen.screening;

import java.util.List;

import org.ketascreen.intake.Modality;
import org.ketascreen.screening.rules.Category;
import org.ketascreen.screening.rules.Citation;
import org.ketascreen.screening.rules.Outcome;

/**
 * A rule result that is not a plain pass: which rule, what it means, which request fields it rests on
 * and where the rule comes from. {@code modalities} is null when the finding applies to the patient as
 * a whole, and names the modalities otherwise.
 */
public record Finding(String ruleId, Outcome outcome, Category category, String message, List<String> fields,
                      Citation source, List<Modality> modalities) {

    public boolean appliesTo(Modality modality) {
        return modalities == null || modalities.contains(modality);
    }
}
