package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.outturn.csv.ImportOptions;
import org.outturn.csv.OutturnCsv;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportSelection;

/** Runs the README's "Spreadsheets in, spreadsheets out" lines, so that the README stays true. */
final class ImportQuickStartTest {

    @Test
    void readme_importInTwoLines_readsAndRatesTheTracker() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme).contains(
                "OutturnDocument document = OutturnCsv.read(Path.of(\"tracker.csv\"), ImportOptions.defaults());\n"
                        + "ReportAssessment report = ReportAssessment.of(document, ReportSelection.all());");
        Path tracker = Path.of("src/test/resources/org/outturn/examples/cli/tracker.csv");

        // --- README "Spreadsheets in, spreadsheets out" ---
        OutturnDocument document = OutturnCsv.read(tracker, ImportOptions.defaults());
        ReportAssessment report = ReportAssessment.of(document, ReportSelection.all());
        // ---

        assertThat(document.indicators()).hasSize(12);
        assertThat(report.rows()).hasSize(24);
        assertThat(report.publishedRows()).hasSize(5);
    }
}
