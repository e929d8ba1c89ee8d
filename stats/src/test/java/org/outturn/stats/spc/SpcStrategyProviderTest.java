package org.outturn.stats.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outturn.core.Outturn;
import org.outturn.core.Rag;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.UnratedReason;
import org.outturn.core.Unit;
import org.outturn.json.OutturnJson;
import org.outturn.rules.Assessment;
import org.outturn.rules.OutturnHistory;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.RagStrategy;
import org.outturn.rules.RagStrategyRegistry;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

final class SpcStrategyProviderTest {

    /** Thirteen months, Apr-2023 to Apr-2024: the twelve baseline months alternate 11.5 and 8.5. */
    private static String document(String polarity, String target, String ruleSet, String... lastMonths) {
        String[] months = {"Apr-2023", "May-2023", "Jun-2023", "Jul-2023", "Aug-2023", "Sep-2023", "Oct-2023",
            "Nov-2023", "Dec-2023", "Jan-2024", "Feb-2024", "Mar-2024", "Apr-2024", "May-2024", "Jun-2024",
            "Jul-2024", "Aug-2024", "Sep-2024", "Oct-2024"};
        StringBuilder outturns = new StringBuilder();
        for (int i = 0; i < 12 + lastMonths.length; i++) {
            String value = i < 12 ? (i % 2 == 0 ? "11.5" : "8.5") : lastMonths[i - 12];
            outturns.append(i == 0 ? "" : ", ").append('"').append(months[i]).append("\": {\"value\": ")
                    .append(value).append('}');
        }
        String parameters = ruleSet == null ? "" : ", \"parameters\": {\"rule-set\": \"" + ruleSet + "\"}";
        return "{\"format\": \"outturn/1\", \"policies\": [{\"name\": \"nhs\", \"strategy\": \"spc\"" + parameters
                + "}], \"defaultPolicy\": \"nhs\", \"indicators\": [{\"code\": \"X1\", \"title\": \"Test\","
                + " \"unit\": \"score:1\", \"polarity\": \"" + polarity + "\", \"frequency\": \"MONTHLY\","
                + " \"targets\": {\"2023/24\": " + target + ", \"2024/25\": " + target + "},"
                + " \"outturns\": {" + outturns + "}}]}";
    }

    private static Assessment rateLatest(String json) {
        OutturnDocument document = OutturnJson.strict().read(json);
        IndicatorEntry entry = document.indicators().get(0);
        RagPolicy policy = document.policyFor(entry).orElseThrow();
        List<Outturn> outturns = List.copyOf(entry.outturns().values());
        Outturn latest = outturns.stream().max((a, b) -> a.period().compareTo(b.period())).orElseThrow();
        return policy.assess(entry.indicator(), latest, OutturnHistory.of(outturns));
    }

    private static final String SINGLE_2 = "{\"kind\": \"single\", \"value\": 2}";
    private static final String SINGLE_10 = "{\"kind\": \"single\", \"value\": 10}";

    @Test
    void assess_fromPolicyJson_consistentlyPassesIsGreen() {
        // 13 months: six 11.5, six 8.5, then 10: mean 130 / 13 = 10; moving ranges eleven 3s and 1.5,
        // MR̄ 34.5 / 12 = 2.875; 2.66 × 2.875 = 7.6475: limits 2.3525 to 17.6475. A higher-is-better
        // target of 2 is below the lower limit: consistently passes.
        Assessment assessment = rateLatest(document("HIGHER_IS_BETTER", SINGLE_2, null, "10"));
        assertThat(assessment.rag()).contains(Rag.GREEN);
        assertThat(assessment.explanation()).isEqualTo("Green: Apr-2024 10 shows common cause variation;"
                + " consistently passes the target (single 2) with process limits 2.3525 to 17.6475 about a mean of 10"
                + " from 13 points, rule set nhse-2023");
    }

    @Test
    void assess_hitAndMissWithCommonCause_isAmber() {
        assertThat(rateLatest(document("HIGHER_IS_BETTER", SINGLE_10, null, "10")).rag()).contains(Rag.AMBER);
    }

    @Test
    void assess_consistentlyFails_isRed() {
        // Limits 2.3525 to 17.6475 as above: a lower-is-better target of 2 is below the lower limit.
        assertThat(rateLatest(document("LOWER_IS_BETTER", SINGLE_2, null, "10")).rag()).contains(Rag.RED);
    }

    @Test
    void assess_concerningRun_isRedAndNamesTheRuleAndPoints() {
        Assessment assessment = rateLatest(document("LOWER_IS_BETTER", SINGLE_10, null,
                "12", "12", "12", "12", "12", "12", "12"));
        assertThat(assessment.rag()).contains(Rag.RED);
        assertThat(assessment.explanation()).startsWith("Red: Oct-2024 12 shows special cause variation, concerning;"
                + " Run of points on one side of the mean (higher values) at Apr-2024, May-2024, Jun-2024, Jul-2024,"
                + " Aug-2024, Sep-2024, Oct-2024; hit and miss (single 10)");
    }

    @Test
    void assess_improvingRun_isGreenUnderEitherPolarityFlip() {
        assertThat(rateLatest(document("HIGHER_IS_BETTER", SINGLE_10, null,
                "12", "12", "12", "12", "12", "12", "12")).rag()).contains(Rag.GREEN);
        assertThat(rateLatest(document("LOWER_IS_BETTER", SINGLE_10, null,
                "8", "8", "8", "8", "8", "8", "8")).rag()).contains(Rag.GREEN);
    }

    /** Thirteen months of a percentage with its fractions, rated on a chart type. */
    private static String fractionDocument(String chart) {
        String[] months = {"Apr-2023", "May-2023", "Jun-2023", "Jul-2023", "Aug-2023", "Sep-2023", "Oct-2023",
            "Nov-2023", "Dec-2023", "Jan-2024", "Feb-2024", "Mar-2024", "Apr-2024"};
        String[] fractions = {"20/100", "80/400", "18/100", "84/400", "22/100", "76/400", "20/100", "80/400",
            "16/100", "88/400", "24/100", "72/400", "40/100"};
        StringBuilder outturns = new StringBuilder();
        for (int i = 0; i < months.length; i++) {
            String[] parts = fractions[i].split("/");
            BigDecimal percent = new BigDecimal(parts[0]).multiply(BigDecimal.valueOf(100))
                    .divide(new BigDecimal(parts[1])).setScale(1);
            outturns.append(i == 0 ? "" : ", ").append('"').append(months[i]).append("\": {\"value\": ")
                    .append(percent.toPlainString()).append(", \"fraction\": \"").append(fractions[i]).append("\"}");
        }
        return "{\"format\": \"outturn/1\", \"policies\": [{\"name\": \"nhs\", \"strategy\": \"spc\","
                + " \"parameters\": {\"chart\": \"" + chart + "\"}}], \"defaultPolicy\": \"nhs\", \"indicators\": [{"
                + "\"code\": \"P1\", \"title\": \"Test\", \"unit\": \"percentage:1\", \"polarity\": \"HIGHER_IS_BETTER\","
                + " \"frequency\": \"MONTHLY\", \"targets\": {\"2023/24\": " + SINGLE_10 + ", \"2024/25\": "
                + SINGLE_10 + "}, \"outturns\": {" + outturns + "}}]}";
    }

    @Test
    void assess_pChart_readsTheFractionsInTheIndicatorsUnit() {
        // 640 of 3100: p̄ = 0.2064516129032258, plotted in percent (× 100): 20.65. At April's 100 cases
        // σ = √(p̄(1 − p̄) / 100) × 100 = 4.048 (to 3 places), so the limits are 20.65 ∓ 12.14: 8.50 and 32.79.
        // April's 40 is above (improving: Green); the target of 10 lies between the limits: hit and miss.
        Assessment assessment = rateLatest(fractionDocument("p"));
        assertThat(assessment.rag()).contains(Rag.GREEN);
        assertThat(assessment.explanation()).isEqualTo("Green: Apr-2024 40.0 shows special cause variation, improving;"
                + " Point outside the process limits (higher values) at Apr-2024; hit and miss (single 10) with process"
                + " limits 8.502409955077583 to 32.787912625567577 about a mean of 20.64516129032258 from 13 points,"
                + " rule set nhse-2023");
        Assessment xmr = rateLatest(fractionDocument("xmr"));
        assertThat(xmr.rag()).isPresent();
    }

    @Test
    void assess_pChartWithoutFractions_isUnratedWithTheChartsMessage() {
        String json = document("HIGHER_IS_BETTER", SINGLE_10, null, "10").replace("\"strategy\": \"spc\"",
                "\"strategy\": \"spc\", \"parameters\": {\"chart\": \"u-prime\"}");
        Assessment assessment = rateLatest(json);
        assertThat(assessment.rating().unratedReason()).contains(UnratedReason.NOT_COMPARABLE);
        assertThat(assessment.explanation()).isEqualTo("Unrated: the Laney u′ chart (rates, over-dispersion adjusted) cannot read"
                + " the series: Invalid value for denominator of Apr-2023 (required on a u-prime chart): none");
    }

    @Test
    void multiplierOf_percentageRateAndOther() {
        assertThat(SpcSetup.multiplierOf(Unit.parse("percentage:1"))).isEqualByComparingTo("100");
        assertThat(SpcSetup.multiplierOf(Unit.ratePer(100_000, 1))).isEqualByComparingTo("100000");
        assertThat(SpcSetup.multiplierOf(Unit.count(0))).isEqualByComparingTo("1");
    }

    @Test
    void assess_notEnoughData_isUnrated() {
        OutturnDocument document = OutturnJson.strict().read(document("HIGHER_IS_BETTER", SINGLE_10, null));
        IndicatorEntry entry = document.indicators().get(0);
        Outturn mar = entry.outturns().get(ReportingPeriod.parse("Mar-2024"));
        Outturn feb = entry.outturns().get(ReportingPeriod.parse("Feb-2024"));
        Assessment assessment = document.policyFor(entry).orElseThrow().assess(entry.indicator(), feb,
                OutturnHistory.of(List.of(feb, mar)));
        assertThat(assessment.rating().unratedReason()).contains(UnratedReason.NOT_COMPARABLE);
        assertThat(assessment.explanation()).contains(
                "not enough data for process limits: 1 values, at least 12 needed (rule set nhse-2023)");
    }

    @Test
    void registry_findsSpc_specRoundTrips() {
        RagStrategy strategy = RagStrategyRegistry.standard().create("spc", Map.of("rule-set", "nhse-pre-2023"));
        assertThat(RagStrategyRegistry.standard().create(strategy.spec().orElseThrow())).isEqualTo(strategy);
        assertThat(strategy).hasToString("spc(rule-set=nhse-pre-2023, chart=xmr)");
        assertThat(RagStrategyRegistry.standard().create("spc", Map.of()).spec().orElseThrow().parameters())
                .isEmpty();
        RagStrategy p = RagStrategyRegistry.standard().create("spc", Map.of("chart", "p-prime"));
        assertThat(p).hasToString("spc(rule-set=nhse-2023, chart=p-prime)");
        assertThat(RagStrategyRegistry.standard().create(p.spec().orElseThrow())).isEqualTo(p);
        assertThatThrownBy(() -> RagStrategyRegistry.standard().create("spc", Map.of("rule-set", "nhse")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nhse");
    }
}
