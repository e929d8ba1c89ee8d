package org.outturn.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.outturn.core.Benchmark;
import org.outturn.core.BenchmarkGroup;
import org.outturn.core.CalendarYear;
import org.outturn.core.ConfidenceInterval;
import org.outturn.core.ConfidenceLevel;
import org.outturn.core.FinancialYear;
import org.outturn.core.Fraction;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.UnratedReason;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

/** A Fingertips data export for Bexley (E09000004), with England's and London's rows. */
final class FingertipsTest {

    private static final TableMapping PERCENT = TableMapping.parse("{\"unit\": \"%\", \"polarity\": \"Low\"}");

    static OutturnDocument bexley(TableMapping mapping) throws IOException {
        try (Reader reader = new InputStreamReader(FingertipsTest.class.getResourceAsStream("fingertips-bexley.csv"),
                StandardCharsets.UTF_8)) {
            return OutturnCsv.read(reader, "fingertips-bexley.csv",
                    ImportOptions.defaults().withMapping(mapping).withFingertips("E09000004"));
        }
    }

    @Test
    void read_areaRows_areOutturnsWithConfidenceLimits() throws IOException {
        OutturnDocument document = bexley(PERCENT);
        assertThat(document.indicators()).extracting(entry -> entry.indicator().code())
                .containsExactly("92443", "90630/Male/0-14 yrs", "90630/Female/0-14 yrs");
        Outturn smoking = document.indicator("92443").orElseThrow().outturns().get(CalendarYear.of(2022));
        assertThat(smoking.value()).contains(new BigDecimal("9.8"));
        assertThat(smoking.confidenceInterval(ConfidenceLevel.NINETY_FIVE))
                .contains(ConfidenceInterval.of(new BigDecimal("7.4"), new BigDecimal("12.2")));
        assertThat(smoking.confidenceInterval(ConfidenceLevel.NINETY_NINE_POINT_EIGHT))
                .contains(ConfidenceInterval.of(new BigDecimal("6.2"), new BigDecimal("13.4")));
    }

    @Test
    void read_englandAndParentRows_areBenchmarks() throws IOException {
        IndicatorEntry smoking = bexley(PERCENT).indicator("92443").orElseThrow();
        assertThat(smoking.indicator().benchmarks()).containsExactly(
                Benchmark.of(BenchmarkGroup.ENGLAND, CalendarYear.of(2021), new BigDecimal("13.0")),
                Benchmark.of(BenchmarkGroup.of("London region"), CalendarYear.of(2021), new BigDecimal("12.1")),
                Benchmark.of(BenchmarkGroup.ENGLAND, CalendarYear.of(2022), new BigDecimal("12.7")),
                Benchmark.of(BenchmarkGroup.of("London region"), CalendarYear.of(2022), new BigDecimal("11.7")));
    }

    @Test
    void read_countAndDenominator_areTheFraction_splitsAreIndicators() throws IOException {
        IndicatorEntry male = bexley(PERCENT).indicator("90630/Male/0-14 yrs").orElseThrow();
        assertThat(male.indicator().title()).isEqualTo("Hospital admissions caused by unintentional and deliberate "
                + "injuries in children (aged 0-14 years) (Male, 0-14 yrs)");
        assertThat(male.outturns().get(FinancialYear.parse("2021/22")).fraction()).contains(Fraction.of(148, 2056));
    }

    @Test
    void read_comparisons_arePublishedRatings_suppressedKeepsItsNote() throws IOException {
        OutturnDocument document = bexley(PERCENT);
        IndicatorEntry smoking = document.indicator("92443").orElseThrow();
        assertThat(smoking.published().get(CalendarYear.of(2021))).isEqualTo(Rating.of(Rag.AMBER));
        assertThat(smoking.published().get(CalendarYear.of(2022))).isEqualTo(Rating.of(Rag.GREEN));
        Outturn suppressed = document.indicator("90630/Female/0-14 yrs").orElseThrow().outturns()
                .get(FinancialYear.parse("2022/23"));
        assertThat(suppressed.missingReason()).contains(MissingReason.SUPPRESSED);
        assertThat(suppressed.note()).contains("*; Value suppressed for disclosure control due to small count");
        assertThat(document.indicator("90630/Female/0-14 yrs").orElseThrow().published()
                .get(FinancialYear.parse("2022/23")))
                .isEqualTo(Rating.unrated(UnratedReason.NOT_COMPARABLE, "Not compared"));
        assertThat(document.notes()).contains(Fingertips.NOTE);
    }

    @Test
    void read_areaNotInExport_isAProblemOfTheSheet() {
        assertThatThrownBy(() -> {
            try (Reader reader = new InputStreamReader(
                    FingertipsTest.class.getResourceAsStream("fingertips-bexley.csv"), StandardCharsets.UTF_8)) {
                OutturnCsv.read(reader, "f.csv", ImportOptions.defaults().withFingertips("E09000099"));
            }
        }).hasMessage("1 problem in f.csv:\n  f.csv: no row for the area E09000099 in column E (Area Code)");
    }
}
