package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class OutturnTest {

    private static final ReportingPeriod FY = FinancialYear.parse("2024/25");
    private static final ReportingPeriod JUN_22 = ReportingMonth.parse("Jun-22");

    @Test
    void of_keepsPublishedScale() {
        Outturn outturn = Outturn.of(FY, new BigDecimal("97.30"));
        assertThat(outturn.value()).hasValueSatisfying(v -> assertThat(v).hasToString("97.30"));
        assertThat(outturn.isAvailable()).isTrue();
        assertThat(outturn.missingReason()).isEmpty();
        assertThat(outturn.period()).isEqualTo(FY);
        assertThat(outturn.isProvisional()).isFalse();
    }

    @Test
    void equals_ignoresScaleOfValue() {
        assertThat(Outturn.of(FY, new BigDecimal("97.30")))
                .isEqualTo(Outturn.of(FY, new BigDecimal("97.3")))
                .hasSameHashCodeAs(Outturn.of(FY, new BigDecimal("97.3")))
                .isNotEqualTo(Outturn.of(FY, new BigDecimal("97.31")))
                .isNotEqualTo(Outturn.of(FinancialYear.parse("2023/24"), new BigDecimal("97.3")));
    }

    @Test
    void ofFraction_seedValue_keepsFraction() {
        Outturn outturn = Outturn.ofFraction(JUN_22, new BigDecimal("1.3"), Fraction.of(96, 7132), Unit.percentage(1));
        assertThat(outturn.fraction()).contains(Fraction.of(96, 7132));
        assertThat(outturn.value()).contains(new BigDecimal("1.3"));
    }

    @Test
    void ofFraction_inconsistentValue_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Outturn.ofFraction(JUN_22, new BigDecimal("1.4"), Fraction.of(96, 7132),
                        Unit.percentage(1)))
                .withMessage("Invalid value for outturn (must be 96/7132 as percentage:1, rounded to 1 decimal "
                        + "places: 1.3): 1.4");
    }

    @Test
    void missing_keepsReasonAndWording() {
        Outturn outturn = Outturn.missing(FY, MissingReason.NOT_YET_AVAILABLE, "Not yet available");
        assertThat(outturn.isAvailable()).isFalse();
        assertThat(outturn.value()).isEmpty();
        assertThat(outturn.missingReason()).contains(MissingReason.NOT_YET_AVAILABLE);
        assertThat(outturn.note()).contains("Not yet available");
        assertThat(Outturn.missing(FY, MissingReason.SUPPRESSED).note()).isEmpty();
    }

    @Test
    void builder_flags_markProvisional() {
        Outturn outturn = Outturn.builder().period(FY).value(new BigDecimal("13"))
                .addFlags(OutturnFlag.PROVISIONAL).note("Provisional").build();
        assertThat(outturn.isProvisional()).isTrue();
        assertThat(outturn.flags()).containsExactly(OutturnFlag.PROVISIONAL);
    }

    @Test
    void build_valueAndReason_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Outturn.builder().period(FY).value(BigDecimal.ONE)
                        .missingReason(MissingReason.SUPPRESSED).build())
                .withMessage("Invalid outturn for 2024/25 (must have either a value or a missing reason): "
                        + "value 1 and missing reason SUPPRESSED");
    }

    @Test
    void build_neitherValueNorReason_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> Outturn.builder().period(FY).build())
                .withMessage("Invalid outturn for 2024/25 (must have either a value or a missing reason): neither");
    }

    @Test
    void build_fractionWithoutValue_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Outturn.builder().period(FY).missingReason(MissingReason.SUPPRESSED)
                        .fraction(Fraction.of(1, 2)).build())
                .withMessage("Invalid outturn for 2024/25 (a fraction needs a value): 1/2");
    }

    @Test
    void build_blankNote_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Outturn.missing(FY, MissingReason.SUPPRESSED, ""))
                .withMessage("Invalid value for note (must not be blank): ''");
    }

    @Test
    void factories_null_nameParameter() {
        assertThatNullPointerException().isThrownBy(() -> Outturn.of(null, BigDecimal.ONE)).withMessage("period");
        assertThatNullPointerException().isThrownBy(() -> Outturn.of(FY, null)).withMessage("value");
        assertThatNullPointerException().isThrownBy(() -> Outturn.missing(FY, null)).withMessage("reason");
        assertThatNullPointerException()
                .isThrownBy(() -> Outturn.ofFraction(FY, BigDecimal.ONE, Fraction.of(1, 100), null))
                .withMessage("unit");
    }

    @Test
    void builder_attributeSetTwice_fails() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> Outturn.builder().period(FY).period(FY)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Builder of Outturn is strict, attribute is already set: period");
    }
}
