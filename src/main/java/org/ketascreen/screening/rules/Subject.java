package org.ketascreen.screening.rules;

import java.util.List;
import java.util.Objects;

import org.ketascreen.intake.Intake;
import org.ketascreen.intake.Modality;
import org.ketascreen.intake.v2.IntakeV2;

/**
 * What a rule judges: the intake as rule set 1.1 reads it ({@code v1}), the version-2 intake when there is one,
 * the parameter values applied and the modalities screened. The rules both rule sets share read {@code v1} and
 * the parameters; the rules of 2.0.0 alone read {@code v2}.
 *
 * @param v1         the v1 intake, or a v2 intake's {@link IntakeV2#asV1 v1 view}
 * @param v2         the version-2 intake; null on the v1 door
 * @param parameters the thresholds: the defaults on the v1 door (rule set 1.1's), the active profile's on v2
 * @param screened   the modalities screened, in {@link Modality} order, never empty
 */
public record Subject(Intake v1, IntakeV2 v2, ParameterValues parameters, List<Modality> screened) {

    public Subject {
        Objects.requireNonNull(v1, "v1");
        Objects.requireNonNull(parameters, "parameters");
        screened = List.copyOf(screened);
    }

    /** A v1 intake, judged with rule set 1.1's thresholds (the registry's defaults). */
    public static Subject of(Intake intake) {
        return new Subject(intake, null, ParameterValues.defaults(), intake.logistics().modalities());
    }

    /** A v2 intake under a profile's parameters, screening these modalities. */
    public static Subject of(IntakeV2 intake, ParameterValues parameters, List<Modality> screened) {
        return new Subject(intake.asV1(screened), intake, parameters, screened);
    }

    public int integer(Parameter parameter) {
        return parameters.integer(parameter);
    }

    public boolean screens(Modality modality) {
        return screened.contains(modality);
    }
}
