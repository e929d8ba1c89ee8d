package org.outturn.rules;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.outturn.core.Outturn;
import org.outturn.core.ReportingPeriod;

/**
 * An indicator's outturns by period, as a rule that compares with an earlier period looks them up:
 * "Amber if more than 10% off target and improved on last year".
 *
 * <p>A policy is given the history with {@link RagPolicy#assess(org.outturn.core.Indicator, Outturn,
 * OutturnHistory)}; a strategy that needs no comparison ignores it.
 *
 * <p>Implementations must be immutable and thread-safe; those returned here are.
 */
@FunctionalInterface
public interface OutturnHistory {

    /**
     * Returns the outturn published for a period.
     *
     * @param period  the period, not null
     * @return the outturn, empty when there is none for that period
     */
    Optional<Outturn> outturnFor(ReportingPeriod period);

    /**
     * Returns the history with no outturns, for an outturn rated on its own.
     *
     * @return the empty history, not null
     */
    static OutturnHistory none() {
        return period -> {
            Objects.requireNonNull(period, "period");
            return Optional.empty();
        };
    }

    /**
     * Returns the history of some outturns, each for its own period.
     *
     * @param outturns  the outturns, at most one per period, not null
     * @return the history, not null
     * @throws IllegalArgumentException if two outturns are for the same period
     */
    static OutturnHistory of(Collection<Outturn> outturns) {
        Objects.requireNonNull(outturns, "outturns");
        Map<ReportingPeriod, Outturn> byPeriod = new TreeMap<>();
        for (Outturn outturn : outturns) {
            Objects.requireNonNull(outturn, "outturn");
            if (byPeriod.put(outturn.period(), outturn) != null) {
                throw new IllegalArgumentException(
                        "Invalid value for outturns (one per period): two for " + outturn.period());
            }
        }
        Map<ReportingPeriod, Outturn> copy = Map.copyOf(byPeriod);
        return period -> Optional.ofNullable(copy.get(Objects.requireNonNull(period, "period")));
    }
}
