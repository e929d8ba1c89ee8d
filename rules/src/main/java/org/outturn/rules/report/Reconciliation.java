package org.outturn.rules.report;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The reconciliation of a report's published ratings with the recomputed ones: how many rows agree,
 * disagree, could not be recomputed (and why) or had no published rating.
 *
 * <p>Example: {@code 8 agree, 3 disagree, 2 not recomputable (1 no value, 1 no policy), 150 not
 * published}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Reconciliation {

    private final Map<Agreement, Long> byAgreement;
    private final Map<NotRecomputable, Long> byReason;

    private Reconciliation(Map<Agreement, Long> byAgreement, Map<NotRecomputable, Long> byReason) {
        this.byAgreement = byAgreement;
        this.byReason = byReason;
    }

    /**
     * Counts the agreements of rows; the reasons are counted for the {@link Agreement#NOT_RECOMPUTABLE} rows.
     *
     * @param rows  the rows, not null, no null elements
     * @return the reconciliation, not null
     */
    public static Reconciliation of(Collection<ReportRow> rows) {
        Objects.requireNonNull(rows, "rows");
        Map<Agreement, Long> agreements = new EnumMap<>(Agreement.class);
        Map<NotRecomputable, Long> reasons = new EnumMap<>(NotRecomputable.class);
        for (ReportRow row : rows) {
            Objects.requireNonNull(row, "row");
            agreements.merge(row.agreement(), 1L, Long::sum);
            if (row.agreement() == Agreement.NOT_RECOMPUTABLE) {
                reasons.merge(row.notRecomputable().orElseThrow(), 1L, Long::sum);
            }
        }
        return new Reconciliation(Collections.unmodifiableMap(agreements), Collections.unmodifiableMap(reasons));
    }

    /**
     * Returns how many rows have an agreement.
     *
     * @param agreement  the agreement, not null
     * @return the count, zero or more
     */
    public long count(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        return byAgreement.getOrDefault(agreement, 0L);
    }

    /**
     * Returns how many rows with a published rating could not be recomputed for a reason.
     *
     * @param reason  the reason, not null
     * @return the count, zero or more
     */
    public long count(NotRecomputable reason) {
        Objects.requireNonNull(reason, "reason");
        return byReason.getOrDefault(reason, 0L);
    }

    /**
     * Returns the counts by agreement, in the enum's order, leaving out kinds that no row has.
     *
     * @return the counts, unmodifiable, not null
     */
    public Map<Agreement, Long> counts() {
        return byAgreement;
    }

    /**
     * Returns the counts of not-recomputable rows by reason, in the enum's order, leaving out reasons
     * that no row has.
     *
     * @return the counts, unmodifiable, not null
     */
    public Map<NotRecomputable, Long> notRecomputable() {
        return byReason;
    }

    /**
     * Returns how many rows were counted.
     *
     * @return the count, zero or more
     */
    public long total() {
        return byAgreement.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Returns how many rows had both a published and a recomputed rating to compare: those that agree
     * plus those that disagree.
     *
     * @return the count, zero or more
     */
    public long compared() {
        return count(Agreement.AGREES) + count(Agreement.DISAGREES);
    }

    /**
     * Returns the counts in words, every kind named even when zero:
     * {@code 8 agree, 3 disagree, 2 not recomputable (1 no value, 1 no policy), 150 not published}.
     *
     * @return the words, not null
     */
    public String summary() {
        StringJoiner reasons = new StringJoiner(", ", " (", ")");
        reasons.setEmptyValue("");
        byReason.forEach((reason, count) -> reasons.add(count + " " + reason.displayName()));
        return count(Agreement.AGREES) + " agree, " + count(Agreement.DISAGREES) + " disagree, "
                + count(Agreement.NOT_RECOMPUTABLE) + " not recomputable" + reasons + ", "
                + count(Agreement.NOT_PUBLISHED) + " not published";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Reconciliation other && byAgreement.equals(other.byAgreement)
                && byReason.equals(other.byReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byAgreement, byReason);
    }

    /**
     * Returns {@code Reconciliation[} and the {@link #summary()} {@code ]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "Reconciliation[" + summary() + "]";
    }
}
