package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class RagTest {

    @ParameterizedTest
    @CsvSource({"Green, GREEN", "GREEN, GREEN", "g, GREEN", "Amber, AMBER", "AMBER, AMBER", "RED, RED", "r, RED",
        "Blue, BLUE"})
    void parseLenient_reportWords_giveRag(String text, Rag expected) {
        assertThat(Rag.parseLenient(text)).isEqualTo(expected);
    }

    @Test
    void parseLenient_unknownWord_listsAcceptedWords() {
        assertThatIllegalArgumentException().isThrownBy(() -> Rag.parseLenient("GRFFN"))
                .withMessage("Unknown RAG rating: 'GRFFN' (accepted: Red, Amber, Green, Blue, R, A, G, B)");
    }

    @Test
    void compareTo_ordersWorstToBest() {
        Rag[] shuffled = {Rag.GREEN, Rag.BLUE, Rag.RED, Rag.AMBER};
        Arrays.sort(shuffled);
        assertThat(shuffled).containsExactly(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.BLUE);
        assertThat(Rag.GREEN.isBetterThan(Rag.AMBER)).isTrue();
        assertThat(Rag.GREEN.isBetterThan(Rag.GREEN)).isFalse();
        assertThat(Rag.RED.isBetterThan(Rag.AMBER)).isFalse();
    }

    @Test
    void isBetterThan_null_namesParameter() {
        assertThatNullPointerException().isThrownBy(() -> Rag.RED.isBetterThan(null)).withMessage("other");
    }

    @Test
    void displayName_isAsReportsPrintIt() {
        assertThat(Rag.AMBER.displayName()).isEqualTo("Amber");
    }
}
