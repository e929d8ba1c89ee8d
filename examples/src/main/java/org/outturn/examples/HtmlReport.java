package org.outturn.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.outturn.core.Benchmark;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.ReportingMonth;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.core.UnratedReason;
import org.outturn.rules.Scorecard;
import org.outturn.rules.Tally;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportRow;

/**
 * Renders Outturn results as HTML a notebook or a browser can show: a RAG scorecard table and an
 * inline SVG line chart of an indicator's values against its target.
 *
 * <p>Every method returns well-formed XHTML (or SVG) as a {@code String}, with no external script or
 * style sheet: colours are inline {@code style} attributes, so they survive the sanitising that
 * notebook front ends apply to untrusted output, and class names ({@code rag-green}, {@code unrated},
 * {@code value}, {@code target}) let a page restyle them. All text taken from the data is escaped.
 *
 * <pre>{@code
 * ReportAssessment bexley = ReportAssessment.of(Datasets.bexleyTheme1(),
 *         ReportSelection.period(FinancialYear.parse("2024/25")));
 * Scorecard<String> scorecard = bexley.publishedScorecard(row -> row.indicator().polarity().displayName());
 * String html = HtmlReport.page("Bexley theme 1", HtmlReport.scorecard("Published RAG", scorecard));
 * }</pre>
 *
 * <p>Ratings and shares come from {@link Tally}, exactly; floating point is used only for pixel
 * positions in charts.
 *
 * <p>This class is not instantiable; its methods are thread-safe.
 */
public final class HtmlReport {

    /** The colours of the RAG cells: background and text, with a contrast ratio of at least 4.5:1. */
    private static final Map<Rag, String[]> COLOURS = Map.of(
            Rag.RED, new String[] {"#b03a2e", "#ffffff"},
            Rag.AMBER, new String[] {"#f5b041", "#000000"},
            Rag.GREEN, new String[] {"#1e8449", "#ffffff"},
            Rag.BLUE, new String[] {"#1f618d", "#ffffff"});
    private static final String UNRATED_STYLE = "background:#e5e7e9;color:#000000";
    private static final String CELL = "padding:4px 8px;border:1px solid #aab7b8;text-align:right";
    private static final String HEAD = "padding:4px 8px;border:1px solid #aab7b8";

    /** Chart geometry, in pixels. */
    private static final double WIDTH = 640;
    private static final double HEIGHT = 320;
    private static final double LEFT = 64;
    private static final double RIGHT = 16;
    private static final double TOP = 36;
    private static final double BOTTOM = 56;
    private static final int TICKS = 5;

    private HtmlReport() {
    }

    /**
     * Renders a scorecard as a table: a row per group and a total row; for each colour (Blue only when
     * some item is Blue) and for unrated items, the count and its share of all the group's items.
     *
     * <p>The result is one {@code <div class="outturn-scorecard">} element holding a
     * {@code <table>} whose caption is the title. Count cells carry the classes {@code rag} and
     * {@code rag-red}, {@code rag-amber}, {@code rag-green} or {@code rag-blue}, or {@code unrated}
     * (whose {@code title} attribute lists the reasons, as {@code No target: 27, No value: 2}); shares
     * are percentages to one decimal place, as {@link Tally#share(Rag)} gives them.
     *
     * @param title  the caption, such as {@code Bexley priority theme 1, 2024/25}, not null
     * @param scorecard  the scorecard, not null; group keys are shown with {@code toString()}
     * @return the XHTML fragment, not null
     */
    public static String scorecard(String title, Scorecard<?> scorecard) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scorecard, "scorecard");
        List<Rag> rags = new ArrayList<>(List.of(Rag.GREEN, Rag.AMBER, Rag.RED));
        if (scorecard.total().count(Rag.BLUE) > 0) {
            rags.add(0, Rag.BLUE);
        }
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"outturn-scorecard\">\n")
                .append("<table class=\"scorecard\" style=\"border-collapse:collapse;font-family:sans-serif\">\n")
                .append("<caption style=\"font-weight:bold;padding:4px;text-align:left\">").append(escape(title))
                .append("</caption>\n<thead>\n<tr>")
                .append("<th scope=\"col\" style=\"").append(HEAD).append(";text-align:left\">Group</th>")
                .append("<th scope=\"col\" style=\"").append(HEAD).append("\">Items</th>");
        for (Rag rag : rags) {
            html.append("<th scope=\"col\" class=\"rag ").append(ragClass(rag)).append("\" style=\"").append(HEAD)
                    .append(';').append(ragStyle(rag)).append("\">").append(rag.displayName()).append("</th>");
        }
        html.append("<th scope=\"col\" class=\"unrated\" style=\"").append(HEAD).append(';').append(UNRATED_STYLE)
                .append("\">Unrated</th></tr>\n</thead>\n<tbody>\n");
        for (Map.Entry<?, Tally> group : scorecard.groups().entrySet()) {
            row(html, "group", String.valueOf(group.getKey()), group.getValue(), rags);
        }
        html.append("</tbody>\n<tfoot>\n");
        row(html, "total", "Total", scorecard.total(), rags);
        html.append("</tfoot>\n</table>\n</div>\n");
        return html.toString();
    }

    private static void row(StringBuilder html, String kind, String name, Tally tally, List<Rag> rags) {
        String weight = kind.equals("total") ? ";font-weight:bold" : "";
        html.append("<tr class=\"").append(kind).append("\"><th scope=\"row\" style=\"").append(HEAD)
                .append(";text-align:left").append(weight).append("\">").append(escape(name)).append("</th>")
                .append("<td class=\"items\" style=\"").append(CELL).append(weight).append("\">")
                .append(tally.total()).append("</td>");
        for (Rag rag : rags) {
            html.append("<td class=\"rag ").append(ragClass(rag)).append("\" style=\"").append(CELL).append(';')
                    .append(ragStyle(rag)).append(weight).append("\">");
            count(html, tally.count(rag), tally.share(rag));
            html.append("</td>");
        }
        StringJoiner reasons = new StringJoiner(", ");
        for (UnratedReason reason : UnratedReason.values()) {
            if (tally.count(reason) > 0) {
                reasons.add(reason.displayName() + ": " + tally.count(reason));
            }
        }
        html.append("<td class=\"unrated\" title=\"").append(escape(reasons.toString())).append("\" style=\"")
                .append(CELL).append(';').append(UNRATED_STYLE).append(weight).append("\">");
        count(html, tally.unrated(), shareUnrated(tally));
        html.append("</td></tr>\n");
    }

    /**
     * Renders a rated report as a table: a row per outturn with its indicator, period, value, the
     * recomputed rating, the published rating and their agreement, coloured cells for colours; the
     * caption is the title and the reconciliation of the whole report follows the table. Rows
     * without a published rating are left out unless {@code withUnpublished} is true.
     *
     * <p>Example: {@code HtmlReport.reconciliation("Bromley 2022/23", ReportAssessment.of(document,
     * ReportSelection.all()), false)}.
     *
     * @param title  the caption, not null
     * @param report  the rated report, not null
     * @param withUnpublished  whether to show rows with no published rating
     * @return the XHTML fragment, one {@code <div class="outturn-reconciliation">}, not null
     */
    public static String reconciliation(String title, ReportAssessment report, boolean withUnpublished) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(report, "report");
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"outturn-reconciliation\">\n")
                .append("<table class=\"reconciliation\" style=\"border-collapse:collapse;font-family:sans-serif\">\n")
                .append("<caption style=\"font-weight:bold;padding:4px;text-align:left\">").append(escape(title))
                .append("</caption>\n<thead>\n<tr>");
        for (String header : List.of("Indicator", "Period", "Value", "Recomputed", "Published", "Agreement")) {
            html.append("<th scope=\"col\" style=\"").append(HEAD).append(";text-align:left\">").append(header)
                    .append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (ReportRow row : report.rows()) {
            if (!withUnpublished && row.published().isEmpty()) {
                continue;
            }
            html.append("<tr><th scope=\"row\" style=\"").append(HEAD).append(";text-align:left\" title=\"")
                    .append(escape(row.indicator().title())).append("\">").append(escape(row.indicator().code()))
                    .append("</th>");
            cell(html, row.period().toString(), null);
            cell(html, CliRows.value(row.outturn(), row.indicator().unit()), null);
            cell(html, CliRows.recomputed(row), row.rating().flatMap(Rating::rag).orElse(null));
            cell(html, CliRows.rating(row.published().orElse(null)), row.published().flatMap(Rating::rag).orElse(null));
            html.append("<td class=\"agreement ").append(row.agreement().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .append("\" style=\"").append(CELL).append(";text-align:left\">").append(escape(row.agreementText()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<p class=\"summary\">").append(escape(report.reconciliation().summary()))
                .append("</p>\n</div>\n");
        return html.toString();
    }

    private static void cell(StringBuilder html, String text, Rag rag) {
        html.append("<td").append(rag == null ? "" : " class=\"rag " + ragClass(rag) + "\"").append(" style=\"")
                .append(CELL).append(";text-align:left").append(rag == null ? "" : ";" + ragStyle(rag)).append("\">")
                .append(escape(text)).append("</td>");
    }

    /**
     * Returns a tally in words, with display names: {@code 12 Green, 10 Amber, 6 Red; 29 unrated
     * (27 No target, 2 No value)}; Blue only when counted.
     *
     * @param tally  the tally, not null
     * @return the words, not null
     */
    public static String describe(Tally tally) {
        Objects.requireNonNull(tally, "tally");
        StringJoiner colours = new StringJoiner(", ");
        for (Rag rag : List.of(Rag.BLUE, Rag.GREEN, Rag.AMBER, Rag.RED)) {
            if (rag != Rag.BLUE || tally.count(rag) > 0) {
                colours.add(tally.count(rag) + " " + rag.displayName());
            }
        }
        StringJoiner reasons = new StringJoiner(", ", " (", ")");
        reasons.setEmptyValue("");
        for (UnratedReason reason : UnratedReason.values()) {
            if (tally.count(reason) > 0) {
                reasons.add(tally.count(reason) + " " + reason.displayName());
            }
        }
        return colours + "; " + tally.unrated() + " unrated" + reasons;
    }

    /** The share of all items that are unrated, rounded as {@link Tally#share(Rag)} rounds. */
    private static BigDecimal shareUnrated(Tally tally) {
        if (tally.isEmpty()) {
            return new BigDecimal("0.0");
        }
        return BigDecimal.valueOf(tally.unrated()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(tally.total()), 1, RoundingMode.HALF_UP);
    }

    private static void count(StringBuilder html, long count, BigDecimal share) {
        html.append("<span class=\"count\">").append(count).append("</span> <span class=\"share\">(")
                .append(share.toPlainString()).append("%)</span>");
    }

    private static String ragClass(Rag rag) {
        return "rag-" + rag.name().toLowerCase(Locale.ROOT);
    }

    private static String ragStyle(Rag rag) {
        String[] colours = COLOURS.get(rag);
        return "background:" + colours[0] + ";color:" + colours[1];
    }

    /**
     * Draws an indicator's values as an inline SVG line chart, with the target that applies to a
     * period.
     *
     * <p>The horizontal axis has one slot per period, labelled with its canonical notation
     * ({@code Apr-2022}). When every outturn is for a month, every month from the first to the last
     * has a slot, so a month with no outturn is a gap; otherwise the slots are the outturns' periods in
     * order. The line joins the available values and breaks at each gap (a missing value or a missing
     * month); each available value also has a {@code <circle class="point">}. The vertical axis has
     * about five labelled ticks, covering the values and the target.
     *
     * <p>The target comes from {@link Indicator#targetFor(ReportingPeriod)}: a single target is a
     * dashed horizontal line, thresholds are a green and a red line, a band is a shaded band, and a
     * target relative to a benchmark is a line at the benchmark's value for the period, when there is
     * one. No target, or {@link Target.None}, draws no line.
     *
     * @param indicator  the indicator, giving the title, unit and target, not null
     * @param outturns  the outturns to draw, in any order, not null, no null elements; periods should
     *     be distinct (a repeated period is drawn once, with the last outturn given for it)
     * @param targetPeriod  the period whose target is drawn, such as {@code 2022/23}, not null
     * @return the {@code <svg>} element, not null; with no outturns, an empty chart with its title
     */
    public static String chart(Indicator indicator, Collection<Outturn> outturns, ReportingPeriod targetPeriod) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(outturns, "outturns");
        Objects.requireNonNull(targetPeriod, "targetPeriod");
        TreeMap<ReportingPeriod, Outturn> byPeriod = new TreeMap<>();
        int index = 0;
        for (Outturn outturn : outturns) {
            Objects.requireNonNull(outturn, "outturns[" + index + "]");
            byPeriod.put(outturn.period(), outturn);
            index++;
        }
        List<ReportingPeriod> slots = slots(byPeriod);
        Optional<Target> target = indicator.targetFor(targetPeriod);
        List<BigDecimal> lines = new ArrayList<>();
        BigDecimal[] band = null;
        if (target.isPresent()) {
            Target t = target.get();
            if (t instanceof Target.Single single) {
                lines.add(single.value());
            } else if (t instanceof Target.WithFloor floored) {
                lines.add(floored.value());
                lines.add(floored.floor());
            } else if (t instanceof Target.Thresholds thresholds) {
                lines.add(thresholds.green());
                lines.add(thresholds.red());
            } else if (t instanceof Target.Band b) {
                band = new BigDecimal[] {b.lowInclusive(), b.highInclusive()};
            } else if (t instanceof Target.RelativeToBenchmark relative) {
                indicator.benchmarkFor(relative.group(), targetPeriod).flatMap(Benchmark::value).ifPresent(lines::add);
            }
        }

        // The vertical range: the values, the target lines and the band.
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        List<BigDecimal> all = new ArrayList<>(lines);
        if (band != null) {
            all.add(band[0]);
            all.add(band[1]);
        }
        for (Outturn outturn : byPeriod.values()) {
            outturn.value().ifPresent(all::add);
        }
        for (BigDecimal value : all) {
            min = Math.min(min, value.doubleValue());
            max = Math.max(max, value.doubleValue());
        }
        if (all.isEmpty()) {
            min = 0;
            max = 1;
        }
        double[] ticks = ticks(min, max);
        Scale y = new Scale(ticks[0], ticks[ticks.length - 1], TOP + (HEIGHT - TOP - BOTTOM), TOP);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double step = slots.isEmpty() ? 0 : plotWidth / slots.size();

        String title = indicator.code() + ": " + indicator.title();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"outturn-chart\" width=\"").append(px(WIDTH))
                .append("\" height=\"").append(px(HEIGHT)).append("\" viewBox=\"0 0 ").append(px(WIDTH)).append(' ')
                .append(px(HEIGHT)).append("\" role=\"img\" aria-label=\"").append(escape(title))
                .append("\" font-family=\"sans-serif\" font-size=\"11\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<text class=\"title\" x=\"").append(px(LEFT)).append("\" y=\"20\" font-size=\"13\" "
                        + "font-weight=\"bold\">").append(escape(shorten(title, 90))).append("</text>\n");

        // Target band and lines, under the values.
        if (band != null) {
            double top = y.at(band[1].doubleValue());
            double bottom = y.at(band[0].doubleValue());
            svg.append("<rect class=\"target band\" x=\"").append(px(LEFT)).append("\" y=\"").append(px(top))
                    .append("\" width=\"").append(px(plotWidth)).append("\" height=\"").append(px(bottom - top))
                    .append("\" fill=\"#1e8449\" fill-opacity=\"0.15\"><title>")
                    .append(escape("Target band " + fmt(indicator, band[0]) + " to " + fmt(indicator, band[1])))
                    .append("</title></rect>\n");
        }
        String[] lineNames = lines.size() == 2 ? new String[] {"Green threshold", "Red threshold"}
                : new String[] {target.filter(t -> t instanceof Target.RelativeToBenchmark).isPresent()
                        ? "Benchmark" : "Target"};
        String[] lineColours = lines.size() == 2 ? new String[] {"#1e8449", "#b03a2e"} : new String[] {"#7d3c98"};
        for (int i = 0; i < lines.size(); i++) {
            double at = y.at(lines.get(i).doubleValue());
            String label = lineNames[i] + " " + fmt(indicator, lines.get(i));
            svg.append("<line class=\"target\" x1=\"").append(px(LEFT)).append("\" y1=\"").append(px(at))
                    .append("\" x2=\"").append(px(WIDTH - RIGHT)).append("\" y2=\"").append(px(at))
                    .append("\" stroke=\"").append(lineColours[i]).append("\" stroke-width=\"1.5\" "
                            + "stroke-dasharray=\"6 4\"><title>").append(escape(label)).append("</title></line>\n")
                    .append("<text class=\"target-label\" x=\"").append(px(WIDTH - RIGHT - 2)).append("\" y=\"")
                    .append(px(at - 4)).append("\" text-anchor=\"end\" fill=\"").append(lineColours[i]).append("\">")
                    .append(escape(label)).append("</text>\n");
        }

        // Axes, ticks and labels.
        svg.append("<g class=\"axis y\">\n");
        for (double tick : ticks) {
            double at = y.at(tick);
            svg.append("<line x1=\"").append(px(LEFT - 4)).append("\" y1=\"").append(px(at)).append("\" x2=\"")
                    .append(px(WIDTH - RIGHT)).append("\" y2=\"").append(px(at))
                    .append("\" stroke=\"#d5d8dc\" stroke-width=\"0.5\"/>\n")
                    .append("<text x=\"").append(px(LEFT - 6)).append("\" y=\"").append(px(at + 4))
                    .append("\" text-anchor=\"end\">").append(escape(tickLabel(tick))).append("</text>\n");
        }
        svg.append("<line x1=\"").append(px(LEFT)).append("\" y1=\"").append(px(TOP)).append("\" x2=\"")
                .append(px(LEFT)).append("\" y2=\"").append(px(HEIGHT - BOTTOM)).append("\" stroke=\"#566573\"/>\n")
                .append("<text class=\"unit\" x=\"").append(px(LEFT - 6)).append("\" y=\"").append(px(TOP - 6))
                .append("\" text-anchor=\"end\">").append(escape(unitLabel(indicator))).append("</text>\n")
                .append("</g>\n<g class=\"axis x\">\n")
                .append("<line x1=\"").append(px(LEFT)).append("\" y1=\"").append(px(HEIGHT - BOTTOM))
                .append("\" x2=\"").append(px(WIDTH - RIGHT)).append("\" y2=\"").append(px(HEIGHT - BOTTOM))
                .append("\" stroke=\"#566573\"/>\n");
        int every = Math.max(1, (int) Math.ceil(slots.size() / 12.0));
        for (int i = 0; i < slots.size(); i++) {
            double x = LEFT + step * (i + 0.5);
            svg.append("<line x1=\"").append(px(x)).append("\" y1=\"").append(px(HEIGHT - BOTTOM)).append("\" x2=\"")
                    .append(px(x)).append("\" y2=\"").append(px(HEIGHT - BOTTOM + 4)).append("\" stroke=\"#566573\"/>\n");
            if (i % every == 0) {
                double ly = HEIGHT - BOTTOM + 14;
                svg.append("<text class=\"period\" x=\"").append(px(x)).append("\" y=\"").append(px(ly))
                        .append("\" text-anchor=\"end\" transform=\"rotate(-35 ").append(px(x)).append(' ')
                        .append(px(ly)).append(")\">").append(escape(slots.get(i).toString())).append("</text>\n");
            }
        }
        svg.append("</g>\n");

        // The values: a path broken at each gap, and a point per value.
        StringBuilder path = new StringBuilder();
        StringBuilder points = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < slots.size(); i++) {
            Outturn outturn = byPeriod.get(slots.get(i));
            Optional<BigDecimal> value = outturn == null ? Optional.empty() : outturn.value();
            if (value.isEmpty()) {
                drawing = false;
                continue;
            }
            double x = LEFT + step * (i + 0.5);
            double at = y.at(value.get().doubleValue());
            if (path.length() > 0) {
                path.append(' ');
            }
            path.append(drawing ? 'L' : 'M').append(px(x)).append(',').append(px(at));
            drawing = true;
            points.append("<circle class=\"point\" cx=\"").append(px(x)).append("\" cy=\"").append(px(at))
                    .append("\" r=\"3\" fill=\"#17202a\"><title>")
                    .append(escape(slots.get(i) + ": " + fmt(indicator, value.get()))).append("</title></circle>\n");
        }
        if (path.length() > 0) {
            svg.append("<path class=\"value\" d=\"").append(path)
                    .append("\" fill=\"none\" stroke=\"#17202a\" stroke-width=\"2\"/>\n");
        }
        svg.append(points).append("</svg>\n");
        return svg.toString();
    }

    /**
     * Wraps fragments, such as {@link #scorecard(String, Scorecard)} tables and {@link #chart charts},
     * in a standalone XHTML page, to save as a {@code .html} file.
     *
     * @param title  the page's title, also shown as its heading, not null
     * @param fragments  the XHTML fragments, in order, not null, no null elements
     * @return the page, starting {@code <!DOCTYPE html>}, not null
     */
    public static String page(String title, String... fragments) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fragments, "fragments");
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                + "lang=\"en-GB\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>").append(escape(title))
                .append("</title>\n</head>\n<body style=\"font-family:sans-serif\">\n<h1>").append(escape(title))
                .append("</h1>\n");
        for (int i = 0; i < fragments.length; i++) {
            html.append(Objects.requireNonNull(fragments[i], "fragments[" + i + "]"));
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /**
     * Escapes text for XHTML element content and attribute values: {@code &}, {@code <}, {@code >},
     * {@code "} and {@code '} become character references.
     *
     * @param text  the text, not null
     * @return the escaped text, not null
     */
    public static String escape(CharSequence text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Characters XML 1.0 forbids (most control characters) are dropped.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** The slots of the horizontal axis: every month between the first and last, or the periods given. */
    private static List<ReportingPeriod> slots(TreeMap<ReportingPeriod, Outturn> byPeriod) {
        List<ReportingPeriod> slots = new ArrayList<>();
        if (!byPeriod.isEmpty() && byPeriod.keySet().stream().allMatch(p -> p instanceof ReportingMonth)) {
            ReportingMonth last = (ReportingMonth) byPeriod.lastKey();
            for (ReportingMonth month = (ReportingMonth) byPeriod.firstKey(); month.compareTo(last) <= 0;
                    month = month.next()) {
                slots.add(month);
            }
        } else {
            slots.addAll(byPeriod.keySet());
        }
        return slots;
    }

    /** About {@link #TICKS} round tick values, 1, 2 or 5 times a power of ten apart, covering min to max. */
    static double[] ticks(double min, double max) {
        if (min == max) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        double raw = (max - min) / (TICKS - 1);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * 10;
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (magnitude * factor >= raw) {
                step = magnitude * factor;
                break;
            }
        }
        double first = Math.floor(min / step) * step;
        double last = Math.ceil(max / step) * step;
        int count = (int) Math.round((last - first) / step) + 1;
        double[] ticks = new double[count];
        for (int i = 0; i < count; i++) {
            ticks[i] = first + i * step;
        }
        return ticks;
    }

    private static String tickLabel(double tick) {
        BigDecimal value = new BigDecimal(String.format(Locale.ROOT, "%.6f", tick)).stripTrailingZeros();
        return value.signum() == 0 ? "0" : value.toPlainString();
    }

    private static String unitLabel(Indicator indicator) {
        return switch (indicator.unit().kind()) {
            case PERCENTAGE -> "%";
            case COUNT, SCORE, RATIO -> "";
            default -> indicator.unit().changeUnitName();
        };
    }

    private static String fmt(Indicator indicator, BigDecimal value) {
        return indicator.unit().format(value);
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }

    private static String px(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** A linear map from data values to pixels. */
    private record Scale(double min, double max, double fromPixel, double toPixel) {
        double at(double value) {
            return fromPixel + (value - min) / (max - min) * (toPixel - fromPixel);
        }
    }
}
