package org.outturn.report;

import java.util.Objects;
import org.outturn.stats.spc.Assurance;
import org.outturn.stats.spc.Side;
import org.outturn.stats.spc.VariationIcon;

/**
 * The icons of NHS England's "Making Data Count" drawn as small inline SVGs: the assurance icons
 * (per {@link Assurance}) and the variation icons (per {@link VariationIcon}).
 * Each is a disc in the icon's colour ({@link Palette#iconFill(String)}) with its letter at the top
 * ({@code P}, {@code F} or {@code ?} for assurance; {@code H} or {@code L} for a special cause) and,
 * below the centre, a little picture: for variation a run of five dots (level for common cause,
 * rising for a special cause of high values, falling for low), for assurance a dashed target line.
 * The centre of the disc is left clear, in the icon's colour.
 *
 * <pre>{@code
 * String svg = SpcIcons.assurance(Assurance.HIT_AND_MISS);
 * // <svg ... class="spc-icon assurance" data-icon="HIT_AND_MISS" role="img" aria-label="Hit and miss: ...">
 * }</pre>
 *
 * <p>Each icon has a {@code <title>} (a tooltip) and an {@code aria-label} giving its name and meaning,
 * all text escaped, and the classes {@code spc-icon} and {@code variation} or {@code assurance} with a
 * {@code data-icon} attribute naming the constant, so that a page can find and restyle it.
 *
 * <p>This class is not instantiable; its methods are thread-safe.
 */
public final class SpcIcons {

    /** The width and height of an icon, in pixels. */
    public static final int SIZE = 40;
    private static final double CENTRE = SIZE / 2.0;
    private static final double RADIUS = 18;

    private SpcIcons() {
    }

    /**
     * Draws an assurance icon: {@code P} (consistently passes, blue), {@code ?} (hit and miss, grey)
     * or {@code F} (consistently fails, orange), with a dashed target line.
     *
     * @param assurance  the assurance, not null
     * @return the {@code <svg>} element, not null
     */
    public static String assurance(Assurance assurance) {
        Objects.requireNonNull(assurance, "assurance");
        String text = Palette.iconText(assurance.iconColour());
        String picture = "<line x1=\"9\" y1=\"28\" x2=\"31\" y2=\"28\" stroke=\"" + text
                + "\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>";
        return icon("assurance", assurance.name(), assurance.displayName(), assurance.meaning(),
                assurance.iconColour(), assurance.iconLetter(), picture);
    }

    /**
     * Draws a variation icon: a grey disc with a level run of dots for common cause; for a special
     * cause, a disc in its colour (blue improving, orange concerning, purple neither) with {@code H} and
     * a rising run of dots for higher values, or {@code L} and a falling run for lower.
     *
     * @param icon  the icon, not null
     * @return the {@code <svg>} element, not null
     */
    public static String variation(VariationIcon icon) {
        Objects.requireNonNull(icon, "icon");
        // Five dots across the lower part of the disc, from y 24 (top) to 31 (bottom): the centre stays clear.
        double[] ys = icon.side().map(side -> side == Side.HIGH ? new double[] {30, 29, 28, 26, 24}
                : new double[] {24, 25, 26, 28, 30}).orElse(new double[] {27, 26, 28, 27, 27});
        String text = Palette.iconText(icon.colour());
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < ys.length; i++) {
            dots.append("<circle cx=\"").append(Html.px(10 + 5 * i)).append("\" cy=\"").append(Html.px(ys[i]))
                    .append("\" r=\"1.8\" fill=\"").append(text).append("\"/>");
        }
        return icon("variation", icon.name(), icon.displayName(), icon.meaning(), icon.colour(),
                icon.letter().orElse(""), dots.toString());
    }

    /**
     * Draws an icon: the disc, the letter, the picture, the title and the text alternative.
     *
     * @param kind  {@code variation} or {@code assurance}
     * @param constant  the enum constant's name, for {@code data-icon}
     * @param name  the icon's name
     * @param meaning  what it means, in a sentence
     * @param colour  the "Making Data Count" colour name
     * @param letter  the letter, or empty for none
     * @param picture  the SVG drawn below the centre
     */
    private static String icon(String kind, String constant, String name, String meaning, String colour,
            String letter, String picture) {
        String label = name + ": " + meaning;
        StringBuilder svg = new StringBuilder(640);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spc-icon ").append(kind)
                .append("\" data-icon=\"").append(constant).append("\" width=\"").append(SIZE)
                .append("\" height=\"").append(SIZE).append("\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(label)).append("\"><title>")
                .append(Html.escape(label)).append("</title><circle cx=\"").append(Html.px(CENTRE))
                .append("\" cy=\"").append(Html.px(CENTRE)).append("\" r=\"").append(Html.px(RADIUS))
                .append("\" fill=\"").append(Palette.iconFill(colour)).append("\" stroke=\"#ffffff\" stroke-width=\"2\"/>");
        if (!letter.isEmpty()) {
            svg.append("<text x=\"").append(Html.px(CENTRE)).append("\" y=\"17\" text-anchor=\"middle\" "
                    + "font-family=\"Arial, Helvetica, sans-serif\" font-size=\"14\" font-weight=\"bold\" fill=\"")
                    .append(Palette.iconText(colour)).append("\">").append(Html.escape(letter)).append("</text>");
        }
        return svg.append(picture).append("</svg>").toString();
    }
}
