package org.outturn.rules.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Rating;
import org.outturn.core.ReportingPeriod;

/**
 * One indicator of an {@link OutturnDocument} with its data: the outturns by period, the name of
 * the RAG policy it is rated with, the ratings the source report published, and notes on the row.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorEntry {

    private final Indicator indicator;
    private final SortedMap<ReportingPeriod, Outturn> outturns;
    private final String policy;
    private final SortedMap<ReportingPeriod, Rating> published;
    private final List<String> notes;

    private IndicatorEntry(Indicator indicator, SortedMap<ReportingPeriod, Outturn> outturns, String policy,
            SortedMap<ReportingPeriod, Rating> published, List<String> notes) {
        this.indicator = indicator;
        this.outturns = outturns;
        this.policy = policy;
        this.published = published;
        this.notes = notes;
    }

    /**
     * Returns an entry.
     *
     * @param indicator  the indicator, with its targets and benchmarks, not null
     * @param outturns  the outturns, at most one per period, not null
     * @param policy  the name of the RAG policy in the document that rates this indicator, or null for none
     * @param published  the ratings the source report published, by period, not null
     * @return the entry, not null
     * @throws IllegalArgumentException if two outturns share a period, or the policy name is blank
     */
    public static IndicatorEntry of(Indicator indicator, Collection<Outturn> outturns, String policy,
            Map<ReportingPeriod, Rating> published) {
        return of(indicator, outturns, policy, published, List.of());
    }

    /**
     * Returns an entry with notes, such as what the source printed illegibly and how it was read.
     *
     * @param indicator  the indicator, with its targets and benchmarks, not null
     * @param outturns  the outturns, at most one per period, not null
     * @param policy  the name of the RAG policy in the document that rates this indicator, or null for none
     * @param published  the ratings the source report published, by period, not null
     * @param notes  remarks on this indicator's row, in order, each not blank, not null, may be empty
     * @return the entry, not null
     * @throws IllegalArgumentException if two outturns share a period, or the policy name or a note is blank
     */
    public static IndicatorEntry of(Indicator indicator, Collection<Outturn> outturns, String policy,
            Map<ReportingPeriod, Rating> published, List<String> notes) {
        Objects.requireNonNull(indicator, "indicator");
        List<String> checkedNotes = OutturnDocument.checkNotes(notes);
        Objects.requireNonNull(outturns, "outturns");
        Objects.requireNonNull(published, "published");
        SortedMap<ReportingPeriod, Outturn> byPeriod = new TreeMap<>();
        for (Outturn outturn : outturns) {
            Objects.requireNonNull(outturn, "outturn");
            if (byPeriod.put(outturn.period(), outturn) != null) {
                throw new IllegalArgumentException("Invalid value for outturns of " + indicator.code()
                        + " (one per period): " + outturn.period());
            }
        }
        if (policy != null && policy.isBlank()) {
            throw new IllegalArgumentException("Invalid value for policy (must not be blank): '" + policy + "'");
        }
        SortedMap<ReportingPeriod, Rating> ratings = new TreeMap<>();
        published.forEach((period, rating) -> ratings.put(Objects.requireNonNull(period, "period"),
                Objects.requireNonNull(rating, "rating")));
        return new IndicatorEntry(indicator, Collections.unmodifiableSortedMap(byPeriod), policy,
                Collections.unmodifiableSortedMap(ratings), checkedNotes);
    }

    /**
     * Returns an entry with outturns only.
     *
     * @param indicator  the indicator, not null
     * @param outturns  the outturns, at most one per period, not null
     * @return the entry, not null
     * @throws IllegalArgumentException if two outturns share a period
     */
    public static IndicatorEntry of(Indicator indicator, Collection<Outturn> outturns) {
        return of(indicator, outturns, null, Map.of());
    }

    /**
     * Returns the indicator.
     *
     * @return the indicator, not null
     */
    public Indicator indicator() {
        return indicator;
    }

    /**
     * Returns the outturns by period, in period order.
     *
     * @return the outturns, not null
     */
    public SortedMap<ReportingPeriod, Outturn> outturns() {
        return outturns;
    }

    /**
     * Returns the outturns in period order.
     *
     * @return the outturns, not null
     */
    public List<Outturn> outturnList() {
        return Collections.unmodifiableList(new ArrayList<>(outturns.values()));
    }

    /**
     * Returns the name of the document's RAG policy that rates this indicator.
     *
     * @return the policy's name, empty when none is named
     */
    public Optional<String> policy() {
        return Optional.ofNullable(policy);
    }

    /**
     * Returns the ratings the source report published, by period, as printed: a colour, or unrated
     * with the report's wording.
     *
     * @return the published ratings, not null
     */
    public SortedMap<ReportingPeriod, Rating> published() {
        return published;
    }

    /**
     * Returns the notes on this indicator's row, in order, such as what the source printed illegibly
     * and how it was read.
     *
     * @return the notes, unmodifiable, empty when there are none, not null
     */
    public List<String> notes() {
        return notes;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof IndicatorEntry other && indicator.equals(other.indicator)
                && outturns.equals(other.outturns) && Objects.equals(policy, other.policy)
                && published.equals(other.published) && notes.equals(other.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, outturns, policy, published, notes);
    }

    /**
     * Returns a summary such as {@code IndicatorEntry[ASCH_07, 2 outturns, policy bexley]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "IndicatorEntry[" + indicator.code() + ", " + outturns.size() + " outturns"
                + (policy == null ? "" : ", policy " + policy) + "]";
    }
}
