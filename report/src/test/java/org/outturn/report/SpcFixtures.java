package org.outturn.report;

import java.util.ArrayList;
import java.util.List;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.ReportingMonth;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.stats.spc.Observation;
import org.outturn.stats.spc.RuleSet;
import org.outturn.stats.spc.ChartType;
import org.outturn.stats.spc.SpcChart;
import org.outturn.stats.spc.SpcSetup;

/** The SPC tests' series: thirteen months, one missing, the last a special cause (see SpcViewTest). */
final class SpcFixtures {

    static final String[] VALUES = {"10", "14", "10", "14", "10", "14", null, "10", "14", "10", "14", "10", "30"};

    private SpcFixtures() {
    }

    /** A monthly percentage indicator with target 20 (none without a polarity), Apr-2022 to Apr-2023, Oct-2022 not yet available. */
    static IndicatorEntry entry(Polarity polarity) {
        Indicator.Builder builder = Indicator.builder().code("SPC_1").title("Indicator SPC_1 <&>")
                .unit(Unit.percentage(1)).polarity(polarity).frequency(Frequency.MONTHLY);
        if (polarity.isDirectional()) {
            builder.putTargets(FinancialYear.parse("2022/23"), Target.single(Fixtures.d("20")))
                    .putTargets(FinancialYear.parse("2023/24"), Target.single(Fixtures.d("20")));
        }
        Indicator indicator = builder.build();
        List<Outturn> outturns = new ArrayList<>();
        ReportingMonth month = ReportingMonth.parse("Apr-2022");
        for (String value : VALUES) {
            outturns.add(value == null ? Outturn.missing(month, MissingReason.NOT_YET_AVAILABLE)
                    : Outturn.of(month, Fixtures.d(value)));
            month = month.next();
        }
        return IndicatorEntry.of(indicator, outturns);
    }

    /** The entry's months as observations, gaps kept. */
    static List<Observation> series(IndicatorEntry entry) {
        List<Observation> series = new ArrayList<>();
        for (ReportingPeriod period : entry.outturns().keySet()) {
            series.add(Observation.from(entry.outturns().get(period)));
        }
        return series;
    }

    static SpcChart chart(List<Observation> series, Polarity polarity) {
        return SpcChart.of(ChartType.XMR, series, polarity, RuleSet.standard(), SpcSetup.none());
    }

    static SpcView view(Polarity polarity) {
        IndicatorEntry entry = entry(polarity);
        return SpcView.of(entry, chart(series(entry), polarity));
    }
}
