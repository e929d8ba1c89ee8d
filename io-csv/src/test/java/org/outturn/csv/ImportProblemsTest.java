package org.outturn.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outturn.rules.report.OutturnDocument;

/** One test per import error message, each naming sheet, row, column and cell. */
final class ImportProblemsTest {

    private static OutturnDocument read(String csv, ImportOptions options) {
        return OutturnCsv.read(new StringReader(csv), "t.csv", options);
    }

    private static List<String> problems(String csv) {
        try {
            read(csv, ImportOptions.defaults());
        } catch (TableImportException ex) {
            return ex.problems().stream().map(ImportProblem::toString).toList();
        }
        throw new AssertionError("no problem in " + csv);
    }

    @Test
    void read_unreadableValue_namesSheetRowColumnHeaderAndText() {
        assertThat(problems("Ref,Polarity,2024/25\nA,High,12..5\n")).containsExactly(
                "t.csv!C2 (2024/25) '12..5': Text '12..5' could not be read as a value: expected a number as "
                        + "printed, such as 19,625, -0.07, 95%, £1.2m, 1.5% (104/7042) or 46 per 10,000");
    }

    @Test
    void read_everyProblem_isListedInOneException() {
        assertThatThrownBy(() -> read("Ref,Polarity,2024/25\nA,Up,1\nB,High,x\n", ImportOptions.defaults()))
                .isInstanceOf(TableImportException.class)
                .hasMessageStartingWith("2 problems in t.csv:\n  t.csv!B2 (Polarity) 'Up': Unknown polarity: 'Up'")
                .hasMessageContaining("\n  t.csv!C3 (2024/25) 'x': Text 'x' could not be read as a value");
    }

    @Test
    void read_unreadableTarget_namesTheCell() {
        assertThat(problems("Ref,Polarity,2024/25,Target\nA,High,1,> 95%\n")).hasSize(1).first().asString()
                .startsWith("t.csv!D2 (Target) '> 95%': ");
    }

    @Test
    void read_unreadableRag_namesTheCell() {
        assertThat(problems("Ref,Polarity,2024/25,RAG\nA,High,1,Purple\n")).containsExactly(
                "t.csv!D2 (RAG) 'Purple': Text 'Purple' could not be read as a RAG rating: expected Red, Amber, "
                        + "Green, Blue (or R, A, G, B), No Target, Not a target measure, or an unrated reason and its "
                        + "detail such as 'No value: Target of 18.7'");
    }

    @Test
    void read_unknownMeasureType_namesTheCellAndListsTheTypes() {
        assertThat(problems("Ref,Polarity,Measure type,2024/25\nA,High,Weekly,1\n")).containsExactly(
                "t.csv!C2 (Measure type) 'Weekly': Unknown measure type: 'Weekly' (accepted: Snapshot, "
                        + "Cumulative year to date, Rolling 12 months)");
    }

    @Test
    void read_measureTypeInWords_isRead() {
        OutturnDocument document = read("Ref,Polarity,Measure type,2024/25\nA,High,Cumulative year to date,1\n",
                ImportOptions.defaults());
        assertThat(document.indicators().get(0).indicator().measureType())
                .isEqualTo(org.outturn.core.MeasureType.CUMULATIVE_YEAR_TO_DATE);
    }

    @Test
    void read_unknownUnit_namesTheCell() {
        assertThat(problems("Ref,Polarity,Unit,2024/25\nA,High,parsecs,1\n")).containsExactly(
                "t.csv!C2 (Unit) 'parsecs': Unknown unit: 'parsecs' (accepted: a unit such as percentage:1 or "
                        + "rate-per-10000:0, or %, Percentage, Number, Count, Score, Ratio, Average, £, Days, per 1,000, "
                        + "per 10,000, per 100,000)");
    }

    @Test
    void read_valueAgainstUnit_namesTheCell() {
        assertThat(problems("Ref,Polarity,Unit,2024/25\nA,High,Number,95%\n")).containsExactly(
                "t.csv!D2 (2024/25) '95%': Text '95%' could not be read as a value of unit count:0: it is a percentage");
    }

    @Test
    void read_rowWithoutReference_namesTheRow() {
        assertThat(problems("Ref,Polarity,2024/25\n,High,1\n")).containsExactly(
                "t.csv row 2: no reference in column A (Ref)");
    }

    @Test
    void read_repeatedReference_namesBothRows() {
        assertThat(problems("Ref,Polarity,2024/25\nA,High,1\nA,High,2\n")).containsExactly(
                "t.csv row 3: the reference A is already on row 2");
    }

    @Test
    void read_noHeader_isAProblemOfTheSheet() {
        assertThat(problems("x,y\n1,2\n")).containsExactly("t.csv: no header row: no cell in the first 2 rows names a "
                + "reference or title column (Ref, Reference, Code, PI, Indicator, Measure, Title, Performance "
                + "Indicator)");
    }

    @Test
    void read_noPeriodColumns_isAProblemOfTheSheet() {
        assertThat(problems("Ref,Polarity\nA,High\n")).containsExactly("t.csv: no period columns (headers such as "
                + "2024/25, Apr-22, 2024 Q1 or Year to Date) and no Period column");
    }

    @Test
    void read_periodWithoutValueColumn_isAProblemOfTheSheet() {
        assertThat(problems("Ref,Period\nA,2024/25\n")).containsExactly("t.csv: a Period column but no Value column");
    }

    @Test
    void read_twoColumnsForOnePeriod_namesTheSecond() {
        assertThat(problems("Ref,Polarity,2024/25,2024/2025\nA,High,1,2\n")).containsExactly(
                "t.csv!D1 '2024/2025': column C '2024/25' already gives the values for 2024/25");
    }

    @Test
    void read_yearToDateWithoutMonths_namesTheHeader() {
        assertThat(problems("Ref,Polarity,2024/25,Year to Date\nA,High,1,2\n")).containsExactly(
                "t.csv!D1 'Year to Date': no month columns to say which year to date this is; name its period in the "
                        + "mapping's periods, such as \"2024/25 YTD Sep-2024\"");
    }

    @Test
    void read_unreadablePeriodInLongTable_namesTheCell() {
        assertThat(problems("Ref,Polarity,Period,Value\nA,High,2024/26,1\n")).hasSize(1).first().asString()
                .startsWith("t.csv!C2 (Period) '2024/26': Text '2024/26' could not be parsed");
    }

    @Test
    void read_unknownSheet_listsTheSheets() {
        assertThatThrownBy(() -> TableImport.read(List.of(Table.of("One", List.of()), Table.of("Two", List.of())),
                ImportOptions.defaults().withSheet("Three")))
                .hasMessage("1 problem in Three:\n  Three: no sheet of that name (sheets: One, Two)");
    }

    @Test
    void read_undefinedPolicy_isAProblemOfTheSheet() {
        assertThat(problems("Ref,Polarity,Policy,2024/25\nA,High,nope,1\n")).hasSize(1).first().asString()
                .startsWith("t.csv: Invalid value for policy of A");
    }

    @Test
    void read_lenient_skipsEachBadCellWithANote() {
        OutturnDocument document = read("Ref,Polarity,2024/25,2023/24\nA,High,12..5,3\n,High,1,1\n",
                ImportOptions.defaults().withLenient(true));
        assertThat(document.indicators()).hasSize(1);
        assertThat(document.indicators().get(0).outturns()).hasSize(1);
        assertThat(document.notes()).contains(
                "Skipped t.csv!C2 (2024/25) '12..5': Text '12..5' could not be read as a value: expected a number "
                        + "as printed, such as 19,625, -0.07, 95%, £1.2m, 1.5% (104/7042) or 46 per 10,000",
                "Skipped t.csv row 3: no reference in column A (Ref)");
    }

    @Test
    void read_noFrequencyColumn_notesTheInferredFrequencyInWords() {
        OutturnDocument document = read("Ref,Polarity,2024/25,2023/24\nA,High,1,2\n", ImportOptions.defaults());
        assertThat(document.notes()).contains("A: frequency Annual inferred from its period columns");
    }

    @Test
    void read_unknownColumn_isNotedNotDropped() {
        OutturnDocument document = read("Ref,Polarity,2024/25,Owner\nA,High,1,Jo\n", ImportOptions.defaults());
        assertThat(document.notes()).contains("Columns not imported from t.csv: D (Owner)");
    }

    @Test
    void parse_mappingWithUnknownField_listsTheFields() {
        assertThatThrownBy(() -> TableMapping.parse("{\"colums\": {}}")).hasMessage("Invalid mapping field 'colums' "
                + "(known fields: [columns, defaultPolicy, frequency, headerRow, notes, periods, polarity, policies, "
                + "rangeReading, sheet, source, targetPeriod, title, unit])");
    }

    @Test
    void parse_mappingWithUnknownRole_listsTheRoles() {
        assertThatThrownBy(() -> TableMapping.parse("{\"columns\": {\"KPI No\": \"ref\"}}")).hasMessage(
                "Invalid mapping role for column 'KPI No': 'ref' (known roles: [code, title, unit, polarity, "
                        + "frequency, measureType, frameworkCode, tags, policy, notes, target, rag, period, value, "
                        + "count, denominator, valueNote, lower95, upper95, lower998, upper998, benchmark, ignore])");
    }

    @Test
    void parse_mappingRangeReading_readsARangeAsABand() {
        OutturnDocument document = read("Ref,Polarity,2024/25,Target\nA,Low,5,12-0%\n", ImportOptions.defaults()
                .withMapping(TableMapping.parse("{\"rangeReading\": \"BAND\"}")));
        assertThat(document.indicators().get(0).indicator().targets().values()).containsExactly(
                org.outturn.core.Target.band(java.math.BigDecimal.ZERO, new java.math.BigDecimal("12")));
        assertThatThrownBy(() -> TableMapping.parse("{\"rangeReading\": \"band\"}")).hasMessage(
                "Invalid mapping field rangeReading (one of [BY_POLARITY, THRESHOLDS, BAND]): 'band'");
    }
}
