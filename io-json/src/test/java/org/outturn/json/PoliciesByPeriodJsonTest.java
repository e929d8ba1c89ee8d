package org.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.outturn.core.FinancialQuarter;
import org.outturn.core.FinancialYear;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

/** The JSON form of a policy per period ({@code "policy": {period: name}}) and of a document's {@code defaultPolicy}. */
final class PoliciesByPeriodJsonTest {

    private static final String POLICIES = "\"policies\":[{\"name\":\"p\",\"strategy\":\"thresholds\"},"
            + "{\"name\":\"q\",\"strategy\":\"thresholds\"}]";
    private static final String ENTRY = "{\"code\":\"A\",\"title\":\"t\",\"unit\":\"percentage:1\","
            + "\"polarity\":\"HIGHER_IS_BETTER\",\"frequency\":\"MONTHLY\",\"policy\":POLICY,"
            + "\"outturns\":{\"Apr-2024\":{\"value\":1.5}}}";

    private static String document(String header, String policy) {
        return "{\"format\":\"outturn/1\"," + POLICIES + header + ",\"indicators\":[" + ENTRY.replace("POLICY", policy)
                + "]}";
    }

    private static String withoutLocation(String message) {
        return message.replaceFirst(" \\(line \\d+, column \\d+\\)$", "");
    }

    private static String readWhole(String text) {
        return withoutLocation(catchThrowableOfType(OutturnJsonException.class,
                () -> OutturnJson.strict().read(text)).getMessage());
    }

    private static String readStream(String text) {
        return withoutLocation(catchThrowableOfType(OutturnJsonException.class, () -> {
            try (DocumentReader reader = OutturnJson.strict().openReader(new StringReader(text))) {
                reader.forEachRemaining(entry -> { });
            }
        }).getMessage());
    }

    /** Asserts that reading whole and reading as a stream both fail with the message. */
    private static void assertRejected(String text, String message) {
        assertThat(readWhole(text)).isEqualTo(message);
        assertThat(readStream(text)).isEqualTo(message);
    }

    @Test
    void read_policyPerPeriodAndDefault_bothReadersAgree() throws Exception {
        String text = document(",\"defaultPolicy\":\"q\"", "{\"2023/24\":\"p\",\"2024/25\":\"q\"}");
        OutturnDocument document = OutturnJson.strict().read(text);
        IndicatorEntry entry = document.indicators().get(0);
        assertThat(document.defaultPolicy()).contains("q");
        assertThat(entry.policy()).isEmpty();
        assertThat(entry.policyFor(FinancialQuarter.parse("2023/24 Q2"))).contains("p");
        assertThat(entry.policyFor(FinancialYear.parse("2024/25"))).contains("q");
        assertThat(OutturnJson.strict().read(OutturnJson.strict().write(document))).isEqualTo(document);
        try (DocumentReader reader = OutturnJson.strict().openReader(new StringReader(text))) {
            assertThat(reader.defaultPolicy()).contains("q");
            assertThat(reader.next()).isEqualTo(entry);
        }
    }

    @Test
    void read_onePolicyName_stillRead() {
        OutturnDocument document = OutturnJson.strict().read(document("", "\"p\""));
        assertThat(document.indicators().get(0).policy()).contains("p");
        assertThat(document.defaultPolicy()).isEmpty();
    }

    @Test
    void read_overlappingPeriods_refused() {
        String text = document("", "{\"2024/25\":\"p\",\"2024/25 Q1\":\"q\"}");
        String message = "Invalid indicator at $.indicators[0]: Invalid value for policies of A (periods must not "
                + "overlap): 2024/25 Q1 and 2024/25";
        assertRejected(text, message);
    }

    @Test
    void read_emptyPolicyObject_refused() {
        String text = document("", "{}");
        String message = "Invalid indicator at $.indicators[0]: Invalid value for policies of A (must name at least "
                + "one period): {}";
        assertRejected(text, message);
    }

    @Test
    void read_samePeriodTwice_refused() {
        String text = document("", "{\"2024/25\":\"p\",\"FY2024/25\":\"q\"}");
        String message = "Invalid policy at $.indicators[0].policy[\"FY2024/25\"]: period 2024/25 given twice, "
                + "as '2024/25' and 'FY2024/25'";
        assertRejected(text, message);
    }

    @Test
    void read_undefinedPolicyForAPeriod_namesDefinedPolicies() {
        String text = document("", "{\"2024/25\":\"r\"}");
        String message = "Invalid policy at $.indicators[0].policy[\"2024/25\"]: unknown policy 'r' (the document's "
                + "policies: [p, q])";
        assertThat(readWhole(text)).isEqualTo(message);
        assertThat(readStream(text)).isEqualTo(message);
    }

    @Test
    void read_undefinedDefaultPolicy_refusedAtItsField() {
        String text = document(",\"defaultPolicy\":\"r\"", "\"p\"");
        String message = "Invalid document at $.defaultPolicy: Invalid value for defaultPolicy (must be one of the "
                + "document's policies [p, q]): r";
        assertRejected(text, message);
    }

    @Test
    void read_defaultPolicyAfterIndicators_refusedWhenStreamed() {
        String text = "{\"format\":\"outturn/1\"," + POLICIES + ",\"indicators\":[" + ENTRY.replace("POLICY", "\"p\"")
                + "],\"defaultPolicy\":\"p\"}";
        assertThat(OutturnJson.strict().read(text).defaultPolicy()).contains("p");
        assertThat(readStream(text)).isEqualTo("Invalid document at $.defaultPolicy: 'defaultPolicy' must come "
                + "before 'indicators' in a document read as a stream");
    }
}
