package org.mutualrecognition.decision.facts;

/**
 * Whether the host regulates the occupation (P-23.3): a record of regulation-status.json, or taken as regulated. A value:
 * every EU route's preparer adds it, and the decision inserts equal facts once.
 */
public final class HostRegulation {
    private final boolean regulated;
    private final boolean recorded;

    public HostRegulation(boolean regulated, boolean recorded) {
        this.regulated = regulated;
        this.recorded = recorded;
    }

    public boolean isRegulated() { return regulated; }
    public boolean isRecorded() { return recorded; }

    @Override
    public boolean equals(Object o) {
        return o instanceof HostRegulation other && regulated == other.regulated && recorded == other.recorded;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(regulated) * 31 + Boolean.hashCode(recorded);
    }
}
