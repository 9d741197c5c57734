package org.mutualrecognition.decision.facts;

/**
 * Days of full-time practice Art. 13(2) requires for a route under the text version in force, set by the spreadsheet
 * decision table rules/eu/art13-2-required-practice.drl.csv.
 */
public final class RequiredPractice {
    private final RouteOutcome route;
    private final int days;

    public RequiredPractice(RouteOutcome route, int days) {
        this.route = route;
        this.days = days;
    }

    public RouteOutcome getRoute() { return route; }
    public int getDays() { return days; }
}
