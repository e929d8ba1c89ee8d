package org.outturn.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.outturn.csv.ImportOptions;
import org.outturn.csv.OutturnCsv;
import org.outturn.csv.Table;
import org.outturn.csv.TableImport;
import org.outturn.csv.TableImportException;
import org.outturn.csv.TableMapping;
import org.outturn.json.OutturnJson;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.xlsx.OutturnXlsx;
import tools.jackson.core.JacksonException;

/**
 * The command line's spreadsheet input: {@code .csv} and {@code .xlsx} files (or bundled datasets of
 * those names, each read with the mapping file bundled beside it unless {@code --mapping} names
 * another) imported with the options {@code --sheet}, {@code --mapping}, {@code --preset fingertips
 * --area CODE}, {@code --policy} and {@code --lenient}.
 */
final class CliImport {

    private CliImport() {
    }

    /** Whether a FILE names a spreadsheet, by its extension. */
    static boolean isSpreadsheet(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".xlsx");
    }

    /** The import options of a command line. */
    static ImportOptions options(Cli.Options options) {
        ImportOptions importOptions = ImportOptions.defaults().withLenient(options.lenient);
        if (options.mapping != null) {
            try {
                importOptions = importOptions.withMapping(TableMapping.read(Path.of(options.mapping)));
            } catch (UncheckedIOException ex) {
                throw new Cli.SourceException("cannot read the mapping file " + options.mapping + ": "
                        + ex.getCause().getMessage());
            } catch (IllegalArgumentException ex) {
                throw new Cli.SourceException(options.mapping + ": " + ex.getMessage());
            }
        }
        if (options.sheet != null) {
            importOptions = importOptions.withSheet(options.sheet);
        }
        if (options.area != null) {
            importOptions = importOptions.withFingertips(options.area);
        }
        if (options.policy != null) {
            importOptions = importOptions.withDefaultPolicy(policy(options.policy));
        }
        return importOptions;
    }

    /** A policy from its JSON, or from a file holding it. */
    static RagPolicy policy(String text) {
        String json = text;
        if (!text.strip().startsWith("{")) {
            try {
                json = Files.readString(Path.of(text));
            } catch (IOException | RuntimeException ex) {
                throw new Cli.SourceException("cannot read the policy file " + text + ": "
                        + (ex instanceof java.nio.file.NoSuchFileException ? "no such file" : ex.getMessage()));
            }
        }
        try {
            return OutturnJson.strict().mapper().readValue(json, RagPolicy.class);
        } catch (JacksonException ex) {
            throw new Cli.SourceException("invalid policy for --policy: " + ex.getOriginalMessage());
        }
    }

    /**
     * Imports a spreadsheet file, or a bundled dataset's spreadsheet twin of that name.
     *
     * @throws TableImportException listing every problem
     * @throws Cli.SourceException if nothing can be read under that name
     */
    static OutturnDocument read(String name, ImportOptions options, String datasets) {
        Path path = Path.of(name);
        boolean xlsx = name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        if (Files.isRegularFile(path)) {
            try {
                return xlsx ? OutturnXlsx.read(path, options) : OutturnCsv.read(path, options);
            } catch (UncheckedIOException ex) {
                throw new Cli.SourceException("cannot read " + name + ": " + ex.getCause().getMessage());
            } catch (TableImportException ex) {
                throw ex;
            } catch (IllegalArgumentException ex) {
                throw new Cli.SourceException("cannot read " + name + ": " + ex.getMessage());
            }
        }
        String resource = name.startsWith("classpath:") ? name.substring("classpath:".length()) : name;
        if (!resource.contains("/") && !resource.contains("\\")) {
            InputStream in = CliImport.class.getResourceAsStream("/" + datasets + resource);
            if (in != null) {
                options = withBundledMapping(options, datasets, resource);
                try (InputStream stream = in) {
                    List<Table> tables;
                    if (xlsx) {
                        tables = OutturnXlsx.readTables(stream);
                    } else {
                        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                            tables = List.of(OutturnCsv.readTable(reader, resource));
                        }
                    }
                    return TableImport.read(tables, options);
                } catch (IOException ex) {
                    throw new Cli.SourceException("cannot read " + name + ": " + ex.getMessage());
                }
            }
        }
        throw new Cli.SourceException("cannot read " + name + ": no such file");
    }

    /**
     * Gives a bundled twin the mapping file bundled beside it ({@code NAME.mapping.json}), which holds
     * its policies and notes, unless the command line names a mapping of its own.
     */
    private static ImportOptions withBundledMapping(ImportOptions options, String datasets, String resource) {
        if (!options.mapping().equals(TableMapping.none())) {
            return options;
        }
        String base = resource.substring(0, resource.lastIndexOf('.'));
        try (InputStream mapping = CliImport.class.getResourceAsStream("/" + datasets + base + ".mapping.json")) {
            if (mapping == null) {
                return options;
            }
            return options.withMapping(TableMapping.parse(new String(mapping.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException ex) {
            throw new Cli.SourceException("cannot read the mapping of " + resource + ": " + ex.getMessage());
        }
    }
}
