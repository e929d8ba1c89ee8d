package org.outturn.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Fingertips data export preset: turns the export's rows for one area into a long table that
 * {@link Importer} reads, keeping every row in its place (rows of other areas become blank) so that
 * problems name the export's own rows, and adding the England and parent values as benchmark columns.
 *
 * <p>Columns read: {@code Indicator ID}, {@code Indicator Name}, {@code Parent Code}, {@code Parent Name},
 * {@code Area Code}, {@code Area Name}, {@code Area Type}, {@code Sex}, {@code Age}, {@code Category},
 * {@code Time period}, {@code Value}, {@code Lower CI 95.0 limit}, {@code Upper CI 95.0 limit},
 * {@code Lower CI 99.8 limit}, {@code Upper CI 99.8 limit}, {@code Count}, {@code Denominator},
 * {@code Value note}, {@code Compared to England value or percentiles}. The others ({@code Recent Trend},
 * {@code Compared to <parent> value or percentiles}, {@code Time period Sortable}, {@code Compared to goal},
 * ...) are noted as not imported.
 */
final class Fingertips {

    /** England's area code in Fingertips. */
    static final String ENGLAND = "E92000001";

    static final Map<String, String> ROLES = Map.ofEntries(
            Map.entry("Indicator ID", "code"),
            Map.entry("Indicator Name", "title"),
            Map.entry("Time period", "period"),
            Map.entry("Value", "value"),
            Map.entry("Count", "count"),
            Map.entry("Denominator", "denominator"),
            Map.entry("Value note", "valueNote"),
            Map.entry("Lower CI 95.0 limit", "lower95"),
            Map.entry("Upper CI 95.0 limit", "upper95"),
            Map.entry("Lower CI 99.8 limit", "lower998"),
            Map.entry("Upper CI 99.8 limit", "upper998"),
            Map.entry("Compared to England value or percentiles", "rag"),
            Map.entry("Area Code", "ignore"),
            Map.entry("Area Name", "ignore"),
            Map.entry("Area Type", "ignore"),
            Map.entry("Parent Code", "ignore"),
            Map.entry("Parent Name", "ignore"),
            Map.entry("Sex", "ignore"),
            Map.entry("Age", "ignore"),
            Map.entry("Category Type", "ignore"),
            Map.entry("Category", "ignore"));

    static final String NOTE = "Fingertips export: the area's rows are the outturns, England's and the parent "
            + "area's values for the same indicator, sex, age, category and period are benchmarks; Count and "
            + "Denominator are the fraction; the 95% and 99.8% confidence limits are kept on the outturn; "
            + "'Compared to England value or percentiles' is the published rating (Better as Green, Similar "
            + "as Amber, Worse as Red, any other comparison as Not comparable with its wording); each sex, "
            + "age and category split of an indicator is an indicator of its own, coded ID/Sex/Age/Category";

    private Fingertips() {
    }

    /** The mapping the preset reads the export with: the user's, with the export's columns' roles. */
    static TableMapping mapping(TableMapping user) {
        Map<String, String> columns = new LinkedHashMap<>(ROLES);
        columns.putAll(user.columns());
        return user.withColumns(columns, NOTE);
    }

    /**
     * The export as a long table for one area.
     *
     * @throws TableImportException if a column the preset needs is missing, or no row is for the area
     */
    static Table toLongTable(Table table, String area) {
        if (table.rows().isEmpty()) {
            throw new TableImportException(table.name(), List.of(ImportProblem.ofSheet(table.name(),
                    "no header row: the sheet is empty")));
        }
        List<String> header = table.rows().get(0);
        Map<String, Integer> index = columnIndex(table.name(), header);
        int id = index.get("indicator id");
        int name = index.get("indicator name");
        int areaCode = index.get("area code");
        int period = index.get("time period");
        int value = index.get("value");
        int parentCode = index.getOrDefault("parent code", -1);
        int parentName = index.getOrDefault("parent name", -1);
        int rag = index.getOrDefault("compared to england value or percentiles", -1);
        int[] splits = {index.getOrDefault("sex", -1), index.getOrDefault("age", -1),
                index.getOrDefault("category", -1)};
        Map<String, String> values = new HashMap<>();
        Map<String, Set<String>> splitsOf = new HashMap<>();
        String parent = null;
        String parentLabel = null;
        boolean found = false;
        for (int r = 1; r < table.rows().size(); r++) {
            String key = table.cell(r, id).strip() + "|" + split(table, r, splits) + "|"
                    + table.cell(r, period).strip();
            values.put(table.cell(r, areaCode).strip() + "|" + key, table.cell(r, value));
            if (table.cell(r, areaCode).strip().equalsIgnoreCase(area)) {
                found = true;
                splitsOf.computeIfAbsent(table.cell(r, id).strip(), k -> new LinkedHashSet<>())
                        .add(split(table, r, splits));
                if (parentCode >= 0 && parent == null && !table.cell(r, parentCode).isBlank()) {
                    parent = table.cell(r, parentCode).strip();
                    parentLabel = parentName >= 0 && !table.cell(r, parentName).isBlank()
                            ? table.cell(r, parentName).strip() : parent;
                }
            }
        }
        if (!found) {
            throw new TableImportException(table.name(), List.of(ImportProblem.ofSheet(table.name(),
                    "no row for the area " + area + " in column " + Table.columnLetters(areaCode) + " (Area Code)")));
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> newHeader = new ArrayList<>(header);
        newHeader.add("Benchmark England");
        if (parent != null && !parent.equals(ENGLAND)) {
            newHeader.add("Benchmark " + parentLabel);
        }
        rows.add(newHeader);
        for (int r = 1; r < table.rows().size(); r++) {
            if (!table.cell(r, areaCode).strip().equalsIgnoreCase(area)) {
                rows.add(List.of());
                continue;
            }
            List<String> row = new ArrayList<>(table.rows().get(r));
            while (row.size() < header.size()) {
                row.add("");
            }
            String indicator = table.cell(r, id).strip();
            String split = split(table, r, splits);
            if (splitsOf.get(indicator).size() > 1) {
                List<String> parts = new ArrayList<>();
                for (String part : split.split("\\|")) {
                    if (!part.isEmpty()) {
                        parts.add(part);
                    }
                }
                row.set(id, indicator + "/" + String.join("/", parts));
                row.set(name, table.cell(r, name).strip() + " (" + String.join(", ", parts) + ")");
            }
            if (rag >= 0) {
                row.set(rag, comparison(table.cell(r, rag)));
            }
            String key = indicator + "|" + split + "|" + table.cell(r, period).strip();
            row.add(values.getOrDefault(ENGLAND + "|" + key, ""));
            if (parent != null && !parent.equals(ENGLAND)) {
                row.add(values.getOrDefault(parent + "|" + key, ""));
            }
            rows.add(row);
        }
        return Table.of(table.name(), rows);
    }

    /**
     * The columns of an export's header by their lower-case names, the first of a repeated name.
     *
     * @throws TableImportException if a column the preset needs is missing
     */
    private static Map<String, Integer> columnIndex(String sheet, List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            index.putIfAbsent(header.get(c).strip().toLowerCase(Locale.ROOT), c);
        }
        List<String> missing = new ArrayList<>();
        for (String needed : List.of("Indicator ID", "Indicator Name", "Area Code", "Time period", "Value")) {
            if (!index.containsKey(needed.toLowerCase(Locale.ROOT))) {
                missing.add(needed);
            }
        }
        if (!missing.isEmpty()) {
            throw new TableImportException(sheet, List.of(ImportProblem.ofSheet(sheet,
                    "not a Fingertips data export: no column " + String.join(", ", missing))));
        }
        return index;
    }

    private static String split(Table table, int r, int[] columns) {
        List<String> parts = new ArrayList<>();
        for (int c : columns) {
            parts.add(c < 0 ? "" : table.cell(r, c).strip());
        }
        return String.join("|", parts);
    }

    /** A published comparison as a rating's text. */
    static String comparison(String text) {
        String word = text.strip();
        switch (word.toLowerCase(Locale.ROOT)) {
            case "":
                return "";
            case "better":
                return "Green";
            case "similar":
                return "Amber";
            case "worse":
                return "Red";
            default:
                return "Not comparable: " + word;
        }
    }
}
