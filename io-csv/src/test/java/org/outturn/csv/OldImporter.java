package org.outturn.csv;

import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.outturn.core.Benchmark;
import org.outturn.core.BenchmarkGroup;
import org.outturn.core.ConfidenceInterval;
import org.outturn.core.ConfidenceLevel;
import org.outturn.core.FinancialYear;
import org.outturn.core.Fraction;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.MeasureType;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.PublishedTarget;
import org.outturn.core.PublishedValue;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.ReportingMonth;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.ReportingYear;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.UnratedReason;
import org.outturn.core.YearToDate;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

/**
 * The importer as it was before item 14 of the benchmarks' README (every cell of every row read as text,
 * periods read with a regular expression on each row), kept unchanged as the oracle of
 * {@link ImportOracleTest}.
 */
final class OldImporter {

    private final Table table;
    private final ImportOptions options;
    private final TableMapping mapping;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Headers.Column> columns = new ArrayList<>();
    /** The targets read so far, by polarity and cell text; see {@link #target(String, Polarity)}. */
    private final Map<Polarity, Map<String, Target>> targetCache = new EnumMap<>(Polarity.class);
    /** The most texts kept per polarity, so that a table of distinct targets does not grow the cache without end. */
    private static final int TARGET_CACHE_SIZE = 4096;
    private int headerRow;
    private ReportingPeriod targetPeriod;
    private ReportingPeriod ragPeriod;

    OldImporter(Table table, ImportOptions options) {
        this.table = table;
        this.options = options;
        this.mapping = options.mapping();
    }

    /** Reads the sheet, or throws listing every problem. */
    OutturnDocument run() {
        List<IndicatorEntry> entries = List.of();
        if (findHeader() && recogniseColumns()) {
            entries = has(Headers.Role.PERIOD) ? readLong() : readWide();
        }
        if (!problems.isEmpty()) {
            throw new TableImportException(table.name(), problems);
        }
        return document(entries);
    }

    /** {@code Headers.period} as it was: a period as a header prints it, reading {@code 24/25} as {@code 2024/25}. */
    static Optional<ReportingPeriod> oldPeriod(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        java.util.regex.Matcher shortYear = SHORT_YEAR.matcher(trimmed);
        if (shortYear.matches()) {
            trimmed = "20" + shortYear.group(1) + "/" + shortYear.group(2);
        }
        try {
            return Optional.of(ReportingPeriod.parse(trimmed));
        } catch (DateTimeParseException ex) {
            return Optional.empty();
        }
    }

    private static final java.util.regex.Pattern SHORT_YEAR = java.util.regex.Pattern.compile("(\\d{2})/(\\d{2})");

    // ------------------------------------------------------------------ header

    private boolean findHeader() {
        if (mapping.headerRow().isPresent()) {
            headerRow = mapping.headerRow().getAsInt() - 1;
            if (headerRow >= table.rows().size()) {
                sheetProblem("no row " + (headerRow + 1) + " for the mapping's headerRow (the sheet has "
                        + table.rows().size() + " rows)");
                return false;
            }
            return true;
        }
        int rows = Math.min(20, table.rows().size());
        for (int r = 0; r < rows; r++) {
            for (String cell : table.rows().get(r)) {
                if (Headers.namesIdentity(cell) || mapped(cell).filter(role -> role == Headers.Role.CODE
                        || role == Headers.Role.TITLE).isPresent()) {
                    headerRow = r;
                    return true;
                }
            }
        }
        sheetProblem("no header row: no cell in the first " + rows + " rows names a reference or title column "
                + "(Ref, Reference, Code, PI, Indicator, Measure, Title, Performance Indicator)");
        return false;
    }

    private Optional<Headers.Role> mapped(String header) {
        String name = Headers.normalise(header);
        for (Map.Entry<String, String> column : mapping.columns().entrySet()) {
            if (Headers.normalise(column.getKey()).equals(name)) {
                return Headers.Role.ofWord(column.getValue());
            }
        }
        return Optional.empty();
    }

    private boolean recogniseColumns() {
        List<String> above = new ArrayList<>();
        for (int r = 0; r < headerRow; r++) {
            for (String cell : table.rows().get(r)) {
                if (!cell.isBlank()) {
                    above.add("'" + cell.strip() + "'");
                }
            }
        }
        if (!above.isEmpty()) {
            notes.add("Above the header row " + (headerRow + 1) + " of " + table.name() + ", not imported: "
                    + String.join(", ", above));
        }
        List<String> header = table.rows().get(headerRow);
        List<String> ignored = new ArrayList<>();
        List<Integer> yearToDate = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String text = header.get(c);
            Headers.Column column = recognise(c, text, ignored, yearToDate);
            columns.add(column);
        }
        ReportingMonth lastMonth = null;
        for (Headers.Column column : columns) {
            if (column != null && column.role() == Headers.Role.VALUE && column.period() instanceof ReportingMonth month
                    && (lastMonth == null || month.compareTo(lastMonth) > 0)) {
                lastMonth = month;
            }
        }
        for (int c : yearToDate) {
            if (lastMonth == null) {
                cellProblem(headerRow, c, "no month columns to say which year to date this is; name its period "
                        + "in the mapping's periods, such as \"2024/25 YTD Sep-2024\"");
            } else {
                YearToDate ytd = YearToDate.of(FinancialYear.from(lastMonth.startInclusive()), lastMonth);
                columns.set(c, new Headers.Column(Headers.Role.VALUE, ytd, null));
                notes.add("Column " + Table.columnLetters(c) + " '" + header.get(c).strip() + "' read as the period "
                        + ytd + ", up to the latest month column");
            }
        }
        if (!ignored.isEmpty()) {
            notes.add("Columns not imported from " + table.name() + ": " + String.join(", ", ignored));
        }
        checkUnique();
        if (!has(Headers.Role.CODE) && !has(Headers.Role.TITLE)) {
            sheetProblem("no reference or title column");
        }
        if (!has(Headers.Role.PERIOD) && columns.stream().noneMatch(column -> column != null
                && column.role() == Headers.Role.VALUE && column.period() != null)) {
            sheetProblem("no period columns (headers such as 2024/25, Apr-22, 2024 Q1 or Year to Date) and no "
                    + "Period column");
        }
        if (has(Headers.Role.PERIOD) && !has(Headers.Role.VALUE)) {
            sheetProblem("a Period column but no Value column");
        }
        if (problems.isEmpty() && !has(Headers.Role.PERIOD)) {
            choosePeriods();
        }
        return problems.isEmpty();
    }

    private Headers.Column recognise(int c, String text, List<String> ignored, List<Integer> yearToDate) {
        if (text.isBlank()) {
            if (columnHasData(c)) {
                ignored.add(Table.columnLetters(c) + " (no header)");
            }
            return null;
        }
        Optional<Headers.Role> role = mapped(text);
        if (role.isPresent()) {
            if (role.get() == Headers.Role.IGNORE) {
                ignored.add(Table.columnLetters(c) + " (" + text.strip() + ")");
                return null;
            }
            return new Headers.Column(role.get(), null,
                    role.get() == Headers.Role.BENCHMARK ? Headers.benchmarkName(text) : null);
        }
        for (Map.Entry<String, String> period : mapping.periods().entrySet()) {
            if (Headers.normalise(period.getKey()).equals(Headers.normalise(text))) {
                try {
                    return new Headers.Column(Headers.Role.VALUE, ReportingPeriod.parse(period.getValue()), null);
                } catch (DateTimeParseException ex) {
                    cellProblem(headerRow, c, "the mapping's period for this column cannot be read: "
                            + ex.getMessage());
                    return null;
                }
            }
        }
        String name = Headers.normalise(text);
        if (name.equals("year to date") || name.equals("ytd")) {
            yearToDate.add(c);
            return null;
        }
        Optional<Headers.Column> column = Headers.recognise(text);
        if (column.isEmpty()) {
            ignored.add(Table.columnLetters(c) + " (" + text.strip() + ")");
            return null;
        }
        return column.get();
    }

    private boolean columnHasData(int c) {
        for (int r = headerRow + 1; r < table.rows().size(); r++) {
            if (!table.cell(r, c).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private void checkUnique() {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            Headers.Column column = columns.get(c);
            if (column == null) {
                continue;
            }
            String key = column.role() + "|" + column.period() + "|" + column.benchmark();
            Integer first = seen.putIfAbsent(key, c);
            if (first != null) {
                cellProblem(headerRow, c, "column " + Table.columnLetters(first) + " '"
                        + table.cell(headerRow, first).strip() + "' already gives the "
                        + describe(column));
            }
        }
    }

    private static String describe(Headers.Column column) {
        String what = column.role() == Headers.Role.VALUE && column.period() != null ? "values"
                : column.role().word();
        if (column.benchmark() != null) {
            what += " " + column.benchmark();
        }
        return column.period() == null ? what : what + " for " + column.period();
    }

    /** The periods of target and RAG columns without one in a wide table. */
    private void choosePeriods() {
        ReportingPeriod last = null;
        for (Headers.Column column : columns) {
            if (column != null && column.role() == Headers.Role.VALUE) {
                last = column.period();
            }
        }
        ragPeriod = last;
        if (mapping.targetPeriod().isPresent()) {
            try {
                targetPeriod = ReportingPeriod.parse(mapping.targetPeriod().get());
            } catch (DateTimeParseException ex) {
                sheetProblem("the mapping's targetPeriod cannot be read: " + ex.getMessage());
            }
        } else {
            targetPeriod = last instanceof ReportingYear ? last : FinancialYear.from(last.startInclusive());
        }
    }

    private boolean has(Headers.Role role) {
        for (Headers.Column column : columns) {
            if (column != null && column.role() == role) {
                return true;
            }
        }
        return false;
    }

    /**
     * The target a cell's text gives for a polarity, read once per import: a long table repeats an
     * indicator's target on each of its rows, and a report repeats a few target texts across its
     * indicators. A text that is not a target is read again each time, so that each cell's problem is
     * reported.
     */
    private Target target(String text, Polarity polarity) {
        Map<String, Target> byText = targetCache.computeIfAbsent(polarity, p -> new HashMap<>());
        Target target = byText.get(text);
        if (target == null) {
            target = PublishedTarget.parse(text, polarity, mapping.rangeReading());
            if (byText.size() < TARGET_CACHE_SIZE) {
                byText.put(text, target);
            }
        }
        return target;
    }

    private int index(Headers.Role role) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) != null && columns.get(c).role() == role && columns.get(c).period() == null) {
                return c;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ rows

    /** The cells of one indicator: its attribute cells and its outturn cells, with their rows. */
    private final class Row {
        final int row;
        final String code;
        final List<Integer> rows = new ArrayList<>();

        Row(int row, String code) {
            this.row = row;
            this.code = code;
            rows.add(row);
        }

        /** The first non-blank cell of a role among this indicator's rows, or -1. */
        int rowOf(Headers.Role role) {
            int c = index(role);
            if (c < 0) {
                return -1;
            }
            for (int r : rows) {
                if (!table.cell(r, c).isBlank()) {
                    return r;
                }
            }
            return -1;
        }

        String text(Headers.Role role) {
            int r = rowOf(role);
            return r < 0 ? "" : table.cell(r, index(role)).strip();
        }
    }

    private List<IndicatorEntry> readWide() {
        List<IndicatorEntry> entries = new ArrayList<>();
        for (Row row : rows(false)) {
            List<Cell> values = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Headers.Column column = columns.get(c);
                if (column != null && column.role() == Headers.Role.VALUE && column.period() != null
                        && !table.cell(row.row, c).isBlank()) {
                    values.add(new Cell(row.row, c, column.period()));
                }
            }
            IndicatorEntry entry = entry(row, values);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private List<IndicatorEntry> readLong() {
        List<IndicatorEntry> entries = new ArrayList<>();
        int periodColumn = index(Headers.Role.PERIOD);
        int valueColumn = index(Headers.Role.VALUE);
        for (Row row : rows(true)) {
            List<Cell> values = new ArrayList<>();
            for (int r : row.rows) {
                String text = table.cell(r, periodColumn);
                if (text.isBlank()) {
                    // A row without a period that gives no value only gives the indicator's attributes.
                    if (!table.cell(r, valueColumn).isBlank()) {
                        cellProblem(r, periodColumn, "no period for the value in column "
                                + Table.columnLetters(valueColumn));
                    }
                    continue;
                }
                Optional<ReportingPeriod> period = oldPeriod(text);
                if (period.isEmpty()) {
                    try {
                        ReportingPeriod.parse(text);
                    } catch (DateTimeParseException ex) {
                        cellProblem(r, periodColumn, ex.getMessage());
                    }
                    continue;
                }
                if (!table.cell(r, valueColumn).isBlank()) {
                    values.add(new Cell(r, valueColumn, period.get()));
                }
            }
            IndicatorEntry entry = entry(row, values);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** A value cell: its row and column, and its period. */
    private record Cell(int row, int column, ReportingPeriod period) {
    }

    /** The indicators' rows: one per row of a wide table, grouped by code in a long one, in order. */
    private List<Row> rows(boolean grouped) {
        int codeColumn = index(Headers.Role.CODE) >= 0 ? index(Headers.Role.CODE) : index(Headers.Role.TITLE);
        Map<String, Row> byCode = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (int r = headerRow + 1; r < table.rows().size() && problems.size() < TableImportException.LIMIT; r++) {
            if (table.rows().get(r).stream().allMatch(String::isBlank)) {
                continue;
            }
            String code = table.cell(r, codeColumn).strip();
            if (code.isEmpty()) {
                skipRow(r, "no reference in column " + Table.columnLetters(codeColumn) + " ("
                        + table.cell(headerRow, codeColumn).strip() + ")");
                continue;
            }
            Row existing = byCode.get(code);
            if (existing != null && grouped) {
                existing.rows.add(r);
            } else if (existing != null) {
                skipRow(r, "the reference " + code + " is already on row " + (existing.row + 1));
            } else {
                Row row = new Row(r, code);
                byCode.put(code, row);
                rows.add(row);
            }
        }
        return rows;
    }

    private IndicatorEntry entry(Row row, List<Cell> cells) {
        int before = problems.size();
        String title = row.text(Headers.Role.TITLE);
        Polarity polarity = attribute(row, Headers.Role.POLARITY, mapping.polarity().orElse(null),
                Polarity::parseLenient);
        if (polarity == null) {
            polarity = Polarity.NONE;
            notes.add(row.code + ": no polarity given; read as " + Polarity.NONE.displayName()
                    + " (a context measure, never rated)");
        }
        Frequency frequency = attribute(row, Headers.Role.FREQUENCY, mapping.frequency().orElse(null),
                Frequency::parseLenient);
        if (frequency == null) {
            frequency = inferFrequency(cells);
            notes.add(row.code + ": frequency " + frequency.displayName() + " inferred from its period columns");
        }
        MeasureType measureType = attribute(row, Headers.Role.MEASURE_TYPE, null, MeasureType::parseLenient);
        List<PublishedCell> values = publishedCells(cells);
        Unit unit = unit(row, values.stream().map(PublishedCell::value).toList());
        if (unit == null) {
            return null;
        }
        List<Outturn> outturns = new ArrayList<>();
        for (PublishedCell value : values) {
            try {
                outturns.add(outturn(row, value, unit));
            } catch (IllegalArgumentException ex) {
                cellProblem(value.cell.row, value.cell.column, ex.getMessage());
            }
        }
        SortedMap<ReportingPeriod, Target> targets = new TreeMap<>();
        Map<ReportingPeriod, Rating> published = new TreeMap<>();
        List<Benchmark> benchmarks = new ArrayList<>();
        readPeriodColumns(row, polarity, unit, targets, published, benchmarks);
        List<String> entryNotes = parts(row.text(Headers.Role.NOTES), "\\R| \\| ");
        Set<String> tags = new LinkedHashSet<>(parts(row.text(Headers.Role.TAGS), ";"));
        if (problems.size() > before && !options.isLenient()) {
            return null;
        }
        try {
            Indicator.Builder indicator = Indicator.builder().code(row.code).title(title.isEmpty() ? row.code : title)
                    .unit(unit).polarity(polarity).frequency(frequency).addAllTags(tags).putAllTargets(targets)
                    .addAllBenchmarks(benchmarks);
            if (measureType != null) {
                indicator.measureType(measureType);
            }
            String framework = row.text(Headers.Role.FRAMEWORK_CODE);
            if (!framework.isEmpty()) {
                indicator.frameworkCode(framework);
            }
            String policy = row.text(Headers.Role.POLICY);
            return IndicatorEntry.of(indicator.build(), outturns, policy.isEmpty() ? null : policy, published,
                    entryNotes);
        } catch (IllegalArgumentException ex) {
            skipRow(row.row, ex.getMessage());
            return null;
        }
    }

    /** The value cells read as published values; a cell that cannot be read is a problem and left out. */
    private List<PublishedCell> publishedCells(List<Cell> cells) {
        List<PublishedCell> values = new ArrayList<>();
        for (Cell cell : cells) {
            String text = table.cell(cell.row, cell.column);
            try {
                values.add(new PublishedCell(cell, PublishedValue.parse(text)));
            } catch (IllegalArgumentException ex) {
                cellProblem(cell.row, cell.column, ex.getMessage());
            }
        }
        return values;
    }

    /**
     * The unit of a row: its unit cell, else the mapping's, else inferred from its values (with a note);
     * null when the unit cell cannot be read (a problem has been noted).
     */
    private Unit unit(Row row, List<PublishedValue> values) {
        Unit unit = attribute(row, Headers.Role.UNIT, mapping.unit().orElse(null),
                text -> UnitWords.parse(text.toString(), values));
        if (unit == null && row.rowOf(Headers.Role.UNIT) < 0 && mapping.unit().isEmpty()) {
            UnitWords.Inference inference = UnitWords.infer(values);
            unit = inference.unit();
            notes.add(row.code + ": unit " + unit + " inferred from its cells (" + inference.reason() + ")");
        }
        return unit;
    }

    /**
     * Reads the target, RAG and benchmark cells of an indicator's rows into the given collections, each
     * for its column's period, else (in a long table) its row's period, else the mapping's target or RAG
     * period; a cell that cannot be read is a problem and left out.
     */
    private void readPeriodColumns(Row row, Polarity polarity, Unit unit, SortedMap<ReportingPeriod, Target> targets,
            Map<ReportingPeriod, Rating> published, List<Benchmark> benchmarks) {
        int periodColumn = has(Headers.Role.PERIOD) ? index(Headers.Role.PERIOD) : -1;
        for (int r : row.rows) {
            ReportingPeriod longPeriod = periodColumn >= 0
                    ? oldPeriod(table.cell(r, periodColumn)).orElse(null) : null;
            for (int c = 0; c < columns.size(); c++) {
                Headers.Column column = columns.get(c);
                String text = table.cell(r, c).strip();
                if (column == null || text.isEmpty()) {
                    continue;
                }
                ReportingPeriod period = column.period() != null ? column.period() : longPeriod;
                try {
                    switch (column.role()) {
                        case TARGET:
                            targets.put(period != null ? period : targetPeriod, target(text, polarity));
                            break;
                        case RAG:
                            published.put(period != null ? period : ragPeriod, rating(text));
                            break;
                        case BENCHMARK:
                            benchmarks.add(benchmark(column, period != null ? period : targetPeriod, text, unit));
                            break;
                        default:
                            break;
                    }
                } catch (IllegalArgumentException ex) {
                    cellProblem(r, c, ex.getMessage());
                }
            }
        }
    }

    /** The non-blank parts of a cell split at a separator, stripped, in order. */
    private static List<String> parts(String text, String separator) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split(separator)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    private record PublishedCell(Cell cell, PublishedValue value) {
    }

    /** An outturn from its value cell, with a long table's count, denominator, note and confidence limits. */
    private Outturn outturn(Row row, PublishedCell cell, Unit unit) {
        Outturn outturn = cell.value.toOutturn(cell.cell.period, unit);
        if (!has(Headers.Role.PERIOD)) {
            return outturn;
        }
        int r = cell.cell.row;
        String count = text(r, Headers.Role.COUNT);
        String denominator = text(r, Headers.Role.DENOMINATOR);
        String note = text(r, Headers.Role.VALUE_NOTE);
        Map<ConfidenceLevel, ConfidenceInterval> intervals = new LinkedHashMap<>();
        interval(r, Headers.Role.LOWER_95, Headers.Role.UPPER_95).ifPresent(ci ->
                intervals.put(ConfidenceLevel.NINETY_FIVE, ci));
        interval(r, Headers.Role.LOWER_99_8, Headers.Role.UPPER_99_8).ifPresent(ci ->
                intervals.put(ConfidenceLevel.NINETY_NINE_POINT_EIGHT, ci));
        if (count.isEmpty() && denominator.isEmpty() && note.isEmpty() && intervals.isEmpty()) {
            return outturn;
        }
        Outturn.Builder builder = Outturn.builder().period(outturn.period()).addAllFlags(outturn.flags());
        outturn.value().ifPresent(builder::value);
        outturn.missingReason().ifPresent(builder::missingReason);
        Optional<String> wording = outturn.note();
        if (!note.isEmpty()) {
            wording = Optional.of(wording.map(text -> text + "; " + note).orElse(note));
        }
        wording.ifPresent(builder::note);
        Optional<Fraction> fraction = outturn.fraction();
        if (fraction.isEmpty() && !count.isEmpty() && !denominator.isEmpty() && outturn.value().isPresent()) {
            Fraction parts = Fraction.of(number(r, Headers.Role.COUNT), number(r, Headers.Role.DENOMINATOR));
            unit.checkFraction(outturn.value().get(), parts);
            fraction = Optional.of(parts);
        }
        fraction.ifPresent(builder::fraction);
        if (outturn.value().isPresent()) {
            intervals.forEach(builder::putConfidenceIntervals);
        }
        return builder.build();
    }

    private Optional<ConfidenceInterval> interval(int r, Headers.Role lower, Headers.Role upper) {
        if (text(r, lower).isEmpty() || text(r, upper).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ConfidenceInterval.of(number(r, lower), number(r, upper)));
    }

    private String text(int r, Headers.Role role) {
        int c = index(role);
        return c < 0 ? "" : table.cell(r, c).strip();
    }

    private BigDecimal number(int r, Headers.Role role) {
        String text = text(r, role);
        PublishedValue value = PublishedValue.parse(text);
        return value.value().orElseThrow(() -> new IllegalArgumentException("Text '" + text
                + "' could not be read as a number for " + table.cell(headerRow, index(role)).strip()));
    }

    private Benchmark benchmark(Headers.Column column, ReportingPeriod period, String text, Unit unit) {
        BenchmarkGroup group = BenchmarkGroup.of(column.benchmark());
        PublishedValue value;
        try {
            value = PublishedValue.parse(text);
        } catch (IllegalArgumentException ex) {
            if (text.chars().anyMatch(Character::isDigit)) {
                throw ex;
            }
            // A benchmark is a number or a remark on its absence, such as 'Local Measure'.
            return Benchmark.unavailable(group, period, text);
        }
        if (value.value().isEmpty()) {
            return Benchmark.unavailable(group, period, value.text().strip());
        }
        return Benchmark.of(group, period, value.toOutturn(period, unit).value().orElseThrow());
    }

    /**
     * A published rating as printed: a colour ({@code Green}, {@code G}), a no-target wording
     * ({@code No Target}), or an unrated reason and its detail ({@code No value: Target of 18.7}).
     */
    static Rating rating(String text) {
        String word = text.strip();
        try {
            return Rating.of(Rag.parseLenient(word));
        } catch (IllegalArgumentException notColour) {
            int colon = word.indexOf(':');
            String head = colon > 0 ? word.substring(0, colon).strip() : word;
            for (UnratedReason reason : UnratedReason.values()) {
                if (reason.displayName().equalsIgnoreCase(head) || reason.name().equalsIgnoreCase(head)) {
                    String detail = colon > 0 ? word.substring(colon + 1).strip() : word;
                    return detail.isEmpty() ? Rating.unrated(reason) : Rating.unrated(reason, detail);
                }
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.equals("no target") || lower.equals("no target set")) {
                return Rating.unrated(UnratedReason.NO_TARGET, word);
            }
            if (lower.contains("not a target measure")) {
                return Rating.unrated(UnratedReason.NOT_RATED_MEASURE, word);
            }
            throw new IllegalArgumentException("Text '" + text + "' could not be read as a RAG rating: expected "
                    + "Red, Amber, Green, Blue (or R, A, G, B), No Target, Not a target measure, or an unrated "
                    + "reason and its detail such as 'No value: Target of 18.7'");
        }
    }

    private Frequency inferFrequency(List<Cell> cells) {
        boolean quarters = false;
        for (Headers.Column column : columns) {
            if (column != null && column.period() instanceof ReportingMonth) {
                return Frequency.MONTHLY;
            }
            quarters |= column != null && column.period() instanceof org.outturn.core.FinancialQuarter;
        }
        for (Cell cell : cells) {
            if (cell.period instanceof ReportingMonth) {
                return Frequency.MONTHLY;
            }
            quarters |= cell.period instanceof org.outturn.core.FinancialQuarter;
        }
        return quarters ? Frequency.QUARTERLY : Frequency.ANNUAL;
    }

    /** An indicator's attribute from its cell, else the mapping's default; null when neither gives one. */
    private <T> T attribute(Row row, Headers.Role role, String fallback,
            java.util.function.Function<CharSequence, T> parser) {
        int r = row.rowOf(role);
        String text = r < 0 ? fallback : table.cell(r, index(role)).strip();
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException ex) {
            if (r < 0) {
                sheetProblem("the mapping's " + role.word() + " cannot be read: " + ex.getMessage());
            } else {
                cellProblem(r, index(role), ex.getMessage());
            }
            return null;
        }
    }

    // ------------------------------------------------------------------ problems

    private void sheetProblem(String message) {
        problems.add(ImportProblem.ofSheet(table.name(), message));
    }

    private void cellProblem(int r, int c, String message) {
        String header = r == headerRow ? null : table.cell(headerRow, c).strip();
        ImportProblem problem = ImportProblem.ofCell(table.name(), r + 1, c + 1, header, table.cell(r, c), message);
        if (options.isLenient() && r != headerRow) {
            notes.add("Skipped " + problem);
        } else if (problems.size() < TableImportException.LIMIT) {
            problems.add(problem);
        }
    }

    private void skipRow(int r, String message) {
        ImportProblem problem = ImportProblem.ofRow(table.name(), r + 1, message);
        if (options.isLenient()) {
            notes.add("Skipped " + problem);
        } else if (problems.size() < TableImportException.LIMIT) {
            problems.add(problem);
        }
    }

    // ------------------------------------------------------------------ document

    private OutturnDocument document(List<IndicatorEntry> entries) {
        List<String> documentNotes = new ArrayList<>(mapping.notes());
        documentNotes.addAll(notes);
        List<RagPolicy> policies = new ArrayList<>(mapping.policies());
        String defaultPolicy = mapping.defaultPolicy().orElse(null);
        if (options.defaultPolicy().isPresent()) {
            RagPolicy policy = options.defaultPolicy().get();
            policies.removeIf(existing -> existing.name().equals(policy.name()));
            policies.add(policy);
            defaultPolicy = policy.name();
        }
        try {
            return OutturnDocument.of(mapping.title().orElse(null), mapping.source().orElse(table.name()),
                    documentNotes, policies, defaultPolicy, entries);
        } catch (IllegalArgumentException ex) {
            throw new TableImportException(table.name(), List.of(ImportProblem.ofSheet(table.name(),
                    ex.getMessage())));
        }
    }
}
