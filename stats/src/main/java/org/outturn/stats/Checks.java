package org.outturn.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.outturn.core.ConfidenceInterval;

/**
 * Validation and conversions shared by the methods of this package. Messages follow the house
 * style: {@code Invalid value for numerator (must not be negative): -1}.
 */
final class Checks {

    /** Decimal precision of values the methods compute with {@code BigDecimal} arithmetic. */
    static final MathContext PRECISION = MathContext.DECIMAL64;

    private Checks() {
    }

    static IllegalArgumentException invalid(String field, String rule, Object value) {
        return new IllegalArgumentException("Invalid value for " + field + " (" + rule + "): " + value);
    }

    static long notNegative(String field, long value) {
        if (value < 0) {
            throw invalid(field, "must not be negative", value);
        }
        return value;
    }

    static BigDecimal notNegative(String field, BigDecimal value) {
        Objects.requireNonNull(value, field);
        if (value.signum() < 0) {
            throw invalid(field, "must not be negative", value.toPlainString());
        }
        return value;
    }

    static long positive(String field, long value) {
        if (value <= 0) {
            throw invalid(field, "must be positive", value);
        }
        return value;
    }

    /**
     * Returns the levels asked for, in order, each once.
     *
     * @throws IllegalArgumentException if there is none
     */
    static List<Confidence> levels(Confidence... levels) {
        Objects.requireNonNull(levels, "levels");
        List<Confidence> distinct = new ArrayList<>();
        for (Confidence level : levels) {
            Objects.requireNonNull(level, "levels");
            if (!distinct.contains(level)) {
                distinct.add(level);
            }
        }
        if (distinct.isEmpty()) {
            throw invalid("confidence levels", "must name at least one", "none");
        }
        return distinct;
    }

    /**
     * Returns the intervals at each level, limits computed in double by a function of the level,
     * giving {lower, upper}.
     */
    static Map<Confidence, ConfidenceInterval> intervals(List<Confidence> levels,
            Function<Confidence, double[]> limits) {
        Map<Confidence, ConfidenceInterval> intervals = new LinkedHashMap<>();
        for (Confidence level : levels) {
            double[] pair = limits.apply(level);
            intervals.put(level, ConfidenceInterval.of(decimal(pair[0]), decimal(pair[1])));
        }
        return intervals;
    }

    /** The two-sided alpha of a confidence: 0.05 for 95%. */
    static double alpha(Confidence confidence) {
        return 1 - confidence.percent().doubleValue() / 100;
    }

    /** A double as the shortest decimal that reads back as the same double. */
    static BigDecimal decimal(double value) {
        if (!Double.isFinite(value)) {
            throw new ArithmeticException("Non-finite result: " + value);
        }
        return BigDecimal.valueOf(value);
    }
}
