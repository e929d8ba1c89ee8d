package org.outturn.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.core.UnratedReason;
import org.outturn.core.Unit;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.RagStrategies;
import org.outturn.rules.Tolerances;
import org.outturn.rules.trend.Trend;

final class ReportAssessmentTest {

    private static final FinancialYear Y23 = FinancialYear.parse("2023/24");
    private static final FinancialYear Y24 = FinancialYear.parse("2024/25");
    private static final RagPolicy FIVE = RagPolicy.of("five", RagStrategies.tolerance(Tolerances.relative(d("5"))));
    private static final RagPolicy TEN = RagPolicy.of("ten", RagStrategies.tolerance(Tolerances.relative(d("10"))));
    private static final RagPolicy MIXED = RagPolicy.of("mixed", RagStrategies.firstApplicable(
            RagStrategies.tolerance(Tolerances.relative(d("5"))), RagStrategies.thresholds(),
            RagStrategies.band(Tolerances.relative(d("5"))), RagStrategies.noTarget()));

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Indicator indicator(String code, Polarity polarity, Map<ReportingPeriod, Target> targets) {
        Indicator.Builder builder = Indicator.builder().code(code).title("Indicator " + code)
                .unit(Unit.percentage(1)).polarity(polarity).frequency(Frequency.ANNUAL);
        targets.forEach(builder::putTargets);
        return builder.build();
    }

    private static IndicatorEntry entry(Indicator indicator, String policy, Map<ReportingPeriod, Rating> published,
            Outturn... outturns) {
        return IndicatorEntry.of(indicator, List.of(outturns), policy, published);
    }

    /** A 91.0 against 100 is Amber at 10%, Red at 5%. */
    private static IndicatorEntry perPeriod() {
        return entry(indicator("PP", Polarity.HIGHER_IS_BETTER, Map.of(Y23, Target.single(d("100")),
                        Y24, Target.single(d("100")))), null, Map.of(Y23, Rating.of(Rag.RED), Y24, Rating.of(Rag.AMBER)),
                Outturn.of(Y23, d("91.0")), Outturn.of(Y24, d("91.0")))
                .withPoliciesByPeriod(Map.of(Y23, "five", Y24, "ten"));
    }

    private static OutturnDocument mixedDocument() {
        IndicatorEntry single = entry(indicator("S", Polarity.HIGHER_IS_BETTER, Map.of(Y24, Target.single(d("80")))),
                null, Map.of(Y24, Rating.of(Rag.GREEN)), Outturn.of(Y23, d("70.0")), Outturn.of(Y24, d("81.0")));
        IndicatorEntry thresholds = entry(indicator("T", Polarity.LOWER_IS_BETTER,
                Map.of(Y24, Target.thresholds(d("1.7"), d("1.9")))), null, Map.of(Y24, Rating.of(Rag.GREEN)),
                Outturn.of(Y24, d("1.8")));
        IndicatorEntry band = entry(indicator("B", Polarity.WITHIN_BAND, Map.of(Y24, Target.band(d("12"), d("15")))),
                null, Map.of(Y24, Rating.of(Rag.GREEN)), Outturn.of(Y24, d("13.0")));
        IndicatorEntry none = entry(indicator("N", Polarity.HIGHER_IS_BETTER, Map.of(Y24, Target.none("No Target"))),
                null, Map.of(Y24, Rating.of(Rag.GREEN)), Outturn.of(Y24, d("50.0")));
        IndicatorEntry missing = entry(indicator("M", Polarity.HIGHER_IS_BETTER, Map.of(Y24, Target.single(d("80")))),
                null, Map.of(Y24, Rating.of(Rag.RED)), Outturn.missing(Y24, MissingReason.SUPPRESSED));
        IndicatorEntry context = entry(indicator("C", Polarity.NONE, Map.of()), null,
                Map.of(Y24, Rating.unrated(UnratedReason.NOT_RATED_MEASURE)), Outturn.of(Y24, d("3.0")));
        return OutturnDocument.of("Mixed", null, List.of(), List.of(MIXED), "mixed",
                List.of(single, thresholds, band, none, missing, context));
    }

    @Test
    void of_mixedReportUnderOnePolicy_rowsAndReconciliation() {
        ReportAssessment report = ReportAssessment.of(mixedDocument(), ReportSelection.all());
        assertThat(report.rows()).extracting(ReportRow::toString).containsExactly(
                "ReportRow[S, 2023/24, Unrated (TARGET_NOT_FOR_PERIOD): no target for 2023/24 (targets are set for "
                        + "[2024/25]), published none, Not published]",
                "ReportRow[S, 2024/25, Green, published Green, Agrees]",
                "ReportRow[T, 2024/25, Amber, published Green, Disagrees]",
                "ReportRow[B, 2024/25, Green, published Green, Agrees]",
                "ReportRow[N, 2024/25, Unrated (NO_TARGET): No Target, published Green, Not recomputable: no target]",
                "ReportRow[M, 2024/25, Unrated (NO_OUTTURN): no value for 2024/25 (Suppressed), published Red, "
                        + "Not recomputable: no value]",
                "ReportRow[C, 2024/25, Unrated (NOT_RATED_MEASURE): C is a context measure and is not rated, "
                        + "published Unrated (NOT_RATED_MEASURE), Agrees]");
        Reconciliation reconciliation = report.reconciliation();
        assertThat(reconciliation.summary())
                .isEqualTo("3 agree, 1 disagree, 2 not recomputable (1 no target, 1 no value), 1 not published");
        assertThat(reconciliation.count(Agreement.AGREES)).isEqualTo(3);
        assertThat(reconciliation.count(NotRecomputable.NO_VALUE)).isEqualTo(1);
        assertThat(reconciliation.count(NotRecomputable.NO_POLICY)).isZero();
        assertThat(reconciliation.total()).isEqualTo(7);
        assertThat(reconciliation.compared()).isEqualTo(4);
        assertThat(report.tally().count(Rag.GREEN)).isEqualTo(2);
        assertThat(report.tally().count(Rag.AMBER)).isEqualTo(1);
        assertThat(report.tally().total()).isEqualTo(7);
        assertThat(report.publishedTally().count(Rag.GREEN)).isEqualTo(4);
        assertThat(report.publishedTally().total()).isEqualTo(6);
        assertThat(report.scorecard(row -> row.indicator().polarity().displayName()).groups())
                .containsOnlyKeys("Higher is better", "Lower is better", "Within band", "Not rated");
        assertThat(report.hasRecomputedColour()).isTrue();
        assertThat(report.withoutPolicy()).isZero();
    }

    @Test
    void of_directionsOfTravel_againstPreviousPeriodAndYear() {
        ReportRow row = ReportAssessment.of(mixedDocument(), ReportSelection.all()).row("S", Y24).orElseThrow();
        assertThat(row.againstPreviousPeriod().orElseThrow().trend()).isEqualTo(Trend.IMPROVING);
        assertThat(row.againstPreviousYear().orElseThrow().explanation())
                .isEqualTo("Improving: 81.0% in 2024/25, up 11.0 points from 70.0% in 2023/24 (15.7%)");
        ReportRow first = ReportAssessment.of(mixedDocument(), ReportSelection.all()).row("S", Y23).orElseThrow();
        assertThat(first.againstPreviousPeriod()).isEmpty();
        assertThat(first.againstPreviousYear()).isEmpty();
    }

    @Test
    void of_policyPerPeriod_thePeriodsPolicyRates() {
        OutturnDocument document = OutturnDocument.of(null, null, List.of(), List.of(FIVE, TEN), "five",
                List.of(perPeriod()));
        ReportAssessment report = ReportAssessment.of(document, ReportSelection.all());
        assertThat(report.rows()).extracting(row -> row.policy().orElseThrow().name() + " "
                + row.rating().orElseThrow() + " " + row.agreement().displayName())
                .containsExactly("five Red Agrees", "ten Amber Agrees");
    }

    @Test
    void of_noPolicy_notRecomputableAndCountedApart() {
        IndicatorEntry entry = entry(indicator("X", Polarity.HIGHER_IS_BETTER, Map.of(Y24, Target.single(d("1")))),
                null, Map.of(Y24, Rating.of(Rag.GREEN)), Outturn.of(Y24, d("1.0")), Outturn.of(Y23, d("1.0")));
        ReportAssessment report = ReportAssessment.of(OutturnDocument.of(List.of(entry)), ReportSelection.all());
        assertThat(report.rows()).extracting(ReportRow::agreementText)
                .containsExactly("Not published", "Not recomputable: no policy");
        assertThat(report.rows().get(1).assessment()).isEmpty();
        assertThat(report.withoutPolicy()).isEqualTo(2);
        assertThat(report.tally().isEmpty()).isTrue();
        assertThat(report.hasRecomputedColour()).isFalse();
    }

    @Test
    void of_ruleCannotApply_notRecomputableWithThatReason() {
        IndicatorEntry band = entry(indicator("B", Polarity.WITHIN_BAND, Map.of(Y24, Target.band(d("1"), d("2")))),
                "five", Map.of(Y24, Rating.of(Rag.GREEN)), Outturn.of(Y24, d("1.5")));
        ReportRow row = ReportAssessment.of(OutturnDocument.of(null, null, List.of(FIVE), List.of(band)),
                ReportSelection.all()).rows().get(0);
        assertThat(row.agreement()).isEqualTo(Agreement.NOT_RECOMPUTABLE);
        assertThat(row.notRecomputable()).contains(NotRecomputable.RULE_CANNOT_APPLY);
        assertThat(row.agreementText()).isEqualTo("Not recomputable: the policy's rule cannot apply");
    }

    @Test
    void of_latestAndPeriod_chooseTheirOutturns() {
        assertThat(ReportAssessment.of(mixedDocument(), ReportSelection.latest()).rows()).hasSize(6)
                .allSatisfy(row -> assertThat(row.period()).isEqualTo(Y24));
        assertThat(ReportAssessment.of(mixedDocument(), ReportSelection.period(Y23)).rows())
                .extracting(row -> row.indicator().code()).containsExactly("S");
        assertThat(ReportAssessment.of(mixedDocument(), ReportSelection.period(FinancialYear.parse("2020/21")))
                .rows()).isEmpty();
    }

    @Test
    void of_null_throwsWithParameterName() {
        assertThatThrownBy(() -> ReportAssessment.of(null, ReportSelection.all()))
                .isInstanceOf(NullPointerException.class).hasMessage("document");
        assertThatThrownBy(() -> ReportAssessment.of(mixedDocument(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("selection");
        assertThatThrownBy(() -> ReportSelection.period(null))
                .isInstanceOf(NullPointerException.class).hasMessage("period");
    }

    @Test
    void selection_toString_words() {
        assertThat(ReportSelection.all()).hasToString("every period");
        assertThat(ReportSelection.latest()).hasToString("latest period of each indicator");
        assertThat(ReportSelection.period(Y24)).hasToString("period 2024/25").isEqualTo(ReportSelection.period(Y24));
    }

    @Test
    void displayNames_noConstantShows() {
        assertThat(Agreement.values()).extracting(Agreement::displayName)
                .containsExactly("Agrees", "Disagrees", "Not recomputable", "Not published");
        assertThat(NotRecomputable.values()).extracting(NotRecomputable::displayName).containsExactly("no policy",
                "no target", "no value", "no benchmark value", "context measure", "the policy's rule cannot apply");
        assertThat(NotRecomputable.of(UnratedReason.NOT_COMPARABLE)).isEqualTo(NotRecomputable.RULE_CANNOT_APPLY);
        assertThat(NotRecomputable.of(UnratedReason.TARGET_NOT_FOR_PERIOD)).isEqualTo(NotRecomputable.NO_TARGET);
    }
}
