package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

final class AcademicYearTest {

    @Test
    void parse_everyNotationOfEveryYear_returnsSameYear() {
        for (int y = ReportingPeriodTest.FIRST; y <= ReportingPeriodTest.LAST; y++) {
            AcademicYear year = AcademicYear.of(y);
            String pair = FinancialYear.of(y).toString();
            assertThat(year.toString()).isEqualTo(pair + " AY");
            for (String text : List.of(pair + " AY", pair + "AY", "AY" + pair, "AY " + pair, y + "/" + (y + 1) + " AY",
                    "AY" + y + "/" + (y + 1), "ay " + pair)) {
                assertThat(AcademicYear.parse(text)).as(text).isEqualTo(year);
                assertThat(ReportingPeriod.parse(text)).as(text).isEqualTo(year);
            }
        }
    }

    @Test
    void dates_everyYear_septemberToAugust() {
        for (int y = ReportingPeriodTest.FIRST; y <= ReportingPeriodTest.LAST; y++) {
            AcademicYear year = AcademicYear.of(y);
            assertThat(year.startYear()).isEqualTo(y);
            assertThat(year.endYear()).isEqualTo(y + 1);
            assertThat(year.startInclusive()).isEqualTo(LocalDate.of(y, 9, 1));
            assertThat(year.endInclusive()).isEqualTo(LocalDate.of(y + 1, 8, 31));
            assertThat(AcademicYear.from(year.startInclusive())).isEqualTo(year);
            assertThat(AcademicYear.from(year.endInclusive())).isEqualTo(year);
            assertThat(year.month(Month.SEPTEMBER)).isEqualTo(ReportingMonth.of(y, 9));
            assertThat(year.month(Month.AUGUST)).isEqualTo(ReportingMonth.of(y + 1, 8));
            assertThat(year.frequency()).isEqualTo(Frequency.ANNUAL);
        }
    }

    @Test
    void of_outOfRange_throwsWithRange() {
        assertThatThrownBy(() -> AcademicYear.of(9998))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for academic year (valid values 1900 - 9997): 9998");
    }

    @Test
    void parse_nonConsecutiveYears_throwsAtEndYear() {
        assertThatThrownBy(() -> AcademicYear.parse("AY2022/24"))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessage("Text 'AY2022/24' could not be parsed at index 7: years must be consecutive");
    }

    @Test
    void parse_otherKind_throwsListingNotations() {
        assertThatThrownBy(() -> AcademicYear.parse("2022/23"))
                .hasMessage("Text '2022/23' could not be parsed at index 0: not an academic year (accepted "
                        + "notations: 2022/23 AY, 2022/2023 AY, AY2022/23, AY 2022/23)");
    }

    @Test
    void nullArguments_throwWithParameterNames() {
        assertThatThrownBy(() -> AcademicYear.parse(null)).hasMessage("text");
        assertThatThrownBy(() -> AcademicYear.from(null)).hasMessage("date");
        assertThatThrownBy(() -> AcademicYear.of(2024).month(null)).hasMessage("month");
    }
}
