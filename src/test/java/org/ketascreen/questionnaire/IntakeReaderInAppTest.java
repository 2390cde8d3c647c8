package org.ketascreen.questionnaire;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** With the application's own validator (Quarkus' Hibernate Validator), valid requests skip the validator pass. */
@QuarkusTest
class IntakeReaderInAppTest {

    @Inject
    IntakeReader reader;

    @Test
    void shouldReadValidRequestsWithoutTheValidatorPass() {
        assertTrue(reader.skipsTheValidatorForValidRequests());
    }
}
