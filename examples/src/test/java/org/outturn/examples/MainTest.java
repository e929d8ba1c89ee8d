package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class MainTest {

    @Test
    void run_always_printsOutput() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            Main.run(out);
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isNotBlank();
    }

    @Test
    void main_runsOnTheModulePath() {
        assertThat(Main.class.getModule().getName()).isEqualTo("org.outturn.examples");
    }
}
