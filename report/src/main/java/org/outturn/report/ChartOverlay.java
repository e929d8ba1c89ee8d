package org.outturn.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.outturn.core.ReportingPeriod;

/**
 * Extra series drawn on an {@link IndicatorChart}: named lines (values per period, straight or as
 * steps, such as a mean and control limits) and point markers (such as special-cause signals), so
 * that other analyses can be drawn on the same chart without changing it.
 *
 * <pre>{@code
 * ChartOverlay overlay = ChartOverlay.empty()
 *         .withLine(new ChartOverlay.Line("Mean", "#1d70b8", means, true, false))
 *         .withMarker(new ChartOverlay.Marker(ReportingMonth.parse("Jun-2022"), new BigDecimal("97.1"),
 *                 "Special cause: improving", "#1d70b8"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChartOverlay {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final ChartOverlay EMPTY = new ChartOverlay(List.of(), List.of());

    private final List<Line> lines;
    private final List<Marker> markers;

    private ChartOverlay(List<Line> lines, List<Marker> markers) {
        this.lines = lines;
        this.markers = markers;
    }

    /**
     * A named line: a value per period, drawn joining the periods' points, or as steps across each
     * period's slot (for limits that hold for a whole period).
     *
     * @param name  the name shown in the legend and tooltips, such as {@code Upper process limit}, not null
     * @param colour  the colour, {@code #rrggbb}, not null
     * @param values  the values by period, not null, no null keys or values; copied
     * @param step  true to draw steps across each period's slot, false to join the points
     * @param dashed  true for a dashed line
     */
    public record Line(String name, String colour, SortedMap<ReportingPeriod, BigDecimal> values, boolean step,
            boolean dashed) {

        /**
         * Checks and copies the parts.
         *
         * @param name  the name, not null
         * @param colour  the colour, {@code #rrggbb}, not null
         * @param values  the values by period, not null, no null keys or values
         * @param step  true to draw steps
         * @param dashed  true for a dashed line
         * @throws IllegalArgumentException if the colour is not {@code #rrggbb}
         */
        public Line {
            Objects.requireNonNull(name, "name");
            colour = checkColour(colour);
            Objects.requireNonNull(values, "values");
            TreeMap<ReportingPeriod, BigDecimal> copy = new TreeMap<>();
            for (Map.Entry<ReportingPeriod, BigDecimal> entry : values.entrySet()) {
                copy.put(Objects.requireNonNull(entry.getKey(), "values key"),
                        Objects.requireNonNull(entry.getValue(), "values[" + entry.getKey() + "]"));
            }
            values = Collections.unmodifiableSortedMap(copy);
        }
    }

    /**
     * A point marker at a period and value, with a label shown as its tooltip.
     *
     * @param period  the period, not null
     * @param value  the value, not null
     * @param label  the label, such as {@code Special cause: concerning}, not null
     * @param colour  the colour, {@code #rrggbb}, not null
     */
    public record Marker(ReportingPeriod period, BigDecimal value, String label, String colour) {

        /**
         * Checks the parts.
         *
         * @param period  the period, not null
         * @param value  the value, not null
         * @param label  the label, not null
         * @param colour  the colour, {@code #rrggbb}, not null
         * @throws IllegalArgumentException if the colour is not {@code #rrggbb}
         */
        public Marker {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(label, "label");
            colour = checkColour(colour);
        }
    }

    private static String checkColour(String colour) {
        Objects.requireNonNull(colour, "colour");
        if (!COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("Invalid value for colour (valid values #rrggbb): " + colour);
        }
        return colour;
    }

    /**
     * Returns the overlay with nothing on it.
     *
     * @return the empty overlay, not null
     */
    public static ChartOverlay empty() {
        return EMPTY;
    }

    /**
     * Returns a copy with a line added after the others.
     *
     * @param line  the line, not null
     * @return the overlay, not null
     */
    public ChartOverlay withLine(Line line) {
        Objects.requireNonNull(line, "line");
        List<Line> more = new ArrayList<>(lines);
        more.add(line);
        return new ChartOverlay(List.copyOf(more), markers);
    }

    /**
     * Returns a copy with a marker added after the others.
     *
     * @param marker  the marker, not null
     * @return the overlay, not null
     */
    public ChartOverlay withMarker(Marker marker) {
        Objects.requireNonNull(marker, "marker");
        List<Marker> more = new ArrayList<>(markers);
        more.add(marker);
        return new ChartOverlay(lines, List.copyOf(more));
    }

    /**
     * Returns the lines, in the order added.
     *
     * @return the lines, unmodifiable, not null
     */
    public List<Line> lines() {
        return lines;
    }

    /**
     * Returns the markers, in the order added.
     *
     * @return the markers, unmodifiable, not null
     */
    public List<Marker> markers() {
        return markers;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ChartOverlay other && lines.equals(other.lines) && markers.equals(other.markers);
    }

    @Override
    public int hashCode() {
        return lines.hashCode() * 31 + markers.hashCode();
    }

    /**
     * Returns a summary such as {@code ChartOverlay[2 lines, 1 marker]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "ChartOverlay[" + lines.size() + (lines.size() == 1 ? " line, " : " lines, ") + markers.size()
                + (markers.size() == 1 ? " marker]" : " markers]");
    }
}
