package org.outturn.rules;

/**
 * Which side of each edge a value exactly on it falls: part of every RAG policy, because a value
 * on a boundary must never flip colour by accident.
 *
 * <p>Two edges matter: the <b>green edge</b> (the target, or the green threshold) and the <b>red
 * edge</b> (the end of the tolerance, or the red threshold). An inclusive green edge makes a value
 * exactly on it Green; an inclusive red edge makes a value exactly on it Red.
 *
 * <p>{@link #standard()} is the rule printed in Bexley's report, <i>Green = equal to or better than
 * target, Amber = within 5% off target, Red = 5% or more from meeting target</i>: both edges
 * inclusive. {@link #rangeOfAcceptablePerformance()} reads a range such as {@code 95-90%} as
 * acceptable down to and including 90: the green edge inclusive, the red edge exclusive.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Edges {

    private static final Edges STANDARD = new Edges(true, true);
    private static final Edges RANGE = new Edges(true, false);

    private final boolean greenInclusive;
    private final boolean redInclusive;

    private Edges(boolean greenInclusive, boolean redInclusive) {
        this.greenInclusive = greenInclusive;
        this.redInclusive = redInclusive;
    }

    /**
     * Returns the edges of the rule "Green = equal to or better than target; Red = 5% or more from
     * meeting target": a value on the target is Green, a value on the tolerance's end is Red.
     *
     * @return both edges inclusive, not null
     */
    public static Edges standard() {
        return STANDARD;
    }

    /**
     * Returns the edges of a range of acceptable performance such as {@code 95-90%}: a value on the
     * green threshold is Green, a value on the red threshold is still Amber.
     *
     * @return the green edge inclusive and the red edge exclusive, not null
     */
    public static Edges rangeOfAcceptablePerformance() {
        return RANGE;
    }

    /**
     * Returns the given edges.
     *
     * @param greenInclusive  whether a value exactly on the green edge is Green
     * @param redInclusive  whether a value exactly on the red edge is Red
     * @return the edges, not null
     */
    public static Edges of(boolean greenInclusive, boolean redInclusive) {
        return greenInclusive ? (redInclusive ? STANDARD : RANGE) : new Edges(false, redInclusive);
    }

    /**
     * Whether a value exactly on the green edge is Green (otherwise it is Amber, or Red when there
     * is no room for Amber).
     *
     * @return true if the green edge is inclusive
     */
    public boolean isGreenInclusive() {
        return greenInclusive;
    }

    /**
     * Whether a value exactly on the red edge is Red (otherwise it is Amber).
     *
     * @return true if the red edge is inclusive
     */
    public boolean isRedInclusive() {
        return redInclusive;
    }

    /**
     * Whether a value is Green, given how it compares with the green edge.
     *
     * @param better  positive when the value is better than the edge, zero when on it, negative when worse
     */
    boolean isGreen(int better) {
        return better > 0 || better == 0 && greenInclusive;
    }

    /**
     * Whether a value is Red, given how far it lies beyond the red edge.
     *
     * @param beyond  positive when the value lies beyond the red edge, zero when on it, negative when inside
     */
    boolean isRed(int beyond) {
        return beyond > 0 || beyond == 0 && redInclusive;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Edges other && greenInclusive == other.greenInclusive
                && redInclusive == other.redInclusive;
    }

    @Override
    public int hashCode() {
        return (greenInclusive ? 2 : 0) + (redInclusive ? 1 : 0);
    }

    /**
     * Returns a description such as {@code green edge inclusive, red edge exclusive}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "green edge " + (greenInclusive ? "inclusive" : "exclusive") + ", red edge "
                + (redInclusive ? "inclusive" : "exclusive");
    }
}
