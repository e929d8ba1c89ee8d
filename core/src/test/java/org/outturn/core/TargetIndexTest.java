package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Indicator#targetFor(ReportingPeriod)} through its index against the plain definition: the exact
 * target, else (unless cumulative) the target of the shortest containing period, the first in order of
 * those equally short.
 */
final class TargetIndexTest {

    /** The definition of the lookup, walking every target. */
    private static Optional<Target> definition(Indicator indicator, ReportingPeriod period) {
        Target exact = indicator.targets().get(period);
        if (exact != null || indicator.measureType() == MeasureType.CUMULATIVE_YEAR_TO_DATE) {
            return Optional.ofNullable(exact);
        }
        Map.Entry<ReportingPeriod, Target> best = null;
        for (Map.Entry<ReportingPeriod, Target> entry : indicator.targets().entrySet()) {
            if (entry.getKey().contains(period) && (best == null || length(entry.getKey()) < length(best.getKey()))) {
                best = entry;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.getValue());
    }

    private static long length(ReportingPeriod period) {
        return period.endInclusive().toEpochDay() - period.startInclusive().toEpochDay();
    }

    /** A period of 2023/24 - 2025/26 of one of several kinds, some of them covering the same days. */
    private static ReportingPeriod period(SplittableRandom random) {
        FinancialYear year = FinancialYear.of(2023 + random.nextInt(3));
        switch (random.nextInt(7)) {
            case 0:
                return year;
            case 1:
                return year.quarter(1 + random.nextInt(4));
            case 2:
                return year.month(Month.APRIL).plusMonths(random.nextInt(12));
            case 3:
                return CalendarYear.of(year.startYear());
            case 4:
                return YearToDate.of(year, year.month(Month.APRIL).plusMonths(random.nextInt(12)));
            case 5:
                return Biennium.of(year);
            default:
                return AcademicYear.of(year.startYear());
        }
    }

    @Test
    void targetFor_randomTargetsAndPeriods_agreesWithTheDefinition() {
        checkRandomIndicators(8);
    }

    /** More targets than {@link TargetIndex#SCANNED}: a period's own target is found by its hash. */
    @Test
    void targetFor_manyTargets_agreesWithTheDefinition() {
        checkRandomIndicators(24);
    }

    /** Random indicators of fewer than {@code maxTargets} targets, each asked for its own and random periods. */
    private static void checkRandomIndicators(int maxTargets) {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < 2_000; n++) {
            Indicator.Builder builder = Indicator.builder().code("I" + n).title("Indicator " + n)
                    .unit(Unit.count(0)).polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.MONTHLY)
                    .measureType(random.nextInt(4) == 0 ? MeasureType.CUMULATIVE_YEAR_TO_DATE : MeasureType.SNAPSHOT);
            int targets = random.nextInt(maxTargets);
            for (int t = 0; t < targets; t++) {
                builder.putTargets(period(random), Target.single(BigDecimal.valueOf(t)));
            }
            Indicator indicator = builder.build();
            List<ReportingPeriod> queries = new ArrayList<>(indicator.targets().keySet());
            for (int q = 0; q < 10; q++) {
                queries.add(period(random));
            }
            for (ReportingPeriod query : queries) {
                assertThat(indicator.targetFor(query)).as("seed %d, %s, %s", seed, indicator.targets(), query)
                        .isEqualTo(definition(indicator, query));
            }
        }
    }
}
