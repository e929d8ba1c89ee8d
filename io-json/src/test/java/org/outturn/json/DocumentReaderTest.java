package org.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

final class DocumentReaderTest {

    private static List<IndicatorEntry> readAll(DocumentReader reader) {
        List<IndicatorEntry> entries = new ArrayList<>();
        reader.forEachRemaining(entries::add);
        return entries;
    }

    @Test
    void openReader_writtenDocument_yieldsSameEntriesAndHeader() {
        OutturnDocument document = OutturnJsonTest.sample();
        byte[] json = OutturnJson.strict().write(document).getBytes(StandardCharsets.UTF_8);
        try (DocumentReader reader = OutturnJson.strict().openReader(new ByteArrayInputStream(json))) {
            assertThat(reader.title()).contains("Sample");
            assertThat(reader.source()).contains("Seeds 000 and 004");
            assertThat(reader.policies()).isEqualTo(document.policies());
            assertThat(readAll(reader)).isEqualTo(document.indicators());
            assertThat(reader.count()).isEqualTo(2);
            assertThat(reader.hasNext()).isFalse();
            assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void openReader_characters_yieldsSameEntries() {
        OutturnDocument document = OutturnJsonTest.sample();
        try (DocumentReader reader = OutturnJson.lenient().openReader(new StringReader(
                OutturnJson.strict().write(document)))) {
            assertThat(readAll(reader)).isEqualTo(document.indicators());
        }
    }

    @Test
    void openReader_titleAfterIndicators_isAvailableAtTheEnd() {
        String json = "{\"format\":\"outturn/1\",\"indicators\":[],\"title\":\"Late\"}";
        try (DocumentReader reader = OutturnJson.strict().openReader(new StringReader(json))) {
            assertThat(reader.title()).isEmpty();
            assertThat(reader.hasNext()).isFalse();
            assertThat(reader.title()).contains("Late");
        }
    }

    @Test
    void openReader_actionPlanBeforeIndicators_isAvailableAtOnce() {
        OutturnDocument document = OutturnDocument.of(List.of()).withActionPlan(GoldenFilesTest.actionPlan());
        try (DocumentReader reader = OutturnJson.strict().openReader(new StringReader(
                OutturnJson.strict().write(document)))) {
            assertThat(reader.actionPlan()).contains(GoldenFilesTest.actionPlan());
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void openReader_actionPlanAfterIndicators_isAvailableAtTheEnd() {
        String json = "{\"format\":\"outturn/1\",\"indicators\":[],\"actionPlan\":{\"items\":[{\"directorate\":"
                + "\"Place\",\"reference\":\"5.1\",\"activity\":\"Adoption of Local Plan\",\"status\":\"COMPLETE\"}]}}";
        try (DocumentReader reader = OutturnJson.strict().openReader(new StringReader(json))) {
            assertThat(reader.actionPlan()).isEmpty();
            assertThat(reader.hasNext()).isFalse();
            assertThat(reader.actionPlan()).map(plan -> plan.items().get(0).reference()).contains("5.1");
        }
        assertThat(OutturnJson.strict().read(new StringReader(json)).actionPlan()).map(plan -> plan.size())
                .contains(1);
    }

    @Test
    void openReader_invalidActionPlan_sameErrorAsWholeRead() {
        String json = "{\"format\":\"outturn/1\",\"actionPlan\":{\"items\":[{\"directorate\":\"Place\"}]},"
                + "\"indicators\":[]}";
        OutturnJsonException whole = org.assertj.core.api.Assertions.catchThrowableOfType(OutturnJsonException.class,
                () -> OutturnJson.strict().read(new StringReader(json)));
        assertThat(whole.getMessage()).startsWith("Invalid action plan item at $.actionPlan.items[0]: missing "
                + "required field 'reference'");
        assertThatThrownBy(() -> OutturnJson.strict().openReader(new StringReader(json)))
                .isInstanceOf(OutturnJsonException.class).hasMessage(whole.getMessage());
    }

    @Test
    void openReader_policiesAfterIndicators_fails() {
        String json = "{\"format\":\"outturn/1\",\"indicators\":[],\"policies\":[]}";
        DocumentReader reader = OutturnJson.strict().openReader(new StringReader(json));
        assertThatThrownBy(reader::hasNext).isInstanceOf(OutturnJsonException.class)
                .hasMessageStartingWith("Invalid document at $.policies: 'policies' must come before 'indicators' "
                        + "in a document read as a stream (line 1, column ");
        assertThat(reader.hasNext()).isFalse();
    }

    @Test
    void openReader_formatAfterIndicators_fails() {
        String json = "{\"indicators\":[],\"format\":\"outturn/1\"}";
        assertThatThrownBy(() -> OutturnJson.strict().openReader(new StringReader(json)))
                .isInstanceOf(OutturnJsonException.class)
                .hasMessageStartingWith("Invalid document at $.indicators: missing required field 'format' before 'indicators' (line 1");
    }

    @Test
    void openReader_sameErrorsAsWholeRead_forInvalidEntries() {
        String json = OutturnJson.strict().write(OutturnJsonTest.sample()).replace("\"96/7132\"", "\"96/0\"");
        DocumentReader reader = OutturnJson.strict().openReader(new StringReader(json));
        OutturnJsonException whole = org.assertj.core.api.Assertions.catchThrowableOfType(OutturnJsonException.class,
                () -> OutturnJson.strict().read(json));
        assertThatThrownBy(reader::next).isInstanceOf(OutturnJsonException.class).hasMessage(whole.getMessage());
    }

    @Test
    void openReader_duplicateCode_failsAtSecondEntry() {
        String entry = "{\"code\":\"A\",\"title\":\"t\",\"unit\":\"count:0\",\"polarity\":\"NONE\",\"frequency\":\"ANNUAL\"}";
        String json = "{\"format\":\"outturn/1\",\"indicators\":[" + entry + "," + entry + "]}";
        DocumentReader reader = OutturnJson.strict().openReader(new StringReader(json));
        assertThat(reader.next().indicator().code()).isEqualTo("A");
        assertThatThrownBy(reader::next).isInstanceOf(OutturnJsonException.class)
                .hasMessageStartingWith("Invalid code at $.indicators[1].code: Invalid value for code (must be "
                        + "unique in the document, first at $.indicators[0].code): A (line 1");
    }
}
