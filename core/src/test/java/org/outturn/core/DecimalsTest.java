package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class DecimalsTest {

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @ParameterizedTest
    @CsvSource({"97.30, 97.3, true", "0, 0.000, true", "-0.0, 0, true", "1E+2, 100, true", "100.00, 1E2, true",
        "97.31, 97.3, false", "-1, 1, false", "0.1, 0.10000000000000000001, false"})
    void equal_pairs_ignoreScale(String a, String b, boolean equal) {
        assertThat(Decimals.equal(d(a), d(b))).isEqualTo(equal);
        assertThat(Decimals.equal(d(b), d(a))).isEqualTo(equal);
        assertThat(Decimals.equal(Optional.of(d(a)), Optional.of(d(b)))).isEqualTo(equal);
        if (equal) {
            assertThat(Decimals.hash(d(a))).isEqualTo(Decimals.hash(d(b)));
            assertThat(Decimals.hash(Optional.of(d(a)))).isEqualTo(Decimals.hash(Optional.of(d(b))));
        }
    }

    @Test
    void equal_nulls_areEqualOnlyToEachOther() {
        assertThat(Decimals.equal((BigDecimal) null, null)).isTrue();
        assertThat(Decimals.equal(null, BigDecimal.ONE)).isFalse();
        assertThat(Decimals.equal(BigDecimal.ONE, null)).isFalse();
        assertThat(Decimals.hash((BigDecimal) null)).isZero();
    }

    @Test
    void equal_optionals_emptyOnlyEqualsEmpty() {
        assertThat(Decimals.equal(Optional.empty(), Optional.empty())).isTrue();
        assertThat(Decimals.equal(Optional.empty(), Optional.of(BigDecimal.ZERO))).isFalse();
        assertThat(Decimals.equal(Optional.of(BigDecimal.ZERO), Optional.empty())).isFalse();
    }

    @Test
    void equal_nullOptional_throwsWithParameterName() {
        assertThatNullPointerException().isThrownBy(() -> Decimals.equal(null, Optional.<BigDecimal>empty()))
                .withMessage("a");
        assertThatNullPointerException().isThrownBy(() -> Decimals.equal(Optional.<BigDecimal>empty(), null))
                .withMessage("b");
        assertThatNullPointerException().isThrownBy(() -> Decimals.hash((Optional<BigDecimal>) null))
                .withMessage("value");
    }

    /**
     * Every value from -2.00 to 2.00 in steps of 0.01, at each scale 0 to 4 that holds it exactly:
     * equal agrees with compareTo, and equal values have equal hashes.
     */
    @Test
    void equal_smallDomain_agreesWithCompareToAndHash() {
        List<BigDecimal> values = new ArrayList<>();
        for (int hundredths = -200; hundredths <= 200; hundredths++) {
            BigDecimal value = BigDecimal.valueOf(hundredths, 2);
            for (int scale = 0; scale <= 4; scale++) {
                if (value.stripTrailingZeros().scale() <= scale) {
                    values.add(value.setScale(scale));
                }
            }
        }
        for (BigDecimal a : values) {
            for (BigDecimal b : values) {
                boolean equal = Decimals.equal(a, b);
                assertThat(equal).as("%s and %s", a, b).isEqualTo(a.compareTo(b) == 0);
                if (equal) {
                    assertThat(Decimals.hash(a)).as("hash of %s and %s", a, b).isEqualTo(Decimals.hash(b));
                }
            }
        }
    }
}
