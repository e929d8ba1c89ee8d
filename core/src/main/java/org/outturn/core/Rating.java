package org.outturn.core;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.outturn.core.internal.CoreAccess;

/**
 * The outcome of judging an outturn: a {@link Rag} colour, or unrated with a reason.
 *
 * <p>Examples: {@code Rating.of(Rag.GREEN)} prints {@code Green};
 * {@code Rating.unrated(UnratedReason.NO_TARGET, "No Target")} prints
 * {@code Unrated (NO_TARGET): No Target}.
 *
 * <p>Two ratings are equal when their colour, reason and detail are. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Rating {

    private static final Map<Rag, Rating> RATED = new EnumMap<>(Rag.class);

    static {
        for (Rag rag : Rag.values()) {
            RATED.put(rag, ImmutableRating.builder().rag(rag).build());
        }
        CoreAccess.lend(new CoreLender());
    }

    Rating() {
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
        return ImmutableRating.builder().unratedReason(reason).build();
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
        return ImmutableRating.builder().unratedReason(reason).detail(Checks.notBlank("detail", detail)).build();
    }

    /**
     * Returns the colour.
     *
     * @return the colour, empty when unrated
     */
    public abstract Optional<Rag> rag();

    /**
     * Returns why there is no colour.
     *
     * @return the reason, empty when rated
     */
    public abstract Optional<UnratedReason> unratedReason();

    /**
     * Returns the wording of an unrated result as published, such as {@code No Target}.
     *
     * @return the wording, empty when rated or when none was given
     */
    public abstract Optional<String> detail();

    @Value.Check
    void check() {
        if (rag().isPresent() == unratedReason().isPresent()) {
            throw new IllegalArgumentException("Invalid rating (must have either a colour or an unrated reason): "
                    + (rag().isPresent() ? rag().get() + " and " + unratedReason().get() : "neither"));
        }
        if (detail().isPresent() && rag().isPresent()) {
            throw new IllegalArgumentException("Invalid rating (a rated result has no detail): " + detail().get());
        }
        detail().ifPresent(text -> Checks.notBlank("detail", text));
    }

    /**
     * Whether this result has a colour.
     *
     * @return true if rated
     */
    public boolean isRated() {
        return rag().isPresent();
    }

    /**
     * Whether another object is a rating of the same colour, reason and detail.
     *
     * @param obj  the object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof Rating other && rag().equals(other.rag())
                && unratedReason().equals(other.unratedReason()) && detail().equals(other.detail());
    }

    /**
     * Returns a hash code of the colour, reason and detail.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(rag().orElse(null), unratedReason().orElse(null), detail().orElse(null));
    }

    /**
     * Returns {@code Green} for a rated result, or {@code Unrated (REASON)} followed by
     * {@code : detail} when there is a detail.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        if (rag().isPresent()) {
            return rag().get().displayName();
        }
        return "Unrated (" + unratedReason().get() + ")" + detail().map(text -> ": " + text).orElse("");
    }
}
