package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** {@code outturn report --spc}: each row's SPC icons and each indicator's SPC chart. */
final class CliReportSpcTest {

    private static Document page(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String html = out.toString(StandardCharsets.UTF_8);
        return Xml.parse(html.substring(html.indexOf("<html")));
    }

    @Test
    void report_spc_showsTheIconsInTheRowAndTheSpcChart() throws Exception {
        // Indicator 32's eleven months give common cause and hit and miss (see CliSpcHtmlTest).
        Document page = page("report", "--spc", "--minimum-points", "11", "bromley-children-2022-23");
        assertThat(XPathFactory.newInstance().newXPath().evaluate(
                "//*[local-name()='tr'][@data-code='32']/*[@class='spc']", page))
                .endsWith("Common cause variation; Hit and miss");
        assertThat(Xml.nodes(page, "//*[local-name()='tr'][@data-code='32']/*[@class='spc']//*[@data-icon]")
                .getLength()).isEqualTo(2);
        assertThat(Xml.nodes(page, "//*[local-name()='th'][.='SPC']").getLength()).isPositive();
        // Its chart is the SPC chart: limits drawn, points coloured by variation.
        assertThat(Xml.nodes(page, "//*[local-name()='svg'][@data-code='32']//*[@data-name='Upper process limit']")
                .getLength()).isEqualTo(1);
        // Indicator 17 has eight months: fewer than eleven, so no limits and no icons, said in words.
        assertThat(XPathFactory.newInstance().newXPath().evaluate(
                "//*[local-name()='tr'][@data-code='17']/*[@class='spc']", page)).isEqualTo("No limits (too few points)");
    }

    @Test
    void report_withoutSpc_hasNoSpcColumn() {
        Document page = page("report", "bromley-children-2022-23");
        assertThat(Xml.nodes(page, "//*[@class='spc']").getLength()).isZero();
        assertThat(Xml.nodes(page, "//*[@data-name='Upper process limit']").getLength()).isZero();
    }
}
