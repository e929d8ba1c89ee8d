package org.outturn.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A comparator's value for an indicator and period, such as England's {@code 62} children looked
 * after per 10,000 in 2021/22, or its absence with the wording a report printed ({@code Local
 * Measure}, {@code Not available}).
 *
 * <p>Equality compares values with {@code compareTo}, ignoring their scale.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Benchmark {

    Benchmark() {
    }

    /**
     * Returns the comparator.
     *
     * @return the comparator, not null
     */
    public abstract BenchmarkGroup group();

    /**
     * Returns the period the value is for.
     *
     * @return the period, not null
     */
    public abstract ReportingPeriod period();

    /**
     * Returns the comparator's value as published.
     *
     * @return the value, empty when the report gave none
     */
    public abstract Optional<BigDecimal> value();

    /**
     * Returns the wording a report printed with or instead of a value, such as {@code Local Measure}.
     *
     * @return the note, empty when there is none
     */
    public abstract Optional<String> note();

    /**
     * Returns a benchmark with a value.
     *
     * @param group  the comparator, not null
     * @param period  the period, not null
     * @param value  the value, not null
     * @return the benchmark, not null
     */
    public static Benchmark of(BenchmarkGroup group, ReportingPeriod period, BigDecimal value) {
        return builder().group(group).period(period).value(value).build();
    }

    /**
     * Returns a benchmark without a value, with the wording a report printed.
     *
     * @param group  the comparator, not null
     * @param period  the period, not null
     * @param note  the wording, such as {@code Not available}, not blank
     * @return the benchmark, not null
     * @throws IllegalArgumentException if the note is blank
     */
    public static Benchmark unavailable(BenchmarkGroup group, ReportingPeriod period, String note) {
        return builder().group(group).period(period).note(note).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        if (value().isEmpty() && note().isEmpty()) {
            throw new IllegalArgumentException("Invalid benchmark " + group() + " for " + period()
                    + " (must have a value or a note): neither");
        }
        note().ifPresent(text -> Checks.notBlank("note", text));
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Benchmark other
                && group().equals(other.group())
                && period().equals(other.period())
                && Decimals.equal(value(), other.value())
                && note().equals(other.note());
    }

    @Override
    public int hashCode() {
        return Objects.hash(group(), period(), Decimals.hash(value()), note());
    }

    /**
     * Builds a {@link Benchmark}. Each attribute may be set once. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableBenchmark.Builder {
        Builder() {
        }
    }
}
