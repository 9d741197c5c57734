package org.mutualrecognition.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A period of practice with both days inclusive (P-06.1) and its full-time equivalent ({@code fte}, 1 for full
 * time). An ongoing period is built with {@code to} = {@code submittedOn}, see
 * {@link TimeArithmetic#endOrSubmitted(LocalDate, LocalDate)}.
 */
public record Period(LocalDate from, LocalDate to, BigDecimal fte) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(fte, "fte");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
        }
        if (fte.signum() <= 0) {
            throw new IllegalArgumentException("fte must be positive, was " + fte);
        }
    }

    /** A full-time period ({@code fte} = 1). */
    public static Period fullTime(LocalDate from, LocalDate to) {
        return new Period(from, to, BigDecimal.ONE);
    }

    /** Calendar days of the period, both ends included (P-06.1). */
    public long days() {
        return TimeArithmetic.days(from, to);
    }
}
