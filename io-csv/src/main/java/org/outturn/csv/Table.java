package org.outturn.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One sheet of cells as text, as a CSV file or a worksheet holds them: the rows in order, each a list of
 * cells, {@code ""} for an empty cell. Rows may have different lengths.
 *
 * <p>Example: {@code Table.of("Tracker", List.of(List.of("Ref", "2024/25"), List.of("CS_01", "95%")))}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Table {

    private final String name;
    private final List<List<String>> rows;

    private Table(String name, List<List<String>> rows) {
        this.name = name;
        this.rows = rows;
    }

    /**
     * Returns a table.
     *
     * @param name  the sheet's name, or the file's name for a CSV file, such as {@code Tracker}, not blank
     * @param rows  the rows, each a list of cells, not null, no null row or cell
     * @return the table, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public static Table of(String name, List<? extends List<String>> rows) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rows, "rows");
        checkName(name);
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            Objects.requireNonNull(row, "row");
            for (String cell : row) {
                Objects.requireNonNull(cell, "cell");
            }
            copy.add(List.copyOf(row));
        }
        return new Table(name, Collections.unmodifiableList(copy));
    }

    /**
     * Returns a table of rows that a reader of this package has just built, without copying them: the
     * caller hands over the list and its rows, each unmodifiable, with no null row or cell, and keeps no
     * reference to them.
     *
     * @param name  the sheet's name, not blank
     * @param rows  the rows, not null, no longer used by the caller
     * @return the table, not null
     * @throws IllegalArgumentException if the name is blank
     */
    static Table ofOwnRows(String name, List<List<String>> rows) {
        Objects.requireNonNull(name, "name");
        checkName(name);
        return new Table(name, Collections.unmodifiableList(rows));
    }

    private static void checkName(String name) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("Invalid value for table name (must not be blank): '" + name + "'");
        }
    }

    /**
     * Returns the sheet's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the rows.
     *
     * @return the rows in order, not null, unmodifiable
     */
    public List<List<String>> rows() {
        return rows;
    }

    /**
     * Returns a cell's text, {@code ""} when the row is shorter.
     *
     * @param row  the row's index from 0
     * @param column  the column's index from 0
     * @return the text, not null
     * @throws IndexOutOfBoundsException if the row does not exist
     */
    public String cell(int row, int column) {
        List<String> cells = rows.get(row);
        return column < cells.size() ? cells.get(column) : "";
    }

    /**
     * Returns a column's letters as spreadsheets print them: 0 is {@code A}, 25 is {@code Z}, 26 is
     * {@code AA}.
     *
     * @param column  the column's index from 0, not negative
     * @return the letters, not null
     * @throws IllegalArgumentException if the index is negative
     */
    static String columnLetters(int column) {
        if (column < 0) {
            throw new IllegalArgumentException("Invalid value for column (must not be negative): " + column);
        }
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Table other && name.equals(other.name) && rows.equals(other.rows);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + rows.hashCode();
    }

    @Override
    public String toString() {
        return "Table[" + name + ", " + rows.size() + " rows]";
    }
}
