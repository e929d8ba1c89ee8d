package org.outturn.stats.spc;

/**
 * Whether a process, as its limits show it, can be relied on to meet a target: the assurance icons
 * of NHS England's "Making Data Count".
 *
 * <p>Judged on the limits of the latest phase: for higher is better, consistently passes when the
 * lower process limit is at or above the target (a value equal to the target meets it), consistently
 * fails when the upper process limit is below it, otherwise hit and miss; lower is better mirrors
 * that; for a band, consistently passes when both limits are within the band (inclusive),
 * consistently fails when both are outside it on the same side, otherwise hit and miss.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Assurance {

    /** The target lies beyond the limits on the worse side: every point is expected to meet it. */
    CONSISTENTLY_PASSES("Consistently passes the target", "P", "blue",
            "The process limits are on the passing side of the target: it will be met unless the process changes"),
    /** The target lies within the limits: the process will sometimes meet it and sometimes not. */
    HIT_AND_MISS("Hit and miss", "?", "grey",
            "The target lies within the process limits: it will be met or missed at random"),
    /** The target lies beyond the limits on the better side: no point is expected to meet it. */
    CONSISTENTLY_FAILS("Consistently fails the target", "F", "orange",
            "The process limits are on the failing side of the target: it will not be met unless the process changes");

    private final String displayName;
    private final String iconLetter;
    private final String iconColour;
    private final String meaning;

    Assurance(String displayName, String iconLetter, String iconColour, String meaning) {
        this.displayName = displayName;
        this.iconLetter = iconLetter;
        this.iconColour = iconColour;
        this.meaning = meaning;
    }

    /**
     * Returns the name as a report prints it, such as {@code Hit and miss}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns the letter on the "Making Data Count" icon: {@code P}, {@code ?} or {@code F}.
     *
     * @return the letter, not null
     */
    public String iconLetter() {
        return iconLetter;
    }

    /**
     * Returns the icon's colour: {@code blue}, {@code grey} or {@code orange}.
     *
     * @return the colour name, not null
     */
    public String iconColour() {
        return iconColour;
    }

    /**
     * Returns what the icon means, in a sentence.
     *
     * @return the meaning, not null
     */
    public String meaning() {
        return meaning;
    }
}
