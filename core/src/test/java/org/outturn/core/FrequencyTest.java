package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class FrequencyTest {

    static Stream<Arguments> seedWords() {
        return Stream.of(
                Arguments.of("Monthly", Frequency.MONTHLY),
                Arguments.of("monthly", Frequency.MONTHLY),
                Arguments.of("Quarterly", Frequency.QUARTERLY),
                Arguments.of("Termly", Frequency.TERMLY),
                Arguments.of("TERMLY", Frequency.TERMLY),
                Arguments.of("Yearly", Frequency.ANNUAL),
                Arguments.of("Annual", Frequency.ANNUAL),
                Arguments.of("Annually", Frequency.ANNUAL),
                Arguments.of("Biennial", Frequency.BIENNIAL),
                Arguments.of("Biennially", Frequency.BIENNIAL),
                Arguments.of(" YEARLY\t", Frequency.ANNUAL),
                Arguments.of("BIENNIAL", Frequency.BIENNIAL));
    }

    @ParameterizedTest
    @MethodSource("seedWords")
    void parseLenient_seedWord_returnsFrequency(String text, Frequency expected) {
        assertThat(Frequency.parseLenient(text)).isEqualTo(expected);
    }

    @Test
    void parseLenient_constantNames_returnConstants() {
        for (Frequency frequency : Frequency.values()) {
            assertThat(Frequency.parseLenient(frequency.name())).isEqualTo(frequency);
            assertThat(Frequency.valueOf(frequency.name())).isEqualTo(frequency);
        }
    }

    @Test
    void parseLenient_unknownWord_throwsWithAcceptedWords() {
        assertThatThrownBy(() -> Frequency.parseLenient("Weekly"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown frequency: 'Weekly' (accepted: Monthly, Quarterly, Termly, Yearly, Annual, Biennial)");
    }

    @Test
    void parseLenient_null_throwsWithParameterName() {
        assertThatThrownBy(() -> Frequency.parseLenient(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }

    @Test
    void monthsPerPeriod_eachConstant_isItsLength() {
        assertThat(Frequency.MONTHLY.monthsPerPeriod()).isEqualTo(1);
        assertThat(Frequency.QUARTERLY.monthsPerPeriod()).isEqualTo(3);
        assertThat(Frequency.TERMLY.monthsPerPeriod()).isEqualTo(4);
        assertThat(Frequency.ANNUAL.monthsPerPeriod()).isEqualTo(12);
        assertThat(Frequency.BIENNIAL.monthsPerPeriod()).isEqualTo(24);
    }

    @Test
    void isFinerThan_allPairs_matchesDeclarationOrder() {
        for (Frequency a : Frequency.values()) {
            for (Frequency b : Frequency.values()) {
                assertThat(a.isFinerThan(b)).as("%s finer than %s", a, b).isEqualTo(a.ordinal() < b.ordinal());
            }
        }
    }

    @Test
    void isFinerThan_null_throwsWithParameterName() {
        assertThatThrownBy(() -> Frequency.MONTHLY.isFinerThan(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("other");
    }

    @Test
    void displayName_eachConstant_isItsNameInWordsAndReadsBack() {
        assertThat(Frequency.MONTHLY.displayName()).isEqualTo("Monthly");
        assertThat(Frequency.QUARTERLY.displayName()).isEqualTo("Quarterly");
        assertThat(Frequency.TERMLY.displayName()).isEqualTo("Termly");
        assertThat(Frequency.ANNUAL.displayName()).isEqualTo("Annual");
        assertThat(Frequency.BIENNIAL.displayName()).isEqualTo("Biennial");
        for (Frequency frequency : Frequency.values()) {
            assertThat(Frequency.parseLenient(frequency.displayName())).isEqualTo(frequency);
        }
    }
}
