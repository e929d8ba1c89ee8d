package org.outturn.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.outturn.rules.Fixtures.d;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class StrategySpecTest {

    @Test
    void of_keepsNameAndSortedParameters() {
        StrategySpec spec = StrategySpec.of("tolerance", Map.of("tolerance", Tolerances.relative(d("5")),
                "greenEdge", "exclusive"));
        assertThat(spec.name()).isEqualTo("tolerance");
        assertThat(spec.parameters().keySet()).containsExactly("greenEdge", "tolerance");
        assertThat(spec).hasToString("tolerance{greenEdge=exclusive, tolerance=relative 5%}")
                .isEqualTo(StrategySpec.of("tolerance", Map.of("greenEdge", "exclusive",
                        "tolerance", Tolerances.relative(d("5.0")))))
                .hasSameHashCodeAs(StrategySpec.of("tolerance", Map.of("greenEdge", "exclusive",
                        "tolerance", Tolerances.relative(d("5.0")))))
                .isNotEqualTo(StrategySpec.of("tolerance", Map.of("tolerance", Tolerances.relative(d("5")))));
        assertThat(StrategySpec.of("thresholds")).hasToString("thresholds");
        assertThat(spec.tolerance("tolerance")).isEqualTo(Tolerances.relative(d("5")));
        assertThat(spec.text("greenEdge")).isEqualTo("exclusive");
        assertThat(spec.parameter("redEdge")).isEmpty();
    }

    @Test
    void of_nestedSpecs_keptInOrder() {
        List<StrategySpec> nested = List.of(StrategySpec.of("thresholds"), StrategySpec.of("no-target"));
        StrategySpec composite = StrategySpec.of("first-applicable", Map.of("strategies", nested));
        assertThat(composite.strategies("strategies")).containsExactlyElementsOf(nested);
        StrategySpec blue = StrategySpec.of("with-blue", Map.of("strategy", composite, "margin", "none"));
        assertThat(blue.strategy("strategy")).isEqualTo(composite);
    }

    @Test
    void of_valueOfAnotherType_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StrategySpec.of("tolerance", Map.of("tolerance", 5)))
                .withMessage("Invalid value for parameter 'tolerance' of RAG strategy 'tolerance' (a Tolerance, text, "
                        + "a StrategySpec or a non-empty list of StrategySpecs): 5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StrategySpec.of("worst-of", Map.of("strategies", List.of())))
                .withMessage("Invalid value for parameter 'strategies' of RAG strategy 'worst-of' (a Tolerance, text, "
                        + "a StrategySpec or a non-empty list of StrategySpecs): []");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StrategySpec.of("worst-of", Map.of("strategies", List.of("thresholds"))))
                .withMessageStartingWith("Invalid value for parameter 'strategies' of RAG strategy 'worst-of'");
    }

    @Test
    void typedAccessors_missingOrWrongType_fail() {
        StrategySpec spec = StrategySpec.of("band", Map.of("margin", "none"));
        assertThatIllegalArgumentException().isThrownBy(() -> spec.tolerance("margin"))
                .withMessage("Invalid value for parameter 'margin' of RAG strategy 'band' (expected a Tolerance): none");
        assertThatIllegalArgumentException().isThrownBy(() -> spec.text("greenEdge"))
                .withMessage("Missing parameter for RAG strategy 'band': 'greenEdge'");
    }

    @Test
    void of_null_nameParameter() {
        assertThatNullPointerException().isThrownBy(() -> StrategySpec.of(null)).withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> StrategySpec.of("band", null)).withMessage("parameters");
        assertThatNullPointerException().isThrownBy(() -> StrategySpec.of("band", java.util.Collections
                .singletonMap("margin", null))).withMessage("margin");
    }

    @Test
    void complete_fillsDefaultsAndTypesText() {
        StrategySpec complete = StrategyParameter.complete(StrategySpec.of("band", Map.of("margin", "relative 5.0%")),
                BandStrategy.PARAMETERS);
        assertThat(complete).isEqualTo(StrategySpec.of("band", Map.of("margin", Tolerances.relative(d("5")),
                "greenEdge", "inclusive", "redEdge", "inclusive")));
        assertThat(StrategyParameter.describe("band", BandStrategy.PARAMETERS, complete.parameters()))
                .isEqualTo(StrategySpec.of("band", Map.of("margin", Tolerances.relative(d("5")))));
    }

    @Test
    void parameter_declarations_describeThemselves() {
        assertThat(StrategyParameter.edge("greenEdge", true))
                .hasToString("greenEdge: CHOICE [inclusive, exclusive] (default inclusive)")
                .isEqualTo(StrategyParameter.choice("greenEdge", "inclusive", "inclusive", "exclusive"));
        assertThat(StrategyParameter.tolerance("tolerance")).hasToString("tolerance: TOLERANCE (required)");
        assertThat(StrategyParameter.strategies("strategies").kind()).isEqualTo(StrategyParameter.Kind.STRATEGIES);
        assertThat(StrategyParameter.strategy("strategy").defaultValue()).isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StrategyParameter.choice("beyondTolerance", "amber", "red", "amber-if-improved"))
                .withMessage("Invalid value for default of beyondTolerance (valid values red, amber-if-improved): amber");
    }

    @Test
    void everyBuiltInProvider_declaresItsParametersOnce() {
        RagStrategyRegistry registry = RagStrategyRegistry.of(List.of());
        assertThat(registry.provider("tolerance").orElseThrow().parameters()).extracting(StrategyParameter::name)
                .containsExactly("tolerance", "greenTolerance", "greenEdge", "redEdge", "beyondTolerance",
                        "comparedWith", "missingComparison");
        assertThat(registry.provider("with-blue").orElseThrow().parameters()).extracting(StrategyParameter::name)
                .containsExactly("strategy", "margin");
        assertThat(registry.provider("foo")).isEmpty();
    }
}
