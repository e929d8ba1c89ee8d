package org.outturn.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.outturn.core.Polarity;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportSelection;
import org.outturn.stats.spc.RuleSet;
import org.outturn.stats.spc.Assurance;
import org.outturn.stats.spc.Observation;
import org.outturn.stats.spc.SpcChart;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The SPC view without a browser: the chart's lines, point colours and text, the table, the page. */
final class SpcViewTest {

    /*
     * The series of SpcFixtures.entry: Apr-2022 to Apr-2023, October missing.
     *   values 10 14 10 14 10 14 | gap | 10 14 10 14 10 30: twelve values, sum 160, mean 13.3333...
     *   moving ranges (none across the gap): 4 4 4 4 4 and 4 4 4 4 20: ten, sum 56, MR-bar 5.6
     *   process limits 13.3333 -/+ 2.66 x 5.6 = 13.3333 -/+ 14.896: -1.5627 and 28.2293
     *   sigma 14.896 / 3 = 4.9653; two sigma 13.3333 -/+ 9.9307: 3.4027 and 23.2640
     * Apr-2023's 30 is above the upper limit: a special cause (high). No run (the values alternate
     * about the mean), no trend, and 30 is the only point beyond two sigma. Target 20 for 2023/24
     * lies between the limits: hit and miss.
     */

    private static Document parse(String xml) throws Exception {
        return SpcIconsTest.parse(xml);
    }

    private static String xpath(Document document, String expression) throws Exception {
        return SpcIconsTest.xpath(document, expression);
    }

    private static int count(Document document, String expression) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(expression, document,
                XPathConstants.NODESET)).getLength();
    }

    @Test
    void chart_higherIsBetter_coloursTheSpecialCauseBlueAndTheRestGrey() throws Exception {
        SpcView view = SpcFixtures.view(Polarity.HIGHER_IS_BETTER);
        Document svg = parse(view.toSvg());
        assertThat(count(svg, "//*[@class='point']")).isEqualTo(12);
        assertThat(xpath(svg, "//*[@class='point'][@data-period='Apr-2023']/@data-colour"))
                .isEqualTo(Palette.iconFill("blue"));
        assertThat(count(svg, "//*[@class='point'][@data-colour='" + Palette.iconFill("grey") + "']")).isEqualTo(11);
        assertThat(xpath(svg, "//*[@class='point'][@data-period='Apr-2023']")).isEqualTo(
                "Apr-2023: 30%, Special cause variation, improving: Point outside the process limits (higher values)");
        assertThat(xpath(svg, "//*[@class='gap'][@data-period='Oct-2022']"))
                .isEqualTo("Oct-2022: no value (Not yet available)");
        for (String line : List.of("Centre line", "Upper process limit", "Lower process limit", "Upper two sigma",
                "Lower two sigma")) {
            assertThat(count(svg, "//*[@class='overlay-line'][@data-name='" + line + "']")).as(line).isEqualTo(1);
        }
        assertThat(xpath(svg, "//*[@data-name='Upper two sigma']/@stroke")).isEqualTo(SpcView.TWO_SIGMA_COLOUR);
        assertThat(xpath(svg, "//*[local-name()='desc']")).endsWith("SPC, XmR (individuals and moving range), rule set nhse-2023: centre line 13.3%, process limits "
                + "-1.6% to 28.2%. Latest point Apr-2023: Special cause variation, improving (Point outside the "
                + "process limits (higher values)). Assurance: Hit and miss.");
        assertThat(view.assurance()).contains(Assurance.HIT_AND_MISS);
    }

    @Test
    void chart_lowerIsBetter_coloursTheSameSpecialCauseOrange() throws Exception {
        Document svg = parse(SpcFixtures.view(Polarity.LOWER_IS_BETTER).toSvg());
        assertThat(xpath(svg, "//*[@class='point'][@data-period='Apr-2023']/@data-colour"))
                .isEqualTo(Palette.iconFill("orange"));
    }

    @Test
    void chart_noPolarity_coloursTheSpecialCausePurple() throws Exception {
        Document svg = parse(SpcFixtures.view(Polarity.NONE).toSvg());
        assertThat(xpath(svg, "//*[@class='point'][@data-period='Apr-2023']/@data-colour"))
                .isEqualTo(Palette.iconFill("purple"));
    }

    @Test
    void toHtml_tableNamesTheRuleAtItsPointAndTheGap() throws Exception {
        Document html = parse(SpcFixtures.view(Polarity.HIGHER_IS_BETTER).toHtml());
        assertThat(count(html, "//tr[starts-with(@class, 'point')]")).isEqualTo(13);
        assertThat(xpath(html, "//tr[@data-period='Apr-2023']")).isEqualTo("Apr-202330%13.3%-1.6%28.2%"
                + "Special cause variation, improvingPoint outside the process limits (higher values)");
        assertThat(xpath(html, "//tr[@data-period='Apr-2023']/@class")).isEqualTo("point special");
        // A gap has no lines of its own (and the step lines break there).
        assertThat(xpath(html, "//tr[@data-period='Oct-2022']")).isEqualTo("Oct-2022n/a (Not yet available)gap");
        assertThat(xpath(html, "//figcaption")).isEqualTo("Latest point: Special cause variation, improving. "
                + "Assurance: Hit and miss against the target 20%. Rule set nhse-2023.");
        assertThat(count(html, "//*[@class='spc-icons']/*[@data-icon='HIT_AND_MISS']")).isEqualTo(1);
        assertThat(count(html, "//*[@class='spc-icons']/*[@data-icon='IMPROVING_HIGH']")).isEqualTo(1);
    }

    @Test
    void toPage_isWellFormedWithASectionPerView() throws Exception {
        String page = SpcView.toPage("SPC <test>", List.of(SpcFixtures.view(Polarity.HIGHER_IS_BETTER),
                SpcFixtures.view(Polarity.LOWER_IS_BETTER)));
        Document html = parse(page.replace("<!DOCTYPE html>", ""));
        assertThat(count(html, "//*[local-name()='section'][@class='spc']")).isEqualTo(2);
        assertThat(page).contains("<title>SPC &lt;test&gt;</title>");
    }

    @Test
    void scorecard_withSpc_addsTheIconsToTheRow() throws Exception {
        IndicatorEntry entry = SpcFixtures.entry(Polarity.HIGHER_IS_BETTER);
        OutturnDocument document = OutturnDocument.of("SPC", null, List.of(), List.of(entry));
        CommitteeScorecard scorecard = CommitteeScorecard.of(ReportAssessment.of(document, ReportSelection.latest()),
                Grouping.TAG).withSpc(RuleSet.standard());
        Document html = parse(scorecard.toHtml());
        // The cell's text: the icons' titles and letters, then the words.
        assertThat(xpath(html, "//tr[@data-code='SPC_1']/td[@class='spc']/span[@class='spc-words']"))
                .isEqualTo("Special cause improving (high); Hit and miss");
        assertThat(count(html, "//tr[@data-code='SPC_1']/td[@class='spc']//*[@data-icon='IMPROVING_HIGH']"))
                .isEqualTo(1);
        assertThat(count(html, "//th[.='SPC']")).isEqualTo(1);
        assertThat(scorecard.spc()).containsOnlyKeys("SPC_1");
        assertThat(scorecard).hasToString("CommitteeScorecard[Tag, 1 indicators, 1 groups, SPC nhse-2023]");
        assertThat(count(parse(CommitteeScorecard.of(ReportAssessment.of(document, ReportSelection.latest()),
                Grouping.TAG).toHtml()), "//td[@class='spc']")).isZero();
    }

    @Test
    void of_labelNotAPeriod_isRejectedWithTheLabel() {
        IndicatorEntry entry = SpcFixtures.entry(Polarity.HIGHER_IS_BETTER);
        List<Observation> series = new ArrayList<>(SpcFixtures.series(entry));
        series.set(0, Observation.of("week 3", Fixtures.d("10")));
        assertThatIllegalArgumentException().isThrownBy(() -> SpcView.of(entry, SpcFixtures.chart(series,
                Polarity.HIGHER_IS_BETTER))).withMessage("Invalid value for SPC point label (valid values reporting "
                        + "periods such as Apr-2024): week 3");
    }

    @Test
    void of_pointValueNotTheOutturn_isRejectedWithBoth() {
        IndicatorEntry entry = SpcFixtures.entry(Polarity.HIGHER_IS_BETTER);
        List<Observation> series = new ArrayList<>(SpcFixtures.series(entry));
        series.set(0, Observation.of("Apr-2022", Fixtures.d("0.10")));
        assertThatIllegalArgumentException().isThrownBy(() -> SpcView.of(entry, SpcFixtures.chart(series,
                Polarity.HIGHER_IS_BETTER))).withMessage("Invalid value for SPC point Apr-2022 of SPC_1 (valid "
                        + "values the indicator's outturn, 10): 0.10");
    }

    @Test
    void nulls_failWithTheParameterName() {
        SpcView view = SpcFixtures.view(Polarity.HIGHER_IS_BETTER);
        assertThatNullPointerException().isThrownBy(() -> SpcView.of(null, (SpcChart) view.chart())).withMessage("entry");
        assertThatNullPointerException().isThrownBy(() -> SpcView.of(view.entry(), (SpcChart) null)).withMessage("chart");
        assertThatNullPointerException().isThrownBy(() -> SpcView.toPage(null, List.of())).withMessage("title");
    }
}
