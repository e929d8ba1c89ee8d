package org.outturn.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.outturn.report.CommitteeScorecard;
import org.outturn.report.Grouping;
import org.outturn.report.Html;
import org.outturn.report.IndicatorChart;
import org.outturn.report.SpcView;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportRow;
import org.outturn.rules.report.ReportSelection;
import org.outturn.stats.spc.RuleSet;

/**
 * The {@code report} command: a committee scorecard of a document's latest outturns (or those of
 * {@code --period P}), grouped by {@code --group-by tag|frequency|policy}, followed by a chart of
 * each indicator with at least two values, as one standalone HTML page on standard output; with
 * {@code --spc}, each row also shows the indicator's SPC icons and its chart is its SPC chart.
 *
 * <p>This class is not instantiable; its methods are thread-safe.
 */
final class CliReport {

    /** The values of {@code --group-by}: the {@link Grouping}s in lower case, {@code tag, frequency, policy}. */
    static final List<String> GROUPINGS = Arrays.stream(Grouping.values())
            .map(grouping -> grouping.name().toLowerCase(Locale.ROOT)).toList();

    private CliReport() {
    }

    /**
     * Writes the report page of a rated document.
     *
     * @param report  the rated report, the latest outturns or those of the chosen period
     * @param groupBy  tag, frequency or policy; null for tag
     * @param spc  the SPC rule set of {@code --spc}, or null without it
     * @param out  where the page goes
     * @return the exit status
     */
    static int run(ReportAssessment report, String groupBy, RuleSet spc, PrintStream out) {
        Grouping grouping = Grouping.valueOf((groupBy == null ? "tag" : groupBy).toUpperCase(Locale.ROOT));
        CommitteeScorecard scorecard = CommitteeScorecard.of(report, grouping);
        if (spc != null) {
            scorecard = scorecard.withSpc(spc);
        }
        out.print(scorecard.toPage(charts(report, scorecard)));
        return Cli.OK;
    }

    /** The charts section: a figure per indicator of the scorecard with two or more values. */
    private static String charts(ReportAssessment report, CommitteeScorecard scorecard) {
        OutturnDocument document = report.document();
        // Every outturn rated, so that each chart's points carry their colours.
        ReportAssessment all = ReportAssessment.of(document, ReportSelection.all());
        List<String> figures = new ArrayList<>();
        for (ReportRow row : scorecard.rows()) {
            IndicatorEntry entry = document.indicator(row.indicator().code()).orElseThrow();
            long values = entry.outturns().values().stream().filter(o -> o.value().isPresent()).count();
            SpcView view = scorecard.spc().get(entry.indicator().code());
            String chart = view != null ? view.toSvg() + view.iconsHtml()
                    : values >= 2 ? IndicatorChart.of(all, entry).toSvg() : null;
            if (chart != null) {
                figures.add("<figure>" + chart + "<figcaption>"
                        + Html.escape(entry.indicator().code() + ": " + entry.indicator().title())
                        + "</figcaption></figure>\n");
            }
        }
        if (figures.isEmpty()) {
            return "";
        }
        return "<section class=\"outturn-charts\">\n<h2>Charts</h2>\n" + String.join("", figures) + "</section>\n";
    }
}
