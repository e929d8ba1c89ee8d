package org.outturn.it.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outturn.core.IncompleteBuilderException;

final class ConsumerTest {

    @Test
    void incomplete_codeAndTitle_listsBoth() {
        IncompleteBuilderException exception = Consumer.incomplete("code", "title");

        assertEquals(List.of("code", "title"), exception.missingAttributes());
        assertEquals("Cannot build value: missing required attributes [code, title]",
                exception.getMessage());
    }

    @Test
    void outturnCore_isANamedModule() {
        assertEquals("org.outturn.core", IncompleteBuilderException.class.getModule().getName());
        assertEquals("org.outturn.it.consumer", Consumer.class.getModule().getName());
    }
}
