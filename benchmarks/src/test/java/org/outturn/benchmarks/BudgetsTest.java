package org.outturn.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The table {@link Budgets} prints from JMH's JSON results. */
final class BudgetsTest {

    /** One JMH result as {@code -rf json} writes it, with only the fields {@link Budgets} reads. */
    private static String run(String benchmark, String jvmArg, String indicators, double score, String secondary) {
        return "{\"benchmark\":\"org.outturn.benchmarks." + benchmark + "\",\"jvmArgs\":[\"-Djmh.ignoreLock=true\",\""
                + jvmArg + "\"],\"params\":{\"indicators\":\"" + indicators + "\"},\"primaryMetric\":{\"score\":"
                + score + ",\"scoreUnit\":\"ms/op\"},\"secondaryMetrics\":{" + secondary + "}}";
    }

    private static String metric(String name, double score) {
        return "\"" + name + "\":{\"score\":" + score + "}";
    }

    private static List<String> print(String json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Budgets.print(Budgets.read(json), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void print_jsonAndReport_ratiosBesideBudgetsAndMegabytesPerSecond() {
        String json = "[" + run("JsonBenchmark.readLibrary", "-Xmx2g", "20", 2.0, metric("gc.alloc.rate.norm", 300))
                + "," + run("JsonBenchmark.readTree", "-Xmx2g", "20", 1.0, metric("gc.alloc.rate.norm", 100))
                + "," + run("ReportBenchmark.library", "-Xmx2g", "10000", 300.0, metric("gc.alloc.rate.norm", 5))
                + "," + run("ReportBenchmark.baseline", "-Xmx2g", "10000", 200.0, metric("gc.alloc.rate.norm", 4)) + "]";
        List<String> lines = print(json);
        // speed 1.0 / 2.0 = 0.50x; the report's time 300 / 200 = 1.50x
        assertThat(lines).contains(
                "read 10,000 x 12 vs JsonNode tree         2.0 ms/op      1.0 ms/op          300          100     0.50x >= 1.0x NOT MET",
                "report: CSV import, rate, JSON          300.0 ms/op    200.0 ms/op            5            4     1.50x <= 2.0x met",
                "read 10,000 x 12 vs data-binding     (not run)");
        // the document of 20 indicators in bytes, over 2 ms and 1 ms
        long bytes = Budgets.jsonBytes(20);
        assertThat(lines).contains(String.format(Locale.ROOT,
                "JSON document of %,d bytes, MB/s: readLibrary %.1f; readTree %.1f;", bytes, bytes / 2e3, bytes / 1e3));
    }

    @Test
    void print_streaming_budgetRunByItsHeapLimitAndAnyOtherBeside() {
        String heap = metric("heap.peak", 12.5) + "," + metric("heap.live", 9.25) + "," + metric("heap.max", 16);
        String json = "[" + run("StreamingBenchmark.read", "-Xmx16m", "100000", 3000.0, heap)
                + "," + run("StreamingBenchmark.rate", "-Xmx64m", "100000", 4000.0, metric("heap.peak", 54.0) + ","
                        + metric("heap.live", 32.0) + "," + metric("heap.max", 64)) + "]";
        assertThat(print(json)).contains(
                "StreamingBenchmark.read -Xmx16m      3000.0 ms/op; 100000 indicators, heap peak 12.5 MB, live 9.3 MB,"
                        + " max 16.0 MB: <= 16 MB met",
                "StreamingBenchmark.rate -Xmx16m      no result (not run, or out of heap): <= 16 MB NOT MET",
                "StreamingBenchmark.rate -Xmx64m      4000.0 ms/op; 100000 indicators, heap peak 54.0 MB, live 32.0 MB,"
                        + " max 64.0 MB (no budget)");
    }
}
