package org.outturn.report;

import java.util.Objects;
import org.outturn.core.Rag;

/**
 * The one palette of Outturn's reports: the GOV.UK colours for each RAG rating, grey for an unrated
 * cell, each with a text colour whose contrast meets WCAG AA.
 *
 * <p>This class is not instantiable.
 */
public final class Palette {

    /** The fill of an unrated cell. */
    public static final String UNRATED_FILL = "#b1b4b6";
    /** The text colour on an unrated cell. */
    public static final String UNRATED_TEXT = "#0b0c0c";

    private Palette() {
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
