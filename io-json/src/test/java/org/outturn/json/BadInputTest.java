package org.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
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
        assertRejected("{\"format\":\"outturn/1\",", "Invalid JSON at $.format: the input ends inside an object");
    }

    @Test
    void read_trailingTokens_fails() {
        String text = VALID + " {}";
        assertRejected(text, "Invalid document at $: trailing an object after the document");
    }

    @Test
    void read_wrongFormat_namesSupportedFormat() {
        assertRejected(VALID.replace("outturn/1", "outturn/2"),
                "Invalid format at $.format: unsupported format 'outturn/2' (supported: outturn/1)");
    }

    @Test
    void read_missingFormat_fails() {
        String text = VALID.replace("\"format\":\"outturn/1\",", "");
        assertRejected(text, "Invalid document at $.indicators: missing required field 'format' before 'indicators'");
        assertRejected("{\"title\":\"t\"}", "Invalid document at $: missing required field 'format'");
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
        assertRejected(VALID.replace("thresholds", "foo"), "Invalid strategy at $.policies[0].strategy: Unknown RAG "
                + "strategy: 'foo' (available: [band, benchmark, first-applicable, floor, no-target, thresholds, "
                + "tolerance, with-blue, worst-of])");
    }

    @Test
    void read_undefinedPolicy_namesDefinedPolicies() {
        String text = VALID.replace("\"policy\":\"p\"", "\"policy\":\"q\"");
        assertRejected(text, "Invalid policy at $.indicators[0].policy: unknown policy 'q' (the document's policies: "
                + "[p])");
    }

    @Test
    void read_duplicateCode_fails() {
        String text = VALID.replace(ENTRY, ENTRY + "," + ENTRY);
        assertRejected(text, "Invalid code at $.indicators[1].code: Invalid value for code (must be unique in the "
                + "document, first at $.indicators[0].code): A");
    }

    @Test
    void read_duplicateFieldName_fails() {
        assertRejected(VALID.replace("\"code\":\"A\",", "\"code\":\"A\",\"code\":\"B\","),
                "Invalid JSON at $.indicators[0].code: field 'code' given twice");
    }

    @Test
    void read_nanToken_fails() {
        assertRejected(withValue("NaN"), "Invalid JSON at $.indicators[0].outturns[\"Apr-2024\"].value: expected a "
                + "finite number, found NaN");
    }

    @Test
    void read_infinityToken_fails() {
        assertRejected(withValue("Infinity"), "Invalid JSON at $.indicators[0].outturns[\"Apr-2024\"].value: expected "
                + "a finite number, found Infinity");
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
            assertRejected(withValue(number), "Invalid JSON at $.indicators[0].outturns[\"Apr-2024\"].value: number "
                    + "longer than 200 characters");
            assertRejected(withValue("\"" + number + "\""), OUTTURN_VALUE + "Invalid number (at most 200 characters): "
                    + "1e" + "9".repeat(38) + "... (100002 characters)");
        });
    }

    @Test
    void read_nestingDeeperThan64_fails() {
        String text = VALID.replace("\"code\":\"A\",", "\"code\":\"A\",\"x\":" + "[".repeat(70) + "]".repeat(70) + ",");
        String message = "Invalid JSON at $.indicators[0].x" + "[0]".repeat(61) + ": nested deeper than 64 arrays "
                + "and objects";
        assertThat(readWhole(OutturnJson.lenient(), text)).isEqualTo(message);
        assertThat(readStream(OutturnJson.lenient(), text)).isEqualTo(message);
    }

    @Test
    void read_stringLongerThanLimit_fails() {
        assertRejected(VALID.replace("\"t\"", "\"" + "t".repeat(OutturnJson.MAX_STRING_LENGTH + 1) + "\""),
                "Invalid JSON at $.indicators[0].title: string longer than 1000000 characters");
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

    // ---------------------------------------------------------------- issue #10, findings 1 - 9

    private static final String POLICY = "{\"name\":\"p\",\"strategy\":\"thresholds\"}";

    private static String withPolicy(String policy) {
        return VALID.replace(POLICY, policy);
    }

    /** Asserts the rejection as {@link #assertRejected} does, and that it takes well under a second. */
    private static void assertRejectedQuickly(String text, String message) {
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertRejected(text, message));
    }

    @Test
    void read_absoluteToleranceWithHugeExponent_failsQuickly() {
        assertRejectedQuickly(withPolicy("{\"name\":\"p\",\"strategy\":\"tolerance\",\"parameters\":"
                + "{\"tolerance\":\"absolute 1E+999999999\"}}"), "Invalid tolerance at $.policies[0].parameters.tolerance: "
                + "Invalid number (exponent within -1000 - 1000): 1E+999999999");
    }

    @Test
    void read_relativeToleranceWithHugeExponent_failsQuickly() {
        assertRejectedQuickly(withPolicy("{\"name\":\"p\",\"strategy\":\"tolerance\",\"parameters\":"
                + "{\"tolerance\":\"relative 1e999999999%\"}}"), "Invalid tolerance at $.policies[0].parameters.tolerance: "
                + "Invalid number (exponent within -1000 - 1000): 1E+999999999");
    }

    @Test
    void read_relativeToleranceWithHugeNegativeExponent_failsQuickly() {
        assertRejectedQuickly(withPolicy("{\"name\":\"p\",\"strategy\":\"tolerance\",\"parameters\":"
                + "{\"tolerance\":\"relative 1E-999999999%\"}}"), "Invalid tolerance at $.policies[0].parameters.tolerance: "
                + "Invalid number (exponent within -1000 - 1000): 1E-999999999");
    }

    @Test
    void read_toleranceExponentBeyondInt_failsQuickly() {
        assertRejectedQuickly(withPolicy("{\"name\":\"p\",\"strategy\":\"tolerance\",\"parameters\":"
                + "{\"tolerance\":\"relative 1E-2147483647%\"}}"), "Invalid tolerance at $.policies[0].parameters.tolerance: "
                + "Invalid number (exponent within -1000 - 1000): 1E-2147483647");
    }

    @Test
    void read_marginWithHugeExponent_isReportedAsMargin() {
        assertRejectedQuickly(withPolicy("{\"name\":\"p\",\"strategy\":\"band\",\"parameters\":"
                + "{\"margin\":\"absolute 1E+999999999\"}}"), "Invalid margin at $.policies[0].parameters.margin: "
                + "Invalid number (exponent within -1000 - 1000): 1E+999999999");
    }

    @Test
    void read_badMargin_isReportedAsMargin() {
        assertRejected(withPolicy("{\"name\":\"p\",\"strategy\":\"band\",\"parameters\":{\"margin\":\"five\"}}"),
                "Invalid margin at $.policies[0].parameters.margin: Invalid margin 'five' (expected relative N%, "
                        + "absolute N or none)");
    }

    @Test
    void read_badEdgeParameter_isReportedAtTheParameter() {
        assertRejected(withPolicy("{\"name\":\"p\",\"strategy\":\"thresholds\",\"parameters\":"
                + "{\"greenEdge\":\"open\"}}"), "Invalid greenEdge at $.policies[0].parameters.greenEdge: Invalid value "
                + "for parameter 'greenEdge' of RAG strategy 'thresholds' (valid values inclusive, exclusive): open");
    }

    @Test
    void read_unknownStrategyOneEditAway_suggestsIt() {
        assertRejected(VALID.replace("thresholds", "treshold"), "Invalid strategy at $.policies[0].strategy: Unknown "
                + "RAG strategy: 'treshold' (available: [band, benchmark, first-applicable, floor, no-target, thresholds, "
                + "tolerance, with-blue, worst-of]); did you mean 'thresholds'?");
    }

    @Test
    void read_numberWhoseExponentOverflowsInt_failsWithPath() {
        assertRejectedQuickly(withValue("1e9999999999"), OUTTURN_VALUE
                + "Invalid number (exponent within -1000 - 1000): 1e9999999999");
    }

    @Test
    void read_numberWithTooManyDigits_fails() {
        assertRejected(withValue("1" + "0".repeat(100)), OUTTURN_VALUE + "Invalid number (at most 100 significant "
                + "digits): 1" + "0".repeat(39) + "... (101 digits)");
    }

    @Test
    void read_fractionAboveWholeForPercentage_fails() {
        assertRejected(VALID.replace("percentage:1", "percentage:0").replace("{\"value\":1.5}",
                "{\"value\":150,\"fraction\":\"150/100\"}"), "Invalid fraction at $.indicators[0].outturns[\"Apr-2024\"]"
                + ".fraction: Invalid value for numerator (must not exceed the denominator 100 for a percentage): 150");
    }

    @Test
    void read_fractionDisagreeingWithValue_fails() {
        assertRejected(VALID.replace("percentage:1", "percentage:0").replace("{\"value\":1.5}",
                "{\"value\":56,\"fraction\":\"56/1000\"}"), "Invalid fraction at $.indicators[0].outturns[\"Apr-2024\"]"
                + ".fraction: Invalid value for outturn (must be 56/1000 as percentage:0, rounded to 0 decimal places: "
                + "6): 56");
    }

    @Test
    void read_fractionBeforeUnit_isCheckedAgainstTheUnit() {
        String text = VALID.replace("\"unit\":\"percentage:1\",", "").replace("{\"value\":1.5}",
                "{\"value\":1.5,\"fraction\":\"3/100\"}").replace("}}}]}", "}},\"unit\":\"percentage:1\"}]}");
        assertRejected(text, "Invalid fraction at $.indicators[0].outturns[\"Apr-2024\"].fraction: Invalid value for "
                + "outturn (must be 3/100 as percentage:1, rounded to 1 decimal places: 3.0): 1.5");
    }

    @Test
    void read_fractionWithHugeExponent_failsQuickly() {
        assertRejectedQuickly(VALID.replace("{\"value\":1.5}", "{\"value\":1.5,\"fraction\":\"1e999999999/1\"}"),
                "Invalid fraction at $.indicators[0].outturns[\"Apr-2024\"].fraction: Invalid fraction '1e999999999/1': "
                        + "Invalid number (exponent within -1000 - 1000): 1E+999999999");
    }

    @Test
    void read_twoTargetKeysForOnePeriod_fails() {
        assertRejected(VALID.replace("\"outturns\"", "\"targets\":{\"2024/25\":{\"kind\":\"single\",\"value\":1},"
                + "\"FY2024/25\":{\"kind\":\"single\",\"value\":2}},\"outturns\""), "Invalid targets at "
                + "$.indicators[0].targets[\"FY2024/25\"]: period 2024/25 given twice, as '2024/25' and 'FY2024/25'");
    }

    @Test
    void read_twoOutturnKeysForOnePeriod_fails() {
        assertRejected(VALID.replace("{\"Apr-2024\":{\"value\":1.5}}", "{\"Apr-2024\":{\"value\":1.5},\"2024-04\":"
                + "{\"value\":1.6}}"), "Invalid outturns at $.indicators[0].outturns[\"2024-04\"]: period Apr-2024 given "
                + "twice, as 'Apr-2024' and '2024-04'");
    }

    @Test
    void read_twoPublishedKeysForOnePeriod_fails() {
        assertRejected(VALID.replace("\"outturns\"", "\"published\":{\"2024/25\":{\"rag\":\"RED\"},\"2024/2025\":"
                + "{\"rag\":\"GREEN\"}},\"outturns\""), "Invalid published at $.indicators[0].published[\"2024/2025\"]: "
                + "period 2024/25 given twice, as '2024/25' and '2024/2025'");
    }

    private static String readBytes(byte[] input) {
        String whole = withoutLocation(catchThrowableOfType(OutturnJsonException.class,
                () -> OutturnJson.strict().read(new ByteArrayInputStream(input))).getMessage());
        String streamed = withoutLocation(catchThrowableOfType(OutturnJsonException.class, () -> {
            try (DocumentReader reader = OutturnJson.strict().openReader(new ByteArrayInputStream(input))) {
                reader.forEachRemaining(entry -> { });
            }
        }).getMessage());
        assertThat(streamed).isEqualTo(whole);
        return whole;
    }

    /** The valid document with the title's text replaced by the bytes. */
    private static byte[] withTitleBytes(int... bytes) {
        byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
        int at = VALID.indexOf("\"t\"") + 1;
        byte[] out = new byte[valid.length - 1 + bytes.length];
        System.arraycopy(valid, 0, out, 0, at);
        for (int i = 0; i < bytes.length; i++) {
            out[at + i] = (byte) bytes[i];
        }
        System.arraycopy(valid, at + 1, out, at + bytes.length, valid.length - at - 1);
        return out;
    }

    @Test
    void read_overlongUtf8_fails() {
        assertThat(readBytes(withTitleBytes(0xC0, 0xAF))).isEqualTo("Invalid JSON at $.indicators[0].title: "
                + "malformed UTF-8 (overlong encoding): byte C0 at byte offset 107");
    }

    @Test
    void read_overlongThreeByteUtf8_fails() {
        assertThat(readBytes(withTitleBytes(0xE0, 0x80, 0xAF))).isEqualTo("Invalid JSON at $.indicators[0].title: "
                + "malformed UTF-8 (overlong encoding): bytes E0 80 at byte offset 107");
    }

    @Test
    void read_surrogateInUtf8_fails() {
        assertThat(readBytes(withTitleBytes(0xED, 0xA0, 0x80))).isEqualTo("Invalid JSON at $.indicators[0].title: "
                + "malformed UTF-8 (surrogate code point): bytes ED A0 at byte offset 107");
    }

    @Test
    void read_strayContinuationByte_fails() {
        assertThat(readBytes(withTitleBytes(0x80))).isEqualTo("Invalid JSON at $.indicators[0].title: "
                + "malformed UTF-8 (continuation byte without a start): byte 80 at byte offset 107");
    }

    @Test
    void read_truncatedUtf8Sequence_fails() {
        assertThat(readBytes(withTitleBytes(0xE2, 0x82, 0x22))).isEqualTo("Invalid JSON at $.indicators[0].title: "
                + "malformed UTF-8 (sequence cut short): bytes E2 82 22 at byte offset 107");
    }

    @Test
    void read_malformedUtf8_namesLineAndColumn() {
        OutturnJsonException ex = catchThrowableOfType(OutturnJsonException.class,
                () -> OutturnJson.strict().read(new ByteArrayInputStream(withTitleBytes(0xC0, 0xAF))));
        assertThat(ex.line()).isEqualTo(1);
        assertThat(ex.column()).isEqualTo(108);
        assertThat(ex.path()).contains("$.indicators[0].title");
    }

    /** Found by Jazzer: leading zero bytes made Jackson read the input as UTF-32, and fail with an I/O error. */
    @Test
    void read_zeroBytesAtTheStart_failsAsNotUtf8() {
        byte[] input = new byte[] {1, 0, 0, 0, 0, 0, '\'', 14, '{', '}'};
        assertThat(readBytes(input)).isEqualTo("Invalid JSON at $: the input is not UTF-8 text: zero byte at byte "
                + "offset 1 (UTF-16 and UTF-32 are not read)");
    }

    @Test
    void read_validMultiByteUtf8_isRead() {
        byte[] input = withTitleBytes(0xC2, 0xA3, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80);
        assertThat(OutturnJson.strict().read(new ByteArrayInputStream(input)).indicators().get(0).indicator().title())
                .isEqualTo("\u00a3\u20ac\ud83d\ude00");
    }

    @Test
    void read_unknownFieldTwoEditsAway_suggestsIt() {
        assertRejected(VALID.replace("\"code\":\"A\",", "\"code\":\"A\",\"tagets\":{},"),
                "Invalid indicator at $.indicators[0].tagets: unknown field 'tagets' (accepted: "
                        + ACCEPTED_INDICATOR_FIELDS + "); did you mean 'targets'?");
    }

    @Test
    void read_unknownEnumValueOneEditAway_suggestsIt() {
        assertRejected(VALID.replace("HIGHER_IS_BETTER", "HIGHER_IS_BETER"), "Invalid polarity at "
                + "$.indicators[0].polarity: unknown value 'HIGHER_IS_BETER' (accepted: [HIGHER_IS_BETTER, "
                + "LOWER_IS_BETTER, WITHIN_BAND, NONE]); did you mean 'HIGHER_IS_BETTER'?");
    }

    @Test
    void read_repeatedPolicyName_sameMessageForBothReaders() {
        assertRejected(withPolicy(POLICY + "," + POLICY), "Invalid policy name at $.policies[1].name: Invalid value for "
                + "policy name (must be unique in the document, first at $.policies[0].name): p");
    }

    @Test
    void read_messagesHaveNoJacksonInternals() {
        for (String text : new String[] {"{", "{\"format\" 1}", "[1,]", "{\"format\":\"\\x\"}", "{\"a\":tru}",
            "{\"format\":\"outturn/1\u0001\"}", withValue("NaN"), withValue("-Infinity"), VALID + "]"}) {
            String message = readWhole(OutturnJson.strict(), text);
            assertThat(message).startsWith("Invalid ").contains(" at $").doesNotContain("`", "Source", "JsonReadFeature",
                    "StreamReadConstraints", "code ", "REDACTED", "Jackson");
        }
    }

    @Test
    void read_syntaxError_namesPathLineAndColumn() {
        OutturnJsonException ex = catchThrowableOfType(OutturnJsonException.class,
                () -> OutturnJson.strict().read("{\"format\":\"outturn/1\",\n \"indicators\":[tru]}"));
        assertThat(ex).hasMessage("Invalid JSON at $.indicators[0]: unexpected text 'tru' (expected a string, number, "
                + "array, object, true, false or null) (line 2, column 16)");
        assertThat(ex.path()).contains("$.indicators[0]");
        assertThat(ex.line()).isEqualTo(2);
    }

    @Test
    void read_emptyInput_fails() {
        assertRejected("", "Invalid document at $: expected an object, found end of input");
    }

    // ---------------------------------------------------------------- check: every problem

    @Test
    void check_validDocument_hasNoProblems() {
        assertThat(OutturnJson.strict().check(VALID)).isEmpty();
    }

    @Test
    void check_severalValueProblems_reportsEachInDocumentOrder() {
        String text = VALID.replace("\"code\":\"A\",", "\"code\":\"A\",\"tagets\":{},")
                .replace("HIGHER_IS_BETTER", "HIGHER").replace("\"policy\":\"p\"", "\"policy\":\"q\"")
                .replace("{\"value\":1.5}", "{\"value\":\"x\"}");
        assertThat(OutturnJson.strict().check(text)).extracting(ex -> withoutLocation(ex.getMessage())).containsExactly(
                "Invalid indicator at $.indicators[0].tagets: unknown field 'tagets' (accepted: "
                        + ACCEPTED_INDICATOR_FIELDS + "); did you mean 'targets'?",
                "Invalid polarity at $.indicators[0].polarity: unknown value 'HIGHER' (accepted: [HIGHER_IS_BETTER, "
                        + "LOWER_IS_BETTER, WITHIN_BAND, NONE])",
                "Invalid policy at $.indicators[0].policy: unknown policy 'q' (the document's policies: [p])",
                OUTTURN_VALUE + "expected a decimal number, found 'x'");
    }

    @Test
    void check_problemsInSeveralIndicatorsAndPolicies_reportsEach() {
        String bad = ENTRY.replace("\"code\":\"A\"", "\"code\":\"B\"").replace("MONTHLY", "WEEKLY");
        String text = withPolicy("{\"name\":\"p\",\"strategy\":\"tolerence\"}," + POLICY).replace(ENTRY,
                ENTRY + "," + bad + "," + ENTRY);
        assertThat(OutturnJson.strict().check(text)).extracting(ex -> ex.path().orElseThrow()).containsExactly(
                "$.policies[0].strategy", "$.indicators[1].frequency", "$.indicators[2].code");
    }

    @Test
    void check_stopsAtSyntaxError() {
        String text = VALID.replace("HIGHER_IS_BETTER", "HIGHER").replace("\"policy\":\"p\"", "\"policy\":p");
        assertThat(OutturnJson.strict().check(text)).extracting(ex -> withoutLocation(ex.getMessage())).containsExactly(
                "Invalid polarity at $.indicators[0].polarity: unknown value 'HIGHER' (accepted: [HIGHER_IS_BETTER, "
                        + "LOWER_IS_BETTER, WITHIN_BAND, NONE])",
                "Invalid JSON at $.indicators[0].policy: unexpected text 'p' (expected a string, number, array, object, "
                        + "true, false or null)");
    }

    @Test
    void check_manyProblems_stopsAtTheLimit() {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            entries.append(i == 0 ? "" : ",").append(ENTRY.replace("\"code\":\"A\"", "\"code\":\"A" + i + "\"")
                    .replace("MONTHLY", "WEEKLY"));
        }
        List<OutturnJsonException> problems = OutturnJson.strict().check(VALID.replace(ENTRY, entries));
        assertThat(problems).hasSize(OutturnJson.MAX_PROBLEMS);
        assertThat(problems.get(99).path()).contains("$.indicators[99].frequency");
    }

    @Test
    void check_sameFirstProblemAsRead() {
        String text = VALID.replace("Apr-2024", "2024-25");
        assertThat(OutturnJson.strict().check(text)).extracting(Throwable::getMessage)
                .containsExactly(catchThrowableOfType(OutturnJsonException.class,
                        () -> OutturnJson.strict().read(text)).getMessage());
    }
}
