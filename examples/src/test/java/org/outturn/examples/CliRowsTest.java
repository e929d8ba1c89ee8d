package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.outturn.core.BenchmarkGroup;
import org.outturn.core.FinancialYear;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.rules.trend.DirectionOfTravel;

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

    static Stream<Arguments> trends() {
        Outturn earlier = Outturn.of(FinancialYear.parse("2023/24"), new BigDecimal("43"));
        Outturn later = Outturn.of(FinancialYear.parse("2024/25"), new BigDecimal("46"));
        Outturn missing = Outturn.missing(FinancialYear.parse("2024/25"), MissingReason.SUPPRESSED);
        return Stream.of(
                Arguments.of(earlier, later, Polarity.HIGHER_IS_BETTER, "Improving"),
                Arguments.of(earlier, later, Polarity.LOWER_IS_BETTER, "Declining"),
                Arguments.of(earlier, Outturn.of(FinancialYear.parse("2024/25"), new BigDecimal("43.0")),
                        Polarity.LOWER_IS_BETTER, "No change"),
                Arguments.of(earlier, later, Polarity.NONE, "Increase"),
                Arguments.of(later, earlier, Polarity.WITHIN_BAND, "Decrease"),
                Arguments.of(earlier, missing, Polarity.HIGHER_IS_BETTER, "Not comparable"),
                Arguments.of(earlier, missing, Polarity.NONE, "Not comparable"));
    }

    @ParameterizedTest
    @MethodSource("trends")
    void trend_readWithPolarity_orThePlainDirectionWhereNoWayIsBetter(Outturn from, Outturn to, Polarity polarity,
            String expected) {
        assertThat(CliRows.trend(DirectionOfTravel.between(from, to, polarity, Unit.count(0))))
                .isEqualTo(expected);
    }
}
