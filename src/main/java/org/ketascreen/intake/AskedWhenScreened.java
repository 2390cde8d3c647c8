package org.ketascreen.intake;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The property is asked only when one of these modalities is screened (api-contract §9.2: {@code home} when
 * ORAL_MICRODOSE is, {@code nasalBlockage} when INTRANASAL is). The screened modalities belong to the whole
 * request, not to the record holding the property, so {@link IntakeValidity} checks this gate once the root
 * record is built, with the root's {@link ScreenedModalities}. When it holds, a {@link #required()} property must
 * be present; when it does not, the property must be absent. A plain annotation, not a Bean Validation
 * constraint: a field constraint cannot see the request root.
 */
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface AskedWhenScreened {

    /** The modalities that ask it; any one of them, screened, does. */
    Modality[] value();

    /** When asked, the property must be answered. */
    boolean required() default false;
}
