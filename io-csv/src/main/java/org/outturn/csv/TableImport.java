package org.outturn.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.outturn.rules.report.OutturnDocument;

/**
 * Imports indicator tables into an {@code outturn/1} document: the engine that the CSV and XLSX readers
 * share.
 *
 * <p>A <em>wide</em> table has one row per indicator and one column per period ({@code 2023/24},
 * {@code Apr-22} ... {@code Mar-23}, {@code Year to Date}); a <em>long</em> table has a {@code Period}
 * and a {@code Value} column and one row per indicator and period. Headers are recognised whatever their
 * case, with the synonyms councils use (see the module's README), and a {@link TableMapping} covers any
 * other layout. Each cell is read with {@link org.outturn.core.PublishedValue} and
 * {@link org.outturn.core.PublishedTarget}; a unit is taken from a unit column or inferred from the
 * cells, and the document notes each inference and each column it does not import.
 *
 * <p>The import succeeds or fails whole: a {@link TableImportException} lists every problem (up to
 * {@link TableImportException#LIMIT}) with sheet, row, column and cell text; a
 * {@linkplain ImportOptions#withLenient(boolean) lenient} import keeps what it can and records each
 * skipped cell or row as a note of the document.
 *
 * <p>This class is thread-safe: it has only static methods.
 */
public final class TableImport {

    private TableImport() {
    }

    /**
     * Imports one sheet of a workbook (or a CSV file's only table): the options' sheet, else the
     * mapping's, else the first.
     *
     * @param sheets  the workbook's sheets in order, not null, not empty
     * @param options  how to import, not null
     * @return the document, not null
     * @throws TableImportException if the sheet is missing or any cell cannot be read (strict), listing
     *     every problem, such as {@code Tracker!C4 (2024/25) '12..5': Text '12..5' could not be read as a
     *     value: ...}
     */
    public static OutturnDocument read(List<Table> sheets, ImportOptions options) {
        Objects.requireNonNull(sheets, "sheets");
        Objects.requireNonNull(options, "options");
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for sheets (must not be empty): []");
        }
        Table table = sheets.get(0);
        if (options.sheet().isPresent()) {
            String name = options.sheet().get();
            table = sheets.stream().filter(sheet -> sheet.name().equals(name)).findFirst()
                    .or(() -> sheets.stream().filter(sheet -> sheet.name().equalsIgnoreCase(name)).findFirst())
                    .orElse(null);
            if (table == null) {
                List<String> names = new ArrayList<>();
                sheets.forEach(sheet -> names.add(sheet.name()));
                throw new TableImportException(name, List.of(ImportProblem.ofSheet(name,
                        "no sheet of that name (sheets: " + String.join(", ", names) + ")")));
            }
        }
        if (options.fingertipsArea().isPresent()) {
            Table export = Fingertips.toLongTable(table, options.fingertipsArea().get());
            return new Importer(export, options.withMapping(Fingertips.mapping(options.mapping()))).run();
        }
        return new Importer(table, options).run();
    }

    /**
     * Imports one table.
     *
     * @param table  the table, not null
     * @param options  how to import, not null
     * @return the document, not null
     * @throws TableImportException if any cell cannot be read (strict), listing every problem
     */
    public static OutturnDocument read(Table table, ImportOptions options) {
        return read(List.of(Objects.requireNonNull(table, "table")), options);
    }
}
