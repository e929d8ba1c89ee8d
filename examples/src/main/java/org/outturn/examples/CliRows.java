package org.outturn.examples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rating;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.rules.Assessment;
import org.outturn.rules.RagPolicy;

/**
 * The rows of the command line's {@code assess} and {@code summary}: which outturns or published
 * ratings are chosen, how they are rated, and how each part is printed.
 *
 * <p>This class is not instantiable.
 */
final class CliRows {

    /** What an indicator without a policy shows instead of a rating. */
    static final String NO_POLICY = "no policy named";

    /**
     * Rates context measures ({@link Polarity#NONE}) of indicators that name no policy: the engine
     * gives every policy's answer for them, {@code NOT_RATED_MEASURE}, before any strategy runs.
     */
    private static final RagPolicy CONTEXT_POLICY = RagPolicy.create("context", "no-target", Map.of());

    private CliRows() {
    }

    /** Which periods of each indicator are chosen. */
    enum Selection {
        /** Every period. */
        ALL,
        /** The latest period of each indicator. */
        LATEST,
        /** One given period. */
        PERIOD
    }

    /**
     * One outturn of an indicator, rated.
     *
     * @param entry  the indicator's entry, not null
     * @param outturn  the outturn, not null
     * @param assessment  the recomputed assessment, null when the indicator names no policy
     * @param published  the rating the document publishes for the outturn's period, or null
     */
    record Row(IndicatorEntry entry, Outturn outturn, Assessment assessment, Rating published) {

        Indicator indicator() {
            return entry.indicator();
        }

        /** The recomputed rating, or null when the indicator names no policy. */
        Rating rating() {
            return assessment == null ? null : assessment.rating();
        }

        /** Whether the published rating agrees with the recomputed one, or null when either is missing. */
        Boolean agrees() {
            if (assessment == null || published == null) {
                return null;
            }
            Rating rating = assessment.rating();
            return rating.rag().equals(published.rag()) && rating.unratedReason().equals(published.unratedReason());
        }
    }

    /**
     * Returns the periods chosen from an indicator's map, in order.
     *
     * @param periods  the indicator's periods, sorted
     * @param selection  which to choose
     * @param period  the period to choose, only with {@link Selection#PERIOD}
     */
    static List<ReportingPeriod> choose(SortedMap<ReportingPeriod, ?> periods, Selection selection,
            ReportingPeriod period) {
        switch (selection) {
            case LATEST:
                return periods.isEmpty() ? List.of() : List.of(periods.lastKey());
            case PERIOD:
                return periods.containsKey(period) ? List.of(period) : List.of();
            default:
                return List.copyOf(periods.keySet());
        }
    }

    /** Rates the chosen outturns of every indicator of a document, in document order. */
    static List<Row> assess(OutturnDocument document, Selection selection, ReportingPeriod period) {
        List<Row> rows = new ArrayList<>();
        for (IndicatorEntry entry : document.indicators()) {
            Optional<RagPolicy> policy = document.policyFor(entry);
            if (policy.isEmpty() && entry.indicator().polarity() == Polarity.NONE) {
                policy = Optional.of(CONTEXT_POLICY);
            }
            for (ReportingPeriod chosen : choose(entry.outturns(), selection, period)) {
                Outturn outturn = entry.outturns().get(chosen);
                Assessment assessment = policy.map(p -> p.assess(entry.indicator(), outturn)).orElse(null);
                rows.add(new Row(entry, outturn, assessment, entry.published().get(chosen)));
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------ printing

    /** Prints a rating as a table cell: {@code Green}, or {@code Unrated (NO_TARGET)}. */
    static String rating(Rating rating) {
        if (rating == null) {
            return "";
        }
        return rating.rag().map(rag -> rag.displayName())
                .orElseGet(() -> "Unrated (" + rating.unratedReason().orElseThrow() + ")");
    }

    /** Prints an outturn's value with its unit, or its missing reason. */
    static String value(Outturn outturn, Unit unit) {
        return outturn.value().map(unit::format)
                .orElseGet(() -> "n/a (" + outturn.missingReason().map(Enum::name).orElse("no value") + ")");
    }

    /** Prints a target with the indicator's unit: {@code 70%}, {@code green 1.7%, red 1.9%}, {@code 5% - 7%}. */
    static String target(Target target, Unit unit) {
        if (target == null) {
            return "";
        }
        if (target instanceof Target.Single single) {
            return unit.format(single.value());
        }
        if (target instanceof Target.Thresholds thresholds) {
            return "green " + unit.format(thresholds.green()) + ", red " + unit.format(thresholds.red());
        }
        if (target instanceof Target.Band band) {
            return unit.format(band.lowInclusive()) + " - " + unit.format(band.highInclusive());
        }
        if (target instanceof Target.RelativeToBenchmark relative) {
            return "vs " + relative.group().name();
        }
        return ((Target.None) target).wording();
    }

    /** The target a row is judged against: the assessment's, else the indicator's for the period. */
    static Target targetOf(Row row) {
        if (row.assessment() != null && row.assessment().target().isPresent()) {
            return row.assessment().target().get();
        }
        return row.indicator().targetFor(row.outturn().period()).orElse(null);
    }

    /** Formats a share as a percentage: {@code 21.1%}. */
    static String percent(BigDecimal share) {
        return Objects.requireNonNull(share, "share").toPlainString() + "%";
    }
}
