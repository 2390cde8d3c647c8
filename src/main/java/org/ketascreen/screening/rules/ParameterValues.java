package org.ketascreen.screening.rules;

import java.util.Arrays;
import java.util.Map;

import org.ketascreen.intake.v2.CannabisUse;

/**
 * The value of every parameter of the registry ({@link Parameters#ALL}) that a screening applies: the defaults,
 * or a clinic profile's values over them. Immutable; the profile loader checks every value against its
 * parameter's range before it builds one, and so does this class (a value out of range is a bug here).
 */
public final class ParameterValues {

    private static final ParameterValues DEFAULTS = new ParameterValues(Map.of());

    private final Object[] values;

    private ParameterValues(Map<Parameter, Object> overrides) {
        values = new Object[Parameters.ALL.size()];
        for (int i = 0; i < values.length; i++) {
            Parameter parameter = Parameters.ALL.get(i);
            Object value = overrides.getOrDefault(parameter, parameter.defaultValue());
            if (!parameter.allows(value)) {
                throw new IllegalArgumentException(parameter.name() + " is outside " + parameter.allowedText());
            }
            values[i] = value;
        }
        overrides.keySet().forEach(Parameters::indexOf);
    }

    /** Every parameter at its default: the reference profile, and the thresholds of rule set 1.1. */
    public static ParameterValues defaults() {
        return DEFAULTS;
    }

    /** The defaults with these values over them; every value must be allowed. */
    public static ParameterValues of(Map<Parameter, Object> overrides) {
        return overrides.isEmpty() ? DEFAULTS : new ParameterValues(overrides);
    }

    /** The value applied: an Integer, a Boolean or an enum constant's name. */
    public Object value(Parameter parameter) {
        return values[Parameters.indexOf(parameter)];
    }

    public int integer(Parameter parameter) {
        return (Integer) value(parameter);
    }

    public boolean flag(Parameter parameter) {
        return (Boolean) value(parameter);
    }

    public Outcome outcome(Parameter parameter) {
        return Outcome.valueOf((String) value(parameter));
    }

    public CannabisUse cannabisUse(Parameter parameter) {
        return CannabisUse.valueOf((String) value(parameter));
    }

    /** Whether this value differs from the parameter's default. */
    public boolean differsFromDefault(Parameter parameter) {
        return !value(parameter).equals(parameter.defaultValue());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParameterValues p && Arrays.equals(values, p.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
