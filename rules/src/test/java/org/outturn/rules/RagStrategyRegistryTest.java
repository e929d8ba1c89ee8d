package org.outturn.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.outturn.rules.Fixtures.d;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outturn.rules.spi.RagStrategyProvider;

final class RagStrategyRegistryTest {

    /** A provider named and prioritised as told, creating a fixed strategy. */
    private static RagStrategyProvider provider(String name, int priority, RagStrategy strategy) {
        return new RagStrategyProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int priority() {
                return priority;
            }

            @Override
            public List<StrategyParameter> parameters() {
                return List.of();
            }

            @Override
            public RagStrategy create(StrategySpec spec) {
                return strategy;
            }
        };
    }

    @Test
    void standard_hasBuiltIns() {
        assertThat(RagStrategyRegistry.of(List.of()).names())
                .containsExactly("band", "benchmark", "first-applicable", "floor", "no-target", "thresholds",
                        "tolerance", "with-blue", "worst-of");
        assertThat(RagStrategyRegistry.standard().names()).containsAll(RagStrategyRegistry.of(List.of()).names());
        assertThat(RagStrategyRegistry.standard()).isSameAs(RagStrategyRegistry.standard());
    }

    @Test
    void create_builtInsFromParameters() {
        RagStrategyRegistry registry = RagStrategyRegistry.of(List.of());
        assertThat(registry.create("tolerance", Map.of("tolerance", "relative 5%")))
                .isEqualTo(RagStrategies.tolerance(Tolerances.relative(d("5"))));
        assertThat(registry.create("tolerance", Map.of("tolerance", "absolute 1.5", "redEdge", "exclusive")))
                .isEqualTo(RagStrategies.tolerance(Tolerances.absolute(d("1.5")), Edges.of(true, false)));
        assertThat(registry.create("thresholds", Map.of())).isEqualTo(RagStrategies.thresholds());
        assertThat(registry.create("band", Map.of("margin", "absolute 2")))
                .isEqualTo(RagStrategies.band(Tolerances.absolute(d("2"))));
        assertThat(registry.create("benchmark", Map.of()))
                .isEqualTo(RagStrategies.relativeToBenchmark(Tolerances.none(), Edges.standard()));
        assertThat(registry.create("no-target", Map.of())).isSameAs(RagStrategies.noTarget());
    }

    @Test
    void create_unknownName_listsAvailable() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RagStrategyRegistry.of(List.of()).create("foo", Map.of()))
                .withMessage("Unknown RAG strategy: 'foo' (available: [band, benchmark, first-applicable, floor, no-target, "
                        + "thresholds, tolerance, with-blue, worst-of])");
    }

    @Test
    void create_badParameters_nameTheRule() {
        RagStrategyRegistry registry = RagStrategyRegistry.standard();
        assertThatIllegalArgumentException().isThrownBy(() -> registry.create("tolerance", Map.of()))
                .withMessage("Missing parameter for RAG strategy 'tolerance': 'tolerance'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> registry.create("thresholds", Map.of("tolerance", "none")))
                .withMessage("Unknown parameter for RAG strategy 'thresholds': 'tolerance' (accepted: [greenEdge, "
                        + "redEdge])");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> registry.create("band", Map.of("greenEdge", "maybe")))
                .withMessage("Invalid value for parameter 'greenEdge' of RAG strategy 'band' (valid values inclusive, "
                        + "exclusive): maybe");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> registry.create("band", Map.of("margin", "five")))
                .withMessage("Invalid value for parameter 'margin' of RAG strategy 'band': Invalid tolerance 'five' "
                        + "(expected relative N%, absolute N or none)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> registry.create("first-applicable", Map.of("strategies", "tolerance")))
                .withMessage("Invalid value for parameter 'strategies' of RAG strategy 'first-applicable' (expected a "
                        + "list of strategies): tolerance");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> registry.create("with-blue", Map.of("margin", "none",
                        "strategy", StrategySpec.of("tolerance"))))
                .withMessage("Missing parameter for RAG strategy 'tolerance': 'tolerance'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> registry.create("tolerance", Map.of("tolerance", "relative 5%",
                        "greenTolerance", "relative 10%")))
                .withMessage("Invalid value for greenTolerance (must not exceed the tolerance, relative 5%): "
                        + "relative 10%");
    }

    @Test
    void of_ordersByPriorityThenNameAndKeepsHighestPriorityPerName() {
        RagStrategy custom = RagStrategies.tolerance(Tolerances.relative(d("10")));
        RagStrategyRegistry registry = RagStrategyRegistry.of(List.of(
                provider("zeta", 5, RagStrategies.noTarget()),
                provider("alpha", 5, RagStrategies.noTarget()),
                provider("tolerance", 10, custom),
                provider("band", 0, custom)));
        assertThat(registry.providers()).extracting(RagStrategyProvider::name)
                .containsExactly("tolerance", "alpha", "zeta", "band", "benchmark", "first-applicable", "floor",
                        "no-target", "thresholds", "with-blue", "worst-of");
        assertThat(registry.create("tolerance", Map.of())).isSameAs(custom);
        // A built-in wins a tie of priority.
        assertThat(registry.create("band", Map.of())).isEqualTo(RagStrategies.band(Tolerances.none()));
        assertThat(registry.names()).containsExactly("alpha", "band", "benchmark", "first-applicable", "floor",
                "no-target", "thresholds", "tolerance", "with-blue", "worst-of", "zeta");
    }

    @Test
    void of_badName_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RagStrategyRegistry.of(List.of(provider("Bad Name", 0, RagStrategies.noTarget()))))
                .withMessageStartingWith("Invalid value for RAG strategy name of ")
                .withMessageEndingWith(" (lower-case letters and digits, words joined by hyphens): 'Bad Name'");
    }
}
