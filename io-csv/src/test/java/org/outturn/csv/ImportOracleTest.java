package org.outturn.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.outturn.rules.report.OutturnDocument;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The import as it is against the import as it was before item 14 of the benchmarks' README
 * ({@link OldImporter}, and {@link #oldTable} for reading CSV text), over many seeded random long and
 * wide tables: repeated and conflicting attribute cells, blanks, non-values, unreadable cells of every
 * kind, strict and lenient. Both must give equal documents, or the same problems in the same words.
 */
final class ImportOracleTest {

    private static final long SEED = 20261202L;
    private static final int TABLES = 3_000;

    private static final String[] CODES = {"A", "B", "C", "PI 01", " A ", ""};
    private static final String[] TITLES = {"Homes built", "Homes  built", "", "Rough sleepers", " Café "};
    private static final String[] UNITS = {"", "", "percentage:1", "%", "Number", "per 10,000", "parsecs", "count:0"};
    private static final String[] POLARITIES = {"Higher is better", "Lower is better", "High", "low", "", "Up",
        "Within band", "n/a", " High "};
    private static final String[] FREQUENCIES = {"Monthly", "", "Quarterly", "Weekly", "annual"};
    private static final String[] MEASURE_TYPES = {"", "", "Snapshot", "Weekly", "Cumulative year to date"};
    private static final String[] TARGETS = {"", "95", "50.5", "12 - 18", "> 95%", "x", "95%", "0"};
    private static final String[] RAGS = {"", "", "Green", "G", "Purple", "No Target", "No value: Target of 18.7"};
    private static final String[] PERIODS = {"Apr-2024", "May-2024", "Jun-2024", "24/25", "2024/25", "2023/24", "",
        "Foo", " Apr-2024 ", "2024/26", "2024 Q1", "Mar-2025", "Jul-24"};
    private static final String[] VALUES = {"93.9", "-0.07", "19625", "19,625", "n/a", "N/A", "", "x", "12..5",
        "95%", "\u22125", "+3", "Data suppressed", "  n/a  ", "1.", ".5", "-", "TBC", "#DIV/0!", "#REF!", "£1.2m",
        "1.5% (104/7042)", "46 per 10,000", "0.0", "-0", "007", "1\u00a0", "Not  yet\tavailable", "1.2.3",
        "12345678901234567890123", "1,23"};
    private static final String[] NUMBERS = {"", "", "3", "104", "x", "7042", "2.5"};
    private static final String[] NOTES = {"", "", "one note", "a | b", "line\nbreak"};
    private static final String[] TAGS = {"", "", "housing", "housing; homes", ";"};
    private static final String[] LONG_COLUMNS = {"Ref", "Indicator", "Unit", "Polarity", "Frequency",
        "Measure type", "Target 2024/25", "Target", "RAG", "Period", "Value", "Count", "Denominator", "Value note",
        "Lower 95", "Upper 95", "Notes", "Tags", "Owner", ""};
    private static final String[] WIDE_COLUMNS = {"Ref", "Indicator", "Unit", "Polarity", "Frequency",
        "Measure type", "Target", "RAG", "2023/24", "2024/25", "Apr-2024", "May-24", "Notes", "Tags", "Owner", ""};

    private static String pick(SplittableRandom random, String[] texts) {
        return texts[random.nextInt(texts.length)];
    }

    /** A long table: a header of the usual columns, some left out, and a few indicators' rows. */
    private static Table longTable(SplittableRandom random) {
        List<String> header = new ArrayList<>();
        for (String column : LONG_COLUMNS) {
            boolean needed = column.equals("Ref") || column.equals("Period") || column.equals("Value");
            if (needed || random.nextInt(3) > 0) {
                header.add(column);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        int indicators = 1 + random.nextInt(4);
        for (int i = 0; i < indicators; i++) {
            String code = random.nextInt(10) == 0 ? pick(random, CODES) : "I" + i;
            List<String> attributes = attributes(random, header);
            int periods = 1 + random.nextInt(6);
            for (int p = 0; p < periods; p++) {
                if (random.nextInt(8) == 0) {
                    // A later row that disagrees with the first on an indicator's attribute.
                    attributes = attributes(random, header);
                }
                rows.add(row(random, header, code, attributes, true));
            }
        }
        return shuffleSome(random, rows);
    }

    /** A wide table: one row per indicator, one column per period. */
    private static Table wideTable(SplittableRandom random) {
        List<String> header = new ArrayList<>();
        for (String column : WIDE_COLUMNS) {
            if (column.equals("Ref") || column.equals("2024/25") || random.nextInt(3) > 0) {
                header.add(column);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        int indicators = 1 + random.nextInt(5);
        for (int i = 0; i < indicators; i++) {
            String code = random.nextInt(6) == 0 ? pick(random, CODES) : "W" + i;
            rows.add(row(random, header, code, attributes(random, header), false));
        }
        return shuffleSome(random, rows);
    }

    /** An indicator's attribute cells, by column of the header; null where the column is not one. */
    private static List<String> attributes(SplittableRandom random, List<String> header) {
        List<String> cells = new ArrayList<>();
        for (String column : header) {
            switch (column) {
                case "Indicator":
                    cells.add(pick(random, TITLES));
                    break;
                case "Unit":
                    cells.add(pick(random, UNITS));
                    break;
                case "Polarity":
                    cells.add(pick(random, POLARITIES));
                    break;
                case "Frequency":
                    cells.add(pick(random, FREQUENCIES));
                    break;
                case "Measure type":
                    cells.add(pick(random, MEASURE_TYPES));
                    break;
                case "Target 2024/25":
                case "Target":
                    cells.add(pick(random, TARGETS));
                    break;
                case "Notes":
                    cells.add(pick(random, NOTES));
                    break;
                case "Tags":
                    cells.add(pick(random, TAGS));
                    break;
                default:
                    cells.add(null);
                    break;
            }
        }
        return cells;
    }

    private static List<String> row(SplittableRandom random, List<String> header, String code, List<String> attributes,
            boolean isLong) {
        List<String> row = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String column = header.get(c);
            String cell;
            if (attributes.get(c) != null) {
                // Sometimes blank on a later row, as a long table often leaves them.
                cell = random.nextInt(6) == 0 ? "" : attributes.get(c);
            } else {
                switch (column) {
                    case "Ref":
                        cell = code;
                        break;
                    case "RAG":
                        cell = pick(random, RAGS);
                        break;
                    case "Period":
                        cell = pick(random, PERIODS);
                        break;
                    case "Count":
                    case "Denominator":
                    case "Lower 95":
                    case "Upper 95":
                        cell = pick(random, NUMBERS);
                        break;
                    case "Value note":
                        cell = random.nextInt(4) == 0 ? "provisional" : "";
                        break;
                    case "Owner":
                    case "":
                        cell = random.nextInt(3) == 0 ? "Jo" : "";
                        break;
                    default:
                        cell = isLong || !column.equals("Value") ? pick(random, VALUES) : "";
                        break;
                }
            }
            row.add(cell);
        }
        if (random.nextInt(10) == 0) {
            row = row.subList(0, random.nextInt(row.size() + 1));
        }
        return new ArrayList<>(row);
    }

    /** The rows, sometimes with a blank row, a title row above the header, or two rows swapped. */
    private static Table shuffleSome(SplittableRandom random, List<List<String>> rows) {
        if (random.nextInt(5) == 0 && rows.size() > 2) {
            rows.add(1 + random.nextInt(rows.size() - 1), List.of("", " "));
        }
        if (random.nextInt(8) == 0) {
            rows.add(0, List.of("Council performance", ""));
        }
        if (random.nextInt(4) == 0 && rows.size() > 3) {
            int a = 1 + random.nextInt(rows.size() - 1);
            int b = 1 + random.nextInt(rows.size() - 1);
            List<String> row = rows.get(a);
            rows.set(a, rows.get(b));
            rows.set(b, row);
        }
        return Table.of("t.csv", rows);
    }

    /** What reading gives: the document, or the exception's class and message. */
    private static Object outcome(Supplier<OutturnDocument> read) {
        try {
            return read.get();
        } catch (RuntimeException ex) {
            return ex.getClass().getName() + ": " + ex.getMessage();
        }
    }

    @Test
    void read_randomTables_importAsTheOldImporterDid() {
        SplittableRandom random = new SplittableRandom(SEED);
        int documents = 0;
        for (int i = 0; i < TABLES; i++) {
            Table table = random.nextInt(3) == 0 ? wideTable(random) : longTable(random);
            for (ImportOptions options : List.of(ImportOptions.defaults(), ImportOptions.defaults().withLenient(true))) {
                Object old = outcome(() -> new OldImporter(table, options).run());
                Object now = outcome(() -> new Importer(table, options).run());
                assertThat(now).as("seed %d, table %d, lenient %s: %s", SEED, i, options.isLenient(), table.rows())
                        .isEqualTo(old);
                documents += old instanceof OutturnDocument ? 1 : 0;
            }
        }
        // Both kinds of outcome are exercised.
        assertThat(documents).isBetween(TABLES / 10, 2 * TABLES - TABLES / 10);
    }

    private static final String[] CSV_PIECES = {"a", "b", ",", ",", "\r\n", "\n", "\r", "\"", "\"q\"", "\"a,b\"",
        "\"x\"\"y\"", " ", "\t", "\u0007", "\uFEFF", "", "\"\"", "é", "\u0101", "\"line\nbreak\"", "\"cr\r\nlf\"",
        "\"\r\"", "\" ", "\" \r\n", "Apr-2024", "93.9"};

    /** {@code OutturnCsv.readTable} as it was, for the oracle: Jackson's rows copied by {@link Table#of}. */
    static Table oldTable(String text, String name) {
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> lines = mapper.readerFor(String[].class).readValues(new StringReader(text))) {
            while (lines.hasNextValue()) {
                String[] cells = lines.nextValue();
                List<String> row = new ArrayList<>(cells.length);
                for (String cell : cells) {
                    row.add(cell == null ? "" : cell);
                }
                if (rows.isEmpty() && !row.isEmpty() && row.get(0).startsWith("\uFEFF")) {
                    row.set(0, row.get(0).substring(1));
                }
                rows.add(row);
            }
        } catch (JacksonException ex) {
            throw new IllegalArgumentException(name + ": not CSV at line " + ex.getLocation().getLineNr() + ": "
                    + ex.getOriginalMessage(), ex);
        }
        return Table.of(name, rows);
    }

    /** A reader that gives at most a few characters a call, so that cells and line ends cross its reads. */
    private static final class ChunkedReader extends java.io.Reader {
        private final String text;
        private final int chunk;
        private int position;

        ChunkedReader(String text, int chunk) {
            this.text = text;
            this.chunk = chunk;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(length, chunk), text.length() - position);
            text.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    private static Object tableOutcome(Supplier<Table> read) {
        try {
            Table table = read.get();
            return table.rows();
        } catch (RuntimeException ex) {
            return ex.getClass().getName() + ": " + ex.getMessage();
        }
    }

    @Test
    void readTable_randomText_readsAsBefore() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(16);
            for (int p = 0; p < pieces; p++) {
                text.append(pick(random, CSV_PIECES));
            }
            String csv = text.toString();
            Object old = tableOutcome(() -> oldTable(csv, "t.csv"));
            Object now = tableOutcome(() -> OutturnCsv.readTable(new StringReader(csv), "t.csv"));
            assertThat(now).as("seed %d, text %d: '%s'", SEED, i, csv).isEqualTo(old);
            int chunk = 1 + random.nextInt(3);
            Object chunked = tableOutcome(() -> OutturnCsv.readTable(new ChunkedReader(csv, chunk), "t.csv"));
            assertThat(chunked).as("seed %d, text %d in chunks of %d: '%s'", SEED, i, chunk, csv).isEqualTo(old);
        }
    }
}
