package org.outturn.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.outturn.core.Fraction;
import org.outturn.core.Outturn;
import org.outturn.core.Unit;

/**
 * Confidence intervals of an {@link Outturn} from its numerator and denominator, by the method its
 * unit implies: a {@linkplain Unit.Kind#PERCENTAGE percentage} gets
 * {@linkplain Proportions Wilson's score interval} times 100, a {@linkplain Unit.Kind#RATE rate} per a
 * base gets the {@linkplain Rates crude rate's} exact Poisson limits below 10 events and Byars' from 10.
 *
 * <p>For example an outturn of {@code 1.5} with fraction {@code 104/7042} as {@code percentage:1}
 * gets the estimate 1.47685... with the 95% interval 1.2204 - 1.7862. An outturn without a
 * fraction gets a {@linkplain NotComputableReason#MISSING_VALUE not computable} estimate. The
 * estimate's value is the fraction's exact value, not the outturn's published (rounded) value.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Intervals {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Intervals() {
    }

    /**
     * Returns the estimate of an outturn's fraction by the method its unit implies.
     *
     * @param outturn  the outturn, not null
     * @param unit  the indicator's unit, a percentage or a rate, not null
     * @param levels  the confidence levels, at least one
     * @return the estimate: method {@link IntervalMethod#WILSON} for a percentage,
     *     {@link IntervalMethod#EXACT_POISSON} or {@link IntervalMethod#BYARS} for a rate (Byars when
     *     the fraction is missing); not null
     * @throws IllegalArgumentException if the unit is neither a percentage nor a rate
     *     ({@code Invalid value for unit (an interval needs a percentage or a rate): count:0}), a
     *     percentage's numerator exceeds its denominator, or no level is given
     */
    public static Estimate forOutturn(Outturn outturn, Unit unit, Confidence... levels) {
        Objects.requireNonNull(outturn, "outturn");
        Objects.requireNonNull(unit, "unit");
        List<Confidence> asked = Checks.levels(levels);
        IntervalMethod method;
        BigDecimal multiplier;
        if (unit.kind() == Unit.Kind.PERCENTAGE) {
            method = IntervalMethod.WILSON;
            multiplier = HUNDRED;
        } else if (unit.kind() == Unit.Kind.RATE) {
            method = IntervalMethod.BYARS;
            multiplier = BigDecimal.valueOf(unit.rateBase().getAsLong());
        } else {
            throw Checks.invalid("unit", "an interval needs a percentage or a rate", unit);
        }
        if (outturn.fraction().isEmpty()) {
            return Estimate.notComputable(method, multiplier, NotComputableReason.MISSING_VALUE);
        }
        Fraction fraction = outturn.fraction().get();
        if (method == IntervalMethod.WILSON) {
            return Proportions.of(fraction.numerator(), fraction.denominator(), multiplier, asked);
        }
        return Rates.of(fraction.numerator(), fraction.denominator(), multiplier,
                Rates.DEFAULT_BYARS_MINIMUM_EVENTS, asked);
    }
}
