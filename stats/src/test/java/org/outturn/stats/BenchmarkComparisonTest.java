package org.outturn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.outturn.core.CalendarYear;
import org.outturn.core.ConfidenceInterval;
import org.outturn.core.ConfidenceLevel;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;

final class BenchmarkComparisonTest {

    /** Bexley's smoking prevalence 2022 from the Fingertips export: 9.8%, 95% limits 7.4 - 12.2. */
    private static final ConfidenceInterval INTERVAL = ConfidenceInterval.of(new BigDecimal("7.4"),
            new BigDecimal("12.2"));

    /** On, just inside and just outside each limit, for each polarity. */
    static Stream<Arguments> edges() {
        return Stream.of(
                Arguments.of("12.21", Polarity.LOWER_IS_BETTER, Comparison.BETTER),
                Arguments.of("12.20", Polarity.LOWER_IS_BETTER, Comparison.SIMILAR),
                Arguments.of("12.19", Polarity.LOWER_IS_BETTER, Comparison.SIMILAR),
                Arguments.of("7.41", Polarity.LOWER_IS_BETTER, Comparison.SIMILAR),
                Arguments.of("7.40", Polarity.LOWER_IS_BETTER, Comparison.SIMILAR),
                Arguments.of("7.39", Polarity.LOWER_IS_BETTER, Comparison.WORSE),
                Arguments.of("12.21", Polarity.HIGHER_IS_BETTER, Comparison.WORSE),
                Arguments.of("12.2", Polarity.HIGHER_IS_BETTER, Comparison.SIMILAR),
                Arguments.of("7.4", Polarity.HIGHER_IS_BETTER, Comparison.SIMILAR),
                Arguments.of("7.39", Polarity.HIGHER_IS_BETTER, Comparison.BETTER),
                Arguments.of("12.21", Polarity.NONE, Comparison.LOWER),
                Arguments.of("12.2", Polarity.NONE, Comparison.SIMILAR),
                Arguments.of("7.39", Polarity.NONE, Comparison.HIGHER),
                Arguments.of("7.39", Polarity.WITHIN_BAND, Comparison.HIGHER));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("edges")
    void of_benchmarkAgainstLimits_comparesInclusively(String benchmark, Polarity polarity, Comparison expected) {
        BenchmarkComparison comparison = BenchmarkComparison.of(INTERVAL, new BigDecimal(benchmark), polarity,
                Confidence.NINETY_FIVE);
        assertThat(comparison.comparison()).isEqualTo(expected);
        assertThat(comparison.isCompared()).isTrue();
        assertThat(comparison.benchmark()).contains(new BigDecimal(benchmark));
    }

    @Test
    void comparison_rag_isGreenAmberRedForBetterSimilarWorse() {
        assertThat(Comparison.BETTER.rag()).contains(org.outturn.core.Rag.GREEN);
        assertThat(Comparison.SIMILAR.rag()).contains(org.outturn.core.Rag.AMBER);
        assertThat(Comparison.WORSE.rag()).contains(org.outturn.core.Rag.RED);
        assertThat(Comparison.HIGHER.rag()).isEmpty();
        assertThat(Comparison.NOT_COMPARED.rag()).isEmpty();
        assertThat(Comparison.NOT_COMPARED.displayName()).isEqualTo("Not compared");
    }

    @Test
    void ofOutturn_bothLevels_comparesEachAndSaysWhyNot() {
        Outturn outturn = Outturn.builder().period(CalendarYear.of(2022)).value(new BigDecimal("9.8"))
                .putConfidenceIntervals(ConfidenceLevel.NINETY_FIVE, INTERVAL).build();
        var comparisons = BenchmarkComparison.ofOutturn(outturn, Optional.of(new BigDecimal("12.7")),
                Polarity.LOWER_IS_BETTER, ConfidenceLevel.NINETY_FIVE, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        assertThat(comparisons).extracting(BenchmarkComparison::comparison)
                .containsExactly(Comparison.BETTER, Comparison.NOT_COMPARED);
        assertThat(comparisons.get(0)).hasToString("Better at 95%: 7.4 - 12.2 against 12.7");
        assertThat(comparisons.get(1).reason()).contains("no 99.8% confidence interval for 2022");
        assertThat(BenchmarkComparison.ofOutturn(outturn, Optional.empty(), Polarity.LOWER_IS_BETTER,
                ConfidenceLevel.NINETY_FIVE).get(0)).hasToString("Not compared at 95%: no benchmark value for 2022");
    }

    @Test
    void ofOutturn_noLevel_isRefused() {
        Outturn outturn = Outturn.of(CalendarYear.of(2022), BigDecimal.ONE);
        assertThatThrownBy(() -> BenchmarkComparison.ofOutturn(outturn, Optional.empty(), Polarity.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for levels (at least one level): none");
    }

    @Test
    void of_null_failsWithTheParameterName() {
        assertThatThrownBy(() -> BenchmarkComparison.of(null, BigDecimal.ONE, Polarity.NONE, Confidence.NINETY_FIVE))
                .isInstanceOf(NullPointerException.class).hasMessage("interval");
        assertThatThrownBy(() -> BenchmarkComparison.notCompared(Confidence.NINETY_FIVE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("reason");
    }

    /**
     * A better interval never compares worse: moving an interval (and so the outturn) towards the better side,
     * by a random amount, never turns Better into Similar or Similar into Worse, for both polarities.
     */
    @Test
    void of_betterInterval_neverComparesWorse() {
        long seed = System.nanoTime();
        java.util.Random random = new java.util.Random(seed);
        List<Comparison> order = List.of(Comparison.WORSE, Comparison.SIMILAR, Comparison.BETTER);
        for (int i = 0; i < 10_000; i++) {
            BigDecimal lower = BigDecimal.valueOf(random.nextInt(2000), 1);
            BigDecimal upper = lower.add(BigDecimal.valueOf(random.nextInt(300), 1));
            BigDecimal benchmark = BigDecimal.valueOf(random.nextInt(2300), 1);
            BigDecimal shift = BigDecimal.valueOf(random.nextInt(300), 1);
            for (Polarity polarity : List.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER)) {
                BigDecimal signed = polarity == Polarity.HIGHER_IS_BETTER ? shift : shift.negate();
                Comparison before = BenchmarkComparison.of(ConfidenceInterval.of(lower, upper), benchmark, polarity,
                        Confidence.NINETY_FIVE).comparison();
                Comparison after = BenchmarkComparison.of(ConfidenceInterval.of(lower.add(signed), upper.add(signed)),
                        benchmark, polarity, Confidence.NINETY_FIVE).comparison();
                assertThat(order.indexOf(after)).as("seed %d: %s - %s vs %s, shift %s, %s", seed, lower, upper,
                        benchmark, signed, polarity).isGreaterThanOrEqualTo(order.indexOf(before));
            }
        }
    }

    @Test
    void equals_ignoresScale() {
        assertThat(BenchmarkComparison.of(INTERVAL, new BigDecimal("12.70"), Polarity.LOWER_IS_BETTER,
                Confidence.NINETY_FIVE)).isEqualTo(BenchmarkComparison.of(INTERVAL, new BigDecimal("12.7"),
                        Polarity.LOWER_IS_BETTER, Confidence.NINETY_FIVE))
                .hasSameHashCodeAs(BenchmarkComparison.of(INTERVAL, new BigDecimal("12.7"),
                        Polarity.LOWER_IS_BETTER, Confidence.NINETY_FIVE));
    }
}
