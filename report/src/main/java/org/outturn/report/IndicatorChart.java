package org.outturn.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.outturn.core.Benchmark;
import org.outturn.core.Indicator;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.ReportingMonth;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportRow;

/**
 * An SVG chart of an indicator's values over its periods: the target that applies to each period as
 * a line across that period's slot (two thresholds as a green and a red line with the Amber zone
 * between them shaded, a band as a shaded zone, a benchmark-relative target at the benchmark's
 * value), each value as a point coloured by its RAG, each gap (a missing value, or a month with no
 * outturn) marked on the axis with its reason in a tooltip, a legend below the plot so that no
 * label covers the data, and a text alternative ({@code <title>} and {@code <desc>}).
 *
 * <pre>{@code
 * ReportAssessment report = ReportAssessment.of(document, ReportSelection.all());
 * String svg = IndicatorChart.of(report, document.indicator("CS_09").orElseThrow()).toSvg();
 * }</pre>
 *
 * <p>The horizontal axis has a slot per period of the kind of period the indicator has most of
 * (months, years, year-to-date ...); when those are months, every month from the first to the last
 * has a slot. Extra lines and markers come from a {@link ChartOverlay}. Elements carry classes and
 * {@code data-period} attributes ({@code point}, {@code gap}, {@code target-line}, {@code overlay-line},
 * {@code marker}) so that a page can restyle them and a test can find them. Floating point is used only
 * for pixel positions.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorChart {

    /** Chart geometry, in pixels. */
    static final double WIDTH = 720;
    static final double HEIGHT = 360;
    static final double LEFT = 64;
    static final double RIGHT = 16;
    static final double TOP = 40;
    static final double PLOT_BOTTOM = 250;
    private static final int TICKS = 5;
    private static final String GREY = "#505a5f";

    private final IndicatorEntry entry;
    private final Map<ReportingPeriod, Rating> ratings;
    private final ChartOverlay overlay;

    private IndicatorChart(IndicatorEntry entry, Map<ReportingPeriod, Rating> ratings, ChartOverlay overlay) {
        this.entry = entry;
        this.ratings = ratings;
        this.overlay = overlay;
    }

    /**
     * Returns the chart of an indicator's outturns with the ratings to colour them.
     *
     * @param entry  the indicator and its outturns, not null
     * @param ratings  the rating of each period, not null, no null keys or values; a period with none
     *     is drawn as an unrated point; copied
     * @return the chart, not null
     */
    public static IndicatorChart of(IndicatorEntry entry, Map<? extends ReportingPeriod, Rating> ratings) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(ratings, "ratings");
        Map<ReportingPeriod, Rating> copy = new TreeMap<>();
        for (Map.Entry<? extends ReportingPeriod, Rating> rating : ratings.entrySet()) {
            copy.put(Objects.requireNonNull(rating.getKey(), "ratings key"),
                    Objects.requireNonNull(rating.getValue(), "ratings[" + rating.getKey() + "]"));
        }
        return new IndicatorChart(entry, Collections.unmodifiableMap(copy), ChartOverlay.empty());
    }

    /**
     * Returns the chart of one of a rated report's indicators, its points coloured by the report's
     * recomputed ratings.
     *
     * @param report  the rated report, not null
     * @param entry  the indicator, one of the report's document, not null
     * @return the chart, not null
     */
    public static IndicatorChart of(ReportAssessment report, IndicatorEntry entry) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(entry, "entry");
        Map<ReportingPeriod, Rating> ratings = new TreeMap<>();
        for (ReportRow row : report.rows()) {
            if (row.indicator().code().equals(entry.indicator().code())) {
                row.rating().ifPresent(rating -> ratings.put(row.period(), rating));
            }
        }
        return of(entry, ratings);
    }

    /**
     * Returns a copy that also draws an overlay's lines and markers.
     *
     * @param overlay  the overlay, not null
     * @return the chart, not null
     */
    public IndicatorChart withOverlay(ChartOverlay overlay) {
        Objects.requireNonNull(overlay, "overlay");
        return new IndicatorChart(entry, ratings, overlay);
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
     * Returns the overlay drawn on the chart.
     *
     * @return the overlay, not null, {@link ChartOverlay#empty()} unless one was given
     */
    public ChartOverlay overlay() {
        return overlay;
    }

    /** The periods on the horizontal axis. */
    List<ReportingPeriod> slots() {
        Map<Class<?>, Integer> kinds = new LinkedHashMap<>();
        for (ReportingPeriod period : entry.outturns().keySet()) {
            kinds.merge(period.getClass(), 1, Integer::sum);
        }
        Class<?> kind = null;
        int most = 0;
        for (Map.Entry<Class<?>, Integer> count : kinds.entrySet()) {
            if (count.getValue() >= most) {
                kind = count.getKey();
                most = count.getValue();
            }
        }
        List<ReportingPeriod> slots = new ArrayList<>();
        for (ReportingPeriod period : entry.outturns().keySet()) {
            if (period.getClass() == kind) {
                slots.add(period);
            }
        }
        if (kind == ReportingMonth.class && !slots.isEmpty()) {
            ReportingMonth last = (ReportingMonth) slots.get(slots.size() - 1);
            List<ReportingPeriod> months = new ArrayList<>();
            for (ReportingMonth month = (ReportingMonth) slots.get(0); month.compareTo(last) <= 0; month = month.next()) {
                months.add(month);
            }
            return months;
        }
        return slots;
    }

    /** The lines a period's target draws: name to value; a band is drawn as a zone, not here. */
    private Map<String, BigDecimal> targetLines(ReportingPeriod period) {
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        Indicator indicator = entry.indicator();
        Optional<Target> target = indicator.targetFor(period);
        if (target.isEmpty()) {
            return lines;
        }
        Target t = target.get();
        if (t instanceof Target.Single single) {
            lines.put("Target", single.value());
        } else if (t instanceof Target.WithFloor floored) {
            lines.put("Target", floored.value());
            lines.put("Floor", floored.floor());
        } else if (t instanceof Target.Thresholds thresholds) {
            lines.put("Green threshold", thresholds.green());
            lines.put("Red threshold", thresholds.red());
        } else if (t instanceof Target.RelativeToBenchmark relative) {
            indicator.benchmarkFor(relative.group(), period).flatMap(Benchmark::value)
                    .ifPresent(value -> lines.put("Benchmark", value));
        }
        return lines;
    }

    private static String lineColour(String name) {
        switch (name) {
            case "Green threshold":
                return Palette.fill(Rag.GREEN);
            case "Red threshold":
            case "Floor":
                return Palette.fill(Rag.RED);
            default:
                return "#0b0c0c";
        }
    }

    /**
     * Renders the chart as an {@code <svg>} element, well-formed and with all data escaped.
     *
     * @return the SVG, not null; with no outturns, an empty chart with its title
     */
    public String toSvg() {
        Indicator indicator = entry.indicator();
        List<ReportingPeriod> slots = slots();
        SortedMap<ReportingPeriod, Outturn> outturns = entry.outturns();

        // The vertical range: values, targets and the overlay.
        List<BigDecimal> all = new ArrayList<>();
        for (ReportingPeriod slot : slots) {
            Outturn outturn = outturns.get(slot);
            if (outturn != null) {
                outturn.value().ifPresent(all::add);
            }
            all.addAll(targetLines(slot).values());
            indicator.targetFor(slot).filter(t -> t instanceof Target.Band).map(t -> (Target.Band) t)
                    .ifPresent(band -> {
                        all.add(band.lowInclusive());
                        all.add(band.highInclusive());
                    });
        }
        for (ChartOverlay.Line line : overlay.lines()) {
            all.addAll(line.values().values());
        }
        for (ChartOverlay.Marker marker : overlay.markers()) {
            all.add(marker.value());
        }
        double min = all.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = all.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        double[] ticks = ticks(min, max);
        double bottomValue = ticks[0];
        double topValue = ticks[ticks.length - 1];
        double plotWidth = WIDTH - LEFT - RIGHT;
        double step = slots.isEmpty() ? plotWidth : plotWidth / slots.size();
        Map<ReportingPeriod, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            index.put(slots.get(i), i);
        }

        String title = indicator.code() + ": " + indicator.title();
        String id = "chart-" + indicator.code().replaceAll("[^A-Za-z0-9_-]", "_");
        StringBuilder svg = new StringBuilder();
        // Zones and target lines, under the values.
        List<String> legend = new ArrayList<>();
        legend.add("Value");
        for (int i = 0; i < slots.size(); i++) {
            ReportingPeriod slot = slots.get(i);
            double x0 = LEFT + step * i;
            Optional<Target> target = indicator.targetFor(slot);
            if (target.isPresent() && target.get() instanceof Target.Band band) {
                zone(svg, slot, x0, step, y(band.highInclusive(), bottomValue, topValue),
                        y(band.lowInclusive(), bottomValue, topValue), Palette.fill(Rag.GREEN),
                        "Target band " + ReportWords.target(band, indicator.unit()));
                addOnce(legend, "Target band");
            }
            Map<String, BigDecimal> lines = targetLines(slot);
            if (lines.containsKey("Green threshold")) {
                zone(svg, slot, x0, step, y(lines.get("Green threshold"), bottomValue, topValue),
                        y(lines.get("Red threshold"), bottomValue, topValue), Palette.fill(Rag.AMBER),
                        "Amber between the thresholds");
            }
            for (Map.Entry<String, BigDecimal> line : lines.entrySet()) {
                double at = y(line.getValue(), bottomValue, topValue);
                svg.append("<line class=\"target-line\" data-kind=\"").append(Html.escape(line.getKey()))
                        .append("\" data-period=\"").append(Html.escape(slot.toString())).append("\" x1=\"")
                        .append(Html.px(x0)).append("\" y1=\"").append(Html.px(at)).append("\" x2=\"")
                        .append(Html.px(x0 + step)).append("\" y2=\"").append(Html.px(at)).append("\" stroke=\"")
                        .append(lineColour(line.getKey())).append("\" stroke-width=\"2\" stroke-dasharray=\"6 3\">")
                        .append("<title>").append(Html.escape(slot + ": " + line.getKey() + " "
                                + indicator.unit().format(line.getValue()))).append("</title></line>\n");
                addOnce(legend, line.getKey());
            }
        }

        axes(svg, slots, ticks, step, bottomValue, topValue);

        // Overlay lines.
        for (ChartOverlay.Line line : overlay.lines()) {
            StringBuilder path = new StringBuilder();
            Integer previous = null;
            for (Map.Entry<ReportingPeriod, BigDecimal> value : line.values().entrySet()) {
                Integer i = index.get(value.getKey());
                if (i == null) {
                    previous = null;
                    continue;
                }
                double at = y(value.getValue(), bottomValue, topValue);
                double x = LEFT + step * (i + (line.step() ? 0 : 0.5));
                boolean joined = previous != null && previous == i - 1;
                path.append(path.length() == 0 ? "" : " ").append(joined ? 'L' : 'M').append(Html.px(x)).append(',')
                        .append(Html.px(at));
                if (line.step()) {
                    path.append(" L").append(Html.px(x + step)).append(',').append(Html.px(at));
                }
                previous = i;
            }
            if (path.length() > 0) {
                svg.append("<path class=\"overlay-line\" data-name=\"").append(Html.escape(line.name()))
                        .append("\" d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(line.colour())
                        .append("\" stroke-width=\"1.5\"").append(line.dashed() ? " stroke-dasharray=\"4 3\"" : "")
                        .append("><title>").append(Html.escape(line.name())).append("</title></path>\n");
                addOnce(legend, "overlay:" + line.name());
            }
        }

        values(svg, slots, step, bottomValue, topValue);
        boolean everyPointStyled = true;
        for (ReportingPeriod slot : slots) {
            ChartOverlay.PointStyle style = overlay.pointStyles().get(slot);
            Outturn outturn = outturns.get(slot);
            if (outturn != null && outturn.value().isPresent()) {
                if (style == null) {
                    everyPointStyled = false;
                } else {
                    addOnce(legend, "point:" + style.legend());
                }
            }
        }
        if (everyPointStyled && !overlay.pointStyles().isEmpty()) {
            legend.remove("Value");
        }

        // Overlay markers, on top.
        for (ChartOverlay.Marker marker : overlay.markers()) {
            Integer i = index.get(marker.period());
            if (i == null) {
                continue;
            }
            double x = LEFT + step * (i + 0.5);
            double at = y(marker.value(), bottomValue, topValue);
            svg.append("<path class=\"marker\" data-period=\"").append(Html.escape(marker.period().toString()))
                    .append("\" d=\"M").append(Html.px(x)).append(',').append(Html.px(at - 7)).append(" l7,7 l-7,7 "
                            + "l-7,-7 z\" fill=\"none\" stroke=\"").append(marker.colour()).append("\" stroke-width=\"2\">")
                    .append("<title>").append(Html.escape(marker.period() + ": " + marker.label())).append("</title></path>\n");
        }

        // The legend may need more rows than the standard height leaves: the chart grows to hold them.
        double height = Math.max(HEIGHT, legend(svg, legend) + 12);
        StringBuilder head = new StringBuilder();
        head.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"outturn-chart\" width=\"").append(Html.px(WIDTH))
                .append("\" height=\"").append(Html.px(height)).append("\" viewBox=\"0 0 ").append(Html.px(WIDTH))
                .append(' ').append(Html.px(height)).append("\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\" font-family=\"Arial, Helvetica, sans-serif\" "
                        + "font-size=\"11\" data-code=\"").append(Html.escape(indicator.code())).append("\">\n")
                .append("<title id=\"").append(id).append("-title\">").append(Html.escape(title)).append("</title>\n")
                .append("<desc id=\"").append(id).append("-desc\">").append(Html.escape(describe(slots)))
                .append("</desc>\n")
                .append("<rect x=\"0\" y=\"0\" width=\"").append(Html.px(WIDTH)).append("\" height=\"")
                .append(Html.px(height)).append("\" fill=\"#ffffff\"/>\n")
                .append("<text class=\"title\" x=\"").append(Html.px(LEFT)).append("\" y=\"20\" font-size=\"13\" "
                        + "font-weight=\"bold\">").append(Html.escape(shorten(title, 100))).append("</text>\n");
        return svg.insert(0, head).append("</svg>\n").toString();
    }

    private static void addOnce(List<String> legend, String item) {
        if (!legend.contains(item)) {
            legend.add(item);
        }
    }

    private static void zone(StringBuilder svg, ReportingPeriod slot, double x0, double width, double a, double b,
            String colour, String label) {
        double top = Math.min(a, b);
        svg.append("<rect class=\"zone\" data-period=\"").append(Html.escape(slot.toString())).append("\" x=\"")
                .append(Html.px(x0)).append("\" y=\"").append(Html.px(top)).append("\" width=\"").append(Html.px(width))
                .append("\" height=\"").append(Html.px(Math.abs(a - b))).append("\" fill=\"").append(colour)
                .append("\" fill-opacity=\"0.15\"><title>").append(Html.escape(label)).append("</title></rect>\n");
    }

    private void axes(StringBuilder svg, List<ReportingPeriod> slots, double[] ticks, double step, double bottomValue,
            double topValue) {
        svg.append("<g class=\"axis y\">\n");
        for (double tick : ticks) {
            double at = TOP + (topValue - tick) / (topValue - bottomValue) * (PLOT_BOTTOM - TOP);
            svg.append("<line x1=\"").append(Html.px(LEFT - 4)).append("\" y1=\"").append(Html.px(at)).append("\" x2=\"")
                    .append(Html.px(WIDTH - RIGHT)).append("\" y2=\"").append(Html.px(at))
                    .append("\" stroke=\"#dee0e2\" stroke-width=\"0.5\"/>\n<text x=\"").append(Html.px(LEFT - 6))
                    .append("\" y=\"").append(Html.px(at + 4)).append("\" text-anchor=\"end\" fill=\"#0b0c0c\">")
                    .append(Html.escape(tickLabel(tick))).append("</text>\n");
        }
        svg.append("<line x1=\"").append(Html.px(LEFT)).append("\" y1=\"").append(Html.px(TOP)).append("\" x2=\"")
                .append(Html.px(LEFT)).append("\" y2=\"").append(Html.px(PLOT_BOTTOM)).append("\" stroke=\"")
                .append(GREY).append("\"/>\n<text class=\"unit\" x=\"").append(Html.px(LEFT - 6)).append("\" y=\"")
                .append(Html.px(TOP - 8)).append("\" text-anchor=\"end\">").append(Html.escape(unitLabel()))
                .append("</text>\n</g>\n<g class=\"axis x\">\n<line x1=\"").append(Html.px(LEFT)).append("\" y1=\"")
                .append(Html.px(PLOT_BOTTOM)).append("\" x2=\"").append(Html.px(WIDTH - RIGHT)).append("\" y2=\"")
                .append(Html.px(PLOT_BOTTOM)).append("\" stroke=\"").append(GREY).append("\"/>\n");
        // At most about 12 labels, and none closer than 28 pixels, so that rotated labels never overlap.
        int every = Math.max(1, Math.max((int) Math.ceil(slots.size() / 12.0), (int) Math.ceil(28 / step)));
        for (int i = 0; i < slots.size(); i++) {
            double x = LEFT + step * (i + 0.5);
            if (i % every == 0) {
                double ly = PLOT_BOTTOM + 14;
                svg.append("<text class=\"period\" x=\"").append(Html.px(x)).append("\" y=\"").append(Html.px(ly))
                        .append("\" text-anchor=\"end\" transform=\"rotate(-35 ").append(Html.px(x)).append(' ')
                        .append(Html.px(ly)).append(")\">").append(Html.escape(slots.get(i).toString())).append("</text>\n");
            }
        }
        svg.append("</g>\n");
    }

    private void values(StringBuilder svg, List<ReportingPeriod> slots, double step, double bottomValue,
            double topValue) {
        StringBuilder path = new StringBuilder();
        StringBuilder points = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < slots.size(); i++) {
            ReportingPeriod slot = slots.get(i);
            Outturn outturn = entry.outturns().get(slot);
            double x = LEFT + step * (i + 0.5);
            if (outturn == null || outturn.value().isEmpty()) {
                drawing = false;
                String reason = outturn == null ? "no outturn"
                        : "no value (" + outturn.missingReason().map(MissingReason::displayName).orElse("not given") + ")";
                points.append("<g class=\"gap\" data-period=\"").append(Html.escape(slot.toString())).append("\">")
                        .append("<title>").append(Html.escape(slot + ": " + reason)).append("</title>")
                        .append("<path d=\"M").append(Html.px(x - 4)).append(',').append(Html.px(PLOT_BOTTOM - 12))
                        .append(" l8,8 m0,-8 l-8,8\" stroke=\"").append(GREY).append("\" stroke-width=\"2\"/></g>\n");
                continue;
            }
            BigDecimal value = outturn.value().get();
            double at = y(value, bottomValue, topValue);
            path.append(path.length() == 0 ? "" : " ").append(drawing ? 'L' : 'M').append(Html.px(x)).append(',')
                    .append(Html.px(at));
            drawing = true;
            Rating rating = ratings.get(slot);
            Optional<Rag> rag = rating == null ? Optional.empty() : rating.rag();
            ChartOverlay.PointStyle style = overlay.pointStyles().get(slot);
            String words = style != null ? style.label() : rating == null ? "not rated" : ReportWords.rating(rating);
            points.append("<circle class=\"point\" data-period=\"").append(Html.escape(slot.toString()))
                    .append("\" data-rag=\"").append(rag.map(ReportCss::name).orElse("unrated")).append('"');
            if (style != null) {
                // A styled point: its own colour, or a ring in that colour on white when hollow.
                points.append(" data-colour=\"").append(style.colour()).append("\" data-hollow=\"")
                        .append(style.hollow()).append("\" cx=\"").append(Html.px(x)).append("\" cy=\"")
                        .append(Html.px(at)).append("\" r=\"5\" fill=\"")
                        .append(style.hollow() ? "#ffffff" : style.colour()).append("\" stroke=\"")
                        .append(style.hollow() ? style.colour() : "#0b0c0c").append("\" stroke-width=\"")
                        .append(style.hollow() ? "2" : "1").append('"');
            } else {
                points.append(" cx=\"").append(Html.px(x)).append("\" cy=\"").append(Html.px(at))
                        .append("\" r=\"5\" fill=\"").append(rag.map(Palette::fill).orElse(Palette.UNRATED_FILL))
                        .append("\" stroke=\"#0b0c0c\" stroke-width=\"1\"");
            }
            points.append("><title>").append(Html.escape(slot + ": " + entry.indicator().unit().format(value) + ", "
                    + words)).append("</title></circle>\n");
        }
        if (path.length() > 0) {
            svg.append("<path class=\"value\" d=\"").append(path).append("\" fill=\"none\" stroke=\"#0b0c0c\" "
                    + "stroke-width=\"2\"/>\n");
        }
        svg.append(points);
    }

    /** Draws the legend below the period labels, in rows, and returns the last row's height. */
    private double legend(StringBuilder svg, List<String> items) {
        double x = LEFT;
        double y = PLOT_BOTTOM + 60;
        svg.append("<g class=\"legend\">\n");
        for (String item : items) {
            String name = item.startsWith("overlay:") || item.startsWith("point:") ? item.substring(item.indexOf(':') + 1)
                    : item;
            double width = 28 + name.length() * 6.5;
            if (x + width > WIDTH - RIGHT) {
                x = LEFT;
                y += 14;
            }
            svg.append("<text x=\"").append(Html.px(x + 22)).append("\" y=\"").append(Html.px(y + 4)).append("\">")
                    .append(Html.escape(name)).append("</text>");
            if (item.startsWith("point:")) {
                ChartOverlay.PointStyle style = pointLegend(name);
                svg.append("<circle cx=\"").append(Html.px(x + 9)).append("\" cy=\"").append(Html.px(y))
                        .append("\" r=\"4\" fill=\"").append(style.hollow() ? "#ffffff" : style.colour())
                        .append("\" stroke=\"").append(style.hollow() ? style.colour() : "#0b0c0c")
                        .append(style.hollow() ? "\" stroke-width=\"2" : "").append("\"/>\n");
            } else if (name.equals("Value")) {
                svg.append("<circle cx=\"").append(Html.px(x + 9)).append("\" cy=\"").append(Html.px(y))
                        .append("\" r=\"4\" fill=\"").append(Palette.UNRATED_FILL).append("\" stroke=\"#0b0c0c\"/>\n");
            } else if (name.equals("Target band")) {
                svg.append("<rect x=\"").append(Html.px(x)).append("\" y=\"").append(Html.px(y - 5))
                        .append("\" width=\"18\" height=\"10\" fill=\"").append(Palette.fill(Rag.GREEN))
                        .append("\" fill-opacity=\"0.15\"/>\n");
            } else {
                svg.append("<line x1=\"").append(Html.px(x)).append("\" y1=\"").append(Html.px(y)).append("\" x2=\"")
                        .append(Html.px(x + 18)).append("\" y2=\"").append(Html.px(y)).append("\" stroke=\"")
                        .append(item.startsWith("overlay:") ? overlayLine(name).colour() : lineColour(name))
                        .append("\" stroke-width=\"2\"")
                        // Dashed as on the chart: target lines always, overlay lines when they are dashed.
                        .append(!item.startsWith("overlay:") ? " stroke-dasharray=\"6 3\""
                                : overlayLine(name).dashed() ? " stroke-dasharray=\"4 3\"" : "")
                        .append("/>\n");
            }
            x += width;
        }
        svg.append("</g>\n");
        return y;
    }

    private ChartOverlay.Line overlayLine(String name) {
        return overlay.lines().stream().filter(line -> line.name().equals(name)).findFirst().orElseThrow();
    }

    private ChartOverlay.PointStyle pointLegend(String legend) {
        return overlay.pointStyles().values().stream().filter(style -> style.legend().equals(legend)).findFirst()
                .orElseThrow();
    }

    /**
     * The text alternative: how many values over which periods, the latest against its target, and the
     * overlay's notes.
     */
    private String describe(List<ReportingPeriod> slots) {
        List<ReportingPeriod> withValue = new ArrayList<>();
        for (ReportingPeriod slot : slots) {
            Outturn outturn = entry.outturns().get(slot);
            if (outturn != null && outturn.value().isPresent()) {
                withValue.add(slot);
            }
        }
        if (withValue.isEmpty()) {
            return "No values to chart.";
        }
        ReportingPeriod last = withValue.get(withValue.size() - 1);
        Outturn latest = entry.outturns().get(last);
        Rating rating = ratings.get(last);
        StringBuilder text = new StringBuilder().append(withValue.size())
                .append(withValue.size() == 1 ? " value, " : " values, from ").append(withValue.get(0));
        if (withValue.size() > 1) {
            text.append(" to ").append(last);
        }
        text.append("; ").append(slots.size() - withValue.size()).append(" gaps. Latest ").append(last).append(": ")
                .append(entry.indicator().unit().format(latest.value().get()));
        if (rating != null) {
            text.append(", ").append(ReportWords.rating(rating));
        }
        entry.indicator().targetFor(last).ifPresent(target -> text.append(", against the target ")
                .append(ReportWords.target(target, entry.indicator().unit())));
        text.append('.');
        for (String note : overlay.notes()) {
            text.append(' ').append(note);
        }
        return text.toString();
    }

    private static double y(BigDecimal value, double bottomValue, double topValue) {
        return TOP + (topValue - value.doubleValue()) / (topValue - bottomValue) * (PLOT_BOTTOM - TOP);
    }

    /** About {@link #TICKS} round tick values, 1, 2, 2.5 or 5 times a power of ten apart, covering min to max. */
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

    private String unitLabel() {
        switch (entry.indicator().unit().kind()) {
            case PERCENTAGE:
                return "%";
            case COUNT:
            case SCORE:
            case RATIO:
                return "";
            default:
                return entry.indicator().unit().changeUnitName();
        }
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }

    /**
     * Returns a summary such as {@code IndicatorChart[CS_09, 12 periods, ChartOverlay[0 lines, 0 markers]]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "IndicatorChart[" + entry.indicator().code() + ", " + slots().size() + " periods, " + overlay + "]";
    }
}
