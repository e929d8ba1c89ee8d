package org.outturn.stats.spc;

import java.util.Objects;
import java.util.Optional;

/**
 * The variation icons of NHS England's "Making Data Count", as data: which icon a point's
 * {@link Variation} and the side of its special cause give, with the icon's name, meaning, letter and
 * colour (grey for common cause, blue for improving, orange for concerning, purple for a special cause
 * of an indicator where neither direction is better).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum VariationIcon {

    /** Common cause variation: no letter, grey. */
    COMMON_CAUSE("Common cause variation", "No significant change: only the process's own noise", null,
            "grey"),
    /** Special cause improving, by higher values: letter H, blue. */
    IMPROVING_HIGH("Special cause improving (high)", "A real change for the better: higher values", Side.HIGH,
            "blue"),
    /** Special cause improving, by lower values: letter L, blue. */
    IMPROVING_LOW("Special cause improving (low)", "A real change for the better: lower values", Side.LOW,
            "blue"),
    /** Special cause concerning, by higher values: letter H, orange. */
    CONCERNING_HIGH("Special cause concerning (high)", "A real change for the worse: higher values", Side.HIGH,
            "orange"),
    /** Special cause concerning, by lower values: letter L, orange. */
    CONCERNING_LOW("Special cause concerning (low)", "A real change for the worse: lower values", Side.LOW,
            "orange"),
    /** Special cause of an indicator with no better direction (no polarity or a band), higher: H, purple. */
    NEITHER_HIGH("Special cause neither improving nor concerning (high)",
            "A real change to higher values, neither better nor worse", Side.HIGH, "purple"),
    /** Special cause of an indicator with no better direction (no polarity or a band), lower: L, purple. */
    NEITHER_LOW("Special cause neither improving nor concerning (low)",
            "A real change to lower values, neither better nor worse", Side.LOW, "purple");

    private final String displayName;
    private final String meaning;
    private final Side side;
    private final String colour;

    VariationIcon(String displayName, String meaning, Side side, String colour) {
        this.displayName = displayName;
        this.meaning = meaning;
        this.side = side;
        this.colour = colour;
    }

    /**
     * Returns the icon of a variation whose special cause is on a side.
     *
     * @param variation  the variation, not null
     * @param side  the side of the special cause, not null (ignored for common cause)
     * @return the icon, not null
     */
    public static VariationIcon of(Variation variation, Side side) {
        Objects.requireNonNull(variation, "variation");
        Objects.requireNonNull(side, "side");
        boolean high = side == Side.HIGH;
        switch (variation) {
            case SPECIAL_CAUSE_IMPROVING:
                return high ? IMPROVING_HIGH : IMPROVING_LOW;
            case SPECIAL_CAUSE_CONCERNING:
                return high ? CONCERNING_HIGH : CONCERNING_LOW;
            case SPECIAL_CAUSE_NEUTRAL:
                return high ? NEITHER_HIGH : NEITHER_LOW;
            default:
                return COMMON_CAUSE;
        }
    }

    /**
     * Returns the name as a report prints it, such as {@code Special cause improving (high)}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns what the icon means, in a sentence.
     *
     * @return the meaning, not null
     */
    public String meaning() {
        return meaning;
    }

    /**
     * Returns the letter on the icon: {@code H} for higher values, {@code L} for lower, none for
     * common cause.
     *
     * @return the letter, empty for common cause
     */
    public Optional<String> letter() {
        return side == null ? Optional.empty() : Optional.of(side == Side.HIGH ? "H" : "L");
    }

    /**
     * Returns the side of the special cause.
     *
     * @return the side, empty for common cause
     */
    public Optional<Side> side() {
        return Optional.ofNullable(side);
    }

    /**
     * Returns the icon's colour: {@code grey}, {@code blue}, {@code orange} or {@code purple}.
     *
     * @return the colour name, not null
     */
    public String colour() {
        return colour;
    }
}
