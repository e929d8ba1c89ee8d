package org.outturn.core;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One grade of a {@link GradeScale}, such as {@code Good} on the Ofsted and CQC scale, or grade
 * {@code 3} on the 2005 annual performance assessment scale.
 *
 * <p>Grades of one scale are ordered from best to worst by {@link #rank()} (1 is the best).
 * A grade prints as its label. Grades are obtained from their scale; two grades are equal when
 * their scale's name, rank, code, label and description are.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Grade {

    Grade() {
    }

    /** Returns a grade of a scale; only {@link GradeScale} makes grades. */
    static Grade of(String scaleName, int rank, String code, String label, String description) {
        return ImmutableGrade.builder().scaleName(scaleName).rank(rank).code(code).label(label)
                .description(Optional.ofNullable(description)).build();
    }

    /**
     * Returns the name of the scale the grade belongs to.
     *
     * @return the scale's name, not null
     */
    public abstract String scaleName();

    /**
     * Returns the position on the scale, 1 for the best grade.
     *
     * @return the rank, at least 1
     */
    public abstract int rank();

    /**
     * Returns the code the grade is published under, such as {@code 4} on the 2005 scale, or the
     * label when the scale has no separate codes.
     *
     * @return the code, not null
     */
    public abstract String code();

    /**
     * Returns the label, such as {@code Requires improvement}.
     *
     * @return the label, not null
     */
    public abstract String label();

    /**
     * Returns the scale's description of the grade, such as {@code A service that delivers well above
     * minimum requirements for users}.
     *
     * @return the description, empty when the scale gives none
     */
    public abstract Optional<String> description();

    /**
     * Whether this grade is at least as good as another grade of the same scale.
     *
     * @param other  a grade of the same scale, not null
     * @return true if this grade's rank is the same or better
     * @throws IllegalArgumentException if the grades belong to different scales
     */
    public boolean isAtLeast(Grade other) {
        Objects.requireNonNull(other, "other");
        if (!scaleName().equals(other.scaleName())) {
            throw new IllegalArgumentException("Cannot compare grades of different scales: "
                    + this + " (" + scaleName() + ") and " + other + " (" + other.scaleName() + ")");
        }
        return rank() <= other.rank();
    }

    /**
     * Returns the label.
     *
     * @return the label, not null
     */
    @Override
    public String toString() {
        return label();
    }
}
