package org.mutualrecognition.evidence;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact fraction of two non-negative quantities (policy P-07.1) and its decimal forms.
 *
 * <p>A decision table compares numbers, not fractions. A fraction such as 82/402 has no finite decimal form, so the
 * value handed to a table is the fraction rounded to 34 significant digits <em>towards the side that keeps the
 * table's comparison exact</em>: for tests of the form {@code <= t}, {@code > t} and {@code = 0} the value is rounded
 * up ({@link #forUpperBounds()}: ceil(x) &lt;= t iff x &lt;= t whenever t has fewer digits than the rounding keeps);
 * for tests of the form {@code >= t} and {@code < t} it is rounded down ({@link #forLowerBounds()}). A fraction with a
 * finite decimal form (80/400 = 0.2) is passed unchanged either way. Display strings follow P-07.2.
 */
public record ExactRatio(BigDecimal numerator, BigDecimal denominator) {

    private static final MathContext UP = new MathContext(34, RoundingMode.CEILING);
    private static final MathContext DOWN = new MathContext(34, RoundingMode.FLOOR);

    public ExactRatio {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
    }

    public static ExactRatio of(BigDecimal numerator, BigDecimal denominator) {
        return new ExactRatio(numerator, denominator);
    }

    /** The fraction for a table whose tests are {@code <= t}, {@code > t}, {@code = 0} (rounded up at digit 34). */
    public BigDecimal forUpperBounds() {
        return numerator.divide(denominator, UP);
    }

    /** The fraction for a table whose tests are {@code >= t}, {@code < t} (rounded down at digit 34). */
    public BigDecimal forLowerBounds() {
        return numerator.divide(denominator, DOWN);
    }

    /** P-07.2: HALF_EVEN to 5 decimal places, trailing zeros removed, "0" for zero (82/402 -> "0.20398"). */
    public String display() {
        return display(numerator.divide(denominator, 5, RoundingMode.HALF_EVEN));
    }

    /** P-07.2 display of a decimal (a tolerance such as 0.2 -> "0.2"). */
    public static String display(BigDecimal value) {
        BigDecimal rounded = value.setScale(5, RoundingMode.HALF_EVEN);
        return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
    }

    /** "numerator/denominator" for reasons, e.g. "80/400". */
    @Override
    public String toString() {
        return plain(numerator) + "/" + plain(denominator);
    }

    public static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** A quantity without trailing zeros and never in exponent form (80, not 8E+1; 12.5, not 12.50). */
    public static BigDecimal plainNumber(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
