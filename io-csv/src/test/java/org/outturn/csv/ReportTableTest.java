package org.outturn.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.RagStrategies;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportSelection;

final class ReportTableTest {

    @Test
    void of_floorTarget_exportsItsKindValueAndFloor() {
        FinancialYear year = FinancialYear.parse("2024/25");
        Indicator indicator = Indicator.builder().code("ED_01").title("Pupils meeting the expected standard")
                .unit(Unit.percentage(0)).polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.ANNUAL)
                .putTargets(year, Target.withFloor(new BigDecimal("95"), new BigDecimal("90"))).build();
        RagPolicy floors = RagPolicy.of("floors", RagStrategies.floor());
        OutturnDocument document = OutturnDocument.of(null, null, List.of(), List.of(floors), "floors",
                List.of(IndicatorEntry.of(indicator, List.of(Outturn.of(year, new BigDecimal("92"))))));

        ReportTable table = ReportTable.of(ReportAssessment.of(document, ReportSelection.all()));

        List<String> row = table.rows().get(0);
        assertThat(row.get(ReportTable.COLUMNS.indexOf("target_kind"))).isEqualTo("withFloor");
        assertThat(row.get(ReportTable.COLUMNS.indexOf("target_green"))).isEqualTo("95");
        assertThat(row.get(ReportTable.COLUMNS.indexOf("target_red"))).isEqualTo("90");
        assertThat(row.get(ReportTable.COLUMNS.indexOf("assessed_rag"))).isEqualTo("Amber");
    }
}
