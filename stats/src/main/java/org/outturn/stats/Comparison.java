package org.outturn.stats;

import java.util.Optional;
import org.outturn.core.Rag;

/**
 * How an area's value compares with a benchmark, as Fingertips words it: {@link #BETTER better},
 * {@link #SIMILAR similar} or {@link #WORSE worse} for an indicator with a polarity, {@link #LOWER lower},
 * similar or {@link #HIGHER higher} for one without, and {@link #NOT_COMPARED not compared} when the
 * comparison cannot be made.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Comparison {

    /** The interval lies wholly on the better side of the benchmark. */
    BETTER("Better"),
    /** The interval contains the benchmark (the limits are inclusive). */
    SIMILAR("Similar"),
    /** The interval lies wholly on the worse side of the benchmark. */
    WORSE("Worse"),
    /** The interval lies wholly below the benchmark, for an indicator without a direction. */
    LOWER("Lower"),
    /** The interval lies wholly above the benchmark, for an indicator without a direction. */
    HIGHER("Higher"),
    /** No interval or no benchmark value: the comparison cannot be made. */
    NOT_COMPARED("Not compared");

    private final String displayName;

    Comparison(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns the name as Fingertips prints it, such as {@code Better}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns the colour a RAG report gives this comparison: Green for better, Amber for similar, Red
     * for worse.
     *
     * @return the colour, empty for lower, higher and not compared
     */
    public Optional<Rag> rag() {
        switch (this) {
            case BETTER:
                return Optional.of(Rag.GREEN);
            case SIMILAR:
                return Optional.of(Rag.AMBER);
            case WORSE:
                return Optional.of(Rag.RED);
            default:
                return Optional.empty();
        }
    }
}
