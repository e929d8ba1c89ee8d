package org.outturn.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.outturn.core.BenchmarkGroup;
import org.outturn.core.ConfidenceLevel;
import org.outturn.core.Indicator;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.RagStrategyRegistry;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportSelection;

/**
 * Recomputes a Fingertips export's "Compared to England" column and reconciles it with the published
 * one, as {@link ReportAssessment} does for a report's RAG column.
 *
 * <p>A Fingertips export imported for one area ({@code io-csv}'s Fingertips preset) has each outturn's
 * 95% and 99.8% confidence limits, England's values as {@link BenchmarkGroup#ENGLAND} benchmarks and the
 * published comparison as the published rating (Better as Green, Similar as Amber, Worse as Red). This
 * call rates every outturn of the document with the {@value BenchmarkCiStrategyProvider#NAME} strategy at
 * the level asked ({@code {"strategy": "benchmark-ci", "level": ..., "benchmark": "England"}}, as the
 * policy {@value #POLICY}), each directional indicator being given the target "relative to England" for
 * its outturns' periods; an indicator without a direction keeps its targets and is not recomputed.
 *
 * <pre>{@code
 * ReportAssessment assessment = ComparedToEngland.recompute(document, ConfidenceLevel.NINETY_FIVE);
 * assessment.reconciliation().summary();   // 4 agree, 0 disagree, 1 not recomputable (1 no value), 0 not published
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ComparedToEngland {

    /** The name of the policy the recomputation rates with. */
    public static final String POLICY = "compared-to-england";

    private ComparedToEngland() {
    }

    /**
     * Rates every outturn of an imported Fingertips export against England and reconciles the result with
     * the published comparison.
     *
     * @param document  the imported export, not null
     * @param level  the confidence level Fingertips compared at (95% for most indicators), not null
     * @return the rated report, whose {@link ReportAssessment#reconciliation()} counts agreements, not null
     */
    public static ReportAssessment recompute(OutturnDocument document, ConfidenceLevel level) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(level, "level");
        RagPolicy policy = RagPolicy.of(POLICY, RagStrategyRegistry.standard().create(
                BenchmarkCiStrategyProvider.NAME, Map.of(BenchmarkCiStrategyProvider.LEVEL,
                        level.percent().toPlainString(), BenchmarkCiStrategyProvider.BENCHMARK, "England")));
        List<IndicatorEntry> entries = new ArrayList<>();
        for (IndicatorEntry entry : document.indicators()) {
            Indicator indicator = entry.indicator();
            if (indicator.polarity().isDirectional()) {
                Indicator.Builder builder = Indicator.builder();
                builder.code(indicator.code()).title(indicator.title()).description(indicator.description())
                        .unit(indicator.unit()).polarity(indicator.polarity()).frequency(indicator.frequency())
                        .frameworkCode(indicator.frameworkCode()).addAllTags(indicator.tags())
                        .addAllBenchmarks(indicator.benchmarks());
                builder.measureType(indicator.measureType());
                for (ReportingPeriod period : entry.outturns().keySet()) {
                    builder.putTargets(period, Target.relativeTo(BenchmarkGroup.ENGLAND));
                }
                indicator = builder.build();
            }
            entries.add(IndicatorEntry.of(indicator, entry.outturnList(), null, entry.published(), entry.notes()));
        }
        OutturnDocument recomputed = OutturnDocument.of(document.title().orElse(null),
                document.source().orElse(null), document.notes(), List.of(policy), POLICY, entries);
        return ReportAssessment.of(recomputed, ReportSelection.all());
    }
}
