package org.outturn.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.outturn.core.Rating;

/**
 * Counts of ratings over a grouping of items, such as indicators by directorate or by priority theme:
 * a {@link Tally} per group and one for all items.
 *
 * <p>Groups are kept in the order in which their first item appears, whatever the type of the key;
 * sort {@link #groups()} yourself for another order.
 *
 * <p>Example: {@code Scorecard.of(assessments, Assessment::rating, a -> a.indicator().theme())}.
 *
 * <p>This class is immutable and thread-safe if the keys are.
 *
 * @param <K>  the type of the group keys
 */
public final class Scorecard<K> {

    /** The name of the one group of {@link #of(Collection, Function)}. */
    public static final String ALL = "All";

    private final Map<K, Tally> groups;
    private final Tally total;

    private Scorecard(Map<K, Tally> groups, Tally total) {
        this.groups = groups;
        this.total = total;
    }

    /**
     * Counts the ratings of items in groups.
     *
     * @param <T>  the type of the items
     * @param <K>  the type of the group keys
     * @param items  the items, not null, no null elements
     * @param rating  the rating of an item, not null, never returning null
     * @param group  the group of an item, not null, never returning null
     * @return the scorecard, not null, with no groups when there are no items
     * @throws NullPointerException if an item is null, or a function returns null for an item, with
     *     the messages {@code items[3]}, {@code rating(items[3])} and {@code group(items[3])}
     */
    public static <T, K> Scorecard<K> of(Collection<? extends T> items, Function<? super T, Rating> rating,
            Function<? super T, ? extends K> group) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(group, "group");
        Map<K, Tally.Counter> counters = new LinkedHashMap<>();
        Tally.Counter all = new Tally.Counter();
        int index = 0;
        for (T item : items) {
            String name = "items[" + index + "]";
            Objects.requireNonNull(item, name);
            Rating itemRating = Objects.requireNonNull(rating.apply(item), () -> "rating(" + name + ")");
            K key = Objects.requireNonNull(group.apply(item), () -> "group(" + name + ")");
            counters.computeIfAbsent(key, k -> new Tally.Counter()).add(itemRating);
            all.add(itemRating);
            index++;
        }
        Map<K, Tally> groups = new LinkedHashMap<>();
        counters.forEach((key, counter) -> groups.put(key, counter.toTally()));
        return new Scorecard<>(Collections.unmodifiableMap(groups), all.toTally());
    }

    /**
     * Counts the ratings of items in one group, named {@value #ALL}, which is present even when there
     * are no items.
     *
     * @param <T>  the type of the items
     * @param items  the items, not null, no null elements
     * @param rating  the rating of an item, not null, never returning null
     * @return the scorecard, not null, with the one group {@value #ALL}
     * @throws NullPointerException if an item is null, or the function returns null for an item, with
     *     the messages {@code items[3]} and {@code rating(items[3])}
     */
    public static <T> Scorecard<String> of(Collection<? extends T> items, Function<? super T, Rating> rating) {
        Scorecard<String> scorecard = of(items, rating, item -> ALL);
        return new Scorecard<>(Map.of(ALL, scorecard.total), scorecard.total);
    }

    /**
     * Returns the scorecard of recorded tallies, as in a summary: the inverse of {@link #groups()}.
     * The total is the sum of the groups' tallies.
     *
     * <p>Example: {@code Scorecard.ofTallies(Map.of("Place", Tally.ofCounts(Map.of(Rag.GREEN, 3L), Map.of())))}.
     *
     * @param <K>  the type of the group keys
     * @param groups  the tally of each group, in the order to keep, not null, no null keys or values
     * @return the scorecard, not null
     * @throws IllegalArgumentException if the total count exceeds {@link Long#MAX_VALUE}
     */
    public static <K> Scorecard<K> ofTallies(Map<? extends K, Tally> groups) {
        Objects.requireNonNull(groups, "groups");
        Map<K, Tally> copy = new LinkedHashMap<>();
        Tally total = Tally.empty();
        for (Map.Entry<? extends K, Tally> entry : groups.entrySet()) {
            K key = Objects.requireNonNull(entry.getKey(), "key");
            Tally tally = Objects.requireNonNull(entry.getValue(), () -> "groups[" + key + "]");
            copy.put(key, tally);
            total = total.plus(tally);
        }
        return new Scorecard<>(Collections.unmodifiableMap(copy), total);
    }

    /**
     * Returns the tally of each group, in the order in which each group's first item appeared.
     *
     * @return the groups, not null, unmodifiable
     */
    public Map<K, Tally> groups() {
        return groups;
    }

    /**
     * Returns the tally of one group.
     *
     * @param key  the group's key, not null
     * @return the group's tally, empty if no item is in the group
     */
    public Optional<Tally> group(K key) {
        Objects.requireNonNull(key, "key");
        return Optional.ofNullable(groups.get(key));
    }

    /**
     * Returns the tally of all items, in all groups.
     *
     * @return the tally, not null
     */
    public Tally total() {
        return total;
    }

    /**
     * Compares the groups, their order and their tallies.
     *
     * @param obj  the object to compare with, null returns false
     * @return true if the groups and tallies are equal and in the same order
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Scorecard<?> other
                && groups.equals(other.groups)
                && List.copyOf(groups.keySet()).equals(new ArrayList<>(other.groups.keySet()));
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return groups.hashCode();
    }

    /**
     * Returns the total and each group's tally:
     * {@code Scorecard[total=Tally[total=3, ...], groups={Place=Tally[total=2, ...], ...}]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "Scorecard[total=" + total + ", groups=" + groups + "]";
    }
}
