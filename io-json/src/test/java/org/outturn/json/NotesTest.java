package org.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Unit;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

/** The optional {@code notes} of a document and of an indicator entry. */
final class NotesTest {

    private static final FinancialYear FY = FinancialYear.parse("2022/23");

    private static OutturnDocument withNotes() {
        Indicator row12 = Indicator.builder().code("12").title("Second or subsequent child protection plans")
                .unit(Unit.percentage(0)).polarity(Polarity.LOWER_IS_BETTER).frequency(Frequency.MONTHLY).build();
        IndicatorEntry entry = IndicatorEntry.of(row12, List.of(Outturn.of(FY, new BigDecimal("20"))), null, Map.of(),
                List.of("RAG printed 'GRFFN', read as GREEN", "number printed before the title"));
        return OutturnDocument.of("Notes", null, List.of("PDF text, partly garbled", "A second note"), List.of(),
                List.of(entry));
    }

    @Test
    void writeThenRead_notesKeptInOrder() {
        OutturnDocument document = withNotes();
        String json = OutturnJson.strict().write(document);
        OutturnDocument read = OutturnJson.strict().read(json);
        assertThat(read).isEqualTo(document);
        assertThat(read.notes()).containsExactly("PDF text, partly garbled", "A second note");
        assertThat(read.indicators().get(0).notes())
                .containsExactly("RAG printed 'GRFFN', read as GREEN", "number printed before the title");
        assertThat(OutturnJson.strict().write(read)).isEqualTo(json);
    }

    @Test
    void write_notesAfterSourceAndAfterPublished() {
        String json = OutturnJson.strict().write(withNotes()).replaceAll("\\s+", "");
        assertThat(json).startsWith("{\"format\":\"outturn/1\",\"title\":\"Notes\",\"notes\":[\"PDFtext,");
        assertThat(json).endsWith("\"notes\":[\"RAGprinted'GRFFN',readasGREEN\",\"numberprintedbeforethetitle\"]}]}");
    }

    @Test
    void write_noNotes_fieldLeftOut() {
        OutturnDocument document = OutturnJsonTest.sample();
        assertThat(document.notes()).isEmpty();
        assertThat(document.indicators()).allSatisfy(entry -> assertThat(entry.notes()).isEmpty());
        assertThat(OutturnJson.strict().write(document)).doesNotContain("\"notes\"");
    }

    @Test
    void of_blankNote_refused() {
        assertThatThrownBy(() -> OutturnDocument.of(null, null, List.of(" "), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for notes (must not be blank): ' '");
    }

    @Test
    void read_noteNotAString_refusedWithPath() {
        OutturnJsonException ex = catchThrowableOfType(OutturnJsonException.class,
                () -> OutturnJson.strict().read("{\"format\":\"outturn/1\",\"notes\":[1],\"indicators\":[]}"));
        assertThat(ex.getMessage()).startsWith("Invalid note at $.notes[0]: expected a string, found");
    }

    @Test
    void openReader_notesBeforeIndicators_available() {
        String json = OutturnJson.strict().write(withNotes());
        try (DocumentReader reader = OutturnJson.strict()
                .openReader(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(reader.notes()).containsExactly("PDF text, partly garbled", "A second note");
            assertThat(reader.next().notes()).hasSize(2);
            assertThat(reader.hasNext()).isFalse();
        }
    }
}
