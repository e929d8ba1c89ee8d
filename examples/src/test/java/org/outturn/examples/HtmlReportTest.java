package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.outturn.core.Benchmark;
import org.outturn.core.BenchmarkGroup;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.ReportingMonth;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.UnratedReason;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportSelection;
import org.outturn.rules.Scorecard;
import org.outturn.rules.Tally;
import org.w3c.dom.Document;

final class HtmlReportTest {

    private static final FinancialYear YEAR = FinancialYear.parse("2022/23");

    private static Scorecard<String> scorecard(boolean blue) {
        Map<String, Tally> groups = new LinkedHashMap<>();
        Map<Rag, Long> place = new LinkedHashMap<>(Map.of(Rag.GREEN, 3L, Rag.AMBER, 1L));
        if (blue) {
            place.put(Rag.BLUE, 2L);
        }
        groups.put("Place", Tally.ofCounts(place, Map.of(UnratedReason.NO_TARGET, 1L)));
        groups.put("People & <Care> \"1\"", Tally.ofCounts(Map.of(Rag.RED, 2L),
                Map.of(UnratedReason.NO_TARGET, 1L, UnratedReason.NO_OUTTURN, 2L)));
        return Scorecard.ofTallies(groups);
    }

    private static String cell(Document html, String row, String column) {
        return Xml.string(html, "normalize-space(//tr[th='" + row + "']/td[contains(concat(' ', @class, ' '), ' "
                + column + " ')])");
    }

    @Test
    void scorecard_groups_rowPerGroupAndTotalWithCountsAndShares() {
        Document html = Xml.parse(HtmlReport.scorecard("Theme 1", scorecard(false)));

        assertThat(Xml.string(html, "//caption")).isEqualTo("Theme 1");
        assertThat(Xml.nodes(html, "//tbody/tr").getLength()).isEqualTo(2);
        assertThat(Xml.nodes(html, "//thead/tr/th").getLength()).isEqualTo(6);
        assertThat(cell(html, "Place", "items")).isEqualTo("5");
        assertThat(cell(html, "Place", "rag-green")).isEqualTo("3 (60.0%)");
        assertThat(cell(html, "Place", "rag-amber")).isEqualTo("1 (20.0%)");
        assertThat(cell(html, "Place", "rag-red")).isEqualTo("0 (0.0%)");
        assertThat(cell(html, "Place", "unrated")).isEqualTo("1 (20.0%)");
        assertThat(cell(html, "Total", "items")).isEqualTo("10");
        assertThat(cell(html, "Total", "rag-red")).isEqualTo("2 (20.0%)");
        assertThat(cell(html, "Total", "unrated")).isEqualTo("4 (40.0%)");
        assertThat(Xml.string(html, "//tr[th='Total']/td[@class='unrated']/@title"))
                .isEqualTo("No target: 2, No value: 2");
    }

    @Test
    void scorecard_noBlue_noBlueColumn() {
        String html = HtmlReport.scorecard("Theme 1", scorecard(false));

        assertThat(html).doesNotContain("rag-blue");
    }

    @Test
    void scorecard_blue_blueColumnFirst() {
        Document html = Xml.parse(HtmlReport.scorecard("Theme 1", scorecard(true)));

        assertThat(Xml.string(html, "//thead/tr/th[3]")).isEqualTo("Blue");
        assertThat(Xml.string(html, "//thead/tr/th[3]/@class")).isEqualTo("rag rag-blue");
        assertThat(cell(html, "Place", "rag-blue")).isEqualTo("2 (28.6%)");
        assertThat(cell(html, "People & <Care> \"1\"", "rag-blue")).isEqualTo("0 (0.0%)");
    }

    @Test
    void scorecard_ragCells_colouredWithReadableText() {
        Document html = Xml.parse(HtmlReport.scorecard("Theme 1", scorecard(true)));

        assertThat(Xml.string(html, "//tr[th='Place']/td[contains(@class,'rag-red')]/@style"))
                .contains("background:#b03a2e;color:#ffffff");
        assertThat(Xml.string(html, "//tr[th='Place']/td[contains(@class,'rag-amber')]/@style"))
                .contains("background:#f5b041;color:#000000");
        assertThat(Xml.string(html, "//tr[th='Place']/td[contains(@class,'rag-green')]/@style"))
                .contains("background:#1e8449;color:#ffffff");
        assertThat(Xml.string(html, "//tr[th='Place']/td[contains(@class,'rag-blue')]/@style"))
                .contains("background:#1f618d;color:#ffffff");
    }

    @Test
    void scorecard_text_escaped() {
        String html = HtmlReport.scorecard("Rows \"<1>\" & 'more'", scorecard(false));

        assertThat(html).contains("Rows &quot;&lt;1&gt;&quot; &amp; &#39;more&#39;")
                .contains("People &amp; &lt;Care&gt; &quot;1&quot;");
        assertThat(Xml.string(Xml.parse(html), "//caption")).isEqualTo("Rows \"<1>\" & 'more'");
    }

    @Test
    void scorecard_fromRatings_countsEachGroup() {
        List<Rating> ratings = List.of(Rating.of(Rag.GREEN), Rating.of(Rag.RED), Rating.unrated(UnratedReason.NO_TARGET));
        Document html = Xml.parse(HtmlReport.scorecard("All", Scorecard.of(ratings, r -> r)));

        assertThat(cell(html, Scorecard.ALL, "rag-green")).isEqualTo("1 (33.3%)");
        assertThat(cell(html, "Total", "unrated")).isEqualTo("1 (33.3%)");
    }

    @Test
    void scorecard_empty_onlyTotal() {
        Document html = Xml.parse(HtmlReport.scorecard("None", Scorecard.ofTallies(Map.of())));

        assertThat(Xml.nodes(html, "//tbody/tr").getLength()).isZero();
        assertThat(cell(html, "Total", "items")).isEqualTo("0");
    }

    @Test
    void scorecard_null_throws() {
        assertThatNullPointerException().isThrownBy(() -> HtmlReport.scorecard(null, scorecard(false)))
                .withMessage("title");
        assertThatNullPointerException().isThrownBy(() -> HtmlReport.scorecard("t", null)).withMessage("scorecard");
    }

    private static Indicator.Builder indicator(Polarity polarity, Frequency frequency) {
        return Indicator.builder()
                .code("CS_06")
                .title("Care leavers in <suitable> accommodation & \"settled\"")
                .unit(Unit.percentage(1))
                .polarity(polarity)
                .frequency(frequency);
    }

    private static Indicator.Builder monthly() {
        return indicator(Polarity.HIGHER_IS_BETTER, Frequency.MONTHLY);
    }

    /** Apr to Sep 2022: Jun missing, Aug absent. */
    private static List<Outturn> outturns() {
        List<Outturn> outturns = new ArrayList<>();
        outturns.add(Outturn.of(ReportingMonth.parse("Apr-2022"), new BigDecimal("91.5")));
        outturns.add(Outturn.of(ReportingMonth.parse("May-2022"), new BigDecimal("93.0")));
        outturns.add(Outturn.missing(ReportingMonth.parse("Jun-2022"), MissingReason.NOT_YET_AVAILABLE));
        outturns.add(Outturn.of(ReportingMonth.parse("Jul-2022"), new BigDecimal("96.2")));
        outturns.add(Outturn.of(ReportingMonth.parse("Sep-2022"), new BigDecimal("88.0")));
        return outturns;
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void chart_monthsWithGaps_pointPerValueAndPathBrokenAtGaps() {
        Indicator indicator = monthly().putTargets(YEAR, Target.single(new BigDecimal("95"))).build();
        Document svg = Xml.parse(HtmlReport.chart(indicator, outturns(), YEAR));

        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(Xml.nodes(svg, "//circle[@class='point']").getLength()).isEqualTo(4);
        String d = Xml.string(svg, "//path[@class='value']/@d");
        assertThat(count(d, "[ML]")).isEqualTo(4);
        assertThat(d).matches("M\\S+ L\\S+ M\\S+ M\\S+");
        assertThat(Xml.string(svg, "//circle[@class='point'][3]/title")).isEqualTo("Jul-2022: 96.2%");
        assertThat(Xml.nodes(svg, "//text[@class='period']").getLength()).isEqualTo(6);
        assertThat(Xml.string(svg, "//text[@class='period'][1]")).isEqualTo("Apr-2022");
        assertThat(Xml.string(svg, "//text[@class='period'][5]")).isEqualTo("Aug-2022");
        assertThat(Xml.nodes(svg, "//g[@class='axis y']/text").getLength()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void chart_single_oneTargetLine() {
        Indicator indicator = monthly().putTargets(YEAR, Target.single(new BigDecimal("95"))).build();
        Document svg = Xml.parse(HtmlReport.chart(indicator, outturns(), YEAR));

        assertThat(Xml.nodes(svg, "//line[@class='target']").getLength()).isEqualTo(1);
        assertThat(Xml.string(svg, "//line[@class='target']/title")).isEqualTo("Target 95%");
        assertThat(Xml.nodes(svg, "//rect[@class='target band']").getLength()).isZero();
    }

    @Test
    void chart_thresholds_twoLines() {
        Indicator indicator = monthly()
                .putTargets(YEAR, Target.thresholds(new BigDecimal("95"), new BigDecimal("90"))).build();
        Document svg = Xml.parse(HtmlReport.chart(indicator, outturns(), ReportingMonth.parse("Sep-2022")));

        assertThat(Xml.nodes(svg, "//line[@class='target']").getLength()).isEqualTo(2);
        assertThat(Xml.string(svg, "//line[@class='target'][1]/title")).isEqualTo("Green threshold 95%");
        assertThat(Xml.string(svg, "//line[@class='target'][2]/title")).isEqualTo("Red threshold 90%");
    }

    @Test
    void chart_band_shadedBand() {
        Indicator indicator = indicator(Polarity.WITHIN_BAND, Frequency.MONTHLY)
                .putTargets(YEAR, Target.band(new BigDecimal("90"), new BigDecimal("95"))).build();
        Document svg = Xml.parse(HtmlReport.chart(indicator, outturns(), YEAR));

        assertThat(Xml.nodes(svg, "//rect[@class='target band']").getLength()).isEqualTo(1);
        assertThat(Xml.string(svg, "//rect[@class='target band']/title")).isEqualTo("Target band 90% to 95%");
        assertThat(Xml.nodes(svg, "//line[@class='target']").getLength()).isZero();
    }

    @Test
    void chart_benchmark_lineAtBenchmarkValue() {
        Indicator indicator = monthly().putTargets(YEAR, Target.relativeTo(BenchmarkGroup.ENGLAND))
                .addBenchmarks(Benchmark.of(BenchmarkGroup.ENGLAND, YEAR, new BigDecimal("92.5"))).build();
        Document svg = Xml.parse(HtmlReport.chart(indicator, outturns(), YEAR));

        assertThat(Xml.string(svg, "//line[@class='target']/title")).isEqualTo("Benchmark 92.5%");
    }

    @Test
    void chart_noTargetForPeriod_noTargetDrawn() {
        Indicator indicator = monthly().putTargets(YEAR, Target.single(new BigDecimal("95"))).build();
        String svg = HtmlReport.chart(indicator, outturns(), FinancialYear.parse("2023/24"));

        assertThat(svg).doesNotContain("class=\"target");
        Xml.parse(svg);
    }

    @Test
    void chart_annualPeriods_slotPerPeriodGiven() {
        Indicator indicator = indicator(Polarity.HIGHER_IS_BETTER, Frequency.ANNUAL).build();
        List<Outturn> outturns = List.of(Outturn.of(FinancialYear.parse("2019/20"), new BigDecimal("80")),
                Outturn.of(FinancialYear.parse("2022/23"), new BigDecimal("85")));
        Document svg = Xml.parse(HtmlReport.chart(indicator, outturns, YEAR));

        assertThat(Xml.nodes(svg, "//text[@class='period']").getLength()).isEqualTo(2);
        assertThat(Xml.string(svg, "//path[@class='value']/@d")).matches("M\\S+ L\\S+");
    }

    @Test
    void chart_noOutturns_emptyChartWithTitle() {
        Document svg = Xml.parse(HtmlReport.chart(monthly().build(), List.of(), YEAR));

        assertThat(Xml.nodes(svg, "//circle").getLength()).isZero();
        assertThat(Xml.nodes(svg, "//path").getLength()).isZero();
    }

    @Test
    void chart_title_escaped() {
        String svg = HtmlReport.chart(monthly().build(), outturns(), YEAR);

        assertThat(svg).contains("Care leavers in &lt;suitable&gt; accommodation &amp; &quot;settled&quot;");
        assertThat(Xml.string(Xml.parse(svg), "/svg/title"))
                .isEqualTo("CS_06: Care leavers in <suitable> accommodation & \"settled\"");
    }

    @Test
    void chart_null_throws() {
        assertThatNullPointerException().isThrownBy(() -> HtmlReport.chart(monthly().build(), null, YEAR))
                .withMessage("outturns");
        List<Outturn> withNull = new ArrayList<>(outturns());
        withNull.add(null);
        assertThatNullPointerException().isThrownBy(() -> HtmlReport.chart(monthly().build(), withNull, YEAR))
                .withMessage("outturns[5]");
    }

    @Test
    void ticks_range_roundStepsCoveringIt() {
        assertThat(HtmlReport.ticks(88, 96.2)).containsExactly(87.5, 90, 92.5, 95, 97.5);
        assertThat(HtmlReport.ticks(0, 1)).containsExactly(0, 0.25, 0.5, 0.75, 1);
        assertThat(HtmlReport.ticks(5, 5)).containsExactly(4.5, 4.75, 5, 5.25, 5.5);
    }

    @Test
    void page_fragments_wellFormedXhtml() {
        String page = HtmlReport.page("Report <1>", HtmlReport.scorecard("Theme 1", scorecard(true)),
                HtmlReport.chart(monthly().build(), outturns(), YEAR));

        assertThat(page).startsWith("<!DOCTYPE html>");
        Document html = Xml.parse(page);
        assertThat(Xml.string(html, "/html/head/title")).isEqualTo("Report <1>");
        assertThat(Xml.nodes(html, "/html/body/div/table").getLength()).isEqualTo(1);
        assertThat(Xml.nodes(html, "/html/body/svg").getLength()).isEqualTo(1);
    }

    @Test
    void escape_specialCharacters_characterReferences() {
        assertThat(HtmlReport.escape("<a href=\"x\">Tom & Jerry's</a>\u0007"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    }

    @Test
    void reconciliation_bromley_rowPerPublishedRatingWithAgreementAndSummary() {
        ReportAssessment report = ReportAssessment.of(Datasets.bromleyChildren(), ReportSelection.all());
        String fragment = HtmlReport.reconciliation("Bromley <2022/23>", report, false);

        Document html = Xml.parse(fragment);
        assertThat(Xml.string(html, "/div/table/caption")).isEqualTo("Bromley <2022/23>");
        assertThat(Xml.nodes(html, "/div/table/tbody/tr").getLength()).isEqualTo(18);
        assertThat(Xml.string(html, "/div/table/tbody/tr[4]/td[5]")).isEqualTo("Disagrees");
        assertThat(Xml.string(html, "/div/table/tbody/tr[4]/td[3]/@class")).isEqualTo("rag rag-amber");
        assertThat(Xml.string(html, "/div/table/tbody/tr[5]/td[5]")).isEqualTo("Not recomputable: no value");
        assertThat(Xml.string(html, "/div/p")).isEqualTo(report.reconciliation().summary());
        assertThat(fragment).doesNotContain("NOT_RATED_MEASURE", "SUPPRESSED");
        assertThat(Xml.nodes(Xml.parse(HtmlReport.reconciliation("All", report, true)), "/div/table/tbody/tr")
                .getLength()).isEqualTo(183);
    }

    @Test
    void describe_tally_displayNames() {
        Tally tally = Tally.ofCounts(Map.of(Rag.GREEN, 12L, Rag.AMBER, 10L, Rag.RED, 6L),
                Map.of(UnratedReason.NO_TARGET, 27L, UnratedReason.NO_OUTTURN, 2L));
        assertThat(HtmlReport.describe(tally)).isEqualTo("12 Green, 10 Amber, 6 Red; 29 unrated (27 No target, 2 No value)");
        assertThat(HtmlReport.describe(Tally.ofCounts(Map.of(Rag.BLUE, 1L), Map.of())))
                .isEqualTo("1 Blue, 0 Green, 0 Amber, 0 Red; 0 unrated");
    }
}
