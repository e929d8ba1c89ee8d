package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

final class PolarityTest {

    @ParameterizedTest
    @CsvSource({
        "High, HIGHER_IS_BETTER", "high, HIGHER_IS_BETTER", " HIGH ,HIGHER_IS_BETTER", "Higher is better, HIGHER_IS_BETTER",
        "Low, LOWER_IS_BETTER", "lower, LOWER_IS_BETTER", "LOWER_IS_BETTER, LOWER_IS_BETTER",
        "Within band, WITHIN_BAND", "band, WITHIN_BAND",
        "n/a, NONE", "N/A, NONE", "None, NONE",
        "Smaller is better, LOWER_IS_BETTER", "smaller  is better, LOWER_IS_BETTER", "Good is Low, LOWER_IS_BETTER",
        "Low is good, LOWER_IS_BETTER", "Down is good, LOWER_IS_BETTER",
        "Bigger is better, HIGHER_IS_BETTER", "Larger is better, HIGHER_IS_BETTER", "Good is High, HIGHER_IS_BETTER",
        "High is good, HIGHER_IS_BETTER", "Up is good, HIGHER_IS_BETTER"})
    void parseLenient_seedAndCanonicalWords_givePolarity(String text, Polarity expected) {
        assertThat(Polarity.parseLenient(text)).isEqualTo(expected);
    }

    @Test
    void parseLenient_unknownWord_listsAcceptedWords() {
        assertThatIllegalArgumentException().isThrownBy(() -> Polarity.parseLenient("Pok"))
                .withMessage("Unknown polarity: 'Pok' (accepted: High, Higher, Higher is better, Bigger is better, "
                        + "Good is high, Low, Lower, Lower is better, Smaller is better, Good is low, Band, Within band, "
                        + "n/a, None)");
    }

    @Test
    void parseLenient_null_namesParameter() {
        assertThatNullPointerException().isThrownBy(() -> Polarity.parseLenient(null)).withMessage("text");
    }

    @Test
    void reversed_swapsDirectionsAndKeepsOthers() {
        assertThat(Polarity.HIGHER_IS_BETTER.reversed()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(Polarity.LOWER_IS_BETTER.reversed()).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(Polarity.WITHIN_BAND.reversed()).isEqualTo(Polarity.WITHIN_BAND);
        assertThat(Polarity.NONE.reversed()).isEqualTo(Polarity.NONE);
    }

    @Test
    void isRated_onlyNoneIsNotRated() {
        assertThat(Polarity.NONE.isRated()).isFalse();
        assertThat(Polarity.WITHIN_BAND.isRated()).isTrue();
        assertThat(Polarity.HIGHER_IS_BETTER.isDirectional()).isTrue();
        assertThat(Polarity.WITHIN_BAND.isDirectional()).isFalse();
    }

    @Test
    void compareBetter_comparesExactlyIgnoringScale() {
        BigDecimal a = new BigDecimal("97.30");
        BigDecimal b = new BigDecimal("97.3");
        BigDecimal c = new BigDecimal("97.31");
        assertThat(Polarity.HIGHER_IS_BETTER.compareBetter(a, b)).isZero();
        assertThat(Polarity.HIGHER_IS_BETTER.compareBetter(c, a)).isPositive();
        assertThat(Polarity.LOWER_IS_BETTER.compareBetter(c, a)).isNegative();
        assertThat(Polarity.LOWER_IS_BETTER.compareBetter(a, c)).isPositive();
    }

    @Test
    void compareBetter_nonDirectional_fails() {
        assertThatIllegalStateException()
                .isThrownBy(() -> Polarity.WITHIN_BAND.compareBetter(BigDecimal.ONE, BigDecimal.TEN))
                .withMessage("Polarity WITHIN_BAND does not order values");
    }
}
