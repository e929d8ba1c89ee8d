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
    void run_noArguments_printsFirstTenBexleyRows() {
        assertThat(run()).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
        assertThat(lines).hasSize(1 + 10 + 1);
        assertThat(lines[0]).startsWith("Ref").contains("2023/24 outturn", "2024/25 outturn", "Direction", "RAG");
        assertThat(lines[1]).startsWith("ASCH_01").contains("Monthly", "98.7%", "98.1%", "decrease", "Green");
        assertThat(lines[8]).startsWith("ASCH_08").contains("New indicator", "85.6%", "No Target");
        assertThat(lines[11]).isEqualTo("10 of 57 rows of Bexley priority theme 1 (2024/25)");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void run_rowCount_printsThatManyRows() {
        assertThat(run("57")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("CS_22", "57 of 57 rows");
    }

    @Test
    void run_badArgument_printsUsageAndReturnsTwo() {
        assertThat(run("all")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("Usage: Main [ROWS]  (ROWS: how many rows of the Bexley table to print, default 10)");
    }

    @Test
    void main_runsOnTheModulePath() {
        assertThat(Main.class.getModule().getName()).isEqualTo("org.outturn.examples");
    }
}
