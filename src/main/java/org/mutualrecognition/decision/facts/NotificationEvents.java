package org.mutualrecognition.decision.facts;

import java.time.LocalDate;

/**
 * The procedure facts an Automatic Mutual Recognition notification is judged on: the procedure kind, the earliest
 * {@code NOTIFIED} event and the earliest {@code STARTED_PRACTICE} event (null when the application has none).
 */
public final class NotificationEvents {
    private final String procedureKind;
    private final LocalDate firstNotifiedOn;
    private final LocalDate firstStartedPracticeOn;

    public NotificationEvents(String procedureKind, LocalDate firstNotifiedOn, LocalDate firstStartedPracticeOn) {
        this.procedureKind = procedureKind;
        this.firstNotifiedOn = firstNotifiedOn;
        this.firstStartedPracticeOn = firstStartedPracticeOn;
    }

    public String getProcedureKind() { return procedureKind; }
    public LocalDate getFirstNotifiedOn() { return firstNotifiedOn; }
    public LocalDate getFirstStartedPracticeOn() { return firstStartedPracticeOn; }
}
