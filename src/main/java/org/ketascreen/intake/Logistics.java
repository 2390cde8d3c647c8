package org.ketascreen.intake;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Treatment logistics.")
public record Logistics(
        @Schema(description = "Optional. Modalities the patient asks about; absent or empty means all three. No duplicates.")
        @Size(max = 3) @Distinct List<@NotNull Modality> requestedModalities,
        @Schema(description = "A responsible adult can accompany the patient home and stay with them.")
        @NotNull Answer responsibleAdultAvailable,
        @Schema(description = "The patient can avoid driving until the next day after a restful sleep.")
        @NotNull Answer canAvoidDrivingUntilNextDay) {

    private static final List<Modality> ALL = List.of(Modality.values());

    /** Absent and empty mean the same (all three): one form of it, whichever format it was read from. */
    public Logistics {
        if (requestedModalities != null && requestedModalities.isEmpty()) {
            requestedModalities = null;
        }
    }

    /** The modalities to screen, in {@link Modality} order: the requested ones, or all three when none are named. */
    public List<Modality> modalities() {
        if (requestedModalities == null || requestedModalities.isEmpty()) {
            return ALL;
        }
        Modality[] requested = new Modality[ALL.size()];
        int n = 0;
        for (Modality modality : ALL) {
            if (requestedModalities.contains(modality)) {
                requested[n++] = modality;
            }
        }
        return n == requested.length ? ALL : List.of(Arrays.copyOf(requested, n));
    }
}
