package org.outturn.stats.spc;

import java.util.Objects;

/**
 * One rule that fired at a point, and on which side: {@code RUN HIGH} is a point in a run above the
 * mean.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param rule  the rule that fired, not null
 * @param side  the side it fired on, not null
 */
public record Signal(SpcRule rule, Side side) {

    /**
     * Creates a signal.
     *
     * @param rule  the rule that fired, not null
     * @param side  the side it fired on, not null
     */
    public Signal {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(side, "side");
    }

    /**
     * Returns the signal as a report prints it, such as {@code Run of points on one side of the mean
     * (higher values)}.
     *
     * @return the text, not null
     */
    public String displayName() {
        return rule.displayName() + " (" + side.displayName() + ")";
    }
}
