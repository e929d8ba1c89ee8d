package org.outturn.report;

import java.util.Map;
import java.util.Objects;
import org.outturn.core.Rag;

/**
 * The one palette of Outturn's reports: the GOV.UK colours for each RAG rating, grey for an unrated
 * cell, and the colours of NHS England's "Making Data Count" icons and SPC points (improving blue,
 * concerning orange, common cause grey, neither purple), each with a text colour whose contrast meets
 * WCAG AA.
 *
 * <p>The "Making Data Count" colours are named by the SPC model's icons
 * ({@link org.outturn.stats.spc.Assurance#iconColour()} and the variation icons' colour); this class
 * gives each name its GOV.UK shade, so that the icons and the points of an SPC chart use one set of
 * colours with the rest of the report.
 *
 * <p>This class is not instantiable.
 */
public final class Palette {

    /** The fill of an unrated cell. */
    public static final String UNRATED_FILL = "#b1b4b6";
    /** The text colour on an unrated cell. */
    public static final String UNRATED_TEXT = "#0b0c0c";

    /** The "Making Data Count" colour names and their fill and text colours. */
    private static final Map<String, String[]> ICON_COLOURS = Map.of(
            "blue", new String[] {"#1d70b8", "#ffffff"},
            "orange", new String[] {"#f47738", "#0b0c0c"},
            "grey", new String[] {"#505a5f", "#ffffff"},
            "purple", new String[] {"#4c2c92", "#ffffff"});

    private Palette() {
    }

    /**
     * Returns the fill of a "Making Data Count" colour, as named by the SPC model: {@code blue}
     * (improving, consistently passes) {@code #1d70b8}, {@code orange} (concerning, consistently
     * fails) {@code #f47738}, {@code grey} (common cause, hit and miss) {@code #505a5f} and
     * {@code purple} (special cause, neither improving nor concerning) {@code #4c2c92}.
     *
     * @param colour  the colour's name, not null
     * @return the colour, {@code #rrggbb}, not null
     * @throws IllegalArgumentException if the name is none of those, as in {@code Invalid value for icon
     *     colour (valid values blue, grey, orange, purple): pink}
     */
    public static String iconFill(String colour) {
        return iconColours(colour)[0];
    }

    /**
     * Returns the text colour to print on a "Making Data Count" colour's fill: white, or near-black
     * on orange.
     *
     * @param colour  the colour's name, not null
     * @return the colour, {@code #rrggbb}, not null
     * @throws IllegalArgumentException if the name is not one of {@link #iconFill(String)}'s
     */
    public static String iconText(String colour) {
        return iconColours(colour)[1];
    }

    private static String[] iconColours(String colour) {
        Objects.requireNonNull(colour, "colour");
        String[] colours = ICON_COLOURS.get(colour);
        if (colours == null) {
            throw new IllegalArgumentException(
                    "Invalid value for icon colour (valid values blue, grey, orange, purple): " + colour);
        }
        return colours;
    }

    /**
     * Returns the fill colour of a rating, as a CSS hex colour such as {@code #d4351c}.
     *
     * @param rag  the rating, not null
     * @return the colour, not null
     */
    public static String fill(Rag rag) {
        Objects.requireNonNull(rag, "rag");
        switch (rag) {
            case RED:
                return "#d4351c";
            case AMBER:
                return "#f47738";
            case GREEN:
                return "#00703c";
            default:
                return "#1d70b8";
        }
    }

    /**
     * Returns the text colour to print on a rating's fill, as a CSS hex colour.
     *
     * @param rag  the rating, not null
     * @return the colour, not null
     */
    public static String text(Rag rag) {
        Objects.requireNonNull(rag, "rag");
        return rag == Rag.AMBER ? "#0b0c0c" : "#ffffff";
    }
}
