package org.outturn.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.outturn.core.Benchmark;
import org.outturn.core.DecimalText;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Rating;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

/**
 * The row schema for outturns on Spark: one row per outturn of an indicator of an area (a council or
 * trust), flat, with the indicator's facts, the target and benchmark that apply to the outturn's
 * period, the rating the source published and the RAG policy that rates it.
 *
 * <p>Every column is a string, so that decimals keep their published scale ({@code 97.30} stays
 * {@code 97.30}; cast to {@code decimal(p,s)} to compute with them) and periods, units and enums keep
 * the canonical notation of the {@code outturn/1} format, which {@code parse} reads back:
 *
 * <table>
 * <caption>The columns, in order</caption>
 * <tr><th>column</th><th>null?</th><th>meaning, example</th></tr>
 * <tr><td>{@code area}</td><td>no</td><td>the area's code, such as {@code E09000004}</td></tr>
 * <tr><td>{@code indicator}</td><td>no</td><td>the indicator's code, such as {@code ASCH_06}</td></tr>
 * <tr><td>{@code title}</td><td>no</td><td>the indicator's title</td></tr>
 * <tr><td>{@code unit}</td><td>no</td><td>the unit, such as {@code percentage:1}</td></tr>
 * <tr><td>{@code polarity}</td><td>no</td><td>{@code HIGHER_IS_BETTER}, {@code LOWER_IS_BETTER},
 *     {@code WITHIN_BAND} or {@code NONE}</td></tr>
 * <tr><td>{@code frequency}</td><td>no</td><td>such as {@code MONTHLY}</td></tr>
 * <tr><td>{@code period}</td><td>no</td><td>the outturn's period, such as {@code Apr-2024}</td></tr>
 * <tr><td>{@code value}</td><td>yes</td><td>the outturn, such as {@code 97.30}; null when missing</td></tr>
 * <tr><td>{@code missing_reason}</td><td>yes</td><td>why the value is missing, such as {@code SUPPRESSED}</td></tr>
 * <tr><td>{@code target_period}</td><td>yes</td><td>the period the target is set for, such as {@code 2024/25}</td></tr>
 * <tr><td>{@code target_kind}</td><td>yes</td><td>{@code single}, {@code withFloor}, {@code thresholds},
 *     {@code band}, {@code relativeToBenchmark} or {@code none}; null when no target applies</td></tr>
 * <tr><td>{@code target_value}</td><td>yes</td><td>a single target, or the target of a floor target</td></tr>
 * <tr><td>{@code target_floor}</td><td>yes</td><td>the floor of a floor target</td></tr>
 * <tr><td>{@code target_green}, {@code target_red}</td><td>yes</td><td>the thresholds of a thresholds target</td></tr>
 * <tr><td>{@code target_low}, {@code target_high}</td><td>yes</td><td>a band's bounds, both inclusive</td></tr>
 * <tr><td>{@code target_wording}</td><td>yes</td><td>a no-target's wording, such as {@code No Target}</td></tr>
 * <tr><td>{@code benchmark_group}</td><td>yes</td><td>a benchmark target's comparator, such as {@code England}</td></tr>
 * <tr><td>{@code benchmark_value}</td><td>yes</td><td>the comparator's value for the period</td></tr>
 * <tr><td>{@code published_rag}</td><td>yes</td><td>the colour the source published, such as {@code RED}</td></tr>
 * <tr><td>{@code published_unrated}</td><td>yes</td><td>the unrated reason the source published, such as {@code NO_TARGET}</td></tr>
 * <tr><td>{@code policy}</td><td>yes</td><td>the JSON description of the RAG policy that rates the
 *     outturn ({@code outturn/1}'s policy object), null when none does</td></tr>
 * <tr><td>{@code note}</td><td>yes</td><td>the outturn's note, such as why it is missing</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OutturnRows {

    /** The column names, in order. */
    static final List<String> COLUMNS = List.of("area", "indicator", "title", "unit", "polarity", "frequency",
            "period", "value", "missing_reason", "target_period", "target_kind", "target_value", "target_floor",
            "target_green", "target_red", "target_low", "target_high", "target_wording", "benchmark_group",
            "benchmark_value", "published_rag", "published_unrated", "policy", "note");

    private static final StructType SCHEMA = schemaOf(COLUMNS, List.of("area", "indicator", "title", "unit",
            "polarity", "frequency", "period"));

    private OutturnRows() {
    }

    /**
     * Returns the row schema of outturns.
     *
     * @return the schema, not null
     */
    public static StructType schema() {
        return SCHEMA;
    }

    /**
     * Returns the rows of one indicator entry of an area: one per outturn, in period order.
     *
     * @param area  the area's code, such as {@code E09000004}, not null
     * @param entry  the indicator with its outturns and published ratings, not null
     * @param policies  the policy that rates each period, empty when none does, not null
     * @return the rows, in the order of {@link #schema()}, not null
     */
    public static List<Row> of(String area, IndicatorEntry entry,
            Function<ReportingPeriod, Optional<RagPolicy>> policies) {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(policies, "policies");
        return of(area, entry, policies, new PolicyJson());
    }

    private static List<Row> of(String area, IndicatorEntry entry,
            Function<ReportingPeriod, Optional<RagPolicy>> policies, PolicyJson json) {
        Indicator indicator = entry.indicator();
        List<Row> rows = new ArrayList<>(entry.outturns().size());
        for (Outturn outturn : entry.outturns().values()) {
            ReportingPeriod period = outturn.period();
            Object[] cells = new Object[COLUMNS.size()];
            cells[0] = area;
            cells[1] = indicator.code();
            cells[2] = indicator.title();
            cells[3] = indicator.unit().toString();
            cells[4] = indicator.polarity().name();
            cells[5] = indicator.frequency().name();
            cells[6] = period.toString();
            cells[7] = outturn.value().map(DecimalText::format).orElse(null);
            cells[8] = outturn.missingReason().map(Enum::name).orElse(null);
            Optional<Target> target = indicator.targetFor(period);
            if (target.isPresent()) {
                cells[9] = targetPeriod(indicator, target.get(), period).toString();
                targetCells(indicator, target.get(), period, cells);
            }
            Rating published = entry.published().get(period);
            if (published != null) {
                cells[20] = published.rag().map(Enum::name).orElse(null);
                cells[21] = published.unratedReason().map(Enum::name).orElse(null);
            }
            cells[22] = policies.apply(period).map(json::write).orElse(null);
            cells[23] = outturn.note().orElse(null);
            rows.add(RowFactory.create(cells));
        }
        return rows;
    }

    /**
     * Returns the rows of every indicator entry of an area's document, each outturn with the policy the
     * document gives it ({@link OutturnDocument#policyFor(IndicatorEntry, ReportingPeriod)}).
     *
     * @param area  the area's code, such as {@code E09000004}, not null
     * @param document  the area's document, not null
     * @return the rows, in document order, not null
     */
    public static List<Row> of(String area, OutturnDocument document) {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(document, "document");
        List<Row> rows = new ArrayList<>();
        PolicyJson json = new PolicyJson();
        for (IndicatorEntry entry : document.indicators()) {
            rows.addAll(of(area, entry, period -> document.policyFor(entry, period), json));
        }
        return rows;
    }

    private static void targetCells(Indicator indicator, Target target, ReportingPeriod period, Object[] cells) {
        cells[10] = target.kindName();
        if (target instanceof Target.Single single) {
            cells[11] = DecimalText.format(single.value());
        } else if (target instanceof Target.WithFloor floor) {
            cells[11] = DecimalText.format(floor.value());
            cells[12] = DecimalText.format(floor.floor());
        } else if (target instanceof Target.Thresholds thresholds) {
            cells[13] = DecimalText.format(thresholds.green());
            cells[14] = DecimalText.format(thresholds.red());
        } else if (target instanceof Target.Band band) {
            cells[15] = DecimalText.format(band.lowInclusive());
            cells[16] = DecimalText.format(band.highInclusive());
        } else if (target instanceof Target.RelativeToBenchmark relative) {
            cells[18] = relative.group().name();
            cells[19] = indicator.benchmarkFor(relative.group(), period).flatMap(Benchmark::value)
                    .map(DecimalText::format).orElse(null);
        } else {
            cells[17] = ((Target.None) target).wording();
        }
    }

    /** The key of the indicator's targets that {@link Indicator#targetFor} chose for the period. */
    private static ReportingPeriod targetPeriod(Indicator indicator, Target target, ReportingPeriod period) {
        if (indicator.targets().get(period) == target) {
            return period;
        }
        ReportingPeriod found = null;
        for (Map.Entry<ReportingPeriod, Target> candidate : indicator.targets().entrySet()) {
            if (candidate.getValue() == target && candidate.getKey().contains(period)) {
                found = candidate.getKey();
            }
        }
        return found == null ? period : found;
    }

    static StructType schemaOf(List<String> columns, List<String> required) {
        List<StructField> fields = new ArrayList<>();
        for (String column : columns) {
            fields.add(DataTypes.createStructField(column, DataTypes.StringType, !required.contains(column)));
        }
        return DataTypes.createStructType(fields);
    }

    static BigDecimal decimal(String text) {
        return text == null ? null : DecimalText.parse(text);
    }
}
