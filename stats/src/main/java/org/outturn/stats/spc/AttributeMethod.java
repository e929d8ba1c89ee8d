package org.outturn.stats.spc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The charts of a numerator over a denominator (p, p′, u, u′), as {@link SpcChart} describes them:
 * the centre is the pooled ratio of the phase's calculation points, each point's standard error
 * comes from its own denominator, and a subclass says how far the lines spread from it.
 */
abstract class AttributeMethod extends ChartMethod {

    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    /** How the lines spread: sigma at a point is its standard error times the factor. */
    record Spread(BigDecimal factor, Optional<BigDecimal> meanMovingRange, int movingRanges, int screened,
            List<Optional<BigDecimal>> pointMovingRanges) {
    }

    private final ChartType type;
    private final boolean proportion;

    AttributeMethod(ChartType type) {
        this.type = type;
        this.proportion = type == ChartType.P || type == ChartType.P_PRIME;
    }

    ChartType type() {
        return type;
    }

    @Override
    Optional<BigDecimal> statistic(Observation observation, SpcSetup setup) {
        return ratio(observation).map(ratio -> ratio.multiply(setup.multiplier()));
    }

    /** The unscaled ratio numerator / denominator, empty for a gap, checking the point's data. */
    Optional<BigDecimal> ratio(Observation observation) {
        if (observation.value().isEmpty()) {
            return Optional.empty();
        }
        String label = observation.label();
        if (observation.denominator().isEmpty()) {
            throw new IllegalArgumentException("Invalid value for denominator of " + label + " (required on a "
                    + type.code() + " chart): none");
        }
        BigDecimal numerator = observation.numerator().orElseThrow();
        BigDecimal denominator = observation.denominator().get();
        Observation.checkFraction(label, numerator, denominator);
        if (proportion && numerator.compareTo(denominator) > 0) {
            throw new IllegalArgumentException("Invalid value for numerator of " + label
                    + " (at most the denominator " + denominator.toPlainString() + " on a " + type.code()
                    + " chart): " + numerator.toPlainString());
        }
        return Optional.of(numerator.divide(denominator, CONTEXT));
    }

    /**
     * Returns the spread of the lines, or empty for not enough data.
     *
     * @param centre  the unscaled centre
     * @param standardErrors  each point's unscaled standard error, empty for a gap
     */
    abstract Optional<Spread> spread(Input input, BigDecimal centre, List<Optional<BigDecimal>> standardErrors);

    @Override
    final Fit fit(Input input) {
        if (input.calculation().size() < input.ruleSet().minimumPoints()) {
            return input.notEnoughData();
        }
        BigDecimal numerators = BigDecimal.ZERO;
        BigDecimal denominators = BigDecimal.ZERO;
        for (int i : input.calculation()) {
            numerators = numerators.add(input.series().get(i).numerator().orElseThrow());
            denominators = denominators.add(input.series().get(i).denominator().orElseThrow());
        }
        BigDecimal centre = numerators.divide(denominators, CONTEXT);
        BigDecimal variance = proportion ? centre.multiply(BigDecimal.ONE.subtract(centre), CONTEXT) : centre;
        List<Optional<BigDecimal>> standardErrors = new ArrayList<>();
        for (int i = 0; i < input.series().size(); i++) {
            Optional<BigDecimal> denominator = input.plotted().get(i).isPresent()
                    ? input.series().get(i).denominator() : Optional.empty();
            standardErrors.add(denominator.map(d -> variance.divide(d, CONTEXT).sqrt(CONTEXT)));
        }
        Optional<Spread> found = variance.signum() == 0
                ? Optional.of(new Spread(BigDecimal.ZERO, Optional.empty(), 0, 0, none(input)))
                : spread(input, centre, standardErrors);
        if (found.isEmpty()) {
            return input.notEnoughData();
        }
        Spread spread = found.get();
        BigDecimal multiplier = input.setup().multiplier();
        BigDecimal scaledCentre = centre.multiply(multiplier);
        List<Optional<SpcLimits>> lines = new ArrayList<>();
        for (int i = input.start(); i < input.end(); i++) {
            lines.add(standardErrors.get(i).map(error -> {
                BigDecimal sigma = error.multiply(spread.factor(), CONTEXT).multiply(multiplier);
                SpcLimits limits = SpcLimits.symmetric(scaledCentre, sigma, THREE.multiply(sigma)).atLeast(
                        BigDecimal.ZERO);
                return proportion ? limits.atMost(multiplier) : limits;
            }));
        }
        SpcPhase phase = new SpcPhase(input.start(), input.end(), input.baseline(), input.calculation().size(),
                Optional.of(scaledCentre), spread.meanMovingRange(), spread.movingRanges(), spread.screened());
        return new Fit(phase, lines, spread.pointMovingRanges());
    }
}
