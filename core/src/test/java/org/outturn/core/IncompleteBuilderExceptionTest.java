package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

final class IncompleteBuilderExceptionTest {

    @Test
    void build_missingAttributes_namesTypeAndAttributes() {
        IncompleteBuilderException ex = catchThrowableOfType(IncompleteBuilderException.class,
                () -> Indicator.builder().code("CS_06").unit(Unit.percentage(2)).build());
        assertThat(ex).hasMessage("Cannot build Indicator: missing required attributes [title, polarity, frequency]");
        assertThat(ex.missingAttributes()).containsExactly("title", "polarity", "frequency");
    }

    @Test
    void messageConstructor_hasNoAttributes() {
        IncompleteBuilderException ex = new IncompleteBuilderException("Cannot build");
        assertThat(ex).hasMessage("Cannot build");
        assertThat(ex.missingAttributes()).isEmpty();
    }
}
