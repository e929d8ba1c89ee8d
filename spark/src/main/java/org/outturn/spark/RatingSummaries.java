package org.outturn.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Summaries of {@linkplain SparkRater rated rows} as DataFrames: per area, per indicator, or per any
 * columns. Each summary row has the grouping columns, then {@code outturns} (the rows),
 * {@code red}, {@code amber}, {@code green}, {@code blue} and {@code unrated} (the tally of ratings,
 * which sum to {@code outturns}), {@code published} (rows with a published rating), {@code agreeing}
 * (those whose rating agrees with it) and {@code agreement} (agreeing / published as a double, null
 * when nothing was published). Counts are longs.
 *
 * <pre>{@code
 * RatingSummaries.byArea(rated).write().parquet("summary-by-area");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RatingSummaries {

    private RatingSummaries() {
    }

    /**
     * Summarises rated rows per area.
     *
     * @param rated  rows in {@link SparkRater#ratedSchema()}, not null
     * @return one row per area, ordered by area, not null
     */
    public static Dataset<Row> byArea(Dataset<Row> rated) {
        return by(rated, "area");
    }

    /**
     * Summarises rated rows per indicator code, over every area.
     *
     * @param rated  rows in {@link SparkRater#ratedSchema()}, not null
     * @return one row per indicator, ordered by code, not null
     */
    public static Dataset<Row> byIndicator(Dataset<Row> rated) {
        return by(rated, "indicator");
    }

    /**
     * Summarises rated rows per distinct value of some columns, such as {@code "area", "period"}.
     *
     * @param rated  rows in {@link SparkRater#ratedSchema()}, not null
     * @param columns  the grouping columns, at least one, not null
     * @return one row per group, ordered by the grouping columns, not null
     * @throws IllegalArgumentException if no column is given
     */
    public static Dataset<Row> by(Dataset<Row> rated, String... columns) {
        Objects.requireNonNull(rated, "rated");
        Objects.requireNonNull(columns, "columns");
        if (columns.length == 0) {
            throw new IllegalArgumentException("Invalid value for columns (at least one): none");
        }
        Column[] keys = new Column[columns.length];
        for (int i = 0; i < columns.length; i++) {
            keys[i] = col(Objects.requireNonNull(columns[i], "column"));
        }
        return rated.groupBy(keys)
                .agg(count(lit(1)).as("outturns"),
                        tally(col("rating").equalTo("RED")).as("red"),
                        tally(col("rating").equalTo("AMBER")).as("amber"),
                        tally(col("rating").equalTo("GREEN")).as("green"),
                        tally(col("rating").equalTo("BLUE")).as("blue"),
                        tally(col("rating").isNull()).as("unrated"),
                        tally(col("agrees").isNotNull()).as("published"),
                        tally(col("agrees").equalTo(true)).as("agreeing"))
                .withColumn("agreement", when(col("published").gt(0),
                        col("agreeing").cast("double").divide(col("published"))))
                .orderBy(keys);
    }

    private static Column tally(Column condition) {
        return sum(when(condition, 1L).otherwise(0L));
    }
}
