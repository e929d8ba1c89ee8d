package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code outturn spc --format html}: the page of charts, icons and tables, to standard output or -o. */
final class CliSpcHtmlTest {

    private static final String DATASET = "bromley-children-2022-23";

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    private static Document page(String html) {
        return Xml.parse(html.substring(html.indexOf("<html")));
    }

    @Test
    void html_oneIndicator_givesItsChartIconsAndTable() throws Exception {
        // Indicator 32, Jan-2022 to Nov-2022: 17, 53, 10, 50, 0, 67, 75, 20, 38, 50, 27. Mean 407 / 11 = 37;
        // moving ranges 36, 43, 40, 50, 67, 8, 55, 18, 12, 23: MR-bar 352 / 10 = 35.2; 2.66 x 35.2 = 93.632:
        // limits -56.632 and 130.632 (shown to one decimal more than the values: -56.6%, 130.6%). No point
        // beyond them or two sigma (37 +/- 62.42), no run of 7, no trend: common cause throughout. The Green
        // threshold 75 lies between the limits: hit and miss.
        String html = run("spc", "--format", "html", "--indicator", "32", "--minimum-points", "11", DATASET)[0];
        Document page = page(html);
        assertThat(Xml.nodes(page, "//*[local-name()='section'][@class='spc']").getLength()).isEqualTo(1);
        assertThat(Xml.nodes(page, "//*[local-name()='svg'][@class='outturn-chart']").getLength()).isEqualTo(1);
        assertThat(Xml.nodes(page, "//*[local-name()='tr'][@class='point']").getLength()).isEqualTo(11);
        assertThat(XPathFactory.newInstance().newXPath().evaluate("//*[local-name()='tr'][@data-period='Nov-2022']",
                page)).isEqualTo("Nov-202227%37.0%-56.6%130.6%Common cause variation");
        assertThat(XPathFactory.newInstance().newXPath().evaluate("//*[local-name()='figcaption']", page))
                .isEqualTo("Latest point: Common cause variation. Assurance: Hit and miss against the target "
                        + "green 75%, red 65%. Rule set nhse-2023.");
        assertThat(Xml.nodes(page, "//*[@data-icon='HIT_AND_MISS']").getLength()).isEqualTo(1);
    }

    @Test
    void html_pChart_drawsItsProportionsAndLimits() {
        // Indicator 28, as CliSpcTest derives: Oct-2022 is 665 / 7121 = 9.3386...%, above its upper limit
        // 7.8292...% (lower is better: concerning). The table shows the chart's values, not the outturns (9.3), to
        // the limits' places: one more than the outturns' one.
        Document page = page(run("spc", "--format", "html", "--indicator", "28", "--chart", "p",
                "--minimum-points", "4", DATASET)[0]);
        assertThat(Xml.nodes(page, "//*[local-name()='section'][@class='spc']").getLength()).isEqualTo(1);
        assertThat(Xml.nodes(page, "//*[local-name()='svg'][@class='outturn-chart']").getLength()).isEqualTo(1);
        String october = Xml.string(page, "//*[local-name()='tr'][@data-period='Oct-2022']");
        assertThat(october).isEqualTo("Oct-20229.34%6.93%6.02%7.83%Special cause variation, concerning"
                + "Point outside the process limits (higher values)");
        assertThat(Xml.nodes(page, "//*[@data-icon='CONSISTENTLY_FAILS']").getLength()).isEqualTo(1);
    }

    @Test
    void html_chartTheSeriesDoesNotSuit_listsTheIndicatorAndWhy() {
        Document page = page(run("spc", "--format", "html", "--indicator", "20", "--chart", "p-prime", DATASET)[0]);
        assertThat(Xml.nodes(page, "//*[local-name()='section'][@class='spc']").getLength()).isZero();
        assertThat(Xml.string(page, "//*[local-name()='ul'][@class='not-charted']").strip()).isEqualTo(
                "20: Invalid value for denominator of Apr-2022 (required on a p-prime chart): none");
    }

    @Test
    void html_wholeDocument_hasASectionPerIndicatorWithAMonthlySeries() {
        Document page = page(run("spc", "--format", "html", DATASET)[0]);
        // One section per row of the CSV (its header aside): the same series.
        int series = run("spc", "--format", "csv", DATASET)[0].split("\r\n").length - 1;
        assertThat(series).isGreaterThan(5);
        assertThat(Xml.nodes(page, "//*[local-name()='section'][@class='spc']").getLength()).isEqualTo(series);
    }

    @Test
    void html_output_writesTheFileAndSaysSo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("spc.html");
        String[] result = run("spc", "--format", "html", "--indicator", "32", "-o", file.toString(), DATASET);
        assertThat(result[0]).isEmpty();
        assertThat(result[1]).isEqualTo("outturn: wrote " + file + "\n");
        assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").contains("<section class=\"spc\" data-code=\"32\">");
    }
}
