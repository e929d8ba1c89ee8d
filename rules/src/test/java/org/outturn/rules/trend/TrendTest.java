package org.outturn.rules.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.outturn.core.Polarity;

final class TrendTest {

    /** Every direction under every polarity. */
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(Direction.INCREASE, Polarity.HIGHER_IS_BETTER, Trend.IMPROVING),
                Arguments.of(Direction.DECREASE, Polarity.HIGHER_IS_BETTER, Trend.DECLINING),
                Arguments.of(Direction.NO_CHANGE, Polarity.HIGHER_IS_BETTER, Trend.NO_CHANGE),
                Arguments.of(Direction.INCREASE, Polarity.LOWER_IS_BETTER, Trend.DECLINING),
                Arguments.of(Direction.DECREASE, Polarity.LOWER_IS_BETTER, Trend.IMPROVING),
                Arguments.of(Direction.NO_CHANGE, Polarity.LOWER_IS_BETTER, Trend.NO_CHANGE),
                Arguments.of(Direction.INCREASE, Polarity.WITHIN_BAND, Trend.NOT_COMPARABLE),
                Arguments.of(Direction.DECREASE, Polarity.WITHIN_BAND, Trend.NOT_COMPARABLE),
                Arguments.of(Direction.NO_CHANGE, Polarity.WITHIN_BAND, Trend.NOT_COMPARABLE),
                Arguments.of(Direction.INCREASE, Polarity.NONE, Trend.NOT_COMPARABLE),
                Arguments.of(Direction.DECREASE, Polarity.NONE, Trend.NOT_COMPARABLE),
                Arguments.of(Direction.NO_CHANGE, Polarity.NONE, Trend.NOT_COMPARABLE));
    }

    @ParameterizedTest
    @MethodSource("table")
    void of_directionAndPolarity_givesTable(Direction direction, Polarity polarity, Trend expected) {
        assertThat(Trend.of(direction, polarity)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Direction.class)
    void of_reversedPolarity_givesReversedTrend(Direction direction) {
        for (Polarity polarity : Polarity.values()) {
            assertThat(Trend.of(direction, polarity.reversed())).isEqualTo(Trend.of(direction, polarity).reversed());
            assertThat(Trend.of(direction.reversed(), polarity)).isEqualTo(Trend.of(direction, polarity).reversed());
        }
    }

    @Test
    void of_null_throwsNamingParameter() {
        assertThatNullPointerException().isThrownBy(() -> Trend.of(null, Polarity.NONE)).withMessage("direction");
        assertThatNullPointerException().isThrownBy(() -> Trend.of(Direction.INCREASE, null)).withMessage("polarity");
    }

    @Test
    void reversed_swapsImprovingAndDeclining() {
        assertThat(Trend.IMPROVING.reversed()).isEqualTo(Trend.DECLINING);
        assertThat(Trend.DECLINING.reversed()).isEqualTo(Trend.IMPROVING);
        assertThat(Trend.NO_CHANGE.reversed()).isEqualTo(Trend.NO_CHANGE);
        assertThat(Trend.NOT_COMPARABLE.reversed()).isEqualTo(Trend.NOT_COMPARABLE);
    }

    @Test
    void displayName_isCapitalisedWords() {
        assertThat(Trend.IMPROVING.displayName()).isEqualTo("Improving");
        assertThat(Trend.DECLINING.displayName()).isEqualTo("Declining");
        assertThat(Trend.NO_CHANGE.displayName()).isEqualTo("No change");
        assertThat(Trend.NOT_COMPARABLE.displayName()).isEqualTo("Not comparable");
    }
}
