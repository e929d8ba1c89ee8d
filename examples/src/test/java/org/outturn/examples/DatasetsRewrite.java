package org.outturn.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.outturn.json.OutturnJson;

/**
 * A tool, not a test: rewrites the bundled dataset files in Outturn's canonical form (numbers as
 * numbers, fields in order, Outturn's indentation), so that {@code DatasetsTest}'s byte-for-byte
 * round trip holds. Run it after editing a dataset by hand; each file is read strictly, so a
 * mistake fails here and nothing is written. From the repository's root:
 *
 * <pre>
 * ./mvnw -q -pl examples -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.outturn.examples.DatasetsRewrite
 * </pre>
 */
final class DatasetsRewrite {

    /** The datasets folder, relative to the examples module. */
    static final Path FOLDER = Path.of("src/main/resources/org/outturn/examples/datasets");

    /** The dataset files, every one an {@code outturn/1} document. */
    static final List<String> FILES = List.of(Datasets.BEXLEY_THEME_1, Datasets.BROMLEY_CHILDREN,
            Datasets.BEXLEY_ACTION_PLAN);

    private DatasetsRewrite() {
    }

    /**
     * Rewrites the datasets.
     *
     * @param args  the datasets folder, or nothing for {@link #FOLDER} of the examples module, run
     *     from the repository's root (as above) or from the module's folder
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0])
                : Files.isDirectory(FOLDER) ? FOLDER : Path.of("examples").resolve(FOLDER);
        for (String resource : FILES) {
            Path file = dir.resolve(Path.of(resource).getFileName());
            String canonical = OutturnJson.strict().write(OutturnJson.strict().read(file));
            Files.writeString(file, canonical, StandardCharsets.UTF_8);
            System.out.println("rewrote " + file);
        }
    }
}
