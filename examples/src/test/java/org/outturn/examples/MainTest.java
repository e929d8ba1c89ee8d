package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return Main.run(o, e, args);
        }
    }

    @Test
    void run_noArguments_printsBexleyTheme1Scorecard() {
        assertThat(run()).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("Bexley annual performance report 2024/25, priority theme 1");
        assertThat(text).containsPattern("Adult Social Care and Health +38 +4 \\(10\\.5%\\) +7 \\(18\\.4%\\) +7 \\(18\\.4%\\)")
                .containsPattern("Children's Services +19 +2 \\(10\\.5%\\) +3 \\(15\\.8%\\) +5 \\(26\\.3%\\)")
                .containsPattern("Total +57 +6 \\(10\\.5%\\) +10 \\(17\\.5%\\) +12 \\(21\\.1%\\) +27 \\(47\\.4%\\) +2 "
                        + "\\(3\\.5%\\)");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void run_arguments_runTheCommandLine() {
        assertThat(run("check", "bromley-children-2022-23")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("OK: 20 indicators");
    }

    @Test
    void run_badArgument_isUsageError() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isNotEmpty();
    }

    @Test
    void main_runsOnTheModulePath() {
        assertThat(Main.class.getModule().getName()).isEqualTo("org.outturn.examples");
    }
}
