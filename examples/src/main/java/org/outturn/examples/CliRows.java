package org.outturn.examples;

import java.math.BigDecimal;
import java.util.Objects;
import org.outturn.core.Outturn;
import org.outturn.core.Rating;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.report.ReportWords;
import org.outturn.rules.report.ReportRow;
import org.outturn.rules.report.ReportSelection;
import org.outturn.rules.trend.DirectionOfTravel;

/**
 * How the command line prints the parts of a {@link ReportRow}: ratings, values, targets and
 * directions of travel, with display names and never an enum constant.
 *
 * <p>This class is not instantiable.
 */
final class CliRows {

    /** What an indicator without a policy shows instead of a rating. */
    static final String NO_POLICY = "no policy named";

    private CliRows() {
    }

    /** Which periods of each indicator the options choose. */
    enum Selection {
        /** Every period. */
        ALL,
        /** The latest period of each indicator. */
        LATEST,
        /** One given period. */
        PERIOD
    }

    /** The report selection of the command line's options. */
    static ReportSelection selection(Cli.Options options) {
        switch (options.selection) {
            case LATEST:
                return ReportSelection.latest();
            case PERIOD:
                return ReportSelection.period(options.period);
            default:
                return ReportSelection.all();
        }
    }

    /** Prints a rating as a table cell: {@code Green}, or {@code Unrated (No target)}; empty for null. */
    static String rating(Rating rating) {
        return rating == null ? "" : ReportWords.rating(rating);
    }

    /** Prints a row's recomputed rating, or {@code Unrated} when no policy applies. */
    static String recomputed(ReportRow row) {
        return row.rating().map(CliRows::rating).orElse("Unrated");
    }

    /** Prints a row's explanation, or {@code Unrated: no policy named} when no policy applies. */
    static String explanation(ReportRow row) {
        return row.assessment().map(assessment -> assessment.explanation()).orElse("Unrated: " + NO_POLICY);
    }

    /** Prints an outturn's value with its unit, or its missing reason: {@code n/a (Suppressed)}. */
    static String value(Outturn outturn, Unit unit) {
        return ReportWords.value(outturn, unit);
    }

    /**
     * Prints a target with the indicator's unit: {@code 70%}, {@code 95%, floor 90%}, {@code green 1.7%, red 1.9%},
     * {@code 5% - 7%}.
     */
    static String target(Target target, Unit unit) {
        return target == null ? "" : ReportWords.target(target, unit);
    }

    /** The target a row is judged against: the assessment's, else the indicator's for the period. */
    static Target targetOf(ReportRow row) {
        return row.assessment().flatMap(assessment -> assessment.target())
                .orElseGet(() -> row.indicator().targetFor(row.period()).orElse(null));
    }

    /** Prints the direction of travel against the same period last year: {@code Improving}; empty when none. */
    static String trend(ReportRow row) {
        return row.againstPreviousYear().map(CliRows::trend).orElse("");
    }

    /**
     * Words a direction of travel: the trend read with the polarity ({@code Improving}), or, where the
     * polarity says no way is better, the plain direction ({@code Increase}); {@code Not comparable}
     * only when a value is missing.
     */
    static String trend(DirectionOfTravel travel) {
        return ReportWords.trend(travel);
    }

    /** Formats a share as a percentage: {@code 21.1%}. */
    static String percent(BigDecimal share) {
        return Objects.requireNonNull(share, "share").toPlainString() + "%";
    }
}
