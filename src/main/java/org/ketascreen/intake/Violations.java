package org.ketascreen.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The violations found while reading one request, whatever its format. A valid request never allocates
 * the list. {@link #exception()} reports them in questionnaire order, each once, at most
 * {@link InputLimits#MAX_VIOLATIONS_LISTED} of them (the detail still counts them all).
 */
public final class Violations {

    private final Class<?> root;
    private final Offer offer;
    private List<Violation> found;

    /** The violations of a v1 request ({@link Intake}). */
    public Violations() {
        this(Intake.class);
    }

    /** The violations of a request whose root record is {@code root}: they are listed in its order. */
    public Violations(Class<?> root) {
        this(root, Offer.EVERY);
    }

    /** As {@link #Violations(Class)}, for a request screened under {@code offer} (api-contract §10.6). */
    public Violations(Class<?> root, Offer offer) {
        this.root = root;
        this.offer = offer;
    }

    /** The modalities the request may ask for. */
    public Offer offer() {
        return offer;
    }

    public void add(String field, String message) {
        if (found == null) {
            found = new ArrayList<>();
        }
        found.add(new Violation(field, message));
    }

    /** A violation of property {@code name} of the record at {@code path}. */
    public void add(FieldPath path, String name, String message) {
        add(path.with(name), message);
    }

    /** A violation of the value at {@code path} itself (a list item, a record). */
    public void add(FieldPath path, String message) {
        add(path.toString(), message);
    }

    /** Whether a violation names this field already (a value the reader could not bind, say). */
    public boolean has(String field) {
        if (found != null) {
            for (Violation v : found) {
                if (v.field().equals(field)) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return found == null;
    }

    /** Throws the violations found, if any. */
    public void throwIfAny() {
        if (found != null) {
            throw exception();
        }
    }

    /**
     * Every violation, in the declaration order of {@code root}'s records (list items by index; equal paths in the
     * order found) and none left out: for the CDS Hooks readers, whose answers list them all.
     */
    public List<Violation> inOrderOf(RecordSchema root) {
        List<Violation> sorted = new ArrayList<>(found == null ? List.of() : found);
        sorted.sort(Comparator.comparing((Violation v) -> FieldOrder.key(root, v.field()), FieldOrder.KEYS));
        return sorted;
    }

    public InvalidIntakeException exception() {
        Map<String, Violation> unique = new LinkedHashMap<>();
        for (Violation v : found == null ? List.<Violation>of() : found) {
            unique.putIfAbsent(v.field() + "\u0000" + v.message(), v);
        }
        List<Violation> sorted = new ArrayList<>(unique.values());
        sorted.sort(Comparator.comparing((Violation v) -> FieldOrder.key(RecordSchema.of(root), v.field()), FieldOrder.KEYS)
                .thenComparing(Violation::field).thenComparing(Violation::message));
        int total = sorted.size();
        return new InvalidIntakeException(sorted.subList(0, Math.min(total, InputLimits.MAX_VIOLATIONS_LISTED)), total);
    }
}
