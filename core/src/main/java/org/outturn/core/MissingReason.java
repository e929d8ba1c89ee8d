package org.outturn.core;

import java.util.Locale;
import java.util.Objects;

/**
 * Why an outturn has no value for a period.
 *
 * <p>Reports print these in many ways ({@code Not yet available}, {@code Data suppressed, see part 2
 * report}, {@code Biennial Data 2026}); an {@link Outturn} keeps both the reason and, as its note,
 * the wording as published.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MissingReason {

    /** The value is not available yet, as in {@code Not yet available} or {@code Available March 23}. */
    NOT_YET_AVAILABLE("Not yet available"),
    /** The value is withheld to protect small numbers, as in {@code Data suppressed}. */
    SUPPRESSED("Suppressed"),
    /** The indicator is not due this period, as a biennial survey in its off year. */
    NOT_DUE("Not due"),
    /** The indicator is new and has no value for this period, as in {@code New indicator}. */
    NEW_INDICATOR("New indicator"),
    /** The value was not collected for this period. */
    NOT_COLLECTED("Not collected"),
    /** No value applies to this period, as a report's {@code n/a}. */
    NOT_APPLICABLE("Not applicable");

    private final String displayName;

    MissingReason(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns the name as a report or a table prints it, such as {@code Not yet available}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Reads a reason from a report's wording, ignoring case: {@code Not yet available},
     * {@code Available March 23} and {@code Awaiting publication} give {@link #NOT_YET_AVAILABLE};
     * {@code Data suppressed...} and {@code Suppressed} give {@link #SUPPRESSED}; {@code Biennial Data
     * 2026} and {@code Not due} give {@link #NOT_DUE}; {@code New indicator} gives
     * {@link #NEW_INDICATOR}; {@code Not collected} gives {@link #NOT_COLLECTED}; {@code n/a} and
     * {@code Not applicable} give {@link #NOT_APPLICABLE}. The constants' names are accepted too.
     *
     * @param text  the wording, not null
     * @return the reason, not null
     * @throws IllegalArgumentException if the wording matches no reason
     */
    public static MissingReason parseLenient(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String word = text.toString().strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        for (MissingReason reason : values()) {
            if (word.equals(reason.name().toLowerCase(Locale.ROOT).replace('_', ' '))) {
                return reason;
            }
        }
        if (word.startsWith("not yet available") || word.startsWith("available ")
                || word.startsWith("awaiting publication")) {
            return NOT_YET_AVAILABLE;
        }
        if (word.contains("suppressed")) {
            return SUPPRESSED;
        }
        if (word.startsWith("biennial data") || word.startsWith("not due")) {
            return NOT_DUE;
        }
        if (word.equals("n/a") || word.equals("na") || word.equals("not applicable")) {
            return NOT_APPLICABLE;
        }
        throw new IllegalArgumentException("Unknown missing-value reason: '" + text
                + "' (accepted: Not yet available, Available <when>, Awaiting publication, Data suppressed, "
                + "Biennial Data <year>, Not due, New indicator, Not collected, n/a, Not applicable)");
    }
}
