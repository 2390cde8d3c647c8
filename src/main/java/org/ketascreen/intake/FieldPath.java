package org.ketascreen.intake;

/**
 * Where a value sits in the request, as the v1 field path {@code treatments.preventive[1].trialWeeks}.
 * Readers pass these down as they descend; the string is built only when a violation names it.
 */
public final class FieldPath {

    /** The request itself. */
    public static final FieldPath ROOT = new FieldPath(null, null, -1);

    private final FieldPath parent;
    private final String name;
    private final int index;

    private FieldPath(FieldPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /** The property {@code name} of the record at this path. */
    public FieldPath child(String name) {
        return new FieldPath(this, name, -1);
    }

    /** Item {@code index} of the list at this path. */
    public FieldPath item(int index) {
        return new FieldPath(this, null, index);
    }

    public boolean isRoot() {
        return parent == null;
    }

    /** The dotted path of property {@code name} of the record at this path. */
    public String with(String name) {
        return isRoot() ? name : this + "." + name;
    }

    @Override
    public String toString() {
        if (isRoot()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        append(sb);
        return sb.toString();
    }

    private void append(StringBuilder sb) {
        if (parent.isRoot()) {
            sb.append(name);
            return;
        }
        parent.append(sb);
        if (name == null) {
            sb.append('[').append(index).append(']');
        } else {
            sb.append('.').append(name);
        }
    }
}
