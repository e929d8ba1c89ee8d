package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.rules.Assessment;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.RagStrategies;
import org.outturn.rules.Tolerances;

/** Runs the README's "Rating outturns" example, line for line, so that the README stays true. */
final class RagQuickStartTest {

    @Test
    void ragQuickStart_explainsTheAmber() {
        // --- README "Rating outturns" ---
        RagPolicy policy = RagPolicy.of("Bexley annual report",
                RagStrategies.tolerance(Tolerances.relative(new BigDecimal("5"))));
        FinancialYear year = FinancialYear.parse("2024/25");
        Indicator reablement = Indicator.builder()
                .code("ASCH_07")
                .title("Reablement: no further request made for ongoing support")
                .unit(Unit.percentage(1))
                .polarity(Polarity.HIGHER_IS_BETTER)
                .frequency(Frequency.QUARTERLY)
                .putTargets(year, Target.single(new BigDecimal("71.4")))   // an illustrative target
                .build();
        Assessment result = policy.assess(reablement, Outturn.of(year, new BigDecimal("69.9")));
        String explanation = result.explanation();
        // --- end ---

        assertThat(result.rag()).contains(Rag.AMBER);
        assertThat(explanation)
                .isEqualTo("Amber: 69.9% is 1.5 points (2.1%) below the target of 71.4%, within the 5% tolerance");
    }
}
