package org.outturn.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.ScalarResult;
import org.outturn.core.FinancialYear;
import org.outturn.core.ReportingMonth;
import org.outturn.json.OutturnJson;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every benchmark method once, on small data, so that a broken benchmark fails the build; no timing
 * is measured or asserted. Each state's {@code @Setup} runs too, with its check that the library and the
 * baseline agree.
 */
final class BenchmarksTest {

    private static final Blackhole BLACKHOLE = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    @Test
    void rating_onceEach_libraryAndBaselineDecideAlike() {
        RatingBenchmark benchmark = new RatingBenchmark();
        benchmark.seed = 20241101L;
        benchmark.setUp();
        benchmark.library(BLACKHOLE);
        benchmark.baseline(BLACKHOLE);
        benchmark.explained(BLACKHOLE);
        assertThat(benchmark.cases).hasSize(RatingBenchmark.SIZE);
    }

    @Test
    void rating_otherSeeds_libraryAndBaselineDecideAlike() {
        for (long seed = 1; seed <= 5; seed++) {
            RatingBenchmark benchmark = new RatingBenchmark();
            benchmark.seed = seed;
            benchmark.setUp();
        }
    }

    @Test
    void periods_onceEach_parseTheSameValues() {
        PeriodBenchmark benchmark = new PeriodBenchmark();
        for (int i = 0; i < PeriodBenchmark.YEARS.length; i++) {
            FinancialYear year = benchmark.financialYearBaseline();
            benchmark.next--;
            assertThat(benchmark.financialYearParse()).isEqualTo(year);
            benchmark.next--;
            assertThat(benchmark.financialYearPeriodParse()).isEqualTo(year);
        }
        for (int i = 0; i < PeriodBenchmark.MONTHS.length; i++) {
            ReportingMonth month = benchmark.reportingMonthBaseline();
            benchmark.next--;
            assertThat(benchmark.reportingMonthParse()).isEqualTo(month);
            benchmark.next--;
            assertThat(benchmark.reportingMonthPeriodParse()).isEqualTo(month);
        }
    }

    @Test
    void json_smallDocument_readsAndWritesTheSameBytes() {
        JsonBenchmark benchmark = new JsonBenchmark();
        benchmark.indicators = 20;
        benchmark.setUp();
        assertThat(benchmark.readLibrary()).isEqualTo(benchmark.document);
        assertThat(benchmark.readBaseline()).isEqualTo(benchmark.records);
        assertThat(benchmark.writeLibrary()).isEqualTo(benchmark.bytes);
        assertThat(benchmark.writeBaseline()).isEqualTo(benchmark.bytes);
        assertThat(benchmark.readTree().path("indicators").size()).isEqualTo(20);
        assertThat(Budgets.jsonBytes(20)).isEqualTo(benchmark.bytes.length);
    }

    @Test
    void streaming_smallDocument_readsEveryIndicatorOfTheDocumentWritten() {
        StreamingBenchmark benchmark = new StreamingBenchmark();
        benchmark.indicators = 50;
        benchmark.setUp();
        assertThat(OutturnJson.strict().read(benchmark.file)).isEqualTo(Documents.monthly(JsonBenchmark.SEED, 50));
        assertThat(benchmark.read(BLACKHOLE)).isEqualTo(50);
        assertThat(benchmark.rate(BLACKHOLE)).isEqualTo(50);
    }

    @Test
    void peakHeapProfiler_anIteration_reportsPeakLiveAndLimitInMegabytes() {
        PeakHeapProfiler profiler = new PeakHeapProfiler();
        profiler.beforeIteration(null, null);
        System.gc();
        Map<String, ScalarResult> results = profiler.measure().stream()
                .collect(Collectors.toMap(ScalarResult::getLabel, result -> result));
        assertThat(results).containsOnlyKeys("heap.peak", "heap.live", "heap.max");
        assertThat(results.get("heap.peak").getScore()).isPositive()
                .isGreaterThanOrEqualTo(results.get("heap.live").getScore());
        assertThat(results.get("heap.max").getScore()).isEqualTo(Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0);
        assertThat(results.get("heap.peak").getScoreUnit()).isEqualTo("MB");
    }

    @Test
    void report_smallTable_libraryAndBaselineRateAlike() {
        ReportBenchmark benchmark = new ReportBenchmark();
        benchmark.indicators = 100;
        benchmark.setUp();
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode library = mapper.readTree(benchmark.library());
        JsonNode baseline = mapper.readTree(benchmark.baseline());
        assertThat(library.size()).isEqualTo(1200);
        assertThat(benchmark.libraryImport().indicators()).hasSize(100);
        assertThat(baseline.size()).isEqualTo(1200);
        assertThat(library.get(0).path("code").asString()).isEqualTo("BM_00000");
        assertThat(library.get(0).path("period").asString()).isEqualTo("Apr-2024");
        assertThat(baseline.get(0).path("period").asString()).isEqualTo("Apr-2024");
        assertThat(new String(benchmark.baseline(), StandardCharsets.UTF_8))
                .contains("\"unrated\" : \"NO_OUTTURN\"", "\"unrated\" : \"NOT_RATED_MEASURE\"");
        assertThat(new String(benchmark.library(), StandardCharsets.UTF_8))
                .contains("\"unratedReason\" : \"NO_OUTTURN\"", "\"unratedReason\" : \"NOT_RATED_MEASURE\"");
    }
}
