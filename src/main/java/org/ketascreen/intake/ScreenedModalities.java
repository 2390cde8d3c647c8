package org.ketascreen.intake;

import java.util.List;

/**
 * A request root that knows which modalities it screens: the gate of every {@link AskedWhenScreened} property
 * below it. Implemented by the root record, since only it sees both the requested modalities and the
 * questions they gate.
 */
public interface ScreenedModalities {

    /** The screened modalities, or null when they cannot be told (the requested ones were missing or unreadable). */
    List<Modality> screenedModalities();
}
