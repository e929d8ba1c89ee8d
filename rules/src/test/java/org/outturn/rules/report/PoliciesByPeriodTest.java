package org.outturn.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outturn.core.FinancialQuarter;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.ReportingMonth;
import org.outturn.core.Unit;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.RagStrategies;

final class PoliciesByPeriodTest {

    private static final FinancialYear Y23 = FinancialYear.parse("2023/24");
    private static final FinancialYear Y24 = FinancialYear.parse("2024/25");
    private static final RagPolicy P = RagPolicy.of("p", RagStrategies.thresholds());
    private static final RagPolicy Q = RagPolicy.of("q", RagStrategies.thresholds());

    private static IndicatorEntry entry(String policy) {
        Indicator indicator = Indicator.builder().code("A").title("A").unit(Unit.count(0))
                .polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.QUARTERLY).build();
        return IndicatorEntry.of(indicator, List.of(Outturn.of(Y24, BigDecimal.ONE)), policy, Map.of());
    }

    @Test
    void policyFor_containingPeriod_itsPolicy() {
        IndicatorEntry entry = entry(null).withPoliciesByPeriod(Map.of(Y23, "p", Y24, "q"));
        assertThat(entry.policyFor(Y23)).contains("p");
        assertThat(entry.policyFor(FinancialQuarter.parse("2024/25 Q3"))).contains("q");
        assertThat(entry.policyFor(ReportingMonth.parse("Mar-2024"))).contains("p");
        assertThat(entry.policyFor(FinancialYear.parse("2025/26"))).isEmpty();
        assertThat(entry.policy()).isEmpty();
        assertThat(entry.policyNames()).containsExactly("p", "q");
        assertThat(entry.toString()).isEqualTo("IndicatorEntry[A, 1 outturns, policies {2023/24=p, 2024/25=q}]");
    }

    @Test
    void withPoliciesByPeriod_overlapping_throws() {
        assertThatThrownBy(() -> entry(null).withPoliciesByPeriod(Map.of(Y24, "p",
                FinancialQuarter.parse("2024/25 Q1"), "q")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for policies of A (periods must not overlap): 2024/25 Q1 and 2024/25");
    }

    @Test
    void withPoliciesByPeriod_emptyOrBlank_throws() {
        assertThatThrownBy(() -> entry(null).withPoliciesByPeriod(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for policies of A (must name at least one period): {}");
        assertThatThrownBy(() -> entry(null).withPoliciesByPeriod(Map.of(Y24, " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for policy (must not be blank): ' '");
        assertThatThrownBy(() -> entry(null).withPoliciesByPeriod(null))
                .isInstanceOf(NullPointerException.class).hasMessage("policies");
    }

    @Test
    void document_undefinedPolicyPerPeriod_throws() {
        IndicatorEntry entry = entry(null).withPoliciesByPeriod(Map.of(Y24, "r"));
        assertThatThrownBy(() -> OutturnDocument.of(null, null, List.of(P), List.of(entry)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for policy of A (must be one of the document's policies [p]): r");
    }

    @Test
    void document_undefinedDefaultPolicy_throws() {
        assertThatThrownBy(() -> OutturnDocument.of(null, null, List.of(), List.of(P), "q", List.of(entry(null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for defaultPolicy (must be one of the document's policies [p]): q");
    }

    @Test
    void document_defaultPolicy_ratesEntriesThatNameNone() {
        IndicatorEntry named = entry("q");
        IndicatorEntry unnamed = entry(null);
        IndicatorEntry perPeriod = entry(null).withPoliciesByPeriod(Map.of(Y23, "q"));
        OutturnDocument document = OutturnDocument.of(null, null, List.of(), List.of(P, Q), "p", List.of(named));
        assertThat(document.defaultPolicy()).contains("p");
        assertThat(document.policyFor(named)).contains(Q);
        assertThat(document.policyFor(unnamed)).contains(P);
        assertThat(document.policyFor(unnamed, Y24)).contains(P);
        assertThat(document.policyFor(perPeriod, Y23)).contains(Q);
        assertThat(document.policyFor(perPeriod, Y24)).isEmpty();
        assertThat(document.policyFor(perPeriod)).isEmpty();
        assertThat(document).isNotEqualTo(OutturnDocument.of(null, null, List.of(), List.of(P, Q), "q",
                List.of(named)));
    }
}
