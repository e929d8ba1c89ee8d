package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Randomised laws of {@link PublishedValue}: any decimal a report could print, with or without thousands
 * separators, a percent sign, a pound sign or a rate base, reads back to exactly that decimal, scale
 * included. The seed is printed with every failure.
 */
final class PublishedValueLawsTest {

    private static final long SEED = 20221201L;
    private static final int RUNS = 5_000;

    /** Prints a non-negative decimal's integer part with commas every three digits: 1234567.80 as 1,234,567.80. */
    private static String grouped(BigDecimal value) {
        String plain = value.toPlainString();
        int point = plain.indexOf('.');
        String integer = point < 0 ? plain : plain.substring(0, point);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(integer.charAt(i));
        }
        return out + (point < 0 ? "" : plain.substring(point));
    }

    @Test
    void parse_printedDecimal_readsBackExactlyWithItsScale() {
        Random random = new Random(SEED);
        for (int run = 0; run < RUNS; run++) {
            BigDecimal magnitude = new BigDecimal(new BigInteger(random.nextInt(1, 80), random), random.nextInt(0, 6));
            boolean negative = random.nextBoolean();
            String number = random.nextBoolean() ? grouped(magnitude) : magnitude.toPlainString();
            String sign = negative ? "-" : "";
            String text;
            Unit.Kind hint;
            switch (random.nextInt(4)) {
                case 0:
                    text = sign + number;
                    hint = null;
                    break;
                case 1:
                    text = sign + number + (random.nextBoolean() ? "%" : " %");
                    hint = Unit.Kind.PERCENTAGE;
                    break;
                case 2:
                    text = sign + "£" + number;
                    hint = Unit.Kind.CURRENCY;
                    break;
                default:
                    text = sign + number + " per 100,000";
                    hint = Unit.Kind.RATE;
                    break;
            }
            BigDecimal expected = negative ? magnitude.negate() : magnitude;
            PublishedValue published = PublishedValue.parse(text);
            String description = "seed " + SEED + ", run " + run + ": '" + text + "'";
            assertThat(published.value()).as(description).hasValueSatisfying(value -> {
                assertThat(value.toPlainString()).as(description).isEqualTo(expected.toPlainString());
                assertThat(value.scale()).as(description).isEqualTo(expected.scale());
            });
            assertThat(published.unitHint()).as(description).isEqualTo(java.util.Optional.ofNullable(hint));
        }
    }
}
