package org.outturn.stats;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.outturn.core.ConfidenceLevel;

/**
 * A two-sided confidence level, as a percentage strictly between 0 and 100: the two that
 * public-health statistics publish ({@link #NINETY_FIVE 95%} and {@link #NINETY_NINE_POINT_EIGHT 99.8%})
 * or any other a method is asked for.
 *
 * <p>Two confidences are equal when their percentages are numerically equal ({@code 95} and
 * {@code 95.0}). This class is immutable and thread-safe.
 */
public final class Confidence {

    /** 95% confidence. */
    public static final Confidence NINETY_FIVE = new Confidence(ConfidenceLevel.NINETY_FIVE.percent());
    /** 99.8% confidence. */
    public static final Confidence NINETY_NINE_POINT_EIGHT =
            new Confidence(ConfidenceLevel.NINETY_NINE_POINT_EIGHT.percent());

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private final BigDecimal percent;

    private Confidence(BigDecimal percent) {
        this.percent = percent;
    }

    /**
     * Returns the confidence of a percentage, such as {@code 95} or {@code 99.8}.
     *
     * @param percent  the percentage, strictly between 0 and 100, not null
     * @return the confidence, not null
     * @throws IllegalArgumentException if the percentage is not strictly between 0 and 100, with a
     *     message such as {@code Invalid value for confidence (valid values strictly between 0 and 100 percent): 100}
     */
    public static Confidence ofPercent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() <= 0 || percent.compareTo(HUNDRED) >= 0) {
            throw new IllegalArgumentException("Invalid value for confidence (valid values strictly between 0 and 100 percent): "
                    + percent.toPlainString());
        }
        return new Confidence(percent);
    }

    /**
     * Returns the confidence of a published level.
     *
     * @param level  the level, not null
     * @return the confidence, not null
     */
    public static Confidence of(ConfidenceLevel level) {
        Objects.requireNonNull(level, "level");
        return level == ConfidenceLevel.NINETY_FIVE ? NINETY_FIVE : NINETY_NINE_POINT_EIGHT;
    }

    /**
     * Returns the percentage, such as {@code 99.8}, with the scale it was given.
     *
     * @return the percentage, not null
     */
    public BigDecimal percent() {
        return percent;
    }

    /**
     * Returns the published level this confidence is, if it is 95% or 99.8%.
     *
     * @return the level, or empty for any other confidence
     */
    public Optional<ConfidenceLevel> level() {
        for (ConfidenceLevel level : ConfidenceLevel.values()) {
            if (level.percent().compareTo(percent) == 0) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the two-sided standard normal quantile z of this confidence: the value with
     * {@code P(|Z| <= z) = percent / 100}, about 1.959964 for 95% and 3.090232 for 99.8%.
     *
     * @return z, positive
     */
    public double z() {
        double alpha = 1 - percent.doubleValue() / 100;
        return STANDARD_NORMAL.inverseCumulativeProbability(1 - alpha / 2);
    }

    /**
     * Returns the name as a table prints it, such as {@code 99.8%}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Confidence && ((Confidence) obj).percent.compareTo(percent) == 0;
    }

    @Override
    public int hashCode() {
        return percent.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return displayName();
    }
}
