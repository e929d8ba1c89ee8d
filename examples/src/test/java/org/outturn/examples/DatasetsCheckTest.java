package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every dataset bundled with the examples passes the command line's {@code check}, by its bundled name. */
final class DatasetsCheckTest {

    /**
     * The names of the bundled datasets, as the command line takes them: every JSON document of the
     * folder without its extension (not the spreadsheet twins' mapping files), and every spreadsheet
     * twin with its extension.
     */
    static List<String> datasets() throws IOException, URISyntaxException {
        Path folder = Path.of(Datasets.class.getResource("datasets").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json") && !name.endsWith(".mapping.json") || name.endsWith(".csv"))
                    .map(name -> name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name)
                    .sorted().toList();
        }
    }

    @Test
    void datasets_includeEveryDocumentDatasetsNames() throws IOException, URISyntaxException {
        assertThat(datasets()).containsAll(DatasetsRewrite.FILES.stream()
                .map(resource -> Path.of(resource).getFileName().toString().replace(".json", "")).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void check_bundledDataset_passes(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"check", name}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).as(name).isEmpty();
        assertThat(status).as(name).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).as(name).startsWith("OK: ");
    }
}
