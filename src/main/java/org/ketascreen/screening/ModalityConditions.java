package org.ketascreen.screening;

import java.util.List;

import org.ketascreen.intake.Modality;

/** The conditions each modality is always given under (api-contract §4, "Modality conditions"). */
final class ModalityConditions {
    private ModalityConditions() {
    }

    static final String IN_CLINIC_MONITORING = "IN_CLINIC_MONITORING";
    static final String RESPONSIBLE_ADULT_ESCORT = "RESPONSIBLE_ADULT_ESCORT";
    static final String NO_DRIVING_UNTIL_NEXT_DAY = "NO_DRIVING_UNTIL_NEXT_DAY";
    static final String AT_HOME_VISIT_BEFORE_START = "AT_HOME_VISIT_BEFORE_START";

    private static final List<String> IN_CLINIC = List.of(IN_CLINIC_MONITORING, RESPONSIBLE_ADULT_ESCORT, NO_DRIVING_UNTIL_NEXT_DAY);
    private static final List<String> AT_HOME = List.of(AT_HOME_VISIT_BEFORE_START);

    static List<String> of(Modality modality) {
        return switch (modality) {
            case IV_INFUSION, INTRANASAL -> IN_CLINIC;
            case ORAL_MICRODOSE -> AT_HOME;
        };
    }
}
