package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FinancialYearTest {

    @Test
    void parse_everyNotationOfEveryYear_returnsSameYear() {
        for (int y = ReportingPeriodTest.FIRST; y <= ReportingPeriodTest.LAST; y++) {
            FinancialYear fy = FinancialYear.of(y);
            String two = String.format("%02d", (y + 1) % 100);
            assertThat(fy.toString()).isEqualTo(y + "/" + two);
            for (String text : List.of(y + "/" + two, y + "/" + (y + 1), "FY" + y + "/" + two, "FY " + y + "/" + two,
                    "FY" + y + "/" + (y + 1), "fy" + y + "/" + two, " " + y + "/" + two + " ")) {
                assertThat(FinancialYear.parse(text)).as(text).isEqualTo(fy);
                assertThat(ReportingPeriod.parse(text)).as(text).isEqualTo(fy);
            }
        }
    }

    @Test
    void dates_everyYear_firstAprilToThirtyFirstMarch() {
        for (int y = ReportingPeriodTest.FIRST; y <= ReportingPeriodTest.LAST; y++) {
            FinancialYear fy = FinancialYear.of(y);
            assertThat(fy.startYear()).isEqualTo(y);
            assertThat(fy.endYear()).isEqualTo(y + 1);
            assertThat(fy.startInclusive()).isEqualTo(LocalDate.of(y, 4, 1));
            assertThat(fy.endInclusive()).isEqualTo(LocalDate.of(y + 1, 3, 31));
            assertThat(fy.endExclusive()).isEqualTo(LocalDate.of(y + 1, 4, 1));
            assertThat(FinancialYear.from(fy.startInclusive())).isEqualTo(fy);
            assertThat(FinancialYear.from(fy.endInclusive())).isEqualTo(fy);
            assertThat(FinancialYear.from(fy.endExclusive())).isEqualTo(fy.next());
            assertThat(fy.frequency()).isEqualTo(Frequency.ANNUAL);
            for (Month month : Month.values()) {
                ReportingMonth m = fy.month(month);
                assertThat(m.month()).isEqualTo(month);
                assertThat(fy.contains(m)).isTrue();
                assertThat(m.financialYear()).isEqualTo(fy);
            }
            for (int q = 1; q <= 4; q++) {
                assertThat(fy.quarter(q)).isEqualTo(FinancialQuarter.of(fy, q));
            }
        }
    }

    @Test
    void toString_centuryBoundary_printsTwoDigitZero() {
        assertThat(FinancialYear.of(1999)).hasToString("1999/00");
        assertThat(FinancialYear.parse("1999/00")).isEqualTo(FinancialYear.of(1999));
        assertThat(FinancialYear.parse("1999/2000")).isEqualTo(FinancialYear.of(1999));
        assertThat(FinancialYear.of(2009)).hasToString("2009/10");
        assertThat(FinancialYear.of(1900)).hasToString("1900/01");
        assertThat(FinancialYear.of(9998)).hasToString("9998/99");
    }

    @Test
    void of_outOfRange_throwsWithRange() {
        assertThatThrownBy(() -> FinancialYear.of(1899))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for financial year (valid values 1900 - 9998): 1899");
        assertThatThrownBy(() -> FinancialYear.of(9999))
                .hasMessage("Invalid value for financial year (valid values 1900 - 9998): 9999");
        assertThatThrownBy(() -> FinancialYear.of(9998).next())
                .hasMessage("Invalid value for financial year (valid values 1900 - 9998): 9999");
        assertThatThrownBy(() -> FinancialYear.from(LocalDate.of(1900, 3, 31)))
                .hasMessage("Invalid value for financial year (valid values 1900 - 9998): 1899");
    }

    @Test
    void parse_nonConsecutiveYears_throwsAtEndYear() {
        assertThatThrownBy(() -> FinancialYear.parse("2024/26"))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessage("Text '2024/26' could not be parsed at index 5: years must be consecutive");
        assertThatThrownBy(() -> FinancialYear.parse("FY2024/2026"))
                .hasMessage("Text 'FY2024/2026' could not be parsed at index 7: years must be consecutive");
        assertThatThrownBy(() -> FinancialYear.parse("1999/2100"))
                .hasMessage("Text '1999/2100' could not be parsed at index 5: years must be consecutive");
    }

    @Test
    void parse_outOfRange_throwsWithRangeAndCause() {
        assertThatThrownBy(() -> FinancialYear.parse("1899/00"))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessage("Text '1899/00' could not be parsed at index 0: "
                        + "Invalid value for financial year (valid values 1900 - 9998): 1899")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parse_otherKind_throwsListingNotations() {
        assertThatThrownBy(() -> FinancialYear.parse("2024/25 Q1"))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessage("Text '2024/25 Q1' could not be parsed at index 0: not a financial year "
                        + "(accepted notations: 2024/25, 2024/2025, FY2024/25, FY 2024/25, FY2024/2025)");
    }

    @Test
    void nullArguments_throwWithParameterNames() {
        assertThatThrownBy(() -> FinancialYear.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> FinancialYear.from(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
        assertThatThrownBy(() -> FinancialYear.of(2024).month(null))
                .isInstanceOf(NullPointerException.class).hasMessage("month");
    }

    @Test
    void periodsOf_financialYear_twelveMonthsAndFourQuarters() {
        FinancialYear fy = FinancialYear.of(2024);
        assertThat(fy.periodsOf(Frequency.MONTHLY)).extracting(Object::toString).containsExactly(
                "Apr-2024", "May-2024", "Jun-2024", "Jul-2024", "Aug-2024", "Sep-2024",
                "Oct-2024", "Nov-2024", "Dec-2024", "Jan-2025", "Feb-2025", "Mar-2025");
        assertThat(fy.periodsOf(Frequency.QUARTERLY)).extracting(Object::toString).containsExactly(
                "2024/25 Q1", "2024/25 Q2", "2024/25 Q3", "2024/25 Q4");
    }

    @Test
    void equalsAndHashCode_sameStartYear_equal() {
        assertThat(FinancialYear.of(2024)).isEqualTo(FinancialYear.parse("2024/2025"))
                .hasSameHashCodeAs(FinancialYear.parse("FY 2024/25"))
                .isNotEqualTo(FinancialYear.of(2023))
                .isNotEqualTo(AcademicYear.of(2024))
                .isNotEqualTo(null);
    }
}
