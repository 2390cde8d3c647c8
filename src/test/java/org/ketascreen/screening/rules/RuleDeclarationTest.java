package org.ketascreen.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.ketascreen.screening.rules.Category.ORGAN_FUNCTION;
import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.INFO;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.rule;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** A declaration becomes a {@link Rule} only when it is whole: each part named once, nothing missing. */
class RuleDeclarationTest {

    private static Rules.Declaration seizures(String id) {
        return rule(id).title("Seizure disorder").category(ORGAN_FUNCTION).source(Sources.CLINIC_PROTOCOLS)
                .reads("conditions.seizureDisorder");
    }

    @Test
    void shouldDeriveAFlagsOutcomesFromItsOutcome() {
        assertEquals(List.of(INELIGIBLE, NEEDS_REVIEW), seizures("ORG-6").when(in -> Tri.MATCH).flag(INELIGIBLE, "m").outcomes());
        assertEquals(List.of(NEEDS_REVIEW), seizures("ORG-6").when(in -> Tri.MATCH).flag(NEEDS_REVIEW, "m").outcomes());
        assertEquals(List.of(INFO), seizures("ORG-6").when(in -> Tri.MATCH).flag(INFO, "m").outcomes());
    }

    @Test
    void shouldRefuseAnIncompleteOrContradictoryDeclaration() {
        refused("malformed rule id ORG6", () -> seizures("ORG6").when(in -> Tri.MATCH).flag(NEEDS_REVIEW, "m"));
        refused("ORG-9 has no title", () -> rule("ORG-9").category(ORGAN_FUNCTION).source(Sources.CLINIC_PROTOCOLS)
                .reads("conditions.seizureDisorder").when(in -> Tri.MATCH).flag(NEEDS_REVIEW, "m"));
        refused("ORG-9 has no source", () -> rule("ORG-9").title("t").category(ORGAN_FUNCTION)
                .reads("conditions.seizureDisorder").when(in -> Tri.MATCH).flag(NEEDS_REVIEW, "m"));
        refused("ORG-9 reads no fields", () -> rule("ORG-9").title("t").category(ORGAN_FUNCTION).source(Sources.CLINIC_PROTOCOLS)
                .when(in -> Tri.MATCH).flag(NEEDS_REVIEW, "m"));
        refused("ORG-9 declares no outcomes", () -> seizures("ORG-9").check(in -> Result.NO_MATCH));
        refused("ORG-9 is modifiable but can never be INELIGIBLE",
                () -> seizures("ORG-9").modifiable().when(in -> Tri.MATCH).flag(NEEDS_REVIEW, "m"));
        refused("ORG-9 declares its title twice", () -> seizures("ORG-9").title("again"));
        refused("ORG-9: a flag needs when(...) and derives its outcomes", () -> seizures("ORG-9").flag(NEEDS_REVIEW, "m"));
        refused("ORG-9: a flag needs when(...) and derives its outcomes",
                () -> seizures("ORG-9").outcomes(NEEDS_REVIEW).when(in -> Tri.MATCH).flag(NEEDS_REVIEW, "m"));
        refused("ORG-9: when(...) belongs to a flag", () -> seizures("ORG-9").when(in -> Tri.MATCH).outcomes().check(in -> Result.NO_MATCH));
    }

    private static void refused(String message, Supplier<?> declaration) {
        RuntimeException e = assertThrows(RuntimeException.class, declaration::get);
        assertEquals(message, e.getMessage());
    }
}
