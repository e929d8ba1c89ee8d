package org.outturn.rules;

import java.math.BigDecimal;
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
}
