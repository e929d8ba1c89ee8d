package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

final class CliReportTest {

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void report_bromley_writesWellFormedPageWithRowPerIndicatorAndCharts() {
        Result result = run("report", "bromley-children-2022-23");
        assertThat(result.err()).isEmpty();
        assertThat(result.status()).isEqualTo(Cli.OK);
        Document page = Xml.parse(result.out().substring(result.out().indexOf("<html")));
        assertThat(Xml.nodes(page, "//*[local-name()='tr'][@class='indicator']").getLength()).isEqualTo(19);
        assertThat(Xml.nodes(page, "//*[local-name()='svg'][@class='outturn-chart']").getLength()).isPositive();
        assertThat(result.out()).contains("<h2>Tag: (untagged)</h2>", "@page { size: A4 landscape;");
    }

    @Test
    void report_groupByFrequencyAndPeriod_groupsTheChosenPeriodsRows() {
        Result result = run("report", "--group-by", "frequency", "--period", "2024/25", "bexley-priority-theme-1-2024-25");
        assertThat(result.status()).isEqualTo(Cli.OK);
        assertThat(result.out()).contains("<h2>Frequency: Monthly</h2>", "<span class=\"period\">2024/25</span>");
        assertThat(Xml.nodes(Xml.parse(result.out().substring(result.out().indexOf("<html"))),
                "//*[local-name()='tr'][@class='indicator']").getLength()).isEqualTo(57);
    }

    @Test
    void report_csvFile_isImportedFirst(@TempDir Path dir) throws Exception {
        Result result = run("report", "classpath:org/outturn/examples/datasets/bromley-children-2022-23.json");
        assertThat(result.status()).isEqualTo(Cli.OK);
        Path csv = dir.resolve("small.csv");
        Files.writeString(csv, "Ref,Indicator,Polarity,Target 2024/25,2023/24,2024/25\n"
                + "A1,Share of things,High,90,88,91\n");
        Result imported = run("report", csv.toString());
        assertThat(imported.err()).isEmpty();
        assertThat(imported.status()).isEqualTo(Cli.OK);
        assertThat(imported.out()).contains("data-code=\"A1\"");
    }

    @Test
    void report_unknownGrouping_isAUsageError() {
        Result result = run("report", "--group-by", "colour", "x.json");
        assertThat(result.status()).isEqualTo(Cli.USAGE);
        assertThat(result.err()).startsWith(
                "outturn: invalid value for --group-by: 'colour' (accepted: tag, frequency, policy)\n");
    }

    @Test
    void report_formatOption_isNotAccepted() {
        Result result = run("report", "--format", "csv", "x.json");
        assertThat(result.status()).isEqualTo(Cli.USAGE);
        assertThat(result.err()).startsWith("outturn: unknown option '--format' for report (available: ");
    }
}
