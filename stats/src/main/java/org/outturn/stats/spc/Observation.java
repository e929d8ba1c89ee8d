package org.outturn.stats.spc;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.outturn.core.Outturn;

/**
 * One point of a series as an SPC chart reads it: a label (such as the period {@code Apr-24}) and a
 * value, or no value for a gap. A gap is kept in its place on the chart, never dropped, and never a
 * special cause.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param label  the label, such as {@code Apr-24}, not null
 * @param value  the value, empty for a gap, not null
 */
public record Observation(String label, Optional<BigDecimal> value) {

    /**
     * Creates an observation.
     *
     * @param label  the label, not null
     * @param value  the value, empty for a gap, not null
     */
    public Observation {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns an observation with a value.
     *
     * @param label  the label, such as {@code Apr-24}, not null
     * @param value  the value, not null
     * @return the observation, not null
     */
    public static Observation of(String label, BigDecimal value) {
        return new Observation(label, Optional.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * Returns a gap: a point with no value.
     *
     * @param label  the label, such as {@code Apr-24}, not null
     * @return the observation, not null
     */
    public static Observation missing(String label) {
        return new Observation(label, Optional.empty());
    }

    /**
     * Returns an outturn as an observation: its period as the label and its value, or a gap when it
     * has none (not yet available, suppressed and so on).
     *
     * @param outturn  the outturn, not null
     * @return the observation, not null
     */
    public static Observation from(Outturn outturn) {
        Objects.requireNonNull(outturn, "outturn");
        return new Observation(outturn.period().toString(), outturn.value());
    }
}
