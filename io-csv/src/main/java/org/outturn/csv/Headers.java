package org.outturn.csv;

import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outturn.core.ReportingPeriod;

/**
 * Recognises a table's header cells: the one place that knows the header names and synonyms councils
 * use, shared by every reader (CSV and XLSX) so that their messages cannot drift.
 */
final class Headers {

    /** What a column holds. */
    enum Role {
        CODE("code"),
        TITLE("title"),
        UNIT("unit"),
        POLARITY("polarity"),
        FREQUENCY("frequency"),
        MEASURE_TYPE("measureType"),
        FRAMEWORK_CODE("frameworkCode"),
        TAGS("tags"),
        POLICY("policy"),
        NOTES("notes"),
        TARGET("target"),
        RAG("rag"),
        PERIOD("period"),
        VALUE("value"),
        COUNT("count"),
        DENOMINATOR("denominator"),
        VALUE_NOTE("valueNote"),
        LOWER_95("lower95"),
        UPPER_95("upper95"),
        LOWER_99_8("lower998"),
        UPPER_99_8("upper998"),
        BENCHMARK("benchmark"),
        IGNORE("ignore");

        private final String word;

        Role(String word) {
            this.word = word;
        }

        /** The role's name in a mapping file, such as {@code code} or {@code measureType}. */
        String word() {
            return word;
        }

        static Optional<Role> ofWord(String word) {
            for (Role role : values()) {
                if (role.word.equals(word)) {
                    return Optional.of(role);
                }
            }
            return Optional.empty();
        }

        static List<String> words() {
            return java.util.Arrays.stream(values()).map(Role::word).toList();
        }
    }

    /**
     * A recognised column: its role, the period it is for (a period column of a wide table, or
     * {@code Target 2024/25}), and for a benchmark the comparator's name.
     */
    record Column(Role role, ReportingPeriod period, String benchmark) {
    }

    /** The header synonyms, lower case with single spaces; {@code _} reads as a space. */
    private static final Map<String, Role> SYNONYMS = new LinkedHashMap<>();

    static {
        for (String word : List.of("ref", "reference", "code", "pi", "pi ref", "ref no", "indicator ref",
                "indicator code", "kpi ref", "measure ref")) {
            SYNONYMS.put(word, Role.CODE);
        }
        for (String word : List.of("indicator", "measure", "title", "performance indicator", "indicator name",
                "measure name", "kpi", "description")) {
            SYNONYMS.put(word, Role.TITLE);
        }
        for (String word : List.of("polarity", "good is", "good performance is", "direction of improvement")) {
            SYNONYMS.put(word, Role.POLARITY);
        }
        for (String word : List.of("target", "targets", "target or range of acceptable performance")) {
            SYNONYMS.put(word, Role.TARGET);
        }
        for (String word : List.of("rag", "status", "rag status", "rag rating", "published rag", "published")) {
            SYNONYMS.put(word, Role.RAG);
        }
        for (String word : List.of("frequency", "reporting frequency")) {
            SYNONYMS.put(word, Role.FREQUENCY);
        }
        for (String word : List.of("unit", "units", "unit of measure")) {
            SYNONYMS.put(word, Role.UNIT);
        }
        for (String word : List.of("period", "time period", "reporting period")) {
            SYNONYMS.put(word, Role.PERIOD);
        }
        for (String word : List.of("value", "outturn", "actual", "result")) {
            SYNONYMS.put(word, Role.VALUE);
        }
        SYNONYMS.put("measure type", Role.MEASURE_TYPE);
        SYNONYMS.put("framework code", Role.FRAMEWORK_CODE);
        SYNONYMS.put("tags", Role.TAGS);
        SYNONYMS.put("theme", Role.TAGS);
        SYNONYMS.put("policy", Role.POLICY);
        SYNONYMS.put("notes", Role.NOTES);
        SYNONYMS.put("comments", Role.NOTES);
        SYNONYMS.put("count", Role.COUNT);
        SYNONYMS.put("numerator", Role.COUNT);
        SYNONYMS.put("denominator", Role.DENOMINATOR);
        SYNONYMS.put("value note", Role.VALUE_NOTE);
        SYNONYMS.put("lower 95", Role.LOWER_95);
        SYNONYMS.put("upper 95", Role.UPPER_95);
        SYNONYMS.put("lower 99.8", Role.LOWER_99_8);
        SYNONYMS.put("upper 99.8", Role.UPPER_99_8);
        SYNONYMS.put("lower95", Role.LOWER_95);
        SYNONYMS.put("upper95", Role.UPPER_95);
        SYNONYMS.put("lower998", Role.LOWER_99_8);
        SYNONYMS.put("upper998", Role.UPPER_99_8);
    }

    /** {@code Target 2024/25}, {@code RAG Year End 24/25}, {@code Status Q1 2024/25}. */
    private static final Pattern WITH_PERIOD = Pattern.compile(
            "(target|rag|status|rag status)(?: year end| ye| for)?\\s+(.+)");
    /** {@code Benchmark England}, {@code England}, {@code London}. */
    private static final Pattern BENCHMARK = Pattern.compile("(?:benchmark|benchmark:)\\s*(.+)");

    private Headers() {
    }

    /** The header in the form synonyms are compared in: lower case, single spaces, no trailing colon. */
    static String normalise(String header) {
        String text = header.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        return text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
    }

    /** A period as a header prints it, reading {@code 24/25} as {@code 2024/25}; empty when not a period. */
    static Optional<ReportingPeriod> period(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        if (isShortYear(trimmed)) {
            trimmed = "20" + trimmed;
        }
        try {
            return Optional.of(ReportingPeriod.parse(trimmed));
        } catch (DateTimeParseException ex) {
            return Optional.empty();
        }
    }

    /** Whether a text is a financial year with two-digit years, as in {@code 24/25}: two ASCII digits, a slash, two. */
    private static boolean isShortYear(String text) {
        return text.length() == 5 && isDigit(text.charAt(0)) && isDigit(text.charAt(1)) && text.charAt(2) == '/'
                && isDigit(text.charAt(3)) && isDigit(text.charAt(4));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Recognises one header by the synonyms; empty when it is none of them.
     *
     * @param header  the header as printed
     * @return the column, empty when unknown
     */
    static Optional<Column> recognise(String header) {
        String name = normalise(header);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Role role = SYNONYMS.get(name);
        if (role != null) {
            return Optional.of(new Column(role, null, null));
        }
        Matcher withPeriod = WITH_PERIOD.matcher(name);
        if (withPeriod.matches()) {
            Optional<ReportingPeriod> period = period(header.strip().substring(header.strip().length()
                    - withPeriod.group(2).length()));
            if (period.isPresent()) {
                Role kind = withPeriod.group(1).equals("target") ? Role.TARGET : Role.RAG;
                return Optional.of(new Column(kind, period.get(), null));
            }
        }
        Matcher benchmark = BENCHMARK.matcher(name);
        if (benchmark.matches()) {
            String group = header.strip().substring(header.strip().length() - benchmark.group(1).length());
            return Optional.of(new Column(Role.BENCHMARK, null, benchmarkName(group)));
        }
        if (name.equals("england") || name.equals("national") || name.equals("london")) {
            return Optional.of(new Column(Role.BENCHMARK, null, benchmarkName(header.strip())));
        }
        return period(header).map(period -> new Column(Role.VALUE, period, null));
    }

    /** The benchmark group's name: {@code England} for national, as printed otherwise. */
    static String benchmarkName(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("england") || lower.equals("national")) {
            return "England";
        }
        return lower.equals("london") ? "London" : text.strip();
    }

    /** Whether a header names a role, for finding the header row of a sheet with a title above it. */
    static boolean namesIdentity(String header) {
        Role role = SYNONYMS.get(normalise(header));
        return role == Role.CODE || role == Role.TITLE;
    }
}
