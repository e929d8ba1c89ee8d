package org.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.outturn.core.AcademicYear;
import org.outturn.core.Benchmark;
import org.outturn.core.BenchmarkGroup;
import org.outturn.core.Biennium;
import org.outturn.core.CalendarQuarter;
import org.outturn.core.CalendarYear;
import org.outturn.core.ConfidenceInterval;
import org.outturn.core.ConfidenceLevel;
import org.outturn.core.CumulativeQuarters;
import org.outturn.core.FinancialQuarter;
import org.outturn.core.FinancialYear;
import org.outturn.core.Fraction;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.MeasureType;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.OutturnFlag;
import org.outturn.core.Polarity;
import org.outturn.core.PooledYears;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.ReportingMonth;
import org.outturn.core.RollingTwelveMonths;
import org.outturn.core.SchoolTerm;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.UnratedReason;
import org.outturn.core.YearToDate;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

/**
 * Golden files: each type the module writes has a file under {@code golden/} holding exactly what
 * the strict mapper writes for a known value. Reading the file gives the value; writing the value
 * gives the file, byte for byte (line endings normalised).
 *
 * <p>To regenerate the files after an intended change of the format, run with
 * {@code -Doutturn.golden.update=true} and review the diff: the files are the format's contract.
 */
final class GoldenFilesTest {

    /** Where the files live in the source tree, relative to the module's directory. */
    static final Path RESOURCES = Path.of("src/test/resources/org/outturn/json");

    private static final boolean UPDATE = Boolean.getBoolean("outturn.golden.update");
    private static final FinancialYear FY = FinancialYear.parse("2024/25");

    /**
     * A golden file: its name under {@code golden/} without {@code .json}, the type read, the value,
     * and the schema definition ({@code $defs} name, or null for the whole document) it conforms to.
     */
    record Golden(String name, Class<?> type, Object value, String definition) {
        String path() {
            return "golden/" + name + ".json";
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Golden> goldens() {
        return Stream.of(
                new Golden("period-financial-year", FinancialYear.class, FY, "period"),
                new Golden("period-financial-quarter", FinancialQuarter.class, FinancialQuarter.parse("2024/25 Q1"),
                        "period"),
                new Golden("period-month", ReportingMonth.class, ReportingMonth.parse("Apr-2024"), "period"),
                new Golden("period-calendar-year", CalendarYear.class, CalendarYear.parse("2024"), "period"),
                new Golden("period-academic-year", AcademicYear.class, AcademicYear.parse("2024/25 AY"), "period"),
                new Golden("period-biennium", Biennium.class, Biennium.parse("2024/25-2025/26"), "period"),
                new Golden("period-year-to-date", YearToDate.class, YearToDate.parse("2024/25 YTD Sep-2024"),
                        "period"),
                new Golden("period-calendar-quarter", CalendarQuarter.class, CalendarQuarter.parse("Jan-Mar 2024"),
                        "period"),
                new Golden("period-school-term", SchoolTerm.class, SchoolTerm.parse("Autumn 2022"), "period"),
                new Golden("period-rolling-twelve-months", RollingTwelveMonths.class,
                        RollingTwelveMonths.parse("12 months to Mar-2025"), "period"),
                new Golden("period-pooled-calendar-years", PooledYears.class, PooledYears.parse("2017 - 19"),
                        "period"),
                new Golden("period-pooled-financial-years", PooledYears.class,
                        PooledYears.parse("2017/18 - 19/20"), "period"),
                new Golden("period-cumulative-quarters", CumulativeQuarters.class,
                        CumulativeQuarters.parse("2022/23 Q1-Q3"), "period"),
                new Golden("unit", Unit.class, Unit.ratePer(10_000, 2), "unit"),
                new Golden("fraction", Fraction.class, Fraction.of(104, 7042), "fraction"),
                new Golden("benchmark-group", BenchmarkGroup.class, BenchmarkGroup.STATISTICAL_NEIGHBOURS,
                        "benchmarkGroup"),
                new Golden("target-single", Target.class, Target.single(new BigDecimal("20")), "target"),
                new Golden("target-thresholds", Target.class,
                        Target.thresholds(new BigDecimal("1.7"), new BigDecimal("1.9")), "target"),
                new Golden("target-band", Target.class, Target.band(new BigDecimal("0"), new BigDecimal("12")),
                        "target"),
                new Golden("target-relative-to-benchmark", Target.class, Target.relativeTo(BenchmarkGroup.LONDON),
                        "target"),
                new Golden("target-none", Target.class, Target.none("No Target"), "target"),
                new Golden("outturn-value", Outturn.class, Outturn.of(FY, new BigDecimal("97.30")), "outturn"),
                new Golden("outturn-fraction-flags", Outturn.class, Outturn.builder()
                        .period(ReportingMonth.parse("Jun-2022")).value(new BigDecimal("1.3"))
                        .fraction(Fraction.of(96, 7132)).addFlags(OutturnFlag.PROVISIONAL, OutturnFlag.ESTIMATED)
                        .note("Validated in July").build(), "outturn"),
                new Golden("outturn-missing", Outturn.class, Outturn.missing(YearToDate.parse("2022/23 YTD Nov-2022"),
                        MissingReason.SUPPRESSED, "Data suppressed, see part 2 report"), "outturn"),
                new Golden("outturn-confidence-intervals", Outturn.class, Outturn.builder()
                        .period(PooledYears.parse("2017 - 19")).value(new BigDecimal("65.10"))
                        .fraction(Fraction.of(651, 1000))
                        .putConfidenceIntervals(ConfidenceLevel.NINETY_NINE_POINT_EIGHT,
                                ConfidenceInterval.of(new BigDecimal("60.4"), new BigDecimal("69.6")))
                        .putConfidenceIntervals(ConfidenceLevel.NINETY_FIVE,
                                ConfidenceInterval.of(new BigDecimal("62.1"), new BigDecimal("67.99")))
                        .build(), "outturn"),
                new Golden("benchmark", Benchmark.class,
                        Benchmark.of(BenchmarkGroup.ENGLAND, FinancialYear.parse("2021/22"), new BigDecimal("72670")),
                        "benchmark"),
                new Golden("benchmark-unavailable", Benchmark.class,
                        Benchmark.unavailable(BenchmarkGroup.LONDON, FinancialYear.parse("2021/22"), "Local Measure"),
                        "benchmark"),
                new Golden("indicator", Indicator.class, neet(), "indicator"),
                new Golden("rating-rated", Rating.class, Rating.of(Rag.AMBER), "rating"),
                new Golden("rating-unrated", Rating.class, Rating.unrated(UnratedReason.NO_TARGET, "No Target"),
                        "rating"),
                new Golden("policy", RagPolicy.class,
                        RagPolicy.create("bexley", "tolerance", Map.of("tolerance", "relative 5%")), "policy"),
                new Golden("policy-rounding", RagPolicy.class,
                        RagPolicy.create("bromley", "thresholds", Map.of()).withRounding(0, RoundingMode.HALF_EVEN),
                        "policy"),
                new Golden("indicator-entry", IndicatorEntry.class, neetEntry(), "indicatorEntry"),
                new Golden("document", OutturnDocument.class, OutturnJsonTest.sample(), null),
                new Golden("document-policies-by-period", OutturnDocument.class, policiesByPeriod(), null));
    }

    /** A document whose indicator moved from one policy to another, and whose default rates the rest. */
    static OutturnDocument policiesByPeriod() {
        RagPolicy five = RagPolicy.create("tolerance-5", "tolerance", Map.of("tolerance", "relative 5%"));
        RagPolicy ten = RagPolicy.create("tolerance-10", "tolerance", Map.of("tolerance", "relative 10%"));
        Indicator indicator = Indicator.builder().code("ASCH_07").title("Reablement").unit(Unit.percentage(1))
                .polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.ANNUAL).build();
        IndicatorEntry moved = IndicatorEntry.of(indicator, List.of(Outturn.of(FinancialYear.parse("2023/24"),
                new BigDecimal("69.9")), Outturn.of(FY, new BigDecimal("70.2"))), null, Map.of())
                .withPoliciesByPeriod(Map.of(FinancialYear.parse("2023/24"), "tolerance-5", FY, "tolerance-10"));
        IndicatorEntry rest = IndicatorEntry.of(Indicator.builder().code("ASCH_08").title("Carers")
                .unit(Unit.percentage(1)).polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.ANNUAL).build(),
                List.of(Outturn.of(FY, new BigDecimal("40.0"))));
        return OutturnDocument.of("Policies by period", null, List.of(), List.of(five, ten), "tolerance-5",
                List.of(moved, rest));
    }

    static Indicator neet() {
        return Indicator.builder().code("27").title("% of CYP (16 - 17 year olds) NEET")
                .description("Young people not in education, employment or training").unit(Unit.percentage(1))
                .polarity(Polarity.LOWER_IS_BETTER).frequency(Frequency.MONTHLY).measureType(MeasureType.SNAPSHOT)
                .frameworkCode("DfE NEET").addTags("Children", "Bromley")
                .putTargets(FinancialYear.parse("2022/23"), Target.thresholds(new BigDecimal("1.7"),
                        new BigDecimal("1.9")))
                .addBenchmarks(Benchmark.of(BenchmarkGroup.ENGLAND, FinancialYear.parse("2021/22"),
                        new BigDecimal("2.8")))
                .addBenchmarks(Benchmark.unavailable(BenchmarkGroup.LONDON, FinancialYear.parse("2021/22"), "n/a"))
                .build();
    }

    static IndicatorEntry neetEntry() {
        return IndicatorEntry.of(neet(), List.of(
                Outturn.ofFraction(ReportingMonth.parse("Jun-2022"), new BigDecimal("1.3"), Fraction.of(96, 7132),
                        Unit.percentage(1)),
                Outturn.builder().period(ReportingMonth.parse("Sep-2022")).value(new BigDecimal("1.00"))
                        .addFlags(OutturnFlag.PROVISIONAL).build(),
                Outturn.missing(ReportingMonth.parse("Dec-2022"), MissingReason.NOT_YET_AVAILABLE)),
                "bromley", Map.of(FinancialYear.parse("2022/23"), Rating.of(Rag.GREEN)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void read_goldenFile_givesValue(Golden golden) throws IOException {
        Path file = RESOURCES.resolve(golden.path());
        if (UPDATE) {
            Files.writeString(file, write(golden.value()) + "\n", StandardCharsets.UTF_8);
        }
        Object read = OutturnJson.strict().mapper().readValue(file.toFile(), golden.type());
        assertThat(read).isEqualTo(golden.value());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void write_value_givesGoldenFileBytes(Golden golden) throws IOException {
        assertThat(write(golden.value())).isEqualTo(golden(golden.path()));
    }

    @Test
    void document_writtenByFacade_equalsGoldenFile() {
        assertThat(OutturnJson.strict().write(OutturnJsonTest.sample()).replace("\r\n", "\n"))
                .isEqualTo(golden("golden/document.json") + "\n");
    }

    @Test
    void bromleyExample_readsAsSeedRowsAndWritesBackUnchanged() throws IOException {
        Path file = RESOURCES.resolve("examples/bromley-rows-14-19.json");
        OutturnDocument expected = bromleyRows14To19();
        if (UPDATE) {
            Files.writeString(file, OutturnJson.strict().write(expected).replace(System.lineSeparator(), "\n"),
                    StandardCharsets.UTF_8);
        }
        OutturnDocument read = OutturnJson.strict().read(file);
        assertThat(read).isEqualTo(expected);
        assertThat(read.indicators()).hasSize(6);
        assertThat(OutturnJson.strict().write(read).replace("\r\n", "\n"))
                .isEqualTo(golden("examples/bromley-rows-14-19.json") + "\n");
    }

    /** Writes a value with the strict mapper, line endings normalised. */
    static String write(Object value) {
        return OutturnJson.strict().mapper().writeValueAsString(value).replace("\r\n", "\n");
    }

    /** Returns a file's text with line endings normalised and the final line break removed. */
    static String golden(String path) {
        try {
            String text = Files.readString(RESOURCES.resolve(path), StandardCharsets.UTF_8).replace("\r\n", "\n");
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    // ---------------------------------------------------------------- seed 004, rows 14 to 19

    private static final FinancialYear FY_2022 = FinancialYear.parse("2022/23");
    private static final FinancialYear FY_2021 = FinancialYear.parse("2021/22");
    private static final YearToDate YTD_NOV_2022 = YearToDate.parse("2022/23 YTD Nov-2022");
    private static final List<String> MONTHS =
            List.of("Apr-22", "May-22", "Jun-22", "Jul-22", "Aug-22", "Sep-22", "Oct-22", "Nov-22");

    /**
     * Bromley's children's scrutiny performance index 2022/23, Appendix 1, rows 14 to 19, as
     * {@code SeedRowsTest} in core builds them: prior years, months April to November 2022, the
     * year to date, England and London 2021/22 benchmarks, and the published RAG column.
     */
    static OutturnDocument bromleyRows14To19() {
        String notTarget = "Not a target measure";
        Rating notRated = Rating.unrated(UnratedReason.NOT_RATED_MEASURE, "This is not a target measure");
        List<IndicatorEntry> rows = List.of(
                row(Indicator.builder().code("14").title("Children Looked After rate per 10,000")
                        .unit(Unit.ratePer(10_000, 0)).polarity(Polarity.NONE).frequency(Frequency.MONTHLY)
                        .putTargets(FY_2022, Target.none(notTarget))
                        .addBenchmarks(benchmark(BenchmarkGroup.ENGLAND, "62"), benchmark(BenchmarkGroup.LONDON, "52"))
                        .build(),
                        outturns(priorYears("43", "46", "43"), monthly("", "", "45", "", "", "44", "", "46")),
                        null, notRated),
                row(Indicator.builder().code("15").title("Number of Children Looked After")
                        .unit(Unit.count(0)).polarity(Polarity.NONE).frequency(Frequency.MONTHLY)
                        .putTargets(FY_2022, Target.none(notTarget))
                        .addBenchmarks(benchmark(BenchmarkGroup.ENGLAND, "72670"),
                                benchmark(BenchmarkGroup.LONDON, "9910"))
                        .build(),
                        outturns(priorYears("328", "341", "328"),
                                monthly("328", "326", "336", "339", "336", "335", "340", "344")),
                        null, notRated),
                row(Indicator.builder().code("16").title("% of Children Looked After with an allocated Social Worker")
                        .unit(Unit.percentage(0)).polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.MONTHLY)
                        .putTargets(FY_2022, Target.single(new BigDecimal("100")))
                        .addBenchmarks(benchmark(BenchmarkGroup.ENGLAND, "Local Measure"),
                                benchmark(BenchmarkGroup.LONDON, "Local Measure"))
                        .build(),
                        outturns(priorYears("100", "100", "100"),
                                monthly("100", "100", "100", "100", "100", "100", "100", "100"),
                                Outturn.of(YTD_NOV_2022, new BigDecimal("100"))),
                        "bromley", Rating.of(Rag.GREEN)),
                row(Indicator.builder().code("17")
                        .title("% of Children Looked After cases which were reviewed within required timescales")
                        .unit(Unit.percentage(0)).polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.MONTHLY)
                        .putTargets(FY_2022, Target.thresholds(new BigDecimal("100"), new BigDecimal("95")))
                        .addBenchmarks(benchmark(BenchmarkGroup.ENGLAND, "Not available"),
                                benchmark(BenchmarkGroup.LONDON, "Not available"))
                        .build(),
                        outturns(priorYears("95", "93", "91"), monthly("98", "97", "97", "97", "97", "97", "97", "96"),
                                Outturn.of(YTD_NOV_2022, new BigDecimal("96"))),
                        "bromley", Rating.of(Rag.GREEN)),
                row(Indicator.builder().code("18").title("Number of in-house foster carers recruited (YtD)")
                        .unit(Unit.count(0)).polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.MONTHLY)
                        .measureType(MeasureType.CUMULATIVE_YEAR_TO_DATE)
                        .putTargets(FY_2022, Target.single(new BigDecimal("20")))
                        .addBenchmarks(benchmark(BenchmarkGroup.ENGLAND, "Local Measure"),
                                benchmark(BenchmarkGroup.LONDON, "Local Measure"))
                        .build(),
                        outturns(priorYears("4", "14", "9"), List.of(), Outturn.missing(YTD_NOV_2022,
                                MissingReason.SUPPRESSED, "Data suppressed, see part 2 report")),
                        "bromley", Rating.of(Rag.RED)),
                row(Indicator.builder().code("19").title("Stability of placements of Children Looked After - number "
                        + "of placements (3 placements or more in the year)")
                        .unit(Unit.percentage(0)).polarity(Polarity.LOWER_IS_BETTER).frequency(Frequency.MONTHLY)
                        .putTargets(FY_2022, Target.band(new BigDecimal("0"), new BigDecimal("12")))
                        .addBenchmarks(benchmark(BenchmarkGroup.ENGLAND, "10"), benchmark(BenchmarkGroup.LONDON, "10"))
                        .build(),
                        outturns(priorYears("11", "7", "10"), monthly("11", "12", "12", "11", "12", "12", "12", "10"),
                                Outturn.of(YTD_NOV_2022, new BigDecimal("10"))),
                        "bromley", Rating.of(Rag.GREEN)));
        return OutturnDocument.of("Bromley children's scrutiny performance index 2022/23, Appendix 1, rows 14 to 19",
                "Seed 004: London Borough of Bromley, Children, Education and Families performance index 2022/23",
                List.of(RagPolicy.create("bromley", "thresholds", Map.of())), rows);
    }

    private static IndicatorEntry row(Indicator indicator, List<Outturn> outturns, String policy, Rating rating) {
        return IndicatorEntry.of(indicator, outturns, policy, Map.of(FY_2022, rating));
    }

    private static Benchmark benchmark(BenchmarkGroup group, String cell) {
        return Character.isDigit(cell.charAt(0)) ? Benchmark.of(group, FY_2021, new BigDecimal(cell))
                : Benchmark.unavailable(group, FY_2021, cell);
    }

    private static List<Outturn> priorYears(String y2021, String y2020, String y2019) {
        return List.of(Outturn.of(FY_2021, new BigDecimal(y2021)),
                Outturn.of(FY_2021.minusYears(1), new BigDecimal(y2020)),
                Outturn.of(FY_2021.minusYears(2), new BigDecimal(y2019)));
    }

    private static List<Outturn> monthly(String... cells) {
        List<Outturn> outturns = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                outturns.add(Outturn.of(ReportingMonth.parse(MONTHS.get(i)), new BigDecimal(cells[i])));
            }
        }
        return outturns;
    }

    private static List<Outturn> outturns(List<Outturn> first, List<Outturn> second, Outturn... more) {
        List<Outturn> all = new ArrayList<>(first);
        all.addAll(second);
        all.addAll(List.of(more));
        return all;
    }
}
