package org.outturn.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.ReportingMonth;
import org.outturn.core.ReportingPeriod;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportSelection;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The HTML and SVG without a browser: well-formed, escaped, and holding what the browser tests rely on. */
final class ReportHtmlTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static int count(Document document, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET))
                .getLength();
    }

    private static ReportAssessment tagged(int groups) {
        return ReportAssessment.of(Fixtures.tagged(groups), ReportSelection.latest());
    }

    @Test
    void toPage_isWellFormedWithRowPerIndicatorAndEscapedTitles() throws Exception {
        String page = CommitteeScorecard.of(tagged(3), Grouping.TAG).toPage();
        Document html = parse(page);
        assertThat(count(html, "//tr[@class='indicator']")).isEqualTo(6);
        assertThat(count(html, "//section[starts-with(@class, 'group')]")).isEqualTo(3);
        assertThat(page).contains("Indicator G0_0 &lt;&amp;&gt;").doesNotContain("G0_0 <&>");
    }

    @Test
    void row_march94AgainstTarget90_isGreenImprovingFromFebruary() throws Exception {
        // G0_0 (higher is better): Mar-2023 94 against 90 is Green; Feb-2023 was 91, so an increase, improving.
        // G0_1 (lower is better): 94 is 4 above 90, 4.4% of it, within 5%: Amber; the increase is declining.
        Document html = parse(CommitteeScorecard.of(tagged(1), Grouping.TAG).toHtml());
        String higher = XPathFactory.newInstance().newXPath().evaluate("//tr[@data-code='G0_0']", html);
        String lower = XPathFactory.newInstance().newXPath().evaluate("//tr[@data-code='G0_1']", html);
        assertThat(higher).contains("91%Feb-2023", "94%Mar-2023", "90%", "Green", "Improving");
        assertThat(lower).contains("Amber", "Declining");
    }

    @Test
    void summary_countsAndRule_areStated() {
        String html = CommitteeScorecard.of(tagged(2), Grouping.TAG).toHtml();
        assertThat(html).contains("4 indicators: 2 Green, 2 Amber, 0 Red; 0 unrated",
                "<strong>five</strong>: Green = equal to or better than target; Amber = within 5% of target; "
                        + "Red = 5% or more from meeting target.",
                "The report publishes no rating for these outturns.");
    }

    @Test
    void chart_isWellFormedWithGapsAndColouredPoints() throws Exception {
        OutturnDocument document = Fixtures.tagged(1);
        ReportAssessment report = ReportAssessment.of(document, ReportSelection.all());
        Document svg = parse(IndicatorChart.of(report, document.indicators().get(0)).toSvg());
        assertThat(count(svg, "//*[local-name()='circle'][@class='point']")).isEqualTo(10);
        assertThat(count(svg, "//*[local-name()='g'][@class='gap']")).isEqualTo(2);
        assertThat(XPathFactory.newInstance().newXPath().evaluate("//*[@class='gap'][@data-period='Jun-2022']", svg))
                .isEqualTo("Jun-2022: no value (Not yet available)");
        assertThat(XPathFactory.newInstance().newXPath().evaluate("//*[@class='gap'][@data-period='Aug-2022']", svg))
                .isEqualTo("Aug-2022: no outturn");
        assertThat(count(svg, "//*[local-name()='circle'][@data-rag='red'][@fill='" + Palette.fill(Rag.RED) + "']"))
                .isEqualTo(2);
        assertThat(count(svg, "//*[local-name()='line'][@class='target-line']")).isEqualTo(12);
        assertThat(XPathFactory.newInstance().newXPath().evaluate("//*[local-name()='desc']", svg))
                .isEqualTo("10 values, from Apr-2022 to Mar-2023; 2 gaps. Latest Mar-2023: 94%, Green, against the "
                        + "target 90%.");
    }

    @Test
    void chart_overlay_drawsLinesAndMarkers() throws Exception {
        IndicatorEntry entry = IndicatorEntry.of(Fixtures.monthly("C", Polarity.HIGHER_IS_BETTER, "T"),
                Fixtures.months());
        TreeMap<ReportingPeriod, BigDecimal> mean = new TreeMap<>();
        mean.put(ReportingMonth.parse("Apr-2022"), Fixtures.d("90.1"));
        mean.put(ReportingMonth.parse("May-2022"), Fixtures.d("90.1"));
        ChartOverlay overlay = ChartOverlay.empty().withLine(new ChartOverlay.Line("Mean", "#1d70b8", mean, true, false))
                .withMarker(new ChartOverlay.Marker(ReportingMonth.parse("Jan-2023"), Fixtures.d("97"),
                        "Special cause <improving>", "#1d70b8"));
        String svg = IndicatorChart.of(entry, Map.of()).withOverlay(overlay).toSvg();
        Document document = parse(svg);
        assertThat(count(document, "//*[@class='overlay-line'][@data-name='Mean']")).isEqualTo(1);
        assertThat(XPathFactory.newInstance().newXPath().evaluate("//*[@class='marker']", document))
                .isEqualTo("Jan-2023: Special cause <improving>");
        assertThat(overlay).hasToString("ChartOverlay[1 line, 1 marker]");
    }

    @Test
    void chart_overlayPointStyles_replaceTheRagColourAndJoinTheLegend() throws Exception {
        IndicatorEntry entry = IndicatorEntry.of(Fixtures.monthly("C", Polarity.HIGHER_IS_BETTER, "T"),
                Fixtures.months());
        ChartOverlay overlay = ChartOverlay.empty();
        for (ReportingMonth month = ReportingMonth.parse("Apr-2022"); month.compareTo(ReportingMonth.parse("Mar-2023"))
                <= 0; month = month.next()) {
            boolean ghost = month.equals(ReportingMonth.parse("Jan-2023"));
            overlay = overlay.withPointStyle(month, new ChartOverlay.PointStyle("#4c2c92", ghost,
                    ghost ? "left out of the limits" : "common cause", "Common cause"));
        }
        overlay = overlay.withNote("Mean 90.3%.");
        Document svg = parse(IndicatorChart.of(entry, Map.of()).withOverlay(overlay).toSvg());
        assertThat(count(svg, "//*[@class='point'][@data-colour='#4c2c92'][@fill='#4c2c92']")).isEqualTo(9);
        assertThat(count(svg, "//*[@class='point'][@data-hollow='true'][@fill='#ffffff'][@stroke='#4c2c92']"))
                .isEqualTo(1);
        assertThat(XPathFactory.newInstance().newXPath().evaluate("//*[@class='point'][@data-period='Jan-2023']", svg))
                .isEqualTo("Jan-2023: 86%, left out of the limits");
        String legend = XPathFactory.newInstance().newXPath().evaluate("//*[@class='legend']", svg);
        assertThat(legend).contains("Common cause").doesNotContain("Value");
        assertThat(XPathFactory.newInstance().newXPath().evaluate("//*[local-name()='desc']", svg))
                .endsWith("against the target 90%. Mean 90.3%.");
        // Twelve months styled, but June and August have no value: only ten points are drawn.
        assertThat(overlay).hasToString("ChartOverlay[0 lines, 0 markers, 12 point styles, 1 note]");
    }

    @Test
    void overlay_badColour_isRejectedWithItsValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ChartOverlay.Marker(ReportingMonth.parse("Jan-2023"), BigDecimal.ONE, "x", "red"))
                .withMessage("Invalid value for colour (valid values #rrggbb): red");
    }

    @Test
    void nulls_failWithTheParameterName() {
        assertThatNullPointerException().isThrownBy(() -> CommitteeScorecard.of(null, Grouping.TAG))
                .withMessage("report");
        assertThatNullPointerException().isThrownBy(() -> CommitteeScorecard.of(tagged(1), null))
                .withMessage("grouping");
        assertThatNullPointerException().isThrownBy(() -> IndicatorChart.of((IndicatorEntry) null, Map.of()))
                .withMessage("entry");
        assertThatNullPointerException().isThrownBy(() -> Html.escape(null)).withMessage("text");
    }

    @Test
    void escape_replacesMarkupAndControlCharacters() {
        assertThat(Html.escape("<a href=\"x\">Tom & Jerry's</a>\u0007")).isEqualTo(
                "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; ");
    }

    @Test
    void ticks_areRoundSteps() {
        assertThat(IndicatorChart.ticks(88, 96.2)).containsExactly(87.5, 90, 92.5, 95, 97.5);
        assertThat(IndicatorChart.ticks(5, 5)).containsExactly(4.5, 4.75, 5, 5.25, 5.5);
    }

    @Test
    void palette_textContrast_meetsWcagAa() {
        for (Rag rag : Rag.values()) {
            assertThat(contrast(Palette.fill(rag), Palette.text(rag))).as(rag.name()).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(contrast(Palette.UNRATED_FILL, Palette.UNRATED_TEXT)).isGreaterThanOrEqualTo(4.5);
        for (String colour : List.of("blue", "orange", "grey", "purple")) {
            assertThat(contrast(Palette.iconFill(colour), Palette.iconText(colour))).as(colour)
                    .isGreaterThanOrEqualTo(4.5);
        }
        // WCAG 2.x: white on GOV.UK red #d4351c is 1.05 / (L + 0.05); the channels 212, 53, 28 linearise to
        // 0.6584, 0.0356, 0.0116, so L = 0.2126 * 0.6584 + 0.7152 * 0.0356 + 0.0722 * 0.0116 = 0.1663: 4.85.
        assertThat(contrast("#d4351c", "#ffffff")).isBetween(4.84, 4.86);
        assertThat(List.of(Grouping.values())).extracting(Grouping::displayName)
                .containsExactly("Tag", "Frequency", "Policy");
    }

    /** The WCAG 2.x contrast ratio (L1 + 0.05) / (L2 + 0.05) of relative luminances. */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
