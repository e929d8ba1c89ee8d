package org.outturn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outturn.stats.Confidence.NINETY_FIVE;
import static org.outturn.stats.Confidence.NINETY_NINE_POINT_EIGHT;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class RatesTest {

    // Byars, O = 65 (PHEindicatormethods' own example, byars_lower(65)):
    //   lower = 65 (1 - 1/585 - 1.959964/(3 sqrt 65))^3 = 65 * 0.917256^3 = 50.163188,
    //   upper = 66 (1 - 1/594 + 1.959964/(3 sqrt 66))^3 = 66 * 1.078735^3 = 82.849139;
    //   at 99.8% (z = 3.090232): 42.880261 - 94.000291. In a population of 100,000 per 100,000
    //   the rate's limits are the count's.
    @Test
    void crude_tenOrMoreEvents_usesByars() {
        Estimate estimate = Rates.crude(65, 100_000, 100_000, NINETY_FIVE, NINETY_NINE_POINT_EIGHT);

        assertThat(estimate.method()).isEqualTo(IntervalMethod.BYARS);
        assertThat(estimate.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("65"));
        assertThat(estimate.multiplier()).isEqualTo(BigDecimal.valueOf(100_000));
        Expect.limits(estimate, NINETY_FIVE, 50.16318771045943, 82.84913854593984);
        Expect.limits(estimate, NINETY_NINE_POINT_EIGHT, 42.8802614714802, 94.000290844318);
    }

    // Exact, O = 5 in 2000 per 1,000: rate 2.5; the count's limits chi2(0.025; 10) / 2 = 3.246973 / 2
    //   = 1.623486 and chi2(0.975; 12) / 2 = 23.336664 / 2 = 11.668332; times 1000 / 2000:
    //   0.811743 - 5.834166.
    @Test
    void crude_fewerThanTenEvents_usesExactPoisson() {
        Estimate estimate = Rates.crude(5, 2000, 1000, NINETY_FIVE);

        assertThat(estimate.method()).isEqualTo(IntervalMethod.EXACT_POISSON);
        assertThat(estimate.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2.5"));
        Expect.limits(estimate, NINETY_FIVE, 0.8117431950592106, 5.834166039661335);
    }

    // The switch at the default 10: 9 events are exact (4.115373 - 17.084803), 10 are Byars'
    // (4.787450 - 18.391459).
    @Test
    void crude_onTheThreshold_switchesMethod() {
        Estimate nine = Rates.count(9, NINETY_FIVE);
        Estimate ten = Rates.count(10, NINETY_FIVE);

        assertThat(nine.method()).isEqualTo(IntervalMethod.EXACT_POISSON);
        assertThat(ten.method()).isEqualTo(IntervalMethod.BYARS);
        Expect.limits(nine, NINETY_FIVE, 4.115373097378334, 17.084803451419166);
        Expect.limits(ten, NINETY_FIVE, 4.787449913967563, 18.391458605756473);
    }

    @Test
    void crude_namedThreshold_movesTheSwitch() {
        assertThat(Rates.crude(10, 100, 100, 11, NINETY_FIVE).method()).isEqualTo(IntervalMethod.EXACT_POISSON);
        assertThat(Rates.crude(9, 100, 100, 9, NINETY_FIVE).method()).isEqualTo(IntervalMethod.BYARS);
        assertThat(Rates.crude(65, 100_000, 100_000, Rates.DEFAULT_BYARS_MINIMUM_EVENTS, NINETY_FIVE))
                .isEqualTo(Rates.crude(65, 100_000, 100_000, NINETY_FIVE));
    }

    // O = 0: lower 0, upper chi2(0.975; 2) / 2 = -ln(0.025) = 3.688879; at 99.8% -ln(0.001) = 6.907755.
    @Test
    void crude_zeroEvents_isZeroWithExactUpperLimit() {
        Estimate estimate = Rates.count(0, NINETY_FIVE, NINETY_NINE_POINT_EIGHT);

        assertThat(estimate.isComputable()).isTrue();
        assertThat(estimate.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
        Expect.limits(estimate, NINETY_FIVE, 0, -Math.log(0.025));
        Expect.limits(estimate, NINETY_NINE_POINT_EIGHT, 0, -Math.log(0.001));
    }

    @Test
    void crude_zeroPopulation_isNotComputable() {
        Estimate estimate = Rates.crude(5, 0, 100_000, NINETY_FIVE);

        assertThat(estimate.notComputable()).hasValue(NotComputableReason.ZERO_POPULATION);
        assertThat(estimate.numerator()).hasValue(BigDecimal.valueOf(5));
    }

    @Test
    void crude_eachPublishedMultiplier_scalesValueAndLimits() {
        Estimate per100 = Rates.crude(50, 20_000, 100, NINETY_FIVE);
        for (long multiplier : new long[] {1_000, 10_000, 100_000}) {
            Estimate estimate = Rates.crude(50, 20_000, multiplier, NINETY_FIVE);
            double factor = multiplier / 100.0;
            Expect.value(estimate, per100.value().orElseThrow().doubleValue() * factor);
            Expect.limits(estimate, NINETY_FIVE,
                    per100.interval(NINETY_FIVE).orElseThrow().lowerInclusive().doubleValue() * factor,
                    per100.interval(NINETY_FIVE).orElseThrow().upperInclusive().doubleValue() * factor);
        }
    }

    @Test
    void crude_negativeEvents_fails() {
        assertThatThrownBy(() -> Rates.crude(-1, 100, 1000, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for events (must not be negative): -1");
    }

    @Test
    void crude_negativePopulation_fails() {
        assertThatThrownBy(() -> Rates.crude(1, -100, 1000, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for population (must not be negative): -100");
    }

    @Test
    void crude_zeroThreshold_fails() {
        assertThatThrownBy(() -> Rates.crude(1, 100, 1000, 0, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for Byars minimum events (must be positive): 0");
    }
}
