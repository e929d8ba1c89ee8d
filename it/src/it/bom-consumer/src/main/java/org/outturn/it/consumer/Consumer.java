package org.outturn.it.consumer;

import java.math.BigDecimal;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.ReportingMonth;
import org.outturn.core.Target;
import org.outturn.core.Unit;

/**
 * Uses Outturn's public API the way a user's code would.
 */
public final class Consumer {

    private Consumer() {
    }

    /**
     * Builds an indicator with an annual target and describes a month's outturn against it.
     *
     * @return a line such as {@code CS_06 Mar-2025: 93.89% against single 95.00}
     */
    public static String describe() {
        FinancialYear year = FinancialYear.parse("2024/25");
        Indicator indicator = Indicator.builder()
                .code("CS_06")
                .title("Percentage of Care Leavers in Suitable Accommodation (aged 19, 20 and 21)")
                .unit(Unit.percentage(2))
                .polarity(Polarity.HIGHER_IS_BETTER)
                .frequency(Frequency.MONTHLY)
                .putTargets(year, Target.single(new BigDecimal("95.00")))
                .build();
        Outturn march = Outturn.of(ReportingMonth.parse("Mar-25"), new BigDecimal("93.89"));
        return indicator.code() + " " + march.period() + ": "
                + indicator.unit().format(march.value().orElseThrow())
                + " against " + indicator.targetFor(march.period()).orElseThrow();
    }

    /**
     * Builds an indicator with only its code set.
     *
     * @return never returns normally
     */
    public static Indicator incomplete() {
        return Indicator.builder().code("CS_06").build();
    }
}
