package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.outturn.csv.ImportOptions;
import org.outturn.csv.OutturnCsv;
import org.outturn.csv.TableMapping;
import org.outturn.json.OutturnJson;
import org.outturn.rules.report.OutturnDocument;

/** The bundled datasets' spreadsheet twins import to the same documents as their JSON. */
final class DatasetTwinsTest {

    private static final Path DATASETS = Path.of("src/main/resources/org/outturn/examples/datasets");

    static Stream<Arguments> twins() {
        return Stream.of(Arguments.of("bexley-priority-theme-1-2024-25", Datasets.bexleyTheme1()),
                Arguments.of("bromley-children-2022-23", Datasets.bromleyChildren()));
    }

    /** Bexley's twin is a wide table (a column per year), Bromley's a long one (a row per period). */
    @ParameterizedTest
    @MethodSource("twins")
    void csvTwin_withItsMapping_importsToTheJsonDocument(String name, OutturnDocument json) {
        ImportOptions options = ImportOptions.defaults().withMapping(
                TableMapping.read(DATASETS.resolve(name + ".mapping.json")));
        OutturnDocument twin = OutturnCsv.read(DATASETS.resolve(name + ".csv"), options);
        assertThat(twin.indicators()).containsExactlyElementsOf(json.indicators());
        assertThat(twin).isEqualTo(json);
        assertThat(OutturnJson.strict().write(twin)).isEqualTo(OutturnJson.strict().write(json));
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
