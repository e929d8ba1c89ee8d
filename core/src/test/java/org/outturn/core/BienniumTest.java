package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

final class BienniumTest {

    @Test
    void parse_everyNotationOfEveryBiennium_returnsSameBiennium() {
        for (int y = ReportingPeriodTest.FIRST; y <= ReportingPeriodTest.LAST; y++) {
            Biennium biennium = Biennium.of(FinancialYear.of(y));
            String first = FinancialYear.of(y).toString();
            String second = FinancialYear.of(y + 1).toString();
            assertThat(biennium.toString()).isEqualTo(first + "-" + second);
            for (String text : List.of(first + "-" + second, first + " - " + second, first + "\u2013" + second,
                    y + "/" + (y + 1) + "-" + (y + 1) + "/" + (y + 2))) {
                assertThat(Biennium.parse(text)).as(text).isEqualTo(biennium);
                assertThat(ReportingPeriod.parse(text)).as(text).isEqualTo(biennium);
            }
        }
    }

    @Test
    void dates_everyBiennium_twoFinancialYears() {
        for (int y = ReportingPeriodTest.FIRST; y <= ReportingPeriodTest.LAST; y++) {
            Biennium biennium = Biennium.of(y);
            assertThat(biennium.first()).isEqualTo(FinancialYear.of(y));
            assertThat(biennium.second()).isEqualTo(FinancialYear.of(y + 1));
            assertThat(biennium.startInclusive()).isEqualTo(LocalDate.of(y, 4, 1));
            assertThat(biennium.endInclusive()).isEqualTo(LocalDate.of(y + 2, 3, 31));
            assertThat(biennium.periodsOf(Frequency.ANNUAL)).containsExactly(biennium.first(), biennium.second());
            assertThat(biennium.frequency()).isEqualTo(Frequency.BIENNIAL);
        }
    }

    @Test
    void next_movesByTwoYearsAndTiles() {
        Biennium biennium = Biennium.parse("2024/25-2025/26");
        assertThat(biennium.next()).hasToString("2026/27-2027/28");
        assertThat(biennium.previous()).hasToString("2022/23-2023/24");
        assertThat(biennium.minusYears(1)).hasToString("2023/24-2024/25");
        assertThat(biennium.plusYears(1)).hasToString("2025/26-2026/27");
    }

    @Test
    void parse_nonConsecutiveFinancialYears_throwsAtSecondYear() {
        assertThatThrownBy(() -> Biennium.parse("2024/25-2026/27"))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessage("Text '2024/25-2026/27' could not be parsed at index 8: financial years must be consecutive");
        assertThatThrownBy(() -> Biennium.parse("2024/25-2025/27"))
                .hasMessage("Text '2024/25-2025/27' could not be parsed at index 13: years must be consecutive");
    }

    @Test
    void of_outOfRange_throwsWithRange() {
        assertThatThrownBy(() -> Biennium.of(FinancialYear.of(9998)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for biennium (valid values 1900 - 9997): 9998");
    }

    @Test
    void parse_otherKind_throwsListingNotations() {
        assertThatThrownBy(() -> Biennium.parse("2024/25"))
                .hasMessage("Text '2024/25' could not be parsed at index 0: not a biennium "
                        + "(accepted notations: 2024/25-2025/26, 2024/25 - 2025/26)");
    }

    @Test
    void nullArguments_throwWithParameterNames() {
        assertThatThrownBy(() -> Biennium.of(null)).hasMessage("first");
        assertThatThrownBy(() -> Biennium.parse(null)).hasMessage("text");
    }
}
