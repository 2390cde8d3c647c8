package org.ketascreen.testing;

import java.util.List;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.StructureDefinition;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;

/**
 * HAPI FHIR's instance validator (8.8.1, test scope), with our served Questionnaire resolvable so that a
 * QuestionnaireResponse is checked against it, and the R4 core profiles under their version-specific URL
 * ({@code http://hl7.org/fhir/4.0/StructureDefinition/QuestionnaireResponse}, which LHC-Forms claims in meta.profile
 * and HAPI does not resolve by itself). {@code PrePopulatedValidationSupport} silently ignores a
 * Questionnaire (interop-next §2.3), so a support of our own answers {@code fetchResource} for it. One
 * validator per test JVM: the first validation loads the R4 definitions (about ten seconds).
 */
public final class HapiValidation {
    private HapiValidation() {
    }

    public static final FhirContext R4 = FhirContext.forR4Cached();
    private static FhirValidator validator;

    /** What the validator said about one resource, errors and fatals first. */
    public record Message(String severity, String location, String text) {
        public boolean isError() {
            return severity.equals("ERROR") || severity.equals("FATAL");
        }

        @Override
        public String toString() {
            return severity + " " + location + ": " + text;
        }
    }

    /** Against the served Questionnaires of the reference profile: version 2 (2.0.0) and version 1 (1.1.x). */
    public static synchronized List<Message> validate(String resourceJson) {
        if (validator == null) {
            validator = create(List.of(QuestionnaireResponses.QUESTIONNAIRE_V2.toString(), QuestionnaireResponses.QUESTIONNAIRE.toString()));
        }
        return validate(validator, resourceJson);
    }

    /**
     * A validator resolving these Questionnaires (by url|version) instead: the version 2 Questionnaire of another
     * profile. Each costs a second start (its own definitions cache); build one per test class.
     */
    public static java.util.function.Function<String, List<Message>> resolving(String... questionnaires) {
        FhirValidator own = create(List.of(questionnaires));
        return resource -> validate(own, resource);
    }

    private static synchronized List<Message> validate(FhirValidator validator, String resourceJson) {
        try {
            return validator.validateWithResult(resourceJson).getMessages().stream()
                    .sorted((a, b) -> b.getSeverity().ordinal() - a.getSeverity().ordinal())
                    .map(HapiValidation::message).toList();
        } catch (UnprocessableEntityException e) {
            // HAPI gives up on some responses (an enableWhen question answered with the wrong type): a refusal too
            return List.of(new Message("FATAL", "", "HAPI could not process the resource: " + e.getMessage()));
        }
    }

    public static List<Message> errors(String resourceJson) {
        return validate(resourceJson).stream().filter(Message::isError).toList();
    }

    private static Message message(SingleValidationMessage m) {
        return new Message(m.getSeverity() == null ? ResultSeverityEnum.INFORMATION.name() : m.getSeverity().name(),
                m.getLocationString(), m.getMessage());
    }

    /** The R4 core definitions, and their version-specific URL (FHIR versions.html), which LHC-Forms puts in meta.profile. */
    static final String CORE = "http://hl7.org/fhir/StructureDefinition/";
    static final String R4_CORE = "http://hl7.org/fhir/4.0/StructureDefinition/";

    private static FhirValidator create(List<String> questionnairesJson) {
        List<Questionnaire> questionnaires = questionnairesJson.stream()
                .map(json -> R4.newJsonParser().parseResource(Questionnaire.class, json)).toList();
        DefaultProfileValidationSupport core = new DefaultProfileValidationSupport(R4);
        IValidationSupport ours = new IValidationSupport() {
            @Override
            public FhirContext getFhirContext() {
                return R4;
            }

            @Override
            public IBaseResource fetchStructureDefinition(String url) {
                return url != null && url.startsWith(R4_CORE) ? core.fetchStructureDefinition(CORE + url.substring(R4_CORE.length())) : null;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T extends IBaseResource> T fetchResource(Class<T> type, String uri) {
                if (uri != null && (type == null || type == StructureDefinition.class) && uri.startsWith(R4_CORE)) {
                    return (T) fetchStructureDefinition(uri);
                }
                if (type != null && type != Questionnaire.class || uri == null) {
                    return null;
                }
                String[] parts = uri.split("\\|", 2); // the validator passes url|version; without one, the first (newest)
                for (Questionnaire questionnaire : questionnaires) {
                    if (parts[0].equals(questionnaire.getUrl()) && (parts.length == 1 || parts[1].equals(questionnaire.getVersion()))) {
                        return (T) questionnaire;
                    }
                }
                return null;
            }
        };
        ValidationSupportChain chain = new ValidationSupportChain(core,
                new InMemoryTerminologyServerValidationSupport(R4), new CommonCodeSystemsTerminologyService(R4), ours);
        FhirValidator created = R4.newValidator();
        created.registerValidatorModule(new FhirInstanceValidator(chain));
        return created;
    }
}
