package org.outturn.stats.spc;

import java.math.BigDecimal;
import java.util.Optional;

/** The c chart, as {@link SpcChart} describes it: Poisson sigma √c̄. */
final class CountMethod extends ChartMethod {

    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    @Override
    Optional<BigDecimal> statistic(Observation observation, SpcSetup setup) {
        return notNegative(observation, "count", ChartType.C);
    }

    @Override
    Fit fit(Input input) {
        if (input.calculation().size() < input.ruleSet().minimumPoints()) {
            return input.notEnoughData();
        }
        BigDecimal centre = mean(calculationValues(input));
        BigDecimal sigma = centre.sqrt(CONTEXT);
        SpcLimits limits = SpcLimits.symmetric(centre, sigma, THREE.multiply(sigma)).atLeast(BigDecimal.ZERO);
        return new Fit(phase(input, centre), constant(input, limits), none(input));
    }
}
