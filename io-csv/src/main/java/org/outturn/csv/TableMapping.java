package org.outturn.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.outturn.core.RangeReading;
import org.outturn.json.OutturnJson;
import org.outturn.rules.RagPolicy;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A mapping file: how to read a table whose layout the header synonyms do not cover, and what to add to
 * the document (title, source, notes, RAG policies). Every field is optional:
 *
 * <pre>{@code
 * {
 *   "sheet": "Tracker",
 *   "headerRow": 3,
 *   "columns": { "KPI No": "code", "What we measure": "title", "Comments": "ignore" },
 *   "periods": { "Q1": "2024/25 Q1", "YTD": "2024/25 YTD Sep-2024" },
 *   "targetPeriod": "2024/25",
 *   "unit": "percentage:1", "polarity": "Higher is better", "frequency": "Quarterly", "rangeReading": "BAND",
 *   "title": "Quarterly tracker", "source": "tracker.xlsx", "notes": ["..."],
 *   "policies": [ { "name": "bexley", "strategy": "tolerance", "parameters": { "tolerance": "relative 5%" } } ],
 *   "defaultPolicy": "bexley"
 * }
 * }</pre>
 *
 * <p>{@code columns} gives a role to a header (one of {@code code, title, unit, polarity, frequency,
 * measureType, frameworkCode, tags, policy, notes, target, rag, period, value, count, denominator,
 * valueNote, lower95, upper95, lower998, upper998, benchmark, ignore}); {@code periods} makes a header a
 * period column of a wide table; {@code targetPeriod} is the period a {@code Target} or {@code RAG}
 * column without a period is for in a wide table; {@code unit}, {@code polarity} and {@code frequency}
 * are the defaults for rows without such a cell; {@code rangeReading} ({@code BY_POLARITY}, {@code THRESHOLDS}
 * or {@code BAND}) says how a target of two numbers is read; {@code policies} are RAG policies in their
 * {@code outturn/1} form.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TableMapping {

    private static final Set<String> FIELDS = Set.of("sheet", "headerRow", "columns", "periods", "targetPeriod",
            "unit", "polarity", "frequency", "rangeReading", "title", "source", "notes", "policies", "defaultPolicy");
    private static final TableMapping NONE = new TableMapping(null, 0, Map.of(), Map.of(), null, null, null, null,
            RangeReading.BY_POLARITY, null, null, List.of(), List.of(), null);

    private final String sheet;
    private final int headerRow;
    private final Map<String, String> columns;
    private final Map<String, String> periods;
    private final String targetPeriod;
    private final String unit;
    private final String polarity;
    private final String frequency;
    private final RangeReading rangeReading;
    private final String title;
    private final String source;
    private final List<String> notes;
    private final List<RagPolicy> policies;
    private final String defaultPolicy;

    private TableMapping(String sheet, int headerRow, Map<String, String> columns, Map<String, String> periods,
            String targetPeriod, String unit, String polarity, String frequency, RangeReading rangeReading,
            String title, String source, List<String> notes, List<RagPolicy> policies, String defaultPolicy) {
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.columns = columns;
        this.periods = periods;
        this.targetPeriod = targetPeriod;
        this.unit = unit;
        this.polarity = polarity;
        this.frequency = frequency;
        this.rangeReading = rangeReading;
        this.title = title;
        this.source = source;
        this.notes = notes;
        this.policies = policies;
        this.defaultPolicy = defaultPolicy;
    }

    /**
     * Returns the empty mapping: the header synonyms alone.
     *
     * @return the mapping, not null
     */
    public static TableMapping none() {
        return NONE;
    }

    /**
     * Reads a mapping file.
     *
     * @param file  the file, not null
     * @return the mapping, not null
     * @throws IllegalArgumentException if the file is not a mapping, naming the field and the rule
     * @throws UncheckedIOException if the file cannot be read
     */
    public static TableMapping read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return parse(Files.readString(file));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Reads a mapping from its JSON text.
     *
     * @param json  the JSON text, not null
     * @return the mapping, not null
     * @throws IllegalArgumentException if the text is not a mapping, for example
     *     {@code Invalid mapping field 'colums' (known fields: [columns, ...])} or
     *     {@code Invalid mapping role for column 'KPI No': 'ref' (known roles: [code, title, ...])}
     */
    public static TableMapping parse(String json) {
        Objects.requireNonNull(json, "json");
        JsonMapper mapper = OutturnJson.strict().mapper();
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException ex) {
            throw new IllegalArgumentException("Invalid mapping (not JSON): " + ex.getOriginalMessage(), ex);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("Invalid mapping (expected a JSON object): " + json.strip());
        }
        for (String name : root.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("Invalid mapping field '" + name + "' (known fields: "
                        + new TreeSet<>(FIELDS) + ")");
            }
        }
        Map<String, String> columns = map(root, "columns");
        for (Map.Entry<String, String> column : columns.entrySet()) {
            if (Headers.Role.ofWord(column.getValue()).isEmpty()) {
                throw new IllegalArgumentException("Invalid mapping role for column '" + column.getKey() + "': '"
                        + column.getValue() + "' (known roles: " + Headers.Role.words() + ")");
            }
        }
        int headerRow = 0;
        if (root.has("headerRow")) {
            JsonNode row = root.get("headerRow");
            if (!row.isInt() || row.intValue() < 1) {
                throw new IllegalArgumentException("Invalid mapping field headerRow (a row number from 1): " + row);
            }
            headerRow = row.intValue();
        }
        List<String> notes = new ArrayList<>();
        if (root.has("notes")) {
            JsonNode array = root.get("notes");
            if (!array.isArray()) {
                throw new IllegalArgumentException("Invalid mapping field notes (an array of text): " + array);
            }
            for (JsonNode note : array) {
                notes.add(text(note, "notes"));
            }
        }
        List<RagPolicy> policies = new ArrayList<>();
        if (root.has("policies")) {
            JsonNode array = root.get("policies");
            if (!array.isArray()) {
                throw new IllegalArgumentException("Invalid mapping field policies (an array of policies): " + array);
            }
            for (JsonNode policy : array) {
                try {
                    policies.add(mapper.treeToValue(policy, RagPolicy.class));
                } catch (JacksonException ex) {
                    throw new IllegalArgumentException("Invalid mapping field policies: " + ex.getOriginalMessage(),
                            ex);
                }
            }
        }
        RangeReading reading = RangeReading.BY_POLARITY;
        if (root.has("rangeReading")) {
            String word = text(root.get("rangeReading"), "rangeReading");
            try {
                reading = RangeReading.valueOf(word);
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("Invalid mapping field rangeReading (one of "
                        + java.util.Arrays.toString(RangeReading.values()) + "): '" + word + "'", ex);
            }
        }
        return new TableMapping(string(root, "sheet"), headerRow, columns, map(root, "periods"),
                string(root, "targetPeriod"), string(root, "unit"), string(root, "polarity"),
                string(root, "frequency"), reading, string(root, "title"), string(root, "source"),
                Collections.unmodifiableList(notes), Collections.unmodifiableList(policies),
                string(root, "defaultPolicy"));
    }

    private static String string(JsonNode root, String field) {
        return root.has(field) ? text(root.get(field), field) : null;
    }

    private static String text(JsonNode node, String field) {
        if (!node.isString() || node.stringValue().isBlank()) {
            throw new IllegalArgumentException("Invalid mapping field " + field + " (text, not blank): " + node);
        }
        return node.stringValue();
    }

    private static Map<String, String> map(JsonNode root, String field) {
        if (!root.has(field)) {
            return Map.of();
        }
        JsonNode object = root.get(field);
        if (!object.isObject()) {
            throw new IllegalArgumentException("Invalid mapping field " + field + " (an object of text): " + object);
        }
        Map<String, String> map = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            map.put(entry.getKey(), text(entry.getValue(), field + "." + entry.getKey()));
        }
        return Collections.unmodifiableMap(map);
    }

    /** A copy with other column roles and one more note, for a preset. */
    TableMapping withColumns(Map<String, String> roles, String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new TableMapping(sheet, headerRow, Collections.unmodifiableMap(new LinkedHashMap<>(roles)), periods,
                targetPeriod, unit, polarity, frequency, rangeReading, title, source, Collections.unmodifiableList(more),
                policies,
                defaultPolicy);
    }

    /**
     * Returns the sheet to read.
     *
     * @return the sheet's name, empty for the first sheet
     */
    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    /**
     * Returns the header row.
     *
     * @return the row from 1, empty to find the first row that names a reference or title column
     */
    public OptionalInt headerRow() {
        return headerRow == 0 ? OptionalInt.empty() : OptionalInt.of(headerRow);
    }

    /**
     * Returns the roles given to headers, such as {@code KPI No} to {@code code}.
     *
     * @return the roles by header as printed, not null
     */
    public Map<String, String> columns() {
        return columns;
    }

    /**
     * Returns the period columns given by header, such as {@code Q1} to {@code 2024/25 Q1}.
     *
     * @return the period notation by header, not null
     */
    public Map<String, String> periods() {
        return periods;
    }

    /**
     * Returns the period that target and RAG columns without a period are for in a wide table.
     *
     * @return the period notation, empty for the financial year of the latest period column
     */
    public Optional<String> targetPeriod() {
        return Optional.ofNullable(targetPeriod);
    }

    /**
     * Returns the unit of rows without a unit cell.
     *
     * @return the unit's text, empty to infer it from the cells
     */
    public Optional<String> unit() {
        return Optional.ofNullable(unit);
    }

    /**
     * Returns the polarity of rows without a polarity cell.
     *
     * @return the polarity's text, empty for none
     */
    public Optional<String> polarity() {
        return Optional.ofNullable(polarity);
    }

    /**
     * Returns the frequency of rows without a frequency cell.
     *
     * @return the frequency's text, empty to infer it from the period columns
     */
    public Optional<String> frequency() {
        return Optional.ofNullable(frequency);
    }

    /**
     * Returns how a target of two numbers is read ({@code "rangeReading": "BAND"}), as
     * {@link org.outturn.core.PublishedTarget#parse(CharSequence, org.outturn.core.Polarity, RangeReading)}
     * describes.
     *
     * @return the reading, {@link RangeReading#BY_POLARITY} by default, not null
     */
    public RangeReading rangeReading() {
        return rangeReading;
    }

    /**
     * Returns the document's title.
     *
     * @return the title, empty for none
     */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /**
     * Returns the document's source.
     *
     * @return the source, empty for the file's name
     */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /**
     * Returns notes for the document, before those the import adds.
     *
     * @return the notes, not null
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * Returns the RAG policies the document defines.
     *
     * @return the policies, not null
     */
    public List<RagPolicy> policies() {
        return policies;
    }

    /**
     * Returns the name of the document's default policy.
     *
     * @return the name, empty for none
     */
    public Optional<String> defaultPolicy() {
        return Optional.ofNullable(defaultPolicy);
    }

    @Override
    public String toString() {
        return "TableMapping[sheet=" + sheet + ", columns=" + columns + ", periods=" + periods + "]";
    }
}
