package org.outturn.core;

import java.util.Objects;

/**
 * A comparator whose values an indicator is benchmarked against, such as {@code England},
 * {@code London} or {@code Statistical neighbours}.
 *
 * <p>The name is the canonical notation: {@link #toString()} prints it and {@link #of(String)}
 * reads it back. Names compare exactly, case included.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BenchmarkGroup implements Comparable<BenchmarkGroup> {

    /** The value for England. */
    public static final BenchmarkGroup ENGLAND = new BenchmarkGroup("England");
    /** The value for London. */
    public static final BenchmarkGroup LONDON = new BenchmarkGroup("London");
    /** The average of the council's statistical neighbours. */
    public static final BenchmarkGroup STATISTICAL_NEIGHBOURS = new BenchmarkGroup("Statistical neighbours");

    private final String name;

    private BenchmarkGroup(String name) {
        this.name = name;
    }

    /**
     * Returns the comparator with the given name; the three well-known names give the constants.
     *
     * @param name  the name, such as {@code England} or {@code Outer London}, not blank
     * @return the comparator, not null
     * @throws IllegalArgumentException if the name is blank or has surrounding white space
     */
    public static BenchmarkGroup of(String name) {
        Objects.requireNonNull(name, "name");
        for (BenchmarkGroup known : new BenchmarkGroup[] {ENGLAND, LONDON, STATISTICAL_NEIGHBOURS}) {
            if (known.name.equals(name)) {
                return known;
            }
        }
        return new BenchmarkGroup(Checks.notBlank("benchmark group", name));
    }

    /**
     * Returns the name.
     *
     * @return the name, not blank
     */
    public String name() {
        return name;
    }

    /**
     * Orders comparators by name.
     *
     * @param other  the other comparator, not null
     * @return the comparison of the names
     */
    @Override
    public int compareTo(BenchmarkGroup other) {
        return name.compareTo(other.name);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BenchmarkGroup other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /**
     * Returns the name.
     *
     * @return the name, not null
     */
    @Override
    public String toString() {
        return name;
    }
}
