package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class BenchmarkTest {

    private static final ReportingPeriod FY = FinancialYear.parse("2021/22");

    @Test
    void of_keepsGroupPeriodAndValue() {
        Benchmark england = Benchmark.of(BenchmarkGroup.ENGLAND, FY, new BigDecimal("62"));
        assertThat(england.group()).isSameAs(BenchmarkGroup.ENGLAND);
        assertThat(england.period()).isEqualTo(FY);
        assertThat(england.value()).contains(new BigDecimal("62"));
        assertThat(england).isEqualTo(Benchmark.of(BenchmarkGroup.ENGLAND, FY, new BigDecimal("62.0")))
                .hasSameHashCodeAs(Benchmark.of(BenchmarkGroup.ENGLAND, FY, new BigDecimal("62.0")));
    }

    @Test
    void unavailable_keepsWording() {
        Benchmark london = Benchmark.unavailable(BenchmarkGroup.LONDON, FY, "Local Measure");
        assertThat(london.value()).isEmpty();
        assertThat(london.note()).contains("Local Measure");
    }

    @Test
    void build_neitherValueNorNote_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Benchmark.builder().group(BenchmarkGroup.LONDON).period(FY).build())
                .withMessage("Invalid benchmark London for 2021/22 (must have a value or a note): neither");
    }

    @Test
    void group_knownNamesGiveConstants() {
        assertThat(BenchmarkGroup.of("England")).isSameAs(BenchmarkGroup.ENGLAND);
        assertThat(BenchmarkGroup.of("Statistical neighbours")).isSameAs(BenchmarkGroup.STATISTICAL_NEIGHBOURS);
        assertThat(BenchmarkGroup.of("Outer London")).hasToString("Outer London")
                .isEqualTo(BenchmarkGroup.of("Outer London"));
        assertThat(BenchmarkGroup.ENGLAND.compareTo(BenchmarkGroup.LONDON)).isNegative();
    }

    @Test
    void group_blankName_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkGroup.of(" "))
                .withMessage("Invalid value for benchmark group (must not be blank): ' '");
        assertThatNullPointerException().isThrownBy(() -> BenchmarkGroup.of(null)).withMessage("name");
    }
}
