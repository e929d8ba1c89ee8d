package org.outturn.stats.spc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One point of an XmR chart with what the rules found there.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param index  the point's place in the series, from 0
 * @param label  the observation's label, not null
 * @param value  the value, empty for a gap, not null
 * @param movingRange  |x<sub>i</sub> − x<sub>i−1</sub>| when this point and the one before have values
 *     and are in the same phase, otherwise empty, not null
 * @param phase  the index of the point's phase, from 0
 * @param excluded  whether the point is excluded from the limits' calculation (ghosted)
 * @param signals  the rules that fired at the point, in rule order, not null, empty for none
 * @param variation  the point's variation, empty for a gap or a phase without enough data, not null
 */
public record XmrPoint(int index, String label, Optional<BigDecimal> value, Optional<BigDecimal> movingRange,
        int phase, boolean excluded, List<Signal> signals, Optional<Variation> variation) {

    /**
     * Creates a point.
     *
     * @param index  the index
     * @param label  the label, not null
     * @param value  the value, not null
     * @param movingRange  the moving range, not null
     * @param phase  the phase index
     * @param excluded  whether ghosted
     * @param signals  the signals, not null
     * @param variation  the variation, not null
     */
    public XmrPoint {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(movingRange, "movingRange");
        signals = List.copyOf(signals);
        Objects.requireNonNull(variation, "variation");
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
