package org.outturn.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outturn.core.Rag;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.UnratedReason;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.spark.examples.NationalData;

final class SparkRaterTest {

    private static final int AREAS = 8;
    private static final int INDICATORS = 30;
    private static final int MONTHS = 14;

    private static SparkSession spark;
    private static List<Row> rows;
    private static List<String> expected;
    private static Dataset<Row> rated;
    private static List<Row> ratedRows;

    @BeforeAll
    static void rateGeneratedDataset() {
        spark = SharedSpark.session();
        rows = new ArrayList<>();
        expected = new ArrayList<>();
        for (int area = 0; area < AREAS; area++) {
            OutturnDocument document = NationalData.of(7).document(area, INDICATORS, MONTHS);
            rows.addAll(OutturnRows.of(NationalData.areaCode(area), document));
            expected.addAll(Expected.lines(NationalData.areaCode(area), document));
        }
        rated = SparkRater.documentPolicies().withExplanations().rate(spark.createDataFrame(rows, OutturnRows.schema()));
        ratedRows = rated.collectAsList();
    }

    private static List<String> lines(List<Row> result) {
        List<String> lines = new ArrayList<>();
        for (Row row : result) {
            lines.add(line(row));
        }
        return lines;
    }

    private static String line(Row row) {
        String rating = row.getAs("rating");
        String reason = row.getAs("unrated_reason");
        String detail = row.getAs("rating_detail");
        String explanation = row.getAs("explanation");
        return String.join(" | ", row.<String>getAs("area"), row.<String>getAs("indicator"),
                row.<String>getAs("period"), rating == null ? "-" : rating, reason == null ? "-" : reason,
                detail == null ? "-" : detail, explanation == null ? "-" : explanation);
    }

    @Test
    void rate_generatedDataset_equalsRagPolicyAssessRowForRow() {
        assertThat(rows).hasSize(AREAS * INDICATORS * MONTHS);
        assertThat(lines(ratedRows)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void rate_generatedDataset_coversEveryStrategyColourAndUnratedReason() {
        Set<String> strategies = new HashSet<>();
        for (Row row : rows) {
            String policy = row.getString(22);
            if (policy != null) {
                strategies.add(new PolicyJson().read(policy).spec().name());
            }
        }
        assertThat(strategies).containsExactlyInAnyOrder("tolerance", "thresholds", "band", "benchmark", "floor",
                "no-target", "first-applicable", "worst-of", "with-blue");
        Set<String> ratings = new HashSet<>();
        Set<String> reasons = new HashSet<>();
        for (Row row : ratedRows) {
            if (row.getAs("rating") != null) {
                ratings.add(row.getAs("rating"));
            } else {
                reasons.add(row.getAs("unrated_reason"));
            }
        }
        assertThat(ratings).containsExactlyInAnyOrder("RED", "AMBER", "GREEN", "BLUE");
        assertThat(reasons).contains(UnratedReason.NO_TARGET.name(), UnratedReason.NO_OUTTURN.name(),
                UnratedReason.NOT_RATED_MEASURE.name(), UnratedReason.TARGET_NOT_FOR_PERIOD.name(),
                UnratedReason.BENCHMARK_NOT_AVAILABLE.name());
        assertThat(rows.stream().filter(row -> row.getString(8) != null)).isNotEmpty();
    }

    @Test
    void rate_withoutExplanations_leavesExplanationNull() {
        List<Row> plain = SparkRater.documentPolicies().rate(spark.createDataFrame(rows.subList(0, 50),
                OutturnRows.schema())).collectAsList();
        assertThat(plain).hasSize(50).allSatisfy(row -> assertThat(row.<String>getAs("explanation")).isNull());
    }

    @Test
    void rate_onePolicy_equalsAssessWithThatPolicy() {
        RagPolicy policy = RagPolicy.create("one", "tolerance", Map.of("tolerance", "relative 5%"));
        OutturnDocument document = NationalData.of(3).document(0, 12, 12);
        List<Row> single = new ArrayList<>();
        for (Row row : OutturnRows.of("E1", document)) {
            single.add(row);
        }
        List<Row> result = SparkRater.rate(spark.createDataFrame(single, OutturnRows.schema()), policy)
                .collectAsList();
        OutturnDocument rebound = OutturnDocument.of(null, null, List.of(), List.of(policy), "one",
                document.indicators().stream().map(entry -> org.outturn.rules.report.IndicatorEntry.of(
                        entry.indicator(), entry.outturnList(), null, entry.published())).toList());
        assertThat(lines(result).stream().map(line -> line.substring(0, line.lastIndexOf(" | "))).toList())
                .containsExactlyInAnyOrderElementsOf(Expected.lines("E1", rebound).stream()
                        .map(line -> line.substring(0, line.lastIndexOf(" | "))).toList());
    }

    @Test
    void rate_byIndicator_usesEachIndicatorsPolicy() {
        RagPolicy strict = RagPolicy.create("strict", "tolerance", Map.of("tolerance", "none"));
        RagPolicy loose = RagPolicy.create("loose", "tolerance", Map.of("tolerance", "relative 100%"));
        Row below = row("E1", "A", "single", "50", "40");
        Row other = row("E1", "B", "single", "50", "40");
        List<Row> result = SparkRater.byIndicator(Map.of("A", strict), loose)
                .rate(spark.createDataFrame(List.of(below, other), OutturnRows.schema()))
                .orderBy("indicator").collectAsList();
        assertThat(result.get(0).<String>getAs("rating")).isEqualTo(Rag.RED.name());
        assertThat(result.get(1).<String>getAs("rating")).isEqualTo(Rag.AMBER.name());
    }

    /** A row of a higher-is-better percentage for 2024/25 with a target and a value. */
    private static Row row(String area, String code, String kind, String target, String value) {
        Object[] cells = new Object[OutturnRows.COLUMNS.size()];
        cells[0] = area;
        cells[1] = code;
        cells[2] = "Indicator " + code;
        cells[3] = "percentage:0";
        cells[4] = "HIGHER_IS_BETTER";
        cells[5] = "ANNUAL";
        cells[6] = "2024/25";
        cells[7] = value;
        cells[9] = "2024/25";
        cells[10] = kind;
        cells[11] = target;
        return RowFactory.create(cells);
    }

    private static Row with(Row row, int column, String value) {
        Object[] cells = new Object[row.length()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = row.get(i);
        }
        cells[column] = value;
        return RowFactory.create(cells);
    }

    private static String message(Runnable parse) {
        try {
            parse.run();
        } catch (RuntimeException ex) {
            return ex.getMessage();
        }
        throw new AssertionError("expected an exception");
    }

    @Test
    void rate_badRows_areUnratedWithTheirReasonAndTheJobSucceeds() {
        RagPolicy policy = RagPolicy.create("p", "tolerance", Map.of("tolerance", "relative 5%"));
        Row good = row("E1", "GOOD", "single", "50", "50");
        Row badPeriod = with(row("E1", "PERIOD", "single", "50", "50"), 6, "2024/26");
        Row badValue = with(row("E1", "VALUE", "single", "50", "fifty"), 7, "fifty");
        Row badKind = row("E1", "KIND", "triangle", "50", "50");
        Row badPolarity = with(row("E1", "POLARITY", "single", "50", "50"), 4, "UPWARDS");
        Row noValue = with(row("E1", "EMPTY", "single", "50", "50"), 7, null);
        Row badTarget = with(with(row("E1", "BAND", "band", "50", "50"), 15, "60"), 16, "40");
        Map<String, Row> result = new TreeMap<>();
        for (Row row : SparkRater.of(policy).rate(spark.createDataFrame(
                List.of(good, badPeriod, badValue, badKind, badPolarity, noValue, badTarget), OutturnRows.schema()))
                .collectAsList()) {
            result.put(row.getAs("indicator"), row);
        }
        assertThat(result.get("GOOD").<String>getAs("rating")).isEqualTo("GREEN");
        assertThat(detail(result.get("PERIOD"))).isEqualTo("Invalid row for E1 PERIOD 2024/26: "
                + message(() -> ReportingPeriod.parse("2024/26")));
        assertThat(detail(result.get("VALUE"))).isEqualTo("Invalid row for E1 VALUE 2024/25: "
                + message(() -> org.outturn.core.DecimalText.parse("fifty")));
        assertThat(detail(result.get("KIND"))).isEqualTo("Invalid row for E1 KIND 2024/25: Invalid value for "
                + "target_kind (valid values single, withFloor, thresholds, band, relativeToBenchmark, none): triangle");
        assertThat(detail(result.get("POLARITY"))).startsWith("Invalid rows for E1 POLARITY: ")
                .contains("UPWARDS");
        assertThat(detail(result.get("EMPTY"))).startsWith("Invalid row for E1 EMPTY 2024/25: ");
        assertThat(detail(result.get("BAND"))).isEqualTo("Invalid row for E1 BAND 2024/25: "
                + message(() -> org.outturn.core.Target.band(new java.math.BigDecimal("60"),
                        new java.math.BigDecimal("40"))));
        for (String code : List.of("PERIOD", "VALUE", "KIND", "POLARITY", "EMPTY", "BAND")) {
            assertThat(result.get(code).<String>getAs("rating")).as(code).isNull();
            assertThat(result.get(code).<String>getAs("unrated_reason")).as(code)
                    .isEqualTo(UnratedReason.NOT_COMPARABLE.name());
        }
    }

    private static String detail(Row row) {
        return row.getAs("rating_detail");
    }

    @Test
    void rate_agreement_comparesWithThePublishedRating() {
        for (Row row : ratedRows) {
            String published = row.getAs("published_rag");
            String publishedReason = row.getAs("published_unrated");
            Boolean agrees = row.getAs("agrees");
            if (published == null && publishedReason == null) {
                assertThat(agrees).isNull();
            } else if (published != null) {
                assertThat(agrees).isEqualTo(published.equals(row.getAs("rating")));
            } else {
                assertThat(agrees).isEqualTo(publishedReason.equals(row.getAs("unrated_reason")));
            }
        }
    }

    @Test
    void summaries_byAreaAndByIndicator_tallyTheRatedRows(@TempDir Path dir) {
        Map<String, long[]> byArea = new TreeMap<>();
        for (Row row : ratedRows) {
            long[] tally = byArea.computeIfAbsent(row.getAs("area"), key -> new long[8]);
            tally[0]++;
            String rating = row.getAs("rating");
            tally[rating == null ? 5 : 1 + List.of("RED", "AMBER", "GREEN", "BLUE").indexOf(rating)]++;
            Boolean agrees = row.getAs("agrees");
            tally[6] += agrees == null ? 0 : 1;
            tally[7] += Boolean.TRUE.equals(agrees) ? 1 : 0;
        }
        String out = dir.resolve("by-area").toString();
        RatingSummaries.byArea(rated).write().parquet(out);
        List<Row> summary = spark.read().parquet(out).orderBy("area").collectAsList();
        assertThat(summary).hasSize(AREAS);
        for (Row row : summary) {
            long[] tally = byArea.get(row.<String>getAs("area"));
            assertThat(new long[] {row.getAs("outturns"), row.getAs("red"), row.getAs("amber"), row.getAs("green"),
                row.getAs("blue"), row.getAs("unrated"), row.getAs("published"), row.getAs("agreeing")})
                    .containsExactly(tally);
            assertThat(row.<Double>getAs("agreement")).isEqualTo((double) tally[7] / tally[6]);
        }
        List<Row> byIndicator = RatingSummaries.byIndicator(rated).collectAsList();
        assertThat(byIndicator).hasSize(INDICATORS);
        assertThat(byIndicator.stream().mapToLong(row -> row.getAs("outturns")).sum()).isEqualTo(ratedRows.size());
    }

    @Test
    void rated_writtenAsParquet_readsBackTheSameRows(@TempDir Path dir) throws Exception {
        String out = dir.resolve("rated").toString();
        rated.write().parquet(out);
        assertThat(Files.list(Path.of(out)).anyMatch(file -> file.toString().endsWith(".parquet"))).isTrue();
        assertThat(lines(spark.read().parquet(out).collectAsList())).containsExactlyInAnyOrderElementsOf(expected);
    }
}
