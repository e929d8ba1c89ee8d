package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class FractionTest {

    @Test
    void parse_seedNotation_readsParts() {
        Fraction fraction = Fraction.parse("104/7042");
        assertThat(fraction.numerator()).isEqualByComparingTo("104");
        assertThat(fraction.denominator()).isEqualByComparingTo("7042");
        assertThat(fraction).hasToString("104/7042").isEqualTo(Fraction.of(104, 7042));
        assertThat(Fraction.parse(" 96 / 7132 ")).isEqualTo(Fraction.of(96, 7132));
    }

    @Test
    void equals_ignoresScale() {
        assertThat(Fraction.of(new BigDecimal("104.0"), new BigDecimal("7042")))
                .isEqualTo(Fraction.of(104, 7042)).hasSameHashCodeAs(Fraction.of(104, 7042));
        assertThat(Fraction.of(104, 7042)).isNotEqualTo(Fraction.of(104, 7041));
    }

    @Test
    void of_zeroDenominator_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> Fraction.of(3, 0))
                .withMessage("Invalid value for denominator (must be positive): 0");
    }

    @Test
    void of_negativeNumerator_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> Fraction.of(-1, 10))
                .withMessage("Invalid value for numerator (must not be negative): -1");
    }

    @Test
    void parse_notAFraction_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> Fraction.parse("104 of 7042"))
                .withMessage("Invalid fraction '104 of 7042' (expected numerator/denominator, as in 104/7042)");
        assertThatIllegalArgumentException().isThrownBy(() -> Fraction.parse("1/2/3"))
                .withMessage("Invalid fraction '1/2/3' (expected numerator/denominator, as in 104/7042)");
        assertThatIllegalArgumentException().isThrownBy(() -> Fraction.parse("a/2"))
                .withMessage("Invalid fraction 'a/2' (expected numerator/denominator, as in 104/7042)");
    }

    @Test
    void parse_numberBeyondLimits_failsQuickly() {
        assertThatIllegalArgumentException().isThrownBy(() -> Fraction.parse("1e999999999/1"))
                .withMessage("Invalid fraction '1e999999999/1': Invalid number (exponent within -1000 - 1000): "
                        + "1E+999999999");
        assertThatIllegalArgumentException().isThrownBy(() -> Fraction.parse("1/1E-2147483647"))
                .withMessage("Invalid fraction '1/1E-2147483647': Invalid number (exponent within -1000 - 1000): "
                        + "1E-2147483647");
    }

    @Test
    void toString_exponentForm_parsesBackWithScale() {
        Fraction fraction = Fraction.parse("1E+3/7042.0");
        assertThat(fraction.toString()).isEqualTo("1E+3/7042.0");
        assertThat(Fraction.parse(fraction.toString()).numerator().scale()).isEqualTo(-3);
        assertThat(Fraction.parse("104/7042").toString()).isEqualTo("104/7042");
    }

    @Test
    void factories_null_nameParameter() {
        assertThatNullPointerException().isThrownBy(() -> Fraction.of(null, BigDecimal.ONE)).withMessage("numerator");
        assertThatNullPointerException().isThrownBy(() -> Fraction.of(BigDecimal.ONE, null))
                .withMessage("denominator");
        assertThatNullPointerException().isThrownBy(() -> Fraction.parse(null)).withMessage("text");
    }
}
