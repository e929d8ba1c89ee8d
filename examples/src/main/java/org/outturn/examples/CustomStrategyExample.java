package org.outturn.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.rules.Assessment;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.RagStrategyRegistry;

/**
 * Shows a custom RAG strategy plugged in through the SPI: the standard registry finds
 * {@link StretchTargetStrategyProvider} by its name, {@value StretchTargetStrategyProvider#NAME},
 * with no code naming the class, and a policy built from the name and parameters rates outturns
 * Blue, Green, Amber or Red.
 *
 * <pre>{@code
 * RagPolicy policy = RagPolicy.create("stretch", "stretch-target",
 *         Map.of("amber", "absolute 2", "stretch", "absolute 5"));
 * Assessment assessment = policy.assess(indicator, outturn);
 * }</pre>
 *
 * <p>This class is not instantiable; its methods are thread-safe.
 */
public final class CustomStrategyExample {

    /** The year of the example's target and outturns. */
    public static final FinancialYear YEAR = FinancialYear.parse("2024/25");

    private CustomStrategyExample() {
    }

    /**
     * Returns the example's policy: {@value StretchTargetStrategyProvider#NAME} with an Amber
     * tolerance of 2 points and a Blue stretch of 5 points, created by name from
     * {@link RagStrategyRegistry#standard()}.
     *
     * @return the policy, not null
     * @throws IllegalArgumentException if the strategy is not registered, as when this module's
     *     service declaration is missing
     */
    public static RagPolicy policy() {
        return RagPolicy.create("stretch", StretchTargetStrategyProvider.NAME,
                Map.of(StretchTargetStrategyProvider.AMBER, "absolute 2",
                        StretchTargetStrategyProvider.STRETCH, "absolute 5"));
    }

    /**
     * Returns the example's indicator: a higher-is-better percentage with a 2024/25 target of 90%.
     *
     * @return the indicator, not null
     */
    public static Indicator indicator() {
        return Indicator.builder()
                .code("EX_01")
                .title("Percentage of household waste collected on the scheduled day")
                .unit(Unit.percentage(1))
                .polarity(Polarity.HIGHER_IS_BETTER)
                .frequency(Frequency.ANNUAL)
                .putTargets(YEAR, Target.single(new BigDecimal("90")))
                .build();
    }

    /**
     * Rates one outturn of the example's indicator with the example's policy.
     *
     * @param value  the 2024/25 outturn, such as {@code 95.0}, not null
     * @return the assessment, not null
     */
    public static Assessment rate(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return policy().assess(indicator(), Outturn.of(YEAR, value));
    }

    /**
     * Prints the registry's strategies and the rating of outturns around the target and the margins.
     *
     * @param args  ignored, not null
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Writes the registry's strategies and one explained rating per line for the outturns 95.0, 94.9,
     * 90.0, 88.1 and 88.0.
     *
     * @param out  where to write, not null
     */
    public static void run(PrintStream out) {
        Objects.requireNonNull(out, "out");
        out.println("Strategies: " + RagStrategyRegistry.standard().names());
        out.println("Policy: " + policy());
        for (String value : List.of("95.0", "94.9", "90.0", "88.1", "88.0")) {
            out.println(rate(new BigDecimal(value)).explanation());
        }
    }
}
