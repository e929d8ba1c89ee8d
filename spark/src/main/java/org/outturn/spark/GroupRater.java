package org.outturn.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.outturn.core.Benchmark;
import org.outturn.core.BenchmarkGroup;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.UnratedReason;
import org.outturn.rules.Assessment;
import org.outturn.rules.OutturnHistory;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.RagStrategies;

/**
 * Rates the rows of one indicator of one area, as {@link org.outturn.rules.report.ReportAssessment}
 * rates an entry: the indicator is rebuilt from the rows, its outturns are the history, and each
 * outturn is rated by its policy with {@link RagPolicy#assess(Indicator, Outturn, OutturnHistory)}.
 * A row that cannot be read, or a group whose indicator cannot be rebuilt, is unrated
 * ({@link UnratedReason#NOT_COMPARABLE}) with the error as its detail. Not thread-safe: one per partition.
 */
final class GroupRater {

    private static final RagPolicy CONTEXT = RagPolicy.of("context", RagStrategies.noTarget());

    private final Policies policies;
    private final boolean explain;
    private final PolicyJson json = new PolicyJson();

    GroupRater(Policies policies, boolean explain) {
        this.policies = policies;
        this.explain = explain;
    }

    /** Rates the rows of one (area, indicator) group; returns the rated rows in the same order. */
    List<Row> rate(List<Row> group) {
        List<Row> rated = new ArrayList<>(group.size());
        Row first = group.get(0);
        String where = first.getString(0) + " " + first.getString(1);
        Outturn[] outturns = new Outturn[group.size()];
        String[] rowErrors = new String[group.size()];
        Indicator indicator;
        OutturnHistory history;
        try {
            Indicator.Builder builder = Indicator.builder()
                    .code(first.getString(1))
                    .title(first.getString(2))
                    .unit(Unit.parse(required(first, 3)))
                    .polarity(Polarity.valueOf(required(first, 4)))
                    .frequency(Frequency.valueOf(required(first, 5)));
            Map<ReportingPeriod, Target> targets = new LinkedHashMap<>();
            Map<String, Benchmark> benchmarks = new LinkedHashMap<>();
            List<Outturn> good = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                Row row = group.get(i);
                try {
                    ReportingPeriod period = ReportingPeriod.parse(required(row, 6));
                    outturns[i] = outturn(row, period);
                    if (row.getString(10) != null) {
                        targets.putIfAbsent(ReportingPeriod.parse(required(row, 9)), target(row));
                        if (row.getString(18) != null && row.getString(19) != null) {
                            BenchmarkGroup comparator = BenchmarkGroup.of(row.getString(18));
                            benchmarks.putIfAbsent(comparator + "|" + period, Benchmark.of(comparator, period,
                                    OutturnRows.decimal(row.getString(19))));
                        }
                    }
                    good.add(outturns[i]);
                } catch (RuntimeException ex) {
                    rowErrors[i] = "Invalid row for " + where + " " + row.getString(6) + ": " + ex.getMessage();
                }
            }
            builder.putAllTargets(targets);
            builder.addAllBenchmarks(benchmarks.values());
            indicator = builder.build();
            history = OutturnHistory.of(good);
        } catch (RuntimeException ex) {
            String detail = "Invalid rows for " + where + ": " + ex.getMessage();
            for (Row row : group) {
                rated.add(result(row, Rating.unrated(UnratedReason.NOT_COMPARABLE, detail), null));
            }
            return rated;
        }
        for (int i = 0; i < group.size(); i++) {
            Row row = group.get(i);
            if (rowErrors[i] != null) {
                rated.add(result(row, Rating.unrated(UnratedReason.NOT_COMPARABLE, rowErrors[i]), null));
                continue;
            }
            Assessment assessment;
            try {
                RagPolicy policy = policies.policyFor(row, json);
                if (policy == null && indicator.polarity() == Polarity.NONE) {
                    policy = CONTEXT;
                }
                if (policy == null) {
                    rated.add(result(row, Rating.unrated(UnratedReason.NOT_COMPARABLE,
                            "no RAG policy rates " + where + " " + row.getString(6)), null));
                    continue;
                }
                assessment = policy.assess(indicator, outturns[i], history);
            } catch (RuntimeException ex) {
                rated.add(result(row, Rating.unrated(UnratedReason.NOT_COMPARABLE,
                        "Invalid row for " + where + " " + row.getString(6) + ": " + ex.getMessage()), null));
                continue;
            }
            rated.add(result(row, assessment.rating(), explain ? assessment.explanation() : null));
        }
        return rated;
    }

    private static Outturn outturn(Row row, ReportingPeriod period) {
        String value = row.getString(7);
        String missing = row.getString(8);
        String note = row.getString(23);
        Outturn.Builder builder = Outturn.builder().period(period);
        if (value != null) {
            builder.value(OutturnRows.decimal(value));
        }
        if (missing != null) {
            builder.missingReason(MissingReason.valueOf(missing));
        }
        if (note != null) {
            builder.note(note);
        }
        return builder.build();
    }

    private static Target target(Row row) {
        String kind = row.getString(10);
        switch (kind) {
            case "single":
                return Target.single(decimal(row, 11));
            case "withFloor":
                return Target.withFloor(decimal(row, 11), decimal(row, 12));
            case "thresholds":
                return Target.thresholds(decimal(row, 13), decimal(row, 14));
            case "band":
                return Target.band(decimal(row, 15), decimal(row, 16));
            case "relativeToBenchmark":
                return Target.relativeTo(BenchmarkGroup.of(required(row, 18)));
            case "none":
                return Target.none(required(row, 17));
            default:
                throw new IllegalArgumentException("Invalid value for target_kind (valid values "
                        + "single, withFloor, thresholds, band, relativeToBenchmark, none): " + kind);
        }
    }

    private static BigDecimal decimal(Row row, int column) {
        return OutturnRows.decimal(required(row, column));
    }

    private static String required(Row row, int column) {
        String text = row.getString(column);
        if (text == null) {
            throw new IllegalArgumentException("Invalid value for " + OutturnRows.COLUMNS.get(column)
                    + " (required): null");
        }
        return text;
    }

    private static Row result(Row row, Rating rating, String explanation) {
        Object[] cells = new Object[OutturnRows.COLUMNS.size() + SparkRater.ADDED.size()];
        for (int i = 0; i < OutturnRows.COLUMNS.size(); i++) {
            cells[i] = row.get(i);
        }
        int at = OutturnRows.COLUMNS.size();
        cells[at] = rating.rag().map(Enum::name).orElse(null);
        cells[at + 1] = rating.unratedReason().map(Enum::name).orElse(null);
        cells[at + 2] = rating.detail().orElse(null);
        cells[at + 3] = explanation;
        cells[at + 4] = agrees(row, rating);
        return RowFactory.create(cells);
    }

    /** Whether the rating agrees with the published one; null when none was published. */
    private static Boolean agrees(Row row, Rating rating) {
        String rag = row.getString(20);
        String unrated = row.getString(21);
        if (rag == null && unrated == null) {
            return null;
        }
        if (rag != null) {
            return rating.rag().map(Rag::name).map(rag::equals).orElse(false);
        }
        return rating.unratedReason().map(Enum::name).map(unrated::equals).orElse(false);
    }

    /** Which policy rates a row. Implementations are serialisable: they hold JSON, never policies. */
    interface Policies extends java.io.Serializable {
        RagPolicy policyFor(Row row, PolicyJson json);
    }

}
