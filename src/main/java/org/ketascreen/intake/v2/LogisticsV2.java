package org.ketascreen.intake.v2;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.Answer;
import org.ketascreen.intake.AskedWhenScreened;
import org.ketascreen.intake.Distinct;
import org.ketascreen.intake.Modality;

/**
 * v1's {@link org.ketascreen.intake.Logistics} with the escort asked only when an in-clinic modality is screened, and
 * the nasal question when INTRANASAL is (api-contract §9.2).
 */
@Schema(description = "Treatment logistics.")
public record LogisticsV2(
        @Schema(description = "Optional. Modalities the patient asks about; absent or empty means every offered one. No duplicates.")
        @Size(max = 3) @Distinct List<@NotNull Modality> requestedModalities,
        @Schema(description = "A responsible adult can accompany the patient home and stay with them; asked when IV_INFUSION or INTRANASAL is screened.")
        @AskedWhenScreened(value = {Modality.IV_INFUSION, Modality.INTRANASAL}, required = true) Answer responsibleAdultAvailable,
        @Schema(description = "The patient can avoid driving until the next day after a restful sleep.")
        @NotNull Answer canAvoidDrivingUntilNextDay,
        @Schema(description = "The nose is usually blocked, or the patient cannot sniff a spray; asked when INTRANASAL is screened.")
        @AskedWhenScreened(value = Modality.INTRANASAL, required = true) Answer nasalBlockage) {

    /** Every offered modality; today all three (the profile's offer comes with api-contract §10.6). */
    private static final List<Modality> OFFERED = List.of(Modality.values());

    /** Absent and empty mean the same (every offered one): one form of it, whichever format it was read from. */
    public LogisticsV2 {
        if (requestedModalities != null && requestedModalities.isEmpty()) {
            requestedModalities = null;
        }
    }

    /** The modalities to screen, in {@link Modality} order: the requested ones, or every offered one when none are named. */
    public List<Modality> modalities() {
        if (requestedModalities == null) {
            return OFFERED;
        }
        Modality[] requested = new Modality[OFFERED.size()];
        int n = 0;
        for (Modality modality : OFFERED) {
            if (requestedModalities.contains(modality)) {
                requested[n++] = modality;
            }
        }
        return n == requested.length ? OFFERED : List.of(Arrays.copyOf(requested, n));
    }
}
