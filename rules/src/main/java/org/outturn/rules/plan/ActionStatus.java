package org.outturn.rules.plan;

import java.util.Locale;
import java.util.Objects;

/**
 * The year-end status of an activity in a corporate action plan, as Bexley's 2024/25 annual
 * performance report prints it: {@code Complete}, {@code Green}, {@code Amber}, {@code Red}, or
 * {@code Ceased} with an optional reason ({@code Ceased. Funding bid not successful}).
 *
 * <p>The report's headline "83% of the corporate plan action plan activities are complete or on
 * track" counts Complete and Green: 97 of the 116 distinct activities (see
 * {@link #isCompleteOrOnTrack()} and {@link ActionPlan#completeOrOnTrack()}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ActionStatus {

    /** The activity is done. */
    COMPLETE,
    /** On track. */
    GREEN,
    /** Some slippage or risk. */
    AMBER,
    /** Off track. */
    RED,
    /** Stopped before completion, usually with a reason. */
    CEASED;

    /**
     * Reads a status as the report prints it, ignoring case and surrounding white space:
     * {@code Complete}, {@code Green}, {@code Amber}, {@code Red}, {@code Ceased}, or {@code Ceased}
     * followed by a reason after a full stop, colon, dash or space, such as
     * {@code Ceased. Funding bid not successful}. The reason is not kept here; see
     * {@link ActionPlanItem#ofPublished(String, String, String, String)}.
     *
     * @param text  the text to read, not null
     * @return the status, not null
     * @throws IllegalArgumentException if the text is not a status, for example
     *     {@code Unknown action status: 'Purple' (accepted: Complete, Green, Amber, Red, Ceased)}
     */
    public static ActionStatus parseLenient(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String upper = text.toString().strip().toUpperCase(Locale.ROOT);
        switch (upper) {
            case "COMPLETE":
                return COMPLETE;
            case "GREEN":
                return GREEN;
            case "AMBER":
                return AMBER;
            case "RED":
                return RED;
            default:
                if (ceasedReasonStart(upper) >= 0) {
                    return CEASED;
                }
                throw new IllegalArgumentException(
                        "Unknown action status: '" + text + "' (accepted: Complete, Green, Amber, Red, Ceased)");
        }
    }

    /**
     * Returns where the reason starts in a stripped {@code Ceased...} text, the text's length when
     * there is no reason, or -1 when the text is not {@code Ceased}.
     */
    static int ceasedReasonStart(String stripped) {
        String word = "CEASED";
        if (!stripped.regionMatches(true, 0, word, 0, word.length())) {
            return -1;
        }
        int index = word.length();
        if (index == stripped.length()) {
            return index;
        }
        char separator = stripped.charAt(index);
        if (separator != '.' && separator != ':' && separator != '-' && separator != '\u2013'
                && !Character.isWhitespace(separator)) {
            return -1;
        }
        while (index < stripped.length() && (".:-\u2013".indexOf(stripped.charAt(index)) >= 0
                || Character.isWhitespace(stripped.charAt(index)))) {
            index++;
        }
        return index;
    }

    /**
     * Whether the activity is complete or on track, as the report's headline counts it: Complete or
     * Green.
     *
     * @return true for {@link #COMPLETE} and {@link #GREEN}
     */
    public boolean isCompleteOrOnTrack() {
        return this == COMPLETE || this == GREEN;
    }

    /**
     * Returns the name as the report prints it: {@code Complete}, {@code Green}, {@code Amber},
     * {@code Red}, {@code Ceased}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        String name = name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
