package org.mutualrecognition.decision.facts;

import java.time.LocalDate;

/** A procedure event of the application ({@code procedure.events[index]}), for the clock of one route (P-14). */
public final class ProcedureEvent {
    private final String route;
    private final int index;
    private final String event;
    private final LocalDate on;

    public ProcedureEvent(String route, int index, String event, LocalDate on) {
        this.route = route;
        this.index = index;
        this.event = event;
        this.on = on;
    }

    public String getRoute() { return route; }
    public int getIndex() { return index; }
    public String getEvent() { return event; }
    public LocalDate getOn() { return on; }
}
