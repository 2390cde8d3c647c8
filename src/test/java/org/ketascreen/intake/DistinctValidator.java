package org.ketascreen.intake;

import java.util.HashSet;
import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Hibernate Validator's reading of {@link Distinct}, the tests' oracle for {@link IntakeValidity}. */
public final class DistinctValidator implements ConstraintValidator<Distinct, List<?>> {
    @Override
    public boolean isValid(List<?> value, ConstraintValidatorContext context) {
        return value == null || new HashSet<>(value).size() == value.size();
    }
}
