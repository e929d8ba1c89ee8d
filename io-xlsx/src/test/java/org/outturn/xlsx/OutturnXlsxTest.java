package org.outturn.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.outturn.core.FinancialYear;
import org.outturn.csv.ImportOptions;
import org.outturn.csv.OutturnCsv;
import org.outturn.csv.ReportTable;
import org.outturn.csv.Table;
import org.outturn.csv.TableImport;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportSelection;

/** The council tracker as a workbook made here, and rated reports written as workbooks. */
final class OutturnXlsxTest {

    /** The tracker of io-csv's tests, as CSV. */
    private static final String TRACKER = String.join("\n",
            "Council performance tracker 2024/25,,,,,,,,,",
            "Ref,Performance Indicator,Good is,Frequency,Unit,2023/24,2024/25,Target 2024/25,RAG Year End 24/25,Comments",
            "CS_02,Child protection plans reviewed in timescale,High,Monthly,,95.0 %,98.10%,95-90%,Green,",
            "AD_01,Adults supported to live at home,Higher is better,Annual,Number,\"19,625\",\"19,900\",\">= 19,000\",Green,",
            "AD_02,Delayed transfers of care,Low,Monthly,,-0.07,Data suppressed,<= 10,,",
            "PH_01,Smokers setting a quit date,High,Annual,,1.5% (104/7042),n/a,70% (In line with national or above),,",
            "PH_05,Broken formula,Low,Annual,Count,#DIV/0!,Not due,Data only,,",
            "");

    private static Table csvTable() throws IOException {
        return OutturnCsv.readTable(new java.io.StringReader(TRACKER), "Tracker");
    }

    /** The same tracker as Excel holds it: numbers as numbers with their formats, the rest as text. */
    private static byte[] trackerWorkbook() throws IOException {
        Table table = csvTable();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        workbook.newWorksheet("Cover").value(0, 0, "See the Tracker sheet");
        Worksheet sheet = workbook.newWorksheet("Tracker");
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.rows().get(r).size(); c++) {
                sheet.value(r, c, table.cell(r, c));
            }
        }
        // Excel stores 98.10% as 0.981 shown as 0.00%, 95.0 % as 0.95 shown as 0.0%, 19,625 as a number
        // shown as #,##0, and -0.07 as a number.
        sheet.value(2, 5, new BigDecimal("0.95"));
        sheet.style(2, 5).format("0.0%").set();
        sheet.value(2, 6, new BigDecimal("0.981"));
        sheet.style(2, 6).format("0.00%").set();
        sheet.value(3, 5, 19625);
        sheet.style(3, 5).format("#,##0").set();
        sheet.value(4, 5, new BigDecimal("-0.07"));
        workbook.finish();
        return out.toByteArray();
    }

    @Test
    void read_trackerWorkbook_importsToTheSameIndicatorsAsTheCsv() throws IOException {
        ImportOptions options = ImportOptions.defaults().withSheet("Tracker");
        OutturnDocument fromXlsx = OutturnXlsx.read(new ByteArrayInputStream(trackerWorkbook()), options);
        OutturnDocument fromCsv = TableImport.read(csvTable(), ImportOptions.defaults());
        assertThat(fromXlsx.indicators()).isEqualTo(fromCsv.indicators());
        assertThat(fromXlsx.indicator("CS_02").orElseThrow().outturns().get(FinancialYear.parse("2024/25"))
                .value()).contains(new BigDecimal("98.10"));
    }

    @Test
    void readTables_numbersAsShown() throws IOException {
        List<Table> tables = OutturnXlsx.readTables(new ByteArrayInputStream(trackerWorkbook()));
        assertThat(tables).extracting(Table::name).containsExactly("Cover", "Tracker");
        Table tracker = tables.get(1);
        assertThat(List.of(tracker.cell(2, 5), tracker.cell(2, 6), tracker.cell(3, 5), tracker.cell(4, 5)))
                .containsExactly("95.0%", "98.10%", "19625", "-0.07");
    }

    @Test
    void write_reports_oneSheetEachAndASummary_thenImportsToTheSameValues() throws IOException {
        OutturnDocument document = TableImport.read(csvTable(), ImportOptions.defaults());
        ReportAssessment report = ReportAssessment.of(document, ReportSelection.all());
        Map<String, ReportAssessment> reports = new LinkedHashMap<>();
        reports.put("Tracker: all periods", report);
        reports.put("Latest", ReportAssessment.of(document, ReportSelection.latest()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutturnXlsx.write(reports, out);
        List<Table> tables = OutturnXlsx.readTables(new ByteArrayInputStream(out.toByteArray()));
        assertThat(tables).extracting(Table::name).containsExactly("Tracker  all periods", "Latest", "Summary");
        assertThat(tables.get(0).rows().get(0)).isEqualTo(ReportTable.COLUMNS);
        assertThat(tables.get(0).rows()).hasSize(report.rows().size() + 1);
        assertThat(tables.get(2).rows().get(0)).containsExactly("report", "rows", "Green", "Amber", "Red", "Blue",
                "unrated", "reconciliation");
        OutturnDocument read = TableImport.read(tables.get(0), ImportOptions.defaults());
        for (IndicatorEntry entry : document.indicators()) {
            IndicatorEntry back = read.indicator(entry.indicator().code()).orElseThrow();
            assertThat(back.indicator().unit()).isEqualTo(entry.indicator().unit());
            entry.outturns().forEach((period, outturn) -> {
                assertThat(back.outturns().get(period).value()).isEqualTo(outturn.value());
                assertThat(back.outturns().get(period).fraction()).isEqualTo(outturn.fraction());
                assertThat(back.outturns().get(period).missingReason()).isEqualTo(outturn.missingReason());
            });
        }
    }

    @Test
    void sheetName_cutToExcelsLimitWithoutItsForbiddenCharacters() {
        assertThat(OutturnXlsx.sheetName("Bexley annual performance report 2024/25, priority theme 1"))
                .isEqualTo("Bexley annual performance repor");
        assertThat(OutturnXlsx.sheetName("a[b]c:d*e?f/g\\h")).isEqualTo("a b c d e f g h");
    }
}
