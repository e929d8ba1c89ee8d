package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class GradeDistributionTest {

    private static final GradeScale CQC = GradeScale.OFSTED_CQC;
    private static final CalendarYear Y2021 = CalendarYear.parse("2021");
    private static final Unit PERCENT = Unit.percentage(1);

    /** The CQC table of seed 003: the share rated good or outstanding of each kind of care home. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "All care homes | 3% 77% 20% - | 80",
        "All old person's homes | 5% 75% 20% - | 80",
        "Old person's nursing homes | - 75% 25% - | 75",
        "Old person's residential homes | 12.5% 75% 12.5% - | 87.5",
        "Learning disability/mental health residential homes | - 80% 20% - | 80"})
    void parseShares_seedTable_derivesGoodOrOutstanding(String kind, String shares, String expected) {
        GradeDistribution distribution = GradeDistribution.parseShares(CQC, shares);
        Outturn outturn = distribution.toOutturn(Y2021, CQC.grade("Good"), PERCENT);
        assertThat(outturn.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
        assertThat(distribution.amounts()).doesNotContainKey(CQC.grade("Inadequate"));
    }

    @Test
    void parseShares_keepsScaleOrderAndShares() {
        GradeDistribution distribution = GradeDistribution.parseShares(CQC, "All: 3% / 77% / 20% / -".substring(5));
        assertThat(distribution.amounts().keySet()).extracting(Grade::label)
                .containsExactly("Outstanding", "Good", "Requires improvement");
        assertThat(distribution.isCounts()).isFalse();
        assertThat(distribution).hasToString("Ofsted/CQC shares {Outstanding=3, Good=77, Requires improvement=20}");
    }

    @Test
    void ofCounts_derivesPercentageWithFraction() {
        GradeDistribution distribution = GradeDistribution.ofCounts(CQC, Map.of(
                CQC.grade("Outstanding"), 2L, CQC.grade("Good"), 15L, CQC.grade("Requires improvement"), 7L));
        Outturn outturn = distribution.toOutturn(Y2021, CQC.grade("Good"), PERCENT);
        assertThat(outturn.value()).contains(new BigDecimal("70.8"));
        assertThat(outturn.fraction()).contains(Fraction.of(17, 24));
        assertThat(distribution.isCounts()).isTrue();
    }

    @Test
    void ofShares_sumOutsideRounding_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> GradeDistribution.parseShares(CQC, "3% 75% 19% -"))
                .withMessage("Invalid value for shares of Ofsted/CQC (must add up to 100 within rounding, from 98.5 "
                        + "to 101.5): 97");
    }

    @Test
    void ofShares_sumWithinRounding_passes() {
        assertThat(GradeDistribution.parseShares(CQC, "34% 33% 33% 1%").amounts()).hasSize(4);
    }

    @Test
    void ofShares_shareAboveHundred_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GradeDistribution.ofShares(CQC, Map.of(CQC.grade("Good"), new BigDecimal("101"))))
                .withMessage("Invalid value for share of Good (valid values 0 - 100): 101");
    }

    @Test
    void parseShares_wrongNumberOfShares_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> GradeDistribution.parseShares(CQC, "3% 97%"))
                .withMessage("Invalid shares '3% 97%' for scale Ofsted/CQC (expected 4 shares, best grade first, "
                        + "each N% or -)");
    }

    @Test
    void parseShares_notANumber_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> GradeDistribution.parseShares(CQC, "3% x 20% -"))
                .withMessage("Invalid share 'x' in '3% x 20% -' (expected a number with an optional %, or -)");
    }

    @Test
    void ofShares_gradeOfOtherScale_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GradeDistribution.ofShares(CQC,
                        Map.of(GradeScale.APA_2005.grade("4"), new BigDecimal("100"))))
                .withMessage("Invalid value for grade (must belong to scale Ofsted/CQC): Very good");
    }

    @Test
    void ofCounts_allZero_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GradeDistribution.ofCounts(CQC, Map.of(CQC.grade("Good"), 0L)))
                .withMessage("Invalid value for counts of Ofsted/CQC (must include at least one provider): 0");
    }

    @Test
    void toOutturn_unitNotPercentage_fails() {
        GradeDistribution distribution = GradeDistribution.parseShares(CQC, "3% 77% 20% -");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> distribution.toOutturn(Y2021, CQC.grade("Good"), Unit.count(0)))
                .withMessage("Invalid value for unit (must be a percentage): count:0");
    }

    @Test
    void equals_ignoresScaleOfShares() {
        assertThat(GradeDistribution.parseShares(CQC, "3% 77% 20% -"))
                .isEqualTo(GradeDistribution.parseShares(CQC, "3.0% 77% 20.0% -"))
                .hasSameHashCodeAs(GradeDistribution.parseShares(CQC, "3.0% 77% 20.0% -"))
                .isNotEqualTo(GradeDistribution.parseShares(CQC, "4% 76% 20% -"));
    }
}
