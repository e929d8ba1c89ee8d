package org.outturn.rules;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rating;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.core.Unit;

/** Small builders shared by the rules tests. */
final class Fixtures {

    static final ReportingPeriod FY = FinancialYear.parse("2024/25");

    private Fixtures() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static Indicator indicator(Polarity polarity, Unit unit) {
        return Indicator.builder().code("T_01").title("Test indicator").unit(unit).polarity(polarity)
                .frequency(Frequency.ANNUAL).build();
    }

    static Indicator indicator(Polarity polarity) {
        return indicator(polarity, Unit.percentage(1));
    }

    static Outturn outturn(String value) {
        return Outturn.of(FY, d(value));
    }

    /** Rates a value with a strategy against a target, through a policy that judges it exactly. */
    static Rating rate(RagStrategy strategy, Polarity polarity, Target target, String value) {
        return RagPolicy.of("test", strategy).assess(indicator(polarity), target, outturn(value)).rating();
    }

    /**
     * A random decimal: zero (at scale 0 to 2) one time in {@code zeroOneIn}, else an unscaled value from 1 to
     * {@code unscaledBelow - 1}, negative one time in {@code negativeOneIn}, at a scale below {@code scalesBelow}.
     */
    static BigDecimal randomDecimal(SplittableRandom random, int zeroOneIn, long unscaledBelow, int negativeOneIn,
            int scalesBelow) {
        if (random.nextInt(zeroOneIn) == 0) {
            return BigDecimal.valueOf(0, random.nextInt(3));
        }
        long unscaled = random.nextLong(1, unscaledBelow);
        return BigDecimal.valueOf(random.nextInt(negativeOneIn) == 0 ? -unscaled : unscaled, random.nextInt(scalesBelow));
    }

    /**
     * A random tolerance, a quarter each: relative up to 100% in hundredths (unscaled below {@code relativeBelow},
     * scale 0 to 2), relative whole per cents up to 20, absolute, or none.
     */
    static Tolerance randomTolerance(SplittableRandom random, int relativeBelow) {
        switch (random.nextInt(4)) {
            case 0:
                return Tolerances.relative(BigDecimal.valueOf(random.nextInt(relativeBelow), random.nextInt(3))
                        .min(BigDecimal.valueOf(100)));
            case 1:
                return Tolerances.relative(BigDecimal.valueOf(random.nextInt(21)));
            case 2:
                return Tolerances.absolute(BigDecimal.valueOf(random.nextInt(1_000), random.nextInt(3)));
            default:
                return Tolerances.none();
        }
    }
}
