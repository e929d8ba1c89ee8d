package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outturn.core.Rag;
import org.outturn.core.UnratedReason;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.RagStrategies;
import org.outturn.rules.Tolerances;
import org.outturn.rules.report.Agreement;
import org.outturn.rules.report.NotRecomputable;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.rules.report.Reconciliation;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportSelection;

/** The whole-report call on the seed datasets, with the counts they really give. */
final class ReportAssessmentDatasetsTest {

    /** Bromley's mixed report under one policy, built in code: what the dataset's {@code bromley} policy reads as. */
    static final RagPolicy BROMLEY = RagPolicy.of("bromley", RagStrategies.firstApplicable(
            RagStrategies.tolerance(Tolerances.relative(new BigDecimal("5"))), RagStrategies.thresholds(),
            RagStrategies.band(Tolerances.relative(new BigDecimal("5"))), RagStrategies.noTarget()));

    private static List<String> published(ReportAssessment report) {
        return report.rows().stream().filter(row -> row.published().isPresent())
                .map(row -> row.indicator().code() + " " + row.period() + " " + row.agreementText()).toList();
    }

    @Test
    void bromley_onePolicy_ratesTheMixedReport() {
        OutturnDocument dataset = Datasets.bromleyChildren();
        ReportAssessment report = ReportAssessment.of(dataset, ReportSelection.all());
        Reconciliation reconciliation = report.reconciliation();

        assertThat(dataset.policies()).containsExactly(entry("bromley", BROMLEY));
        assertThat(report.rows()).hasSize(183);
        assertThat(reconciliation.summary())
                .isEqualTo("11 agree, 4 disagree, 3 not recomputable (1 no target, 2 no value), 165 not published");
        assertThat(reconciliation.count(NotRecomputable.RULE_CANNOT_APPLY)).isZero();
        assertThat(published(report)).containsExactly(
                "14 Nov-2022 Agrees", "15 Nov-2022 Agrees",
                "16 2022/23 YTD Nov-2022 Agrees", "17 2022/23 YTD Nov-2022 Disagrees",
                "18 2022/23 YTD Nov-2022 Not recomputable: no value", "19 2022/23 YTD Nov-2022 Disagrees",
                "20 2022/23 YTD Nov-2022 Agrees", "22 2022/23 YTD Nov-2022 Not recomputable: no value",
                "23 2022/23 YTD Sep-2022 Agrees", "24 2022/23 YTD Sep-2022 Agrees", "25 Sep-2022 Agrees",
                "26 Sep-2022 Disagrees", "27 Oct-2022 Agrees", "28 Oct-2022 Disagrees", "30 Nov-2022 Agrees",
                "31 Nov-2022 Agrees", "32 2022 YTD Nov-2022 Agrees", "33 2022 YTD Nov-2022 Not recomputable: no target");
        assertThat(report.rows().stream().filter(row -> row.agreement() == Agreement.AGREES
                && row.published().orElseThrow().isRated())).hasSize(8);
        assertThat(report.publishedTally().count(Rag.GREEN)).isEqualTo(10);
        assertThat(report.tally().count(Rag.GREEN)).isEqualTo(45);
        assertThat(report.withoutPolicy()).isZero();
    }

    @Test
    void bexley_noTargets_nothingRecomputedEveryPublishedColourNotRecomputable() {
        ReportAssessment report = ReportAssessment.of(Datasets.bexleyTheme1(), ReportSelection.latest());

        assertThat(report.rows()).hasSize(57);
        assertThat(report.hasRecomputedColour()).isFalse();
        assertThat(report.reconciliation().summary())
                .isEqualTo("19 agree, 0 disagree, 38 not recomputable (28 no target, 5 no value, 5 context measure), "
                        + "0 not published");
        assertThat(report.publishedTally().count(Rag.GREEN)).isEqualTo(12);
        assertThat(report.publishedTally().count(Rag.AMBER)).isEqualTo(10);
        assertThat(report.publishedTally().count(Rag.RED)).isEqualTo(6);
        assertThat(report.publishedTally().count(UnratedReason.NO_TARGET)).isEqualTo(27);
    }

    @Test
    void bexley_directionsOfTravel_againstTheYearBefore() {
        ReportAssessment report = ReportAssessment.of(Datasets.bexleyTheme1(), ReportSelection.latest());

        assertThat(report.rows()).allSatisfy(row -> assertThat(row.againstPreviousYear()).isPresent());
        assertThat(report.rows().stream().filter(row -> row.againstPreviousYear().orElseThrow().direction().isPresent()))
                .hasSize(49);
    }
}
