package org.mutualrecognition.decision.facts;

/** Whether the host regulates the occupation (P-23.3): a record of regulation-status.json, or taken as regulated. */
public final class HostRegulation {
    private final boolean regulated;
    private final boolean recorded;

    public HostRegulation(boolean regulated, boolean recorded) {
        this.regulated = regulated;
        this.recorded = recorded;
    }

    public boolean isRegulated() { return regulated; }
    public boolean isRecorded() { return recorded; }
}
