package org.ketascreen.system;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.Startup;

import org.ketascreen.json.Json;
import org.ketascreen.intake.fhir.QuestionnaireResponseReader;
import org.ketascreen.intake.json.JsonIntakeReader;
import org.ketascreen.questionnaire.QuestionnaireDefinition;
import org.ketascreen.screening.Screener;
import org.ketascreen.screening.rules.Catalogue;

/**
 * Wires the framework-free readers and engine into CDI: one stateless instance of each, shared by all requests; and
 * the one JSON mapper ({@link Json#MAPPER}) as the mapper Quarkus REST writes with, so that no second mapper exists.
 */
@Singleton
public class EngineProducers {

    @Produces
    @Singleton
    Screener screener() {
        return new Screener(Catalogue.ruleSet());
    }

    @Produces
    @Singleton
    JsonIntakeReader jsonIntakeReader() {
        return new JsonIntakeReader();
    }

    @Produces
    @Singleton
    QuestionnaireResponseReader questionnaireResponseReader() {
        return new QuestionnaireResponseReader(Catalogue.VERSION);
    }

    @Produces
    @Singleton
    ObjectMapper objectMapper() {
        return Json.MAPPER;
    }

    /** Built at start-up, so a word missing from the words file stops the service there, not at a request. */
    @Produces
    @Singleton
    @Startup
    QuestionnaireDefinition questionnaireDefinition() {
        return QuestionnaireDefinition.load();
    }
}
