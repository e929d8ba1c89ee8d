package org.outturn.stats.spc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One point of an SPC chart: the plotted statistic, its lines, and what the rules found there.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param index  the point's place in the series, from 0
 * @param label  the observation's label, not null
 * @param value  the plotted statistic (the value for XmR, the proportion or rate for p and u, as
 *     {@link SpcChart} says), empty for a gap, not null
 * @param limits  the lines at this point, empty for a gap or a phase without enough data, not null
 * @param movingRange  the moving range at this point of the values the limits come from (see
 *     {@link SpcPhase#meanMovingRange()}), when this point and the one before have values and are in
 *     the same phase, otherwise empty, not null
 * @param phase  the index of the point's phase, from 0
 * @param excluded  whether the point is excluded from the limits' calculation (ghosted)
 * @param signals  the rules that fired at the point, in rule order, not null, empty for none
 * @param variation  the point's variation, empty for a gap or a phase without enough data, not null
 * @param icon  the point's variation icon, empty when the variation is, not null
 */
public record SpcPoint(int index, String label, Optional<BigDecimal> value, Optional<SpcLimits> limits,
        Optional<BigDecimal> movingRange, int phase, boolean excluded, List<Signal> signals,
        Optional<Variation> variation, Optional<VariationIcon> icon) {

    /**
     * Creates a point.
     *
     * @param index  the index
     * @param label  the label, not null
     * @param value  the value, not null
     * @param limits  the lines, not null
     * @param movingRange  the moving range, not null
     * @param phase  the phase index
     * @param excluded  whether ghosted
     * @param signals  the signals, not null
     * @param variation  the variation, not null
     * @param icon  the icon, not null
     */
    public SpcPoint {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(movingRange, "movingRange");
        signals = List.copyOf(signals);
        Objects.requireNonNull(variation, "variation");
        Objects.requireNonNull(icon, "icon");
    }

    /**
     * Returns whether any rule fired at the point.
     *
     * @return true for a special cause
     */
    public boolean isSpecialCause() {
        return !signals.isEmpty();
    }
}
