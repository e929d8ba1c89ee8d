package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cells of the seed report {@code 004} (Bromley's children's scrutiny performance index 2022/23), as
 * extracted, read with {@link PublishedValue} and {@link PublishedTarget}.
 */
final class PublishedSeedCellsTest {

    /** Row 27, NEET: polarity Low, target 1.7%-1.9%, monthly values with their counts. */
    @Test
    void neetRow_valuesWithFractionsAndTarget_areRead() {
        Unit unit = Unit.percentage(1);
        List<String> months = List.of("Jun-22", "Aug-22", "Sep-22", "Oct-22");
        List<String> cells = List.of("1.3% (96/7132)", "1.6% (115/7125)", "1.0% (71/7121)", "1.1% (79/7121)");
        for (int i = 0; i < cells.size(); i++) {
            Outturn outturn = PublishedValue.parse(cells.get(i)).toOutturn(ReportingMonth.parse(months.get(i)), unit);
            assertThat(outturn.fraction()).isPresent();
            assertThat(outturn.value().orElseThrow().scale()).isEqualTo(1);
        }
        assertThat(PublishedTarget.parse("1.7%-1.9%", Polarity.parseLenient("Low")))
                .isEqualTo(Target.thresholds(new BigDecimal("1.7"), new BigDecimal("1.9")));
        assertThat(PublishedValue.parse("n/a").missingReason()).contains(MissingReason.NOT_APPLICABLE);
    }

    /** Rows 19 and 25: an acceptable range on a lower-is-better measure, and a caseload band. */
    @Test
    void rangeRows_readAsDocumented() {
        Target placements = PublishedTarget.parse("12-0%", Polarity.parseLenient("Low"), RangeReading.BAND);
        assertThat(placements).isEqualTo(Target.band(BigDecimal.ZERO, new BigDecimal("12")));
        assertThat(((Target.Band) placements).contains(new BigDecimal("11"))).isTrue();
        assertThat(PublishedTarget.parse("12 - 18", Polarity.WITHIN_BAND))
                .isEqualTo(Target.band(new BigDecimal("12"), new BigDecimal("18")));
        assertThat(PublishedTarget.parse("95-90%", Polarity.parseLenient("High")))
                .isEqualTo(Target.thresholds(new BigDecimal("95"), new BigDecimal("90")));
        assertThat(PublishedTarget.parse("Not a target measure", Polarity.parseLenient("n/a")))
                .isEqualTo(Target.none("Not a target measure"));
        assertThat(PublishedTarget.parse("70% (In line with national or above)", Polarity.HIGHER_IS_BETTER))
                .isEqualTo(Target.single(new BigDecimal("70")));
    }

    /** Non-values and periods printed in the seed's cells. */
    @Test
    void nonValuesAndPeriods_areRead() {
        assertThat(PublishedValue.parse("Data suppressed, see part 2 report").missingReason())
                .contains(MissingReason.SUPPRESSED);
        assertThat(PublishedValue.parse("Available March 23").missingReason())
                .contains(MissingReason.NOT_YET_AVAILABLE);
        assertThat(PublishedValue.parse("Local Measure").missingReason()).contains(MissingReason.NOT_APPLICABLE);
        assertThat(PublishedValue.parse("3,827").value()).contains(new BigDecimal("3827"));
        assertThat(ReportingPeriod.parse("Autumn 2022")).isEqualTo(SchoolTerm.parse("Autumn term 2022"));
    }
}
