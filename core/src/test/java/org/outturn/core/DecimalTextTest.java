package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class DecimalTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"97.30", "-0.07", "0", "+5", "1.", ".5", "4.6E+97", "4.6e97", "1E+1000", "1E-1000",
        "10E+999", "0.000", "123456789012345678901234567890"})
    void parse_acceptedText_givesBigDecimalsValueAndScale(String text) {
        BigDecimal expected = new BigDecimal(text);
        BigDecimal parsed = DecimalText.parse(text);
        assertThat(parsed).isEqualTo(expected);
        assertThat(parsed.scale()).isEqualTo(expected.scale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1", "1 ", "five", "1e", "1e+", "e5", ".", "-", "1.2.3", "1e5e3", "0x10", "1_000",
        "NaN", "Infinity", "1,5", "1e1.5", "٣"})
    void parse_notANumber_failsWithNumberFormatException(String text) {
        assertThatExceptionOfType(NumberFormatException.class).isThrownBy(() -> DecimalText.parse(text))
                .withMessage("Invalid number (expected digits with an optional sign, point and exponent, as in "
                        + "93.89 or 4.6E+97): '" + text + "'");
    }

    static Stream<Arguments> exponentEdges() {
        return Stream.of(
                Arguments.of("1E+1000", null),
                Arguments.of("1E+1001", "1E+1001"),
                Arguments.of("1E-1000", null),
                Arguments.of("1E-1001", "1E-1001"),
                Arguments.of("0.1E-999", null),
                Arguments.of("0.1E-1000", "1E-1001"),
                Arguments.of("-1E+1001", "-1E+1001"),
                Arguments.of("1E+999999999", "1E+999999999"),
                Arguments.of("1E-999999999", "1E-999999999"),
                Arguments.of("1E-2147483647", "1E-2147483647"),
                Arguments.of("1e9999999999", "1e9999999999"),
                Arguments.of("1E+0000000001000", null),
                Arguments.of("1E+00000000001001", "1E+1001"));
    }

    @ParameterizedTest
    @MethodSource("exponentEdges")
    void parse_exponentOnAndBeyondEachEdge_acceptedOrRefused(String text, String refused) {
        if (refused == null) {
            assertThat(DecimalText.parse(text)).isEqualByComparingTo(new BigDecimal(text));
        } else {
            assertThatIllegalArgumentException().isThrownBy(() -> DecimalText.parse(text))
                    .withMessage("Invalid number (exponent within -1000 - 1000): " + refused);
        }
    }

    @Test
    void parse_lengthOnAndBeyondLimit() {
        String longest = "0." + "0".repeat(197) + "1";
        assertThat(longest).hasSize(200);
        assertThat(DecimalText.parse(longest).scale()).isEqualTo(198);
        assertThatIllegalArgumentException().isThrownBy(() -> DecimalText.parse(longest + "0"))
                .withMessage("Invalid number (at most 200 characters): 0." + "0".repeat(38) + "... (201 characters)");
    }

    @Test
    void parse_significantDigitsOnAndBeyondLimit() {
        String hundred = "9".repeat(100);
        assertThat(DecimalText.parse(hundred).precision()).isEqualTo(100);
        assertThat(DecimalText.parse("-" + hundred + "E-2").precision()).isEqualTo(100);
        assertThatIllegalArgumentException().isThrownBy(() -> DecimalText.parse("1" + hundred))
                .withMessage("Invalid number (at most 100 significant digits): 1" + "9".repeat(39) + "... (101 digits)");
    }

    @Test
    void parse_hostileText_failsQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            for (String text : new String[] {"1E+999999999", "1E-2147483647", "1e" + "9".repeat(150),
                "9".repeat(150) + "E-999", "1" + "0".repeat(1_000_000)}) {
                assertThatIllegalArgumentException().isThrownBy(() -> DecimalText.parse(text));
            }
        });
    }

    @Test
    void parse_null_throwsNullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> DecimalText.parse(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> DecimalText.check(null)).withMessage("value");
        assertThatNullPointerException().isThrownBy(() -> DecimalText.format(null)).withMessage("value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"97.30", "-0.07", "0.000", "4.6E+97", "1E+308", "7E919", "1E-1000", "1E+1000",
        "-9.99E-998", "5E+1", "123"})
    void format_keepsEveryDigitAndTheScale(String text) {
        BigDecimal value = DecimalText.parse(text);
        String written = DecimalText.format(value);
        assertThat(written.length()).isLessThanOrEqualTo(DecimalText.MAX_LENGTH);
        BigDecimal read = DecimalText.parse(written);
        assertThat(read.unscaledValue()).isEqualTo(value.unscaledValue());
        assertThat(read.scale()).isEqualTo(value.scale());
    }

    @Test
    void format_plainWhereScaleAllows_exponentOtherwise() {
        assertThat(DecimalText.format(new BigDecimal("97.30"))).isEqualTo("97.30");
        assertThat(DecimalText.format(new BigDecimal("0.0001"))).isEqualTo("0.0001");
        assertThat(DecimalText.format(new BigDecimal("4.6E+97"))).isEqualTo("4.6E+97");
        assertThat(DecimalText.format(new BigDecimal("1E-999"))).isEqualTo("1E-999");
    }

    @Test
    void formatWithoutTrailingZeros_plainUnlessTooLong() {
        assertThat(DecimalText.formatWithoutTrailingZeros(new BigDecimal("5.0"))).isEqualTo("5");
        assertThat(DecimalText.formatWithoutTrailingZeros(new BigDecimal("500"))).isEqualTo("500");
        assertThat(DecimalText.formatWithoutTrailingZeros(new BigDecimal("0.00"))).isEqualTo("0");
        assertThat(DecimalText.formatWithoutTrailingZeros(new BigDecimal("1E+999"))).isEqualTo("1E+999");
        assertThat(DecimalText.formatWithoutTrailingZeros(new BigDecimal("10E+999"))).isEqualTo("1E+1000");
        assertThat(DecimalText.formatWithoutTrailingZeros(new BigDecimal("10E+1000"))).isEqualTo("1.0E+1001");
        assertThat(DecimalText.parse(DecimalText.formatWithoutTrailingZeros(new BigDecimal("10E+1000"))))
                .isEqualByComparingTo("10E+1000");
    }

    /** Law: every value within the limits is written in a form read back with the same digits and scale. */
    @Test
    void formatThenParse_randomValuesWithinLimits_sameDigitsAndScale() {
        long seed = Long.getLong("outturn.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            BigInteger unscaled = new BigInteger(1 + random.nextInt(330), random);
            if (random.nextBoolean()) {
                unscaled = unscaled.negate();
            }
            int scale = random.nextInt(2 * DecimalText.MAX_EXPONENT + 1) - DecimalText.MAX_EXPONENT;
            BigDecimal value = new BigDecimal(unscaled, scale);
            String written = DecimalText.format(value);
            BigDecimal read = DecimalText.parse(written);
            assertThat(read.unscaledValue()).as("seed %d, value %s", seed, value).isEqualTo(unscaled);
            assertThat(read.scale()).as("seed %d, value %s", seed, value).isEqualTo(scale);
        }
    }
}
