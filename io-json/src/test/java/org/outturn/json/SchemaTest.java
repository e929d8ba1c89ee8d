package org.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.outturn.core.Frequency;
import org.outturn.core.MeasureType;
import org.outturn.core.MissingReason;
import org.outturn.core.OutturnFlag;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.UnratedReason;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.outturn.rules.report.OutturnDocument;

/**
 * The JSON Schema of {@code outturn/1}, {@code outturn-1.schema.json}, against the reader: every
 * golden file and example validates, every invalid example is rejected by both, and the schema's
 * field names and enums are those of the codecs and the model.
 */
final class SchemaTest {

    static final String ID = "https://outturn.org/schema/outturn-1.schema.json";
    static final String SCHEMA_TEXT = resource("outturn-1.schema.json");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(Map.of(ID, SCHEMA_TEXT)));
    private static final Schema DOCUMENT = REGISTRY.getSchema(SchemaLocation.of(ID));
    private static final JsonNode SCHEMA_NODE = JsonMapper.shared().readTree(SCHEMA_TEXT);

    /** Reads a resource of the module's main package, the schema as shipped in the jar. */
    private static String resource(String name) {
        try (InputStream in = OutturnJson.class.getResourceAsStream(name)) {
            assertThat(in).as("resource " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Every kind's canonical notation, year-to-date periods of each kind of year included, fits the schema. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2024/25", "2024/25 Q1", "Apr-2024", "2024",
        "2024/25 AY", "2024/25-2025/26", "2024/25 YTD Sep-2024", "2022 YTD Nov-2022", "2022/23 AY YTD Dec-2022",
        "2024 Q1", "2024 Q4", "Autumn 2022", "Spring 2023", "Summer 2023", "12 months to Mar-2025",
        "12 months to Dec-2024", "2017-2019", "2016-2025", "2017/18-2019/20", "2022/23 Q1-Q3", "2022/23 Q1-Q1"})
    void periodDefinition_acceptsCanonicalNotationOfEveryKind(String notation) {
        String canonical = org.outturn.core.ReportingPeriod.parse(notation).toString();
        assertThat(canonical).isEqualTo(notation);
        assertThat(definition("period").validate("\"" + notation + "\"", InputFormat.JSON)).isEmpty();
    }

    /** The schema describes what Outturn writes: the labels a person or Fingertips types are the reader's. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2017 - 19", "2017/18 - 19/20", "Jan-Mar 2024",
        "Q1 2024", "Autumn term 2022", "12 months ending Mar-2025", "2022/23 Q1 - Q3", "2022/23 Q2-Q3",
        "2024 Q5", "Winter 2022"})
    void periodDefinition_refusesOtherNotations(String notation) {
        assertThat(definition("period").validate("\"" + notation + "\"", InputFormat.JSON)).isNotEmpty();
    }

    private static Schema definition(String name) {
        return name == null ? DOCUMENT : REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/" + name));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static List<Path> files(String folder) {
        try (Stream<Path> files = Files.list(GoldenFilesTest.RESOURCES.resolve(folder))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }  catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    // ---------------------------------------------------------------- the schema itself

    @Test
    void schema_isValidDraft202012() {
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        assertThat(metaSchema.validate(SCHEMA_TEXT, InputFormat.JSON)).isEmpty();
        assertThat(SCHEMA_NODE.get("$id").asString()).isEqualTo(ID);
        assertThat(SCHEMA_NODE.at("/properties/format/const").asString()).isEqualTo(OutturnDocument.FORMAT);
    }

    @Test
    void schema_objectFields_areThoseOfTheCodecs() {
        assertThat(names("/properties")).isEqualTo(DocumentCodecs.DOCUMENT_FIELDS);
        assertThat(names("/$defs/policy/properties")).isEqualTo(DocumentCodecs.POLICY_FIELDS);
        assertThat(names("/$defs/indicatorFields/properties")).isEqualTo(ModelCodecs.INDICATOR_FIELDS);
        List<String> entry = new ArrayList<>(names("/$defs/indicatorFields/properties"));
        entry.addAll(names("/$defs/indicatorEntry/properties"));
        assertThat(entry).isEqualTo(DocumentCodecs.ENTRY_FIELDS);
        List<String> outturn = new ArrayList<>(names("/$defs/outturn/properties"));
        outturn.addAll(names("/$defs/outturnFields/properties"));
        assertThat(outturn).isEqualTo(ModelCodecs.OUTTURN_FIELDS);
        assertThat(names("/$defs/benchmark/properties")).containsExactly("group", "period", "value", "note");
        assertThat(names("/$defs/rating/properties")).containsExactly("rag", "unratedReason", "detail");
        assertThat(strings("/$defs/target/properties/kind/enum")).isEqualTo(ModelCodecs.TARGET_KINDS);
        List<String> kinds = new ArrayList<>();
        SCHEMA_NODE.at("/$defs/target/oneOf").forEach(kind -> kinds.add(kind.at("/properties/kind/const").asString()));
        assertThat(kinds).isEqualTo(ModelCodecs.TARGET_KINDS);
    }

    static Stream<Arguments> enums() {
        List<String> modes = new ArrayList<>(names(RoundingMode.values()));
        modes.remove(RoundingMode.UNNECESSARY.name());
        return Stream.of(
                Arguments.of("polarity", names(Polarity.values())),
                Arguments.of("frequency", names(Frequency.values())),
                Arguments.of("measureType", names(MeasureType.values())),
                Arguments.of("missingReason", names(MissingReason.values())),
                Arguments.of("flag", names(OutturnFlag.values())),
                Arguments.of("rag", names(Rag.values())),
                Arguments.of("unratedReason", names(UnratedReason.values())),
                Arguments.of("roundingMode", modes));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void schema_enum_isTheModelsConstants(String definition, List<String> constants) {
        assertThat(strings("/$defs/" + definition + "/enum")).isEqualTo(constants);
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    private static List<String> names(String pointer) {
        List<String> names = new ArrayList<>();
        SCHEMA_NODE.at(pointer).propertyNames().forEach(names::add);
        return names;
    }

    private static List<String> strings(String pointer) {
        List<String> strings = new ArrayList<>();
        SCHEMA_NODE.at(pointer).forEach(node -> strings.add(node.asString()));
        return strings;
    }

    // ---------------------------------------------------------------- valid input

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.outturn.json.GoldenFilesTest#goldens")
    void goldenFile_validatesAgainstItsDefinition(GoldenFilesTest.Golden golden) {
        String json = read(GoldenFilesTest.RESOURCES.resolve(golden.path()));
        assertThat(definition(golden.definition()).validate(json, InputFormat.JSON)).isEmpty();
    }

    static List<Path> examples() {
        return files("examples");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_validatesAndReads(Path file) {
        assertThat(DOCUMENT.validate(read(file), InputFormat.JSON)).isEmpty();
        assertThat(OutturnJson.strict().read(file).indicators()).isNotEmpty();
    }

    // ---------------------------------------------------------------- invalid input

    /**
     * The invalid examples: the file under {@code invalid/}, where the schema finds the fault (the
     * instance location, a JSON Pointer, of one of its errors), and how the strict reader's message starts.
     */
    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("missing-format", "", "Invalid document at $: missing required field 'format'"),
                Arguments.of("wrong-format", "/format",
                        "Invalid format at $.format: unsupported format 'outturn/2' (supported: outturn/1)"),
                Arguments.of("unknown-top-level-field", "", "Invalid document at $.author: unknown field 'author'"),
                Arguments.of("indicators-not-an-array", "/indicators",
                        "Invalid indicators at $.indicators: expected an array, found an object"),
                Arguments.of("indicator-missing-code", "/indicators/0",
                        "Invalid indicator at $.indicators[0]: missing required field 'code'"),
                Arguments.of("blank-code", "/indicators/0/code",
                        "Invalid indicator at $.indicators[0]: Invalid value for code (must not be blank): ' '"),
                Arguments.of("bad-unit", "/indicators/0/unit", "Invalid unit at $.indicators[0].unit: Invalid unit "
                        + "'percent:0' (expected KIND:DECIMAL_PLACES"),
                Arguments.of("bad-polarity", "/indicators/0/polarity",
                        "Invalid polarity at $.indicators[0].polarity: unknown value 'HIGH'"),
                Arguments.of("bad-target-kind", "/indicators/0/targets/2024~125/kind",
                        "Invalid target kind at $.indicators[0].targets[\"2024/25\"].kind: unknown kind 'range'"),
                Arguments.of("target-missing-value", "/indicators/0/targets/2024~125",
                        "Invalid target at $.indicators[0].targets[\"2024/25\"]: missing required field 'value'"),
                Arguments.of("target-field-of-another-kind", "/indicators/0/targets/2024~125",
                        "Invalid target at $.indicators[0].targets[\"2024/25\"]: field 'green' does not belong to a "
                                + "single target (its fields: [value])"),
                Arguments.of("outturn-value-and-missing-reason", "/indicators/0/outturns/2023~124",
                        "Invalid outturn at $.indicators[0].outturns[\"2023/24\"]: Invalid outturn for 2023/24"),
                Arguments.of("outturn-neither-value-nor-missing-reason", "/indicators/0/outturns/2023~124",
                        "Invalid outturn at $.indicators[0].outturns[\"2023/24\"]: Invalid outturn for 2023/24"),
                Arguments.of("fraction-without-value", "/indicators/0/outturns/2023~124",
                        "Invalid outturn at $.indicators[0].outturns[\"2023/24\"]: Invalid outturn for 2023/24"),
                Arguments.of("bad-fraction", "/indicators/0/outturns/2023~124/fraction",
                        "Invalid fraction at $.indicators[0].outturns[\"2023/24\"].fraction: Invalid fraction "
                                + "'56 of 100'"),
                Arguments.of("bad-flag", "/indicators/0/outturns/2023~124/flags/0",
                        "Invalid flag at $.indicators[0].outturns[\"2023/24\"].flags[0]: unknown value 'FINAL'"),
                Arguments.of("outturn-repeats-period", "/indicators/0/outturns/2023~124",
                        "Invalid outturn at $.indicators[0].outturns[\"2023/24\"].period: unknown field 'period'"),
                Arguments.of("rating-rag-and-unrated-reason", "/indicators/0/published/2024~125",
                        "Invalid rating at $.indicators[0].published[\"2024/25\"]: must have either 'rag' or "
                                + "'unratedReason'"),
                Arguments.of("rated-with-detail", "/indicators/0/published/2024~125",
                        "Invalid rating at $.indicators[0].published[\"2024/25\"]: a rated result has no 'detail'"),
                Arguments.of("non-numeric-value", "/indicators/0/outturns/2024~125/value",
                        "Invalid outturn value at $.indicators[0].outturns[\"2024/25\"].value: expected a decimal "
                                + "number, found 'sixty-three'"),
                Arguments.of("bad-period-key", "/indicators/0/outturns",
                        "Invalid period at $.indicators[0].outturns[\"2024/25 Q5\"]: Text '2024/25 Q5' could not be parsed "
                                + "at index 9: Invalid value for quarter (valid values 1 - 4): 5"),
                Arguments.of("benchmark-without-value-or-note", "/indicators/0/benchmarks/0",
                        "Invalid benchmark at $.indicators[0].benchmarks[0]: Invalid benchmark England for 2023/24 "
                                + "(must have a value or a note): neither"),
                Arguments.of("policy-rounding-mode-without-places", "/policies/0",
                        "Invalid policy at $.policies[0]: missing required field 'roundingDecimalPlaces'"),
                Arguments.of("policy-rounding-places-out-of-range", "/policies/0/roundingDecimalPlaces",
                        "Invalid policy at $.policies[0]: Invalid value for rounding decimal places (valid values "
                                + "0 - 10): 11"),
                Arguments.of("policy-missing-tolerance", "/policies/0/parameters", "Invalid policy at $.policies[0]: Missing parameter for RAG strategy: 'tolerance'"),
                Arguments.of("policy-unknown-parameter", "/policies/0/parameters",
                        "Invalid policy at $.policies[0]: Unknown parameter for RAG strategy 'thresholds': 'margin'"));
    }

    @Test
    void invalid_everyFileHasACase() {
        assertThat(files("invalid")).extracting(f -> f.getFileName().toString().replace(".json", ""))
                .containsExactlyInAnyOrderElementsOf(invalid().map(a -> (String) a.get()[0]).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidExample_isRejectedBySchemaAndReader(String name, String location, String message) {
        Path file = GoldenFilesTest.RESOURCES.resolve("invalid/" + name + ".json");
        List<Error> errors = DOCUMENT.validate(read(file), InputFormat.JSON);
        assertThat(errors).as("schema errors of %s", name).isNotEmpty();
        assertThat(errors).extracting(e -> e.getInstanceLocation().toString()).as("schema errors of %s: %s", name,
                errors).contains(location);
        OutturnJsonException ex = catchThrowableOfType(OutturnJsonException.class,
                () -> OutturnJson.strict().read(file));
        assertThat(ex).as("reader on %s", name).isNotNull();
        assertThat(ex.getMessage()).startsWith(message);
    }
}
