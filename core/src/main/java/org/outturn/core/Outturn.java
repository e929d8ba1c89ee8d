package org.outturn.core;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An indicator's actual value for a reporting period, or its absence with the reason.
 *
 * <p>A value keeps its published scale ({@code 97.30} stays {@code 97.30}); it may carry the
 * numerator and denominator it was computed from ({@code 1.5% (104/7042)}) and flags such as
 * {@linkplain OutturnFlag#PROVISIONAL provisional}. An outturn without a value has a
 * {@link MissingReason} and, as its note, the wording the report printed ({@code Not yet available}).
 *
 * <pre>{@code
 * Outturn.of(FinancialYear.parse("2024/25"), new BigDecimal("93.89"));
 * Outturn.ofFraction(ReportingMonth.parse("Jun-22"), new BigDecimal("1.3"), Fraction.of(96, 7132),
 *         Unit.percentage(1));
 * Outturn.missing(FinancialYear.parse("2024/25"), MissingReason.NOT_YET_AVAILABLE, "Not yet available");
 * }</pre>
 *
 * <p>A value may carry the confidence limits published with it, one interval per
 * {@link ConfidenceLevel}, as Fingertips publishes the 95% and 99.8% limits:
 *
 * <pre>{@code
 * Outturn.builder().period(FinancialYear.parse("2022/23")).value(new BigDecimal("65.1"))
 *         .putConfidenceIntervals(ConfidenceLevel.NINETY_FIVE,
 *                 ConfidenceInterval.of(new BigDecimal("61.2"), new BigDecimal("68.9")))
 *         .build();
 * }</pre>
 *
 * <p>Equality compares values with {@code compareTo}, ignoring their scale, as JSR 354 does for
 * amounts: an outturn of {@code 97.3} equals one of {@code 97.30}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Outturn {

    Outturn() {
    }

    /**
     * Returns the period the outturn is for.
     *
     * @return the period, not null
     */
    public abstract ReportingPeriod period();

    /**
     * Returns the value as published, with its scale.
     *
     * @return the value, empty when the outturn has none
     */
    public abstract Optional<BigDecimal> value();

    /**
     * Returns the numerator and denominator the value was computed from, when published.
     *
     * @return the fraction, empty when not published
     */
    public abstract Optional<Fraction> fraction();

    /**
     * Returns why there is no value.
     *
     * @return the reason, present exactly when the value is absent
     */
    public abstract Optional<MissingReason> missingReason();

    /**
     * Returns a note on the outturn, such as the wording a report printed instead of a value
     * ({@code Data suppressed, see part 2 report}).
     *
     * @return the note, empty when there is none
     */
    public abstract Optional<String> note();

    /**
     * Returns the flags on the value, such as {@link OutturnFlag#PROVISIONAL}.
     *
     * @return the flags, not null, possibly empty
     */
    public abstract Set<OutturnFlag> flags();

    /**
     * Returns the confidence intervals published with the value, by level. Each interval contains the
     * value, limits included, and a 99.8% interval contains the 95% one.
     *
     * @return the intervals, not null, empty when none were published; unmodifiable
     */
    public abstract Map<ConfidenceLevel, ConfidenceInterval> confidenceIntervals();

    /**
     * Returns the confidence interval published at a level.
     *
     * @param level  the confidence level, not null
     * @return the interval, empty when none was published at that level
     */
    public Optional<ConfidenceInterval> confidenceInterval(ConfidenceLevel level) {
        Objects.requireNonNull(level, "level");
        return Optional.ofNullable(confidenceIntervals().get(level));
    }

    /**
     * Whether the outturn has a value.
     *
     * @return true if {@link #value()} is present
     */
    public boolean isAvailable() {
        return value().isPresent();
    }

    /**
     * Whether the value is provisional.
     *
     * @return true if the flags include {@link OutturnFlag#PROVISIONAL}
     */
    public boolean isProvisional() {
        return flags().contains(OutturnFlag.PROVISIONAL);
    }

    /**
     * Returns an outturn with a value.
     *
     * @param period  the period, not null
     * @param value  the value as published, not null
     * @return the outturn, not null
     */
    public static Outturn of(ReportingPeriod period, BigDecimal value) {
        return builder().period(period).value(value).build();
    }

    /**
     * Returns an outturn with a value and the fraction it was computed from, checked against the
     * indicator's unit: for a percentage {@code 1.5} with {@code 104/7042} is accepted, {@code 1.7}
     * is not.
     *
     * @param period  the period, not null
     * @param value  the value as published, not null
     * @param fraction  the numerator and denominator, not null
     * @param unit  the indicator's unit, not null
     * @return the outturn, not null
     * @throws IllegalArgumentException if the value and the fraction disagree, as
     *     {@link Unit#checkFraction(BigDecimal, Fraction)} defines
     */
    public static Outturn ofFraction(ReportingPeriod period, BigDecimal value, Fraction fraction, Unit unit) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(fraction, "fraction");
        unit.checkFraction(value, fraction);
        return builder().period(period).value(value).fraction(fraction).build();
    }

    /**
     * Returns an outturn without a value.
     *
     * @param period  the period, not null
     * @param reason  why there is no value, not null
     * @return the outturn, not null
     */
    public static Outturn missing(ReportingPeriod period, MissingReason reason) {
        Objects.requireNonNull(reason, "reason");
        return builder().period(period).missingReason(reason).build();
    }

    /**
     * Returns an outturn without a value, keeping the wording the report printed.
     *
     * @param period  the period, not null
     * @param reason  why there is no value, not null
     * @param note  the wording, such as {@code Not yet available}, not null and not blank
     * @return the outturn, not null
     * @throws IllegalArgumentException if the note is blank
     */
    public static Outturn missing(ReportingPeriod period, MissingReason reason, String note) {
        Objects.requireNonNull(reason, "reason");
        return builder().period(period).missingReason(reason).note(note).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        if (value().isPresent() == missingReason().isPresent()) {
            throw new IllegalArgumentException("Invalid outturn for " + period()
                    + " (must have either a value or a missing reason): "
                    + (value().isPresent() ? "value " + value().get().toPlainString()
                            + " and missing reason " + missingReason().get() : "neither"));
        }
        if (fraction().isPresent() && value().isEmpty()) {
            throw new IllegalArgumentException("Invalid outturn for " + period()
                    + " (a fraction needs a value): " + fraction().get());
        }
        note().ifPresent(text -> Checks.notBlank("note", text));
        checkConfidenceIntervals();
    }

    private void checkConfidenceIntervals() {
        if (confidenceIntervals().isEmpty()) {
            return;
        }
        if (value().isEmpty()) {
            throw new IllegalArgumentException("Invalid outturn for " + period()
                    + " (a confidence interval needs a value): " + confidenceIntervals().values().iterator().next());
        }
        BigDecimal published = value().get();
        for (Map.Entry<ConfidenceLevel, ConfidenceInterval> entry : confidenceIntervals().entrySet()) {
            if (!entry.getValue().contains(published)) {
                throw new IllegalArgumentException("Invalid outturn for " + period() + " (the "
                        + entry.getKey().displayName() + " confidence interval must contain the value "
                        + published.toPlainString() + "): " + entry.getValue());
            }
        }
        ConfidenceInterval narrow = confidenceIntervals().get(ConfidenceLevel.NINETY_FIVE);
        ConfidenceInterval wide = confidenceIntervals().get(ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        if (narrow != null && wide != null && !wide.contains(narrow)) {
            throw new IllegalArgumentException("Invalid outturn for " + period()
                    + " (the 99.8% confidence interval must contain the 95% one, " + narrow + "): " + wide);
        }
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Outturn other
                && period().equals(other.period())
                && Decimals.equal(value(), other.value())
                && fraction().equals(other.fraction())
                && missingReason().equals(other.missingReason())
                && note().equals(other.note())
                && flags().equals(other.flags())
                && confidenceIntervals().equals(other.confidenceIntervals());
    }

    @Override
    public int hashCode() {
        return Objects.hash(period(), Decimals.hash(value()), fraction(), missingReason(), note(), flags(),
                confidenceIntervals());
    }

    /**
     * Builds an {@link Outturn}. Set the period, then either a value or a missing reason; a value may
     * have confidence intervals, added with {@code putConfidenceIntervals(level, interval)}.
     * Each attribute may be set once. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableOutturn.Builder {
        Builder() {
        }
    }
}
