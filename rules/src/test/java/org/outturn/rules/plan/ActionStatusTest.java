package org.outturn.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

final class ActionStatusTest {

    static Stream<Arguments> printed() {
        return Stream.of(
                Arguments.of("Complete", ActionStatus.COMPLETE),
                Arguments.of("Green", ActionStatus.GREEN),
                Arguments.of("Amber", ActionStatus.AMBER),
                Arguments.of("Red", ActionStatus.RED),
                Arguments.of("Ceased", ActionStatus.CEASED),
                Arguments.of("Ceased. Funding bid not successful", ActionStatus.CEASED),
                Arguments.of("Ceased: merged into another project", ActionStatus.CEASED),
                Arguments.of("Ceased - no longer required", ActionStatus.CEASED),
                Arguments.of("Ceased.", ActionStatus.CEASED),
                Arguments.of(" complete ", ActionStatus.COMPLETE),
                Arguments.of("GREEN", ActionStatus.GREEN),
                Arguments.of("ceased", ActionStatus.CEASED));
    }

    @ParameterizedTest
    @MethodSource("printed")
    void parseLenient_printedStatus_reads(String text, ActionStatus expected) {
        assertThat(ActionStatus.parseLenient(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(ActionStatus.class)
    void parseLenient_displayName_roundTrips(ActionStatus status) {
        assertThat(ActionStatus.parseLenient(status.displayName())).isSameAs(status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Purple", "", "G", "Ceasedx", "Completed", "On track"})
    void parseLenient_unknown_failsListingAccepted(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> ActionStatus.parseLenient(text))
                .withMessage("Unknown action status: '" + text + "' (accepted: Complete, Green, Amber, Red, Ceased)");
    }

    @Test
    void parseLenient_null_namesParameter() {
        assertThatNullPointerException().isThrownBy(() -> ActionStatus.parseLenient(null)).withMessage("text");
    }

    @Test
    void isCompleteOrOnTrack_completeAndGreenOnly() {
        assertThat(Stream.of(ActionStatus.values()).filter(ActionStatus::isCompleteOrOnTrack))
                .containsExactly(ActionStatus.COMPLETE, ActionStatus.GREEN);
    }

    @Test
    void displayName_asPrinted() {
        assertThat(Stream.of(ActionStatus.values()).map(ActionStatus::displayName))
                .containsExactly("Complete", "Green", "Amber", "Red", "Ceased");
    }
}
