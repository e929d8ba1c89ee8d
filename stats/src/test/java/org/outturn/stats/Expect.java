package org.outturn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.outturn.core.ConfidenceInterval;

/** Assertions on estimates shared by the tests of this package. */
final class Expect {

    private Expect() {
    }

    /** Asserts the interval at a level, each limit to 1e-9 relative to its size (at least 1e-9). */
    static void limits(Estimate estimate, Confidence level, double lower, double upper) {
        ConfidenceInterval interval = estimate.interval(level).orElseThrow();
        assertThat(interval.lowerInclusive().doubleValue())
                .as("lower %s", level).isCloseTo(lower, within(1e-9 * Math.max(1, Math.abs(lower))));
        assertThat(interval.upperInclusive().doubleValue())
                .as("upper %s", level).isCloseTo(upper, within(1e-9 * Math.max(1, Math.abs(upper))));
    }

    /** Asserts the value to 1e-12 relative. */
    static void value(Estimate estimate, double value) {
        assertThat(estimate.value().orElseThrow().doubleValue())
                .isCloseTo(value, within(1e-12 * Math.max(1, Math.abs(value))));
    }
}
