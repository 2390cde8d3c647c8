package org.ketascreen.screening.rules;

import java.util.Objects;

/** Where a rule comes from, shaped like a CDS Hooks card {@code source}: a human label and a link. */
public record Citation(String label, String url) {
    public Citation {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
    }
}
