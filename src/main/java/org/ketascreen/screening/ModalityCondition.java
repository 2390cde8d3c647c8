package org.ketascreen.screening;

import java.util.List;

import org.ketascreen.intake.Modality;

/** The conditions each modality is always given under (api-contract §4, "Modality conditions"). */
public enum ModalityCondition {
    IN_CLINIC_MONITORING, RESPONSIBLE_ADULT_ESCORT, NO_DRIVING_UNTIL_NEXT_DAY, AT_HOME_VISIT_BEFORE_START;

    private static final List<ModalityCondition> IN_CLINIC = List.of(IN_CLINIC_MONITORING, RESPONSIBLE_ADULT_ESCORT,
            NO_DRIVING_UNTIL_NEXT_DAY);
    private static final List<ModalityCondition> AT_HOME = List.of(AT_HOME_VISIT_BEFORE_START);

    static List<ModalityCondition> of(Modality modality) {
        return switch (modality) {
            case IV_INFUSION, INTRANASAL -> IN_CLINIC;
            case ORAL_MICRODOSE -> AT_HOME;
        };
    }
}
