package org.outturn.spark.examples;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.outturn.spark.OutturnRows;
import org.outturn.spark.RatingSummaries;
import org.outturn.spark.SparkRater;

/**
 * The example job: generates a synthetic national dataset ({@link NationalData}, by default 300
 * areas × 200 indicators × 12 months, 720,000 outturns) on the executors, rates it with each
 * document's policies, writes the rated rows and the summaries per area and per indicator as Parquet
 * under {@code target/national/}, and prints the throughput.
 *
 * <pre>
 * ./mvnw -q -pl spark -am test-compile exec:exec -Dnational.args="local[2] 300 200 12"
 * </pre>
 *
 * <p>Arguments, all optional, in order: the Spark master ({@code local[2]}), areas (300),
 * indicators (200), months (12) and the output folder ({@code target/national}).
 */
public final class NationalJob {

    private NationalJob() {
    }

    /**
     * Runs the job.
     *
     * @param args  master, areas, indicators, months, output folder; each optional, not null
     */
    public static void main(String[] args) {
        String master = args.length > 0 ? args[0] : "local[2]";
        int areas = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int indicators = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int months = args.length > 3 ? Integer.parseInt(args[3]) : 12;
        Path out = Path.of(args.length > 4 ? args[4] : "target/national").toAbsolutePath();
        SparkSession spark = SparkSession.builder().master(master).appName("outturn-national")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            long seed = 2024;
            // Only the seed and sizes travel to the executors; each generates its own areas.
            FlatMapFunction<Long, Row> generate = area -> OutturnRows.of(NationalData.areaCode(area.intValue()),
                    NationalData.of(seed).document(area.intValue(), indicators, months)).iterator();
            Dataset<Row> outturns = spark.range(0, areas, 1, 8).as(Encoders.LONG())
                    .flatMap(generate, Encoders.row(OutturnRows.schema()));
            long start = System.nanoTime();
            outturns = outturns.cache();
            long rows = outturns.count();
            double generated = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            Dataset<Row> rated = SparkRater.documentPolicies().rate(outturns);
            rated.write().mode(SaveMode.Overwrite).parquet(out.resolve("rated").toString());
            double rating = (System.nanoTime() - start) / 1e9;
            Dataset<Row> written = spark.read().parquet(out.resolve("rated").toString());
            RatingSummaries.byArea(written).write().mode(SaveMode.Overwrite).parquet(out.resolve("by-area").toString());
            RatingSummaries.byIndicator(written).write().mode(SaveMode.Overwrite)
                    .parquet(out.resolve("by-indicator").toString());
            System.out.printf(Locale.ROOT, "%s: %d areas x %d indicators x %d months = %d outturns%n",
                    master, areas, indicators, months, rows);
            System.out.printf(Locale.ROOT, "generated in %.1f s; rated and written as Parquet in %.1f s: %,.0f rows/s%n",
                    generated, rating, rows / rating);
            RatingSummaries.by(written, "polarity").show(false);
            System.out.println("Parquet under " + out);
        } finally {
            spark.stop();
        }
    }
}
