package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * {@link ReportingPeriod#compareTo} of two months, two financial years or two financial quarters, which
 * compares their fields, against the documented order of start date, then end date.
 */
final class PeriodOrderTest {

    private static int byDates(ReportingPeriod a, ReportingPeriod b) {
        int cmp = a.startInclusive().compareTo(b.startInclusive());
        return cmp != 0 ? cmp : a.endInclusive().compareTo(b.endInclusive());
    }

    private static void agrees(IntFunction<ReportingPeriod> random) {
        long seed = System.nanoTime();
        Random r = new Random(seed);
        for (int i = 0; i < 50_000; i++) {
            ReportingPeriod a = random.apply(r.nextInt());
            ReportingPeriod b = r.nextInt(8) == 0 ? a : random.apply(r.nextInt());
            assertThat(Integer.signum(a.compareTo(b))).as("%s vs %s, seed %d", a, b, seed)
                    .isEqualTo(Integer.signum(byDates(a, b)));
        }
    }

    @Test
    void compareTo_months_agreesWithTheirDates() {
        agrees(n -> ReportingMonth.of(1990 + Math.floorMod(n, 40), 1 + Math.floorMod(n >> 8, 12)));
    }

    @Test
    void compareTo_financialYears_agreesWithTheirDates() {
        agrees(n -> FinancialYear.of(1990 + Math.floorMod(n, 40)));
    }

    @Test
    void compareTo_financialQuarters_agreesWithTheirDates() {
        agrees(n -> FinancialQuarter.of(FinancialYear.of(1990 + Math.floorMod(n, 40)), 1 + Math.floorMod(n >> 8, 4)));
    }

    @Test
    void compareTo_equalMonths_isZero_andMixedKinds_keepTheirOrder() {
        assertThat(ReportingMonth.of(2024, 4).compareTo(ReportingMonth.of(2024, 4))).isZero();
        assertThat(ReportingMonth.of(2024, 12).compareTo(ReportingMonth.of(2025, 1))).isNegative();
        assertThat(ReportingMonth.of(2025, 1).compareTo(ReportingMonth.of(2024, 12))).isPositive();
        // 2024/25 starts with Apr-2024 and ends later: the month sorts first.
        assertThat(FinancialYear.of(2024).compareTo(ReportingMonth.of(2024, 4))).isPositive();
        assertThat(ReportingMonth.of(2024, 4).compareTo(FinancialYear.of(2024))).isNegative();
        assertThat(FinancialQuarter.of(FinancialYear.of(2024), 4).compareTo(FinancialQuarter.of(FinancialYear.of(2025), 1)))
                .isNegative();
    }
}
