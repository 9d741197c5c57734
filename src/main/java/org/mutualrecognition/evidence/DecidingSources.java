package org.mutualrecognition.evidence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * P-04.1 for a matter amount summed over the applicant's qualifications (P-12.4): which of the qualifications whose
 * evidence is not established can decide whether the amount reaches its threshold. Each may turn out verified or not,
 * so a qualification decides when, for some outcome of the others' verification, the verdict with its amount differs
 * from the verdict without it; one that never does is not needed, whatever the others show. Example: 80 ECTS
 * established against a minimum of 90, two pending qualifications adding 10 and 5: the first decides (80 or 85 below,
 * 90 or 95 met), the second never does.
 *
 * <p>The amounts only add, so nothing decides unless the established amount falls short and the amount with every
 * qualification does not. Every combination of the others is tried; above {@link #MAX_COMBINED} unverified
 * qualifications for one matter, each with a positive amount is kept (asking for one too many is the safe side).
 */
public final class DecidingSources {

    static final int MAX_COMBINED = 12;

    private DecidingSources() {
    }

    /**
     * The pointers of {@code unverified} (pointer → that qualification's amount for the matter, in the order they
     * appear) that can decide {@code met} on the established amount plus the amounts of the qualifications verified.
     */
    public static List<String> of(BigDecimal established, LinkedHashMap<String, BigDecimal> unverified,
                                  Predicate<BigDecimal> met) {
        BigDecimal total = established;
        for (BigDecimal amount : unverified.values()) {
            total = total.add(amount);
        }
        if (met.test(established) || !met.test(total)) {
            return List.of();
        }
        List<String> pointers = new ArrayList<>(unverified.keySet());
        List<BigDecimal> amounts = new ArrayList<>(unverified.values());
        if (pointers.size() > MAX_COMBINED) {
            List<String> positive = new ArrayList<>();
            unverified.forEach((pointer, amount) -> {
                if (amount.signum() > 0) {
                    positive.add(pointer);
                }
            });
            return positive;
        }
        BigDecimal[] sums = new BigDecimal[1 << pointers.size()]; // established plus the amounts of the sources in the mask
        sums[0] = established;
        for (int mask = 1; mask < sums.length; mask++) {
            sums[mask] = sums[mask & (mask - 1)].add(amounts.get(Integer.numberOfTrailingZeros(mask)));
        }
        List<String> deciding = new ArrayList<>();
        for (int i : indices(pointers.size(), mask -> met.test(sums[mask]))) {
            deciding.add(pointers.get(i));
        }
        return deciding;
    }

    /**
     * The same for any measure: of {@code n} sources not established, the indices of those that decide
     * {@code metWith}, which judges the measure with the sources whose bits are set in its argument (bit i: source i
     * verified) besides the established facts. A source decides when, for some outcome of the others, the verdict with
     * it differs from the verdict without it, in either direction. Above {@link #MAX_COMBINED} sources every index is
     * returned.
     */
    public static List<Integer> indices(int n, IntPredicate metWith) {
        List<Integer> deciding = new ArrayList<>();
        if (n > MAX_COMBINED) {
            for (int i = 0; i < n; i++) {
                deciding.add(i);
            }
            return deciding;
        }
        boolean[] met = new boolean[1 << n];
        for (int mask = 0; mask < met.length; mask++) {
            met[mask] = metWith.test(mask);
        }
        for (int i = 0; i < n; i++) {
            int bit = 1 << i;
            for (int mask = 0; mask < met.length; mask++) {
                if ((mask & bit) == 0 && met[mask] != met[mask | bit]) {
                    deciding.add(i);
                    break;
                }
            }
        }
        return deciding;
    }

    /** Adds {@code amount} to the amount of {@code pointer} (a qualification may list one matter more than once). */
    static void add(Map<String, BigDecimal> unverified, String pointer, BigDecimal amount) {
        unverified.merge(pointer, amount, BigDecimal::add);
    }
}
