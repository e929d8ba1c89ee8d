package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

final class YearToDateTest {

    @Test
    void parse_everyNotationOfEveryYearToDate_returnsSameYearToDate() {
        for (int y = ReportingPeriodTest.FIRST; y <= ReportingPeriodTest.LAST; y++) {
            for (ReportingYear year : List.of(FinancialYear.of(y), CalendarYear.of(y), AcademicYear.of(y))) {
                for (ReportingPeriod month : year.periodsOf(Frequency.MONTHLY)) {
                    ReportingMonth end = (ReportingMonth) month;
                    YearToDate ytd = YearToDate.of(year, end);
                    assertThat(ytd.toString()).isEqualTo(year + " YTD " + end);
                    String iso = end.toYearMonth().toString();
                    for (String text : List.of(year + " YTD " + end, year + " ytd " + iso,
                            year + " Year to Date " + end, year + " year to date " + iso)) {
                        assertThat(YearToDate.parse(text)).as(text).isEqualTo(ytd);
                        assertThat(ReportingPeriod.parse(text)).as(text).isEqualTo(ytd);
                    }
                    assertThat(ytd.startInclusive()).isEqualTo(year.startInclusive());
                    assertThat(ytd.endInclusive()).isEqualTo(end.endInclusive());
                    assertThat(ytd.year()).isEqualTo(year);
                    assertThat(ytd.end()).isEqualTo(end);
                    assertThat(year.contains(ytd)).isTrue();
                    assertThat(ytd.frequency()).isEqualTo(Frequency.MONTHLY);
                }
            }
        }
    }

    @Test
    void parse_canonicalExamples_haveDocumentedDates() {
        YearToDate fy = YearToDate.parse("2024/25 YTD Sep-2024");
        assertThat(fy.startInclusive()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(fy.endInclusive()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(YearToDate.parse("2022 YTD Dec-2022").year()).isEqualTo(CalendarYear.of(2022));
        YearToDate ay = YearToDate.parse("2022/23 AY YTD Dec-2022");
        assertThat(ay.startInclusive()).isEqualTo(LocalDate.of(2022, 9, 1));
        assertThat(ay.endInclusive()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(YearToDate.parse("2022/2023 YTD Mar-23")).hasToString("2022/23 YTD Mar-2023");
    }

    @Test
    void to_quarter_endsWithTheQuartersLastMonth() {
        for (int q = 1; q <= 4; q++) {
            FinancialQuarter quarter = FinancialQuarter.of(2024, q);
            YearToDate ytd = YearToDate.to(quarter);
            assertThat(ytd.year()).isEqualTo(quarter.year());
            assertThat(ytd.endInclusive()).isEqualTo(quarter.endInclusive());
            assertThat(ytd.periodsOf(Frequency.QUARTERLY)).hasSize(q).endsWith(quarter);
        }
        assertThat(YearToDate.to(FinancialQuarter.of(2024, 2))).hasToString("2024/25 YTD Sep-2024");
    }

    @Test
    void next_lastMonthOfYear_movesToFirstMonthOfNextYear() {
        YearToDate march = YearToDate.parse("2024/25 YTD Mar-2025");
        assertThat(march.next()).hasToString("2025/26 YTD Apr-2025");
        assertThat(march.next().previous()).isEqualTo(march);
        assertThat(YearToDate.parse("2024/25 YTD Sep-2024").next()).hasToString("2024/25 YTD Oct-2024");
        assertThat(YearToDate.parse("2022 YTD Dec-2022").next()).hasToString("2023 YTD Jan-2023");
        assertThat(YearToDate.parse("2022/23 AY YTD Aug-2023").next()).hasToString("2023/24 AY YTD Sep-2023");
    }

    @Test
    void minusYears_one_isSamePointLastYear() {
        assertThat(YearToDate.parse("2024/25 YTD Sep-2024").minusYears(1)).hasToString("2023/24 YTD Sep-2023");
        assertThat(YearToDate.parse("2022/23 AY YTD Jan-2023").plusYears(2)).hasToString("2024/25 AY YTD Jan-2025");
    }

    @Test
    void periodsOf_months_areTheMonthsToTheEnd() {
        assertThat(YearToDate.parse("2024/25 YTD Jun-2024").periodsOf(Frequency.MONTHLY))
                .extracting(Object::toString).containsExactly("Apr-2024", "May-2024", "Jun-2024");
        assertThatThrownBy(() -> YearToDate.parse("2024/25 YTD May-2024").periodsOf(Frequency.QUARTERLY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot divide 2024/25 YTD May-2024 into QUARTERLY periods: "
                        + "they do not tile 2024-04-01 - 2024-05-31");
        assertThatThrownBy(() -> YearToDate.parse("2024/25 YTD Mar-2025").periodsOf(Frequency.ANNUAL))
                .hasMessage("Cannot divide 2024/25 YTD Mar-2025 into ANNUAL periods: ANNUAL is not finer than ANNUAL");
    }

    @Test
    void of_endOutsideYear_throwsNamingBoth() {
        assertThatThrownBy(() -> YearToDate.of(FinancialYear.of(2024), ReportingMonth.of(2025, Month.SEPTEMBER)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for end of 2024/25 (valid values Apr-2024 - Mar-2025): Sep-2025");
        assertThatThrownBy(() -> YearToDate.of(AcademicYear.of(2022), ReportingMonth.of(2022, Month.AUGUST)))
                .hasMessage("Invalid value for end of 2022/23 AY (valid values Sep-2022 - Aug-2023): Aug-2022");
    }

    @Test
    void parse_endOutsideYear_throwsAtMonth() {
        assertThatThrownBy(() -> YearToDate.parse("2024/25 YTD Sep-2025"))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessage("Text '2024/25 YTD Sep-2025' could not be parsed at index 12: "
                        + "Invalid value for end of 2024/25 (valid values Apr-2024 - Mar-2025): Sep-2025");
    }

    @Test
    void parse_badParts_throwAtThePart() {
        assertThatThrownBy(() -> YearToDate.parse("2024/25 Q1 YTD Jun-2024"))
                .hasMessage("Text '2024/25 Q1 YTD Jun-2024' could not be parsed at index 0: not a financial, "
                        + "calendar or academic year (accepted notations: 2024/25, 2024, 2024/25 AY)");
        assertThatThrownBy(() -> YearToDate.parse("2024/25 YTD Q2"))
                .hasMessage("Text '2024/25 YTD Q2' could not be parsed at index 12: not a month (accepted "
                        + "notations: Apr-2024, Apr-24, April 2024, Apr 2024, 2024-04)");
        assertThatThrownBy(() -> YearToDate.parse("2024/25 YTD Foo-2024"))
                .hasMessage("Text '2024/25 YTD Foo-2024' could not be parsed at index 12: unknown month name 'Foo'");
        assertThatThrownBy(() -> YearToDate.parse("2024/25"))
                .hasMessage("Text '2024/25' could not be parsed at index 0: not a year to date (accepted "
                        + "notations: 2024/25 YTD Sep-2024, 2024 YTD Sep-2024, 2024/25 AY YTD Sep-2024)");
    }

    @Test
    void nullArguments_throwWithParameterNames() {
        assertThatThrownBy(() -> YearToDate.of(null, ReportingMonth.of(2024, 4))).hasMessage("year");
        assertThatThrownBy(() -> YearToDate.of(FinancialYear.of(2024), null)).hasMessage("end");
        assertThatThrownBy(() -> YearToDate.to(null)).hasMessage("quarter");
        assertThatThrownBy(() -> YearToDate.parse(null)).hasMessage("text");
    }
}
