package org.ketascreen.http;

/** How a screening request came in: a fixed set, the metrics' label {@code door} (see {@link Routes#door}). */
public enum Door {
    JSON("json"), FHIR("fhir"), CDS_HOOKS("cds-hooks"),
    /** A request outside every door (reference resources, /q/*, unknown paths): rejections only. */
    NONE("none");

    private final String label;

    Door(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
