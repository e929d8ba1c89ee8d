package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class MissingReasonTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Not yet available | NOT_YET_AVAILABLE",
        "Available March 23 | NOT_YET_AVAILABLE",
        "Available March 293 | NOT_YET_AVAILABLE",
        "Awaiting publication | NOT_YET_AVAILABLE",
        "Data suppressed, see part 2 report | SUPPRESSED",
        "Suppressed | SUPPRESSED",
        "Biennial Data 2026 | NOT_DUE",
        "New indicator | NEW_INDICATOR",
        "n/a | NOT_APPLICABLE",
        "not collected | NOT_COLLECTED",
        "NOT_DUE | NOT_DUE"})
    void parseLenient_seedWording_givesReason(String text, MissingReason expected) {
        assertThat(MissingReason.parseLenient(text)).isEqualTo(expected);
    }

    @Test
    void parseLenient_unknownWording_listsAccepted() {
        assertThatIllegalArgumentException().isThrownBy(() -> MissingReason.parseLenient("Lost"))
                .withMessageStartingWith("Unknown missing-value reason: 'Lost' (accepted: Not yet available, ");
    }
}
