package org.outturn.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.outturn.core.Outturn;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.core.UnratedReason;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.StrategySpec;
import org.outturn.rules.Tally;
import org.outturn.rules.report.Agreement;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.Reconciliation;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportRow;
import org.outturn.rules.trend.Direction;
import org.outturn.rules.trend.DirectionOfTravel;
import org.outturn.stats.spc.RuleSet;
import org.outturn.stats.spc.VariationIcon;

/**
 * A committee scorecard of a rated report: one row per indicator, for its latest rated outturn,
 * with its reference, title, previous value, current value, target, RAG (colour and word), direction
 * of travel read with polarity, a sparkline of its recent periods and the explanation; grouped with
 * a heading and tally per group; a summary block of counts per RAG and per unrated reason and of
 * agreement with the published ratings; and a note on the rule each policy applies.
 *
 * <pre>{@code
 * ReportAssessment report = ReportAssessment.of(document, ReportSelection.latest());
 * String page = CommitteeScorecard.of(report, Grouping.TAG).toPage();
 * }</pre>
 *
 * <p>The RAG shown is the recomputed rating when it has a colour, else the published rating when that
 * has one (marked {@code (published)}: a report whose data gives no target to recompute from), else
 * the recomputed unrated result with its reason; tallies count what is shown.
 *
 * <p>The row of an indicator is its last row in {@link ReportAssessment#rows()}: with
 * {@link org.outturn.rules.report.ReportSelection#latest()} its latest outturn, with a period the
 * outturn for that period. The previous value and the arrow compare with the previous period's
 * outturn ({@link ReportRow#againstPreviousPeriod()}), else the same period a year earlier.
 *
 * <p>The HTML is well-formed XHTML with all data escaped, no script and no external resource; RAG
 * cells carry their colours inline (so that they survive a notebook's sanitising) and always print
 * the RAG word beside the colour. The page's CSS lays it out on A4 landscape for print, with a page
 * break before each group after the first and the table header repeated on each printed page.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CommitteeScorecard {

    /** How many periods a sparkline shows, at most, ending with the row's own. */
    static final int SPARKLINE_PERIODS = 8;

    private final ReportAssessment report;
    private final Grouping grouping;
    private final List<ReportRow> rows;
    private final Map<String, List<ReportRow>> groups;
    private final Optional<RuleSet> spcRuleSet;
    private final Map<String, SpcView> spc;

    private CommitteeScorecard(CommitteeScorecard scorecard, RuleSet ruleSet) {
        this.report = scorecard.report;
        this.grouping = scorecard.grouping;
        this.rows = scorecard.rows;
        this.groups = scorecard.groups;
        this.spcRuleSet = Optional.of(ruleSet);
        Map<String, SpcView> views = new LinkedHashMap<>();
        for (ReportRow row : rows) {
            SpcView.of(row.entry(), ruleSet).ifPresent(view -> views.put(row.indicator().code(), view));
        }
        this.spc = Collections.unmodifiableMap(views);
    }

    private CommitteeScorecard(ReportAssessment report, Grouping grouping) {
        this.report = report;
        this.grouping = grouping;
        this.spcRuleSet = Optional.empty();
        this.spc = Map.of();
        Map<String, ReportRow> latest = new LinkedHashMap<>();
        for (ReportRow row : report.rows()) {
            latest.remove(row.indicator().code());
            latest.put(row.indicator().code(), row);
        }
        // Keep document order: the indicators in the order of their first row.
        List<ReportRow> ordered = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ReportRow row : report.rows()) {
            if (seen.add(row.indicator().code())) {
                ordered.add(latest.get(row.indicator().code()));
            }
        }
        this.rows = Collections.unmodifiableList(ordered);
        Map<String, List<ReportRow>> byGroup = new LinkedHashMap<>();
        for (ReportRow row : ordered) {
            byGroup.computeIfAbsent(grouping.groupOf(row), key -> new ArrayList<>()).add(row);
        }
        byGroup.replaceAll((key, list) -> Collections.unmodifiableList(list));
        this.groups = Collections.unmodifiableMap(byGroup);
    }

    /**
     * Returns the scorecard of a rated report.
     *
     * @param report  the rated report, not null
     * @param grouping  how to group the indicators, not null
     * @return the scorecard, not null
     */
    public static CommitteeScorecard of(ReportAssessment report, Grouping grouping) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(grouping, "grouping");
        return new CommitteeScorecard(report, grouping);
    }

    /**
     * Returns a copy that adds the SPC view of each indicator: an SPC column with the variation and
     * assurance icons of the indicator's own series (its whole history of its frequency, as
     * {@link SpcView#series(IndicatorEntry)} takes it, one phase, under the rule set), and
     * {@link #spc()} for its charts.
     *
     * <p>The report's rows come from {@code rules}, which knows nothing of statistics; the SPC view
     * is drawn here, where the rows are, from each row's history, so that the whole-report call stays
     * as it is and a report without SPC pays nothing for it.
     *
     * @param ruleSet  the SPC rules, such as {@link RuleSet#standard()}, not null
     * @return the scorecard, not null
     */
    public CommitteeScorecard withSpc(RuleSet ruleSet) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        return new CommitteeScorecard(this, ruleSet);
    }

    /**
     * Returns the SPC rule set, when {@link #withSpc(RuleSet)} added the SPC view.
     *
     * @return the rule set, empty without the SPC view
     */
    public Optional<RuleSet> spcRuleSet() {
        return spcRuleSet;
    }

    /**
     * Returns the SPC view of each indicator that has a series of its own frequency, by reference, in
     * document order; empty without {@link #withSpc(RuleSet)}.
     *
     * @return the views, unmodifiable, not null
     */
    public Map<String, SpcView> spc() {
        return spc;
    }

    /**
     * Returns the rated report.
     *
     * @return the report, not null
     */
    public ReportAssessment report() {
        return report;
    }

    /**
     * Returns how the indicators are grouped.
     *
     * @return the grouping, not null
     */
    public Grouping grouping() {
        return grouping;
    }

    /**
     * Returns the row of each indicator, in document order.
     *
     * @return the rows, unmodifiable, not null
     */
    public List<ReportRow> rows() {
        return rows;
    }

    /**
     * Returns the rows by group, groups in the order of their first indicator.
     *
     * @return the groups, unmodifiable, not null
     */
    public Map<String, List<ReportRow>> groups() {
        return groups;
    }

    /**
     * Counts the recomputed ratings of some rows; a row no policy applies to is not counted.
     *
     * @param rows  the rows, not null
     * @return the tally, not null
     */
    static Tally tally(List<ReportRow> rows) {
        List<Rating> ratings = new ArrayList<>();
        for (ReportRow row : rows) {
            shown(row).ifPresent(ratings::add);
        }
        return Tally.of(ratings);
    }

    /**
     * The rating a row shows: the recomputed one when it has a colour, else the published one when
     * that has a colour (a report with no targets to recompute from), else the recomputed unrated one.
     */
    static Optional<Rating> shown(ReportRow row) {
        if (row.rating().map(Rating::isRated).orElse(false)) {
            return row.rating();
        }
        if (row.published().map(Rating::isRated).orElse(false)) {
            return row.published();
        }
        return row.rating();
    }

    private static boolean showsPublished(ReportRow row) {
        return shown(row).isPresent() && shown(row).equals(row.published()) && !shown(row).equals(row.rating());
    }

    /**
     * Renders the scorecard as an XHTML fragment: one {@code <section class="outturn-report">} with
     * its own style element, the summary block, the rule note and a table per group.
     *
     * @return the fragment, not null
     */
    public String toHtml() {
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"outturn-report\">\n<style>").append(ReportCss.CSS).append("</style>\n");
        summary(html);
        ruleNote(html);
        int index = 0;
        for (Map.Entry<String, List<ReportRow>> group : groups.entrySet()) {
            group(html, group.getKey(), group.getValue(), index++);
        }
        if (groups.isEmpty()) {
            html.append("<p class=\"empty\">No outturn was chosen.</p>\n");
        }
        return html.append("</section>\n").toString();
    }

    /**
     * Renders the scorecard, then any other fragments such as {@link IndicatorChart#toSvg() charts}, as
     * a standalone XHTML page titled with the document's title, ready to save as {@code report.html}
     * or to print to PDF.
     *
     * @param fragments  the XHTML fragments to follow the scorecard, not null, no null elements
     * @return the page, starting {@code <!DOCTYPE html>}, not null
     */
    public String toPage(String... fragments) {
        Objects.requireNonNull(fragments, "fragments");
        String title = report.document().title().orElse("Performance report");
        StringBuilder html = Html.pageStart(title);
        report.document().source().ifPresent(source -> html.append("<p class=\"source\">Source: ")
                .append(Html.escape(source)).append("</p>\n"));
        html.append(toHtml());
        for (int i = 0; i < fragments.length; i++) {
            html.append(Objects.requireNonNull(fragments[i], "fragments[" + i + "]"));
        }
        return html.append("</body>\n</html>\n").toString();
    }

    // ------------------------------------------------------------------ summary and rule

    private void summary(StringBuilder html) {
        Tally tally = tally(rows);
        long noPolicy = rows.stream().filter(row -> shown(row).isEmpty()).count();
        long published = rows.stream().filter(CommitteeScorecard::showsPublished).count();
        html.append("<div class=\"summary\">\n<h2>Summary</h2>\n<p class=\"tally\">")
                .append(rows.size()).append(rows.size() == 1 ? " indicator: " : " indicators: ")
                .append(Html.escape(ReportWords.tally(tally)))
                .append(noPolicy == 0 ? "" : "; " + noPolicy + " with no policy").append("</p>\n")
                .append(published == 0 ? "" : "<p class=\"published-note\">" + published + " of the colours are the "
                        + "report's published ratings, marked (published): the data gives no target to recompute "
                        + "them from.</p>\n")
                .append("<ul class=\"counts\">\n");
        for (Rag rag : List.of(Rag.BLUE, Rag.GREEN, Rag.AMBER, Rag.RED)) {
            if (rag != Rag.BLUE || tally.count(rag) > 0) {
                html.append("<li class=\"count rag-").append(ReportCss.name(rag)).append("\"><span class=\"swatch\" "
                        + "style=\"").append(ReportCss.style(rag)).append("\">").append(rag.displayName())
                        .append("</span> ").append(tally.count(rag)).append("</li>\n");
            }
        }
        for (UnratedReason reason : UnratedReason.values()) {
            if (tally.count(reason) > 0) {
                html.append("<li class=\"count unrated\"><span class=\"swatch\" style=\"")
                        .append(ReportCss.unratedStyle()).append("\">Unrated: ").append(Html.escape(reason.displayName()))
                        .append("</span> ").append(tally.count(reason)).append("</li>\n");
            }
        }
        html.append("</ul>\n<p class=\"agreement\">");
        Reconciliation reconciliation = Reconciliation.of(rows);
        if (reconciliation.count(Agreement.NOT_PUBLISHED) == reconciliation.total()) {
            html.append("The report publishes no rating for these outturns.");
        } else {
            html.append("Against the published ratings: ").append(Html.escape(reconciliation.summary())).append('.');
        }
        html.append("</p>\n</div>\n");
    }

    private void ruleNote(StringBuilder html) {
        Map<String, RagPolicy> policies = new LinkedHashMap<>();
        for (ReportRow row : rows) {
            row.policy().ifPresent(policy -> policies.putIfAbsent(policy.name(), policy));
        }
        html.append("<div class=\"rule\">\n<h2>How the ratings are worked out</h2>\n");
        if (policies.isEmpty()) {
            html.append("<p>No RAG policy applies to these outturns; only their published ratings say anything.</p>\n");
        }
        for (RagPolicy policy : policies.values()) {
            html.append("<p class=\"policy\"><strong>").append(Html.escape(policy.name())).append("</strong>: ")
                    .append(Html.escape(rule(policy.spec()))).append("</p>\n");
        }
        html.append("<p>The direction of travel compares each value with the previous period's (else the same "
                + "period a year earlier), read with the indicator's polarity: \u2191 an increase, "
                + "\u2193 a decrease, \u2192 no change.</p>\n</div>\n");
    }

    /** The rule of a policy in words: the tolerance strategy as reports state it, any other by its spec. */
    static String rule(StrategySpec spec) {
        if (spec.name().equals("tolerance") && spec.parameter("tolerance").isPresent()) {
            String tolerance = spec.tolerance("tolerance").label();
            return "Green = equal to or better than target; Amber = within " + tolerance + " of target; Red = "
                    + tolerance + " or more from meeting target.";
        }
        return "rated by the " + spec.name() + " strategy (" + spec + ").";
    }

    // ------------------------------------------------------------------ groups and rows

    private void group(StringBuilder html, String name, List<ReportRow> members, int index) {
        html.append("<section class=\"group").append(index == 0 ? " first" : "").append("\">\n<h2>")
                .append(Html.escape(grouping.displayName())).append(": ").append(Html.escape(name))
                .append("</h2>\n<p class=\"group-tally\">").append(members.size())
                .append(members.size() == 1 ? " indicator: " : " indicators: ")
                .append(Html.escape(ReportWords.tally(tally(members)))).append("</p>\n")
                .append("<table class=\"scorecard\">\n<thead>\n<tr>");
        List<String> headers = new ArrayList<>(List.of("Ref", "Indicator", "Previous", "Current", "Target", "RAG",
                "Travel", "Recent", "Explanation"));
        if (spcRuleSet.isPresent()) {
            headers.add(7, "SPC");
        }
        for (String header : headers) {
            html.append("<th scope=\"col\">").append(header).append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (ReportRow row : members) {
            row(html, row);
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private void row(StringBuilder html, ReportRow row) {
        Optional<DirectionOfTravel> travel = row.againstPreviousPeriod().or(row::againstPreviousYear);
        html.append("<tr class=\"indicator\" data-code=\"").append(Html.escape(row.indicator().code())).append("\">")
                .append("<th scope=\"row\" class=\"ref\">").append(Html.escape(row.indicator().code())).append("</th>")
                .append("<td class=\"title\">").append(Html.escape(row.indicator().title())).append("</td>")
                .append("<td class=\"previous num\">");
        travel.ifPresent(t -> html.append(Html.escape(ReportWords.value(t.from(), row.indicator().unit())))
                .append("<br/><span class=\"period\">").append(Html.escape(t.from().period().toString()))
                .append("</span>"));
        html.append("</td><td class=\"current num\">")
                .append(Html.escape(ReportWords.value(row.outturn(), row.indicator().unit())))
                .append("<br/><span class=\"period\">").append(Html.escape(row.period().toString())).append("</span></td>")
                .append("<td class=\"target num\">");
        Target target = row.assessment().flatMap(a -> a.target())
                .orElseGet(() -> row.indicator().targetFor(row.period()).orElse(null));
        if (target != null) {
            html.append(Html.escape(ReportWords.target(target, row.indicator().unit())));
        }
        html.append("</td>");
        ragCell(html, row);
        html.append("<td class=\"travel\">");
        travel.ifPresent(t -> {
            String arrow = t.direction().map(CommitteeScorecard::arrow).orElse("");
            String words = ReportWords.trend(t);
            html.append("<span class=\"arrow\" aria-hidden=\"true\">").append(arrow).append("</span> ")
                    .append("<span class=\"trend\" title=\"").append(Html.escape(t.explanation())).append("\">")
                    .append(Html.escape(words)).append("</span>");
        });
        html.append("</td>");
        if (spcRuleSet.isPresent()) {
            spcCell(html, spc.get(row.indicator().code()));
        }
        html.append("<td class=\"recent\">").append(sparkline(row)).append("</td>")
                .append("<td class=\"explanation\">")
                .append(Html.escape(row.assessment().map(a -> a.explanation()).orElse("Unrated: no policy named")))
                .append("</td></tr>\n");
    }

    /** The SPC cell: the icons and, in words, the latest point's variation and the assurance. */
    private static void spcCell(StringBuilder html, SpcView view) {
        html.append("<td class=\"spc\">");
        if (view != null) {
            html.append(view.iconsHtml()).append("<br/><span class=\"spc-words\">").append(Html.escape(
                    view.chart().variationIcon().map(VariationIcon::displayName).orElse("No limits (too few points)")
                    + view.assurance().map(a -> "; " + a.displayName()).orElse(""))).append("</span>");
        }
        html.append("</td>");
    }

    private static void ragCell(StringBuilder html, ReportRow row) {
        Optional<Rag> rag = shown(row).flatMap(Rating::rag);
        String words = shown(row).map(ReportWords::rating).orElse("Unrated (no policy)")
                + (showsPublished(row) ? " (published)" : "");
        html.append("<td class=\"rag ").append(rag.map(r -> "rag-" + ReportCss.name(r)).orElse("unrated"))
                .append("\" style=\"").append(rag.map(ReportCss::style).orElse(ReportCss.unratedStyle())).append("\">")
                .append(Html.escape(words)).append("</td>");
    }

    private static String arrow(Direction direction) {
        switch (direction) {
            case INCREASE:
                return "\u2191";
            case DECREASE:
                return "\u2193";
            default:
                return "\u2192";
        }
    }

    /** A small inline SVG line of the indicator's recent values of the row's kind of period. */
    static String sparkline(ReportRow row) {
        List<BigDecimal> values = new ArrayList<>();
        List<ReportingPeriod> periods = new ArrayList<>();
        for (Map.Entry<ReportingPeriod, Outturn> entry : row.entry().outturns().headMap(row.period()).entrySet()) {
            if (entry.getKey().getClass() == row.period().getClass()) {
                periods.add(entry.getKey());
                values.add(entry.getValue().value().orElse(null));
            }
        }
        periods.add(row.period());
        values.add(row.outturn().value().orElse(null));
        int from = Math.max(0, values.size() - SPARKLINE_PERIODS);
        List<BigDecimal> shown = values.subList(from, values.size());
        long available = shown.stream().filter(Objects::nonNull).count();
        if (available < 2) {
            return "";
        }
        double min = shown.stream().filter(Objects::nonNull).mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = shown.stream().filter(Objects::nonNull).mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        double width = 80;
        double height = 20;
        double step = width / (SPARKLINE_PERIODS - 1);
        double left = width - step * (shown.size() - 1);
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        double lastX = 0;
        double lastY = 0;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i) == null) {
                drawing = false;
                continue;
            }
            double x = left + step * i;
            double y = max == min ? height / 2 : 2 + (max - shown.get(i).doubleValue()) / (max - min) * (height - 4);
            path.append(path.length() == 0 ? "" : " ").append(drawing ? 'L' : 'M').append(Html.px(x)).append(',')
                    .append(Html.px(y));
            drawing = true;
            lastX = x;
            lastY = y;
        }
        String label = "Recent values: " + String.join(", ", shownWords(row, periods.subList(from, periods.size())));
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sparkline\" width=\"84\" height=\"20\" "
                + "viewBox=\"-2 0 84 20\" role=\"img\" aria-label=\"" + Html.escape(label) + "\"><title>"
                + Html.escape(label) + "</title><path d=\"" + path + "\" fill=\"none\" stroke=\"#505a5f\" "
                + "stroke-width=\"1.5\"/><circle cx=\"" + Html.px(lastX) + "\" cy=\"" + Html.px(lastY)
                + "\" r=\"2.5\" fill=\"#0b0c0c\"/></svg>";
    }

    private static List<String> shownWords(ReportRow row, List<ReportingPeriod> periods) {
        List<String> words = new ArrayList<>();
        for (ReportingPeriod period : periods) {
            Outturn outturn = row.entry().outturns().get(period);
            words.add(period + " " + ReportWords.value(outturn, row.indicator().unit()));
        }
        return words;
    }

    /**
     * Returns a summary such as {@code CommitteeScorecard[Tag, 57 indicators, 5 groups]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "CommitteeScorecard[" + grouping.displayName() + ", " + rows.size() + " indicators, " + groups.size()
                + " groups" + spcRuleSet.map(r -> ", SPC " + r.name()).orElse("") + "]";
    }
}
