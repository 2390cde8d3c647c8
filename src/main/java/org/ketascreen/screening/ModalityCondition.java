package org.ketascreen.screening;

import java.util.List;

import org.ketascreen.intake.Answer;
import org.ketascreen.intake.Modality;
import org.ketascreen.intake.v2.IntakeV2;

/**
 * The conditions a modality is given under, whatever its verdict: rule set 1.1's four (api-contract §4, "Modality
 * conditions") and 2.0.0's ten (§9.4), in §9.4's order. The v1 door carries only the first four.
 */
public enum ModalityCondition {
    IN_CLINIC_MONITORING, RESPONSIBLE_ADULT_ESCORT, NO_DRIVING_UNTIL_NEXT_DAY, NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE,
    AT_HOME_VISIT_BEFORE_START, FIRST_DOSE_SUPERVISED, PEER_MONITOR_PRESENT, PRE_DOSE_VITALS_CHECK, SECURE_STORAGE,
    CPAP_FOR_ANY_SLEEP_AFTER_DOSE;

    private static final List<ModalityCondition> IN_CLINIC = List.of(IN_CLINIC_MONITORING, RESPONSIBLE_ADULT_ESCORT,
            NO_DRIVING_UNTIL_NEXT_DAY);
    private static final List<ModalityCondition> AT_HOME = List.of(AT_HOME_VISIT_BEFORE_START);

    private static final List<ModalityCondition> IN_CLINIC_V2 = List.of(IN_CLINIC_MONITORING, RESPONSIBLE_ADULT_ESCORT,
            NO_DRIVING_UNTIL_NEXT_DAY, NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE);
    private static final List<ModalityCondition> AT_HOME_V2 = List.of(NO_DRIVING_UNTIL_NEXT_DAY,
            NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE, AT_HOME_VISIT_BEFORE_START, FIRST_DOSE_SUPERVISED, PEER_MONITOR_PRESENT,
            PRE_DOSE_VITALS_CHECK, SECURE_STORAGE);
    private static final List<ModalityCondition> AT_HOME_V2_CPAP = List.of(NO_DRIVING_UNTIL_NEXT_DAY,
            NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE, AT_HOME_VISIT_BEFORE_START, FIRST_DOSE_SUPERVISED, PEER_MONITOR_PRESENT,
            PRE_DOSE_VITALS_CHECK, SECURE_STORAGE, CPAP_FOR_ANY_SLEEP_AFTER_DOSE);

    /** Rule set 1.1 (the v1 door). */
    static List<ModalityCondition> of(Modality modality) {
        return switch (modality) {
            case IV_INFUSION, INTRANASAL -> IN_CLINIC;
            case ORAL_MICRODOSE -> AT_HOME;
        };
    }

    /**
     * Rule set 2.0.0 (§9.4): oral micro-dosing adds CPAP for any sleep after a dose when sleep apnoea is known
     * and treated (RESP-3).
     */
    static List<ModalityCondition> of(Modality modality, IntakeV2 intake) {
        return switch (modality) {
            case IV_INFUSION, INTRANASAL -> IN_CLINIC_V2;
            case ORAL_MICRODOSE -> intake.respiratory().sleepApnoea() == Answer.YES
                    && intake.respiratory().sleepApnoeaTreated() == Answer.YES ? AT_HOME_V2_CPAP : AT_HOME_V2;
        };
    }
}
