package org.outturn.stats.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class RuleSetTest {

    @Test
    void standard_isNhse2023WithTheDocumentedDefaults() {
        RuleSet standard = RuleSet.standard();
        assertThat(standard.name()).isEqualTo("nhse-2023");
        assertThat(standard.rules()).containsExactlyInAnyOrder(SpcRule.values());
        assertThat(standard.runLength()).isEqualTo(7);
        assertThat(standard.trendLength()).isEqualTo(7);
        assertThat(standard.twoSigma()).isEqualTo(RuleSet.TwoSigma.BEYOND_TWO_SIGMA);
        assertThat(standard.pointOnMean()).isEqualTo(RuleSet.PointOnMean.BREAKS_RUN);
        assertThat(standard.minimumPoints()).isEqualTo(12);
        assertThat(standard.conflict()).isEqualTo(RuleSet.Conflict.CONCERN_WINS);
        assertThat(standard.isOutlierScreening()).isFalse();
        assertThat(standard).hasToString("nhse-2023[rules=[OUTSIDE_LIMITS, RUN, TREND, TWO_OF_THREE], run=7, "
                + "trend=7, twoSigma=BEYOND_TWO_SIGMA, pointOnMean=BREAKS_RUN, minimumPoints=12, "
                + "conflict=CONCERN_WINS, outlierScreening=false]");
    }

    @Test
    void named_knownNames_differOnlyWhereDocumented() {
        assertThat(RuleSet.names()).containsExactly("nhse-2023", "nhse-pre-2023", "plot-the-dots");
        assertThat(RuleSet.named("nhse-pre-2023"))
                .isEqualTo(RuleSet.standard().withTwoSigma(RuleSet.TwoSigma.BETWEEN_TWO_SIGMA_AND_LIMIT)
                        .withName("nhse-pre-2023"));
        assertThat(RuleSet.named("plot-the-dots"))
                .isEqualTo(RuleSet.standard().withOutlierScreening(true).withName("plot-the-dots"));
    }

    @Test
    void withers_renameToCustom() {
        assertThat(RuleSet.standard().withRunLength(8).name()).isEqualTo("custom");
        assertThat(RuleSet.standard().withRunLength(8).runLength()).isEqualTo(8);
        assertThat(RuleSet.standard().withRule(SpcRule.TREND, false).isOn(SpcRule.TREND)).isFalse();
        assertThat(RuleSet.standard().withRule(SpcRule.TREND, false).withRule(SpcRule.TREND, true).rules())
                .containsExactlyInAnyOrder(SpcRule.values());
    }

    @Test
    void badValues_failWithExactMessages() {
        assertThatThrownBy(() -> RuleSet.named("nhse")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown SPC rule set: 'nhse' (available: [nhse-2023, nhse-pre-2023, plot-the-dots])");
        assertThatThrownBy(() -> RuleSet.standard().withRunLength(1))
                .hasMessage("Invalid value for run length (at least 2): 1");
        assertThatThrownBy(() -> RuleSet.standard().withTrendLength(1))
                .hasMessage("Invalid value for trend length (at least 2): 1");
        assertThatThrownBy(() -> RuleSet.standard().withMinimumPoints(1))
                .hasMessage("Invalid value for minimum points (at least 2): 1");
        assertThatThrownBy(() -> RuleSet.standard().withName("My set"))
                .hasMessage("Invalid value for rule set name (lower case letters, digits and hyphens): 'My set'");
        assertThatThrownBy(() -> RuleSet.named(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    }
}
