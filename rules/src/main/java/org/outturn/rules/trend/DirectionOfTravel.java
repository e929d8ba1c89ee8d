package org.outturn.rules.trend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.outturn.core.Decimals;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Unit;

/**
 * The direction of travel of one indicator: the comparison of its outturns for two periods, as the
 * raw {@link Direction} of the change and, read with the indicator's {@link Polarity}, as a
 * {@link Trend}.
 *
 * <pre>{@code
 * DirectionOfTravel dot = DirectionOfTravel.between(
 *         Outturn.of(FinancialYear.parse("2023/24"), new BigDecimal("93.61")),
 *         Outturn.of(FinancialYear.parse("2024/25"), new BigDecimal("93.89")),
 *         Polarity.HIGHER_IS_BETTER, Unit.percentage(2));
 * dot.direction();    // Optional[INCREASE]
 * dot.trend();        // IMPROVING
 * dot.explanation();  // Improving: 93.89% in 2024/25, up 0.28 points from 93.61% in 2023/24 (0.3%)
 * }</pre>
 *
 * <p>Values are compared exactly, as published, never through floating point. A change whose
 * absolute size is at most the {@linkplain #noChangeThreshold() no-change threshold} (inclusive) is
 * {@link Direction#NO_CHANGE}; the default threshold is zero, so that only equal values are no change.
 *
 * <p>Missing data never throws: if either outturn has no value, {@link #direction()} and the changes
 * are empty, {@link #trend()} is {@link Trend#NOT_COMPARABLE}, and {@link #reason()} says which
 * period had no value and why.
 *
 * <p>Equality compares the two outturns, the polarity, the unit and the threshold; decimals are
 * compared with {@code compareTo}, ignoring their scale.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DirectionOfTravel {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The decimal places of {@link #percentageChange()}. */
    private static final int PERCENTAGE_CHANGE_SCALE = 1;

    private final Outturn from;
    private final Outturn to;
    private final Polarity polarity;
    private final Unit unit;
    private final BigDecimal noChangeThreshold;
    /** The exact change, or null when a value is missing. */
    private final BigDecimal absoluteChange;
    /** The direction, or null when a value is missing. */
    private final Direction direction;
    private final Trend trend;

    private DirectionOfTravel(Outturn from, Outturn to, Polarity polarity, Unit unit, BigDecimal noChangeThreshold) {
        this.from = from;
        this.to = to;
        this.polarity = polarity;
        this.unit = unit;
        this.noChangeThreshold = noChangeThreshold;
        if (from.isAvailable() && to.isAvailable()) {
            this.absoluteChange = to.value().get().subtract(from.value().get());
            if (absoluteChange.abs().compareTo(noChangeThreshold) <= 0) {
                this.direction = Direction.NO_CHANGE;
            } else {
                this.direction = absoluteChange.signum() > 0 ? Direction.INCREASE : Direction.DECREASE;
            }
            this.trend = Trend.of(direction, polarity);
        } else {
            this.absoluteChange = null;
            this.direction = null;
            this.trend = Trend.NOT_COMPARABLE;
        }
    }

    /**
     * Compares two outturns of one indicator, counting only exactly equal values as no change.
     *
     * <p>This is {@link #between(Outturn, Outturn, Polarity, Unit, BigDecimal)} with a threshold of
     * zero.
     *
     * @param from  the earlier outturn, the base of the change, not null
     * @param to  the later outturn, not null
     * @param polarity  which way is better for the indicator, not null
     * @param unit  the indicator's unit, used for percentage points and the explanation, not null
     * @return the direction of travel, not null
     * @throws IllegalArgumentException if both outturns are for the same period, with a message such as
     *     {@code Invalid value for to (must be for another period than from): 2024/25}
     */
    public static DirectionOfTravel between(Outturn from, Outturn to, Polarity polarity, Unit unit) {
        return between(from, to, polarity, unit, BigDecimal.ZERO);
    }

    /**
     * Compares two outturns of one indicator, counting small changes as no change.
     *
     * <p>The threshold is absolute and in the indicator's unit (percentage points for a percentage):
     * a change whose absolute size is at most the threshold, inclusive, is {@link Direction#NO_CHANGE}.
     * With a threshold of {@code 0.5}, {@code 93.61} to {@code 94.11} is no change and {@code 93.61} to
     * {@code 94.12} an increase.
     *
     * <p>The outturns may lack values; the result then is not comparable, as the class documentation
     * describes. {@code from} is normally the earlier period, but any two different periods may be
     * compared: the change is always {@code to} minus {@code from}.
     *
     * @param from  the earlier outturn, the base of the change, not null
     * @param to  the later outturn, not null
     * @param polarity  which way is better for the indicator, not null
     * @param unit  the indicator's unit, used for percentage points and the explanation, not null
     * @param noChangeThreshold  the largest absolute change that is still no change, inclusive, zero
     *     or more, not null
     * @return the direction of travel, not null
     * @throws IllegalArgumentException if both outturns are for the same period, with a message such as
     *     {@code Invalid value for to (must be for another period than from): 2024/25}, or if the
     *     threshold is negative, with a message such as
     *     {@code Invalid value for noChangeThreshold (must not be negative): -0.1}
     */
    public static DirectionOfTravel between(Outturn from, Outturn to, Polarity polarity, Unit unit,
            BigDecimal noChangeThreshold) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(noChangeThreshold, "noChangeThreshold");
        if (from.period().equals(to.period())) {
            throw new IllegalArgumentException(
                    "Invalid value for to (must be for another period than from): " + to.period());
        }
        if (noChangeThreshold.signum() < 0) {
            throw new IllegalArgumentException("Invalid value for noChangeThreshold (must not be negative): "
                    + noChangeThreshold.toPlainString());
        }
        return new DirectionOfTravel(from, to, polarity, unit, noChangeThreshold);
    }

    /**
     * Returns the earlier outturn, the base of the change.
     *
     * @return the outturn, not null
     */
    public Outturn from() {
        return from;
    }

    /**
     * Returns the later outturn.
     *
     * @return the outturn, not null
     */
    public Outturn to() {
        return to;
    }

    /**
     * Returns which way is better for the indicator.
     *
     * @return the polarity, not null
     */
    public Polarity polarity() {
        return polarity;
    }

    /**
     * Returns the indicator's unit.
     *
     * @return the unit, not null
     */
    public Unit unit() {
        return unit;
    }

    /**
     * Returns the largest absolute change, inclusive, that counts as no change, in the indicator's unit.
     *
     * @return the threshold, zero or more, not null
     */
    public BigDecimal noChangeThreshold() {
        return noChangeThreshold;
    }

    /**
     * Returns the raw direction of the change: {@code INCREASE} if {@code to} minus {@code from} is
     * above the no-change threshold, {@code DECREASE} if it is below minus the threshold, otherwise
     * {@code NO_CHANGE}. It is computed whatever the polarity.
     *
     * @return the direction, empty when either outturn has no value
     */
    public Optional<Direction> direction() {
        return Optional.ofNullable(direction);
    }

    /**
     * Returns the change read with the polarity, as {@link Trend#of(Direction, Polarity)} defines:
     * {@code IMPROVING}, {@code DECLINING} or {@code NO_CHANGE} under a directional polarity,
     * {@code NOT_COMPARABLE} under {@code WITHIN_BAND} or {@code NONE}, or when either outturn has no
     * value.
     *
     * @return the trend, not null
     */
    public Trend trend() {
        return trend;
    }

    /**
     * Returns why the trend is not comparable: which period had no value and why, such as
     * {@code no value for 2023/24 (New indicator)}, or that the polarity does not say which way is
     * better, such as {@code the polarity 'Not rated' does not say which way is better}.
     *
     * @return the reason, present exactly when {@link #trend()} is {@link Trend#NOT_COMPARABLE}
     */
    public Optional<String> reason() {
        if (direction == null) {
            return Optional.of(missingText());
        }
        if (trend == Trend.NOT_COMPARABLE) {
            return Optional.of("the polarity '" + polarity.displayName() + "' does not say which way is better");
        }
        return Optional.empty();
    }

    /**
     * Returns the exact change, {@code to} minus {@code from}, with the larger of the two values'
     * scales: {@code 93.89} from {@code 93.61} is {@code 0.28}; {@code 97.32} from {@code 97.9} is
     * {@code -0.58}.
     *
     * @return the change, empty when either outturn has no value
     */
    public Optional<BigDecimal> absoluteChange() {
        return Optional.ofNullable(absoluteChange);
    }

    /**
     * Returns the relative change in per cent, {@code (to - from) / |from| * 100}, rounded half-up to
     * one decimal place: {@code 93.89} from {@code 93.61} is {@code 0.3}; {@code 330.23} from
     * {@code 346.88} is {@code -4.8}. Dividing by the absolute value of the base keeps the sign of the
     * change when the base is negative: {@code -0.03} from {@code -0.07} is {@code 57.1}.
     *
     * <p>For a percentage this is the change relative to the earlier value, not the change in
     * percentage points, which {@link #percentagePointChange()} gives.
     *
     * @return the change in per cent, empty when either outturn has no value or {@code from} is zero
     */
    public Optional<BigDecimal> percentageChange() {
        if (absoluteChange == null) {
            return Optional.empty();
        }
        BigDecimal base = from.value().get();
        if (base.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(absoluteChange.multiply(HUNDRED)
                .divide(base.abs(), PERCENTAGE_CHANGE_SCALE, RoundingMode.HALF_UP));
    }

    /**
     * Returns the change in percentage points, which for a percentage is the
     * {@linkplain #absoluteChange() absolute change}: {@code 93.89%} from {@code 93.61%} is
     * {@code 0.28} points.
     *
     * @return the change in points, empty unless the unit is a percentage and both outturns have values
     */
    public Optional<BigDecimal> percentagePointChange() {
        return isPercentage() ? absoluteChange() : Optional.empty();
    }

    /**
     * Returns one sentence explaining the direction of travel, with the values formatted in the unit
     * and a percentage's change in points, such as
     * {@code Improving: 93.89% in 2024/25, up 0.28 points from 93.61% in 2023/24 (0.3%)},
     * {@code No change: 100% in 2024/25, the same as 100% in 2023/24},
     * {@code Decrease: 330.23 per 10,000 in 2024/25, down 16.65 per 10,000 from 346.88 per 10,000 in
     * 2023/24 (4.8%); not judged, as the polarity 'Not rated' does not say which way is better} or
     * {@code Not comparable: no value for 2023/24 (New indicator)}.
     *
     * <p>The text starts with the trend, or with the direction when the polarity does not order values;
     * the relative change in brackets is its size, without sign, and is left out when the base is zero.
     * A change within a non-zero no-change threshold says so.
     *
     * @return the explanation, not null
     */
    public String explanation() {
        if (direction == null) {
            return Trend.NOT_COMPARABLE.displayName() + ": " + missingText();
        }
        StringBuilder text = new StringBuilder();
        text.append(polarity.isDirectional() ? trend.displayName() : capitalised(direction.displayName()))
                .append(": ").append(unit.format(to.value().get())).append(" in ").append(to.period());
        if (absoluteChange.signum() == 0) {
            text.append(", the same as ");
        } else {
            text.append(absoluteChange.signum() > 0 ? ", up " : ", down ")
                    .append(change(absoluteChange.abs())).append(" from ");
        }
        text.append(unit.format(from.value().get())).append(" in ").append(from.period());
        if (absoluteChange.signum() != 0) {
            percentageChange().ifPresent(
                    percent -> text.append(" (").append(percent.abs().toPlainString()).append("%)"));
        }
        if (direction == Direction.NO_CHANGE && absoluteChange.signum() != 0) {
            text.append(", within the no-change threshold of ").append(change(noChangeThreshold));
        }
        if (!polarity.isDirectional()) {
            text.append("; not judged, as ").append(reason().get());
        }
        return text.toString();
    }

    private boolean isPercentage() {
        return unit.kind() == Unit.Kind.PERCENTAGE;
    }

    private String change(BigDecimal size) {
        return isPercentage() ? size.toPlainString() + " points" : unit.format(size);
    }

    private String missingText() {
        StringBuilder text = new StringBuilder("no value for ");
        if (!from.isAvailable()) {
            text.append(missingText(from));
            if (!to.isAvailable()) {
                text.append(" or ");
            }
        }
        if (!to.isAvailable()) {
            text.append(missingText(to));
        }
        return text.toString();
    }

    private static String missingText(Outturn outturn) {
        String why = outturn.note().orElseGet(() -> outturn.missingReason()
                .map(reason -> capitalised(reason.name().toLowerCase(Locale.ROOT).replace('_', ' ')))
                .orElse(""));
        return outturn.period() + " (" + why + ")";
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String describe(Outturn outturn) {
        return outturn.period() + ": " + outturn.value().map(BigDecimal::toPlainString)
                .orElseGet(() -> outturn.missingReason().map(Enum::name).orElse(""));
    }

    /**
     * Checks whether this direction of travel equals another: the same outturns, polarity, unit and
     * threshold, decimals compared ignoring their scale.
     *
     * @param obj  the object to check, null returns false
     * @return true if {@code obj} is an equal direction of travel
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof DirectionOfTravel other
                && from.equals(other.from)
                && to.equals(other.to)
                && polarity == other.polarity
                && unit.equals(other.unit)
                && Decimals.equal(noChangeThreshold, other.noChangeThreshold);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(from, to, polarity, unit, Decimals.hash(noChangeThreshold));
    }

    /**
     * Returns a description for debugging, such as {@code DirectionOfTravel[from=2023/24: 93.61,
     * to=2024/25: 93.89, polarity=HIGHER_IS_BETTER, unit=percentage:2, noChangeThreshold=0,
     * direction=INCREASE, trend=IMPROVING]}; a missing value shows its reason. Use
     * {@link #explanation()} for people.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "DirectionOfTravel[from=" + describe(from) + ", to=" + describe(to) + ", polarity=" + polarity
                + ", unit=" + unit + ", noChangeThreshold=" + noChangeThreshold.toPlainString()
                + ", direction=" + (direction == null ? "none" : direction.name()) + ", trend=" + trend + "]";
    }
}
