package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FinancialQuarterTest {

    @Test
    void parse_everyNotationOfEveryQuarter_returnsSameQuarter() {
        for (int y = ReportingPeriodTest.FIRST; y <= ReportingPeriodTest.LAST; y++) {
            String fy = FinancialYear.of(y).toString();
            for (int q = 1; q <= 4; q++) {
                FinancialQuarter quarter = FinancialQuarter.of(y, q);
                assertThat(quarter.toString()).isEqualTo(fy + " Q" + q);
                for (String text : List.of(fy + " Q" + q, fy + "Q" + q, y + "/" + (y + 1) + " Q" + q, "Q" + q + " " + fy,
                        "FY" + fy + " Q" + q, fy + " q" + q, "Q" + q + " " + y + "/" + (y + 1))) {
                    assertThat(FinancialQuarter.parse(text)).as(text).isEqualTo(quarter);
                    assertThat(ReportingPeriod.parse(text)).as(text).isEqualTo(quarter);
                }
            }
        }
    }

    @Test
    void dates_everyQuarter_threeMonthsFromAprilWrapping() {
        for (int y = ReportingPeriodTest.FIRST; y <= ReportingPeriodTest.LAST; y++) {
            for (int q = 1; q <= 4; q++) {
                FinancialQuarter quarter = FinancialQuarter.of(FinancialYear.of(y), q);
                int month = 4 + 3 * (q - 1);
                LocalDate start = month > 12 ? LocalDate.of(y + 1, month - 12, 1) : LocalDate.of(y, month, 1);
                assertThat(quarter.startInclusive()).isEqualTo(start);
                assertThat(quarter.endExclusive()).isEqualTo(start.plusMonths(3));
                assertThat(quarter.year()).isEqualTo(FinancialYear.of(y));
                assertThat(quarter.quarter()).isEqualTo(q);
                assertThat(quarter.frequency()).isEqualTo(Frequency.QUARTERLY);
                for (LocalDate d = start; d.isBefore(start.plusMonths(3)); d = d.plusDays(1)) {
                    assertThat(FinancialQuarter.from(d)).isEqualTo(quarter);
                }
                assertThat(quarter.periodsOf(Frequency.MONTHLY)).hasSize(3)
                        .allSatisfy(m -> assertThat(((ReportingMonth) m).financialQuarter()).isEqualTo(quarter));
            }
        }
    }

    @Test
    void plusQuarters_acrossYears_wrapsToNextYear() {
        FinancialQuarter q4 = FinancialQuarter.parse("2024/25 Q4");
        assertThat(q4.next()).hasToString("2025/26 Q1");
        assertThat(q4.plusQuarters(5)).hasToString("2026/27 Q1");
        assertThat(q4.minusQuarters(4)).hasToString("2023/24 Q4");
        assertThat(q4.plusQuarters(-7)).hasToString("2023/24 Q1");
    }

    @Test
    void plusQuarters_outOfRange_throws() {
        assertThatThrownBy(() -> FinancialQuarter.of(9998, 4).next())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for financial year (valid values 1900 - 9998): 9999");
        assertThatThrownBy(() -> FinancialQuarter.of(1900, 1).previous())
                .hasMessage("Invalid value for financial year (valid values 1900 - 9998): 1899");
        assertThatThrownBy(() -> FinancialQuarter.of(2024, 1).plusQuarters(Long.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FinancialQuarter.of(2024, 1).minusQuarters(Long.MIN_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void of_quarterFive_throwsWithRange() {
        assertThatThrownBy(() -> FinancialQuarter.of(2024, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for quarter (valid values 1 - 4): 5");
        assertThatThrownBy(() -> FinancialYear.of(2024).quarter(0))
                .hasMessage("Invalid value for quarter (valid values 1 - 4): 0");
    }

    @Test
    void parse_quarterFive_throwsAtQuarter() {
        assertThatThrownBy(() -> FinancialQuarter.parse("2024/25 Q5"))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessage("Text '2024/25 Q5' could not be parsed at index 9: "
                        + "Invalid value for quarter (valid values 1 - 4): 5");
        assertThatThrownBy(() -> FinancialQuarter.parse("Q0 2024/25"))
                .hasMessage("Text 'Q0 2024/25' could not be parsed at index 1: "
                        + "Invalid value for quarter (valid values 1 - 4): 0");
        assertThatThrownBy(() -> FinancialQuarter.parse("2024/26 Q1"))
                .hasMessage("Text '2024/26 Q1' could not be parsed at index 5: years must be consecutive");
    }

    @Test
    void parse_otherKind_throwsListingNotations() {
        assertThatThrownBy(() -> FinancialQuarter.parse("2024/25"))
                .hasMessage("Text '2024/25' could not be parsed at index 0: not a financial quarter (accepted "
                        + "notations: 2024/25 Q1, 2024/25Q1, 2024/2025 Q1, Q1 2024/25, FY2024/25 Q1)");
    }

    @Test
    void nullArguments_throwWithParameterNames() {
        assertThatThrownBy(() -> FinancialQuarter.of(null, 1)).hasMessage("year");
        assertThatThrownBy(() -> FinancialQuarter.from(null)).hasMessage("date");
        assertThatThrownBy(() -> FinancialQuarter.parse(null)).hasMessage("text");
    }
}
