package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.outturn.csv.ImportOptions;
import org.outturn.csv.OutturnCsv;
import org.outturn.csv.TableMapping;
import org.outturn.json.OutturnJson;
import org.outturn.rules.report.OutturnDocument;

/** The bundled datasets' spreadsheet twins import to the same documents as their JSON. */
final class DatasetTwinsTest {

    private static final Path DATASETS = Path.of("src/main/resources/org/outturn/examples/datasets");

    @Test
    void bexleyTheme1Csv_withItsMapping_importsToTheJsonDocument() {
        ImportOptions options = ImportOptions.defaults().withMapping(
                TableMapping.read(DATASETS.resolve("bexley-priority-theme-1-2024-25.mapping.json")));
        OutturnDocument twin = OutturnCsv.read(DATASETS.resolve("bexley-priority-theme-1-2024-25.csv"), options);
        OutturnDocument json = Datasets.bexleyTheme1();
        assertThat(twin.indicators()).containsExactlyElementsOf(json.indicators());
        assertThat(twin).isEqualTo(json);
        assertThat(OutturnJson.strict().write(twin)).isEqualTo(OutturnJson.strict().write(json));
    }

    @Test
    void bromleyChildrenCsv_longTableWithItsMapping_importsToTheJsonDocument() {
        ImportOptions options = ImportOptions.defaults().withMapping(
                TableMapping.read(DATASETS.resolve("bromley-children-2022-23.mapping.json")));
        OutturnDocument twin = OutturnCsv.read(DATASETS.resolve("bromley-children-2022-23.csv"), options);
        OutturnDocument json = Datasets.bromleyChildren();
        assertThat(twin.indicators()).containsExactlyElementsOf(json.indicators());
        assertThat(twin).isEqualTo(json);
    }

    @Test
    void importCommand_bundledTwinWithMapping_writesTheDatasetsJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"import", "--mapping",
                DATASETS.resolve("bexley-priority-theme-1-2024-25.mapping.json").toString(),
                "bexley-priority-theme-1-2024-25.csv"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(OutturnJson.strict().read(out.toString(StandardCharsets.UTF_8))).isEqualTo(Datasets.bexleyTheme1());
    }
}
