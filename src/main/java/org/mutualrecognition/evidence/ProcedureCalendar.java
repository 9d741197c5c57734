package org.mutualrecognition.evidence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;

/**
 * Period rule of Regulation (EEC, Euratom) No 1182/71 as fixed by P-14.2: a period in months ends on the same day
 * number of the end month (its last day when that day does not exist: {@link LocalDate#plus}); a period ending on a
 * Saturday or Sunday ends on the following Monday. Public holidays are not modelled (P-24).
 */
public final class ProcedureCalendar {

    private ProcedureCalendar() {
    }

    /** The calendar end of a period starting on {@code start}. */
    public static LocalDate end(LocalDate start, Period period) {
        return start.plus(period);
    }

    /** The day the period ends on: Saturday and Sunday move to the following Monday. */
    public static LocalDate offWeekend(LocalDate end) {
        if (end.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return end.plusDays(2);
        }
        if (end.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return end.plusDays(1);
        }
        return end;
    }
}
