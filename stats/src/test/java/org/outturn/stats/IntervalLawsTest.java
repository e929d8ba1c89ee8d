package org.outturn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outturn.stats.Confidence.NINETY_FIVE;
import static org.outturn.stats.Confidence.NINETY_NINE_POINT_EIGHT;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.outturn.core.ConfidenceInterval;

/**
 * Laws every interval method keeps, over seeded random inputs (the seed is printed in each
 * assertion's description): the interval contains the estimate, the 99.8% interval contains the
 * 95% one, and both limits rise with the numerator.
 */
final class IntervalLawsTest {

    private static final long SEED = 20_261_201L;
    private static final int CASES = 300;

    private static final StandardPopulation TWO_BANDS = StandardPopulation.of("Two bands",
            Map.of("0-64", BigDecimal.valueOf(80_000), "65+", BigDecimal.valueOf(20_000)));

    static Stream<Arguments> methods() {
        return Stream.of(
                Arguments.of("wilson of 5000", 5000L,
                        (LongFunction<Estimate>) o -> Proportions.wilsonPercentage(o, 5000, NINETY_FIVE, NINETY_NINE_POINT_EIGHT)),
                Arguments.of("crude rate", 3000L,
                        (LongFunction<Estimate>) o -> Rates.crude(o, 250_000, 100_000, NINETY_FIVE, NINETY_NINE_POINT_EIGHT)),
                Arguments.of("standardised ratio", 3000L,
                        (LongFunction<Estimate>) o -> StandardisedRatios.indirect(o,
                                List.of(ReferenceBand.of("all", 40_000, 900, 100_000)), 100, NINETY_FIVE, NINETY_NINE_POINT_EIGHT)),
                Arguments.of("dsr", 3000L, (LongFunction<Estimate>) o -> StandardisedRates.direct(List.of(
                        BandCounts.of("0-64", o / 3, 50_000), BandCounts.of("65+", o - o / 3, 8_000)),
                        TWO_BANDS, 100_000, NINETY_FIVE, NINETY_NINE_POINT_EIGHT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void intervals_containTheEstimate_nest_andRiseWithTheNumerator(String name, long maximum,
            LongFunction<Estimate> method) {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(SEED);
        for (int i = 0; i < CASES; i++) {
            long numerator = random.nextLong(maximum);
            String where = name + ", numerator " + numerator + ", seed " + SEED;
            Estimate estimate = method.apply(numerator);
            Estimate next = method.apply(numerator + 1);
            if (!estimate.isComputable()) {
                assertThat(estimate.notComputable().orElseThrow()).as(where)
                        .isIn(NotComputableReason.FEWER_THAN_MINIMUM_EVENTS, NotComputableReason.ZERO_EVENTS);
                continue;
            }
            ConfidenceInterval narrow = estimate.interval(NINETY_FIVE).orElseThrow();
            ConfidenceInterval wide = estimate.interval(NINETY_NINE_POINT_EIGHT).orElseThrow();
            assertThat(narrow.contains(estimate.value().orElseThrow())).as(where).isTrue();
            assertThat(wide.contains(narrow)).as(where).isTrue();
            assertThat(width(wide)).as(where).isGreaterThan(width(narrow));
            ConfidenceInterval higher = next.interval(NINETY_FIVE).orElseThrow();
            assertThat(higher.lowerInclusive()).as(where).isGreaterThanOrEqualTo(narrow.lowerInclusive());
            assertThat(higher.upperInclusive()).as(where).isGreaterThan(narrow.upperInclusive());
        }
    }

    private static BigDecimal width(ConfidenceInterval interval) {
        return interval.upperInclusive().subtract(interval.lowerInclusive());
    }
}
