package org.ketascreen.cdshooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.ketascreen.testing.Golden;
import org.ketascreen.testing.HookRequests;
import org.ketascreen.testing.Intakes;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The committed patient-view call of the CDS Hooks curl example (README.md, docs/cds-hooks.md) and of the HTTP benchmark
 * ({@code src/test/resources/cds-hooks/reference.patient-view.json}) is the reference request's answers as a
 * QuestionnaireResponse in a searchset Bundle, built from the served Questionnaire: it cannot drift from it.
 */
class ReferenceHookRequestTest {

    static final String FILE = "src/test/resources/cds-hooks/reference.patient-view.json";

    @Test
    void shouldHoldTheReferenceAnswersAsAPrefetchedQuestionnaireResponse() {
        JsonNode expected = HookRequests.of(Intakes.reference());
        if (Golden.updating()) {
            Golden.write(Path.of(FILE), expected);
            return;
        }
        assertEquals(expected, Intakes.resource("/cds-hooks/reference.patient-view.json"),
                FILE + " is stale: run 'mvn test -Dgolden.update=true', review and commit");
    }
}
