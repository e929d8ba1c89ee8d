package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class DisplayNameTest {

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of(Rag.RED, "Red"), Arguments.of(Rag.AMBER, "Amber"),
                Arguments.of(Rag.GREEN, "Green"), Arguments.of(Rag.BLUE, "Blue"),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "Higher is better"),
                Arguments.of(Polarity.LOWER_IS_BETTER, "Lower is better"),
                Arguments.of(Polarity.WITHIN_BAND, "Within band"),
                Arguments.of(Polarity.NONE, "Not rated"),
                Arguments.of(UnratedReason.NO_TARGET, "No target"),
                Arguments.of(UnratedReason.NO_OUTTURN, "No value"),
                Arguments.of(UnratedReason.NOT_RATED_MEASURE, "Context measure"),
                Arguments.of(UnratedReason.TARGET_NOT_FOR_PERIOD, "No target for the period"),
                Arguments.of(UnratedReason.BENCHMARK_NOT_AVAILABLE, "No benchmark value"),
                Arguments.of(UnratedReason.NOT_COMPARABLE, "Not comparable"),
                Arguments.of(MissingReason.NOT_YET_AVAILABLE, "Not yet available"),
                Arguments.of(MissingReason.SUPPRESSED, "Suppressed"),
                Arguments.of(MissingReason.NOT_DUE, "Not due"),
                Arguments.of(MissingReason.NEW_INDICATOR, "New indicator"),
                Arguments.of(MissingReason.NOT_COLLECTED, "Not collected"),
                Arguments.of(MissingReason.NOT_APPLICABLE, "Not applicable"));
    }

    @ParameterizedTest
    @MethodSource("names")
    void displayName_eachConstant_isHumanWording(Enum<?> constant, String expected) {
        String actual;
        if (constant instanceof Rag rag) {
            actual = rag.displayName();
        } else if (constant instanceof Polarity polarity) {
            actual = polarity.displayName();
        } else if (constant instanceof UnratedReason reason) {
            actual = reason.displayName();
        } else {
            actual = ((MissingReason) constant).displayName();
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void displayName_everyConstantIsCovered_noneRepeats() {
        assertThat(names().count()).isEqualTo(Rag.values().length + Polarity.values().length
                + UnratedReason.values().length + MissingReason.values().length);
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(Polarity.class,
                UnratedReason.class, MissingReason.class)) {
            long distinct = names().filter(a -> type.isInstance(a.get()[0]))
                    .map(a -> a.get()[1]).distinct().count();
            assertThat(distinct).as(type.getSimpleName()).isEqualTo(type.getEnumConstants().length);
        }
    }
}
