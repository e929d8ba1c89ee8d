package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.UnratedReason;
import org.outturn.rules.Assessment;
import org.outturn.rules.RagStrategy;
import org.outturn.rules.RagStrategyRegistry;
import org.outturn.rules.StrategyParameter;
import org.outturn.rules.StrategySpec;
import org.outturn.rules.Tolerances;
import org.outturn.rules.spi.RagStrategyProvider;

final class StretchTargetStrategyProviderTest {

    private static final FinancialYear YEAR = FinancialYear.parse("2024/25");
    private static final Map<String, String> PARAMETERS = Map.of("amber", "absolute 2", "stretch", "absolute 5");

    private static Indicator indicator(Polarity polarity, Target target) {
        return Indicator.builder().code("X_1").title("Example").unit(Unit.percentage(1)).polarity(polarity)
                .frequency(Frequency.ANNUAL).putTargets(YEAR, target).build();
    }

    /** Creates the strategy as the registry does, checking the parameters against the provider's declaration. */
    private static RagStrategy create(Map<String, String> parameters) {
        StretchTargetStrategyProvider provider = new StretchTargetStrategyProvider();
        return provider.create(StrategyParameter.complete(StrategySpec.of(provider.name(), parameters),
                provider.parameters()));
    }

    private static Assessment assess(RagStrategy strategy, Indicator indicator, String value) {
        BigDecimal decimal = new BigDecimal(value);
        return strategy.assess(indicator, indicator.targetFor(YEAR).orElseThrow(), Outturn.of(YEAR, decimal), decimal);
    }

    @Test
    void standardRegistry_modulePath_findsProviderThroughProvides() {
        // The tests run on the module path, so the registry finds the provider through module-info's
        // provides clause (META-INF/services is ignored for named modules).
        assertThat(StretchTargetStrategyProvider.class.getModule().isNamed()).isTrue();
        assertThat(StretchTargetStrategyProvider.class.getModule().getDescriptor().provides())
                .anySatisfy(p -> assertThat(p.service()).isEqualTo(RagStrategyProvider.class.getName()));

        RagStrategyRegistry registry = RagStrategyRegistry.standard();

        assertThat(registry.names()).contains("stretch-target", "tolerance");
        assertThat(registry.providers()).anySatisfy(p -> assertThat(p).isInstanceOf(StretchTargetStrategyProvider.class));
        assertThat(registry.create("stretch-target", PARAMETERS))
                .isEqualTo(create(PARAMETERS))
                .hasToString("stretch-target(amber=absolute 2, stretch=absolute 5)");
    }

    static Stream<Arguments> higherIsBetter() {
        return Stream.of(
                Arguments.of("100", Rag.BLUE),
                Arguments.of("95.0", Rag.BLUE),
                Arguments.of("94.99", Rag.GREEN),
                Arguments.of("90.01", Rag.GREEN),
                Arguments.of("90", Rag.GREEN),
                Arguments.of("89.99", Rag.AMBER),
                Arguments.of("88.01", Rag.AMBER),
                Arguments.of("88.00", Rag.RED),
                Arguments.of("0", Rag.RED));
    }

    @ParameterizedTest
    @MethodSource("higherIsBetter")
    void assess_higherIsBetterBoundaries_colour(String value, Rag expected) {
        RagStrategy strategy = RagStrategyRegistry.standard().create("stretch-target", PARAMETERS);
        Indicator indicator = indicator(Polarity.HIGHER_IS_BETTER, Target.single(new BigDecimal("90")));

        assertThat(assess(strategy, indicator, value).rag()).contains(expected);
    }

    static Stream<Arguments> lowerIsBetter() {
        return Stream.of(
                Arguments.of("9", Rag.BLUE),
                Arguments.of("18", Rag.BLUE),
                Arguments.of("18.01", Rag.GREEN),
                Arguments.of("20", Rag.GREEN),
                Arguments.of("20.1", Rag.AMBER),
                Arguments.of("20.99", Rag.AMBER),
                Arguments.of("21", Rag.RED));
    }

    @ParameterizedTest
    @MethodSource("lowerIsBetter")
    void assess_lowerIsBetterRelative_colour(String value, Rag expected) {
        RagStrategy strategy = create(Map.of("amber", "relative 5%", "stretch", "relative 10%"));
        Indicator indicator = indicator(Polarity.LOWER_IS_BETTER, Target.single(new BigDecimal("20")));

        assertThat(assess(strategy, indicator, value).rag()).contains(expected);
    }

    @Test
    void assess_amberNone_metOrRed() {
        RagStrategy strategy = create(Map.of("amber", "none", "stretch", "absolute 5"));
        Indicator indicator = indicator(Polarity.HIGHER_IS_BETTER, Target.single(new BigDecimal("90")));

        assertThat(assess(strategy, indicator, "90").rag()).contains(Rag.GREEN);
        assertThat(assess(strategy, indicator, "89.9").rag()).contains(Rag.RED);
    }

    @Test
    void assess_betterValue_neverWorseColour() {
        RagStrategy strategy = RagStrategyRegistry.standard().create("stretch-target", PARAMETERS);
        Indicator indicator = indicator(Polarity.HIGHER_IS_BETTER, Target.single(new BigDecimal("90")));
        Rag previous = Rag.RED;
        for (int tenths = 800; tenths <= 1000; tenths++) {
            Rag rag = assess(strategy, indicator, BigDecimal.valueOf(tenths, 1).toPlainString()).rag().orElseThrow();
            assertThat(rag).as("%s", BigDecimal.valueOf(tenths, 1)).isGreaterThanOrEqualTo(previous);
            previous = rag;
        }
    }

    @Test
    void assess_explanations() {
        RagStrategy strategy = RagStrategyRegistry.standard().create("stretch-target", PARAMETERS);
        Indicator indicator = indicator(Polarity.HIGHER_IS_BETTER, Target.single(new BigDecimal("90")));

        assertThat(List.of("95.5", "92.0", "90", "89.0", "85.0"))
                .map(v -> assess(strategy, indicator, v).explanation())
                .containsExactly(
                        "Blue: 95.5% is 5.5 percentage points above the target of 90%, beating it by the stretch margin (absolute 5) or more",
                        "Green: 92.0% is 2.0 percentage points above the target of 90%, short of the stretch margin (absolute 5)",
                        "Green: 90% meets the target of 90%",
                        "Amber: 89.0% is 1.0 percentage points below the target of 90%, within the Amber tolerance (absolute 2)",
                        "Red: 85.0% is 5.0 percentage points below the target of 90%, outside the Amber tolerance (absolute 2)");
    }

    @Test
    void assess_otherTargets_unrated() {
        RagStrategy strategy = RagStrategyRegistry.standard().create("stretch-target", PARAMETERS);

        Assessment thresholds = assess(strategy, indicator(Polarity.HIGHER_IS_BETTER,
                Target.thresholds(new BigDecimal("95"), new BigDecimal("90"))), "93");
        Assessment none = assess(strategy, indicator(Polarity.HIGHER_IS_BETTER, Target.none("No Target")), "93");
        Assessment band = assess(strategy, indicator(Polarity.WITHIN_BAND,
                Target.band(new BigDecimal("12"), new BigDecimal("18"))), "13");

        assertThat(thresholds.rating().unratedReason()).contains(UnratedReason.NOT_COMPARABLE);
        assertThat(thresholds.rating().detail()).contains("the stretch-target strategy needs a single target, not "
                + Target.thresholds(new BigDecimal("95"), new BigDecimal("90")));
        assertThat(none.rating().unratedReason()).contains(UnratedReason.NO_TARGET);
        assertThat(band.rating().unratedReason()).contains(UnratedReason.NOT_COMPARABLE);
        assertThat(band.rating().detail())
                .contains("the stretch-target strategy needs a higher- or lower-is-better indicator, not WITHIN_BAND");
    }

    @Test
    void create_unknownParameter_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RagStrategyRegistry.standard().create("stretch-target",
                        Map.of("amber", "absolute 2", "stretch", "absolute 5", "green", "x")))
                .withMessage("Unknown parameter for RAG strategy 'stretch-target': 'green' (accepted: [amber, stretch])");
    }

    @Test
    void create_missingParameter_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> create(Map.of("amber", "absolute 2")))
                .withMessage("Missing parameter for RAG strategy 'stretch-target': 'stretch'");
    }

    @Test
    void create_invalidTolerance_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> create(Map.of("amber", "two points", "stretch", "absolute 5")))
                .withMessage("Invalid value for parameter 'amber' of RAG strategy 'stretch-target': Invalid tolerance "
                        + "'two points' (expected relative N%, absolute N or none)");
    }

    @Test
    void create_stretchNone_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> create(Map.of("amber", "absolute 2", "stretch", "none")))
                .withMessage("Invalid value for stretch (must be more than nothing, such as absolute 5 or relative 10%): "
                        + "none");
    }

    @Test
    void strategy_valueLike() {
        StretchTargetStrategyProvider provider = new StretchTargetStrategyProvider();

        assertThat(create(PARAMETERS)).isEqualTo(create(Map.of("amber", "absolute 2.0",
                "stretch", "absolute 5"))).hasSameHashCodeAs(create(PARAMETERS))
                .isNotEqualTo(create(Map.of("amber", "absolute 3", "stretch", "absolute 5")));
        assertThat(provider).hasToString("custom RAG strategy 'stretch-target'");
        // The strategy describes itself, so a policy holding it is written as JSON and read back equal.
        assertThat(create(PARAMETERS).spec()).contains(StrategySpec.of("stretch-target",
                Map.of("amber", Tolerances.absolute(new BigDecimal("2")), "stretch", Tolerances.absolute(new BigDecimal("5")))));
        assertThat(RagStrategyRegistry.standard().create(create(PARAMETERS).spec().orElseThrow()))
                .isEqualTo(create(PARAMETERS));
        assertThat(provider.name()).isEqualTo("stretch-target");
    }
}
