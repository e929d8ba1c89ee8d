package org.outturn.stats.spc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The g chart, as {@link SpcChart} describes it: geometric sigma from the mean, the median as centre. */
final class GMethod extends ChartMethod {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    @Override
    Optional<BigDecimal> statistic(Observation observation, SpcSetup setup) {
        return notNegative(observation, "opportunities between events", ChartType.G);
    }

    @Override
    Fit fit(Input input) {
        if (input.calculation().size() < input.ruleSet().minimumPoints()) {
            return input.notEnoughData();
        }
        List<BigDecimal> values = calculationValues(input);
        BigDecimal mean = mean(values);
        BigDecimal sigma = mean.multiply(mean.add(BigDecimal.ONE)).sqrt(CONTEXT);
        BigDecimal median = median(values);
        BigDecimal twoSigma = sigma.add(sigma);
        SpcLimits limits = new SpcLimits(median, sigma, floor(mean.subtract(THREE.multiply(sigma))),
                mean.add(THREE.multiply(sigma)), floor(mean.subtract(twoSigma)), mean.add(twoSigma),
                floor(mean.subtract(sigma)), mean.add(sigma));
        return new Fit(phase(input, median), constant(input, limits), none(input));
    }

    private static BigDecimal floor(BigDecimal line) {
        return line.max(BigDecimal.ZERO);
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int size = sorted.size();
        return size % 2 == 1 ? sorted.get(size / 2)
                : sorted.get(size / 2 - 1).add(sorted.get(size / 2)).divide(TWO, CONTEXT);
    }
}
