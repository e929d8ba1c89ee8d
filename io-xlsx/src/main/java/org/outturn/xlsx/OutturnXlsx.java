package org.outturn.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.outturn.core.Rag;
import org.outturn.csv.ImportOptions;
import org.outturn.csv.ReportTable;
import org.outturn.csv.Table;
import org.outturn.csv.TableImport;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.rules.report.ReportAssessment;

/**
 * Excel workbooks in and out: reads every sheet of an XLSX workbook as a {@link Table} (each cell as
 * the report shows it) and imports one with {@link TableImport}; writes rated reports as a workbook with
 * the columns of {@link ReportTable}, RAG cells filled in the report's palette, a frozen header and an
 * auto-filter, one sheet per report and a summary sheet.
 *
 * <p>A cell reads as its text: a number as its value, shown with the decimal places of its format when
 * that loses no digit ({@code 93.9} formatted {@code 0.00} reads {@code 93.90}); a number formatted as a
 * percentage as the percentage shown ({@code 0.981} formatted {@code 0.0%} reads {@code 98.1%}); a date
 * as its month ({@code Apr-2022}), as month headers are; an error as its code ({@code #DIV/0!}).
 *
 * <p>This class is thread-safe: it has only static methods.
 */
public final class OutturnXlsx {

    /** The fill and font colours of each RAG, as the HTML report prints them. */
    private static final Map<Rag, String[]> PALETTE = new EnumMap<>(Map.of(
            Rag.RED, new String[] {"B03A2E", "FFFFFF"},
            Rag.AMBER, new String[] {"F5B041", "000000"},
            Rag.GREEN, new String[] {"1E8449", "FFFFFF"},
            Rag.BLUE, new String[] {"1F618D", "FFFFFF"}));
    private static final String UNRATED = "E5E7E9";
    private static final int SHEET_NAME_LIMIT = 31;

    private OutturnXlsx() {
    }

    /**
     * Reads every sheet of a workbook.
     *
     * @param in  the workbook, not null; not closed
     * @return the sheets in order, not null
     * @throws UncheckedIOException if the stream is not a readable XLSX workbook
     */
    public static List<Table> readTables(InputStream in) {
        Objects.requireNonNull(in, "in");
        List<Table> tables = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            for (Sheet sheet : (Iterable<Sheet>) workbook.getSheets()::iterator) {
                List<List<String>> rows = new ArrayList<>();
                try (Stream<Row> stream = sheet.openStream()) {
                    for (Row row : (Iterable<Row>) stream::iterator) {
                        while (rows.size() < row.getRowNum() - 1) {
                            rows.add(List.of());
                        }
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < row.getCellCount(); c++) {
                            cells.add(text(row.getCell(c)));
                        }
                        rows.add(cells);
                    }
                }
                tables.add(Table.of(sheet.getName(), rows));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return tables;
    }

    /** A cell's text as the report shows it. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        switch (cell.getType()) {
            case NUMBER:
                return number(cell);
            case EMPTY:
                return "";
            case BOOLEAN:
                return Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
            default:
                String text = cell.getText();
                return text == null ? "" : text;
        }
    }

    private static String number(Cell cell) {
        String format = cell.getDataFormatString();
        BigDecimal value = new BigDecimal(cell.getRawValue());
        if (format == null || format.equalsIgnoreCase("general")) {
            return value.toPlainString();
        }
        if (isDate(format)) {
            LocalDateTime date = cell.asDate();
            return date.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK).substring(0, 3) + "-" + date.getYear();
        }
        int places = places(format);
        if (format.contains("%")) {
            return scaled(value.movePointRight(2), places).toPlainString() + "%";
        }
        return scaled(value, places).toPlainString();
    }

    private static boolean isDate(String format) {
        String bare = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return bare.contains("y") || bare.contains("mmm") || bare.contains("d");
    }

    /** The decimal places of a number format such as {@code 0.00} or {@code #,##0.0%}. */
    private static int places(String format) {
        int dot = format.indexOf('.');
        if (dot < 0) {
            return 0;
        }
        int places = 0;
        for (int i = dot + 1; i < format.length() && (format.charAt(i) == '0' || format.charAt(i) == '#'); i++) {
            places++;
        }
        return places;
    }

    /** The value at the format's scale, when that loses no digit. */
    private static BigDecimal scaled(BigDecimal value, int places) {
        try {
            return value.setScale(Math.max(places, 0), java.math.RoundingMode.UNNECESSARY);
        } catch (ArithmeticException ex) {
            return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
        }
    }

    /**
     * Imports one sheet of a workbook.
     *
     * @param file  the workbook, not null
     * @param options  how to import, including the sheet's name, not null
     * @return the document, not null
     * @throws org.outturn.csv.TableImportException if the sheet is missing or a cell cannot be read,
     *     listing every problem
     * @throws UncheckedIOException if the file cannot be read as a workbook
     */
    public static OutturnDocument read(Path file, ImportOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, options);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Imports one sheet of a workbook.
     *
     * @param in  the workbook, not null; not closed
     * @param options  how to import, including the sheet's name, not null
     * @return the document, not null
     * @throws org.outturn.csv.TableImportException if the sheet is missing or a cell cannot be read,
     *     listing every problem
     * @throws UncheckedIOException if the stream is not a readable workbook
     */
    public static OutturnDocument read(InputStream in, ImportOptions options) {
        Objects.requireNonNull(options, "options");
        return TableImport.read(readTables(in), options);
    }

    /**
     * Writes one rated report as a workbook: its sheet and a summary sheet.
     *
     * @param report  the report, not null
     * @param out  where to write, not null; not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(ReportAssessment report, OutputStream out) {
        Objects.requireNonNull(report, "report");
        write(Map.of(report.document().title().orElse("Report"), report), out);
    }

    /**
     * Writes rated reports as a workbook: one sheet per report, named by the map's keys (cut to Excel's
     * 31 characters, without {@code []:*?/\}), then a {@code Summary} sheet counting each report's
     * colours and agreements.
     *
     * @param reports  the reports by name, in order, not null, not empty
     * @param out  where to write, not null; not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Map<String, ReportAssessment> reports, OutputStream out) {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(out, "out");
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for reports (must not be empty): {}");
        }
        try {
            Workbook workbook = new Workbook(new NonClosing(out), "Outturn", null);
            Map<String, ReportAssessment> named = new LinkedHashMap<>();
            reports.forEach((name, report) -> named.put(unique(sheetName(name), named),
                    Objects.requireNonNull(report, "report")));
            for (Map.Entry<String, ReportAssessment> entry : named.entrySet()) {
                reportSheet(workbook.newWorksheet(entry.getKey()), ReportTable.of(entry.getValue()));
            }
            summarySheet(workbook.newWorksheet(unique("Summary", named)), named);
            workbook.finish();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void reportSheet(Worksheet sheet, ReportTable table) {
        header(sheet, ReportTable.COLUMNS);
        int rag = ReportTable.COLUMNS.indexOf("assessed_rag");
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                sheet.value(r + 1, c, row.get(c));
            }
            Optional<Rag> colour = table.colour(r);
            String[] fill = colour.map(PALETTE::get).orElse(null);
            sheet.style(r + 1, rag).fillColor(fill == null ? UNRATED : fill[0])
                    .fontColor(fill == null ? "000000" : fill[1]).set();
        }
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, ReportTable.COLUMNS.size() - 1);
    }

    private static void header(Worksheet sheet, List<String> columns) {
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c));
            sheet.style(0, c).bold().set();
        }
    }

    private static void summarySheet(Worksheet sheet, Map<String, ReportAssessment> reports) {
        List<String> columns = List.of("report", "rows", "Green", "Amber", "Red", "Blue", "unrated", "reconciliation");
        header(sheet, columns);
        int r = 1;
        for (Map.Entry<String, ReportAssessment> entry : reports.entrySet()) {
            ReportTable table = ReportTable.of(entry.getValue());
            Map<Rag, Integer> counts = new EnumMap<>(Rag.class);
            int unrated = 0;
            for (int i = 0; i < table.rows().size(); i++) {
                Optional<Rag> colour = table.colour(i);
                if (colour.isPresent()) {
                    counts.merge(colour.get(), 1, Integer::sum);
                } else {
                    unrated++;
                }
            }
            sheet.value(r, 0, entry.getKey());
            sheet.value(r, 1, table.rows().size());
            int c = 2;
            for (Rag colour : List.of(Rag.GREEN, Rag.AMBER, Rag.RED, Rag.BLUE)) {
                sheet.value(r, c, counts.getOrDefault(colour, 0));
                String[] fill = PALETTE.get(colour);
                sheet.style(0, c).bold().fillColor(fill[0]).fontColor(fill[1]).set();
                c++;
            }
            sheet.value(r, c++, unrated);
            sheet.value(r, c, entry.getValue().reconciliation().summary());
            r++;
        }
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, columns.size() - 1);
    }

    /** A name Excel accepts for a sheet. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (clean.isEmpty()) {
            clean = "Report";
        }
        return clean.length() > SHEET_NAME_LIMIT ? clean.substring(0, SHEET_NAME_LIMIT).strip() : clean;
    }

    private static String unique(String name, Map<String, ?> taken) {
        String candidate = name;
        for (int n = 2; taken.containsKey(candidate); n++) {
            String suffix = " (" + n + ")";
            candidate = name.substring(0, Math.min(name.length(), SHEET_NAME_LIMIT - suffix.length())) + suffix;
        }
        return candidate;
    }

    /** Keeps FastExcel from closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
