package org.outturn.core;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The targets of an indicator arranged for {@link Indicator#targetFor(ReportingPeriod)}, built once per
 * indicator: a hash lookup for a target set for the period itself, then, for a period without one, a scan
 * of the targets' first and last days as epoch days, in the targets' order (by start), that stops at the
 * first target starting after the period. Every answer is a ready-made {@code Optional}, so a lookup
 * allocates nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
final class TargetIndex {

    /** Up to this many targets, a period's own target is found by a scan of their periods. */
    static final int SCANNED = 8;

    /** The targets' periods, in the targets' order. */
    private final ReportingPeriod[] periods;
    /**
     * The answer by period, for an indicator of more than {@value #SCANNED} targets; null for fewer, whose periods
     * are scanned instead, which is faster than hashing a period for so few.
     */
    private final Map<ReportingPeriod, Optional<Target>> exact;
    /** The first day of each target's period, as an epoch day, in the targets' order. */
    private final long[] starts;
    /** The last day of each target's period, as an epoch day, in the targets' order. */
    private final long[] ends;
    /** The answer for each target, in the targets' order. */
    private final Optional<Target>[] answers;
    /**
     * What a strategy keeps for each target, in the targets' order, each null until kept: immutable objects,
     * written and read without synchronisation (a reader that misses one works it out again).
     */
    private final Object[] memos;

    /**
     * Indexes the targets of an indicator.
     *
     * @param targets  the targets by period, in their natural order, not null
     */
    @SuppressWarnings("unchecked")
    TargetIndex(SortedMap<ReportingPeriod, Target> targets) {
        int size = targets.size();
        periods = new ReportingPeriod[size];
        exact = size > SCANNED ? new HashMap<>(size * 2) : null;
        starts = new long[size];
        ends = new long[size];
        answers = new Optional[size];
        memos = new Object[size];
        int i = 0;
        for (Map.Entry<ReportingPeriod, Target> entry : targets.entrySet()) {
            ReportingPeriod period = entry.getKey();
            answers[i] = Optional.of(entry.getValue());
            starts[i] = period.startInclusive().toEpochDay();
            ends[i] = period.endInclusive().toEpochDay();
            periods[i] = period;
            if (exact != null) {
                exact.put(period, answers[i]);
            }
            i++;
        }
    }

    /**
     * Returns the target set for a period itself.
     *
     * @param period  the period, not null
     * @return the target, empty if the period has none of its own
     */
    Optional<Target> exact(ReportingPeriod period) {
        if (exact != null) {
            Optional<Target> answer = exact.get(period);
            return answer == null ? Optional.empty() : answer;
        }
        for (int i = 0; i < periods.length; i++) {
            if (periods[i] == period || periods[i].equals(period)) {
                return answers[i];
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the target of the shortest period that contains a period: of those equally short, the first
     * in the targets' order.
     *
     * @param period  the period, not null
     * @return the target, empty if no target's period contains it
     */
    Optional<Target> containing(ReportingPeriod period) {
        long start = period.startInclusive().toEpochDay();
        long end = period.endInclusive().toEpochDay();
        int best = -1;
        long bestLength = Long.MAX_VALUE;
        for (int i = 0; i < starts.length && starts[i] <= start; i++) {
            long length = ends[i] - starts[i];
            if (ends[i] >= end && length < bestLength) {
                best = i;
                bestLength = length;
            }
        }
        return best < 0 ? Optional.empty() : answers[best];
    }

    /**
     * Returns what was kept for a target of this index.
     *
     * @param target  the target, not null
     * @return the memo, null when none was kept or the target is not one of these (by identity)
     */
    Object memo(Target target) {
        int i = indexOf(target);
        return i < 0 ? null : memos[i];
    }

    /**
     * Keeps something for a target of this index, in place of what was kept before; does nothing for a target
     * that is not one of these (by identity).
     *
     * @param target  the target, not null
     * @param memo  the memo, immutable, not null
     */
    void remember(Target target, Object memo) {
        int i = indexOf(target);
        if (i >= 0) {
            memos[i] = memo;
        }
    }

    private int indexOf(Target target) {
        for (int i = 0; i < answers.length; i++) {
            if (answers[i].get() == target) {
                return i;
            }
        }
        return -1;
    }
}
