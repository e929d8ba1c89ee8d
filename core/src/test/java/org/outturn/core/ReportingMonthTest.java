package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class ReportingMonthTest {

    @Test
    void parse_everyNotationOfEveryMonth_returnsSameMonth() {
        for (int y = ReportingPeriodTest.FIRST; y <= ReportingPeriodTest.LAST; y++) {
            for (Month month : Month.values()) {
                ReportingMonth m = ReportingMonth.of(y, month);
                String abbr = month.getDisplayName(TextStyle.SHORT, Locale.UK).substring(0, 3);
                String full = month.getDisplayName(TextStyle.FULL, Locale.UK);
                assertThat(m.toString()).isEqualTo(abbr + "-" + y);
                List<String> notations = new ArrayList<>(List.of(abbr + "-" + y, abbr + " " + y, full + " " + y,
                        full + "-" + y, full.toUpperCase(Locale.ROOT) + " " + y, String.format("%d-%02d", y, month.getValue())));
                if (y >= 2000 && y <= 2099) {
                    notations.add(abbr + "-" + String.format("%02d", y % 100));
                    notations.add(abbr.toLowerCase(Locale.ROOT) + " " + String.format("%02d", y % 100));
                }
                for (String text : notations) {
                    assertThat(ReportingMonth.parse(text)).as(text).isEqualTo(m);
                    assertThat(ReportingPeriod.parse(text)).as(text).isEqualTo(m);
                }
            }
        }
    }

    @Test
    void dates_everyMonth_matchYearMonth() {
        for (int y = ReportingPeriodTest.FIRST; y <= ReportingPeriodTest.LAST; y++) {
            for (int mo = 1; mo <= 12; mo++) {
                ReportingMonth m = ReportingMonth.of(y, mo);
                YearMonth ym = YearMonth.of(y, mo);
                assertThat(m.toYearMonth()).isEqualTo(ym);
                assertThat(ReportingMonth.of(ym)).isEqualTo(m);
                assertThat(m.year()).isEqualTo(y);
                assertThat(m.month()).isEqualTo(Month.of(mo));
                assertThat(m.startInclusive()).isEqualTo(ym.atDay(1));
                assertThat(m.endInclusive()).isEqualTo(ym.atEndOfMonth());
                assertThat(ReportingMonth.from(ym.atDay(15))).isEqualTo(m);
                assertThat(m.financialYear().contains(m)).isTrue();
                assertThat(m.financialQuarter().contains(m)).isTrue();
                assertThat(m.frequency()).isEqualTo(Frequency.MONTHLY);
                assertThat(m.plusMonths(13)).isEqualTo(ReportingMonth.of(ym.plusMonths(13)));
                assertThat(m.minusMonths(25)).isEqualTo(ReportingMonth.of(ym.minusMonths(25)));
            }
        }
    }

    @Test
    void parse_seedNotations_twoDigitYearsAreTwoThousands() {
        assertThat(ReportingMonth.parse("Apr-22")).isEqualTo(ReportingMonth.of(2022, Month.APRIL));
        assertThat(ReportingMonth.parse("Mar-23")).isEqualTo(ReportingMonth.of(2023, Month.MARCH));
        assertThat(ReportingMonth.parse("Jan-22")).isEqualTo(ReportingMonth.of(2022, Month.JANUARY));
        assertThat(ReportingMonth.parse("Dec-99")).isEqualTo(ReportingMonth.of(2099, Month.DECEMBER));
        assertThat(ReportingMonth.parse("Jan-00")).isEqualTo(ReportingMonth.of(2000, Month.JANUARY));
        assertThat(ReportingMonth.parse("Sept 2024")).isEqualTo(ReportingMonth.of(2024, Month.SEPTEMBER));
    }

    @Test
    void financialYear_janToMarch_belongsToPreviousStartYear() {
        assertThat(ReportingMonth.parse("Mar-2025").financialYear()).hasToString("2024/25");
        assertThat(ReportingMonth.parse("Apr-2025").financialYear()).hasToString("2025/26");
        assertThat(ReportingMonth.parse("Jan-2025").financialQuarter()).hasToString("2024/25 Q4");
        assertThat(ReportingMonth.parse("Jun-2024").financialQuarter()).hasToString("2024/25 Q1");
        assertThat(ReportingMonth.parse("Jul-2024").financialQuarter()).hasToString("2024/25 Q2");
    }

    @Test
    void parse_unknownMonthName_throwsNamingIt() {
        assertThatThrownBy(() -> ReportingMonth.parse("Foo-2024"))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessage("Text 'Foo-2024' could not be parsed at index 0: unknown month name 'Foo'");
        assertThatThrownBy(() -> ReportingMonth.parse(" Octo 2024"))
                .hasMessage("Text ' Octo 2024' could not be parsed at index 1: unknown month name 'Octo'");
    }

    @Test
    void parse_isoMonthThirteen_throwsAtMonth() {
        assertThatThrownBy(() -> ReportingMonth.parse("2024-13"))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessage("Text '2024-13' could not be parsed at index 5: Invalid value for month (valid values 1 - 12): 13");
    }

    @Test
    void parse_otherKind_throwsListingNotations() {
        assertThatThrownBy(() -> ReportingMonth.parse("2024"))
                .hasMessage("Text '2024' could not be parsed at index 0: not a month (accepted notations: "
                        + "Apr-2024, Apr-24, April 2024, Apr 2024, 2024-04)");
    }

    @Test
    void of_outOfRange_throwsWithRange() {
        assertThatThrownBy(() -> ReportingMonth.of(2024, 13))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for month (valid values 1 - 12): 13");
        assertThatThrownBy(() -> ReportingMonth.of(1900, 3))
                .hasMessage("Invalid value for reporting month (valid values Apr-1900 - Mar-9999): Mar-1900");
        assertThatThrownBy(() -> ReportingMonth.of(9999, Month.MARCH).next())
                .hasMessage("Invalid value for reporting month (valid values Apr-1900 - Mar-9999): Apr-9999");
        assertThatThrownBy(() -> ReportingMonth.from(LocalDate.of(1900, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingMonth.of(2024, 1).plusMonths(Long.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingMonth.of(2024, 1).minusMonths(Long.MIN_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ReportingMonth.of(1900, 4).startInclusive()).isEqualTo(LocalDate.of(1900, 4, 1));
        assertThat(ReportingMonth.of(9999, 3).financialYear()).hasToString("9998/99");
    }

    @Test
    void nullArguments_throwWithParameterNames() {
        assertThatThrownBy(() -> ReportingMonth.of(2024, (Month) null)).hasMessage("month");
        assertThatThrownBy(() -> ReportingMonth.of(null)).hasMessage("yearMonth");
        assertThatThrownBy(() -> ReportingMonth.from(null)).hasMessage("date");
        assertThatThrownBy(() -> ReportingMonth.parse(null)).hasMessage("text");
    }
}
