package org.outturn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outturn.stats.Confidence.NINETY_FIVE;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

final class StandardisedRatiosTest {

    // Expected events: 0-64 10,000 x 1,000 / 1,000,000 = 10; 65+ 2,000 x 15,000 / 2,000,000 = 15; E = 25.
    private static final List<ReferenceBand> BANDS = List.of(
            ReferenceBand.of("0-64", 10_000, 1_000, 1_000_000), ReferenceBand.of("65+", 2_000, 15_000, 2_000_000));

    // O = 30: ratio 30 / 25 = 1.2; Byars(30) = 20.236939 - 42.828372, over 25: 0.809478 - 1.713135.
    @Test
    void indirect_thirtyObserved_givesByarsRatio() {
        Estimate estimate = StandardisedRatios.indirect(30, BANDS, 1, NINETY_FIVE);

        assertThat(estimate.method()).isEqualTo(IntervalMethod.BYARS);
        assertThat(estimate.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.2"));
        assertThat(estimate.denominator()).hasValueSatisfying(e -> assertThat(e).isEqualByComparingTo("25"));
        Expect.limits(estimate, NINETY_FIVE, 0.8094775637306556, 1.7131348776799482);
    }

    // As 100 x the ratio (Fingertips' SMR form): 120 with 80.947756 - 171.313488.
    @Test
    void indirect_multiplierHundred_scalesTheRatio() {
        Estimate estimate = StandardisedRatios.indirect(30, BANDS, 100, NINETY_FIVE);

        assertThat(estimate.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("120"));
        Expect.limits(estimate, NINETY_FIVE, 80.94775637306556, 171.31348776799482);
    }

    // O = 5 (below 10): exact limits chi2(0.025; 10) / 2 / 25 = 0.064939 and chi2(0.975; 12) / 2 / 25 = 0.466733.
    @Test
    void indirect_fewerThanTenObserved_usesExactLimits() {
        Estimate estimate = StandardisedRatios.indirect(5, BANDS, 1, NINETY_FIVE);

        assertThat(estimate.method()).isEqualTo(IntervalMethod.EXACT_POISSON);
        assertThat(estimate.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.2"));
        Expect.limits(estimate, NINETY_FIVE, 0.06493945560473685, 0.4667332831729068);
    }

    // Rate form: the reference's crude rate is 16,000 / 3,000,000 x 100,000 = 533.333 per 100,000;
    // ISR = 1.2 x 533.333 = 640, limits 0.809478 x 533.333 = 431.721367 and 1.713135 x 533.333 = 913.671935.
    @Test
    void indirectRate_givesRatioTimesReferenceRate() {
        Estimate estimate = StandardisedRatios.indirectRate(30, BANDS, 100_000, NINETY_FIVE);

        Expect.value(estimate, 640);
        Expect.limits(estimate, NINETY_FIVE, 431.7213673230163, 913.6719347626391);
    }

    @Test
    void indirect_namedThreshold_movesTheSwitch() {
        assertThat(StandardisedRatios.indirect(30, BANDS, 1, 31, NINETY_FIVE).method())
                .isEqualTo(IntervalMethod.EXACT_POISSON);
        assertThat(StandardisedRatios.indirectRate(5, BANDS, 100_000, 5, NINETY_FIVE).method())
                .isEqualTo(IntervalMethod.BYARS);
        assertThat(StandardisedRatios.indirect(9, BANDS, 1, NINETY_FIVE).method()).isEqualTo(IntervalMethod.EXACT_POISSON);
        assertThat(StandardisedRatios.indirect(10, BANDS, 1, NINETY_FIVE).method()).isEqualTo(IntervalMethod.BYARS);
    }

    @Test
    void indirect_zeroObserved_isZeroWithExactUpperLimit() {
        Estimate estimate = StandardisedRatios.indirect(0, BANDS, 1, NINETY_FIVE);

        Expect.limits(estimate, NINETY_FIVE, 0, -Math.log(0.025) / 25);
    }

    @Test
    void indirect_zeroPopulation_isNotComputable() {
        List<ReferenceBand> empty = List.of(ReferenceBand.of("0-64", 0, 1_000, 1_000_000));

        assertThat(StandardisedRatios.indirect(3, empty, 1, NINETY_FIVE).notComputable())
                .hasValue(NotComputableReason.ZERO_POPULATION);
    }

    @Test
    void indirect_zeroExpected_isNotComputable() {
        List<ReferenceBand> none = List.of(ReferenceBand.of("0-64", 500, 0, 1_000_000));

        Estimate estimate = StandardisedRatios.indirect(3, none, 1, NINETY_FIVE);

        assertThat(estimate.notComputable()).hasValue(NotComputableReason.ZERO_EXPECTED);
        assertThat(estimate.denominator()).hasValue(BigDecimal.ZERO);
    }

    @Test
    void indirect_bandTwice_fails() {
        List<ReferenceBand> twice = List.of(BANDS.get(0), BANDS.get(0));

        assertThatThrownBy(() -> StandardisedRatios.indirect(3, twice, 1, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for bands (each band at most once): 0-64");
    }

    @Test
    void indirect_negativeObserved_fails() {
        assertThatThrownBy(() -> StandardisedRatios.indirect(-2, BANDS, 1, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for observed (must not be negative): -2");
    }

    @Test
    void referenceBand_zeroReferencePopulation_fails() {
        assertThatThrownBy(() -> ReferenceBand.of("0-4", 10, 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for reference population of band 0-4 (must be positive): 0");
    }
}
