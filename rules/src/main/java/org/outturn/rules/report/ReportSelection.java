package org.outturn.rules.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.outturn.core.ReportingPeriod;

/**
 * Which outturns of each indicator a {@link ReportAssessment} rates: every outturn, the latest of
 * each indicator, or those of one period.
 *
 * <p>Examples: {@code ReportSelection.all()}, {@code ReportSelection.latest()},
 * {@code ReportSelection.period(FinancialYear.parse("2024/25"))}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportSelection {

    private static final ReportSelection ALL = new ReportSelection(null, false);
    private static final ReportSelection LATEST = new ReportSelection(null, true);

    /** The one period chosen, or null. */
    private final ReportingPeriod period;
    private final boolean latest;

    private ReportSelection(ReportingPeriod period, boolean latest) {
        this.period = period;
        this.latest = latest;
    }

    /**
     * Returns the selection of every outturn.
     *
     * @return the selection, not null
     */
    public static ReportSelection all() {
        return ALL;
    }

    /**
     * Returns the selection of each indicator's latest outturn: the one for its last period in period order.
     *
     * @return the selection, not null
     */
    public static ReportSelection latest() {
        return LATEST;
    }

    /**
     * Returns the selection of the outturns for one period, exactly that period.
     *
     * @param period  the period, such as {@code 2024/25}, not null
     * @return the selection, not null
     */
    public static ReportSelection period(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        return new ReportSelection(period, false);
    }

    /**
     * Returns the one period chosen.
     *
     * @return the period, empty for {@link #all()} and {@link #latest()}
     */
    public Optional<ReportingPeriod> onePeriod() {
        return Optional.ofNullable(period);
    }

    /**
     * Whether this is {@link #latest()}.
     *
     * @return true for the latest outturn of each indicator
     */
    public boolean isLatest() {
        return latest;
    }

    /**
     * Returns the periods chosen from a period-keyed map, in period order.
     *
     * @param periods  an indicator's outturns or published ratings by period, not null
     * @return the chosen periods, not null, possibly empty
     */
    public List<ReportingPeriod> choose(SortedMap<ReportingPeriod, ?> periods) {
        Objects.requireNonNull(periods, "periods");
        if (period != null) {
            return periods.containsKey(period) ? List.of(period) : List.of();
        }
        if (latest) {
            return periods.isEmpty() ? List.of() : List.of(periods.lastKey());
        }
        return List.copyOf(periods.keySet());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ReportSelection other && latest == other.latest && Objects.equals(period, other.period);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, latest);
    }

    /**
     * Returns the selection in words: {@code every period}, {@code latest period of each indicator} or
     * {@code period 2024/25}.
     *
     * @return the words, not null
     */
    @Override
    public String toString() {
        if (period != null) {
            return "period " + period;
        }
        return latest ? "latest period of each indicator" : "every period";
    }
}
