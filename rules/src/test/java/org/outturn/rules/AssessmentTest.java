package org.outturn.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.outturn.rules.Fixtures.d;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.outturn.core.Benchmark;
import org.outturn.core.BenchmarkGroup;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.UnratedReason;

final class AssessmentTest {

    private static final RagStrategy SEED_RULE = RagStrategies.tolerance(Tolerances.relative(d("5")));

    private static Assessment assess(RagStrategy strategy, Polarity polarity, Unit unit, Target target, String value) {
        return RagPolicy.of("test", strategy).assess(Fixtures.indicator(polarity, unit), target,
                Fixtures.outturn(value));
    }

    static Stream<Arguments> explanations() {
        Unit pct = Unit.percentage(1);
        Polarity high = Polarity.HIGHER_IS_BETTER;
        return Stream.of(
                Arguments.of(SEED_RULE, high, pct, Target.single(d("71.4")), "69.9",
                        "Amber: 69.9% is 1.5 points (2.1%) below the target of 71.4%, within the 5% tolerance"),
                Arguments.of(SEED_RULE, high, pct, Target.single(d("73.5")), "74.1",
                        "Green: 74.1% is 0.6 points (0.8%) above the target of 73.5%"),
                Arguments.of(SEED_RULE, high, pct, Target.single(d("71.4")), "71.4",
                        "Green: 71.4% meets the target of 71.4%"),
                Arguments.of(SEED_RULE, high, pct, Target.single(d("70")), "63",
                        "Red: 63% is 7 points (10.0%) below the target of 70%, outside the 5% tolerance"),
                Arguments.of(SEED_RULE, high, pct, Target.single(d("70")), "66.5",
                        "Red: 66.5% is 3.5 points (5.0%) below the target of 70%, at the edge of the 5% tolerance"),
                Arguments.of(RagStrategies.tolerance(Tolerances.absolute(d("1.5"))), high, pct,
                        Target.single(d("71.4")), "70.4",
                        "Amber: 70.4% is 1.0 points (1.4%) below the target of 71.4%, within the tolerance of "
                                + "1.5 points"),
                Arguments.of(RagStrategies.tolerance(Tolerances.none()), high, pct, Target.single(d("71")), "70",
                        "Red: 70% is 1 point (1.4%) below the target of 71%"),
                Arguments.of(SEED_RULE, Polarity.LOWER_IS_BETTER, Unit.ratePer(100_000, 1), Target.single(d("7.0")),
                        "7.3", "Amber: 7.3 per 100,000 is 0.3 per 100,000 (4.3%) above the target of 7.0 per "
                                + "100,000, within the 5% tolerance"),
                Arguments.of(RagStrategies.thresholds(), high, Unit.percentage(0), Target.thresholds(d("95"), d("90")),
                        "92", "Amber: 92% is between the red threshold of 90% and the green threshold of 95%"),
                Arguments.of(RagStrategies.thresholds(), high, Unit.percentage(0), Target.thresholds(d("95"), d("90")),
                        "96", "Green: 96% is above the green threshold of 95%"),
                Arguments.of(RagStrategies.thresholds(), high, Unit.percentage(0), Target.thresholds(d("95"), d("90")),
                        "89", "Red: 89% is below the red threshold of 90%"),
                Arguments.of(RagStrategies.thresholds(), high, Unit.percentage(0), Target.thresholds(d("95"), d("90")),
                        "90", "Amber: 90% is at the red threshold of 90%, short of the green threshold of 95%"),
                Arguments.of(RagStrategies.thresholds(), Polarity.LOWER_IS_BETTER, Unit.percentage(0),
                        Target.thresholds(d("35"), d("42")), "43", "Red: 43% is above the red threshold of 42%"),
                Arguments.of(RagStrategies.thresholds(), Polarity.LOWER_IS_BETTER, Unit.percentage(0),
                        Target.thresholds(d("35"), d("42")), "35", "Green: 35% is at the green threshold of 35%"),
                Arguments.of(RagStrategies.band(Tolerances.absolute(d("2"))), Polarity.WITHIN_BAND, Unit.ratio(0),
                        Target.band(d("12"), d("18")), "15", "Green: 15 is within the band 12 - 18"),
                Arguments.of(RagStrategies.band(Tolerances.absolute(d("2"))), Polarity.WITHIN_BAND, Unit.ratio(0),
                        Target.band(d("12"), d("18")), "19", "Amber: 19 is 1 above the band 12 - 18, within the "
                                + "margin of 2"),
                Arguments.of(RagStrategies.band(Tolerances.absolute(d("2"))), Polarity.WITHIN_BAND, Unit.ratio(0),
                        Target.band(d("12"), d("18")), "23", "Red: 23 is 5 above the band 12 - 18, outside the "
                                + "margin of 2"),
                Arguments.of(RagStrategies.band(Tolerances.none()), Polarity.LOWER_IS_BETTER, Unit.percentage(0),
                        Target.band(d("0"), d("12")), "-1", "Green: -1% is 1 point below the band 0% - 12%, on its "
                                + "better side"),
                Arguments.of(RagStrategies.withBlue(SEED_RULE, Tolerances.relative(d("10"))), high, pct,
                        Target.single(d("50")), "56", "Blue: 56% is 6 points (12.0%) above the target of 50%"));
    }

    @ParameterizedTest(name = "{5}")
    @MethodSource("explanations")
    void explanation_saysWhichTargetToleranceValueAndComparison(RagStrategy strategy, Polarity polarity, Unit unit,
            Target target, String value, String expected) {
        assertThat(assess(strategy, polarity, unit, target, value).explanation()).isEqualTo(expected);
    }

    @Test
    void explanation_benchmark_namesComparator() {
        Indicator indicator = Indicator.builder().code("CLA_02").title("Placement length").unit(Unit.percentage(0))
                .polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.MONTHLY)
                .addBenchmarks(Benchmark.of(BenchmarkGroup.ENGLAND, Fixtures.FY, d("69")))
                .addBenchmarks(Benchmark.of(BenchmarkGroup.STATISTICAL_NEIGHBOURS, Fixtures.FY, d("70")))
                .build();
        RagPolicy policy = RagPolicy.of("benchmark",
                RagStrategies.relativeToBenchmark(Tolerances.none(), Edges.standard()));
        assertThat(policy.assess(indicator, Target.relativeTo(BenchmarkGroup.ENGLAND), Fixtures.outturn("73"))
                .explanation()).isEqualTo("Green: 73% is 4 points (5.8%) above England's 69%");
        assertThat(policy.assess(indicator, Target.relativeTo(BenchmarkGroup.STATISTICAL_NEIGHBOURS),
                Fixtures.outturn("70")).explanation()).isEqualTo("Green: 70% meets Statistical neighbours' 70%");
    }

    @Test
    void accessors_keepWhatWasUsed() {
        Tolerance fivePercent = Tolerances.relative(d("5"));
        Assessment result = assess(RagStrategies.tolerance(fivePercent), Polarity.HIGHER_IS_BETTER,
                Unit.percentage(1), Target.single(d("71.4")), "69.9");
        assertThat(result.rag()).contains(Rag.AMBER);
        assertThat(result.target()).contains(Target.single(d("71.4")));
        assertThat(result.tolerance()).contains(fivePercent);
        assertThat(result.judgedValue()).contains(d("69.9"));
        assertThat(result.reference()).contains(d("71.4"));
        assertThat(result.distance()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-1.5"));
        assertThat(result.relativeDistance()).contains(d("-2.10"));
        assertThat(result.indicator().code()).isEqualTo("T_01");
        assertThat(result.outturn()).isEqualTo(Fixtures.outturn("69.9"));
        assertThat(result).hasToString("T_01 2024/25: " + result.explanation());
    }

    @Test
    void unrated_hasNoDistances() {
        Assessment result = Assessment.unrated(Fixtures.indicator(Polarity.HIGHER_IS_BETTER), Fixtures.outturn("1"),
                null, UnratedReason.NO_TARGET, "No Target");
        assertThat(result.rating().isRated()).isFalse();
        assertThat(result.distance()).isEmpty();
        assertThat(result.relativeDistance()).isEmpty();
        assertThat(result.target()).isEmpty();
        assertThat(result.explanation()).isEqualTo("Unrated: No Target");
    }

    @Test
    void rated_custom_buildsExplanationOnceAndOnlyWhenAsked() {
        AtomicInteger built = new AtomicInteger();
        Assessment result = Assessment.rated(Fixtures.indicator(Polarity.HIGHER_IS_BETTER), Fixtures.outturn("3"),
                Target.single(d("4")), d("3"), Rag.AMBER, () -> "Amber: custom " + built.incrementAndGet());
        assertThat(built).hasValue(0);
        assertThat(result.explanation()).isEqualTo("Amber: custom 1");
        assertThat(result.explanation()).isEqualTo("Amber: custom 1");
        assertThat(built).hasValue(1);
        assertThat(result.reference()).isEmpty();
    }

    @Test
    void equals_sameJudgement_areEqual() {
        Assessment a = assess(SEED_RULE, Polarity.HIGHER_IS_BETTER, Unit.percentage(1), Target.single(d("71.4")),
                "69.9");
        Assessment b = assess(SEED_RULE, Polarity.HIGHER_IS_BETTER, Unit.percentage(1), Target.single(d("71.40")),
                "69.90");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(assess(SEED_RULE, Polarity.HIGHER_IS_BETTER, Unit.percentage(1),
                Target.single(d("71.4")), "69.8"));
    }

    @Test
    void factories_null_nameParameter() {
        assertThatNullPointerException().isThrownBy(() -> Assessment.unrated(null, Fixtures.outturn("1"), null,
                UnratedReason.NO_TARGET, "x")).withMessage("indicator");
        assertThatNullPointerException().isThrownBy(() -> Assessment.rated(Fixtures.indicator(
                Polarity.HIGHER_IS_BETTER), Fixtures.outturn("1"), Target.single(d("1")), d("1"), Rag.RED, null))
                .withMessage("explanation");
    }

    @Test
    void restored_keepsPartsAndRecordedExplanation() {
        Assessment original = assess(SEED_RULE, Polarity.HIGHER_IS_BETTER, Unit.percentage(1),
                Target.single(d("71.4")), "69.9");
        Assessment restored = Assessment.restored(original.indicator(), original.outturn(), original.rating(),
                original.target().orElse(null), original.tolerance().orElse(null),
                original.judgedValue().orElse(null), original.reference().orElse(null), original.explanation());
        assertThat(restored.rating()).isEqualTo(original.rating());
        assertThat(restored.target()).isEqualTo(original.target());
        assertThat(restored.tolerance()).isEqualTo(original.tolerance());
        assertThat(restored.judgedValue()).isEqualTo(original.judgedValue());
        assertThat(restored.reference()).isEqualTo(original.reference());
        assertThat(restored.relativeDistance()).isEqualTo(original.relativeDistance());
        assertThat(restored.explanation()).isEqualTo(
                "Amber: 69.9% is 1.5 points (2.1%) below the target of 71.4%, within the 5% tolerance");
        assertThat(restored).isEqualTo(Assessment.restored(original.indicator(), original.outturn(),
                original.rating(), original.target().orElse(null), original.tolerance().orElse(null), d("69.90"),
                original.reference().orElse(null), original.explanation()));
        assertThatNullPointerException().isThrownBy(() -> Assessment.restored(original.indicator(),
                original.outturn(), original.rating(), null, null, null, null, null)).withMessage("explanation");
    }
}
