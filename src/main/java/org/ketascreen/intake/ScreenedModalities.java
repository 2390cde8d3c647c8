package org.ketascreen.intake;

import java.util.List;

/**
 * A request root that knows which modalities it screens: the gate of every {@link AskedWhenScreened} property
 * below it. Implemented by the root record, since only it sees both the requested modalities and the
 * questions they gate.
 */
public interface ScreenedModalities {

    /**
     * The modalities the request names, as read: null or empty for none (then every offered one is screened); null
     * items for unreadable ones.
     */
    List<Modality> requestedModalities();

    /** The path of {@link #requestedModalities()}, for a violation at one of its items. */
    String requestedModalitiesPath();

    /**
     * The screened modalities under {@code offer}, in {@link Modality} order: the requested ones, or every offered one
     * when none are named; null when they cannot be told (the request lacks them, or one is unreadable). A requested
     * modality not offered is reported at its index and not screened.
     */
    default List<Modality> screenedModalities(Offer offer, Violations out) {
        List<Modality> requested = requestedModalities();
        if (requested == null || requested.isEmpty()) {
            return offer.modalities();
        }
        if (requested.contains(null)) {
            return null;
        }
        for (int i = 0; i < requested.size(); i++) {
            if (!offer.modalities().contains(requested.get(i))) {
                out.add(requestedModalitiesPath() + "[" + i + "]", offer.notOffered());
            }
        }
        return offer.modalities().stream().filter(requested::contains).toList();
    }
}
