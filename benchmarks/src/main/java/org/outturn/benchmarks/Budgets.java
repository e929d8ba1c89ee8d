package org.outturn.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints each library / baseline ratio of JMH result files ({@code -rf json}) beside its budget from
 * issue #11: {@code java -cp target/benchmarks.jar org.outturn.benchmarks.Budgets target/jmh-*.json}.
 */
public final class Budgets {

    private Budgets() {
    }

    /** One line of the table: the library's benchmark, the baseline's, and the budget on their ratio. */
    record Budget(String what, String library, String baseline, boolean speed, double limit) {
    }

    static final List<Budget> BUDGETS = List.of(
            new Budget("rating vs hand-written BigDecimal", "RatingBenchmark.library", "RatingBenchmark.baseline", false, 1.5),
            new Budget("read 10,000 x 12 vs data-binding", "JsonBenchmark.readLibrary", "JsonBenchmark.readBaseline", true, 1.0),
            new Budget("write 10,000 x 12 vs data-binding", "JsonBenchmark.writeLibrary", "JsonBenchmark.writeBaseline", true, 1.0),
            new Budget("FinancialYear.parse vs substring", "PeriodBenchmark.financialYearParse", "PeriodBenchmark.financialYearBaseline", false, 2.0),
            new Budget("ReportingPeriod.parse(2024/25)", "PeriodBenchmark.financialYearPeriodParse", "PeriodBenchmark.financialYearBaseline", false, 2.0),
            new Budget("ReportingMonth.parse vs substring", "PeriodBenchmark.reportingMonthParse", "PeriodBenchmark.reportingMonthBaseline", false, 2.0),
            new Budget("ReportingPeriod.parse(Apr-2024)", "PeriodBenchmark.reportingMonthPeriodParse", "PeriodBenchmark.reportingMonthBaseline", false, 2.0));

    /** Score and allocation of one benchmark. */
    record Result(double score, String unit, double bytes) {
    }

    /**
     * Prints the table.
     *
     * @param args  the JMH result files
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Map<String, Result> results = new HashMap<>();
        for (String file : args) {
            results.putAll(read(Files.readString(Path.of(file))));
        }
        print(results, System.out);
    }

    static Map<String, Result> read(String json) {
        Map<String, Result> results = new HashMap<>();
        for (JsonNode run : JsonMapper.builder().build().readTree(json)) {
            String name = run.path("benchmark").asString();
            String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            JsonNode primary = run.path("primaryMetric");
            JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm");
            results.put(shortName, new Result(primary.path("score").asDouble(), primary.path("scoreUnit").asString(),
                    alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble()));
        }
        return results;
    }

    static void print(Map<String, Result> results, PrintStream out) {
        out.printf(Locale.ROOT, "%-36s %14s %14s %12s %12s %9s %8s%n", "what", "library", "baseline", "lib B/op",
                "base B/op", "ratio", "budget");
        for (Budget budget : BUDGETS) {
            Result library = results.get(budget.library());
            Result baseline = results.get(budget.baseline());
            if (library == null || baseline == null) {
                out.printf(Locale.ROOT, "%-36s (not run)%n", budget.what());
                continue;
            }
            double ratio = budget.speed() ? baseline.score() / library.score() : library.score() / baseline.score();
            boolean met = budget.speed() ? ratio >= budget.limit() : ratio <= budget.limit();
            out.printf(Locale.ROOT, "%-36s %14s %14s %12.0f %12.0f %8.2fx %8s %s%n", budget.what(),
                    String.format(Locale.ROOT, "%.1f %s", library.score(), library.unit()),
                    String.format(Locale.ROOT, "%.1f %s", baseline.score(), baseline.unit()),
                    library.bytes(), baseline.bytes(), ratio,
                    (budget.speed() ? ">= " : "<= ") + budget.limit() + "x", met ? "met" : "NOT MET");
        }
        out.println("(ratio: library time / baseline time; for read and write, speed: baseline time / library time)");
    }
}
