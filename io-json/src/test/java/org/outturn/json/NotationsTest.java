package org.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.ReportingMonth;
import org.outturn.core.Unit;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

/** Period keys and units written from the notations a write keeps, within and beyond {@link Notations#MAX}. */
final class NotationsTest {

    /** A document of two indicators (percentage and count units) with the given number of monthly outturns each. */
    private static OutturnDocument months(int count) {
        List<IndicatorEntry> entries = new ArrayList<>();
        for (Unit unit : List.of(Unit.percentage(1), Unit.count(0))) {
            Indicator indicator = Indicator.builder().code("M_" + unit.toString().replace(':', '_')).title("Months")
                    .unit(unit).polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.MONTHLY).build();
            List<Outturn> outturns = new ArrayList<>();
            for (int m = 0; m < count; m++) {
                outturns.add(Outturn.of(ReportingMonth.of(2000, 1).plusMonths(m), BigDecimal.valueOf(m, 1)));
            }
            entries.add(IndicatorEntry.of(indicator, outturns));
        }
        return OutturnDocument.of(entries);
    }

    @Test
    void write_fewerPeriodsThanKept_keysAndUnitsAsToString() {
        String json = OutturnJson.strict().write(months(12));
        assertThat(json).contains("\"Jan-2000\" : {").contains("\"Dec-2000\" : {")
                .contains("\"unit\" : \"percentage:1\"").contains("\"unit\" : \"count:0\"");
        assertThat(OutturnJson.strict().read(json)).isEqualTo(months(12));
    }

    @Test
    void write_morePeriodsThanKept_theRestWrittenFromToString() {
        int count = Notations.MAX + 100;
        OutturnDocument document = months(count);
        String json = OutturnJson.strict().write(document);
        ReportingMonth last = ReportingMonth.of(2000, 1).plusMonths(count - 1);
        assertThat(json).contains("\"Jan-2000\" : {").contains("\"" + last + "\" : {");
        assertThat(OutturnJson.strict().read(json)).isEqualTo(document);
        // Written twice, the same bytes: the second indicator's keys come from the kept notations and toString().
        assertThat(OutturnJson.strict().write(OutturnJson.strict().read(json))).isEqualTo(json);
    }
}
