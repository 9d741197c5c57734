package org.mutualrecognition.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One merged ("consecutive", "continuous") period of P-06.2: from the first day of its earliest part to the last
 * day of its latest part, with the parts it was merged from (sorted by {@code from}).
 */
public record MergedPeriod(LocalDate from, LocalDate to, List<Period> parts) {

    public MergedPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a merged period has at least one part");
        }
    }

    /** True when every part is full time ({@code fte} = 1): then the calendar rule of P-06.3 measures it. */
    public boolean fullTime() {
        return parts.stream().allMatch(p -> p.fte().compareTo(BigDecimal.ONE) == 0);
    }
}
