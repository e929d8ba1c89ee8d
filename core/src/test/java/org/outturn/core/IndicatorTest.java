package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class IndicatorTest {

    private static final FinancialYear FY = FinancialYear.parse("2024/25");

    private static Indicator.Builder cs06() {
        return cs06(Polarity.HIGHER_IS_BETTER);
    }

    private static Indicator.Builder cs06(Polarity polarity) {
        Indicator.Builder builder = Indicator.builder();
        builder.code("CS_06")
                .title("Percentage of Care Leavers in Suitable Accommodation (aged 19, 20 and 21)")
                .unit(Unit.percentage(2))
                .polarity(polarity)
                .frequency(Frequency.MONTHLY);
        return builder;
    }

    @Test
    void build_minimal_hasDefaults() {
        Indicator indicator = cs06().build();
        assertThat(indicator.code()).isEqualTo("CS_06");
        assertThat(indicator.measureType()).isEqualTo(MeasureType.SNAPSHOT);
        assertThat(indicator.targets()).isEmpty();
        assertThat(indicator.benchmarks()).isEmpty();
        assertThat(indicator.tags()).isEmpty();
        assertThat(indicator.frameworkCode()).isEmpty();
        assertThat(indicator.description()).isEmpty();
    }

    @Test
    void targets_areOrderedByPeriod() {
        Indicator indicator = cs06()
                .putTargets(FY, Target.single(new BigDecimal("95")))
                .putTargets(FinancialYear.parse("2023/24"), Target.single(new BigDecimal("94")))
                .build();
        assertThat(indicator.targets().keySet()).containsExactly(FinancialYear.parse("2023/24"), FY);
    }

    @Test
    void targetFor_snapshot_usesExactThenShortestContainingPeriod() {
        ReportingPeriod june = ReportingMonth.parse("Jun-24");
        Indicator indicator = cs06()
                .putTargets(FY, Target.single(new BigDecimal("95")))
                .putTargets(ReportingMonth.parse("May-24"), Target.single(new BigDecimal("90")))
                .build();
        assertThat(indicator.targetFor(FY)).contains(Target.single(new BigDecimal("95")));
        assertThat(indicator.targetFor(ReportingMonth.parse("May-24"))).contains(Target.single(new BigDecimal("90")));
        assertThat(indicator.targetFor(june)).contains(Target.single(new BigDecimal("95")));
        assertThat(indicator.targetFor(ReportingMonth.parse("Apr-25"))).isEmpty();
        assertThat(indicator.targetFor(FinancialYear.parse("2023/24"))).isEmpty();
    }

    @Test
    void targetFor_cumulative_usesExactPeriodOnly() {
        Indicator indicator = cs06().measureType(MeasureType.CUMULATIVE_YEAR_TO_DATE)
                .putTargets(FY, Target.single(new BigDecimal("20")))
                .build();
        assertThat(indicator.targetFor(FY)).isPresent();
        assertThat(indicator.targetFor(ReportingMonth.parse("Jun-24"))).isEmpty();
    }

    @Test
    void benchmarkFor_findsByGroupAndPeriod() {
        Benchmark england = Benchmark.of(BenchmarkGroup.ENGLAND, FY, new BigDecimal("88"));
        Indicator indicator = cs06().addBenchmarks(england).build();
        assertThat(indicator.benchmarkFor(BenchmarkGroup.ENGLAND, FY)).contains(england);
        assertThat(indicator.benchmarkFor(BenchmarkGroup.LONDON, FY)).isEmpty();
        assertThat(indicator.benchmarkFor(BenchmarkGroup.ENGLAND, FinancialYear.parse("2023/24"))).isEmpty();
    }

    @Test
    void build_blankCode_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Indicator.builder().code("  ").title("t").unit(Unit.count(0))
                        .polarity(Polarity.NONE).frequency(Frequency.MONTHLY).build())
                .withMessage("Invalid value for code (must not be blank): '  '");
    }

    @Test
    void build_codeWithSurroundingSpace_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Indicator.builder().code("CS_06 ").title("t").unit(Unit.count(0))
                        .polarity(Polarity.NONE).frequency(Frequency.MONTHLY).build())
                .withMessage("Invalid value for code (must not start or end with white space): 'CS_06 '");
    }

    @Test
    void build_contextMeasureWithTarget_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> cs06(Polarity.NONE)
                        .putTargets(FY, Target.single(new BigDecimal("95"))).build())
                .withMessage("Invalid value for target of CS_06 for 2024/25 (a NONE polarity indicator is never rated, "
                        + "so only a no-target is allowed): single 95");
    }

    @Test
    void build_contextMeasureWithNoTarget_passes() {
        Indicator indicator = cs06(Polarity.NONE)
                .putTargets(FY, Target.none("Not a target measure")).build();
        assertThat(indicator.targetFor(FY)).contains(Target.none("Not a target measure"));
    }

    @Test
    void build_bandIndicatorWithSingleTarget_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> cs06(Polarity.WITHIN_BAND)
                        .putTargets(FY, Target.single(new BigDecimal("15"))).build())
                .withMessage("Invalid value for target of CS_06 for 2024/25 (a WITHIN_BAND indicator needs a band "
                        + "target): single 15");
    }

    @Test
    void build_thresholdsAgainstPolarity_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> cs06().putTargets(FY, Target.thresholds(new BigDecimal("90"), new BigDecimal("95")))
                        .build())
                .withMessage("Invalid value for target of CS_06 for 2024/25 (the green threshold must be at least as "
                        + "good as the red threshold for HIGHER_IS_BETTER): thresholds green 90 red 95");
        Indicator lower = cs06(Polarity.LOWER_IS_BETTER)
                .putTargets(FY, Target.thresholds(new BigDecimal("90"), new BigDecimal("95"))).build();
        assertThat(lower.targets()).hasSize(1);
    }

    @Test
    void build_floorAgainstPolarity_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> cs06().putTargets(FY, Target.withFloor(new BigDecimal("90"), new BigDecimal("95")))
                        .build())
                .withMessage("Invalid value for target of CS_06 for 2024/25 (the target must be at least as good as "
                        + "its floor for HIGHER_IS_BETTER): single 90 floor 95");
        Indicator lower = cs06(Polarity.LOWER_IS_BETTER)
                .putTargets(FY, Target.withFloor(new BigDecimal("90"), new BigDecimal("95"))).build();
        assertThat(lower.targets()).hasSize(1);
        Indicator equal = cs06().putTargets(FY, Target.withFloor(new BigDecimal("90"), new BigDecimal("90.0")))
                .build();
        assertThat(equal.targets()).hasSize(1);
    }

    @Test
    void build_duplicateBenchmark_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> cs06()
                        .addBenchmarks(Benchmark.of(BenchmarkGroup.ENGLAND, FY, BigDecimal.ONE))
                        .addBenchmarks(Benchmark.of(BenchmarkGroup.ENGLAND, FY, BigDecimal.TEN)).build())
                .withMessage("Invalid value for benchmarks of CS_06 (one per comparator and period): England 2024/25");
    }

    @Test
    void build_blankTag_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> cs06().addTags("").build())
                .withMessage("Invalid value for tag (must not be blank): ''");
    }

    @Test
    void accessors_null_nameParameter() {
        Indicator indicator = cs06().build();
        assertThatNullPointerException().isThrownBy(() -> indicator.targetFor(null)).withMessage("period");
        assertThatNullPointerException().isThrownBy(() -> indicator.benchmarkFor(null, FY)).withMessage("group");
        assertThatNullPointerException().isThrownBy(() -> Indicator.builder().code(null)).withMessage("code");
    }

    @Test
    void equals_sameAttributes_areEqual() {
        assertThat(cs06().addTags("Children's services").build())
                .isEqualTo(cs06().addTags("Children's services").build())
                .hasSameHashCodeAs(cs06().addTags("Children's services").build())
                .isNotEqualTo(cs06().build());
    }
}
