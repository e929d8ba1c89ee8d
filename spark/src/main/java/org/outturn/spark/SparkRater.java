package org.outturn.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.outturn.rules.RagPolicy;

/**
 * Rates a {@link Dataset} of {@linkplain OutturnRows outturn rows} on Spark with the same library code
 * as a single machine: the rows of each indicator of each area are brought together in one partition,
 * the indicator is rebuilt from them, its outturns are the history, and each outturn is rated with
 * {@link RagPolicy#assess(org.outturn.core.Indicator, org.outturn.core.Outturn,
 * org.outturn.rules.OutturnHistory)}, as {@link org.outturn.rules.report.ReportAssessment} does.
 *
 * <pre>{@code
 * Dataset<Row> rated = SparkRater.of(policy).rate(OutturnDocuments.read(spark, "reports/*.json"));
 * rated.write().parquet("rated");
 * }</pre>
 *
 * <p>Policies travel to the executors as their {@code outturn/1} JSON description and are rebuilt
 * there, once per partition, never Java-serialised; a policy's strategy must therefore be one of the
 * registry, built in or published by a {@code RagStrategyProvider} on the executors' class path.
 *
 * <p>The result has the columns of {@link OutturnRows#schema()} followed by {@code rating} (the colour,
 * such as {@code GREEN}, null when unrated), {@code unrated_reason} (such as {@code NO_TARGET}, null
 * when rated), {@code rating_detail} (the unrated result's detail), {@code explanation} (null unless
 * {@link #withExplanations()}) and {@code agrees} (whether the rating equals the published one, the
 * colour or the unrated reason; null when none was published). A row that cannot be read (an invalid
 * period, value or target) or whose indicator cannot be rebuilt is rated unrated,
 * {@code NOT_COMPARABLE}, with the error naming the area, indicator, period, value and rule as its
 * detail: bad rows never fail the job. An outturn no policy rates is unrated the same way (a context
 * measure is still unrated as a context measure).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SparkRater {

    /** The columns a rating adds. */
    static final List<String> ADDED = List.of("rating", "unrated_reason", "rating_detail", "explanation",
            "agrees");

    private static final StructType RATED_SCHEMA;

    static {
        List<StructField> fields = new ArrayList<>(List.of(OutturnRows.schema().fields()));
        for (String column : ADDED.subList(0, 4)) {
            fields.add(DataTypes.createStructField(column, DataTypes.StringType, true));
        }
        fields.add(DataTypes.createStructField("agrees", DataTypes.BooleanType, true));
        RATED_SCHEMA = DataTypes.createStructType(fields);
    }

    private final GroupRater.Policies policies;
    private final boolean explain;
    private final String description;

    private SparkRater(GroupRater.Policies policies, boolean explain, String description) {
        this.policies = policies;
        this.explain = explain;
        this.description = description;
    }

    /**
     * Returns a rater that rates every row with one policy.
     *
     * @param policy  the policy, not null
     * @return the rater, not null
     */
    public static SparkRater of(RagPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        String json = new PolicyJson().write(policy);
        return new SparkRater((GroupRater.Policies) (row, cache) -> cache.read(json), false,
                "SparkRater[" + policy.name() + "]");
    }

    /**
     * Returns a rater that rates each indicator, by code, with its own policy, and every other
     * indicator with a fallback.
     *
     * @param byIndicator  the policy of each indicator code, not null
     * @param otherwise  the policy of indicators not in the map, not null
     * @return the rater, not null
     */
    public static SparkRater byIndicator(Map<String, RagPolicy> byIndicator, RagPolicy otherwise) {
        Objects.requireNonNull(byIndicator, "byIndicator");
        Objects.requireNonNull(otherwise, "otherwise");
        PolicyJson writer = new PolicyJson();
        Map<String, String> json = new LinkedHashMap<>();
        byIndicator.forEach((code, policy) -> json.put(Objects.requireNonNull(code, "code"),
                writer.write(Objects.requireNonNull(policy, "policy"))));
        String fallback = writer.write(otherwise);
        Map<String, String> copy = Collections.unmodifiableMap(new LinkedHashMap<>(json));
        return new SparkRater((GroupRater.Policies) (row, cache) -> cache.read(
                copy.getOrDefault(row.getString(1), fallback)), false,
                "SparkRater[by indicator " + byIndicator.keySet() + ", otherwise " + otherwise.name() + "]");
    }

    /**
     * Returns a rater that rates each row with the policy in its {@code policy} column: the policy its
     * document names for the indicator and period, as {@link OutturnDocuments} reads it.
     *
     * @return the rater, not null
     */
    public static SparkRater documentPolicies() {
        return new SparkRater((GroupRater.Policies) (row, cache) -> row.getString(22) == null ? null
                : cache.read(row.getString(22)), false, "SparkRater[document policies]");
    }

    /**
     * Returns a copy of this rater that also fills the {@code explanation} column, the assessment's
     * explanation in words (off by default: it is the widest column).
     *
     * @return the rater, not null
     */
    public SparkRater withExplanations() {
        return new SparkRater(policies, true, description);
    }

    /**
     * Returns the schema of rated rows: {@link OutturnRows#schema()} and the columns a rating adds.
     *
     * @return the schema, not null
     */
    public static StructType ratedSchema() {
        return RATED_SCHEMA;
    }

    /**
     * Rates outturn rows. The rating is lazy, as every Spark transformation is: it runs when the
     * result is written or collected.
     *
     * @param outturns  rows with (at least) the columns of {@link OutturnRows#schema()}, not null
     * @return the rated rows, in the {@linkplain #ratedSchema() rated schema}, not null
     */
    public Dataset<Row> rate(Dataset<Row> outturns) {
        Objects.requireNonNull(outturns, "outturns");
        Column[] columns = OutturnRows.COLUMNS.stream().map(functions::col).toArray(Column[]::new);
        GroupRater.Policies chosen = policies;
        boolean explanations = explain;
        MapPartitionsFunction<Row, Row> rate = rows -> new Groups(rows, new GroupRater(chosen, explanations));
        return outturns.select(columns)
                .repartition(functions.col("area"), functions.col("indicator"))
                .sortWithinPartitions("area", "indicator")
                .mapPartitions(rate, Encoders.row(RATED_SCHEMA));
    }

    /**
     * Rates outturn rows with one policy: {@code SparkRater.of(policy).rate(outturns)}.
     *
     * @param outturns  rows with the columns of {@link OutturnRows#schema()}, not null
     * @param policy  the policy, not null
     * @return the rated rows, not null
     */
    public static Dataset<Row> rate(Dataset<Row> outturns, RagPolicy policy) {
        return of(policy).rate(outturns);
    }

    @Override
    public String toString() {
        return explain ? description + " with explanations" : description;
    }

    /** Streams sorted rows group by group: one (area, indicator) in memory at a time. */
    private static final class Groups implements Iterator<Row> {
        private final Iterator<Row> rows;
        private final GroupRater rater;
        private Iterator<Row> current = Collections.emptyIterator();
        private Row pending;

        Groups(Iterator<Row> rows, GroupRater rater) {
            this.rows = rows;
            this.rater = rater;
            this.pending = rows.hasNext() ? rows.next() : null;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && pending != null) {
                List<Row> group = new ArrayList<>();
                group.add(pending);
                pending = null;
                while (rows.hasNext()) {
                    Row row = rows.next();
                    if (Objects.equals(row.getString(0), group.get(0).getString(0))
                            && Objects.equals(row.getString(1), group.get(0).getString(1))) {
                        group.add(row);
                    } else {
                        pending = row;
                        break;
                    }
                }
                current = rater.rate(group).iterator();
            }
            return current.hasNext();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
