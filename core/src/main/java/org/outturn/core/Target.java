package org.outturn.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an outturn is judged against for a period.
 *
 * <p>Reports use six kinds of target, each a nested final class:
 * <ul>
 *   <li>{@link Single}: one value, as {@code Target of 18.7} ({@link #single(BigDecimal)});</li>
 *   <li>{@link WithFloor}: a target and a floor standard below it, as <i>Green = target achieved; Amber =
 *       floor standard achieved but target not met; Red = floor standard not achieved</i>
 *       ({@link #withFloor(BigDecimal, BigDecimal)});</li>
 *   <li>{@link Thresholds}: a green threshold and a red threshold with amber between, as {@code 95-90%}
 *       for a higher-is-better indicator ({@link #thresholds(BigDecimal, BigDecimal)});</li>
 *   <li>{@link Band}: an acceptable band where both sides are worse, as caseloads of {@code 12 - 18}
 *       ({@link #band(BigDecimal, BigDecimal)});</li>
 *   <li>{@link RelativeToBenchmark}: a comparator's value for the same period, as {@code in line with
 *       national or above} ({@link #relativeTo(BenchmarkGroup)});</li>
 *   <li>{@link None}: an explicit statement that there is no target, with its wording, as
 *       {@code Not a target measure} ({@link #none(String)}).</li>
 * </ul>
 *
 * <p>A target holds numbers only; which side is better comes from the indicator's {@link Polarity},
 * and how the numbers make a colour comes from a RAG policy. Equality compares numbers with
 * {@code compareTo}, ignoring their scale.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface Target permits Target.Single, Target.WithFloor, Target.Thresholds, Target.Band,
        Target.RelativeToBenchmark, Target.None {

    /**
     * Returns a single-value target.
     *
     * @param value  the target value, such as {@code 18.7}, not null
     * @return the target, not null
     */
    static Single single(BigDecimal value) {
        return new Single(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns a target with a floor standard: the target to reach for green, and the floor, the
     * minimum standard, below which (for a higher-is-better indicator) the outturn is red. Which side
     * is better comes from the indicator's polarity, so the order of the two values is checked by the
     * {@link Indicator} that holds the target, not here; the two may be equal.
     *
     * @param value  the target value, such as {@code 95}, not null
     * @param floor  the floor standard, such as {@code 90}, not null
     * @return the target, not null
     */
    static WithFloor withFloor(BigDecimal value, BigDecimal floor) {
        return new WithFloor(Objects.requireNonNull(value, "value"), Objects.requireNonNull(floor, "floor"));
    }

    /**
     * Returns a target of two thresholds. Which one is the better depends on the indicator's
     * polarity: for {@code 95-90%} with higher-is-better, green is 95 and red is 90.
     *
     * @param green  the threshold to reach for green, not null
     * @param red  the threshold beyond which the value is red, not null
     * @return the target, not null
     */
    static Thresholds thresholds(BigDecimal green, BigDecimal red) {
        return new Thresholds(Objects.requireNonNull(green, "green"), Objects.requireNonNull(red, "red"));
    }

    /**
     * Returns an acceptable band, such as {@code 12 - 18}. Both bounds are inclusive.
     *
     * @param lowInclusive  the lowest acceptable value, not null
     * @param highInclusive  the highest acceptable value, not null
     * @return the target, not null
     * @throws IllegalArgumentException if {@code lowInclusive} exceeds {@code highInclusive}, as in
     *     {@code Invalid value for band (low must not exceed high): 18 - 12}
     */
    static Band band(BigDecimal lowInclusive, BigDecimal highInclusive) {
        return new Band(Objects.requireNonNull(lowInclusive, "lowInclusive"),
                Objects.requireNonNull(highInclusive, "highInclusive"));
    }

    /**
     * Returns a target relative to a benchmark's value for the same period, such as the England
     * value: the outturn is on target when it is at or better than the benchmark.
     *
     * @param group  the comparator, such as {@link BenchmarkGroup#ENGLAND}, not null
     * @return the target, not null
     */
    static RelativeToBenchmark relativeTo(BenchmarkGroup group) {
        return new RelativeToBenchmark(Objects.requireNonNull(group, "group"));
    }

    /**
     * Returns an explicit no-target with the wording a report printed.
     *
     * @param wording  the wording, such as {@code No Target} or {@code Not a target measure}, not blank
     * @return the target, not null
     * @throws IllegalArgumentException if the wording is blank
     */
    static None none(String wording) {
        return new None(Checks.notBlank("wording", Objects.requireNonNull(wording, "wording")));
    }

    /**
     * Returns the name of this target's kind as Outturn's formats spell it: {@code single},
     * {@code withFloor}, {@code thresholds}, {@code band}, {@code relativeToBenchmark} or {@code none}
     * (the {@code kind} of an {@code outturn/1} target, and the target kind of a report's export).
     *
     * @return the kind's name, not null
     */
    String kindName();

    /**
     * Whether this target can produce a colour: false for {@link None}.
     *
     * @return true unless this is an explicit no-target
     */
    default boolean isRateable() {
        return !(this instanceof None);
    }

    /**
     * A single target value. Prints as {@code single 18.7}.
     *
     * <p>This class is immutable and thread-safe.
     */
    final class Single implements Target {
        private final BigDecimal value;

        private Single(BigDecimal value) {
            this.value = value;
        }

        /**
         * Returns the target value.
         *
         * @return the value, not null
         */
        public BigDecimal value() {
            return value;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Single other && Decimals.equal(value, other.value);
        }

        @Override
        public int hashCode() {
            return Decimals.hash(value);
        }

        @Override
        public String kindName() {
            return "single";
        }

        @Override
        public String toString() {
            return "single " + value.toPlainString();
        }
    }

    /**
     * A target with a floor standard. Prints as {@code single 95 floor 90}.
     *
     * <p>This class is immutable and thread-safe.
     */
    final class WithFloor implements Target {
        private final BigDecimal value;
        private final BigDecimal floor;

        private WithFloor(BigDecimal value, BigDecimal floor) {
            this.value = value;
            this.floor = floor;
        }

        /**
         * Returns the target value, to reach for green.
         *
         * @return the value, not null
         */
        public BigDecimal value() {
            return value;
        }

        /**
         * Returns the floor standard, the least an outturn must reach not to be red.
         *
         * @return the floor, not null
         */
        public BigDecimal floor() {
            return floor;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof WithFloor other && Decimals.equal(value, other.value)
                    && Decimals.equal(floor, other.floor);
        }

        @Override
        public int hashCode() {
            return 31 * Decimals.hash(value) + Decimals.hash(floor) + 1;
        }

        @Override
        public String kindName() {
            return "withFloor";
        }

        @Override
        public String toString() {
            return "single " + value.toPlainString() + " floor " + floor.toPlainString();
        }
    }

    /**
     * A green threshold and a red threshold, with amber between. Prints as
     * {@code thresholds green 95 red 90}.
     *
     * <p>This class is immutable and thread-safe.
     */
    final class Thresholds implements Target {
        private final BigDecimal green;
        private final BigDecimal red;

        private Thresholds(BigDecimal green, BigDecimal red) {
            this.green = green;
            this.red = red;
        }

        /**
         * Returns the threshold to reach for green.
         *
         * @return the green threshold, not null
         */
        public BigDecimal green() {
            return green;
        }

        /**
         * Returns the threshold beyond which a value is red.
         *
         * @return the red threshold, not null
         */
        public BigDecimal red() {
            return red;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Thresholds other
                    && Decimals.equal(green, other.green) && Decimals.equal(red, other.red);
        }

        @Override
        public int hashCode() {
            return 31 * Decimals.hash(green) + Decimals.hash(red);
        }

        @Override
        public String kindName() {
            return "thresholds";
        }

        @Override
        public String toString() {
            return "thresholds green " + green.toPlainString() + " red " + red.toPlainString();
        }
    }

    /**
     * An acceptable band, inclusive at both ends. Prints as {@code band 12 - 18}.
     *
     * <p>This class is immutable and thread-safe.
     */
    final class Band implements Target {
        private final BigDecimal lowInclusive;
        private final BigDecimal highInclusive;

        private Band(BigDecimal lowInclusive, BigDecimal highInclusive) {
            if (lowInclusive.compareTo(highInclusive) > 0) {
                throw Checks.invalid("band", "low must not exceed high",
                        lowInclusive.toPlainString() + " - " + highInclusive.toPlainString());
            }
            this.lowInclusive = lowInclusive;
            this.highInclusive = highInclusive;
        }

        /**
         * Returns the lowest acceptable value.
         *
         * @return the low bound, inclusive, not null
         */
        public BigDecimal lowInclusive() {
            return lowInclusive;
        }

        /**
         * Returns the highest acceptable value.
         *
         * @return the high bound, inclusive, not null
         */
        public BigDecimal highInclusive() {
            return highInclusive;
        }

        /**
         * Whether a value lies in the band, bounds included.
         *
         * @param value  the value, not null
         * @return true if {@code lowInclusive <= value <= highInclusive}
         */
        public boolean contains(BigDecimal value) {
            Objects.requireNonNull(value, "value");
            return value.compareTo(lowInclusive) >= 0 && value.compareTo(highInclusive) <= 0;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Band other
                    && Decimals.equal(lowInclusive, other.lowInclusive)
                    && Decimals.equal(highInclusive, other.highInclusive);
        }

        @Override
        public int hashCode() {
            return 31 * Decimals.hash(lowInclusive) + Decimals.hash(highInclusive);
        }

        @Override
        public String kindName() {
            return "band";
        }

        @Override
        public String toString() {
            return "band " + lowInclusive.toPlainString() + " - " + highInclusive.toPlainString();
        }
    }

    /**
     * A target set by a comparator's value for the same period. Prints as {@code relative to England}.
     *
     * <p>This class is immutable and thread-safe.
     */
    final class RelativeToBenchmark implements Target {
        private final BenchmarkGroup group;

        private RelativeToBenchmark(BenchmarkGroup group) {
            this.group = group;
        }

        /**
         * Returns the comparator whose value is the target.
         *
         * @return the comparator, not null
         */
        public BenchmarkGroup group() {
            return group;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof RelativeToBenchmark other && group.equals(other.group);
        }

        @Override
        public int hashCode() {
            return group.hashCode();
        }

        @Override
        public String kindName() {
            return "relativeToBenchmark";
        }

        @Override
        public String toString() {
            return "relative to " + group;
        }
    }

    /**
     * An explicit statement that there is no target, with its wording. Prints as
     * {@code none: No Target}.
     *
     * <p>This class is immutable and thread-safe.
     */
    final class None implements Target {
        private final String wording;

        private None(String wording) {
            this.wording = wording;
        }

        /**
         * Returns the wording a report printed, such as {@code No Target}.
         *
         * @return the wording, not blank
         */
        public String wording() {
            return wording;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof None other && wording.equals(other.wording);
        }

        @Override
        public int hashCode() {
            return wording.hashCode();
        }

        @Override
        public String kindName() {
            return "none";
        }

        @Override
        public String toString() {
            return "none: " + wording;
        }
    }
}
