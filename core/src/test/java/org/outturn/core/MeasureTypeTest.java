package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class MeasureTypeTest {

    static Stream<Arguments> words() {
        return Stream.of(
                Arguments.of("Snapshot", MeasureType.SNAPSHOT),
                Arguments.of(" SNAPSHOT\t", MeasureType.SNAPSHOT),
                Arguments.of("Cumulative year to date", MeasureType.CUMULATIVE_YEAR_TO_DATE),
                Arguments.of("cumulative-year-to-date", MeasureType.CUMULATIVE_YEAR_TO_DATE),
                Arguments.of("CUMULATIVE_YEAR_TO_DATE", MeasureType.CUMULATIVE_YEAR_TO_DATE),
                Arguments.of("Rolling 12 months", MeasureType.ROLLING_12_MONTHS),
                Arguments.of("rolling-12-months", MeasureType.ROLLING_12_MONTHS));
    }

    @ParameterizedTest
    @MethodSource("words")
    void parseLenient_words_returnType(String text, MeasureType expected) {
        assertThat(MeasureType.parseLenient(text)).isEqualTo(expected);
    }

    @Test
    void parseLenient_displayNameAndConstantName_readBack() {
        for (MeasureType type : MeasureType.values()) {
            assertThat(MeasureType.parseLenient(type.displayName())).isEqualTo(type);
            assertThat(MeasureType.parseLenient(type.name())).isEqualTo(type);
        }
    }

    @Test
    void displayName_eachConstant_isItsNameInWords() {
        assertThat(MeasureType.SNAPSHOT.displayName()).isEqualTo("Snapshot");
        assertThat(MeasureType.CUMULATIVE_YEAR_TO_DATE.displayName()).isEqualTo("Cumulative year to date");
        assertThat(MeasureType.ROLLING_12_MONTHS.displayName()).isEqualTo("Rolling 12 months");
    }

    @Test
    void parseLenient_unknown_throwsListingTheTypes() {
        assertThatThrownBy(() -> MeasureType.parseLenient("Weekly"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown measure type: 'Weekly' (accepted: Snapshot, Cumulative year to date, "
                        + "Rolling 12 months)");
        assertThatThrownBy(() -> MeasureType.parseLenient(""))
                .hasMessage("Unknown measure type: '' (accepted: Snapshot, Cumulative year to date, "
                        + "Rolling 12 months)");
    }

    @Test
    void parseLenient_null_throwsWithParameterName() {
        assertThatThrownBy(() -> MeasureType.parseLenient(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }
}
