package org.outturn.report;

import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.UnratedReason;
import org.outturn.rules.Tally;
import org.outturn.rules.trend.DirectionOfTravel;
import org.outturn.rules.trend.Trend;

/**
 * The words of Outturn's reports and command line for values, targets, ratings, trends and tallies,
 * in one place so that every output says a thing the same way.
 *
 * <p>This class is not instantiable; its methods are thread-safe.
 */
public final class ReportWords {

    private ReportWords() {
    }

    /**
     * Words a rating: {@code Green}, or {@code Unrated (No target)}.
     *
     * @param rating  the rating, not null
     * @return the words, not null
     */
    public static String rating(Rating rating) {
        Objects.requireNonNull(rating, "rating");
        return rating.rag().map(Rag::displayName)
                .orElseGet(() -> "Unrated (" + rating.unratedReason().orElseThrow().displayName() + ")");
    }

    /**
     * Words an outturn's value with its unit, such as {@code 97.3%}, or its missing reason:
     * {@code n/a (Suppressed)}.
     *
     * @param outturn  the outturn, not null
     * @param unit  the indicator's unit, not null
     * @return the words, not null
     */
    public static String value(Outturn outturn, Unit unit) {
        Objects.requireNonNull(outturn, "outturn");
        Objects.requireNonNull(unit, "unit");
        return outturn.value().map(unit::format).orElseGet(() -> "n/a ("
                + outturn.missingReason().map(MissingReason::displayName).orElse("no value") + ")");
    }

    /**
     * Words a target with the indicator's unit: {@code 70%}, {@code 95%, floor 90%},
     * {@code green 1.7%, red 1.9%}, {@code 5% - 7%}, {@code vs ENGLAND}, or a no-target wording.
     *
     * @param target  the target, not null
     * @param unit  the indicator's unit, not null
     * @return the words, not null
     */
    public static String target(Target target, Unit unit) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(unit, "unit");
        if (target instanceof Target.Single single) {
            return unit.format(single.value());
        }
        if (target instanceof Target.WithFloor floored) {
            return unit.format(floored.value()) + ", floor " + unit.format(floored.floor());
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

    /**
     * Words a direction of travel: the trend read with the polarity ({@code Improving},
     * {@code Declining}, {@code No change}), or, where the polarity says no way is better, the plain
     * direction ({@code Increase}); {@code Not comparable} only when a value is missing.
     *
     * @param travel  the direction of travel, not null
     * @return the words, not null
     */
    public static String trend(DirectionOfTravel travel) {
        Objects.requireNonNull(travel, "travel");
        if (travel.trend() == Trend.NOT_COMPARABLE && travel.direction().isPresent()) {
            String words = travel.direction().get().displayName();
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        return travel.trend().displayName();
    }

    /**
     * Words a tally, with display names: {@code 12 Green, 10 Amber, 6 Red; 29 unrated (27 No target,
     * 2 No value)}; Blue only when counted.
     *
     * @param tally  the tally, not null
     * @return the words, not null
     */
    public static String tally(Tally tally) {
        Objects.requireNonNull(tally, "tally");
        StringJoiner colours = new StringJoiner(", ");
        for (Rag rag : List.of(Rag.BLUE, Rag.GREEN, Rag.AMBER, Rag.RED)) {
            if (rag != Rag.BLUE || tally.count(rag) > 0) {
                colours.add(tally.count(rag) + " " + rag.displayName());
            }
        }
        StringJoiner reasons = new StringJoiner(", ", " (", ")");
        reasons.setEmptyValue("");
        for (UnratedReason reason : UnratedReason.values()) {
            if (tally.count(reason) > 0) {
                reasons.add(tally.count(reason) + " " + reason.displayName());
            }
        }
        return colours + "; " + tally.unrated() + " unrated" + reasons;
    }
}
