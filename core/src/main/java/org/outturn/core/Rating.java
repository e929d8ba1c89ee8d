package org.outturn.core;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of judging an outturn: a {@link Rag} colour, or unrated with a reason.
 *
 * <p>Examples: {@code Rating.of(Rag.GREEN)} prints {@code Green};
 * {@code Rating.unrated(UnratedReason.NO_TARGET, "No Target")} prints
 * {@code Unrated (NO_TARGET): No Target}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rating {

    private static final Map<Rag, Rating> RATED = new EnumMap<>(Rag.class);

    static {
        for (Rag rag : Rag.values()) {
            RATED.put(rag, new Rating(rag, null, null));
        }
    }

    /** The colour, or null when unrated. */
    private final Rag rag;
    /** The reason, or null when rated. */
    private final UnratedReason reason;
    /** The published wording of an unrated result, or null. */
    private final String detail;

    private Rating(Rag rag, UnratedReason reason, String detail) {
        this.rag = rag;
        this.reason = reason;
        this.detail = detail;
    }

    /**
     * Returns a rated result.
     *
     * @param rag  the colour, not null
     * @return the rating, not null
     */
    public static Rating of(Rag rag) {
        Objects.requireNonNull(rag, "rag");
        return RATED.get(rag);
    }

    /**
     * Returns an unrated result with its reason and no further wording.
     *
     * @param reason  why there is no colour, not null
     * @return the rating, not null
     */
    public static Rating unrated(UnratedReason reason) {
        Objects.requireNonNull(reason, "reason");
        return new Rating(null, reason, null);
    }

    /**
     * Returns an unrated result with its reason and the wording a report printed, such as
     * {@code No Target} or {@code Target of 18.7}.
     *
     * @param reason  why there is no colour, not null
     * @param detail  the wording, not null and not blank
     * @return the rating, not null
     * @throws IllegalArgumentException if the detail is blank
     */
    public static Rating unrated(UnratedReason reason, String detail) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        return new Rating(null, reason, Checks.notBlank("detail", detail));
    }

    /**
     * Whether this result has a colour.
     *
     * @return true if rated
     */
    public boolean isRated() {
        return rag != null;
    }

    /**
     * Returns the colour.
     *
     * @return the colour, empty when unrated
     */
    public Optional<Rag> rag() {
        return Optional.ofNullable(rag);
    }

    /**
     * Returns why there is no colour.
     *
     * @return the reason, empty when rated
     */
    public Optional<UnratedReason> unratedReason() {
        return Optional.ofNullable(reason);
    }

    /**
     * Returns the wording of an unrated result as published, such as {@code No Target}.
     *
     * @return the wording, empty when rated or when none was given
     */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Rating other
                && rag == other.rag
                && reason == other.reason
                && Objects.equals(detail, other.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rag, reason, detail);
    }

    /**
     * Returns {@code Green} for a rated result, or {@code Unrated (REASON)} followed by
     * {@code : detail} when there is a detail.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        if (rag != null) {
            return rag.displayName();
        }
        return "Unrated (" + reason + ")" + (detail == null ? "" : ": " + detail);
    }
}
