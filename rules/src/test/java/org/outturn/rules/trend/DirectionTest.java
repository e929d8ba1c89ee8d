package org.outturn.rules.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class DirectionTest {

    static Stream<Arguments> words() {
        return Stream.of(
                Arguments.of("increase", Direction.INCREASE),
                Arguments.of("decrease", Direction.DECREASE),
                Arguments.of("no change", Direction.NO_CHANGE),
                Arguments.of("Increase", Direction.INCREASE),
                Arguments.of("DECREASE", Direction.DECREASE),
                Arguments.of("No Change", Direction.NO_CHANGE),
                Arguments.of(" no change\t", Direction.NO_CHANGE),
                Arguments.of("NO_CHANGE", Direction.NO_CHANGE));
    }

    @ParameterizedTest
    @MethodSource("words")
    void parseLenient_reportWords_readIgnoringCaseAndSpace(String text, Direction expected) {
        assertThat(Direction.parseLenient(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Direction.class)
    void parseLenient_displayName_readsBack(Direction direction) {
        assertThat(Direction.parseLenient(direction.displayName())).isEqualTo(direction);
        assertThat(Direction.parseLenient(direction.name())).isEqualTo(direction);
    }

    @Test
    void parseLenient_unknownWord_listsAcceptedWords() {
        assertThatIllegalArgumentException().isThrownBy(() -> Direction.parseLenient("up"))
                .withMessage("Unknown direction of travel: 'up' (accepted: increase, decrease, no change)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "nochange", "no  change", "increased", "n/a"})
    void parseLenient_otherText_throws(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Direction.parseLenient(text))
                .withMessage("Unknown direction of travel: '" + text + "' (accepted: increase, decrease, no change)");
    }

    @Test
    void parseLenient_null_throwsNamingParameter() {
        assertThatNullPointerException().isThrownBy(() -> Direction.parseLenient(null)).withMessage("text");
    }

    @Test
    void reversed_swapsIncreaseAndDecrease() {
        assertThat(Direction.INCREASE.reversed()).isEqualTo(Direction.DECREASE);
        assertThat(Direction.DECREASE.reversed()).isEqualTo(Direction.INCREASE);
        assertThat(Direction.NO_CHANGE.reversed()).isEqualTo(Direction.NO_CHANGE);
    }

    @Test
    void displayName_isTheReportWording() {
        assertThat(Direction.INCREASE.displayName()).isEqualTo("increase");
        assertThat(Direction.DECREASE.displayName()).isEqualTo("decrease");
        assertThat(Direction.NO_CHANGE.displayName()).isEqualTo("no change");
    }
}
