package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.outturn.core.Rag;

final class CustomStrategyExampleTest {

    @Test
    void policy_createdByName_namesStrategy() {
        assertThat(CustomStrategyExample.policy().spec().name()).isEqualTo("stretch-target");
    }

    @Test
    void rate_boundaries_fourColours() {
        assertThat(CustomStrategyExample.rate(new BigDecimal("95.0")).rag()).contains(Rag.BLUE);
        assertThat(CustomStrategyExample.rate(new BigDecimal("94.9")).rag()).contains(Rag.GREEN);
        assertThat(CustomStrategyExample.rate(new BigDecimal("88.1")).rag()).contains(Rag.AMBER);
        assertThat(CustomStrategyExample.rate(new BigDecimal("88.0")).rag()).contains(Rag.RED);
    }

    @Test
    void run_printsStrategiesAndRatings() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CustomStrategyExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .hasSize(7)
                .first().asString().startsWith("Strategies: [").contains("stretch-target");
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("Blue: 95.0% is 5.0 percentage points above the target of 90%")
                .contains("Red: 88.0% is 2.0 percentage points below the target of 90%, outside the Amber tolerance (absolute 2)");
    }
}
