package org.mutualrecognition.decision.facts;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.type.Modifies;

/**
 * The host's deadline for one EU route (P-14): European Professional Card (Art. 4d, TRANSMITTED_TO_HOST + 1 or 2
 * months) or standard procedure (Art. 51, FILE_COMPLETE + 3 months), from procedural-deadlines.json. {@code end} is
 * the end of the period by calendar arithmetic, {@code deadline} the same moved off a weekend (Regulation 1182/71).
 * Extensions are granted by rules (rules/eu/procedure.drl) through {@link #extend}; {@code assessedOn} null means
 * the decision date (P-14.4). {@code started} is false when the event that starts the clock is missing.
 */
public final class ProcedureClock {
    private final String route;
    private final String kind;
    private final String deadlineId;
    private final String startEvent;
    private final LocalDate startOn;
    private final Period period;
    private final Period extensionPeriod;
    private final int maxExtensions;
    private final LocalDate assessedOn;
    private LocalDate end;
    private LocalDate deadline;
    private final List<Integer> usedExtensions = new ArrayList<>();

    public ProcedureClock(String route, String kind, String deadlineId, String startEvent, LocalDate startOn, Period period,
                          LocalDate end, LocalDate deadline, Period extensionPeriod, int maxExtensions, LocalDate assessedOn) {
        this.route = route;
        this.kind = kind;
        this.deadlineId = deadlineId;
        this.startEvent = startEvent;
        this.startOn = startOn;
        this.period = period;
        this.end = end;
        this.deadline = deadline;
        this.extensionPeriod = extensionPeriod;
        this.maxExtensions = maxExtensions;
        this.assessedOn = assessedOn;
    }

    /** Records an extension (event index) and the period end and deadline it gives. */
    @Modifies({"extensionsUsed", "end", "deadline"})
    public void extend(int eventIndex, LocalDate newEnd, LocalDate newDeadline) {
        usedExtensions.add(eventIndex);
        this.end = newEnd;
        this.deadline = newDeadline;
    }

    public boolean isStarted() { return startOn != null; }
    public boolean isUsed(int eventIndex) { return usedExtensions.contains(eventIndex); }
    public int getExtensionsUsed() { return usedExtensions.size(); }

    public String getRoute() { return route; }
    public String getKind() { return kind; }
    public String getDeadlineId() { return deadlineId; }
    public String getStartEvent() { return startEvent; }
    public LocalDate getStartOn() { return startOn; }
    public Period getPeriod() { return period; }
    public Period getExtensionPeriod() { return extensionPeriod; }
    public int getMaxExtensions() { return maxExtensions; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public LocalDate getEnd() { return end; }
    public LocalDate getDeadline() { return deadline; }
}
