package org.outturn.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.outturn.core.Polarity;

/**
 * Assigns a set of areas to quantiles (deciles, quintiles, quartiles, or any number) by the rule
 * Fingertips uses, PHEindicatormethods' {@code phe_quantile}:
 * <pre>
 *   n        = the number of areas with a value (areas without one get no quantile)
 *   adjusted = max - value when the highest values go to quantile 1, else value
 *   rank     = the rank of the adjusted value, ascending, ties taking the lowest rank ("min")
 *   quantile = (q + 1) - ceil((n + 1 - rank) / (n / q))
 * </pre>
 * and no area gets a quantile when fewer areas have a value than there are quantiles. Tied values
 * always share a quantile. The arithmetic is exact ({@code ceil((n + 1 - rank) * q / n)} in integers), so
 * that no area falls across a boundary by rounding.
 *
 * <p>With a polarity, quantile 1 is the best: the highest values for {@link Polarity#HIGHER_IS_BETTER},
 * the lowest for {@link Polarity#LOWER_IS_BETTER}; without a direction ({@link Polarity#NONE},
 * {@link Polarity#WITHIN_BAND}) quantile 1 holds the lowest values.
 *
 * <pre>{@code
 * Quantiles.assign(values, Quantiles.QUINTILES, Polarity.LOWER_IS_BETTER);   // 1 = lowest fifth, best
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Quantiles {

    /** Ten quantiles. */
    public static final int DECILES = 10;
    /** Five quantiles. */
    public static final int QUINTILES = 5;
    /** Four quantiles. */
    public static final int QUARTILES = 4;

    private Quantiles() {
    }

    /**
     * Assigns areas to quantiles, quantile 1 being the best for a directional polarity.
     *
     * @param values  the areas' values in any order, empty for an area without one, not null
     * @param quantiles  the number of quantiles, at least 1
     * @param polarity  the indicator's polarity, not null
     * @return each area's quantile, 1 to {@code quantiles}, in the order of {@code values}; empty for an
     *     area without a value, and for every area when fewer areas than quantiles have a value
     * @throws IllegalArgumentException if {@code quantiles} is less than 1, as in
     *     {@code Invalid value for quantiles (valid values 1 or more): 0}
     */
    public static List<OptionalInt> assign(List<Optional<BigDecimal>> values, int quantiles, Polarity polarity) {
        Objects.requireNonNull(polarity, "polarity");
        return assign(values, quantiles, polarity == Polarity.HIGHER_IS_BETTER);
    }

    /**
     * Assigns areas to quantiles, as {@code phe_quantile} with {@code invert} = {@code highestFirst}.
     *
     * @param values  the areas' values in any order, empty for an area without one, not null
     * @param quantiles  the number of quantiles, at least 1
     * @param highestFirst  whether the highest values go to quantile 1 ({@code phe_quantile}'s default)
     * @return each area's quantile, in the order of {@code values}, as
     *     {@link #assign(List, int, Polarity)}
     * @throws IllegalArgumentException if {@code quantiles} is less than 1
     */
    public static List<OptionalInt> assign(List<Optional<BigDecimal>> values, int quantiles, boolean highestFirst) {
        Objects.requireNonNull(values, "values");
        if (quantiles < 1) {
            throw Checks.invalid("quantiles", "valid values 1 or more", quantiles);
        }
        List<BigDecimal> present = new ArrayList<>();
        for (Optional<BigDecimal> value : values) {
            Objects.requireNonNull(value, "values").ifPresent(present::add);
        }
        int n = present.size();
        List<OptionalInt> result = new ArrayList<>(values.size());
        for (Optional<BigDecimal> value : values) {
            if (value.isEmpty() || n < quantiles) {
                result.add(OptionalInt.empty());
                continue;
            }
            // rank with ties at the lowest rank: 1 + the number of areas strictly before this one
            int before = 0;
            for (BigDecimal other : present) {
                int order = other.compareTo(value.get());
                if (highestFirst ? order > 0 : order < 0) {
                    before++;
                }
            }
            long rank = before + 1L;
            long steps = ceilDiv((n + 1 - rank) * quantiles, n);
            result.add(OptionalInt.of((int) Math.max(1, quantiles + 1 - steps)));
        }
        return List.copyOf(result);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
