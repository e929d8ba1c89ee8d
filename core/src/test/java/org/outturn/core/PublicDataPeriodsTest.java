package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The period kinds that public data uses: every notation of each kind over 1990 - 2100, their dates,
 * and one test per error message. The laws shared by every kind are in {@link ReportingPeriodTest}.
 */
final class PublicDataPeriodsTest {

    private static final int FIRST = ReportingPeriodTest.FIRST;
    private static final int LAST = ReportingPeriodTest.LAST;
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private static void assertParsed(String text, ReportingPeriod expected) {
        assertThat(ReportingPeriod.parse(text)).as(text).isEqualTo(expected);
    }

    @Test
    void calendarQuarter_everyNotationOfEveryQuarter_readsTheQuarter() {
        for (int y = FIRST; y <= LAST; y++) {
            for (int q = 1; q <= 4; q++) {
                CalendarQuarter quarter = CalendarQuarter.of(y, q);
                assertThat(quarter).hasToString(y + " Q" + q);
                String months = MONTHS[q * 3 - 3] + "-" + MONTHS[q * 3 - 1] + " " + y;
                for (String text : List.of(y + " Q" + q, y + "Q" + q, "Q" + q + " " + y, months,
                        MONTHS[q * 3 - 3] + " - " + MONTHS[q * 3 - 1] + " " + y, months.toUpperCase())) {
                    assertThat(CalendarQuarter.parse(text)).as(text).isEqualTo(quarter);
                    assertParsed(text, quarter);
                }
                assertThat(quarter.startInclusive()).isEqualTo(LocalDate.of(y, q * 3 - 2, 1));
                assertThat(quarter.endInclusive()).isEqualTo(LocalDate.of(y, q * 3, 1).plusMonths(1).minusDays(1));
                assertThat(CalendarQuarter.from(quarter.startInclusive())).isEqualTo(quarter);
                assertThat(CalendarQuarter.from(quarter.endInclusive())).isEqualTo(quarter);
                assertThat(quarter.calendarYear()).isEqualTo(CalendarYear.of(y));
                assertThat(quarter.year()).isEqualTo(y);
                assertThat(quarter.quarter()).isEqualTo(q);
                assertThat(CalendarYear.of(y).contains(quarter)).isTrue();
            }
        }
        assertParsed("January-March 2024", CalendarQuarter.of(2024, 1));
        assertThat(CalendarQuarter.of(2024, 4).next()).hasToString("2025 Q1");
        assertThat(CalendarQuarter.of(2024, 1).plusQuarters(-1)).hasToString("2023 Q4");
        assertThat(CalendarQuarter.of(2024, 2)).isNotEqualTo(FinancialQuarter.of(2024, 1));
    }

    @Test
    void calendarQuarter_errors_nameIndexAndRule() {
        assertThatThrownBy(() -> CalendarQuarter.parse("Jan-Apr 2024")).isInstanceOf(DateTimeParseException.class)
                .hasMessage("Text 'Jan-Apr 2024' could not be parsed at index 0: months must be those of a calendar "
                        + "quarter (Jan-Mar, Apr-Jun, Jul-Sep, Oct-Dec)");
        assertThatThrownBy(() -> CalendarQuarter.parse("Foo-Mar 2024"))
                .hasMessage("Text 'Foo-Mar 2024' could not be parsed at index 0: unknown month name 'Foo'");
        assertThatThrownBy(() -> CalendarQuarter.parse("2024 Q0"))
                .hasMessage("Text '2024 Q0' could not be parsed at index 6: Invalid value for quarter (valid values "
                        + "1 - 4): 0");
        assertThatThrownBy(() -> CalendarQuarter.parse("1900 Q1"))
                .hasMessage("Text '1900 Q1' could not be parsed at index 0: Invalid value for calendar year (valid "
                        + "values 1901 - 9998): 1900");
        assertThatThrownBy(() -> CalendarQuarter.parse("2024/25 Q1"))
                .hasMessage("Text '2024/25 Q1' could not be parsed at index 0: not a calendar quarter (accepted "
                        + "notations: 2024 Q1, 2024Q1, Q1 2024, Jan-Mar 2024)");
        assertThatThrownBy(() -> CalendarQuarter.of(2024, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for quarter (valid values 1 - 4): 5");
        assertThatThrownBy(() -> CalendarQuarter.of(9998, 4).next())
                .hasMessage("Invalid value for calendar year (valid values 1901 - 9998): 9999");
        assertThatNullPointerException().isThrownBy(() -> CalendarQuarter.parse(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> CalendarQuarter.from(null)).withMessage("date");
    }

    @Test
    void schoolTerm_everyNotationOfEveryTerm_readsTheTerm() {
        for (int y = FIRST; y <= LAST; y++) {
            AcademicYear year = AcademicYear.of(y);
            String pair = year.toString().replace(" AY", "");
            LocalDate start = year.startInclusive();
            for (SchoolTerm.Term term : SchoolTerm.Term.values()) {
                SchoolTerm schoolTerm = SchoolTerm.of(year, term);
                int calendarYear = term == SchoolTerm.Term.AUTUMN ? y : y + 1;
                String name = term.displayName();
                assertThat(schoolTerm).hasToString(name + " " + calendarYear);
                assertThat(schoolTerm.calendarYear()).isEqualTo(calendarYear);
                for (String text : List.of(name + " " + calendarYear, name + " term " + calendarYear,
                        name + " " + pair, name + " Term " + pair, pair + " " + name, pair + " AY " + name + " term",
                        name.toLowerCase() + " " + calendarYear)) {
                    assertThat(SchoolTerm.parse(text)).as(text).isEqualTo(schoolTerm);
                    assertParsed(text, schoolTerm);
                }
                LocalDate termStart = start.plusMonths(4L * term.ordinal());
                assertThat(schoolTerm.startInclusive()).isEqualTo(termStart);
                assertThat(schoolTerm.endInclusive()).isEqualTo(termStart.plusMonths(4).minusDays(1));
                assertThat(SchoolTerm.from(schoolTerm.startInclusive())).isEqualTo(schoolTerm);
                assertThat(SchoolTerm.from(schoolTerm.endInclusive())).isEqualTo(schoolTerm);
                assertThat(year.contains(schoolTerm)).isTrue();
                assertThat(schoolTerm.year()).isEqualTo(year);
                assertThat(schoolTerm.term()).isEqualTo(term);
                assertThat(schoolTerm.frequency()).isEqualTo(Frequency.TERMLY);
            }
            assertThat(year.periodsOf(Frequency.TERMLY)).containsExactly(SchoolTerm.of(year, SchoolTerm.Term.AUTUMN),
                    SchoolTerm.of(year, SchoolTerm.Term.SPRING), SchoolTerm.of(year, SchoolTerm.Term.SUMMER));
        }
        SchoolTerm autumn = SchoolTerm.parse("Autumn 2022");
        assertThat(autumn.startInclusive()).isEqualTo(LocalDate.of(2022, 9, 1));
        assertThat(autumn.endInclusive()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(autumn.next()).hasToString("Spring 2023");
        assertThat(autumn.next().next()).hasToString("Summer 2023");
        assertThat(autumn.next().next().next()).hasToString("Autumn 2023");
        assertThat(autumn.previous()).hasToString("Summer 2022");
        assertThat(autumn.plusTerms(-4)).hasToString("Summer 2021");
        assertThat(autumn.minusYears(1)).hasToString("Autumn 2021");
        assertThat(SchoolTerm.Term.SPRING.displayName()).isEqualTo("Spring");
    }

    @Test
    void schoolTerm_errors_nameIndexAndRule() {
        assertThatThrownBy(() -> SchoolTerm.parse("Autumn 1899")).isInstanceOf(DateTimeParseException.class)
                .hasMessage("Text 'Autumn 1899' could not be parsed at index 7: Invalid value for academic year "
                        + "(valid values 1900 - 9997): 1899");
        assertThatThrownBy(() -> SchoolTerm.parse("Spring 2022/24"))
                .hasMessage("Text 'Spring 2022/24' could not be parsed at index 12: years must be consecutive");
        assertThatThrownBy(() -> SchoolTerm.parse("Winter 2022"))
                .hasMessage("Text 'Winter 2022' could not be parsed at index 0: not a school term (accepted "
                        + "notations: Autumn 2022, Autumn term 2022, Spring 2022/23, 2022/23 Spring)");
        assertThatThrownBy(() -> SchoolTerm.parse("Summer 9999"))
                .hasMessage("Text 'Summer 9999' could not be parsed at index 7: Invalid value for academic year "
                        + "(valid values 1900 - 9997): 9998");
        assertThatNullPointerException().isThrownBy(() -> SchoolTerm.of(null, SchoolTerm.Term.AUTUMN))
                .withMessage("year");
        assertThatNullPointerException().isThrownBy(() -> SchoolTerm.of(AcademicYear.of(2022), null))
                .withMessage("term");
        assertThatNullPointerException().isThrownBy(() -> SchoolTerm.parse(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> SchoolTerm.from(null)).withMessage("date");
    }

    @Test
    void rollingTwelveMonths_everyEndMonth_readsAndKnowsItsDates() {
        for (int y = FIRST; y <= LAST; y++) {
            for (Month m : Month.values()) {
                ReportingMonth end = ReportingMonth.of(y, m);
                RollingTwelveMonths rolling = RollingTwelveMonths.to(end);
                assertThat(rolling).hasToString("12 months to " + end);
                for (String text : List.of("12 months to " + end, "12 months ending " + end,
                        "Rolling 12 months to " + end, "12 months to " + m.getDisplayName(java.time.format.TextStyle.FULL,
                                java.util.Locale.UK) + " " + y, "12 MONTHS TO " + end)) {
                    assertThat(RollingTwelveMonths.parse(text)).as(text).isEqualTo(rolling);
                    assertParsed(text, rolling);
                }
                assertThat(rolling.start()).isEqualTo(end.minusMonths(11));
                assertThat(rolling.startInclusive()).isEqualTo(end.startInclusive().minusMonths(11));
                assertThat(rolling.endInclusive()).isEqualTo(end.endInclusive());
                assertThat(rolling.periodsOf(Frequency.MONTHLY)).hasSize(12);
                assertThat(rolling.next().end()).isEqualTo(end.next());
            }
        }
        RollingTwelveMonths toMarch = RollingTwelveMonths.parse("12 months to Mar-2025");
        assertThat(toMarch.startInclusive()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(toMarch).isNotEqualTo(FinancialYear.of(2024));
        assertThat(toMarch.minusYears(1).overlaps(toMarch)).isFalse();
    }

    @Test
    void rollingTwelveMonths_errors_nameIndexAndRule() {
        assertThatThrownBy(() -> RollingTwelveMonths.parse("12 months to Feb-1901"))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessage("Text '12 months to Feb-1901' could not be parsed at index 13: Invalid value for end of "
                        + "12 months (valid values Mar-1901 - Mar-9999): Feb-1901");
        assertThatThrownBy(() -> RollingTwelveMonths.parse("12 months to 2025"))
                .hasMessage("Text '12 months to 2025' could not be parsed at index 13: not a month (accepted "
                        + "notations: Apr-2024, Apr-24, April 2024, 2024-04)");
        assertThatThrownBy(() -> RollingTwelveMonths.parse("12 months to Foo-2025"))
                .hasMessage("Text '12 months to Foo-2025' could not be parsed at index 13: unknown month name 'Foo'");
        assertThatThrownBy(() -> RollingTwelveMonths.parse("6 months to Mar-2025"))
                .hasMessage("Text '6 months to Mar-2025' could not be parsed at index 0: not twelve months to a month "
                        + "(accepted notations: 12 months to Mar-2025, 12 months ending Mar-2025, Rolling 12 months "
                        + "to Mar-2025)");
        assertThatThrownBy(() -> RollingTwelveMonths.to(ReportingMonth.of(9999, 3)).next())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatNullPointerException().isThrownBy(() -> RollingTwelveMonths.to(null)).withMessage("end");
        assertThatNullPointerException().isThrownBy(() -> RollingTwelveMonths.parse(null)).withMessage("text");
    }

    @Test
    void pooledYears_everyPoolOfEveryLength_readsEveryNotation() {
        for (int y = FIRST; y <= LAST; y++) {
            for (int years = 2; years <= 10; years++) {
                int last = y + years - 1;
                String lastTwo = PeriodSupport.twoDigits(last % 100);
                PooledYears calendar = PooledYears.ofCalendarYears(CalendarYear.of(y), years);
                assertThat(calendar).hasToString(y + "-" + last);
                for (String text : List.of(y + "-" + last, y + " - " + last, y + " - " + lastTwo,
                        y + "\u2013" + last, y + " \u2013 " + lastTwo)) {
                    assertThat(PooledYears.parse(text)).as(text).isEqualTo(calendar);
                    assertParsed(text, calendar);
                }
                assertThat(calendar.startInclusive()).isEqualTo(LocalDate.of(y, 1, 1));
                assertThat(calendar.endInclusive()).isEqualTo(LocalDate.of(last, 12, 31));
                assertThat(calendar.first()).isEqualTo(CalendarYear.of(y));
                assertThat(calendar.last()).isEqualTo(CalendarYear.of(last));
                assertThat(calendar.years()).isEqualTo(years);
                assertThat(calendar.isFinancial()).isFalse();

                String firstPair = FinancialYear.of(y).toString();
                String lastPair = FinancialYear.of(last).toString();
                String shortPair = lastTwo + "/" + PeriodSupport.twoDigits((last + 1) % 100);
                ReportingPeriod financial = years == 2 ? Biennium.of(y)
                        : PooledYears.ofFinancialYears(FinancialYear.of(y), years);
                assertThat(financial).hasToString(firstPair + "-" + lastPair);
                for (String text : List.of(firstPair + "-" + lastPair, firstPair + " - " + lastPair,
                        firstPair + " - " + shortPair, firstPair + "-" + shortPair,
                        y + "/" + (y + 1) + "-" + last + "/" + (last + 1))) {
                    assertParsed(text, financial);
                    if (years > 2) {
                        assertThat(PooledYears.parse(text)).as(text).isEqualTo(financial);
                    }
                }
                assertThat(financial.startInclusive()).isEqualTo(LocalDate.of(y, 4, 1));
                assertThat(financial.endInclusive()).isEqualTo(LocalDate.of(last + 1, 3, 31));
            }
        }
        PooledYears pool = PooledYears.parse("2017 - 19");
        assertThat(pool.next()).hasToString("2018-2020");
        assertThat(pool.previous()).hasToString("2016-2018");
        assertThat(pool.frequency()).isEqualTo(Frequency.ANNUAL);
        assertThat(PooledYears.parse("2017/18 - 19/20").isFinancial()).isTrue();
        assertThat(PooledYears.parse("1998 - 02")).hasToString("1998-2002");
    }

    @Test
    void pooledYears_errors_nameIndexAndRule() {
        assertThatThrownBy(() -> PooledYears.parse("2017 - 29")).isInstanceOf(DateTimeParseException.class)
                .hasMessage("Text '2017 - 29' could not be parsed at index 7: Invalid value for pooled calendar years "
                        + "(valid values 2 - 10): 13");
        assertThatThrownBy(() -> PooledYears.parse("2017-2017"))
                .hasMessage("Text '2017-2017' could not be parsed at index 5: Invalid value for pooled calendar years "
                        + "(valid values 2 - 10): 1");
        assertThatThrownBy(() -> PooledYears.parse("2017/18 - 16/17"))
                .hasMessage("Text '2017/18 - 16/17' could not be parsed at index 10: Invalid value for pooled "
                        + "financial years (valid values 3 - 10): 100");
        assertThatThrownBy(() -> PooledYears.parse("2017/18 - 19/21"))
                .hasMessage("Text '2017/18 - 19/21' could not be parsed at index 13: years must be consecutive");
        assertThatThrownBy(() -> PooledYears.parse("2017/18 - 18/19"))
                .hasMessage("Text '2017/18 - 18/19' could not be parsed at index 0: two financial years are a "
                        + "biennium, not pooled years");
        assertThatThrownBy(() -> PooledYears.parse("1900 - 02"))
                .hasMessage("Text '1900 - 02' could not be parsed at index 0: Invalid value for calendar year (valid "
                        + "values 1901 - 9998): 1900");
        assertThatThrownBy(() -> PooledYears.parse("2017"))
                .hasMessage("Text '2017' could not be parsed at index 0: not pooled years (accepted notations: "
                        + "2017-2019, 2017 - 19, 2017/18-2019/20, 2017/18 - 19/20)");
        assertThatThrownBy(() -> PooledYears.ofFinancialYears(FinancialYear.of(2017), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for pooled financial years (valid values 3 - 10): 2");
        assertThatThrownBy(() -> PooledYears.ofCalendarYears(CalendarYear.of(9997), 3))
                .hasMessage("Invalid value for calendar year (valid values 1901 - 9998): 9999");
        assertThat(ReportingPeriod.parse("2017-12")).isEqualTo(ReportingMonth.of(2017, 12));
        assertThatNullPointerException().isThrownBy(() -> PooledYears.ofCalendarYears(null, 3)).withMessage("first");
        assertThatNullPointerException().isThrownBy(() -> PooledYears.ofFinancialYears(null, 3)).withMessage("first");
        assertThatNullPointerException().isThrownBy(() -> PooledYears.parse(null)).withMessage("text");
    }

    @Test
    void cumulativeQuarters_everyYearAndQuarter_readsAndKnowsItsDates() {
        for (int y = FIRST; y <= LAST; y++) {
            FinancialYear year = FinancialYear.of(y);
            for (int q = 1; q <= 4; q++) {
                CumulativeQuarters quarters = CumulativeQuarters.to(year.quarter(q));
                assertThat(quarters).hasToString(year + " Q1-Q" + q);
                for (String text : List.of(year + " Q1-Q" + q, year + " Q1 - Q" + q, year + " Q1\u2013Q" + q,
                        y + "/" + (y + 1) + " Q1-Q" + q, "FY" + year + " q1-q" + q)) {
                    assertThat(CumulativeQuarters.parse(text)).as(text).isEqualTo(quarters);
                    assertParsed(text, quarters);
                }
                assertThat(quarters.startInclusive()).isEqualTo(year.startInclusive());
                assertThat(quarters.endInclusive()).isEqualTo(year.quarter(q).endInclusive());
                assertThat(quarters.year()).isEqualTo(year);
                assertThat(quarters.last()).isEqualTo(year.quarter(q));
                assertThat(quarters.periodsOf(Frequency.QUARTERLY)).hasSize(q);
                assertThat(year.contains(quarters)).isTrue();
            }
        }
        CumulativeQuarters q3 = CumulativeQuarters.parse("2022/23 Q1-Q3");
        assertThat(q3.endInclusive()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(q3.next()).hasToString("2022/23 Q1-Q4");
        assertThat(q3.next().next()).hasToString("2023/24 Q1-Q1");
        assertThat(q3.minusYears(1)).hasToString("2021/22 Q1-Q3");
    }

    @Test
    void cumulativeQuarters_errors_nameIndexAndRule() {
        assertThatThrownBy(() -> CumulativeQuarters.parse("2022/23 Q2-Q3")).isInstanceOf(DateTimeParseException.class)
                .hasMessage("Text '2022/23 Q2-Q3' could not be parsed at index 9: cumulative quarters start with Q1");
        assertThatThrownBy(() -> CumulativeQuarters.parse("2022/23 Q1-Q5"))
                .hasMessage("Text '2022/23 Q1-Q5' could not be parsed at index 12: Invalid value for quarter (valid "
                        + "values 1 - 4): 5");
        assertThatThrownBy(() -> CumulativeQuarters.parse("2022/24 Q1-Q3"))
                .hasMessage("Text '2022/24 Q1-Q3' could not be parsed at index 5: years must be consecutive");
        assertThatThrownBy(() -> CumulativeQuarters.parse("2022/23 Q3"))
                .hasMessage("Text '2022/23 Q3' could not be parsed at index 0: not cumulative quarters (accepted "
                        + "notations: 2022/23 Q1-Q3, 2022/23 Q1 - Q3)");
        assertThatNullPointerException().isThrownBy(() -> CumulativeQuarters.to(null)).withMessage("last");
        assertThatNullPointerException().isThrownBy(() -> CumulativeQuarters.parse(null)).withMessage("text");
    }

    /** The labels of a Fingertips export's Time period column, with the period each one is. */
    static Stream<Arguments> fingertipsLabels() {
        return Stream.of(
                Arguments.of("2019/20", FinancialYear.of(2019)),
                Arguments.of("2019", CalendarYear.of(2019)),
                Arguments.of("2017 - 19", PooledYears.ofCalendarYears(CalendarYear.of(2017), 3)),
                Arguments.of("2016 - 20", PooledYears.ofCalendarYears(CalendarYear.of(2016), 5)),
                Arguments.of("2017/18 - 19/20", PooledYears.ofFinancialYears(FinancialYear.of(2017), 3)),
                Arguments.of("2021/22 Q2", FinancialQuarter.of(2021, 2)),
                Arguments.of("2022/23 Q1-Q3", CumulativeQuarters.to(FinancialQuarter.of(2022, 3))),
                Arguments.of("Jan 2023", ReportingMonth.of(2023, 1)),
                Arguments.of("Autumn 2022", SchoolTerm.of(AcademicYear.of(2022), SchoolTerm.Term.AUTUMN)),
                Arguments.of("2024 Q1", CalendarQuarter.of(2024, 1)),
                Arguments.of("Jan-Mar 2024", CalendarQuarter.of(2024, 1)),
                Arguments.of("12 months to Mar-2025", RollingTwelveMonths.to(ReportingMonth.of(2025, 3))));
    }

    @ParameterizedTest
    @MethodSource("fingertipsLabels")
    void parse_publicDataLabel_givesPeriod(String label, ReportingPeriod expected) {
        assertThat(ReportingPeriod.parse(label)).isEqualTo(expected);
        assertThat(ReportingPeriod.parse(expected.toString())).isEqualTo(expected);
    }
}
