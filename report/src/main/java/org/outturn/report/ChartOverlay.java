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
 * steps, such as a mean and control limits), point markers (such as special-cause signals), point
 * styles (a value point's own colour, hollow or filled, and tooltip, such as an SPC variation in place
 * of the RAG) and notes (sentences added to the chart's text alternative), so that other analyses can
 * be drawn on the same chart without changing it.
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
    private static final ChartOverlay EMPTY = new ChartOverlay(List.of(), List.of(), Collections.emptySortedMap(),
            List.of());

    private final List<Line> lines;
    private final List<Marker> markers;
    private final SortedMap<ReportingPeriod, PointStyle> pointStyles;
    private final List<String> notes;

    private ChartOverlay(List<Line> lines, List<Marker> markers, SortedMap<ReportingPeriod, PointStyle> pointStyles,
            List<String> notes) {
        this.lines = lines;
        this.markers = markers;
        this.pointStyles = pointStyles;
        this.notes = notes;
    }

    /**
     * How one value point is drawn in place of its RAG colour: its colour, filled or hollow (a ring in
     * the colour, as for a point left out of a calculation), the words of its tooltip, and the legend
     * entry it shares with the points styled alike.
     *
     * @param colour  the colour, {@code #rrggbb}, not null
     * @param hollow  true for a ring in the colour on white, false for a filled point
     * @param label  the tooltip after the period and value, such as {@code Common cause variation}, not null
     * @param legend  the legend entry, such as {@code Special cause, improving}, not null
     */
    public record PointStyle(String colour, boolean hollow, String label, String legend) {

        /**
         * Checks the parts.
         *
         * @param colour  the colour, {@code #rrggbb}, not null
         * @param hollow  true for a ring
         * @param label  the tooltip words, not null
         * @param legend  the legend entry, not null
         * @throws IllegalArgumentException if the colour is not {@code #rrggbb}
         */
        public PointStyle {
            colour = checkColour(colour);
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(legend, "legend");
        }
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
        return new ChartOverlay(List.copyOf(more), markers, pointStyles, notes);
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
        return new ChartOverlay(lines, List.copyOf(more), pointStyles, notes);
    }

    /**
     * Returns a copy that draws the value point of a period in a style of its own, replacing any style
     * given for that period before.
     *
     * @param period  the period, not null
     * @param style  the style, not null
     * @return the overlay, not null
     */
    public ChartOverlay withPointStyle(ReportingPeriod period, PointStyle style) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(style, "style");
        TreeMap<ReportingPeriod, PointStyle> more = new TreeMap<>(pointStyles);
        more.put(period, style);
        return new ChartOverlay(lines, markers, Collections.unmodifiableSortedMap(more), notes);
    }

    /**
     * Returns a copy whose chart's text alternative ({@code <desc>}) ends with a note, after the others.
     *
     * @param note  the note, a sentence such as {@code Mean 91.2%, process limits 80.1% to 102.3%.}, not null
     * @return the overlay, not null
     */
    public ChartOverlay withNote(String note) {
        Objects.requireNonNull(note, "note");
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new ChartOverlay(lines, markers, pointStyles, List.copyOf(more));
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

    /**
     * Returns the point styles, by period.
     *
     * @return the styles, unmodifiable, not null
     */
    public SortedMap<ReportingPeriod, PointStyle> pointStyles() {
        return pointStyles;
    }

    /**
     * Returns the notes of the text alternative, in the order added.
     *
     * @return the notes, unmodifiable, not null
     */
    public List<String> notes() {
        return notes;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ChartOverlay other && lines.equals(other.lines) && markers.equals(other.markers)
                && pointStyles.equals(other.pointStyles) && notes.equals(other.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lines, markers, pointStyles, notes);
    }

    /**
     * Returns a summary such as {@code ChartOverlay[2 lines, 1 marker]}; point styles and notes are
     * counted when there are any: {@code ChartOverlay[7 lines, 0 markers, 12 point styles, 2 notes]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "ChartOverlay[" + lines.size() + (lines.size() == 1 ? " line, " : " lines, ") + markers.size()
                + (markers.size() == 1 ? " marker" : " markers")
                + (pointStyles.isEmpty() ? "" : ", " + pointStyles.size() + (pointStyles.size() == 1 ? " point style"
                        : " point styles"))
                + (notes.isEmpty() ? "" : ", " + notes.size() + (notes.size() == 1 ? " note" : " notes")) + "]";
    }
}
