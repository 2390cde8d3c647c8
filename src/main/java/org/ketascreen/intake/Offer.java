package org.ketascreen.intake;

import java.util.List;

/**
 * The modalities a clinic offers, and whose offer it is (api-contract §10.6): a request is screened for the
 * requested modalities, or every offered one when none are named, and a requested modality not offered is a
 * violation at its index. {@link #EVERY} is the offer of the v1 door and of the reference profile.
 *
 * @param by         the profile that makes the offer, named in a violation's message; null for {@link #EVERY}
 * @param modalities the modalities offered, in {@link Modality} order
 */
public record Offer(String by, List<Modality> modalities) {

    public static final Offer EVERY = new Offer(null, List.of(Modality.values()));

    public Offer {
        modalities = List.copyOf(modalities);
    }

    /** Why a requested modality cannot be screened. */
    String notOffered() {
        return by == null ? "is not offered" : "is not offered under profile " + by;
    }
}
