package org.outturn.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.YearToDate;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.stats.spc.Assurance;
import org.outturn.stats.spc.ChartType;
import org.outturn.stats.spc.Observation;
import org.outturn.stats.spc.RuleSet;
import org.outturn.stats.spc.Signal;
import org.outturn.stats.spc.Variation;
import org.outturn.stats.spc.VariationIcon;
import org.outturn.stats.spc.SpcChart;
import org.outturn.stats.spc.SpcLimits;
import org.outturn.stats.spc.SpcPoint;
import org.outturn.stats.spc.SpcSetup;

/**
 * The SPC view of one indicator: its statistical process control chart drawn on the
 * {@link IndicatorChart} of its values, with the variation and assurance icons beside it and a table
 * of each point's limits and the rules that fired there.
 *
 * <p>The chart draws, over the indicator's values and target line: the centre line and the process
 * limits of each point as steps (they change with each phase), the two-sigma lines lighter, each point
 * coloured by its variation ("Making Data Count": improving blue, concerning orange, common cause
 * grey, neither purple; light grey where its phase has too few points for limits), excluded
 * (ghosted) points hollow, and gaps as gaps with their reason. Its text alternative ends with the
 * limits, the latest point's variation and rules, and the assurance.
 *
 * <pre>{@code
 * SpcView view = SpcView.of(entry, chart);      // chart: the SPC chart of the entry's series
 * String svg = view.toSvg();
 * String html = view.toHtml();                   // heading, chart, icons and the table
 * }</pre>
 *
 * <p>The chart's points are matched to the indicator's periods by their labels, which must be the
 * periods' {@code toString()} (as {@code Observation.from(outturn)} gives).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SpcView {

    /** The colour of the centre line and the process limits. */
    static final String LIMIT_COLOUR = "#6f777b";
    /** The lighter colour of the two-sigma lines. */
    static final String TWO_SIGMA_COLOUR = "#b1b4b6";

    private final IndicatorEntry entry;
    private final SpcChart chart;
    private final Optional<Target> target;
    /** Decimal places for the limits (and a chart's own values): one more than the outturns have, at least one. */
    private final int scale;

    private SpcView(IndicatorEntry entry, SpcChart chart, Optional<Target> target, int scale) {
        this.entry = entry;
        this.chart = chart;
        this.target = target;
        this.scale = scale;
    }

    /**
     * Returns the view of an indicator's SPC chart, with the assurance judged against the target of
     * the chart's latest period. A chart that plots a statistic of its own (p, p′, u and u′, from
     * numerators and denominators) is drawn with its values in place of the outturns, and {@link #entry()}
     * then has those values.
     *
     * @param entry  the indicator and its outturns, not null
     * @param chart  the SPC chart of the indicator's series, its point labels the periods, not null
     * @return the view, not null
     * @throws IllegalArgumentException if a point's label is not a period, as in {@code Invalid value for
     *     SPC point label (valid values reporting periods such as Apr-2024): week 3}, or, on a chart that
     *     plots the outturns themselves (XmR, c, g, t), a point's value is not the indicator's outturn for
     *     that period, as in {@code Invalid value for SPC point Apr-2024 of CS_09 (valid values the
     *     indicator's outturn, 97.3): 0.973}
     */
    public static SpcView of(IndicatorEntry entry, SpcChart chart) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(chart, "chart");
        boolean ownStatistic = chart.type().needsDenominator();
        SortedMap<ReportingPeriod, Outturn> drawn = new TreeMap<>(entry.outturns());
        Optional<ReportingPeriod> last = Optional.empty();
        int scale = 0;
        for (SpcPoint point : chart.points()) {
            ReportingPeriod period = period(point);
            Optional<BigDecimal> value = Optional.ofNullable(entry.outturns().get(period)).flatMap(Outturn::value);
            if (value.isPresent()) {
                scale = Math.max(scale, value.get().scale());
            }
            if (ownStatistic && point.value().isPresent()) {
                drawn.put(period, Outturn.of(period, point.value().get()));
            } else if (point.value().isPresent()
                    && (value.isEmpty() || value.get().compareTo(point.value().get()) != 0)) {
                throw new IllegalArgumentException("Invalid value for SPC point " + period + " of "
                        + entry.indicator().code() + " (valid values the indicator's outturn, "
                        + value.map(BigDecimal::toPlainString).orElse("none") + "): " + point.value().get().toPlainString());
            }
            last = Optional.of(period);
        }
        IndicatorEntry shown = ownStatistic ? IndicatorEntry.of(entry.indicator(), drawn.values()) : entry;
        return new SpcView(shown, chart, last.flatMap(entry.indicator()::targetFor), Math.max(1, scale + 1));
    }

    /**
     * Returns the XmR view of an indicator's own series (see {@link #series(IndicatorEntry)}) under a rule
     * set, in one phase.
     *
     * @param entry  the indicator and its outturns, not null
     * @param ruleSet  the rules, not null
     * @return the view, empty when the indicator has no value of its own frequency
     */
    public static Optional<SpcView> of(IndicatorEntry entry, RuleSet ruleSet) {
        return of(entry, ruleSet, ChartType.XMR);
    }

    /**
     * Returns the view of a chart of an indicator's own series (see {@link #series(IndicatorEntry)}) under
     * a rule set, in one phase. A chart from numerators and denominators (p, p′, u, u′) takes them from the
     * outturns' imported fractions and plots in the indicator's unit (a percentage as a percentage, see
     * {@link SpcSetup#forUnit(Unit)}).
     *
     * @param entry  the indicator and its outturns, not null
     * @param ruleSet  the rules, not null
     * @param type  the chart type, not null
     * @return the view, empty when the indicator has no value of its own frequency
     * @throws IllegalArgumentException if the series does not suit the chart, as in {@code Invalid value for
     *     denominator of Apr-2022 (required on a p-prime chart): none}
     */
    public static Optional<SpcView> of(IndicatorEntry entry, RuleSet ruleSet, ChartType type) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(type, "type");
        List<Observation> series = series(entry);
        if (series.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(of(entry, SpcChart.of(type, series, entry.indicator().polarity(), ruleSet,
                SpcSetup.forUnit(entry.indicator().unit()))));
    }

    /**
     * Returns an indicator's series for SPC: its outturns of its own frequency (the months of a monthly
     * indicator), year-to-date figures left out, from the first with a value to the last with a value;
     * every period in between is kept in its place, one with no outturn or no value as a gap.
     *
     * @param entry  the indicator and its outturns, not null
     * @return the observations in time order, labelled by period, empty when no value is of the
     *     indicator's frequency; unmodifiable
     */
    public static List<Observation> series(IndicatorEntry entry) {
        Objects.requireNonNull(entry, "entry");
        Indicator indicator = entry.indicator();
        SortedMap<ReportingPeriod, Outturn> outturns = entry.outturns();
        List<ReportingPeriod> periods = new ArrayList<>();
        for (Map.Entry<ReportingPeriod, Outturn> outturn : outturns.entrySet()) {
            ReportingPeriod period = outturn.getKey();
            if (period.frequency() == indicator.frequency() && !(period instanceof YearToDate)
                    && outturn.getValue().value().isPresent()) {
                periods.add(period);
            }
        }
        List<Observation> series = new ArrayList<>();
        if (periods.isEmpty()) {
            return List.of();
        }
        ReportingPeriod last = periods.get(periods.size() - 1);
        for (ReportingPeriod period = periods.get(0); period.compareTo(last) <= 0; period = period.next()) {
            Outturn outturn = outturns.get(period);
            series.add(outturn == null ? Observation.missing(period.toString()) : Observation.from(outturn));
        }
        return List.copyOf(series);
    }

    private static ReportingPeriod period(SpcPoint point) {
        try {
            return ReportingPeriod.parse(point.label());
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("Invalid value for SPC point label (valid values reporting periods "
                    + "such as Apr-2024): " + point.label(), ex);
        }
    }

    /**
     * Returns the indicator and its outturns.
     *
     * @return the entry, not null
     */
    public IndicatorEntry entry() {
        return entry;
    }

    /**
     * Returns the SPC chart.
     *
     * @return the chart, not null
     */
    public SpcChart chart() {
        return chart;
    }

    /**
     * Returns the target the assurance is judged against: the indicator's target for the chart's
     * latest period.
     *
     * @return the target, empty when there is none
     */
    public Optional<Target> target() {
        return target;
    }

    /**
     * Returns the assurance against {@link #target()}.
     *
     * @return the assurance, empty without a target, or when the chart gives none (not enough data,
     *     no polarity, a benchmark target)
     */
    public Optional<Assurance> assurance() {
        return target.flatMap(chart::assurance);
    }

    // ------------------------------------------------------------------ the chart

    /**
     * Returns the indicator's chart with the SPC overlay: the limits, the points' variation colours and
     * the text alternative's notes.
     *
     * @return the chart, not null
     */
    public IndicatorChart indicatorChart() {
        Unit unit = entry.indicator().unit();
        Map<String, TreeMap<ReportingPeriod, BigDecimal>> lines = new java.util.LinkedHashMap<>();
        for (String name : List.of("Centre line", "Upper process limit", "Lower process limit", "Upper two sigma",
                "Lower two sigma")) {
            lines.put(name, new TreeMap<>());
        }
        ChartOverlay overlay = ChartOverlay.empty();
        for (SpcPoint point : chart.points()) {
            ReportingPeriod period = period(point);
            Optional<SpcLimits> limits = point.limits();
            limits.ifPresent(l -> {
                lines.get("Centre line").put(period, l.centre());
                lines.get("Upper process limit").put(period, l.upperProcess());
                lines.get("Lower process limit").put(period, l.lowerProcess());
                lines.get("Upper two sigma").put(period, l.upperTwoSigma());
                lines.get("Lower two sigma").put(period, l.lowerTwoSigma());
            });
            if (point.value().isPresent()) {
                overlay = overlay.withPointStyle(period, style(point));
            }
        }
        for (Map.Entry<String, TreeMap<ReportingPeriod, BigDecimal>> line : lines.entrySet()) {
            if (!line.getValue().isEmpty()) {
                boolean twoSigma = line.getKey().endsWith("two sigma");
                overlay = overlay.withLine(new ChartOverlay.Line(line.getKey(),
                        twoSigma ? TWO_SIGMA_COLOUR : LIMIT_COLOUR, line.getValue(), true,
                        !line.getKey().equals("Centre line")));
            }
        }
        overlay = overlay.withNote(limitsNote(unit, scale));
        String latest = latestNote();
        if (!latest.isEmpty()) {
            overlay = overlay.withNote(latest);
        }
        return IndicatorChart.of(entry, Map.of()).withOverlay(overlay);
    }

    /**
     * Renders the chart as an {@code <svg>} element.
     *
     * @return the SVG, not null
     */
    public String toSvg() {
        return indicatorChart().toSvg();
    }

    private static ChartOverlay.PointStyle style(SpcPoint point) {
        if (point.variation().isEmpty()) {
            return new ChartOverlay.PointStyle(Palette.UNRATED_FILL, point.excluded(),
                    "no limits (too few points)" + (point.excluded() ? ", left out of the limits" : ""),
                    "No limits (too few points)");
        }
        Variation variation = point.variation().get();
        String colour = point.icon().map(VariationIcon::colour).orElseThrow();
        String words = variation.displayName() + (point.signals().isEmpty() ? ""
                : ": " + point.signals().stream().map(Signal::displayName).collect(Collectors.joining("; ")))
                + (point.excluded() ? "; left out of the limits" : "");
        return new ChartOverlay.PointStyle(Palette.iconFill(colour), point.excluded(), words,
                variation.displayName());
    }

    /**
     * Renders the icons of the view: the variation icon of the latest point and, when there is one,
     * the assurance icon, in a {@code <span class="spc-icons">}; empty text when the chart has neither
     * (not enough data, and no assurance).
     *
     * @return the XHTML fragment, not null
     */
    public String iconsHtml() {
        StringBuilder html = new StringBuilder();
        chart.variationIcon().ifPresent(icon -> html.append(SpcIcons.variation(icon)));
        assurance().ifPresent(a -> html.append(SpcIcons.assurance(a)));
        return html.length() == 0 ? "" : "<span class=\"spc-icons\">" + html + "</span>";
    }

    /**
     * Renders the view as an XHTML fragment: a {@code <section class="spc">} with the indicator's
     * heading, the chart and icons in a {@code <figure>}, a line of words for the variation, the
     * assurance and the rule set, and a table of each point's value, centre line, process limits,
     * variation and the rules that fired there (as text).
     *
     * @return the fragment, not null
     */
    public String toHtml() {
        Indicator indicator = entry.indicator();
        Unit unit = indicator.unit();
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"spc\" data-code=\"").append(Html.escape(indicator.code())).append("\">\n<h2>")
                .append(Html.escape(indicator.code() + ": " + indicator.title())).append("</h2>\n<figure>")
                .append(toSvg()).append(iconsHtml()).append("<figcaption>")
                .append(Html.escape(summary())).append("</figcaption></figure>\n")
                .append("<table class=\"spc-points\">\n<thead>\n<tr>");
        for (String header : List.of("Period", "Value", "Centre line", "Lower process limit", "Upper process limit",
                "Variation", "Rules that fired")) {
            html.append("<th scope=\"col\">").append(header).append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (SpcPoint point : chart.points()) {
            ReportingPeriod period = period(point);
            Optional<SpcLimits> limits = point.limits();
            // A chart's own statistic (a p chart's percentages) is shown to the limits' places; an outturn as given.
            boolean own = chart.type().needsDenominator();
            String value = point.value().map(v -> unit.format(own ? round(v, scale) : v)).orElseGet(() -> Optional.ofNullable(
                    entry.outturns().get(period)).map(outturn -> ReportWords.value(outturn, unit)).orElse("no outturn"));
            String variation = point.value().isEmpty() ? "gap" : point.variation().map(Variation::displayName)
                    .orElse("no limits (too few points)");
            html.append("<tr class=\"point").append(point.isSpecialCause() ? " special" : "")
                    .append(point.excluded() ? " excluded" : "").append("\" data-period=\"")
                    .append(Html.escape(period.toString())).append("\"><th scope=\"row\">")
                    .append(Html.escape(period.toString())).append("</th><td class=\"num\">").append(Html.escape(value))
                    .append(point.excluded() ? " (excluded)" : "").append("</td>");
            for (Optional<BigDecimal> line : List.of(limits.map(SpcLimits::centre), limits.map(SpcLimits::lowerProcess),
                    limits.map(SpcLimits::upperProcess))) {
                html.append("<td class=\"num\">").append(line.map(v -> Html.escape(unit.format(round(v, scale))))
                        .orElse("")).append("</td>");
            }
            html.append("<td class=\"variation\">").append(Html.escape(variation)).append("</td><td class=\"rules\">")
                    .append(Html.escape(point.signals().stream().map(Signal::displayName)
                            .collect(Collectors.joining("; ")))).append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</section>\n").toString();
    }

    /** The variation, assurance and rule set in words, for the caption. */
    private String summary() {
        StringBuilder text = new StringBuilder();
        text.append(chart.variation().map(v -> "Latest point: " + v.displayName()).orElse(
                "Latest point: no variation (not enough data for limits, at least " + chart.ruleSet().minimumPoints()
                        + " points needed)"));
        text.append(". Assurance: ").append(assurance().map(Assurance::displayName).orElse(target.isEmpty()
                ? "none (no target)" : "none")).append(target.map(t -> " against the target "
                        + ReportWords.target(t, entry.indicator().unit())).orElse(""));
        return text.append(". Rule set ").append(chart.ruleSet().name()).append('.').toString();
    }

    /**
     * Renders SPC views as a standalone XHTML page: a heading, the rule set's note and each view's
     * section, with the reports' style sheet.
     *
     * @param title  the page's title, such as the document's, not null
     * @param views  the views, not null, no null elements
     * @return the page, starting {@code <!DOCTYPE html>}, not null
     */
    public static String toPage(String title, List<SpcView> views) {
        return toPage(title, views, List.of());
    }

    /**
     * Renders SPC views as a standalone XHTML page, as {@link #toPage(String, List)} does, with a list of
     * the indicators that could not be charted and why, after the views.
     *
     * @param title  the page's title, such as the document's, not null
     * @param views  the views, not null, no null elements
     * @param notCharted  one sentence per indicator not charted, such as {@code 20: Invalid value for
     *     denominator of Apr-2022 (required on a p chart): none}, not null, no null elements
     * @return the page, starting {@code <!DOCTYPE html>}, not null
     */
    public static String toPage(String title, List<SpcView> views, List<String> notCharted) {
        Objects.requireNonNull(title, "title");
        List<SpcView> all = List.copyOf(Objects.requireNonNull(views, "views"));
        List<String> notes = List.copyOf(Objects.requireNonNull(notCharted, "notCharted"));
        StringBuilder html = Html.pageStart(title).append("<section class=\"outturn-report outturn-spc\">\n<style>").append(ReportCss.CSS)
                .append("</style>\n<p class=\"rule\">Statistical process control in the NHS England \"Making Data "
                        + "Count\" style: the points are coloured by their variation (blue improving, orange "
                        + "concerning, grey common cause, purple neither), hollow where left out of the limits; "
                        + "the solid grey line is the centre, the dashed grey lines the process limits, the light grey "
                        + "ones two sigma, and the black dashed line the target.</p>\n");
        if (all.isEmpty() && notes.isEmpty()) {
            html.append("<p class=\"empty\">No indicator has a series to chart.</p>\n");
        }
        for (SpcView view : all) {
            html.append(view.toHtml());
        }
        if (!notes.isEmpty()) {
            html.append("<h2>Not charted</h2>\n<ul class=\"not-charted\">\n");
            for (String note : notes) {
                html.append("<li>").append(Html.escape(note)).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        return html.append("</section>\n</body>\n</html>\n").toString();
    }

    // ------------------------------------------------------------------ words

    private static BigDecimal round(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP);
    }

    private String limitsNote(Unit unit, int scale) {
        Optional<SpcLimits> latest = chart.latestLimits();
        if (latest.isEmpty()) {
            return "SPC, " + chart.type().displayName() + ", rule set " + chart.ruleSet().name()
                    + ": not enough data for limits (at least "
                    + chart.ruleSet().minimumPoints() + " points needed).";
        }
        SpcLimits l = latest.get();
        return "SPC, " + chart.type().displayName() + ", rule set " + chart.ruleSet().name() + ": centre line "
                + unit.format(round(l.centre(), scale)) + ", process limits "
                + unit.format(round(l.lowerProcess(), scale)) + " to "
                + unit.format(round(l.upperProcess(), scale)) + ".";
    }

    private String latestNote() {
        StringBuilder note = new StringBuilder();
        chart.latest().ifPresent(point -> {
            note.append("Latest point ").append(point.label()).append(": ")
                    .append(point.variation().map(Variation::displayName).orElse("no variation (no limits)"));
            if (!point.signals().isEmpty()) {
                note.append(" (").append(point.signals().stream().map(Signal::displayName)
                        .collect(Collectors.joining("; "))).append(')');
            }
            note.append('.');
        });
        assurance().ifPresent(a -> note.append(note.length() == 0 ? "" : " ").append("Assurance: ")
                .append(a.displayName()).append('.'));
        return note.toString();
    }

    /**
     * Returns a summary such as {@code SpcView[CS_09, SpcChart[12 points, 1 phases, nhse-2023]]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "SpcView[" + entry.indicator().code() + ", " + chart + "]";
    }
}
