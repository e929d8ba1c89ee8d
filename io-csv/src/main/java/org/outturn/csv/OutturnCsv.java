package org.outturn.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.rules.report.ReportAssessment;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * CSV files in and out: reads a CSV file (RFC 4180, UTF-8, an optional byte order mark) as a
 * {@link Table} and imports it with {@link TableImport}; writes a rated report as the columns of
 * {@link ReportTable}.
 *
 * <pre>{@code
 * OutturnDocument document = OutturnCsv.read(Path.of("tracker.csv"), ImportOptions.defaults());
 * OutturnCsv.write(ReportAssessment.of(document, ReportSelection.all()), writer);
 * }</pre>
 *
 * <p>A CSV file is one sheet, named after the file ({@code tracker.csv}); its cells are read as Jackson's
 * CSV reader reads them, a long table's repeated cells as one text each. This class is thread-safe: it
 * has only static methods, and Jackson's CSV mapper, which writes, is shared.
 */
public final class OutturnCsv {

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    /** RFC 4180's line end. */
    private static final CsvSchema CRLF = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private OutturnCsv() {
    }

    /**
     * Reads a CSV file into a table.
     *
     * @param reader  the CSV text, not null; not closed
     * @param name  the table's name, such as the file's name, not blank
     * @return the table, not null
     * @throws IllegalArgumentException if the text is not CSV, such as an unclosed quote, with its line
     */
    public static Table readTable(Reader reader, String name) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(name, "name");
        List<List<String>> rows;
        try {
            rows = CsvCells.read(reader);
        } catch (CsvCells.NotCsvException ex) {
            throw new IllegalArgumentException(name + ": not CSV at line " + ex.line() + ": " + ex.getMessage(), ex);
        }
        if (!rows.isEmpty() && !rows.get(0).isEmpty() && rows.get(0).get(0).startsWith("\uFEFF")) {
            String[] first = rows.get(0).toArray(new String[0]);
            first[0] = first[0].substring(1);
            rows.set(0, new CsvCells.Row(first));
        }
        return Table.ofOwnRows(name, rows);
    }

    /**
     * Imports a CSV file.
     *
     * @param file  the file, not null
     * @param options  how to import, not null
     * @return the document, not null
     * @throws TableImportException if a cell cannot be read, listing every problem
     * @throws IllegalArgumentException if the file is not CSV
     * @throws UncheckedIOException if the file cannot be read
     */
    public static OutturnDocument read(Path file, ImportOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return TableImport.read(readTable(reader, file.getFileName().toString()), options);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Imports CSV text.
     *
     * @param reader  the CSV text, not null; not closed
     * @param name  the table's name, such as the file's name, not blank
     * @param options  how to import, not null
     * @return the document, not null
     * @throws TableImportException if a cell cannot be read, listing every problem
     * @throws IllegalArgumentException if the text is not CSV
     */
    public static OutturnDocument read(Reader reader, String name, ImportOptions options) {
        Objects.requireNonNull(options, "options");
        return TableImport.read(readTable(reader, name), options);
    }

    /**
     * Writes rows as CSV (RFC 4180: commas, quotes where needed, CRLF line ends).
     *
     * @param header  the header row, not null
     * @param rows  the rows, not null
     * @param writer  where to write, not null; flushed, not closed
     * @throws UncheckedIOException if the writer fails
     */
    public static void writeTable(List<String> header, List<? extends List<String>> rows, Writer writer) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(writer, "writer");
        try {
            SequenceWriter out = MAPPER.writerFor(String[].class).with(CRLF).writeValues(new NonClosing(writer));
            out.write(header.toArray(new String[0]));
            for (List<String> row : rows) {
                out.write(row.toArray(new String[0]));
            }
            out.close();
            writer.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (JacksonException ex) {
            throw new UncheckedIOException(new IOException(ex.getOriginalMessage(), ex));
        }
    }

    /**
     * Writes a rated report as CSV with the columns of {@link ReportTable#COLUMNS}.
     *
     * @param report  the report, not null
     * @param writer  where to write, not null; flushed, not closed
     * @throws UncheckedIOException if the writer fails
     */
    public static void write(ReportAssessment report, Writer writer) {
        writeTable(ReportTable.COLUMNS, ReportTable.of(report).rows(), writer);
    }

    /** Keeps Jackson from closing the caller's writer. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer writer) {
            super(writer);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
