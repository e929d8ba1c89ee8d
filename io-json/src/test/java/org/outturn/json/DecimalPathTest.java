package org.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.outturn.core.DecimalText;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The fast paths for decimals agree with {@link DecimalText}: a JSON number read from the parser's
 * characters is the decimal {@code DecimalText.parse} reads from its text (value and scale), and a
 * decimal written through its cached {@code toString()} is the text {@code DecimalText.format} gives.
 */
final class DecimalPathTest {

    private static final long SEED = System.nanoTime();

    private static Random random() {
        System.out.println("DecimalPathTest seed: " + SEED);
        return new Random(SEED);
    }

    /** Reads the one number of the text with {@link JsonInput#decimal}. */
    private static BigDecimal read(String json) {
        try (JsonParser p = OutturnJson.strict().mapper().createParser(json)) {
            JsonToken token = p.nextToken();
            assertThat(token.isNumeric()).as(json).isTrue();
            return JsonInput.decimal(p, "value");
        }
    }

    /** A random JSON number: up to 90 integer digits, 100 fraction digits and an exponent, so within 200 characters. */
    private static String randomNumber(Random random) {
        StringBuilder text = new StringBuilder();
        if (random.nextBoolean()) {
            text.append('-');
        }
        if (random.nextInt(4) == 0) {
            text.append('0');
        } else {
            text.append((char) ('1' + random.nextInt(9)));
            int digits = random.nextInt(random.nextInt(10) == 0 ? 90 : 20);
            for (int i = 0; i < digits; i++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
        }
        if (random.nextBoolean()) {
            text.append('.');
            int fraction = 1 + random.nextInt(random.nextInt(10) == 0 ? 100 : 8);
            for (int i = 0; i < fraction; i++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
        }
        if (random.nextInt(4) == 0) {
            text.append(random.nextBoolean() ? 'E' : 'e');
            int sign = random.nextInt(3);
            text.append(sign == 0 ? "" : sign == 1 ? "+" : "-");
            text.append(random.nextInt(random.nextBoolean() ? 20 : 1200));
        }
        return text.toString();
    }

    @Test
    void decimal_randomNumbers_sameAsDecimalTextParse() {
        Random random = random();
        for (int i = 0; i < 20_000; i++) {
            String text = randomNumber(random);
            BigDecimal expected;
            try {
                expected = DecimalText.parse(text);
            } catch (IllegalArgumentException ex) {
                assertThatThrownBy(() -> read(text)).as(text).hasMessageContaining(ex.getMessage());
                continue;
            }
            BigDecimal actual = read(text);
            assertThat(actual).as(text).isEqualTo(expected);
            assertThat(actual.scale()).as(text).isEqualTo(expected.scale());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "97.30", "-0.0", "123456789012345678", "-12345678901234567",
        "1234567890123456789", "-123456789012345678", "99999999999999999999", "0.000001", "4.6E+97", "1e-7"})
    void decimal_edgeNumbers_sameAsDecimalTextParse(String text) {
        BigDecimal expected = DecimalText.parse(text);
        BigDecimal actual = read(text);
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.scale()).isEqualTo(expected.scale());
    }

    @Test
    void decimal_tooManyDigitsWithoutExponent_sameMessageAsDecimalText() {
        String text = "1" + "0".repeat(100);
        String message = "Invalid number (at most 100 significant digits): "
                + "1000000000000000000000000000000000000000... (101 digits)";
        assertThatThrownBy(() -> DecimalText.parse(text)).hasMessage(message);
        assertThatThrownBy(() -> read(text)).hasMessageContaining(message);
    }

    @Test
    void isToStringPlain_randomDecimals_toStringIsDecimalTextFormat() {
        Random random = random();
        for (int i = 0; i < 50_000; i++) {
            BigInteger unscaled = new BigInteger(1 + random.nextInt(random.nextInt(10) == 0 ? 400 : 70), random);
            BigDecimal value = new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(),
                    random.nextInt(-1100, 1100));
            if (ModelCodecs.isToStringPlain(value)) {
                assertThat(value.toString()).as("%s scale %d", value, value.scale())
                        .isEqualTo(DecimalText.format(value));
            } else {
                assertThat(value.toString()).contains("E");
            }
        }
    }

    @Test
    void isToStringPlain_adjustedExponentEdges() {
        // adjusted exponent = precision - scale - 1: -6 is plain in toString(), -7 is not
        assertThat(ModelCodecs.isToStringPlain(new BigDecimal("0.000001"))).isTrue();
        assertThat(ModelCodecs.isToStringPlain(new BigDecimal("0.0000010"))).isTrue();
        assertThat(ModelCodecs.isToStringPlain(new BigDecimal("0.0000001"))).isFalse();
        assertThat(DecimalText.format(new BigDecimal("0.0000001"))).isEqualTo("0.0000001");
        assertThat(ModelCodecs.isToStringPlain(new BigDecimal("4.6E+97"))).isTrue();
        assertThat(ModelCodecs.isToStringPlain(BigDecimal.ZERO.setScale(7))).isFalse();
        assertThat(DecimalText.format(BigDecimal.ZERO.setScale(7))).isEqualTo("0.0000000");
    }
}
