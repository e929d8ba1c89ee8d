package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.outturn.core.BenchmarkGroup;
import org.outturn.core.Target;
import org.outturn.core.Unit;

final class CliRowsTest {

    static Stream<Arguments> targets() {
        return Stream.of(
                Arguments.of(Target.single(new BigDecimal("95.0")), "95.0%"),
                Arguments.of(Target.withFloor(new BigDecimal("95.0"), new BigDecimal("90.0")), "95.0%, floor 90.0%"),
                Arguments.of(Target.thresholds(new BigDecimal("1.7"), new BigDecimal("1.9")), "green 1.7%, red 1.9%"),
                Arguments.of(Target.band(new BigDecimal("5.0"), new BigDecimal("7.0")), "5.0% - 7.0%"),
                Arguments.of(Target.relativeTo(BenchmarkGroup.ENGLAND), "vs England"),
                Arguments.of(Target.none("Not a target measure"), "Not a target measure"));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void target_everyKind_printedWithTheUnit(Target target, String expected) {
        assertThat(CliRows.target(target, Unit.percentage(1))).isEqualTo(expected);
    }
}
