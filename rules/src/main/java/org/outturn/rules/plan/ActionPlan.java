package org.outturn.rules.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A corporate action plan: activities with their year-end {@link ActionStatus}, in the order
 * published, and the counts a report's headline is made of.
 *
 * <p>Published plans can repeat rows: Bexley's 2024/25 report prints the Place directorate's first 12
 * activities twice, 128 rows for 116 activities. Its headline, "83% of the corporate plan action plan
 * activities are complete or on track", is 97 complete or on track of the 116 distinct activities,
 * 83.62% rounded down (rounded half up it would be 84%), not 109 of the 128 rows (85.16%). Count on
 * {@link #withoutDuplicates()} to reproduce such a figure, and round as the report does with
 * {@link #completeOrOnTrackShare(int, RoundingMode)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ActionPlan {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<ActionPlanItem> items;

    private ActionPlan(List<ActionPlanItem> items) {
        this.items = items;
    }

    /**
     * Returns a plan of the items, in the order given, repeated items included.
     *
     * @param items  the items, not null, no null elements
     * @return the plan, not null
     * @throws NullPointerException if an item is null, with the message {@code items[3]}
     */
    public static ActionPlan of(List<? extends ActionPlanItem> items) {
        Objects.requireNonNull(items, "items");
        List<ActionPlanItem> copy = new ArrayList<>(items.size());
        for (ActionPlanItem item : items) {
            int index = copy.size();
            copy.add(Objects.requireNonNull(item, () -> "items[" + index + "]"));
        }
        return new ActionPlan(Collections.unmodifiableList(copy));
    }

    /**
     * Returns the items in the order given, repeated items included.
     *
     * @return the items, not null, unmodifiable
     */
    public List<ActionPlanItem> items() {
        return items;
    }

    /**
     * Returns the number of items, repeated items included.
     *
     * @return the number of items, zero or more
     */
    public int size() {
        return items.size();
    }

    /**
     * Returns the items that repeat an earlier item, in order: each item
     * {@linkplain ActionPlanItem#equals(Object) equal} to one before it (same directorate, reference,
     * activity, status and ceased reason). An item printed three times appears here twice.
     *
     * @return the repeats, not null, unmodifiable, empty when there are none
     */
    public List<ActionPlanItem> duplicates() {
        Set<ActionPlanItem> seen = new HashSet<>();
        List<ActionPlanItem> repeats = new ArrayList<>();
        for (ActionPlanItem item : items) {
            if (!seen.add(item)) {
                repeats.add(item);
            }
        }
        return Collections.unmodifiableList(repeats);
    }

    /**
     * Returns the plan without the {@linkplain #duplicates() repeats}: each distinct item once, where
     * it first appeared.
     *
     * @return the plan, not null; this plan when there are no repeats
     */
    public ActionPlan withoutDuplicates() {
        Set<ActionPlanItem> seen = new HashSet<>();
        List<ActionPlanItem> distinct = new ArrayList<>();
        for (ActionPlanItem item : items) {
            if (seen.add(item)) {
                distinct.add(item);
            }
        }
        return distinct.size() == items.size() ? this : new ActionPlan(Collections.unmodifiableList(distinct));
    }

    /**
     * Returns the number of items with a status.
     *
     * @param status  the status, not null
     * @return the count, zero or more
     */
    public long count(ActionStatus status) {
        Objects.requireNonNull(status, "status");
        return items.stream().filter(item -> item.status() == status).count();
    }

    /**
     * Returns the number of items of each status, in the enum's order, with every status present
     * (zero when no item has it).
     *
     * @return the counts, not null, unmodifiable
     */
    public Map<ActionStatus, Long> countByStatus() {
        Map<ActionStatus, Long> counts = new EnumMap<>(ActionStatus.class);
        for (ActionStatus status : ActionStatus.values()) {
            counts.put(status, 0L);
        }
        for (ActionPlanItem item : items) {
            counts.merge(item.status(), 1L, Long::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Returns the number of items that are complete or on track:
     * {@linkplain ActionStatus#isCompleteOrOnTrack() Complete or Green}.
     *
     * @return the count, zero or more
     */
    public long completeOrOnTrack() {
        return items.stream().filter(item -> item.status().isCompleteOrOnTrack()).count();
    }

    /**
     * Returns the share of items that are complete or on track, as a percentage rounded half up to
     * one decimal place: 97 of 116 is {@code 83.6}.
     *
     * @return the percentage, from {@code 0.0} to {@code 100.0}, {@code 0.0} for an empty plan
     */
    public BigDecimal completeOrOnTrackShare() {
        return completeOrOnTrackShare(1, RoundingMode.HALF_UP);
    }

    /**
     * Returns the share of items that are complete or on track, as a percentage rounded as a report
     * rounds it. Bexley's 2024/25 headline of 83% for 97 of 116 (83.62%) is
     * {@code completeOrOnTrackShare(0, RoundingMode.DOWN)}; rounded half up it would be 84.
     *
     * @param scale  the number of decimal places, zero or more
     * @param rounding  how to round, not null
     * @return the percentage, from {@code 0} to {@code 100} at the given scale, zero for an empty plan
     * @throws IllegalArgumentException if the scale is negative, as in
     *     {@code Invalid value for scale (must not be negative): -1}
     * @throws ArithmeticException if the rounding is {@link RoundingMode#UNNECESSARY} and the share
     *     needs rounding
     */
    public BigDecimal completeOrOnTrackShare(int scale, RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        if (scale < 0) {
            throw new IllegalArgumentException("Invalid value for scale (must not be negative): " + scale);
        }
        if (items.isEmpty()) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return BigDecimal.valueOf(completeOrOnTrack()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(items.size()), scale, rounding);
    }

    /**
     * Returns the plan of each directorate, in the order in which each directorate's first item
     * appears, each keeping its items' order.
     *
     * @return the plans by directorate, not null, unmodifiable
     */
    public Map<String, ActionPlan> byDirectorate() {
        Map<String, List<ActionPlanItem>> lists = new LinkedHashMap<>();
        for (ActionPlanItem item : items) {
            lists.computeIfAbsent(item.directorate(), directorate -> new ArrayList<>()).add(item);
        }
        Map<String, ActionPlan> plans = new LinkedHashMap<>();
        lists.forEach((directorate, list) ->
                plans.put(directorate, new ActionPlan(Collections.unmodifiableList(list))));
        return Collections.unmodifiableMap(plans);
    }

    /**
     * Compares the items and their order.
     *
     * @param obj  the object to compare with, null returns false
     * @return true if the items are equal and in the same order
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof ActionPlan other && items.equals(other.items);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return items.hashCode();
    }

    /**
     * Returns the size and the counts by status, such as
     * {@code ActionPlan[items=116, Complete=39, Green=58, Amber=17, Red=0, Ceased=2]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ActionPlan[items=").append(items.size());
        countByStatus().forEach((status, count) ->
                text.append(", ").append(status.displayName()).append('=').append(count));
        return text.append(']').toString();
    }
}
