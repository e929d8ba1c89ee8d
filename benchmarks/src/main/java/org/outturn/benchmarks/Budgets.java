package org.outturn.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.outturn.json.OutturnJson;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints each library / baseline ratio of JMH result files ({@code -rf json}) beside its budget from
 * issue #11, the figures measured without a budget, and the peak heap of the streaming benchmark beside
 * its limit: {@code java -cp target/benchmarks.jar org.outturn.benchmarks.Budgets target/jmh-*.json}.
 */
public final class Budgets {

    private Budgets() {
    }

    /**
     * One line of the table: the library's benchmark, the baseline's, and the budget on their ratio
     * ({@code NaN}: a figure without a budget).
     */
    record Budget(String what, String library, String baseline, boolean speed, double limit) {
    }

    /**
     * The whole report's budget, 2x: the report is an import, ratings and a write. Rating's budget is
     * 1.5x and JSON's 1.0x, but the import is text parsing of every cell, as period parsing is, whose
     * budget is 2x; and the baseline splits at commas, where the import reads any spreadsheet's
     * headers, notations and non-values and checks the whole document. So the loosest budget of the
     * parts is the whole's.
     */
    static final double REPORT_BUDGET = 2.0;

    static final List<Budget> BUDGETS = List.of(
            new Budget("rating vs hand-written BigDecimal", "RatingBenchmark.library", "RatingBenchmark.baseline", false, 1.5),
            new Budget("read 10,000 x 12 vs data-binding", "JsonBenchmark.readLibrary", "JsonBenchmark.readBaseline", true, 1.0),
            new Budget("read 10,000 x 12 vs JsonNode tree", "JsonBenchmark.readLibrary", "JsonBenchmark.readTree", true, 1.0),
            new Budget("write 10,000 x 12 vs data-binding", "JsonBenchmark.writeLibrary", "JsonBenchmark.writeBaseline", true, 1.0),
            new Budget("FinancialYear.parse vs substring", "PeriodBenchmark.financialYearParse", "PeriodBenchmark.financialYearBaseline", false, 2.0),
            new Budget("ReportingPeriod.parse(2024/25)", "PeriodBenchmark.financialYearPeriodParse", "PeriodBenchmark.financialYearBaseline", false, 2.0),
            new Budget("ReportingMonth.parse vs substring", "PeriodBenchmark.reportingMonthParse", "PeriodBenchmark.reportingMonthBaseline", false, 2.0),
            new Budget("ReportingPeriod.parse(Apr-2024)", "PeriodBenchmark.reportingMonthPeriodParse", "PeriodBenchmark.reportingMonthBaseline", false, 2.0),
            new Budget("report: CSV import, rate, JSON", "ReportBenchmark.library", "ReportBenchmark.baseline", false, REPORT_BUDGET),
            new Budget("report: the import alone vs baseline", "ReportBenchmark.libraryImport", "ReportBenchmark.baseline", false, Double.NaN),
            new Budget("rating with explanation vs without", "RatingBenchmark.explained", "RatingBenchmark.library", false, Double.NaN),
            new Budget("rating with explanation vs baseline", "RatingBenchmark.explained", "RatingBenchmark.baseline", false, Double.NaN));

    /**
     * The streaming benchmarks, whose budget is on the heap: each must complete in a fork with
     * {@value #HEAP_BUDGET} and use at most {@value #HEAP_BUDGET_MB} MB. Their results are named with their
     * fork's heap limit ({@code StreamingBenchmark.read -Xmx16m}), so that a run with a larger heap,
     * which shows how much a read that did not complete needs, is printed beside it.
     */
    static final List<String> STREAMING = List.of("StreamingBenchmark.read", "StreamingBenchmark.rate");

    private static final String STREAMING_CLASS = "StreamingBenchmark.";

    /** The heap limit of the streaming budget, as the fork's option. */
    static final String HEAP_BUDGET = "-Xmx16m";

    /** The heap a streamed read of 100,000 x 12 must complete in, in MB. */
    static final double HEAP_BUDGET_MB = 16;

    /** The JSON benchmarks whose speed is also printed in MB/s of the document. */
    static final List<String> JSON = List.of("JsonBenchmark.readLibrary", "JsonBenchmark.readBaseline",
            "JsonBenchmark.readTree", "JsonBenchmark.writeLibrary", "JsonBenchmark.writeBaseline");

    /** Score, allocation and parameters of one benchmark, and its other metrics by name. */
    record Result(double score, String unit, double bytes, Map<String, String> params, Map<String, Double> metrics) {
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
            Map<String, String> params = new HashMap<>();
            run.path("params").properties().forEach(param -> params.put(param.getKey(), param.getValue().asString()));
            Map<String, Double> metrics = new HashMap<>();
            run.path("secondaryMetrics").properties().forEach(metric -> metrics.put(metric.getKey(),
                    metric.getValue().path("score").asDouble()));
            if (shortName.startsWith(STREAMING_CLASS)) {
                shortName += " " + heapLimit(run.path("jvmArgs"));
            }
            results.put(shortName, new Result(primary.path("score").asDouble(), primary.path("scoreUnit").asString(),
                    alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble(), params, metrics));
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
            String verdict;
            if (Double.isNaN(budget.limit())) {
                verdict = "(no budget)";
            } else {
                boolean met = budget.speed() ? ratio >= budget.limit() : ratio <= budget.limit();
                verdict = String.format(Locale.ROOT, "%s%sx %s", budget.speed() ? ">= " : "<= ", budget.limit(),
                        met ? "met" : "NOT MET");
            }
            out.printf(Locale.ROOT, "%-36s %14s %14s %12.0f %12.0f %8.2fx %s%n", budget.what(),
                    score(library), score(baseline), library.bytes(), baseline.bytes(), ratio, verdict);
        }
        out.println("(ratio: library time / baseline time; for read and write, speed: baseline time / library time)");
        printSpeeds(results, out);
        printStreaming(results, out);
    }

    /**
     * The streaming benchmarks: the run with the budget's heap limit, which fails the budget when it did
     * not complete (JMH then writes no result for it), and any other run of the same benchmark.
     */
    private static void printStreaming(Map<String, Result> results, PrintStream out) {
        for (String name : STREAMING) {
            String budgetRun = name + " " + HEAP_BUDGET;
            Result result = results.get(budgetRun);
            if (result == null) {
                out.printf(Locale.ROOT, "%-36s no result (not run, or out of heap): <= %.0f MB NOT MET%n",
                        budgetRun, HEAP_BUDGET_MB);
            } else {
                double peak = result.metrics().getOrDefault("heap.peak", Double.NaN);
                out.printf(Locale.ROOT, "%-36s %s; %s: <= %.0f MB %s%n", budgetRun, score(result), heap(result),
                        HEAP_BUDGET_MB, peak <= HEAP_BUDGET_MB ? "met" : "NOT MET");
            }
            results.keySet().stream().filter(other -> other.startsWith(name + " ") && !other.equals(budgetRun))
                    .sorted().forEach(other -> out.printf(Locale.ROOT, "%-36s %s; %s (no budget)%n", other,
                            score(results.get(other)), heap(results.get(other))));
        }
    }

    private static String heap(Result result) {
        return String.format(Locale.ROOT, "%s indicators, heap peak %.1f MB, live %.1f MB, max %.1f MB",
                result.params().get("indicators"), result.metrics().getOrDefault("heap.peak", Double.NaN),
                result.metrics().getOrDefault("heap.live", Double.NaN),
                result.metrics().getOrDefault("heap.max", Double.NaN));
    }

    /** The last {@code -Xmx} of a fork's options, or {@code -Xmx?} without one. */
    static String heapLimit(JsonNode jvmArgs) {
        String limit = "-Xmx?";
        for (JsonNode arg : jvmArgs) {
            if (arg.asString().startsWith("-Xmx")) {
                limit = arg.asString();
            }
        }
        return limit;
    }

    /** The JSON benchmarks in MB/s (10<sup>6</sup> bytes a second) of the document they read or write. */
    private static void printSpeeds(Map<String, Result> results, PrintStream out) {
        Result any = results.get(JSON.get(0));
        if (any == null || !"ms/op".equals(any.unit())) {
            return;
        }
        long bytes = jsonBytes(Integer.parseInt(any.params().get("indicators")));
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "JSON document of %,d bytes, MB/s:", bytes));
        for (String name : JSON) {
            Result result = results.get(name);
            if (result != null) {
                line.append(String.format(Locale.ROOT, " %s %.1f;", name.substring(name.indexOf('.') + 1),
                        bytes / (result.score() / 1000) / 1e6));
            }
        }
        out.println(line);
    }

    /** The size of the JSON benchmark's document, as the library writes it. */
    static long jsonBytes(int indicators) {
        long[] count = new long[1];
        OutputStream counter = new OutputStream() {
            @Override
            public void write(int b) {
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                count[0] += len;
            }
        };
        OutturnJson.strict().write(Documents.monthly(JsonBenchmark.SEED, indicators), counter);
        return count[0];
    }

    private static String score(Result result) {
        return String.format(Locale.ROOT, "%.1f %s", result.score(), result.unit());
    }
}
