package org.outturn.stats;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.outturn.core.ConfidenceInterval;
import org.outturn.core.Decimals;

/**
 * The result of a statistical method: a value (a proportion, rate, ratio or mean) with its confidence
 * intervals, or the reason it cannot be computed, together with the method and the inputs it echoes.
 *
 * <p>For example, {@code Proportions.wilsonPercentage(104, 7042, Confidence.NINETY_FIVE)} gives the
 * value {@code 1.47685...} with numerator {@code 104}, denominator {@code 7042}, multiplier {@code 100}
 * and a 95% Wilson score interval of about {@code 1.2204 - 1.7862}.
 *
 * <p>A computable estimate has a value and one interval per confidence asked for, in the order asked,
 * each containing the value; a not-computable one has neither, only its
 * {@linkplain #notComputable() reason}. The value and limits are not rounded: each method documents
 * its precision, and a caller rounds them to the published scale for display. Equality compares
 * decimals regardless of scale.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Estimate {

    private final IntervalMethod method;
    private final BigDecimal numerator;
    private final BigDecimal denominator;
    private final BigDecimal multiplier;
    private final BigDecimal value;
    private final Map<Confidence, ConfidenceInterval> intervals;
    private final NotComputableReason reason;

    private Estimate(IntervalMethod method, BigDecimal numerator, BigDecimal denominator, BigDecimal multiplier,
            BigDecimal value, Map<Confidence, ConfidenceInterval> intervals, NotComputableReason reason) {
        this.method = method;
        this.numerator = numerator;
        this.denominator = denominator;
        this.multiplier = multiplier;
        this.value = value;
        this.intervals = intervals;
        this.reason = reason;
    }

    /**
     * Returns a computable estimate.
     *
     * @param method  the interval method, not null
     * @param numerator  the numerator the method used (events, observed count, sum of values), not null
     * @param denominator  the denominator the method used (population, expected count, number of
     *     values), not null
     * @param multiplier  the multiplier applied to the value and limits ({@code 1}, {@code 100},
     *     {@code 100000}), not null and positive
     * @param value  the value, not null
     * @param intervals  the intervals by confidence, in the order asked, at least one, each containing
     *     the value; copied, not null
     * @return the estimate, not null
     * @throws IllegalArgumentException if there is no interval, an interval does not contain the value,
     *     or the multiplier is not positive, with a message such as
     *     {@code Invalid value for estimate (the 95% confidence interval must contain the value 0.5): 0.6 - 0.7}
     */
    public static Estimate of(IntervalMethod method, BigDecimal numerator, BigDecimal denominator,
            BigDecimal multiplier, BigDecimal value, Map<Confidence, ConfidenceInterval> intervals) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(intervals, "intervals");
        checkMultiplier(multiplier);
        if (intervals.isEmpty()) {
            throw new IllegalArgumentException(
                    "Invalid value for estimate (needs at least one confidence interval): " + intervals);
        }
        Map<Confidence, ConfidenceInterval> copy = new LinkedHashMap<>();
        for (Map.Entry<Confidence, ConfidenceInterval> entry : intervals.entrySet()) {
            Confidence confidence = Objects.requireNonNull(entry.getKey(), "intervals key");
            ConfidenceInterval interval = Objects.requireNonNull(entry.getValue(), "intervals value");
            if (!interval.contains(value)) {
                throw new IllegalArgumentException("Invalid value for estimate (the " + confidence.displayName()
                        + " confidence interval must contain the value " + value.toPlainString() + "): " + interval);
            }
            copy.put(confidence, interval);
        }
        return new Estimate(method, numerator, denominator, multiplier, value,
                Collections.unmodifiableMap(copy), null);
    }

    /**
     * Returns an estimate that cannot be computed from its inputs, such as a rate of 5 events in a
     * population of 0.
     *
     * @param method  the interval method that was asked for, not null
     * @param numerator  the numerator, not null
     * @param denominator  the denominator, not null
     * @param multiplier  the multiplier, not null and positive
     * @param reason  why there is no value, not null
     * @return the estimate, not null
     * @throws IllegalArgumentException if the multiplier is not positive
     */
    public static Estimate notComputable(IntervalMethod method, BigDecimal numerator, BigDecimal denominator,
            BigDecimal multiplier, NotComputableReason reason) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(reason, "reason");
        checkMultiplier(multiplier);
        return new Estimate(method, numerator, denominator, multiplier, null, Map.of(), reason);
    }

    /**
     * Returns an estimate that cannot be computed because its inputs are missing, such as an outturn
     * published without its numerator and denominator.
     *
     * @param method  the interval method that was asked for, not null
     * @param multiplier  the multiplier, not null and positive
     * @param reason  why there is no value, not null
     * @return the estimate, without numerator or denominator, not null
     * @throws IllegalArgumentException if the multiplier is not positive
     */
    public static Estimate notComputable(IntervalMethod method, BigDecimal multiplier, NotComputableReason reason) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reason, "reason");
        checkMultiplier(multiplier);
        return new Estimate(method, null, null, multiplier, null, Map.of(), reason);
    }

    private static void checkMultiplier(BigDecimal multiplier) {
        Objects.requireNonNull(multiplier, "multiplier");
        if (multiplier.signum() <= 0) {
            throw new IllegalArgumentException(
                    "Invalid value for multiplier (must be positive): " + multiplier.toPlainString());
        }
    }

    /**
     * Returns the method that gave the intervals (or would have given them).
     *
     * @return the method, not null
     */
    public IntervalMethod method() {
        return method;
    }

    /**
     * Returns the numerator the method used: the events, the observed count, or the sum of the values.
     *
     * @return the numerator, empty when the inputs were missing
     */
    public Optional<BigDecimal> numerator() {
        return Optional.ofNullable(numerator);
    }

    /**
     * Returns the denominator the method used: the population, the expected count, or the number of
     * values.
     *
     * @return the denominator, empty when the inputs were missing
     */
    public Optional<BigDecimal> denominator() {
        return Optional.ofNullable(denominator);
    }

    /**
     * Returns the multiplier applied to the value and limits: {@code 1} for a proportion or ratio,
     * {@code 100} for a percentage, the base of a rate such as {@code 100000}.
     *
     * @return the multiplier, positive
     */
    public BigDecimal multiplier() {
        return multiplier;
    }

    /**
     * Returns the value, already multiplied, not rounded.
     *
     * @return the value, empty when not computable
     */
    public Optional<BigDecimal> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the confidence intervals, in the order they were asked for.
     *
     * @return the intervals by confidence, unmodifiable, empty when not computable
     */
    public Map<Confidence, ConfidenceInterval> intervals() {
        return intervals;
    }

    /**
     * Returns the confidence interval at a confidence.
     *
     * @param confidence  the confidence, not null
     * @return the interval, empty when it was not asked for or the estimate is not computable
     */
    public Optional<ConfidenceInterval> interval(Confidence confidence) {
        Objects.requireNonNull(confidence, "confidence");
        return Optional.ofNullable(intervals.get(confidence));
    }

    /**
     * Returns why the estimate cannot be computed.
     *
     * @return the reason, empty when computable
     */
    public Optional<NotComputableReason> notComputable() {
        return Optional.ofNullable(reason);
    }

    /**
     * Whether the estimate has a value and intervals.
     *
     * @return true unless there is a {@linkplain #notComputable() reason}
     */
    public boolean isComputable() {
        return reason == null;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Estimate other
                && method == other.method
                && Decimals.equal(numerator(), other.numerator())
                && Decimals.equal(denominator(), other.denominator())
                && Decimals.equal(multiplier, other.multiplier)
                && Decimals.equal(value(), other.value())
                && intervals.equals(other.intervals)
                && reason == other.reason;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, Decimals.hash(numerator()), Decimals.hash(denominator()),
                Decimals.hash(multiplier), Decimals.hash(value()), intervals, reason);
    }

    /**
     * Returns a description for debugging, such as
     * {@code Estimate{Wilson score, 104/7042 x 100 = 1.4768..., 95%: 1.22 - 1.79}}; its form may change.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Estimate{").append(method.displayName()).append(", ");
        text.append(numerator == null ? "?" : numerator.toPlainString()).append('/')
                .append(denominator == null ? "?" : denominator.toPlainString())
                .append(" x ").append(multiplier.toPlainString());
        if (reason != null) {
            text.append(": ").append(reason.displayName());
        } else {
            text.append(" = ").append(value.toPlainString());
            for (Map.Entry<Confidence, ConfidenceInterval> entry : intervals.entrySet()) {
                text.append(", ").append(entry.getKey().displayName()).append(": ").append(entry.getValue());
            }
        }
        return text.append('}').toString();
    }
}
