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
 * <p>The policy is named either once, for every period ({@link #policy()}), or per period
 * ({@link #policiesByPeriod()}), as when a council moved from a 5% to a 10% tolerance: the policy
 * whose period contains an outturn's period rates it, as {@link Indicator#targetFor(ReportingPeriod)}
 * finds a target. An entry that names no policy is rated with its document's
 * {@linkplain OutturnDocument#defaultPolicy() default policy}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorEntry {

    private final Indicator indicator;
    private final SortedMap<ReportingPeriod, Outturn> outturns;
    private final String policy;
    private final SortedMap<ReportingPeriod, String> policiesByPeriod;
    private final SortedMap<ReportingPeriod, Rating> published;
    private final List<String> notes;

    private IndicatorEntry(Indicator indicator, SortedMap<ReportingPeriod, Outturn> outturns, String policy,
            SortedMap<ReportingPeriod, String> policiesByPeriod, SortedMap<ReportingPeriod, Rating> published,
            List<String> notes) {
        this.indicator = indicator;
        this.outturns = outturns;
        this.policy = policy;
        this.policiesByPeriod = policiesByPeriod;
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
        SortedMap<ReportingPeriod, Outturn> byPeriod = outturnsByPeriod(indicator, outturns);
        checkPolicyName(policy);
        SortedMap<ReportingPeriod, Rating> ratings;
        if (published.isEmpty()) {
            ratings = SortedArrayMap.empty();
        } else {
            TreeMap<ReportingPeriod, Rating> tree = new TreeMap<>();
            published.forEach((period, rating) -> tree.put(Objects.requireNonNull(period, "period"),
                    Objects.requireNonNull(rating, "rating")));
            ratings = SortedArrayMap.copyOf(tree);
        }
        return new IndicatorEntry(indicator, byPeriod, policy, Collections.emptySortedMap(), ratings, checkedNotes);
    }

    /**
     * Returns the outturns by period, refusing two of one period. Outturns are usually given in period
     * order (a document lists them so): they are then taken in one pass, each compared with the one
     * before, into two arrays; otherwise they are put into a {@code TreeMap} one by one, as before, so
     * that the outturn reported for a repeated period is the same: the first, in the order given, whose
     * period an earlier outturn has.
     */
    private static SortedMap<ReportingPeriod, Outturn> outturnsByPeriod(Indicator indicator,
            Collection<Outturn> outturns) {
        Object[] periods = new Object[outturns.size()];
        Object[] values = new Object[periods.length];
        int size = 0;
        ReportingPeriod previous = null;
        for (Outturn outturn : outturns) {
            Objects.requireNonNull(outturn, "outturn");
            ReportingPeriod period = outturn.period();
            int order = previous == null ? -1 : previous.compareTo(period);
            if (order == 0) {
                throw repeated(indicator, period);
            }
            if (order > 0 || size == periods.length) {
                return outturnsInTree(indicator, outturns);
            }
            periods[size] = period;
            values[size] = outturn;
            size++;
            previous = period;
        }
        if (size != periods.length) {
            // The collection held fewer outturns than it said.
            return outturnsInTree(indicator, outturns);
        }
        return SortedArrayMap.ofSorted(periods, values);
    }

    private static SortedMap<ReportingPeriod, Outturn> outturnsInTree(Indicator indicator, Collection<Outturn> outturns) {
        TreeMap<ReportingPeriod, Outturn> byPeriod = new TreeMap<>();
        for (Outturn outturn : outturns) {
            Objects.requireNonNull(outturn, "outturn");
            if (byPeriod.put(outturn.period(), outturn) != null) {
                throw repeated(indicator, outturn.period());
            }
        }
        return SortedArrayMap.copyOf(byPeriod);
    }

    private static IllegalArgumentException repeated(Indicator indicator, ReportingPeriod period) {
        return new IllegalArgumentException("Invalid value for outturns of " + indicator.code()
                + " (one per period): " + period);
    }

    private static void checkPolicyName(String policy) {
        if (policy != null && policy.isBlank()) {
            throw new IllegalArgumentException("Invalid value for policy (must not be blank): '" + policy + "'");
        }
    }

    /**
     * Returns a copy that names a policy per period instead of one for every period: the policy whose
     * period contains an outturn's period rates it, and an outturn in none of the periods has no
     * policy (its document's default policy does not apply to it).
     *
     * <p>Example: {@code entry.withPoliciesByPeriod(Map.of(FinancialYear.parse("2023/24"), "tolerance-5",
     * FinancialYear.parse("2024/25"), "tolerance-10"))}.
     *
     * @param policies  the name of the policy for each period, not null, not empty, no null keys or
     *     values; no two periods may overlap
     * @return the entry, not null
     * @throws IllegalArgumentException if the map is empty, a name is blank, or two periods overlap, as
     *     in {@code Invalid value for policies of 16 (periods must not overlap): Apr-2022 and 2022/23}
     */
    public IndicatorEntry withPoliciesByPeriod(Map<? extends ReportingPeriod, String> policies) {
        Objects.requireNonNull(policies, "policies");
        if (policies.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for policies of " + indicator.code()
                    + " (must name at least one period): {}");
        }
        SortedMap<ReportingPeriod, String> byPeriod = new TreeMap<>();
        policies.forEach((period, name) -> {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(name, "policy");
            checkPolicyName(name);
            byPeriod.put(period, name);
        });
        List<ReportingPeriod> periods = new ArrayList<>(byPeriod.keySet());
        for (int i = 0; i < periods.size(); i++) {
            for (int j = i + 1; j < periods.size(); j++) {
                if (periods.get(i).overlaps(periods.get(j))) {
                    throw new IllegalArgumentException("Invalid value for policies of " + indicator.code()
                            + " (periods must not overlap): " + periods.get(i) + " and " + periods.get(j));
                }
            }
        }
        return new IndicatorEntry(indicator, outturns, null, Collections.unmodifiableSortedMap(byPeriod),
                published, notes);
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
     * Returns the name of the document's RAG policy that rates this indicator in every period.
     *
     * @return the policy's name, empty when none is named or policies are named per period
     */
    public Optional<String> policy() {
        return Optional.ofNullable(policy);
    }

    /**
     * Returns the names of the document's RAG policies per period, when this entry names them so.
     *
     * @return the policies' names by period, in period order, no two periods overlapping, not null,
     *     empty when the entry names one policy or none
     */
    public SortedMap<ReportingPeriod, String> policiesByPeriod() {
        return policiesByPeriod;
    }

    /**
     * Returns every policy name this entry uses, in period order.
     *
     * @return the names, possibly repeated, not null, empty when the entry names none
     */
    public List<String> policyNames() {
        return policy != null ? List.of(policy) : List.copyOf(policiesByPeriod.values());
    }

    /**
     * Whether this entry names a policy, for every period or per period.
     *
     * @return true if it names one
     */
    public boolean namesPolicy() {
        return policy != null || !policiesByPeriod.isEmpty();
    }

    /**
     * Returns the name of the policy this entry names for a period: the one for every period, or the
     * one whose period contains the given period (or is it).
     *
     * @param period  the period, such as an outturn's, not null
     * @return the policy's name, empty when the entry names none for the period
     */
    public Optional<String> policyFor(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        if (policy != null) {
            return Optional.of(policy);
        }
        String exact = policiesByPeriod.get(period);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (Map.Entry<ReportingPeriod, String> entry : policiesByPeriod.entrySet()) {
            if (entry.getKey().contains(period)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
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
                && policiesByPeriod.equals(other.policiesByPeriod)
                && published.equals(other.published) && notes.equals(other.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, outturns, policy, policiesByPeriod, published, notes);
    }

    /**
     * Returns a summary such as {@code IndicatorEntry[ASCH_07, 2 outturns, policy bexley]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "IndicatorEntry[" + indicator.code() + ", " + outturns.size() + " outturns"
                + (policy == null ? "" : ", policy " + policy)
                + (policiesByPeriod.isEmpty() ? "" : ", policies " + policiesByPeriod) + "]";
    }
}
