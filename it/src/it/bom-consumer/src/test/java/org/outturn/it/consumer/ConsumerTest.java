package org.outturn.it.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outturn.core.IncompleteBuilderException;
import org.outturn.core.Indicator;

final class ConsumerTest {

    @Test
    void describe_usesTheModel() {
        assertEquals("CS_06 Mar-2025: 93.89% against single 95.00", Consumer.describe());
    }

    @Test
    void incomplete_namesMissingAttributes() {
        IncompleteBuilderException exception = assertThrows(IncompleteBuilderException.class, Consumer::incomplete);
        assertEquals(List.of("title", "unit", "polarity", "frequency"), exception.missingAttributes());
        assertEquals("Cannot build Indicator: missing required attributes [title, unit, polarity, frequency]",
                exception.getMessage());
    }

    @Test
    void outturnCore_isANamedModule() {
        assertEquals("org.outturn.core", Indicator.class.getModule().getName());
        assertEquals("org.outturn.it.consumer", Consumer.class.getModule().getName());
    }
}
