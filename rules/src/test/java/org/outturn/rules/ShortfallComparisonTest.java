package org.outturn.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outturn.rules.Fixtures.d;
import static org.outturn.rules.Fixtures.rate;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Target;

/**
 * {@link Tolerances#compareShortfall} decides as the allowance did before it: the sign of
 * {@code shortfall - allowance}, both built in full. The old formula is kept here, beside the new
 * decision, and the two are compared on random and on boundary cases.
 */
final class ShortfallComparisonTest {

    private static final long SEED = 20261202L;

    /** The decision before: build the shortfall and the allowance, then compare them. */
    private static int oldDecision(Tolerance tolerance, boolean higherIsBetter, BigDecimal value, BigDecimal reference) {
        BigDecimal shortfall = higherIsBetter ? reference.subtract(value) : value.subtract(reference);
        BigDecimal allowance;
        if (tolerance instanceof Tolerances.Relative relative) {
            allowance = reference.abs().multiply(relative.percent()).movePointLeft(2);
        } else if (tolerance instanceof Tolerances.Absolute absolute) {
            allowance = absolute.amount();
        } else {
            allowance = BigDecimal.ZERO;
        }
        return Integer.signum(shortfall.compareTo(allowance));
    }

    /** A decimal of up to 7 digits and 0 to 4 decimal places, negative one time in four, zero one in ten. */
    private static BigDecimal decimal(SplittableRandom random) {
        return Fixtures.randomDecimal(random, 10, 10_000_000, 4, 5);
    }

    private static Tolerance tolerance(SplittableRandom random) {
        return Fixtures.randomTolerance(random, 10_001);
    }

    @Test
    void compareShortfall_agreesWithTheOldDecision_onRandomTriples() {
        SplittableRandom random = new SplittableRandom(SEED);
        int onEdge = 0;
        for (int i = 0; i < 100_000; i++) {
            BigDecimal reference = decimal(random);
            Tolerance tolerance = tolerance(random);
            boolean higher = random.nextBoolean();
            BigDecimal value;
            if (random.nextInt(3) == 0) {
                // Exactly on the red edge, or one unit of the last place either side of it.
                BigDecimal allowance = tolerance.allowance(reference);
                BigDecimal edge = higher ? reference.subtract(allowance) : reference.add(allowance);
                value = edge.add(BigDecimal.valueOf(random.nextInt(3) - 1, edge.scale() + random.nextInt(2)));
            } else {
                value = decimal(random);
            }
            int expected = oldDecision(tolerance, higher, value, reference);
            onEdge += expected == 0 ? 1 : 0;
            assertThat(Tolerances.compareShortfall(tolerance, higher, value, reference))
                    .as("seed %d, case %d: %s, %s, value %s, reference %s", SEED, i, tolerance,
                            higher ? "higher is better" : "lower is better", value, reference)
                    .isEqualTo(expected);
        }
        assertThat(onEdge).as("cases exactly on an edge").isGreaterThan(5_000);
    }

    @Test
    void compareShortfall_customTolerance_asksForTheAllowance() {
        Tolerance tenth = reference -> new BigDecimal("0.1");
        assertThat(Tolerances.compareShortfall(tenth, true, d("9.9"), d("10"))).isZero();
        assertThat(Tolerances.compareShortfall(tenth, true, d("9.91"), d("10"))).isNegative();
        assertThat(Tolerances.compareShortfall(tenth, false, d("10.11"), d("10"))).isPositive();
    }

    /**
     * The edges of the seed rule under a relative 5% tolerance (Green at or better than the target, Red at
     * 5% or more short), on, just inside and just outside each, for both polarities and for positive, zero
     * and negative targets. The 5% of 71.4 is 3.57, of -0.07 is 0.0035, of 0 is nothing.
     */
    static Stream<Arguments> relativeEdges() {
        return Stream.of(
                // higher is better, target 71.4: Green from 71.4, Red at 67.83 and below
                Arguments.of(Polarity.HIGHER_IS_BETTER, "71.4", "71.41", Rag.GREEN),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "71.4", "71.40", Rag.GREEN),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "71.4", "71.39", Rag.AMBER),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "71.4", "67.831", Rag.AMBER),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "71.4", "67.83", Rag.RED),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "71.4", "67.829", Rag.RED),
                // lower is better, target 71.4: Green up to 71.4, Red at 74.97 and above
                Arguments.of(Polarity.LOWER_IS_BETTER, "71.4", "71.39", Rag.GREEN),
                Arguments.of(Polarity.LOWER_IS_BETTER, "71.4", "71.4", Rag.GREEN),
                Arguments.of(Polarity.LOWER_IS_BETTER, "71.4", "71.41", Rag.AMBER),
                Arguments.of(Polarity.LOWER_IS_BETTER, "71.4", "74.969", Rag.AMBER),
                Arguments.of(Polarity.LOWER_IS_BETTER, "71.4", "74.97", Rag.RED),
                Arguments.of(Polarity.LOWER_IS_BETTER, "71.4", "74.971", Rag.RED),
                // higher is better, target -0.07 (a Progress 8 score): Red at -0.0735 and below
                Arguments.of(Polarity.HIGHER_IS_BETTER, "-0.07", "-0.0699", Rag.GREEN),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "-0.07", "-0.07", Rag.GREEN),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "-0.07", "-0.0701", Rag.AMBER),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "-0.07", "-0.07349", Rag.AMBER),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "-0.07", "-0.0735", Rag.RED),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "-0.07", "-0.07351", Rag.RED),
                // lower is better, target -0.07: Red at -0.0665 and above
                Arguments.of(Polarity.LOWER_IS_BETTER, "-0.07", "-0.0701", Rag.GREEN),
                Arguments.of(Polarity.LOWER_IS_BETTER, "-0.07", "-0.070", Rag.GREEN),
                Arguments.of(Polarity.LOWER_IS_BETTER, "-0.07", "-0.0699", Rag.AMBER),
                Arguments.of(Polarity.LOWER_IS_BETTER, "-0.07", "-0.06651", Rag.AMBER),
                Arguments.of(Polarity.LOWER_IS_BETTER, "-0.07", "-0.0665", Rag.RED),
                Arguments.of(Polarity.LOWER_IS_BETTER, "-0.07", "-0.06649", Rag.RED),
                // target 0: no room for Amber, so Green on or better than it and Red just short of it
                Arguments.of(Polarity.HIGHER_IS_BETTER, "0", "0.001", Rag.GREEN),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "0", "0.00", Rag.GREEN),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "0", "-0.001", Rag.RED),
                Arguments.of(Polarity.LOWER_IS_BETTER, "0", "-0.001", Rag.GREEN),
                Arguments.of(Polarity.LOWER_IS_BETTER, "0", "0", Rag.GREEN),
                Arguments.of(Polarity.LOWER_IS_BETTER, "0", "0.001", Rag.RED));
    }

    @ParameterizedTest
    @MethodSource("relativeEdges")
    void tolerance_relativeFivePercent_edges(Polarity polarity, String target, String value, Rag expected) {
        RagStrategy strategy = RagStrategies.tolerance(Tolerances.relative(d("5")));
        assertThat(rate(strategy, polarity, Target.single(d(target)), value).rag()).contains(expected);
    }

    /** The same edges under an absolute tolerance of 1.5: Red from 1.5 short of the target. */
    static Stream<Arguments> absoluteEdges() {
        return Stream.of(
                Arguments.of(Polarity.HIGHER_IS_BETTER, "10", "10", Rag.GREEN),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "10", "9.99", Rag.AMBER),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "10", "8.51", Rag.AMBER),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "10", "8.5", Rag.RED),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "10", "8.49", Rag.RED),
                Arguments.of(Polarity.LOWER_IS_BETTER, "10", "10", Rag.GREEN),
                Arguments.of(Polarity.LOWER_IS_BETTER, "10", "10.01", Rag.AMBER),
                Arguments.of(Polarity.LOWER_IS_BETTER, "10", "11.49", Rag.AMBER),
                Arguments.of(Polarity.LOWER_IS_BETTER, "10", "11.5", Rag.RED),
                Arguments.of(Polarity.LOWER_IS_BETTER, "10", "11.51", Rag.RED),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "0", "-1.49", Rag.AMBER),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "0", "-1.5", Rag.RED),
                Arguments.of(Polarity.LOWER_IS_BETTER, "-1", "0.49", Rag.AMBER),
                Arguments.of(Polarity.LOWER_IS_BETTER, "-1", "0.5", Rag.RED));
    }

    @ParameterizedTest
    @MethodSource("absoluteEdges")
    void tolerance_absolute_edges(Polarity polarity, String target, String value, Rag expected) {
        RagStrategy strategy = RagStrategies.tolerance(Tolerances.absolute(d("1.5")));
        assertThat(rate(strategy, polarity, Target.single(d(target)), value).rag()).contains(expected);
    }

    /** A band 10 - 20 with an absolute margin of 2: Red at 2 outside either bound, for a band polarity. */
    static Stream<Arguments> bandEdges() {
        return Stream.of(
                Arguments.of(Polarity.WITHIN_BAND, "10", Rag.GREEN),
                Arguments.of(Polarity.WITHIN_BAND, "9.99", Rag.AMBER),
                Arguments.of(Polarity.WITHIN_BAND, "8.01", Rag.AMBER),
                Arguments.of(Polarity.WITHIN_BAND, "8", Rag.RED),
                Arguments.of(Polarity.WITHIN_BAND, "20", Rag.GREEN),
                Arguments.of(Polarity.WITHIN_BAND, "20.01", Rag.AMBER),
                Arguments.of(Polarity.WITHIN_BAND, "21.99", Rag.AMBER),
                Arguments.of(Polarity.WITHIN_BAND, "22", Rag.RED),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "8.01", Rag.AMBER),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "8", Rag.RED),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "22", Rag.GREEN),
                Arguments.of(Polarity.LOWER_IS_BETTER, "21.99", Rag.AMBER),
                Arguments.of(Polarity.LOWER_IS_BETTER, "22", Rag.RED),
                Arguments.of(Polarity.LOWER_IS_BETTER, "8", Rag.GREEN));
    }

    @ParameterizedTest
    @MethodSource("bandEdges")
    void band_absoluteMargin_edges(Polarity polarity, String value, Rag expected) {
        RagStrategy strategy = RagStrategies.band(Tolerances.absolute(d("2")));
        assertThat(rate(strategy, polarity, Target.band(d("10"), d("20")), value).rag()).contains(expected);
    }
}
