package org.outturn.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.outturn.core.Outturn;
import org.outturn.core.ReportingPeriod;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportSelection;

/** Document, CSV export, import: the same values. */
final class RoundTripTest {

    static void assertSameValues(OutturnDocument expected, OutturnDocument actual) {
        assertThat(actual.indicators()).extracting(entry -> entry.indicator().code())
                .containsExactlyElementsOf(expected.indicators().stream().map(entry -> entry.indicator().code()).toList());
        for (IndicatorEntry entry : expected.indicators()) {
            IndicatorEntry read = actual.indicator(entry.indicator().code()).orElseThrow();
            assertThat(read.indicator().unit()).isEqualTo(entry.indicator().unit());
            assertThat(read.indicator().polarity()).isEqualTo(entry.indicator().polarity());
            assertThat(read.indicator().frequency()).isEqualTo(entry.indicator().frequency());
            assertThat(read.outturns().keySet()).isEqualTo(entry.outturns().keySet());
            for (ReportingPeriod period : entry.outturns().keySet()) {
                Outturn want = entry.outturns().get(period);
                Outturn got = read.outturns().get(period);
                assertThat(got.value()).as(entry.indicator().code() + " " + period).isEqualTo(want.value());
                assertThat(got.fraction()).isEqualTo(want.fraction());
                assertThat(got.missingReason()).isEqualTo(want.missingReason());
                assertThat(read.indicator().targetFor(period)).isEqualTo(entry.indicator().targetFor(period));
            }
        }
    }

    @Test
    void export_thenImport_givesTheSameValues() throws IOException {
        OutturnDocument document = TrackerImportTest.tracker(ImportOptions.defaults());
        StringWriter csv = new StringWriter();
        OutturnCsv.write(ReportAssessment.of(document, ReportSelection.all()), csv);
        OutturnDocument read = OutturnCsv.read(new StringReader(csv.toString()), "export.csv", ImportOptions.defaults());
        assertSameValues(document, read);
        assertThat(read.notes()).contains("Columns not imported from export.csv: K (target_kind), L (target_green), "
                + "M (target_red), N (band_low), O (band_high), P (assessed_rag), Q (unrated_reason), "
                + "R (unrated_reason_name), T (agreement), U (direction), V (explanation)");
    }

    @Test
    void export_header_isTheDocumentedColumns() throws IOException {
        StringWriter csv = new StringWriter();
        OutturnCsv.write(ReportAssessment.of(TrackerImportTest.tracker(ImportOptions.defaults()),
                ReportSelection.all()), csv);
        assertThat(csv.toString()).startsWith("code,title,polarity,frequency,unit,period,value,count,denominator,"
                + "target,target_kind,target_green,target_red,band_low,band_high,assessed_rag,unrated_reason,"
                + "unrated_reason_name,published_rag,agreement,direction,explanation\r\n"
                + "CS_01,\"Re-referrals to children's social care within 12 months\",\"Lower is better\",QUARTERLY,"
                + "percentage:1,2023/24,19.5,,,");
    }
}
