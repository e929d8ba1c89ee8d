package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CalendarYearTest {

    @Test
    void parse_everyNotationOfEveryYear_returnsSameYear() {
        for (int y = ReportingPeriodTest.FIRST; y <= ReportingPeriodTest.LAST; y++) {
            CalendarYear year = CalendarYear.of(y);
            assertThat(year.toString()).isEqualTo(Integer.toString(y));
            for (String text : List.of("" + y, "CY" + y, "CY " + y, "cy" + y, "\t" + y + "\n")) {
                assertThat(CalendarYear.parse(text)).as(text).isEqualTo(year);
                assertThat(ReportingPeriod.parse(text)).as(text).isEqualTo(year);
            }
        }
    }

    @Test
    void dates_everyYear_januaryToDecember() {
        for (int y = ReportingPeriodTest.FIRST; y <= ReportingPeriodTest.LAST; y++) {
            CalendarYear year = CalendarYear.of(y);
            assertThat(year.year()).isEqualTo(y);
            assertThat(year.startInclusive()).isEqualTo(LocalDate.of(y, 1, 1));
            assertThat(year.endInclusive()).isEqualTo(LocalDate.of(y, 12, 31));
            assertThat(CalendarYear.from(LocalDate.of(y, 7, 4))).isEqualTo(year);
            assertThat(year.month(Month.MARCH)).isEqualTo(ReportingMonth.of(y, 3));
            assertThat(year.frequency()).isEqualTo(Frequency.ANNUAL);
        }
    }

    @Test
    void periodsOf_quarters_areTheFinancialQuartersCoveringTheYear() {
        assertThat(CalendarYear.of(2024).periodsOf(Frequency.QUARTERLY)).extracting(Object::toString)
                .containsExactly("2023/24 Q4", "2024/25 Q1", "2024/25 Q2", "2024/25 Q3");
    }

    @Test
    void of_outOfRange_throwsWithRange() {
        assertThatThrownBy(() -> CalendarYear.of(1900))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for calendar year (valid values 1901 - 9998): 1900");
        assertThatThrownBy(() -> CalendarYear.parse("9999"))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessage("Text '9999' could not be parsed at index 0: "
                        + "Invalid value for calendar year (valid values 1901 - 9998): 9999");
    }

    @Test
    void parse_otherKind_throwsListingNotations() {
        assertThatThrownBy(() -> CalendarYear.parse("24"))
                .hasMessage("Text '24' could not be parsed at index 0: not a calendar year (accepted notations: 2024, CY2024)");
    }

    @Test
    void nullArguments_throwWithParameterNames() {
        assertThatThrownBy(() -> CalendarYear.parse(null)).hasMessage("text");
        assertThatThrownBy(() -> CalendarYear.from(null)).hasMessage("date");
        assertThatThrownBy(() -> CalendarYear.of(2024).month(null)).hasMessage("month");
    }
}
