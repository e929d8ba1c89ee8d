package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outturn.csv.Table;
import org.outturn.json.OutturnJson;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.xlsx.OutturnXlsx;

/** outturn import, and assess/check/summary on spreadsheets. */
final class CliImportTest {

    private static final String DIR = "src/test/resources/org/outturn/examples/cli/";
    private static final String TRACKER = DIR + "tracker.csv";
    private static final String BAD = DIR + "bad-tracker.csv";
    private static final String POLICY = "{\"name\": \"five\", \"strategy\": \"tolerance\", "
            + "\"parameters\": {\"tolerance\": \"relative 5%\"}}";

    private record Result(int status, byte[] bytes, String err) {
        String out() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void import_csv_writesTheDocumentToStandardOutput() {
        Result result = run("import", TRACKER);
        assertThat(result.status()).as(result.err()).isZero();
        OutturnDocument document = OutturnJson.strict().read(result.out());
        assertThat(document.indicators()).hasSize(12);
    }

    @Test
    void import_output_writesTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tracker.json");
        Result result = run("import", "--policy", POLICY, "-o", file.toString(), TRACKER);
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.err()).isEqualTo("outturn: wrote 12 indicators, 24 outturns to " + file + "\n");
        OutturnDocument document = OutturnJson.strict().read(file);
        assertThat(document.defaultPolicy()).contains("five");
    }

    @Test
    void import_badCells_listsEveryProblemWithRowAndColumn() {
        Result result = run("import", BAD);
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).startsWith(BAD + ": 2 problems in bad-tracker.csv:\n"
                + "  bad-tracker.csv!C2 (2024/25) '12..5': Text '12..5' could not be read as a value: ")
                .contains("\n  bad-tracker.csv!B3 (Polarity) 'Up': Unknown polarity: 'Up'");
    }

    @Test
    void import_lenient_keepsWhatItCanAndNotesTheRest() {
        Result result = run("import", "--lenient", BAD);
        assertThat(result.status()).as(result.err()).isZero();
        OutturnDocument document = OutturnJson.strict().read(result.out());
        assertThat(document.notes()).anyMatch(note -> note.startsWith("Skipped bad-tracker.csv!C2 (2024/25) '12..5'"))
                .anyMatch(note -> note.startsWith("Skipped bad-tracker.csv!B3 (Polarity) 'Up'"));
    }

    @Test
    void assess_csvWithPolicy_ratesIt() {
        Result result = run("assess", "--policy", POLICY, "--period", "2024/25", "--format", "csv", TRACKER);
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("\r\nAD_01,\"Adults supported to live at home\",\"Higher is better\",ANNUAL,"
                + "count:0,2024/25,19900,,,19000,single,19000,,,,Green,,,Green,Agrees,Improving,");
    }

    @Test
    void check_csv_countsIt() {
        Result result = run("check", TRACKER);
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("OK: 12 indicators, 24 outturns");
    }

    @Test
    void summary_csv_countsIt() {
        Result result = run("summary", "--published", TRACKER);
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("Green");
    }

    @Test
    void assess_formatXlsx_writesAWorkbookWithASheetAndASummary() {
        Result result = run("assess", "--format", "xlsx", TRACKER);
        assertThat(result.status()).as(result.err()).isZero();
        List<Table> tables = OutturnXlsx.readTables(new ByteArrayInputStream(result.bytes()));
        assertThat(tables).extracting(Table::name).containsExactly("Report", "Summary");
        assertThat(tables.get(0).rows()).hasSize(25);
    }

    @Test
    void import_xlsxSheet_readsTheNamedSheet(@TempDir Path dir) throws IOException {
        Path workbook = dir.resolve("tracker.xlsx");
        Result export = run("assess", "--format", "xlsx", TRACKER);
        Files.write(workbook, export.bytes());
        Result result = run("import", "--sheet", "Report", workbook.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(OutturnJson.strict().read(result.out()).indicators()).hasSize(12);
        assertThat(run("import", "--sheet", "Nope", workbook.toString()).err())
                .isEqualTo(workbook + ": 1 problem in Nope:\n  Nope: no sheet of that name (sheets: Report, Summary)\n");
    }

    @Test
    void import_presetWithoutArea_isAUsageError() {
        Result result = run("import", "--preset", "fingertips", TRACKER);
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).startsWith("outturn: options --preset fingertips and --area CODE go together\n");
    }

    @Test
    void import_badPolicy_isInvalidInput() {
        Result result = run("import", "--policy", "{\"name\": 1}", TRACKER);
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).startsWith("outturn: invalid policy for --policy: ");
    }
}
