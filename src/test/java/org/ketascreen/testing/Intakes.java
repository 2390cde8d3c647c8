package org.ketascreen.testing;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.ketascreen.intake.Consistent;
import org.ketascreen.intake.ConsistentValidator;
import org.ketascreen.intake.Distinct;
import org.ketascreen.intake.DistinctValidator;
import org.ketascreen.intake.EnabledWhen;
import org.ketascreen.intake.EnabledWhenValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ketascreen.intake.Intake;
import org.ketascreen.intake.json.JsonIntakeReader;
import org.ketascreen.screening.Screener;
import org.ketascreen.screening.Screening;
import org.ketascreen.screening.rules.Catalogue;

/**
 * Intakes for tests: the contract's reference request, edited by dotted path, read by the real
 * {@link JsonIntakeReader} and screened by the real engine. No Quarkus boot.
 */
public final class Intakes {
    private Intakes() {
    }

    public static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Hibernate Validator, the tests' oracle for {@code IntakeValidity}, with the intake's own constraints read by
     * the validators in src/test (main declares them with no validator: the service enforces them itself).
     */
    public static final Validator VALIDATOR = oracle();

    private static Validator oracle() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator());
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(EnabledWhen.class).includeExistingValidators(false).validatedBy(EnabledWhenValidator.class);
        mapping.constraintDefinition(Consistent.class).includeExistingValidators(false).validatedBy(ConsistentValidator.class);
        mapping.constraintDefinition(Distinct.class).includeExistingValidators(false).validatedBy(DistinctValidator.class);
        return configuration.addMapping(mapping).buildValidatorFactory().getValidator();
    }
    public static final JsonIntakeReader READER = new JsonIntakeReader();
    public static final Screener SCREENER = new Screener(Catalogue.ruleSet());

    private static final ObjectNode REFERENCE = (ObjectNode) resource("/scenarios/reference.request.json");
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)|\\[(\\d+)]");

    /** A fresh copy of the contract's reference request (ELIGIBLE). */
    public static ObjectNode reference() {
        return REFERENCE.deepCopy();
    }

    public static JsonNode resource(String name) {
        try (InputStream in = Intakes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The reference request with edits: pairs of (dotted path, value). A value of {@link #ABSENT}
     * removes the property; a String, Integer, List or JsonNode is set as given.
     */
    public static ObjectNode with(Object... pathsAndValues) {
        ObjectNode root = reference();
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            set(root, (String) pathsAndValues[i], pathsAndValues[i + 1]);
        }
        return root;
    }

    public static final Object ABSENT = new Object();

    public static void set(ObjectNode root, String path, Object value) {
        Matcher m = SEGMENT.matcher(path);
        ContainerNode<?> parent = null;
        JsonNode current = root;
        String lastName = null;
        Integer lastIndex = null;
        while (m.find()) {
            parent = (ContainerNode<?>) current;
            lastName = m.group(1);
            lastIndex = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            current = lastIndex == null ? parent.get(lastName) : parent.get(lastIndex);
            if (current == null && !m.hitEnd()) {
                current = ((ObjectNode) parent).putObject(lastName);
            }
        }
        JsonNode node = JSON.valueToTree(value == ABSENT ? null : value);
        if (parent instanceof ObjectNode object) {
            if (value == ABSENT) {
                object.remove(lastName);
            } else {
                object.set(lastName, node);
            }
        } else if (parent instanceof ArrayNode array) {
            if (value == ABSENT) {
                array.remove(lastIndex);
            } else if (lastIndex < array.size()) {
                array.set(lastIndex, node);
            } else {
                array.add(node);
            }
        }
    }

    public static Intake intake(JsonNode request) {
        return READER.read(bytes(request));
    }

    /** The request as the UTF-8 JSON bytes a caller would post. */
    public static byte[] bytes(JsonNode request) {
        try {
            return JSON.writeValueAsBytes(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Screening screen(JsonNode request) {
        return SCREENER.screen(intake(request));
    }

    public static Screening screenWith(Object... pathsAndValues) {
        return screen(with(pathsAndValues));
    }

    /** A preventive trial entry as JSON. trialWeeks and reachedTargetDose may be null (absent). */
    public static ObjectNode trial(String drugClass, String outcome, Integer weeks, String reachedTargetDose) {
        ObjectNode entry = JSON.createObjectNode().put("drugClass", drugClass).put("outcome", outcome);
        if (weeks != null) {
            entry.put("trialWeeks", weeks);
        }
        if (reachedTargetDose != null) {
            entry.put("reachedTargetDose", reachedTargetDose);
        }
        return entry;
    }

    public static ObjectNode acute(String drugClass, int daysPerMonth, int monthsOfRegularUse) {
        return JSON.createObjectNode().put("drugClass", drugClass).put("daysPerMonth", daysPerMonth)
                .put("monthsOfRegularUse", monthsOfRegularUse);
    }

    public static ArrayNode array(JsonNode... items) {
        return JSON.createArrayNode().addAll(List.of(items));
    }
}
