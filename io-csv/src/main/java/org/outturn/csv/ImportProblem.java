package org.outturn.csv;

import java.util.Objects;
import java.util.Optional;

/**
 * A cell, a row or a sheet that an import cannot read: where (sheet, row, column and its header), the
 * cell's text and the rule.
 *
 * <p>Prints as {@code Tracker!C4 (2024/25) '12..5': Text '12..5' could not be read as a value: ...}; a
 * problem of a whole row leaves out the column ({@code Tracker row 7: ...}), one of the whole sheet
 * the row ({@code Tracker: ...}). Rows and columns count from 1, as spreadsheets show them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportProblem {

    private final String sheet;
    private final int row;
    private final int column;
    private final String header;
    private final String text;
    private final String message;

    private ImportProblem(String sheet, int row, int column, String header, String text, String message) {
        this.sheet = sheet;
        this.row = row;
        this.column = column;
        this.header = header;
        this.text = text;
        this.message = message;
    }

    /**
     * Returns a problem of one cell.
     *
     * @param sheet  the sheet's name, not null
     * @param row  the row, from 1
     * @param column  the column, from 1
     * @param header  the column's header, or null when it has none
     * @param text  the cell's text, not null
     * @param message  what is wrong, not null
     * @return the problem, not null
     */
    static ImportProblem ofCell(String sheet, int row, int column, String header, String text,
            String message) {
        return new ImportProblem(Objects.requireNonNull(sheet, "sheet"), positive("row", row),
                positive("column", column), header == null || header.isBlank() ? null : header,
                Objects.requireNonNull(text, "text"), Objects.requireNonNull(message, "message"));
    }

    /**
     * Returns a problem of a whole row, such as a row with no reference.
     *
     * @param sheet  the sheet's name, not null
     * @param row  the row, from 1
     * @param message  what is wrong, not null
     * @return the problem, not null
     */
    static ImportProblem ofRow(String sheet, int row, String message) {
        return new ImportProblem(Objects.requireNonNull(sheet, "sheet"), positive("row", row), 0, null, null,
                Objects.requireNonNull(message, "message"));
    }

    /**
     * Returns a problem of the sheet as a whole, such as a missing column.
     *
     * @param sheet  the sheet's name, not null
     * @param message  what is wrong, not null
     * @return the problem, not null
     */
    static ImportProblem ofSheet(String sheet, String message) {
        return new ImportProblem(Objects.requireNonNull(sheet, "sheet"), 0, 0, null, null,
                Objects.requireNonNull(message, "message"));
    }

    private static int positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("Invalid value for " + name + " (must be at least 1): " + value);
        }
        return value;
    }

    /**
     * Returns the sheet's name (a CSV file's name for a CSV file).
     *
     * @return the name, not null
     */
    public String sheet() {
        return sheet;
    }

    /**
     * Returns the row, from 1, or 0 for a problem of the whole sheet.
     *
     * @return the row
     */
    public int row() {
        return row;
    }

    /**
     * Returns the column, from 1, or 0 for a problem of a whole row or sheet.
     *
     * @return the column
     */
    public int column() {
        return column;
    }

    /**
     * Returns the column's header.
     *
     * @return the header, empty when the column has none or the problem is not of one cell
     */
    public Optional<String> header() {
        return Optional.ofNullable(header);
    }

    /**
     * Returns the cell's text as read.
     *
     * @return the text, empty when the problem is not of one cell
     */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /**
     * Returns what is wrong.
     *
     * @return the message, not null
     */
    public String message() {
        return message;
    }

    /**
     * Returns where the problem is: {@code Tracker!C4}, {@code Tracker row 7} or {@code Tracker}.
     *
     * @return the place, not null
     */
    public String where() {
        if (column > 0) {
            return sheet + "!" + Table.columnLetters(column - 1) + row;
        }
        return row > 0 ? sheet + " row " + row : sheet;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ImportProblem other && toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(where());
        if (header != null) {
            text.append(" (").append(header).append(')');
        }
        if (this.text != null) {
            text.append(" '").append(this.text).append('\'');
        }
        return text.append(": ").append(message).toString();
    }
}
