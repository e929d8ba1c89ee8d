package org.outturn.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;
import org.outturn.core.FinancialYear;
import org.outturn.core.ReportingMonth;

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
    }
}
