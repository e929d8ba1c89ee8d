package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Builds rows of the seed reports as model objects, non-values included, and checks that nothing
 * the report printed is lost.
 *
 * <p>Seed {@code 000}: Bexley's annual performance report 2024/25, priority theme 1, rows 1 to 10.
 * The report gives no polarity and no target values; polarity is read from each indicator's meaning
 * (admissions per 100,000 are better lower), and only the targets the report states (here
 * {@code No Target}) are recorded.
 *
 * <p>Seed {@code 004}: Bromley's children's scrutiny performance index 2022/23, Appendix 1, rows 14 to
 * 19 (row 18 is printed {@code 1X} and row 16 has no number in the extracted text). The England and
 * London columns are recorded as 2021/22 benchmarks, the latest year the index compares against.
 */
final class SeedRowsTest {

    private static final FinancialYear FY_2023 = FinancialYear.parse("2023/2024");
    private static final FinancialYear FY_2024 = FinancialYear.parse("2024/2025");
    private static final FinancialYear FY_2022 = FinancialYear.parse("2022/23");
    private static final FinancialYear FY_2021 = FinancialYear.parse("2021/22");
    private static final ReportingPeriod YTD_NOV_2022 = ReportingPeriod.parse("2022/23 YTD Nov-2022");
    private static final List<String> MONTHS = List.of("Apr-22", "May-22", "Jun-22", "Jul-22", "Aug-22", "Sep-22",
            "Oct-22", "Nov-22");

    /** A row of a seed table: the indicator, its outturns, and the RAG column as published. */
    record Row(Indicator indicator, List<Outturn> outturns, Rating publishedRating) {
        Optional<Outturn> outturn(ReportingPeriod period) {
            return outturns.stream().filter(o -> o.period().equals(period)).findFirst();
        }
    }

    /** Reads a seed cell such as {@code 97.32%} or {@code 72,670}, keeping its published scale. */
    private static BigDecimal number(String cell) {
        return PublishedValue.parse(cell).value().orElseThrow();
    }

    private static Row bexley(String code, String title, String frequency, Unit unit, Polarity polarity,
            String framework, String outturn2023, String outturn2024, String rag) {
        Indicator.Builder builder = Indicator.builder().code(code).title(title).unit(unit).polarity(polarity)
                .frequency(Frequency.parseLenient(frequency)).addTags("Priority theme 1");
        if (framework != null) {
            builder.frameworkCode(framework);
        }
        Rating rating;
        if (rag.equals("No Target")) {
            builder.putTargets(FY_2024, Target.none(rag));
            rating = Rating.unrated(UnratedReason.NO_TARGET, rag);
        } else {
            rating = Rating.of(Rag.parseLenient(rag));
        }
        return new Row(builder.build(), List.of(cell(FY_2023, outturn2023), cell(FY_2024, outturn2024)), rating);
    }

    private static Outturn cell(ReportingPeriod period, String cell) {
        if (Character.isDigit(cell.charAt(0)) || cell.charAt(0) == '-') {
            return Outturn.of(period, number(cell));
        }
        return Outturn.missing(period, MissingReason.parseLenient(cell), cell);
    }

    static List<Row> bexleyTheme1FirstTenRows() {
        Unit pct = Unit.percentage(1);
        Unit per100k = Unit.ratePer(100_000, 1);
        Polarity high = Polarity.HIGHER_IS_BETTER;
        Polarity low = Polarity.LOWER_IS_BETTER;
        return List.of(
                bexley("ASCH_01", "Proportion of Section 42 safeguarding enquiries concluded where a risk was identified "
                        + "and the reported outcome was that this risk was reduced or removed (ASCOF 4B)", "Monthly",
                        pct, high, "ASCOF 4B", "98.7%", "98.1%", "Green"),
                bexley("ASCH_02", "Proportion of Section 42 safeguarding enquiries concluded where the expressed desired "
                        + "outcomes of the individual at risk (or the desired outcomes of the individual’s "
                        + "representative) were fully or partially achieved", "Monthly", pct, high, null, "97.9%",
                        "97.32%", "Green"),
                bexley("ASCH_03", "Number of adults aged 18 to 64 whose long-term support needs are met by admission to "
                        + "residential and nursing care homes (per 100,000 population) - ASCOF 2A1", "Monthly", per100k,
                        low, "ASCOF 2A1", "8.7", "7.3", "Green"),
                bexley("ASCH_04", "Number of adults aged 65 and over whose long-term support needs are met by admission "
                        + "to residential and nursing care homes (per 100,000 population) - ASCOF 2A2", "Monthly",
                        per100k, low, "ASCOF 2A2", "479.78", "414.38", "Green"),
                bexley("ASCH_05", "Proportion of first assessments completed in the year within 4 weeks of referral",
                        "Monthly", pct, high, null, "73.4%", "74.1%", "Green"),
                bexley("ASCH_06", "Proportion of planned reviews completed in the year within 3 months of the proposed "
                        + "start date", "Monthly", pct, high, null, "56%", "63%", "Red"),
                bexley("ASCH_07", "Proportion of people who received short-term (Reablement) services during the year - "
                        + "who previously were not receiving services - where no further request was made for ongoing "
                        + "support - ASCOF 2A", "Quarterly", pct, high, "ASCOF 2A", "68.6%", "69.9%", "Amber"),
                bexley("ASCH_08", "Proportion of older people (aged 65 and over) who were still at home 91 days after "
                        + "discharge from hospital (ASCOF 2D)", "Quarterly", pct, high, "ASCOF 2D", "New indicator",
                        "85.6%", "No Target"),
                bexley("ASCH_09", "Proportion of adult social care providers rated good or outstanding by CQC - ASCOF "
                        + "6B", "Quarterly", pct, high, "ASCOF 6B", "70.85%", "68.55%", "Red"),
                bexley("ASCH_10", "Proportion of people who use services who receive direct payments (ASCOF 3D(2a))",
                        "Quarterly", pct, high, "ASCOF 3D(2a)", "21.0%", "23.30%", "Amber"));
    }

    private static List<Outturn> monthly(String... cells) {
        List<Outturn> outturns = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                outturns.add(Outturn.of(ReportingMonth.parse(MONTHS.get(i)), number(cells[i])));
            }
        }
        return outturns;
    }

    private static List<Outturn> priorYears(String y2021, String y2020, String y2019) {
        return List.of(Outturn.of(FY_2021, number(y2021)), Outturn.of(FY_2021.minusYears(1), number(y2020)),
                Outturn.of(FY_2021.minusYears(2), number(y2019)));
    }

    private static List<Outturn> concat(List<Outturn> first, List<Outturn> second, Outturn... more) {
        List<Outturn> all = new ArrayList<>(first);
        all.addAll(second);
        all.addAll(List.of(more));
        return all;
    }

    private static Benchmark benchmark(BenchmarkGroup group, String cell) {
        return Character.isDigit(cell.charAt(0)) ? Benchmark.of(group, FY_2021, number(cell))
                : Benchmark.unavailable(group, FY_2021, cell);
    }

    static List<Row> bromleyRows14To19() {
        String notTarget = "Not a target measure";
        Row row14 = new Row(Indicator.builder().code("14").title("Children Looked After rate per 10,000")
                .unit(Unit.ratePer(10_000, 0)).polarity(Polarity.parseLenient("n/a")).frequency(Frequency.MONTHLY)
                .putTargets(FY_2022, Target.none(notTarget))
                .addBenchmarks(benchmark(BenchmarkGroup.ENGLAND, "62"), benchmark(BenchmarkGroup.LONDON, "52"))
                .build(),
                concat(priorYears("43", "46", "43"), monthly("", "", "45", "", "", "44", "", "46")),
                Rating.unrated(UnratedReason.NOT_RATED_MEASURE, "This is not a target measure"));
        Row row15 = new Row(Indicator.builder().code("15").title("Number of Children Looked After")
                .unit(Unit.count(0)).polarity(Polarity.parseLenient("n/a")).frequency(Frequency.MONTHLY)
                .putTargets(FY_2022, Target.none(notTarget))
                .addBenchmarks(benchmark(BenchmarkGroup.ENGLAND, "72,670"), benchmark(BenchmarkGroup.LONDON, "9,910"))
                .build(),
                concat(priorYears("328", "341", "328"),
                        monthly("328", "326", "336", "339", "336", "335", "340", "344")),
                Rating.unrated(UnratedReason.NOT_RATED_MEASURE, "This is not a target measure"));
        Row row16 = new Row(Indicator.builder().code("16")
                .title("% of Children Looked After with an allocated Social Worker")
                .unit(Unit.percentage(0)).polarity(Polarity.parseLenient("High")).frequency(Frequency.MONTHLY)
                .putTargets(FY_2022, Target.single(number("100%")))
                .addBenchmarks(benchmark(BenchmarkGroup.ENGLAND, "Local Measure"),
                        benchmark(BenchmarkGroup.LONDON, "Local Measure"))
                .build(),
                concat(priorYears("100%", "100%", "100%"),
                        monthly("100%", "100%", "100%", "100%", "100%", "100%", "100%", "100%"),
                        Outturn.of(YTD_NOV_2022, number("100%"))),
                Rating.of(Rag.parseLenient("GREEN")));
        // The seed leaves row 17's polarity blank; "100- 95%" is written best first like the other
        // higher-is-better ranges, so it is read as higher is better with thresholds 100 and 95.
        Row row17 = new Row(Indicator.builder().code("17")
                .title("% of Children Looked After cases which were reviewed within required timescales")
                .unit(Unit.percentage(0)).polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.MONTHLY)
                .putTargets(FY_2022, Target.thresholds(number("100"), number("95")))
                .addBenchmarks(benchmark(BenchmarkGroup.ENGLAND, "Not available"),
                        benchmark(BenchmarkGroup.LONDON, "Not available"))
                .build(),
                concat(priorYears("95%", "93%", "91%"),
                        monthly("98%", "97%", "97%", "97%", "97%", "97%", "97%", "96%"),
                        Outturn.of(YTD_NOV_2022, number("96%"))),
                Rating.of(Rag.GREEN));
        Row row18 = new Row(Indicator.builder().code("18").title("Number of in-house foster carers recruited (YtD)")
                .unit(Unit.count(0)).polarity(Polarity.parseLenient("High")).frequency(Frequency.MONTHLY)
                .measureType(MeasureType.CUMULATIVE_YEAR_TO_DATE)
                .putTargets(FY_2022, Target.single(number("20")))
                .addBenchmarks(benchmark(BenchmarkGroup.ENGLAND, "Local Measure"),
                        benchmark(BenchmarkGroup.LONDON, "Local Measure"))
                .build(),
                concat(priorYears("4", "14", "9"), List.of(),
                        Outturn.missing(YTD_NOV_2022, MissingReason.SUPPRESSED, "Data suppressed, see part 2 report")),
                Rating.of(Rag.RED));
        // "12-0%" with polarity Low is the range of acceptable performance 0% to 12%.
        Row row19 = new Row(Indicator.builder().code("19")
                .title("Stability of placements of Children Looked After - number of placements "
                        + "(3 placements or more in the year)")
                .unit(Unit.percentage(0)).polarity(Polarity.parseLenient("Low")).frequency(Frequency.MONTHLY)
                .putTargets(FY_2022, Target.band(number("0"), number("12")))
                .addBenchmarks(benchmark(BenchmarkGroup.ENGLAND, "10%"), benchmark(BenchmarkGroup.LONDON, "10%"))
                .build(),
                concat(priorYears("11%", "7%", "10%"),
                        monthly("11%", "12%", "12%", "11%", "12%", "12%", "12%", "10%"),
                        Outturn.of(YTD_NOV_2022, number("10%"))),
                Rating.of(Rag.GREEN));
        return List.of(row14, row15, row16, row17, row18, row19);
    }

    @Test
    void bexley_firstTenRows_keepValuesAsPublished() {
        List<Row> rows = bexleyTheme1FirstTenRows();
        assertThat(rows).extracting(r -> r.indicator().code()).containsExactly("ASCH_01", "ASCH_02", "ASCH_03",
                "ASCH_04", "ASCH_05", "ASCH_06", "ASCH_07", "ASCH_08", "ASCH_09", "ASCH_10");
        assertThat(rows.get(1).outturn(FY_2024).flatMap(Outturn::value)).hasValueSatisfying(
                v -> assertThat(v).hasToString("97.32"));
        assertThat(rows.get(9).outturn(FY_2023).flatMap(Outturn::value)).hasValueSatisfying(
                v -> assertThat(v).hasToString("21.0"));
        assertThat(rows.get(9).outturn(FY_2024).flatMap(Outturn::value)).hasValueSatisfying(
                v -> assertThat(v).hasToString("23.30"));
        assertThat(rows.get(2).indicator().unit()).hasToString("rate-per-100000:1");
        assertThat(rows.get(2).indicator().frameworkCode()).contains("ASCOF 2A1");
        assertThat(rows.get(6).indicator().frequency()).isEqualTo(Frequency.QUARTERLY);
        assertThat(rows).extracting(r -> r.publishedRating().toString()).containsExactly("Green", "Green", "Green",
                "Green", "Green", "Red", "Amber", "Unrated (NO_TARGET): No Target", "Red", "Amber");
    }

    @Test
    void bexley_newIndicator_keepsReasonAndNoTarget() {
        Row asch08 = bexleyTheme1FirstTenRows().get(7);
        Outturn before = asch08.outturn(FY_2023).orElseThrow();
        assertThat(before.isAvailable()).isFalse();
        assertThat(before.missingReason()).contains(MissingReason.NEW_INDICATOR);
        assertThat(before.note()).contains("New indicator");
        assertThat(asch08.indicator().targetFor(FY_2024)).contains(Target.none("No Target"));
        assertThat(asch08.indicator().targetFor(FY_2024).orElseThrow().isRateable()).isFalse();
        assertThat(asch08.outturn(FY_2024).flatMap(Outturn::value)).contains(new BigDecimal("85.6"));
    }

    @Test
    void bromley_rows14To19_keepNonValuesAndBenchmarks() {
        List<Row> rows = bromleyRows14To19();
        Row row14 = rows.get(0);
        assertThat(row14.indicator().polarity()).isEqualTo(Polarity.NONE);
        assertThat(row14.indicator().targetFor(ReportingMonth.parse("Jun-22"))).contains(
                Target.none("Not a target measure"));
        assertThat(row14.outturns()).extracting(o -> o.period().toString())
                .containsExactly("2021/22", "2020/21", "2019/20", "Jun-2022", "Sep-2022", "Nov-2022");
        assertThat(row14.indicator().benchmarkFor(BenchmarkGroup.ENGLAND, FY_2021).flatMap(Benchmark::value))
                .contains(new BigDecimal("62"));

        Row row15 = rows.get(1);
        assertThat(row15.indicator().benchmarkFor(BenchmarkGroup.ENGLAND, FY_2021).flatMap(Benchmark::value))
                .contains(new BigDecimal("72670"));
        assertThat(row15.outturns()).hasSize(3 + 8);

        Row row16 = rows.get(2);
        assertThat(row16.indicator().benchmarkFor(BenchmarkGroup.LONDON, FY_2021).flatMap(Benchmark::note))
                .contains("Local Measure");
        assertThat(row16.outturn(YTD_NOV_2022).flatMap(Outturn::value)).contains(new BigDecimal("100"));

        Row row17 = rows.get(3);
        assertThat(row17.indicator().targetFor(ReportingMonth.parse("Nov-22")))
                .contains(Target.thresholds(new BigDecimal("100"), new BigDecimal("95")));

        Row row18 = rows.get(4);
        Outturn suppressed = row18.outturn(YTD_NOV_2022).orElseThrow();
        assertThat(suppressed.missingReason()).contains(MissingReason.SUPPRESSED);
        assertThat(suppressed.note()).contains("Data suppressed, see part 2 report");
        assertThat(row18.indicator().targetFor(FY_2022)).contains(Target.single(new BigDecimal("20")));
        assertThat(row18.indicator().targetFor(YTD_NOV_2022)).isEmpty();
        assertThat(row18.publishedRating()).isEqualTo(Rating.of(Rag.RED));

        Row row19 = rows.get(5);
        assertThat(row19.indicator().polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        Target.Band band = (Target.Band) row19.indicator().targetFor(YTD_NOV_2022).orElseThrow();
        assertThat(band.contains(new BigDecimal("10"))).isTrue();
        assertThat(row19.outturns()).filteredOn(o -> o.period() instanceof ReportingMonth).hasSize(8);
        assertThat(rows).extracting(r -> r.publishedRating().toString()).containsExactly(
                "Unrated (NOT_RATED_MEASURE): This is not a target measure",
                "Unrated (NOT_RATED_MEASURE): This is not a target measure", "Green", "Green", "Red", "Green");
    }
}
