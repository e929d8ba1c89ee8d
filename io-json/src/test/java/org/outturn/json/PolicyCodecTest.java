package org.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.outturn.core.Rag;
import org.outturn.rules.Assessment;
import org.outturn.rules.ComparedWith;
import org.outturn.rules.Edges;
import org.outturn.rules.MissingComparison;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.RagStrategies;
import org.outturn.rules.RagStrategy;
import org.outturn.rules.RagStrategyRegistry;
import org.outturn.rules.StrategyContext;
import org.outturn.rules.StrategyParameter;
import org.outturn.rules.StrategySpec;
import org.outturn.rules.Tolerance;
import org.outturn.rules.Tolerances;
import org.outturn.rules.spi.RagStrategyProvider;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The policy codec: every policy shape built in code is written and read back equal, custom SPI
 * strategies included, nested to any depth; and each way a strategy object can be wrong has its message.
 */
final class PolicyCodecTest {

    private static Tolerance relative(String percent) {
        return Tolerances.relative(new BigDecimal(percent));
    }

    /** A custom strategy through the SPI: Amber for every value, with a tolerance to show typed parameters. */
    static final class AlwaysAmberProvider implements RagStrategyProvider {
        @Override
        public String name() {
            return "always-amber";
        }

        @Override
        public List<StrategyParameter> parameters() {
            return List.of(StrategyParameter.tolerance("slack", Tolerances.none()));
        }

        @Override
        public RagStrategy create(StrategySpec spec) {
            return new AlwaysAmber(spec.tolerance("slack"));
        }
    }

    private record AlwaysAmber(Tolerance slack) implements RagStrategy {
        @Override
        public Assessment assess(StrategyContext context) {
            return Assessment.rated(context.indicator(), context.outturn(), context.target(), context.judgedValue(),
                    Rag.AMBER, () -> "Amber: always");
        }

        @Override
        public Optional<StrategySpec> spec() {
            return Optional.of(StrategyParameter.describe("always-amber", new AlwaysAmberProvider().parameters(),
                    Map.of("slack", slack)));
        }
    }

    private static final RagStrategyRegistry REGISTRY = RagStrategyRegistry.of(List.of(new AlwaysAmberProvider()));
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new OutturnModule(REGISTRY))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    static Stream<RagPolicy> policies() {
        RagStrategy custom = REGISTRY.create(StrategySpec.of("always-amber", Map.of("slack", "relative 2%")));
        return Stream.of(
                RagPolicy.of("tolerance", RagStrategies.tolerance(relative("5"))),
                RagPolicy.of("edges", RagStrategies.tolerance(Tolerances.absolute(BigDecimal.ONE), Edges.of(false, false))),
                RagPolicy.of("green side", RagStrategies.tolerance(relative("5"), relative("10"), Edges.of(true, false))),
                RagPolicy.of("improved", RagStrategies.amberIfImproved(Tolerances.absolute(new BigDecimal("0.5")),
                        relative("10"), Edges.standard(), ComparedWith.PREVIOUS_PERIOD, MissingComparison.UNRATED)),
                RagPolicy.of("thresholds", RagStrategies.thresholds(Edges.standard())),
                RagPolicy.of("band", RagStrategies.band(relative("5"))),
                RagPolicy.of("benchmark", RagStrategies.relativeToBenchmark(relative("1"), Edges.standard())),
                RagPolicy.of("floor", RagStrategies.floor(Edges.of(true, true))),
                RagPolicy.of("none", RagStrategies.noTarget()),
                GoldenFilesTest.bromleyMixed().withRounding(1, RoundingMode.HALF_EVEN),
                RagPolicy.of("deep", RagStrategies.withBlue(RagStrategies.firstApplicable(
                        RagStrategies.worstOf(RagStrategies.tolerance(relative("5")), custom),
                        RagStrategies.withBlue(RagStrategies.thresholds(), relative("1"))), relative("10"))),
                RagPolicy.of("custom", custom),
                RagPolicy.of("custom default", REGISTRY.create(StrategySpec.of("always-amber"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void policy_writtenAndRead_equal(RagPolicy policy) {
        String json = MAPPER.writeValueAsString(policy);
        RagPolicy read = MAPPER.readValue(json, RagPolicy.class);
        assertThat(read).isEqualTo(policy).hasSameHashCodeAs(policy);
        assertThat(read.spec()).isEqualTo(policy.spec());
        assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
    }

    @Test
    void customStrategy_writtenWithTypedParameters() {
        RagPolicy policy = RagPolicy.of("custom", RagStrategies.worstOf(
                REGISTRY.create(StrategySpec.of("always-amber", Map.of("slack", "relative 2.0%"))),
                RagStrategies.noTarget()));
        assertThat(MAPPER.writeValueAsString(policy)).isEqualTo("{\"name\":\"custom\",\"strategy\":\"worst-of\","
                + "\"parameters\":{\"strategies\":[{\"strategy\":\"always-amber\",\"parameters\":{\"slack\":"
                + "\"relative 2%\"}},{\"strategy\":\"no-target\"}]}}");
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("{\"name\":\"p\",\"strategy\":\"first-applicable\",\"parameters\":{\"strategies\":"
                        + "[{\"strategy\":\"foo\"}]}}", "Invalid policy at $: Unknown RAG strategy: 'foo' (available: "
                        + "[always-amber, band, benchmark, first-applicable, floor, no-target, thresholds, tolerance, "
                        + "with-blue, worst-of])"),
                Arguments.of("{\"name\":\"p\",\"strategy\":\"worst-of\",\"parameters\":{\"strategies\":"
                        + "[{\"parameters\":{}}]}}", "Invalid strategy at $.parameters.strategies[0]: missing required "
                        + "field 'strategy'"),
                Arguments.of("{\"name\":\"p\",\"strategy\":\"worst-of\",\"parameters\":{\"strategies\":"
                        + "[{\"strategy\":\"thresholds\",\"margin\":\"none\"}]}}", "Invalid strategy at "
                        + "$.parameters.strategies[0].margin: unknown field 'margin' (accepted: [strategy, parameters])"),
                Arguments.of("{\"name\":\"p\",\"strategy\":\"tolerance\",\"parameters\":{\"tolerance\":5}}",
                        "Invalid parameter at $.parameters.tolerance: expected a string, a strategy object or an array of "
                        + "strategy objects, found number 5"),
                Arguments.of("{\"name\":\"p\",\"strategy\":\"with-blue\",\"parameters\":{\"margin\":\"none\","
                        + "\"strategy\":\"tolerance\"}}", "Invalid strategy at $.parameters.strategy: Invalid value for "
                        + "parameter 'strategy' of RAG strategy 'with-blue' (expected a strategy): tolerance"),
                Arguments.of("{\"name\":\"p\",\"strategy\":\"tolerance\",\"parameters\":{\"tolerance\":\"relative 5%\","
                        + "\"beyondTolerance\":\"amber\"}}", "Invalid beyondTolerance at $.parameters.beyondTolerance: "
                        + "Invalid value for parameter 'beyondTolerance' of RAG strategy 'tolerance' (valid values red, amber-if-improved): amber"),
                Arguments.of("{\"name\":\"p\",\"strategy\":\"tolerance\",\"parameters\":{\"tolerance\":\"relative 5%\","
                        + "\"greenTolerance\":\"relative 6%\"}}", "Invalid greenTolerance at $.parameters.greenTolerance: "
                        + "Invalid value for greenTolerance (must not exceed the tolerance, relative 5%): relative 6%"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalid")
    void policy_invalid_namesWhereAndWhy(String json, String message) {
        DatabindException ex = catchThrowableOfType(DatabindException.class, () -> MAPPER.readValue(json,
                RagPolicy.class));
        assertThat(ex).as(json).isNotNull();
        assertThat(ex.getOriginalMessage().replaceFirst(" \\(line \\d+, column \\d+\\)$", "")).isEqualTo(message);
    }
}
