package org.outturn.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.outturn.rules.Fixtures.d;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
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

final class RagPolicyTest {

    private static final FinancialYear FY = FinancialYear.parse("2024/25");
    private static final RagPolicy BEXLEY = RagPolicy.of("Bexley annual report",
            RagStrategies.tolerance(Tolerances.relative(d("5"))));

    private static Indicator.Builder asch07() {
        return indicator("ASCH_07");
    }

    private static Indicator.Builder indicator(String code) {
        Indicator.Builder builder = Indicator.builder();
        builder.code(code).title("Reablement: no further request for support").unit(Unit.percentage(1))
                .frequency(Frequency.QUARTERLY);
        return builder;
    }

    @Test
    void assess_targetForPeriod_rates() {
        Indicator indicator = asch07().polarity(Polarity.HIGHER_IS_BETTER)
                .putTargets(FY, Target.single(d("71.4"))).build();
        Assessment result = BEXLEY.assess(indicator, Outturn.of(FY, d("69.9")));
        assertThat(result.rating()).isEqualTo(Rating.of(Rag.AMBER));
        assertThat(BEXLEY.assess(indicator, Outturn.of(ReportingMonth.parse("Jun-24"), d("72"))).rating())
                .isEqualTo(Rating.of(Rag.GREEN));
    }

    @Test
    void assess_contextMeasure_isNotRated() {
        Indicator context = indicator("CS_00").polarity(Polarity.NONE)
                .putTargets(FY, Target.none("Not a target measure")).build();
        assertThat(BEXLEY.assess(context, Outturn.of(FY, d("277"))).rating())
                .isEqualTo(Rating.unrated(UnratedReason.NOT_RATED_MEASURE, "Not a target measure"));
        Indicator bare = indicator("CS_00").polarity(Polarity.NONE).build();
        assertThat(BEXLEY.assess(bare, Outturn.of(FY, d("277"))).explanation())
                .isEqualTo("Unrated: CS_00 is a context measure and is not rated");
    }

    @Test
    void assess_missingValue_isUnratedWithWording() {
        Indicator indicator = asch07().polarity(Polarity.HIGHER_IS_BETTER)
                .putTargets(FY, Target.single(d("18.7"))).build();
        Assessment result = BEXLEY.assess(indicator,
                Outturn.missing(FY, MissingReason.NOT_DUE, "Biennial Data 2026"));
        assertThat(result.rating()).isEqualTo(Rating.unrated(UnratedReason.NO_OUTTURN,
                "no value for 2024/25 (Biennial Data 2026)"));
        assertThat(result.target()).contains(Target.single(d("18.7")));
        assertThat(BEXLEY.assess(indicator, Outturn.missing(FY, MissingReason.SUPPRESSED)).explanation())
                .isEqualTo("Unrated: no value for 2024/25 (Suppressed)");
    }

    @Test
    void assess_noTargets_isNoTarget() {
        Indicator indicator = asch07().polarity(Polarity.HIGHER_IS_BETTER).build();
        assertThat(BEXLEY.assess(indicator, Outturn.of(FY, d("70"))).rating())
                .isEqualTo(Rating.unrated(UnratedReason.NO_TARGET, "no target"));
    }

    @Test
    void assess_explicitNoTarget_keepsWording() {
        Indicator indicator = asch07().polarity(Polarity.HIGHER_IS_BETTER)
                .putTargets(FY, Target.none("No Target")).build();
        assertThat(BEXLEY.assess(indicator, Outturn.of(FY, d("85.6"))).rating())
                .isEqualTo(Rating.unrated(UnratedReason.NO_TARGET, "No Target"));
    }

    @Test
    void assess_targetForAnotherPeriodOnly_isTargetNotForPeriod() {
        Indicator indicator = asch07().polarity(Polarity.HIGHER_IS_BETTER)
                .putTargets(FinancialYear.parse("2023/24"), Target.single(d("70"))).build();
        assertThat(BEXLEY.assess(indicator, Outturn.of(FY, d("70"))).rating())
                .isEqualTo(Rating.unrated(UnratedReason.TARGET_NOT_FOR_PERIOD,
                        "no target for 2024/25 (targets are set for [2023/24])"));
    }

    @Test
    void assess_rounding_judgesRoundedValue() {
        Indicator indicator = asch07().polarity(Polarity.HIGHER_IS_BETTER)
                .putTargets(FY, Target.single(d("71.4"))).build();
        Outturn justBelow = Outturn.of(FY, d("71.35"));
        assertThat(BEXLEY.assess(indicator, justBelow).rag()).contains(Rag.AMBER);
        Assessment rounded = BEXLEY.withRounding(1).assess(indicator, justBelow);
        assertThat(rounded.rag()).contains(Rag.GREEN);
        assertThat(rounded.judgedValue()).contains(d("71.4"));
        assertThat(rounded.outturn()).isEqualTo(justBelow);
        assertThat(BEXLEY.withRounding(1, RoundingMode.DOWN).assess(indicator, justBelow).rag()).contains(Rag.AMBER);
    }

    @Test
    void policy_isValueShowingConfiguration() {
        assertThat(BEXLEY).isEqualTo(RagPolicy.of("Bexley annual report",
                RagStrategies.tolerance(Tolerances.relative(d("5.00")))));
        assertThat(BEXLEY.withRounding(1)).isNotEqualTo(BEXLEY).isEqualTo(BEXLEY.withRounding(1));
        assertThat(BEXLEY).hasToString("RagPolicy[Bexley annual report, tolerance(relative 5%, green edge inclusive, "
                + "red edge inclusive), exact]");
        assertThat(BEXLEY.withRounding(2).toString()).endsWith(", rounded HALF_UP to 2 dp]");
        assertThat(BEXLEY.roundingDecimalPlaces()).isEmpty();
        assertThat(BEXLEY.withRounding(2).roundingDecimalPlaces()).hasValue(2);
        assertThat(BEXLEY.name()).isEqualTo("Bexley annual report");
    }

    @Test
    void of_blankName_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> RagPolicy.of(" ", RagStrategies.noTarget()))
                .withMessage("Invalid value for policy name (must not be blank): ' '");
    }

    @Test
    void withRounding_invalid_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> BEXLEY.withRounding(11))
                .withMessage("Invalid value for rounding decimal places (valid values 0 - 10): 11");
        assertThatIllegalArgumentException().isThrownBy(() -> BEXLEY.withRounding(1, RoundingMode.UNNECESSARY))
                .withMessage("Invalid value for rounding mode (UNNECESSARY would fail on data): UNNECESSARY");
    }

    @Test
    void methods_null_nameParameter() {
        assertThatNullPointerException().isThrownBy(() -> RagPolicy.of("x", (RagStrategy) null))
                .withMessage("strategy");
        assertThatNullPointerException().isThrownBy(() -> BEXLEY.assess(null, Outturn.of(FY, d("1"))))
                .withMessage("indicator");
        assertThatNullPointerException().isThrownBy(() -> BEXLEY.assess(asch07().polarity(Polarity.NONE).build(),
                null)).withMessage("outturn");
    }

    @Test
    void create_fromRegistryName_keepsNameAndCanonicalSpec() {
        RagPolicy created = RagPolicy.create("Bexley annual report", "tolerance",
                java.util.Map.of("tolerance", "relative 5.0%"));
        assertThat(created.strategy()).isEqualTo(BEXLEY.strategy());
        assertThat(created).isEqualTo(BEXLEY);
        StrategySpec bexley = StrategySpec.of("tolerance", java.util.Map.of("tolerance", Tolerances.relative(d("5"))));
        assertThat(created.spec()).isEqualTo(bexley).isEqualTo(BEXLEY.spec());
        assertThat(RagPolicy.of("t", RagStrategies.thresholds(Edges.standard())).spec())
                .isEqualTo(StrategySpec.of("thresholds", java.util.Map.of("redEdge", "inclusive")));
        assertThat(RagPolicy.of("t", RagStrategies.firstApplicable(RagStrategies.noTarget())).spec())
                .isEqualTo(StrategySpec.of("first-applicable", java.util.Map.of("strategies",
                        java.util.List.of(StrategySpec.of("no-target")))));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RagPolicy.create("x", "foo", java.util.Map.of()))
                .withMessageStartingWith("Unknown RAG strategy: 'foo' (available: ");
    }

    @Test
    void of_strategyThatCannotDescribeItself_refused() {
        RagStrategy lambda = context -> Assessment.unrated(context.indicator(), context.outturn(), context.target(),
                org.outturn.core.UnratedReason.NOT_COMPARABLE, "never");
        assertThatIllegalArgumentException().isThrownBy(() -> RagPolicy.of("x", lambda))
                .withMessageStartingWith("Invalid value for strategy of RAG policy 'x' (its RagStrategy.spec() must "
                        + "describe it, so that the policy can be written): ");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RagPolicy.of("x", RagStrategies.worstOf(RagStrategies.thresholds(), lambda)))
                .withMessageStartingWith("Invalid value for strategy of RAG policy 'x' (its RagStrategy.spec() must");
        RagStrategyRegistry nameless = RagStrategyRegistry.of(java.util.List.of(new org.outturn.rules.spi
                .RagStrategyProvider() {
                    @Override
                    public String name() {
                        return "nameless";
                    }

                    @Override
                    public java.util.List<StrategyParameter> parameters() {
                        return java.util.List.of();
                    }

                    @Override
                    public RagStrategy create(StrategySpec spec) {
                        return lambda;
                    }
                }));
        // Created by name, but unable to say so: refused rather than written without its strategy.
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RagPolicy.create("x", "nameless", java.util.Map.of(), nameless))
                .withMessageStartingWith("Invalid value for strategy of RAG policy 'x' (its RagStrategy.spec() must");
        Tolerance custom = reference -> d("1");
        assertThatIllegalArgumentException().isThrownBy(() -> RagPolicy.of("x", RagStrategies.tolerance(custom)))
                .withMessage("Invalid value for strategy of RAG policy 'x' (its tolerances must be written in the "
                        + "notation relative N%, absolute N or none): " + custom);
    }
}
