package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportRow;
import org.outturn.rules.report.ReportSelection;

final class ReportAssessmentDatasetsTest {

    @Test
    void print() {
        for (var doc : java.util.List.of(Datasets.bromleyChildren(), Datasets.bexleyTheme1())) {
            for (var sel : java.util.List.of(ReportSelection.all(), ReportSelection.latest())) {
                ReportAssessment r = ReportAssessment.of(doc, sel);
                System.out.println("XX " + r);
                for (ReportRow row : r.rows()) {
                    if (row.published().isPresent() || sel.isLatest()) {
                        System.out.println("XX   " + row);
                    }
                }
                System.out.println("XX tally " + r.tally() + " published " + r.publishedTally());
            }
        }
        assertThat(1).isEqualTo(1);
    }
}
