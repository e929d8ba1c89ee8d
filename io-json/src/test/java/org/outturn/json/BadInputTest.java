package org.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.StringReader;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * One test per message of a rejected document, read whole and read as a stream. The messages are
 * API: a change of wording is a change of the library's contract. Each is asserted exactly, up to
 * the location suffix {@code (line L, column C)} where there is one.
 */
final class BadInputTest {

    private static final String ENTRY = "{\"code\":\"A\",\"title\":\"t\",\"unit\":\"percentage:1\","
            + "\"polarity\":\"HIGHER_IS_BETTER\",\"frequency\":\"MONTHLY\",\"policy\":\"p\","
            + "\"outturns\":{\"Apr-2024\":{\"value\":1.5}}}";
    private static final String VALID = "{\"format\":\"outturn/1\",\"policies\":[{\"name\":\"p\",\"strategy\":"
            + "\"thresholds\"}],\"indicators\":[" + ENTRY + "]}";
    private static final String ACCEPTED_INDICATOR_FIELDS = "[code, title, description, unit, polarity, frequency, "
            + "measureType, frameworkCode, tags, targets, benchmarks, policy, outturns, published, notes]";
    private static final String OUTTURN_VALUE = "Invalid outturn value at $.indicators[0].outturns[\"Apr-2024\"].value: ";

    private static String withoutLocation(String message) {
        return message.replaceFirst(" \\(line \\d+, column \\d+\\)$", "");
    }

    private static String readWhole(OutturnJson json, String text) {
        return withoutLocation(catchThrowableOfType(OutturnJsonException.class, () -> json.read(text)).getMessage());
    }

    private static String readStream(OutturnJson json, String text) {
        return withoutLocation(catchThrowableOfType(OutturnJsonException.class, () -> {
            try (DocumentReader reader = json.openReader(new StringReader(text))) {
                reader.forEachRemaining(entry -> { });
            }
        }).getMessage());
    }

    /** Asserts that reading whole and reading as a stream both fail with the message. */
    private static void assertRejected(String text, String message) {
        assertThat(readWhole(OutturnJson.strict(), text)).isEqualTo(message);
        assertThat(readStream(OutturnJson.strict(), text)).isEqualTo(message);
    }

    private static String withValue(String value) {
        return VALID.replace("1.5", value);
    }

    @Test
    void validDocument_isRead() {
        assertThat(OutturnJson.strict().read(VALID).indicators()).hasSize(1);
    }

    @Test
    void read_malformedJson_failsWithParserMessage() {
        assertRejected("{\"format\":\"outturn/1\",",
                "Invalid JSON: Unexpected end-of-input within/between Object entries");
    }

    @Test
    void read_trailingTokens_fails() {
        String text = VALID + " {}";
        assertThat(readWhole(OutturnJson.strict(), text)).isEqualTo("Invalid JSON: Trailing token "
                + "(`JsonToken.START_OBJECT`) found after value (bound as `org.outturn.rules.report.OutturnDocument`): "
                + "not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`");
        assertThat(readStream(OutturnJson.strict(), text))
                .isEqualTo("Invalid document at $: trailing an object after the document");
    }

    @Test
    void read_wrongFormat_namesSupportedFormat() {
        assertRejected(VALID.replace("outturn/1", "outturn/2"),
                "Invalid format at $.format: unsupported format 'outturn/2' (supported: outturn/1)");
    }

    @Test
    void read_missingFormat_fails() {
        String text = VALID.replace("\"format\":\"outturn/1\",", "");
        assertThat(readWhole(OutturnJson.strict(), text))
                .isEqualTo("Invalid document at $: missing required field 'format'");
        assertThat(readStream(OutturnJson.strict(), text))
                .isEqualTo("Invalid document at $.indicators: missing required field 'format' before 'indicators'");
    }

    @Test
    void read_missingIndicators_fails() {
        assertRejected("{\"format\":\"outturn/1\"}", "Invalid document at $: missing required field 'indicators'");
    }

    @Test
    void read_null_failsRatherThanGivingNoDocument() {
        assertRejected(" null ", "Invalid document at $: expected an object, found null");
    }

    @Test
    void read_indicatorsNotAnArray_fails() {
        assertRejected("{\"format\":\"outturn/1\",\"indicators\":{}}",
                "Invalid indicators at $.indicators: expected an array, found an object");
    }

    @Test
    void read_nullIndicator_fails() {
        assertRejected("{\"format\":\"outturn/1\",\"indicators\":[null]}",
                "Invalid indicator at $.indicators[0]: expected an object, found null");
    }

    @Test
    void readStrict_unknownField_listsAcceptedFields() {
        assertRejected(VALID.replace("\"code\":\"A\",", "\"code\":\"A\",\"colour\":\"red\","),
                "Invalid indicator at $.indicators[0].colour: unknown field 'colour' (accepted: "
                        + ACCEPTED_INDICATOR_FIELDS + ")");
    }

    @Test
    void readLenient_unknownField_isSkipped() {
        String text = VALID.replace("\"code\":\"A\",", "\"code\":\"A\",\"colour\":{\"x\":[1]},");
        assertThat(OutturnJson.lenient().read(text)).isEqualTo(OutturnJson.strict().read(VALID));
        try (DocumentReader reader = OutturnJson.lenient().openReader(new StringReader(text))) {
            assertThat(reader.next()).isEqualTo(OutturnJson.strict().read(VALID).indicators().get(0));
        }
    }

    @Test
    void read_missingRequiredField_namesIt() {
        assertRejected(VALID.replace("\"title\":\"t\",", ""),
                "Invalid indicator at $.indicators[0]: missing required field 'title'");
    }

    @Test
    void read_wrongPeriodNotation_listsAcceptedNotations() {
        assertRejected(VALID.replace("Apr-2024", "2024-25"), "Invalid period at $.indicators[0].outturns[\"2024-25\"]: "
                + "Text '2024-25' could not be parsed at index 5: Invalid value for month (valid values 1 - 12): 25 "
                + "(accepted notations: 2024/25, 2024/25 Q1, Apr-2024, 2024, 2024/25 AY, 2024/25-2025/26, "
                + "2024/25 YTD Sep-2024)");
    }

    @Test
    void read_unknownStrategy_listsAvailableStrategies() {
        assertRejected(VALID.replace("thresholds", "foo"), "Invalid policy at $.policies[0]: Unknown RAG strategy: "
                + "'foo' (available: [band, benchmark, no-target, thresholds, tolerance])");
    }

    @Test
    void read_undefinedPolicy_namesDefinedPolicies() {
        String text = VALID.replace("\"policy\":\"p\"", "\"policy\":\"q\"");
        String rule = "Invalid value for policy of A (must be one of the document's policies [p]): q";
        assertThat(readWhole(OutturnJson.strict(), text)).isEqualTo("Invalid document at $: " + rule);
        assertThat(readStream(OutturnJson.strict(), text)).isEqualTo("Invalid indicator at $.indicators[0]: " + rule);
    }

    @Test
    void read_duplicateCode_fails() {
        String text = VALID.replace(ENTRY, ENTRY + "," + ENTRY);
        String rule = "Invalid value for indicators (codes must be unique): A";
        assertThat(readWhole(OutturnJson.strict(), text)).isEqualTo("Invalid document at $: " + rule);
        assertThat(readStream(OutturnJson.strict(), text)).isEqualTo("Invalid indicator at $.indicators[1]: " + rule);
    }

    @Test
    void read_duplicateFieldName_fails() {
        assertRejected(VALID.replace("\"code\":\"A\",", "\"code\":\"A\",\"code\":\"B\","),
                "Invalid JSON: Duplicate Object property \"code\"");
    }

    @Test
    void read_nanToken_fails() {
        assertRejected(withValue("NaN"),
                "Invalid JSON: Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow");
    }

    @Test
    void read_infinityToken_fails() {
        assertRejected(withValue("Infinity"), "Invalid JSON: Non-standard token 'Infinity': enable "
                + "`JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow");
    }

    @Test
    void read_nanString_fails() {
        assertRejected(withValue("\"NaN\""), OUTTURN_VALUE + "expected a decimal number, found 'NaN'");
    }

    @Test
    void read_infinityString_fails() {
        assertRejected(withValue("\"Infinity\""), OUTTURN_VALUE + "expected a decimal number, found 'Infinity'");
    }

    @Test
    void read_hugeExponent_fails() {
        String message = OUTTURN_VALUE + "Invalid number (exponent within -1000 - 1000): 1E+999999999";
        assertRejected(withValue("1e999999999"), message);
        assertRejected(withValue("\"1e999999999\""), message);
    }

    @Test
    void read_hundredThousandDigitExponent_failsQuickly() {
        String number = "1e" + "9".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertRejected(withValue(number), "Invalid JSON: Number value length (100000) exceeds the maximum allowed "
                    + "(200, from `StreamReadConstraints.getMaxNumberLength()`)");
            assertRejected(withValue("\"" + number + "\""), OUTTURN_VALUE + "Invalid number (at most 200 characters): "
                    + "1e" + "9".repeat(38) + "... (100002 characters)");
        });
    }

    @Test
    void read_nestingDeeperThan64_fails() {
        String text = VALID.replace("\"code\":\"A\",", "\"code\":\"A\",\"x\":" + "[".repeat(70) + "]".repeat(70) + ",");
        String message = "Invalid JSON: Document nesting depth (65) exceeds the maximum allowed (64, from "
                + "`StreamReadConstraints.getMaxNestingDepth()`)";
        assertThat(readWhole(OutturnJson.lenient(), text)).isEqualTo(message);
        assertThat(readStream(OutturnJson.lenient(), text)).isEqualTo(message);
    }

    @Test
    void read_stringLongerThanLimit_fails() {
        assertRejected(VALID.replace("\"t\"", "\"" + "t".repeat(OutturnJson.MAX_STRING_LENGTH + 1) + "\""),
                "Invalid JSON: String value length (1000001) exceeds the maximum allowed (1000000, from "
                        + "`StreamReadConstraints.getMaxStringLength()`)");
    }

    @Test
    void read_zeroDenominator_namesPathValueAndRule() {
        assertRejected(VALID.replace("{\"value\":1.5}", "{\"value\":1.5,\"fraction\":\"1/0\"}"),
                "Invalid fraction at $.indicators[0].outturns[\"Apr-2024\"].fraction: Invalid value for denominator "
                        + "(must be positive): 0");
    }

    @Test
    void read_negativeNumerator_fails() {
        assertRejected(VALID.replace("{\"value\":1.5}", "{\"value\":1.5,\"fraction\":\"-1/5\"}"),
                "Invalid fraction at $.indicators[0].outturns[\"Apr-2024\"].fraction: Invalid value for numerator "
                        + "(must not be negative): -1");
    }

    @Test
    void read_valueAndMissingReason_fails() {
        assertRejected(VALID.replace("{\"value\":1.5}", "{\"value\":1.5,\"missingReason\":\"NOT_APPLICABLE\"}"),
                "Invalid outturn at $.indicators[0].outturns[\"Apr-2024\"]: Invalid outturn for Apr-2024 (must have "
                        + "either a value or a missing reason): value 1.5 and missing reason NOT_APPLICABLE");
    }

    @Test
    void read_policyNotAnObject_fails() {
        assertRejected("{\"format\":\"outturn/1\",\"policies\":[null],\"indicators\":[]}",
                "Invalid policy at $.policies[0]: expected an object, found null");
    }

    @Test
    void readStream_policiesAfterIndicators_fails() {
        assertThat(readStream(OutturnJson.strict(), "{\"format\":\"outturn/1\",\"indicators\":[],\"policies\":[]}"))
                .isEqualTo("Invalid document at $.policies: 'policies' must come before 'indicators' in a document "
                        + "read as a stream");
    }
}
