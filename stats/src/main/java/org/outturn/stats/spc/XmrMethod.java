package org.outturn.stats.spc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The XmR chart, as {@link SpcChart} describes it. */
final class XmrMethod extends ChartMethod {

    /** The XmR constant 3 / d<sub>2</sub>, d<sub>2</sub> = 1.128. */
    static final BigDecimal E2 = new BigDecimal("2.66");
    /** The upper range limit factor D<sub>4</sub> for moving ranges of two. */
    static final BigDecimal D4 = new BigDecimal("3.267");
    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    @Override
    Optional<BigDecimal> statistic(Observation observation, SpcSetup setup) {
        return observation.value();
    }

    @Override
    Fit fit(Input input) {
        Optional<Individuals> fitted = Individuals.of(input.plotted(), input);
        if (fitted.isEmpty()) {
            return input.notEnoughData();
        }
        Individuals individuals = fitted.get();
        List<Optional<SpcLimits>> limits = new ArrayList<>();
        for (int i = input.start(); i < input.end(); i++) {
            limits.add(input.plotted().get(i).map(value -> individuals.limits()));
        }
        return new Fit(individuals.phase(input), limits, input.movingRanges(input.plotted()));
    }

    /**
     * The XmR arithmetic on a phase's values y (the observations' values, or transformed ones):
     * centre ȳ, MR̄ with optional screening, lines ȳ ± 2.66 MR̄.
     */
    record Individuals(BigDecimal centre, BigDecimal meanMovingRange, int movingRanges, int screened,
            SpcLimits limits) {

        static Optional<Individuals> of(List<Optional<BigDecimal>> values, Input input) {
            List<Integer> calculation = input.calculation();
            List<BigDecimal> used = new ArrayList<>();
            List<BigDecimal> ranges = new ArrayList<>();
            for (int c = 0; c < calculation.size(); c++) {
                int i = calculation.get(c);
                BigDecimal value = values.get(i).orElseThrow();
                if (c > 0 && !input.gapBetween(calculation.get(c - 1), i)) {
                    ranges.add(value.subtract(values.get(calculation.get(c - 1)).orElseThrow()).abs());
                }
                used.add(value);
            }
            if (used.size() < input.ruleSet().minimumPoints() || ranges.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal mean = mean(used);
            BigDecimal meanRange = mean(ranges);
            int screened = 0;
            if (input.ruleSet().isOutlierScreening()) {
                BigDecimal upperRangeLimit = D4.multiply(meanRange);
                List<BigDecimal> kept = new ArrayList<>();
                for (BigDecimal range : ranges) {
                    if (range.compareTo(upperRangeLimit) <= 0) {
                        kept.add(range);
                    }
                }
                screened = ranges.size() - kept.size();
                if (screened > 0) {
                    meanRange = mean(kept);
                    ranges = kept;
                }
            }
            BigDecimal width = E2.multiply(meanRange);
            BigDecimal sigma = width.divide(THREE, CONTEXT);
            return Optional.of(new Individuals(mean, meanRange, ranges.size(), screened,
                    SpcLimits.symmetric(mean, sigma, width)));
        }

        SpcPhase phase(Input input) {
            return new SpcPhase(input.start(), input.end(), input.baseline(), input.calculation().size(),
                    Optional.of(centre), Optional.of(meanMovingRange), movingRanges, screened);
        }
    }
}
