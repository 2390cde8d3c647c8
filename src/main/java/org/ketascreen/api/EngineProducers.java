package org.ketascreen.api;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import jakarta.validation.Validator;

import org.ketascreen.questionnaire.IntakeReader;
import org.ketascreen.questionnaire.QuestionnaireDefinition;
import org.ketascreen.screening.Screener;
import org.ketascreen.screening.rules.Catalogue;

/** Wires the framework-free engine into CDI: one stateless instance of each, shared by all requests. */
@Singleton
public class EngineProducers {

    @Produces
    @Singleton
    Screener screener() {
        return new Screener(Catalogue.ruleSet());
    }

    @Produces
    @Singleton
    IntakeReader intakeReader(Validator validator) {
        return new IntakeReader(validator);
    }

    @Produces
    @Singleton
    QuestionnaireDefinition questionnaireDefinition() {
        return QuestionnaireDefinition.load();
    }
}
