package org.outturn.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.UnratedReason;

/**
 * Counts of ratings: how many of each {@link Rag} colour, and how many unrated for each
 * {@link UnratedReason}.
 *
 * <p>Shares are percentages of a count, as {@link BigDecimal}s rounded {@link RoundingMode#HALF_UP}
 * to one decimal place: 12 Green of 57 items is {@code 21.1}. The share of nothing (no items, or no
 * rated items for {@link #shareOfRated(Rag)}) is zero, {@code 0.0}; check {@link #total()} or
 * {@link #rated()} to tell an empty tally from a tally with no items of a colour.
 *
 * <p>Example: {@code Tally[total=57, Green=12, Amber=10, Red=6, unrated=29 {NO_TARGET=27, NO_OUTTURN=2}]}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Tally {

    private static final Rag[] RAGS = Rag.values();
    private static final UnratedReason[] REASONS = UnratedReason.values();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SHARE_SCALE = 1;
    private static final Tally EMPTY = new Tally(new long[RAGS.length], new long[REASONS.length]);

    /** Counts indexed by {@link Rag#ordinal()}. */
    private final long[] byRag;
    /** Counts indexed by {@link UnratedReason#ordinal()}. */
    private final long[] byReason;

    private Tally(long[] byRag, long[] byReason) {
        this.byRag = byRag;
        this.byReason = byReason;
    }

    /**
     * Returns the tally of no ratings: every count zero, every share {@code 0.0}.
     *
     * @return the empty tally, not null
     */
    public static Tally empty() {
        return EMPTY;
    }

    /**
     * Counts ratings.
     *
     * @param ratings  the ratings to count, not null, no null elements
     * @return the tally, not null
     * @throws NullPointerException if an element is null, with the message {@code ratings[index]}
     */
    public static Tally of(Collection<? extends Rating> ratings) {
        Objects.requireNonNull(ratings, "ratings");
        Counter counter = new Counter();
        for (Rating rating : ratings) {
            counter.add(Objects.requireNonNull(rating, () -> "ratings[" + counter.total + "]"));
        }
        return counter.toTally();
    }

    /**
     * Returns the tally with the given counts, as recorded in a summary: the inverse of
     * {@link #count(Rag)} and {@link #count(UnratedReason)}. A colour or reason not in a map counts zero.
     *
     * <p>Example: {@code Tally.ofCounts(Map.of(Rag.GREEN, 12L, Rag.RED, 6L), Map.of(UnratedReason.NO_TARGET, 27L))}.
     *
     * @param byRag  the count of each colour, not null, no null keys or values
     * @param byReason  the count unrated for each reason, not null, no null keys or values
     * @return the tally, not null
     * @throws IllegalArgumentException if a count is negative, as in
     *     {@code Invalid value for count of GREEN (must not be negative): -1}, or the total exceeds
     *     {@link Long#MAX_VALUE}
     */
    public static Tally ofCounts(Map<Rag, Long> byRag, Map<UnratedReason, Long> byReason) {
        Objects.requireNonNull(byRag, "byRag");
        Objects.requireNonNull(byReason, "byReason");
        long[] rags = new long[RAGS.length];
        long[] reasons = new long[REASONS.length];
        long total = 0;
        for (Map.Entry<Rag, Long> entry : byRag.entrySet()) {
            long count = checkedCount(Objects.requireNonNull(entry.getKey(), "rag"), entry.getValue());
            rags[entry.getKey().ordinal()] = count;
            total = checkedSum(total, count);
        }
        for (Map.Entry<UnratedReason, Long> entry : byReason.entrySet()) {
            long count = checkedCount(Objects.requireNonNull(entry.getKey(), "reason"), entry.getValue());
            reasons[entry.getKey().ordinal()] = count;
            total = checkedSum(total, count);
        }
        return total == 0 ? EMPTY : new Tally(rags, reasons);
    }

    private static long checkedCount(Enum<?> key, Long count) {
        Objects.requireNonNull(count, "count");
        if (count < 0) {
            throw new IllegalArgumentException("Invalid value for count of " + key + " (must not be negative): "
                    + count);
        }
        return count;
    }

    private static long checkedSum(long total, long count) {
        try {
            return Math.addExact(total, count);
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException("Invalid value for counts (total must not exceed " + Long.MAX_VALUE
                    + "): " + total + " + " + count, ex);
        }
    }

    /** Returns the sum of this tally and another, count by count. */
    Tally plus(Tally other) {
        long[] rags = byRag.clone();
        long[] reasons = byReason.clone();
        for (int i = 0; i < rags.length; i++) {
            rags[i] = checkedSum(rags[i], other.byRag[i]);
        }
        for (int i = 0; i < reasons.length; i++) {
            reasons[i] = checkedSum(reasons[i], other.byReason[i]);
        }
        checkedSum(total(), other.total());
        return new Tally(rags, reasons);
    }

    /**
     * Returns how many ratings have a colour.
     *
     * @param rag  the colour, not null
     * @return the count, zero or more
     */
    public long count(Rag rag) {
        Objects.requireNonNull(rag, "rag");
        return byRag[rag.ordinal()];
    }

    /**
     * Returns how many ratings are unrated for a reason.
     *
     * @param reason  the reason, not null
     * @return the count, zero or more
     */
    public long count(UnratedReason reason) {
        Objects.requireNonNull(reason, "reason");
        return byReason[reason.ordinal()];
    }

    /**
     * Returns how many ratings have a colour of at least the given one: {@code countAtLeast(GREEN)}
     * counts Green and Blue.
     *
     * @param rag  the worst colour counted, inclusive, not null
     * @return the count, zero or more
     */
    public long countAtLeast(Rag rag) {
        Objects.requireNonNull(rag, "rag");
        long count = 0;
        for (int i = rag.ordinal(); i < RAGS.length; i++) {
            count += byRag[i];
        }
        return count;
    }

    /**
     * Returns how many ratings have a colour.
     *
     * @return the count, zero or more
     */
    public long rated() {
        return Arrays.stream(byRag).sum();
    }

    /**
     * Returns how many ratings are unrated, for any reason.
     *
     * @return the count, zero or more
     */
    public long unrated() {
        return Arrays.stream(byReason).sum();
    }

    /**
     * Returns how many ratings were counted: {@link #rated()} plus {@link #unrated()}.
     *
     * @return the count, zero or more
     */
    public long total() {
        return rated() + unrated();
    }

    /**
     * Whether no ratings were counted.
     *
     * @return true if {@link #total()} is zero
     */
    public boolean isEmpty() {
        return total() == 0;
    }

    /**
     * Returns the share of all ratings, rated or not, that have a colour, as a percentage rounded
     * half up to one decimal place: 12 Green of 57 is {@code 21.1}.
     *
     * @param rag  the colour, not null
     * @return the percentage, from {@code 0.0} to {@code 100.0}, {@code 0.0} when the tally is empty
     */
    public BigDecimal share(Rag rag) {
        return percent(count(rag), total());
    }

    /**
     * Returns the share of the rated ratings that have a colour, as a percentage rounded half up to
     * one decimal place: 12 Green of 28 rated is {@code 42.9}.
     *
     * @param rag  the colour, not null
     * @return the percentage, from {@code 0.0} to {@code 100.0}, {@code 0.0} when none is rated
     */
    public BigDecimal shareOfRated(Rag rag) {
        return percent(count(rag), rated());
    }

    /**
     * Returns the share of all ratings, rated or not, that have a colour of at least the given one,
     * as a percentage rounded half up to one decimal place: {@code shareAtLeast(GREEN)} is the share
     * that is Green or Blue.
     *
     * @param rag  the worst colour counted, inclusive, not null
     * @return the percentage, from {@code 0.0} to {@code 100.0}, {@code 0.0} when the tally is empty
     */
    public BigDecimal shareAtLeast(Rag rag) {
        return percent(countAtLeast(rag), total());
    }

    /**
     * Returns the share of all ratings that are unrated for a reason, as a percentage rounded half
     * up to one decimal place.
     *
     * @param reason  the reason, not null
     * @return the percentage, from {@code 0.0} to {@code 100.0}, {@code 0.0} when the tally is empty
     */
    public BigDecimal share(UnratedReason reason) {
        return percent(count(reason), total());
    }

    /**
     * Returns {@code part} as a percentage of {@code whole}, rounded half up to one decimal place,
     * or {@code 0.0} when the whole is zero.
     */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(SHARE_SCALE);
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), SHARE_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Compares the counts of every colour and every unrated reason.
     *
     * @param obj  the object to compare with, null returns false
     * @return true if all counts are equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Tally other
                && Arrays.equals(byRag, other.byRag)
                && Arrays.equals(byReason, other.byReason);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(byRag) + Arrays.hashCode(byReason);
    }

    /**
     * Returns the counts, best colour first, Blue only when there is any, then the unrated count with
     * its non-zero reasons: {@code Tally[total=57, Green=12, Amber=10, Red=6, unrated=29 {NO_TARGET=27,
     * NO_OUTTURN=2}]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Tally[total=").append(total());
        for (int i = RAGS.length - 1; i >= 0; i--) {
            if (RAGS[i] != Rag.BLUE || byRag[i] != 0) {
                text.append(", ").append(RAGS[i].displayName()).append('=').append(byRag[i]);
            }
        }
        text.append(", unrated=").append(unrated());
        if (unrated() != 0) {
            StringJoiner reasons = new StringJoiner(", ", " {", "}");
            for (UnratedReason reason : REASONS) {
                if (byReason[reason.ordinal()] != 0) {
                    reasons.add(reason + "=" + byReason[reason.ordinal()]);
                }
            }
            text.append(reasons);
        }
        return text.append(']').toString();
    }

    /** A mutable count, confined to the method that builds a tally. */
    static final class Counter {

        private final long[] byRag = new long[RAGS.length];
        private final long[] byReason = new long[REASONS.length];
        private int total;

        void add(Rating rating) {
            if (rating.isRated()) {
                byRag[rating.rag().orElseThrow().ordinal()]++;
            } else {
                byReason[rating.unratedReason().orElseThrow().ordinal()]++;
            }
            total++;
        }

        Tally toTally() {
            return total == 0 ? EMPTY : new Tally(byRag.clone(), byReason.clone());
        }
    }
}
