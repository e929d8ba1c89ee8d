package org.outturn.stats.spc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The t chart, as {@link SpcChart} describes it: XmR on y = t<sup>1/3.6</sup>, the lines
 * back-transformed by y<sup>3.6</sup>.
 */
final class TMethod extends ChartMethod {

    private static final MathContext WORKING = MathContext.DECIMAL128;

    @Override
    Optional<BigDecimal> statistic(Observation observation, SpcSetup setup) {
        return notNegative(observation, "time between events", ChartType.T);
    }

    @Override
    Fit fit(Input input) {
        List<Optional<BigDecimal>> transformed = new ArrayList<>();
        for (Optional<BigDecimal> value : input.plotted()) {
            transformed.add(value.map(TMethod::transform));
        }
        Optional<XmrMethod.Individuals> fitted = XmrMethod.Individuals.of(transformed, input);
        if (fitted.isEmpty()) {
            return input.notEnoughData();
        }
        XmrMethod.Individuals individuals = fitted.get();
        SpcLimits y = individuals.limits();
        SpcLimits limits = new SpcLimits(back(y.centre()), y.sigma(), back(y.lowerProcess()),
                back(y.upperProcess()), back(y.lowerTwoSigma()), back(y.upperTwoSigma()), back(y.lowerOneSigma()),
                back(y.upperOneSigma()));
        SpcPhase phase = new SpcPhase(input.start(), input.end(), input.baseline(), input.calculation().size(),
                Optional.of(limits.centre()), Optional.of(individuals.meanMovingRange()), individuals.movingRanges(),
                individuals.screened());
        return new Fit(phase, constant(input, limits), input.movingRanges(transformed));
    }

    /** t<sup>1/3.6</sup> = (t<sup>5</sup>)<sup>1/18</sup>, to 16 significant digits. */
    static BigDecimal transform(BigDecimal t) {
        return root(t.pow(5), 18).round(CONTEXT);
    }

    /** y<sup>3.6</sup> = (y<sup>18</sup>)<sup>1/5</sup> to 16 significant digits; 0 for y at or below 0. */
    static BigDecimal back(BigDecimal y) {
        if (y.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return root(y.pow(18, WORKING), 5).round(CONTEXT);
    }

    /** The positive n-th root of a non-negative number, by Newton's method to 34 significant digits. */
    static BigDecimal root(BigDecimal a, int n) {
        if (a.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal degree = BigDecimal.valueOf(n);
        double guess = Math.pow(a.doubleValue(), 1.0 / n);
        BigDecimal x = Double.isFinite(guess) && guess > 0 ? new BigDecimal(guess, WORKING) : BigDecimal.ONE;
        for (int i = 0; i < 200; i++) {
            BigDecimal next = degree.subtract(BigDecimal.ONE).multiply(x)
                    .add(a.divide(x.pow(n - 1, WORKING), WORKING)).divide(degree, WORKING);
            if (next.compareTo(x) == 0) {
                return next;
            }
            x = next;
        }
        return x;
    }
}
