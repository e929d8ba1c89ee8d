package org.outturn.stats.spc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How one kind of chart turns observations into a plotted statistic and a phase's calculation values
 * into lines at each point; the formulas are on {@link SpcChart}.
 */
abstract class ChartMethod {

    static final MathContext CONTEXT = MathContext.DECIMAL64;

    /** What a phase is fitted from. */
    record Input(List<Observation> series, List<Optional<BigDecimal>> plotted, int start, int end, int baseline,
            List<Integer> calculation, SpcSetup setup, RuleSet ruleSet) {

        /** Whether a gap lies between two points (excluded points do not count). */
        boolean gapBetween(int from, int to) {
            for (int k = from + 1; k < to; k++) {
                if (plotted.get(k).isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        /** A phase without limits. */
        Fit notEnoughData() {
            List<Optional<SpcLimits>> limits = new ArrayList<>();
            for (int i = start; i < end; i++) {
                limits.add(Optional.empty());
            }
            return new Fit(new SpcPhase(start, end, baseline, calculation.size(), Optional.empty(),
                    Optional.empty(), 0, 0), limits, movingRanges(plotted));
        }

        /** |y<sub>i</sub> − y<sub>i−1</sub>| at each point of the phase where both have values. */
        List<Optional<BigDecimal>> movingRanges(List<Optional<BigDecimal>> values) {
            List<Optional<BigDecimal>> ranges = new ArrayList<>();
            for (int i = start; i < end; i++) {
                Optional<BigDecimal> range = Optional.empty();
                if (i > start && values.get(i).isPresent() && values.get(i - 1).isPresent()) {
                    range = Optional.of(values.get(i).get().subtract(values.get(i - 1).get()).abs());
                }
                ranges.add(range);
            }
            return ranges;
        }
    }

    /** A fitted phase: its statistics, and the lines and moving range at each of its points. */
    record Fit(SpcPhase phase, List<Optional<SpcLimits>> limits, List<Optional<BigDecimal>> movingRanges) {
    }

    static ChartMethod of(ChartType type) {
        switch (type) {
            case P:
            case U:
                return new ShewhartAttributeMethod(type);
            case P_PRIME:
            case U_PRIME:
                return new LaneyMethod(type);
            case C:
                return new CountMethod();
            case G:
                return new GMethod();
            case T:
                return new TMethod();
            default:
                return new XmrMethod();
        }
    }

    /**
     * Returns an observation's value for the charts that read it (c, g, t), checking it is not
     * negative.
     */
    static Optional<BigDecimal> notNegative(Observation observation, String what, ChartType type) {
        Optional<BigDecimal> value = observation.value();
        if (value.isPresent() && value.get().signum() < 0) {
            throw new IllegalArgumentException("Invalid value for " + what + " of " + observation.label()
                    + " (must not be negative on a " + type.code() + " chart): " + value.get().toPlainString());
        }
        return value;
    }

    /**
     * Returns the plotted statistic of an observation, empty for a gap.
     *
     * @throws IllegalArgumentException for bad data, naming the point's label, value and rule
     */
    abstract Optional<BigDecimal> statistic(Observation observation, SpcSetup setup);

    /** Fits a phase. */
    abstract Fit fit(Input input);

    /** The values of a phase's calculation points. */
    static List<BigDecimal> calculationValues(Input input) {
        List<BigDecimal> values = new ArrayList<>();
        for (int i : input.calculation()) {
            values.add(input.plotted().get(i).orElseThrow());
        }
        return values;
    }

    /** The same lines at every point of the phase that has a value. */
    static List<Optional<SpcLimits>> constant(Input input, SpcLimits limits) {
        List<Optional<SpcLimits>> lines = new ArrayList<>();
        for (int i = input.start(); i < input.end(); i++) {
            lines.add(input.plotted().get(i).map(value -> limits));
        }
        return lines;
    }

    /** No moving ranges at any point of the phase. */
    static List<Optional<BigDecimal>> none(Input input) {
        List<Optional<BigDecimal>> ranges = new ArrayList<>();
        for (int i = input.start(); i < input.end(); i++) {
            ranges.add(Optional.empty());
        }
        return ranges;
    }

    /** A phase fitted without moving ranges. */
    static SpcPhase phase(Input input, BigDecimal centre) {
        return new SpcPhase(input.start(), input.end(), input.baseline(), input.calculation().size(),
                Optional.of(centre), Optional.empty(), 0, 0);
    }

    static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(value);
        }
        return sum.divide(BigDecimal.valueOf(values.size()), CONTEXT);
    }
}
