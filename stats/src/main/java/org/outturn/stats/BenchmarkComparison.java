package org.outturn.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.outturn.core.ConfidenceInterval;
import org.outturn.core.ConfidenceLevel;
import org.outturn.core.Decimals;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;

/**
 * An area's confidence interval compared with a benchmark value, by the public-health rule that
 * Fingertips publishes as "Compared to England":
 * <ul>
 *   <li>the benchmark is inside the interval, limits inclusive: {@link Comparison#SIMILAR};</li>
 *   <li>the whole interval is above the benchmark (lower limit above it): {@link Comparison#BETTER} when
 *       higher is better, {@link Comparison#WORSE} when lower is better, {@link Comparison#HIGHER} for an
 *       indicator without a direction ({@link Polarity#NONE} or {@link Polarity#WITHIN_BAND});</li>
 *   <li>the whole interval is below it (upper limit below it): the reverse.</li>
 * </ul>
 * Source: OHID, <i>Fingertips technical guidance: comparing an indicator value with a benchmark</i>.
 * Every comparison is exact, on the interval's and the benchmark's {@code BigDecimal}s.
 *
 * <pre>{@code
 * BenchmarkComparison.of(ConfidenceInterval.of(new BigDecimal("7.4"), new BigDecimal("12.2")),
 *         new BigDecimal("12.7"), Polarity.LOWER_IS_BETTER, Confidence.NINETY_FIVE).comparison();  // BETTER
 * }</pre>
 *
 * <p>A comparison that cannot be made (no interval, no benchmark value) is {@link Comparison#NOT_COMPARED}
 * with its {@linkplain #reason() reason}, never an exception.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BenchmarkComparison {

    private final Comparison comparison;
    private final Confidence confidence;
    private final ConfidenceInterval interval;
    private final BigDecimal benchmark;
    private final String reason;

    private BenchmarkComparison(Comparison comparison, Confidence confidence, ConfidenceInterval interval,
            BigDecimal benchmark, String reason) {
        this.comparison = comparison;
        this.confidence = confidence;
        this.interval = interval;
        this.benchmark = benchmark;
        this.reason = reason;
    }

    /**
     * Compares an interval with a benchmark value.
     *
     * @param interval  the area's confidence interval at the given confidence, not null
     * @param benchmark  the benchmark's value, in the same unit, not null
     * @param polarity  the indicator's polarity, not null
     * @param confidence  the confidence of the interval, not null
     * @return the comparison, not null
     */
    public static BenchmarkComparison of(ConfidenceInterval interval, BigDecimal benchmark, Polarity polarity,
            Confidence confidence) {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(confidence, "confidence");
        Comparison comparison;
        if (interval.contains(benchmark)) {
            comparison = Comparison.SIMILAR;
        } else {
            boolean above = interval.lowerInclusive().compareTo(benchmark) > 0;
            switch (polarity) {
                case HIGHER_IS_BETTER:
                    comparison = above ? Comparison.BETTER : Comparison.WORSE;
                    break;
                case LOWER_IS_BETTER:
                    comparison = above ? Comparison.WORSE : Comparison.BETTER;
                    break;
                default:
                    comparison = above ? Comparison.HIGHER : Comparison.LOWER;
                    break;
            }
        }
        return new BenchmarkComparison(comparison, confidence, interval, benchmark, null);
    }

    /**
     * Returns a comparison that could not be made.
     *
     * @param confidence  the confidence it was asked at, not null
     * @param reason  why, such as {@code no 95% confidence interval for 2022}, not null
     * @return the comparison, {@link Comparison#NOT_COMPARED}, not null
     */
    public static BenchmarkComparison notCompared(Confidence confidence, String reason) {
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(reason, "reason");
        return new BenchmarkComparison(Comparison.NOT_COMPARED, confidence, null, null, reason);
    }

    /**
     * Compares an outturn's published confidence interval at each given level with a benchmark value:
     * 95% and 99.8% can be asked for together, as Fingertips' two-level comparison needs.
     *
     * @param outturn  the outturn, whose {@link Outturn#confidenceIntervals()} are used, not null
     * @param benchmark  the benchmark's value, or empty when there is none, not null
     * @param polarity  the indicator's polarity, not null
     * @param levels  the levels, at least one, not null
     * @return one comparison per level, in the order given; {@link Comparison#NOT_COMPARED} where the
     *     outturn has no interval at that level or there is no benchmark value, not null
     * @throws IllegalArgumentException if no level is given
     */
    public static List<BenchmarkComparison> ofOutturn(Outturn outturn, Optional<BigDecimal> benchmark,
            Polarity polarity, ConfidenceLevel... levels) {
        Objects.requireNonNull(outturn, "outturn");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(levels, "levels");
        if (levels.length == 0) {
            throw Checks.invalid("levels", "at least one level", "none");
        }
        List<BenchmarkComparison> comparisons = new ArrayList<>();
        for (ConfidenceLevel level : levels) {
            Confidence confidence = Confidence.of(Objects.requireNonNull(level, "levels"));
            Optional<ConfidenceInterval> interval = outturn.confidenceInterval(level);
            if (interval.isEmpty()) {
                comparisons.add(notCompared(confidence, "no " + confidence + " confidence interval for "
                        + outturn.period()));
            } else if (benchmark.isEmpty()) {
                comparisons.add(notCompared(confidence, "no benchmark value for " + outturn.period()));
            } else {
                comparisons.add(of(interval.get(), benchmark.get(), polarity, confidence));
            }
        }
        return List.copyOf(comparisons);
    }

    /**
     * Returns the comparison.
     *
     * @return the comparison, not null
     */
    public Comparison comparison() {
        return comparison;
    }

    /**
     * Returns the confidence of the interval compared.
     *
     * @return the confidence, not null
     */
    public Confidence confidence() {
        return confidence;
    }

    /**
     * Returns the interval compared.
     *
     * @return the interval, empty when not compared
     */
    public Optional<ConfidenceInterval> interval() {
        return Optional.ofNullable(interval);
    }

    /**
     * Returns the benchmark value compared with.
     *
     * @return the value, empty when not compared
     */
    public Optional<BigDecimal> benchmark() {
        return Optional.ofNullable(benchmark);
    }

    /**
     * Returns why the comparison could not be made.
     *
     * @return the reason, such as {@code no 95% confidence interval for 2022}; empty when compared
     */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /**
     * Returns whether the comparison was made.
     *
     * @return true unless {@link Comparison#NOT_COMPARED}
     */
    public boolean isCompared() {
        return comparison != Comparison.NOT_COMPARED;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BenchmarkComparison other && comparison == other.comparison
                && confidence.equals(other.confidence) && Objects.equals(interval, other.interval)
                && (benchmark == null ? other.benchmark == null
                        : other.benchmark != null && Decimals.equal(benchmark, other.benchmark))
                && Objects.equals(reason, other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(comparison, confidence, interval, benchmark == null ? 0 : Decimals.hash(benchmark),
                reason);
    }

    /**
     * Returns the comparison as a sentence part, such as {@code Better at 95%: 7.4 - 12.2 against 12.7} or
     * {@code Not compared at 95%: no 95% confidence interval for 2022}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return comparison.displayName() + " at " + confidence + ": " + (reason != null ? reason
                : interval + " against " + benchmark.toPlainString());
    }
}
