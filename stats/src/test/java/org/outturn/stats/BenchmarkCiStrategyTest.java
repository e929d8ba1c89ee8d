package org.outturn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outturn.core.Benchmark;
import org.outturn.core.BenchmarkGroup;
import org.outturn.core.CalendarYear;
import org.outturn.core.ConfidenceInterval;
import org.outturn.core.ConfidenceLevel;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.UnratedReason;
import org.outturn.json.OutturnJson;
import org.outturn.rules.Assessment;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.RagStrategy;
import org.outturn.rules.RagStrategyRegistry;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportSelection;

final class BenchmarkCiStrategyTest {

    private static final CalendarYear YEAR = CalendarYear.of(2022);

    private static Indicator smoking(Polarity polarity, Target target) {
        return Indicator.builder().code("92443").title("Smoking prevalence in adults").unit(Unit.percentage(1))
                .polarity(polarity).frequency(Frequency.ANNUAL).putTargets(YEAR, target)
                .addBenchmarks(Benchmark.of(BenchmarkGroup.ENGLAND, YEAR, new BigDecimal("12.7"))).build();
    }

    private static Outturn outturn(String lower, String upper) {
        return Outturn.builder().period(YEAR).value(new BigDecimal("9.8"))
                .putConfidenceIntervals(ConfidenceLevel.NINETY_FIVE,
                        ConfidenceInterval.of(new BigDecimal(lower), new BigDecimal(upper)))
                .putConfidenceIntervals(ConfidenceLevel.NINETY_NINE_POINT_EIGHT,
                        ConfidenceInterval.of(new BigDecimal("6.2"), new BigDecimal("13.4"))).build();
    }

    private static Assessment assess(RagStrategy strategy, Indicator indicator, Outturn outturn) {
        return RagPolicy.of("p", strategy).assess(indicator, outturn);
    }

    private static final Target ENGLAND = Target.relativeTo(BenchmarkGroup.ENGLAND);

    @Test
    void registry_findsTheStrategy_withItsDefaults() {
        RagStrategy strategy = RagStrategyRegistry.standard().create("benchmark-ci", Map.of());
        assertThat(strategy).hasToString("benchmark-ci(95%, target)");
        assertThat(strategy.spec().orElseThrow().parameters()).isEmpty();
        RagStrategy strict = RagStrategyRegistry.standard().create("benchmark-ci", Map.of("level", "99.8"));
        assertThat(RagStrategyRegistry.standard().create(strict.spec().orElseThrow())).isEqualTo(strict);
    }

    @Test
    void assess_betterSimilarWorse_areGreenAmberRed_withTheExplanation() {
        RagStrategy strategy = RagStrategyRegistry.standard().create("benchmark-ci", Map.of());
        Indicator lower = smoking(Polarity.LOWER_IS_BETTER, ENGLAND);
        Assessment green = assess(strategy, lower, outturn("7.4", "12.2"));
        assertThat(green.rating()).isEqualTo(Rating.of(Rag.GREEN));
        assertThat(green.explanation()).isEqualTo("Green: 9.8% (95% confidence interval 7.4 - 12.2) is better than "
                + "the England value of 12.7%: the whole interval is below it");
        Assessment amber = assess(strategy, lower, outturn("7.4", "12.7"));
        assertThat(amber.rating()).isEqualTo(Rating.of(Rag.AMBER));
        assertThat(amber.explanation()).isEqualTo("Amber: 9.8% (95% confidence interval 7.4 - 12.7) is similar to "
                + "the England value of 12.7%: the interval contains it");
        assertThat(assess(strategy, smoking(Polarity.HIGHER_IS_BETTER, ENGLAND), outturn("7.4", "12.69")).explanation())
                .isEqualTo("Red: 9.8% (95% confidence interval 7.4 - 12.69) is worse than the England value of "
                        + "12.7%: the whole interval is below it");
    }

    @Test
    void assess_atTheOtherLevel_usesThatInterval() {
        RagStrategy strict = RagStrategyRegistry.standard().create("benchmark-ci", Map.of("level", "99.8"));
        assertThat(assess(strict, smoking(Polarity.LOWER_IS_BETTER, ENGLAND), outturn("7.4", "12.2")).rating())
                .isEqualTo(Rating.of(Rag.AMBER));
    }

    @Test
    void assess_cannotCompare_isUnratedWithItsReason() {
        RagStrategy strategy = RagStrategyRegistry.standard().create("benchmark-ci", Map.of());
        Outturn bare = Outturn.of(YEAR, new BigDecimal("9.8"));
        assertThat(assess(strategy, smoking(Polarity.LOWER_IS_BETTER, ENGLAND), bare).rating()).isEqualTo(
                Rating.unrated(UnratedReason.NOT_COMPARABLE, "no 95% confidence interval for 2022"));
        Indicator london = smoking(Polarity.LOWER_IS_BETTER, Target.relativeTo(BenchmarkGroup.LONDON));
        assertThat(assess(strategy, london, outturn("7.4", "12.2")).rating()).isEqualTo(
                Rating.unrated(UnratedReason.BENCHMARK_NOT_AVAILABLE, "no London value for 2022"));
        Indicator single = smoking(Polarity.LOWER_IS_BETTER, Target.single(BigDecimal.TEN));
        assertThat(assess(strategy, single, outturn("7.4", "12.2")).rating().detail()).contains(
                "the benchmark-ci strategy needs a target relative to a benchmark, not single 10");
        RagStrategy england = RagStrategyRegistry.standard().create("benchmark-ci", Map.of("benchmark", "England"));
        assertThat(assess(england, single, outturn("7.4", "12.2")).rating()).isEqualTo(Rating.of(Rag.GREEN));
    }

    /**
     * 148 of 2,056 (Bexley's boys' injury admissions in the illustrative Fingertips export): Wilson at
     * 95% gives 6.1592506 - 8.3972803, rounded outwards to three places 6.159 - 8.398, below England's 9.7.
     */
    @Test
    void assess_withoutAnInterval_computesItFromTheFraction() {
        RagStrategy strategy = RagStrategyRegistry.standard().create("benchmark-ci", Map.of());
        Indicator injuries = Indicator.builder().code("90630").title("Injury admissions").unit(Unit.percentage(1))
                .polarity(Polarity.LOWER_IS_BETTER).frequency(Frequency.ANNUAL).putTargets(YEAR, ENGLAND)
                .addBenchmarks(Benchmark.of(BenchmarkGroup.ENGLAND, YEAR, new BigDecimal("9.7"))).build();
        Outturn counted = Outturn.builder().period(YEAR).value(new BigDecimal("7.2"))
                .fraction(org.outturn.core.Fraction.of(148, 2056)).build();
        Assessment assessment = assess(strategy, injuries, counted);
        assertThat(assessment.rating()).isEqualTo(Rating.of(Rag.GREEN));
        assertThat(assessment.explanation()).isEqualTo("Green: 7.2% (95% confidence interval 6.159 - 8.398 by Wilson "
                + "score from 148/2056) is better than the England value of 9.7%: the whole interval is below it");
    }

    @Test
    void create_badLevel_isRefused() {
        assertThatThrownBy(() -> RagStrategyRegistry.standard().create("benchmark-ci", Map.of("level", "90")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for parameter 'level' of RAG strategy 'benchmark-ci' (valid values 95, "
                        + "99.8): 90");
    }

    /** The strategy read from a policy in JSON, through the registry that io-json uses. */
    @Test
    void json_policyNamingTheStrategy_rates() {
        String json = "{\"format\": \"outturn/1\", \"policies\": [{\"name\": \"phof\", \"strategy\": \"benchmark-ci\","
                + " \"parameters\": {\"level\": \"95\"}}], \"indicators\": [{\"code\": \"92443\", \"title\": \"Smoking\","
                + " \"unit\": \"percentage:1\", \"polarity\": \"LOWER_IS_BETTER\", \"frequency\": \"ANNUAL\","
                + " \"targets\": {\"2022\": {\"kind\": \"relativeToBenchmark\", \"group\": \"England\"}},"
                + " \"benchmarks\": [{\"group\": \"England\", \"period\": \"2022\", \"value\": 12.7}],"
                + " \"policy\": \"phof\", \"outturns\": {\"2022\": {\"value\": 9.8, \"confidenceIntervals\":"
                + " {\"NINETY_FIVE\": {\"lowerInclusive\": 7.4, \"upperInclusive\": 12.2}}}}}]}";
        OutturnDocument document = OutturnJson.strict().read(json);
        ReportAssessment report = ReportAssessment.of(document, ReportSelection.all());
        assertThat(report.rows().get(0).rating()).contains(Rating.of(Rag.GREEN));
        assertThat(OutturnJson.strict().read(OutturnJson.strict().write(document))).isEqualTo(document);
    }
}
