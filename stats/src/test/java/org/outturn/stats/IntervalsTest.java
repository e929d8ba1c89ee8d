package org.outturn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outturn.stats.Confidence.NINETY_FIVE;
import static org.outturn.stats.Confidence.NINETY_NINE_POINT_EIGHT;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.outturn.core.FinancialYear;
import org.outturn.core.Fraction;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Unit;

final class IntervalsTest {

    private static final FinancialYear YEAR = FinancialYear.of(2024);

    @Test
    void forOutturn_percentage_usesWilsonTimesHundred() {
        Outturn outturn = Outturn.ofFraction(YEAR, new BigDecimal("1.5"), Fraction.of(104, 7042), Unit.percentage(1));

        Estimate estimate = Intervals.forOutturn(outturn, Unit.percentage(1), NINETY_FIVE, NINETY_NINE_POINT_EIGHT);

        assertThat(estimate).isEqualTo(Proportions.wilsonPercentage(104, 7042, NINETY_FIVE, NINETY_NINE_POINT_EIGHT));
    }

    @Test
    void forOutturn_rate_usesTheRateBase() {
        Unit unit = Unit.ratePer(10_000, 2);
        Outturn outturn = Outturn.ofFraction(YEAR, new BigDecimal("330.23"), Fraction.of(3302, 99990), unit);

        Estimate estimate = Intervals.forOutturn(outturn, unit, NINETY_FIVE);

        assertThat(estimate).isEqualTo(Rates.crude(3302, 99990, 10_000, NINETY_FIVE));
        assertThat(estimate.method()).isEqualTo(IntervalMethod.BYARS);
    }

    @Test
    void forOutturn_rateOfFewEvents_usesExactPoisson() {
        Unit unit = Unit.ratePer(1000, 1);
        Outturn outturn = Outturn.ofFraction(YEAR, new BigDecimal("2.5"), Fraction.of(5, 2000), unit);

        assertThat(Intervals.forOutturn(outturn, unit, NINETY_FIVE).method()).isEqualTo(IntervalMethod.EXACT_POISSON);
    }

    @Test
    void forOutturn_withoutFraction_isNotComputable() {
        Estimate published = Intervals.forOutturn(Outturn.of(YEAR, new BigDecimal("65.1")), Unit.percentage(1), NINETY_FIVE);
        Estimate missing = Intervals.forOutturn(Outturn.missing(YEAR, MissingReason.values()[0]),
                Unit.ratePer(100_000, 1), NINETY_FIVE);

        assertThat(published.notComputable()).hasValue(NotComputableReason.MISSING_VALUE);
        assertThat(published.method()).isEqualTo(IntervalMethod.WILSON);
        assertThat(published.numerator()).isEmpty();
        assertThat(missing.notComputable()).hasValue(NotComputableReason.MISSING_VALUE);
        assertThat(missing.multiplier()).isEqualTo(BigDecimal.valueOf(100_000));
    }

    @Test
    void forOutturn_count_fails() {
        Outturn outturn = Outturn.of(YEAR, new BigDecimal("3159"));

        assertThatThrownBy(() -> Intervals.forOutturn(outturn, Unit.count(0), NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for unit (an interval needs a percentage or a rate): count:0");
    }

    @Test
    void forOutturn_nullOutturn_failsWithItsName() {
        assertThatThrownBy(() -> Intervals.forOutturn(null, Unit.percentage(1), NINETY_FIVE))
                .isInstanceOf(NullPointerException.class).hasMessage("outturn");
    }
}
