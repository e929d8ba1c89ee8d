package org.outturn.stats.spc;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.outturn.core.Unit;

/**
 * What the user says about a series' process: a baseline (limits fixed from the first points of a
 * phase and extended beyond), recalculation points (where the process changed and new limits start),
 * and points excluded from the limits' calculation ("ghosted": still drawn and still judged against
 * the limits, but not used to compute them). Limits never change unless the setup says so.
 *
 * <p>Points are counted from 0, the first observation of the series. A baseline counts the values
 * used for the calculation: gaps and excluded points are not counted. A baseline and recalculation
 * points combine: each phase may have its own baseline.
 *
 * <p>For the charts of proportions and rates (p, p′, u, u′) the setup also holds the
 * {@linkplain #multiplier() multiplier} that puts the plotted statistic in the outturn's unit, as
 * PowerBI-SPC's multiplier does: 1 (the default) plots proportions from 0 to 1 and rates per unit of
 * the denominator, 100 plots percentages, 100000 rates per 100,000.
 *
 * <pre>{@code
 * SpcSetup setup = SpcSetup.none().withBaseline(12).withRecalculation(24).withExcluded(5);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SpcSetup {

    private static final SpcSetup NONE = new SpcSetup(new TreeMap<>(Collections.singletonMap(0, 0)),
            new TreeSet<>(), BigDecimal.ONE);

    private final NavigableMap<Integer, Integer> phases;
    private final NavigableSet<Integer> excluded;
    private final BigDecimal multiplier;

    private SpcSetup(NavigableMap<Integer, Integer> phases, NavigableSet<Integer> excluded, BigDecimal multiplier) {
        this.phases = Collections.unmodifiableNavigableMap(phases);
        this.excluded = Collections.unmodifiableNavigableSet(excluded);
        this.multiplier = multiplier;
    }

    /**
     * Returns the setup of one phase over the whole series, with no baseline and no exclusions.
     *
     * @return the setup, not null
     */
    public static SpcSetup none() {
        return NONE;
    }

    /**
     * Returns a copy whose first phase has its limits fixed from its first values.
     *
     * @param points  how many values of the first phase the limits are computed from, at least 2
     * @return the copy, not null
     * @throws IllegalArgumentException if fewer than 2, as in {@code Invalid value for baseline (at least
     *     2 points): 1}
     */
    public SpcSetup withBaseline(int points) {
        return withPhase(0, checkBaseline(points));
    }

    /**
     * Returns a copy with a new phase starting at a point, its limits computed from all its values.
     *
     * @param start  the first point of the new phase, at least 1
     * @return the copy, not null
     * @throws IllegalArgumentException if the start is less than 1, as in {@code Invalid value for
     *     recalculation point (at least 1): 0}
     */
    public SpcSetup withRecalculation(int start) {
        return withPhase(checkStart(start), 0);
    }

    /**
     * Returns a copy with a new phase starting at a point, its limits fixed from its first values.
     *
     * @param start  the first point of the new phase, at least 1
     * @param baseline  how many values of the phase the limits are computed from, at least 2
     * @return the copy, not null
     * @throws IllegalArgumentException if the start is less than 1, or the baseline less than 2, as in
     *     {@code Invalid value for baseline (at least 2 points): 0}
     */
    public SpcSetup withRecalculation(int start, int baseline) {
        return withPhase(checkStart(start), checkBaseline(baseline));
    }

    /**
     * Returns a copy with a point excluded from the calculation of its phase's limits.
     *
     * @param point  the point, at least 0
     * @return the copy, not null
     * @throws IllegalArgumentException if negative, as in {@code Invalid value for excluded point (at
     *     least 0): -1}
     */
    public SpcSetup withExcluded(int point) {
        if (point < 0) {
            throw new IllegalArgumentException("Invalid value for excluded point (at least 0): " + point);
        }
        NavigableSet<Integer> copy = new TreeSet<>(excluded);
        copy.add(point);
        return new SpcSetup(new TreeMap<>(phases), copy, multiplier);
    }

    /**
     * Returns a copy with another multiplier for the charts of proportions and rates, such as 100 to
     * plot a p chart in percentages.
     *
     * @param factor  the multiplier, positive, not null
     * @return the copy, not null
     * @throws IllegalArgumentException if not positive, as in {@code Invalid value for multiplier (must
     *     be positive): 0}
     */
    public SpcSetup withMultiplier(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        if (factor.signum() <= 0) {
            throw new IllegalArgumentException("Invalid value for multiplier (must be positive): "
                    + factor.toPlainString());
        }
        return new SpcSetup(new TreeMap<>(phases), new TreeSet<>(excluded), factor);
    }

    /**
     * Returns the setup of one phase, no excluded point, that plots a chart in a unit: the
     * {@linkplain #multiplierOf(Unit) multiplier} of the unit, which only the p, p′, u and u′ charts use.
     *
     * @param unit  the unit of the series, such as {@code percentage:1}, not null
     * @return the setup, not null
     */
    public static SpcSetup forUnit(Unit unit) {
        return none().withMultiplier(multiplierOf(unit));
    }

    /**
     * Returns the multiplier that plots a p, p′, u or u′ chart in a unit: 100 for a percentage, N for a
     * rate per N, 1 otherwise (a proportion from 0 to 1, a rate per unit).
     *
     * @param unit  the unit, such as {@code percentage:1}, not null
     * @return the multiplier, positive, not null
     */
    public static BigDecimal multiplierOf(Unit unit) {
        Objects.requireNonNull(unit, "unit");
        if (unit.kind() == Unit.Kind.PERCENTAGE) {
            return BigDecimal.valueOf(100);
        }
        return unit.rateBase().isPresent() ? BigDecimal.valueOf(unit.rateBase().getAsLong()) : BigDecimal.ONE;
    }

    /**
     * Returns the multiplier of the p, p′, u and u′ charts' plotted statistic and lines, 1 unless set;
     * the other charts ignore it.
     *
     * @return the multiplier, positive, not null
     */
    public BigDecimal multiplier() {
        return multiplier;
    }

    /**
     * Returns the phases: each phase's first point and its baseline (0 for none), the first phase at
     * point 0.
     *
     * @return the phases in order, not null
     */
    public NavigableMap<Integer, Integer> phases() {
        return phases;
    }

    /**
     * Returns the points excluded from the limits' calculation.
     *
     * @return the points in order, not null
     */
    public NavigableSet<Integer> excluded() {
        return excluded;
    }

    private static int checkStart(int start) {
        if (start < 1) {
            throw new IllegalArgumentException("Invalid value for recalculation point (at least 1): " + start);
        }
        return start;
    }

    private static int checkBaseline(int baseline) {
        if (baseline < 2) {
            throw new IllegalArgumentException("Invalid value for baseline (at least 2 points): " + baseline);
        }
        return baseline;
    }

    private SpcSetup withPhase(int start, int baseline) {
        NavigableMap<Integer, Integer> copy = new TreeMap<>(phases);
        copy.put(start, baseline);
        return new SpcSetup(copy, new TreeSet<>(excluded), multiplier);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof SpcSetup other && phases.equals(other.phases) && excluded.equals(other.excluded)
                && multiplier.compareTo(other.multiplier) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(phases, excluded, multiplier.stripTrailingZeros());
    }

    /**
     * Returns a description, such as {@code SpcSetup[phases={0=12, 24=0}, excluded=[5], multiplier=1]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "SpcSetup[phases=" + phases + ", excluded=" + excluded + ", multiplier="
                + multiplier.toPlainString() + "]";
    }
}
