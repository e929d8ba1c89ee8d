package org.outturn.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.outturn.core.Outturn;
import org.outturn.core.ReportingPeriod;
import org.outturn.json.DocumentReader;
import org.outturn.json.OutturnJson;
import org.outturn.rules.report.IndicatorEntry;

/**
 * Streaming a document of {@code indicators} monthly indicators × 12 outturns (100,000: 96 MB of
 * JSON, written once to the temporary directory by {@link Documents#monthlyFile}) through
 * {@link OutturnJson#openReader(java.io.InputStream)}, in a forked JVM with a 16 MB heap
 * ({@code -Xmx16m}): that the read completes is the test, and {@link PeakHeapProfiler} reports the heap
 * in use. {@link #read} only reads each indicator; {@link #rate} also rates each indicator's latest
 * outturn (relative tolerance 5%), as a nightly service would. Scores are per document.
 *
 * <p>An {@code -jvmArgsAppend} on JMH's command line replaces the fork's {@code -Xmx16m}: run this
 * benchmark apart, as {@code run.sh} does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx16m")
public class StreamingBenchmark {

    @Param("100000")
    int indicators;

    Path file;

    @Setup(Level.Trial)
    public void setUp() {
        file = Documents.monthlyFile(JsonBenchmark.SEED, indicators);
    }

    /** Reads every indicator, one at a time, and returns how many. */
    @Benchmark
    public int read(Blackhole blackhole) {
        try (DocumentReader reader = open()) {
            while (reader.hasNext()) {
                blackhole.consume(reader.next());
            }
            return checked(reader.count());
        }
    }

    /** Reads every indicator and rates its latest outturn, and returns how many. */
    @Benchmark
    public int rate(Blackhole blackhole) {
        try (DocumentReader reader = open()) {
            while (reader.hasNext()) {
                IndicatorEntry entry = reader.next();
                SortedMap<ReportingPeriod, Outturn> outturns = entry.outturns();
                blackhole.consume(RatingBenchmark.TOLERANCE.assess(entry.indicator(), outturns.get(outturns.lastKey())).rating());
            }
            return checked(reader.count());
        }
    }

    private DocumentReader open() {
        try {
            return OutturnJson.strict().openReader(Files.newInputStream(file));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private int checked(int count) {
        if (count != indicators) {
            throw new IllegalStateException("Read " + count + " indicators of " + indicators + " from " + file);
        }
        return count;
    }
}
