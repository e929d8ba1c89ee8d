package org.outturn.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.outturn.rules.Fixtures.d;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class TolerancesTest {

    @Test
    void relative_allowanceIsExactShareOfReferenceSize() {
        Tolerance five = Tolerances.relative(d("5"));
        assertThat(five.allowance(d("71.4"))).isEqualByComparingTo("3.57");
        assertThat(five.allowance(d("-0.07"))).isEqualByComparingTo("0.0035");
        assertThat(five.allowance(d("0"))).isEqualByComparingTo("0");
        assertThat(five.label()).isEqualTo("5%");
    }

    @Test
    void absoluteAndNone_allowFixedAmounts() {
        assertThat(Tolerances.absolute(d("1.5")).allowance(d("1000"))).isEqualByComparingTo("1.5");
        assertThat(Tolerances.none().allowance(d("1000"))).isEqualByComparingTo("0");
        assertThat(Tolerances.none()).isSameAs(Tolerances.none());
    }

    @ParameterizedTest
    @ValueSource(strings = {"relative 5%", "relative 2.5%", "absolute 1.5", "absolute 0", "none"})
    void parse_invertsToString(String notation) {
        assertThat(Tolerances.parse(notation)).hasToString(notation);
        assertThat(Tolerances.parse(notation)).isEqualTo(Tolerances.parse(notation))
                .hasSameHashCodeAs(Tolerances.parse(notation));
    }

    @Test
    void equals_ignoresScale() {
        assertThat(Tolerances.relative(d("5.0"))).isEqualTo(Tolerances.relative(d("5")))
                .hasSameHashCodeAs(Tolerances.relative(d("5")))
                .isNotEqualTo(Tolerances.absolute(d("5")));
    }

    @Test
    void relative_outOfRange_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> Tolerances.relative(d("-5")))
                .withMessage("Invalid value for relative tolerance (valid values 0 - 100 per cent): -5");
        assertThatIllegalArgumentException().isThrownBy(() -> Tolerances.relative(d("100.1")))
                .withMessage("Invalid value for relative tolerance (valid values 0 - 100 per cent): 100.1");
    }

    @Test
    void absolute_negative_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> Tolerances.absolute(d("-1")))
                .withMessage("Invalid value for absolute tolerance (must not be negative): -1");
    }

    @Test
    void parse_unknownNotation_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> Tolerances.parse("five percent"))
                .withMessage("Invalid tolerance 'five percent' (expected relative N%, absolute N or none)");
        assertThatIllegalArgumentException().isThrownBy(() -> Tolerances.parse("relative x%"))
                .withMessage("Invalid tolerance 'relative x%' (expected relative N%, absolute N or none)");
    }

    @Test
    void parse_numberBeyondLimits_failsQuicklyNamingTheLimit() {
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            assertThatIllegalArgumentException().isThrownBy(() -> Tolerances.parse("absolute 1E+999999999"))
                    .withMessage("Invalid number (exponent within -1000 - 1000): 1E+999999999");
            assertThatIllegalArgumentException().isThrownBy(() -> Tolerances.parse("relative 1e999999999%"))
                    .withMessage("Invalid number (exponent within -1000 - 1000): 1E+999999999");
            assertThatIllegalArgumentException().isThrownBy(() -> Tolerances.parse("relative 1E-999999999%"))
                    .withMessage("Invalid number (exponent within -1000 - 1000): 1E-999999999");
            assertThatIllegalArgumentException().isThrownBy(() -> Tolerances.parse("relative 1E-2147483647%"))
                    .withMessage("Invalid number (exponent within -1000 - 1000): 1E-2147483647");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"relative 1E-999%", "absolute 1E+1000", "absolute 1E-1000", "relative 0.001%"})
    void parse_extremeValuesWithinLimits_invertToString(String notation) {
        assertThat(Tolerances.parse(notation)).hasToString(notation);
        assertThat(Tolerances.parse(Tolerances.parse(notation).toString())).isEqualTo(Tolerances.parse(notation));
    }

    @Test
    void factories_null_nameParameter() {
        assertThatNullPointerException().isThrownBy(() -> Tolerances.relative(null)).withMessage("percent");
        assertThatNullPointerException().isThrownBy(() -> Tolerances.absolute(null)).withMessage("amount");
        assertThatNullPointerException().isThrownBy(() -> Tolerances.parse(null)).withMessage("text");
    }

    @Test
    void edges_describeBothSides() {
        assertThat(Edges.standard()).isSameAs(Edges.of(true, true))
                .hasToString("green edge inclusive, red edge inclusive");
        assertThat(Edges.rangeOfAcceptablePerformance()).isEqualTo(Edges.of(true, false));
        assertThat(Edges.of(false, false)).isEqualTo(Edges.of(false, false))
                .hasSameHashCodeAs(Edges.of(false, false)).isNotEqualTo(Edges.of(false, true));
        assertThat(Edges.of(false, true).isGreenInclusive()).isFalse();
        assertThat(Edges.of(false, true).isRedInclusive()).isTrue();
    }
}
