package org.outturn.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * Reads CSV text into rows of cells exactly as Jackson's CSV reader does with an empty schema (the reader
 * {@link OutturnCsv} used before): commas between cells; a line ends at CR LF, LF or CR; every line is a
 * row, an empty one a row of one empty cell, and the last line end makes no row of its own; a cell that
 * starts with a quote runs to the closing quote, with {@code ""} for a quote inside and line ends kept,
 * then white space up to the next comma or line end is skipped; a quote anywhere else is text. An unclosed
 * quote, or anything but white space after a closing quote, is an error with the line and Jackson's words.
 *
 * <p>A long table repeats an indicator's cells on each of its rows: a cell equal to one of the last few
 * read in its column is given the same {@code String} instead of a new one, so reading a long table makes
 * little more than its distinct texts.
 *
 * <p>One instance reads one text; not thread-safe.
 */
final class CsvCells {

    /** Texts remembered per column: a power of two. */
    private static final int RECENT = 16;
    /** Columns beyond this many remember no texts. */
    private static final int RECENT_COLUMNS = 256;

    private final Reader reader;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private boolean ended;
    /** The line being read, from 1. */
    private int line = 1;
    private char[] cell = new char[64];
    private int length;
    private int hash;
    /** For each column, its recent texts by hash. */
    private String[][] recent = new String[16][];

    private CsvCells(Reader reader) {
        this.reader = reader;
    }

    /** One row's cells: an unmodifiable list over the array read, which nothing else holds. */
    static final class Row extends AbstractList<String> implements RandomAccess {
        private final String[] cells;

        Row(String[] cells) {
            this.cells = cells;
        }

        @Override
        public String get(int index) {
            return cells[index];
        }

        @Override
        public int size() {
            return cells.length;
        }
    }

    /** A text that is not CSV: the line and what is wrong, in Jackson's words. */
    static final class NotCsvException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        NotCsvException(int line, String message, Throwable cause) {
            super(message, cause);
            this.line = line;
        }

        /** The line of the error from 1, or -1 when the text could not be read. */
        int line() {
            return line;
        }
    }

    /**
     * Reads every row of a CSV text.
     *
     * @param reader  the text, not null; not closed
     * @return the rows in order, each an unmodifiable list of cells, none null
     * @throws NotCsvException if the text is not CSV, or the reader fails (line -1, its message)
     */
    static List<List<String>> read(Reader reader) throws NotCsvException {
        return new CsvCells(reader).rows();
    }

    private List<List<String>> rows() throws NotCsvException {
        List<List<String>> rows = new ArrayList<>();
        String[] cells = new String[8];
        int c = next();
        while (c >= 0) {
            int count = 0;
            while (true) {
                if (c == '"') {
                    c = quoted();
                } else {
                    length = 0;
                    hash = 0;
                    while (c >= 0 && c != ',' && c != '\r' && c != '\n') {
                        append((char) c);
                        c = next();
                    }
                }
                if (count == cells.length) {
                    cells = Arrays.copyOf(cells, count * 2);
                }
                cells[count] = text(count);
                count++;
                if (c != ',') {
                    break;
                }
                c = next();
            }
            rows.add(new Row(Arrays.copyOf(cells, count)));
            if (c == '\r') {
                c = next();
                if (c == '\n') {
                    c = next();
                }
                line++;
            } else if (c == '\n') {
                c = next();
                line++;
            }
        }
        return rows;
    }

    /**
     * Reads a quoted cell into the cell buffer, the opening quote read, and the white space after it;
     * returns the character after that: a comma, a line end or -1.
     */
    private int quoted() throws NotCsvException {
        length = 0;
        hash = 0;
        int c = next();
        while (true) {
            if (c < 0) {
                throw new NotCsvException(line, "Missing closing quote for value", null);
            }
            if (c == '"') {
                c = next();
                if (c != '"') {
                    break;
                }
            } else if (c == '\r') {
                line++;
            } else if (c == '\n' && (length == 0 || cell[length - 1] != '\r')) {
                line++;
            }
            append((char) c);
            c = next();
        }
        while (c >= 0 && c <= ' ' && c != '\r' && c != '\n') {
            c = next();
        }
        if (c >= 0 && c != ',' && c != '\r' && c != '\n') {
            throw new NotCsvException(line, "Unexpected character (" + describe(c) + "): Expected column separator "
                    + "character (" + describe(',') + ") or end-of-line", null);
        }
        return c;
    }

    /** A character as Jackson's messages name it: {@code 'b' (code 98)}. */
    private static String describe(int c) {
        if (Character.isISOControl(c)) {
            return "(CTRL-CHAR, code " + c + ")";
        }
        if (c > 255) {
            return "'" + (char) c + "' (code " + c + " / 0x" + Integer.toHexString(c) + ")";
        }
        return "'" + (char) c + "' (code " + c + ")";
    }

    private void append(char c) {
        if (length == cell.length) {
            cell = Arrays.copyOf(cell, length * 2);
        }
        cell[length++] = c;
        hash = 31 * hash + c;
    }

    /** The cell just read as text: one of its column's recent texts when equal, else a new one. */
    private String text(int column) {
        if (length == 0) {
            return "";
        }
        if (column >= RECENT_COLUMNS) {
            return new String(cell, 0, length);
        }
        if (column >= recent.length) {
            recent = Arrays.copyOf(recent, Math.min(RECENT_COLUMNS, Math.max(column + 1, recent.length * 2)));
        }
        String[] texts = recent[column];
        if (texts == null) {
            texts = new String[RECENT];
            recent[column] = texts;
        }
        int slot = (hash ^ (hash >>> 16)) & (RECENT - 1);
        String known = texts[slot];
        if (known != null && known.length() == length && known.hashCode() == hash && equal(known)) {
            return known;
        }
        String text = new String(cell, 0, length);
        texts[slot] = text;
        return text;
    }

    private boolean equal(String known) {
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != cell[i]) {
                return false;
            }
        }
        return true;
    }

    /** The next character, or -1 at the end of the text. */
    private int next() throws NotCsvException {
        if (position == limit) {
            if (ended) {
                return -1;
            }
            try {
                int read;
                do {
                    read = reader.read(buffer, 0, buffer.length);
                } while (read == 0);
                if (read < 0) {
                    ended = true;
                    return -1;
                }
                limit = read;
                position = 0;
            } catch (IOException ex) {
                throw new NotCsvException(-1, ex.getMessage(), ex);
            }
        }
        return buffer[position++];
    }
}
