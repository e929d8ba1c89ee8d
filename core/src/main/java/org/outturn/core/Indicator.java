package org.outturn.core;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A referenced performance measure: what it measures, which way is better, how often it is
 * reported, and its targets and benchmarks by period.
 *
 * <pre>{@code
 * Indicator cs06 = Indicator.builder()
 *         .code("CS_06")
 *         .title("Percentage of Care Leavers in Suitable Accommodation (aged 19, 20 and 21)")
 *         .unit(Unit.percentage(2))
 *         .polarity(Polarity.HIGHER_IS_BETTER)
 *         .frequency(Frequency.MONTHLY)
 *         .putTargets(FinancialYear.parse("2024/25"), Target.single(new BigDecimal("95")))
 *         .build();
 * }</pre>
 *
 * <p>Rules checked when an indicator is built, each failing with an
 * {@link IllegalArgumentException} that names the field, the rule and the value:
 * <ul>
 *   <li>the code and title are not blank and have no surrounding white space;</li>
 *   <li>a {@link Polarity#NONE} indicator has only {@link Target.None} targets;</li>
 *   <li>a {@link Target.Single}, {@link Target.WithFloor} or {@link Target.Thresholds} target needs a
 *       {@linkplain Polarity#isDirectional() directional} polarity, and thresholds and floors must be
 *       oriented by it (green at or above red, the target at or above its floor, when higher is better;
 *       at or below when lower is better);</li>
 *   <li>a {@link Polarity#WITHIN_BAND} indicator has {@link Target.Band} or {@link Target.None} targets;</li>
 *   <li>no two benchmarks share a comparator and a period.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator {

    Indicator() {
    }

    /**
     * Returns the reference code, such as {@code CS_09} or {@code ASCH_01}.
     *
     * @return the code, not blank
     */
    public abstract String code();

    /**
     * Returns the title, such as {@code Rate of Permanent Exclusions in Bexley schools}.
     *
     * @return the title, not blank
     */
    public abstract String title();

    /**
     * Returns a longer description, such as a report's {@code Why is this important?} column.
     *
     * @return the description, empty when there is none
     */
    public abstract Optional<String> description();

    /**
     * Returns what the values measure.
     *
     * @return the unit, not null
     */
    public abstract Unit unit();

    /**
     * Returns which way is better.
     *
     * @return the polarity, not null
     */
    public abstract Polarity polarity();

    /**
     * Returns how often the indicator is reported.
     *
     * @return the frequency, not null
     */
    public abstract Frequency frequency();

    /**
     * Returns how a period's value is accumulated; {@link MeasureType#SNAPSHOT} unless set.
     *
     * @return the measure type, not null
     */
    @Value.Default
    public MeasureType measureType() {
        return MeasureType.SNAPSHOT;
    }

    /**
     * Returns the code of the indicator in a national framework, such as {@code ASCOF 2A1}.
     *
     * @return the framework code, empty when there is none
     */
    public abstract Optional<String> frameworkCode();

    /**
     * Returns free tags such as the owner, directorate or theme, in the order they were added.
     *
     * @return the tags, not null, possibly empty
     */
    public abstract Set<String> tags();

    /**
     * Returns the targets by the period they apply to, ordered by period: an annual target, or a
     * profile of quarterly or monthly targets.
     *
     * @return the targets, not null, possibly empty
     */
    @Value.NaturalOrder
    public abstract SortedMap<ReportingPeriod, Target> targets();

    /**
     * Returns the benchmarks, in the order they were added.
     *
     * @return the benchmarks, not null, possibly empty
     */
    public abstract List<Benchmark> benchmarks();

    /**
     * Returns the target that applies to a period.
     *
     * <p>A target set for the period itself applies. Otherwise, unless the indicator is
     * {@linkplain MeasureType#CUMULATIVE_YEAR_TO_DATE cumulative}, the target of the shortest period
     * that {@linkplain ReportingPeriod#contains(ReportingPeriod) contains} it applies (an annual
     * target applies to each month of a snapshot measure, but a cumulative measure needs a target
     * for each period it is judged on).
     *
     * @param period  the period, not null
     * @return the target, empty when none applies
     */
    public Optional<Target> targetFor(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        TargetIndex index = targetIndex();
        Optional<Target> exact = index.exact(period);
        if (exact.isPresent() || measureType() == MeasureType.CUMULATIVE_YEAR_TO_DATE) {
            return exact;
        }
        return index.containing(period);
    }

    /**
     * Returns the targets arranged for {@link #targetFor(ReportingPeriod)}, built on first use.
     *
     * @return the index of {@link #targets()}, not null
     */
    @Value.Lazy
    TargetIndex targetIndex() {
        return new TargetIndex(targets());
    }

    /**
     * Returns a comparator's benchmark for a period.
     *
     * @param group  the comparator, not null
     * @param period  the period, not null
     * @return the benchmark, empty when there is none
     */
    public Optional<Benchmark> benchmarkFor(BenchmarkGroup group, ReportingPeriod period) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(period, "period");
        for (Benchmark benchmark : benchmarks()) {
            if (benchmark.group().equals(group) && benchmark.period().equals(period)) {
                return Optional.of(benchmark);
            }
        }
        return Optional.empty();
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
        Checks.notBlank("code", code());
        Checks.notBlank("title", title());
        description().ifPresent(text -> Checks.notBlank("description", text));
        frameworkCode().ifPresent(text -> Checks.notBlank("frameworkCode", text));
        tags().forEach(tag -> Checks.notBlank("tag", tag));
        targets().forEach(this::checkTarget);
        Set<String> seen = new HashSet<>();
        for (Benchmark benchmark : benchmarks()) {
            if (!seen.add(benchmark.group() + "\u0000" + benchmark.period())) {
                throw Checks.invalid("benchmarks of " + code(), "one per comparator and period",
                        benchmark.group() + " " + benchmark.period());
            }
        }
    }

    private void checkTarget(ReportingPeriod period, Target target) {
        Polarity polarity = polarity();
        if (target instanceof Target.None) {
            return;
        }
        String field = "target of " + code() + " for " + period;
        if (polarity == Polarity.NONE) {
            throw Checks.invalid(field, "a NONE polarity indicator is never rated, so only a no-target is allowed",
                    target);
        }
        if (polarity == Polarity.WITHIN_BAND && !(target instanceof Target.Band)) {
            throw Checks.invalid(field, "a WITHIN_BAND indicator needs a band target", target);
        }
        if (target instanceof Target.Thresholds thresholds
                && polarity.compareBetter(thresholds.green(), thresholds.red()) < 0) {
            throw Checks.invalid(field, "the green threshold must be at least as good as the red threshold for "
                    + polarity, target);
        }
        if (target instanceof Target.WithFloor floor && polarity.compareBetter(floor.value(), floor.floor()) < 0) {
            throw Checks.invalid(field, "the target must be at least as good as its floor for " + polarity, target);
        }
    }

    /**
     * Builds an {@link Indicator}. Set at least the code, title, unit, polarity and frequency.
     * Each single-valued attribute may be set once. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableIndicator.Builder {
        Builder() {
        }
    }
}
