package org.outturn.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.outturn.core.Benchmark;
import org.outturn.core.Decimals;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.core.UnratedReason;

/**
 * The result of judging an outturn: the rating, or the reason for none, with everything used to
 * reach it and a one-sentence explanation a council officer would accept.
 *
 * <p>For example, under a 5% relative tolerance:
 * <pre>{@code
 * Amber: 69.9% is 1.5 points (2.1%) below the target of 71.4%, within the 5% tolerance
 * }</pre>
 *
 * <p>An assessment holds the {@link #rating()}, the {@link #outturn()} and its {@link #indicator()},
 * the {@link #target()} and {@link #tolerance()} used, the {@link #judgedValue()} (the outturn's value
 * after any rounding the policy asks for), the {@link #reference()} it was compared with (the target
 * value, the threshold or band edge nearest to it, or the benchmark's value), and the
 * {@link #distance()} from that reference, absolute and {@linkplain #relativeDistance() relative}.
 * A rule with a green-side tolerance also holds the {@link #greenTolerance()}; a rule that compares with
 * an earlier period holds the {@link #comparisonPeriod()} and the {@link #comparison()} outturn it found.
 * The explanation is worded by {@link ExplanationFormatter} from these facts, on first use, so that rating
 * many outturns costs nothing for text that is never read.
 *
 * <p>Built-in strategies create assessments themselves; a custom strategy uses
 * {@link #rated(Indicator, Outturn, Target, BigDecimal, Rag, Supplier)} and
 * {@link #unrated(Indicator, Outturn, Target, UnratedReason, String)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Assessment {

    /** How the rating was reached, which decides the wording of the explanation. */
    enum Kind {
        UNRATED, AGAINST_REFERENCE, FLOOR, THRESHOLDS, BAND, CUSTOM, RESTORED
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Indicator indicator;
    private final Outturn outturn;
    private final Rating rating;
    /** The target used, or null when there was none. */
    private final Target target;
    /** The value judged, or null when there was none; null for an unrated result, which reads the outturn's. */
    private final BigDecimal judgedValue;
    /**
     * How the rating was reached and what else it used: for a built-in rule a {@link Rule} its strategy
     * shares between all its assessments, so that a rating allocates nothing but this object.
     */
    private final Rule rule;
    /** The explanation, once built; racy single-check: building twice gives the same text. */
    private volatile String explanation;

    /**
     * How an assessment was reached (its kind and the tolerances used) and the facts few assessments have (a
     * recorded reference, a comparison with an earlier period, a custom or recorded explanation). A built-in
     * strategy makes one {@linkplain #shared(Kind, Tolerance, Tolerance) shared} rule per configuration,
     * whose assessments work out their reference from the target, the colour and the value
     * ({@link Assessment#referenceValue()}); any other assessment has a rule of its own that records them.
     */
    static final class Rule {
        private static final Rule UNRATED = shared(Kind.UNRATED, null, null);

        private final Kind kind;
        /** The tolerance used, or null when none applied. */
        private final Tolerance tolerance;
        /** The green-side tolerance used, or null when none was. */
        private final Tolerance greenTolerance;
        /** Whether the reference is worked out from the target, colour and value rather than recorded. */
        private final boolean derived;
        /** The value compared with, when recorded, or null. */
        private final BigDecimal reference;
        private final ReportingPeriod comparisonPeriod;
        private final Outturn comparison;
        private final Supplier<String> customExplanation;

        private Rule(Kind kind, Tolerance tolerance, Tolerance greenTolerance, boolean derived, BigDecimal reference,
                ReportingPeriod comparisonPeriod, Outturn comparison, Supplier<String> customExplanation) {
            this.kind = kind;
            this.tolerance = tolerance;
            this.greenTolerance = greenTolerance;
            this.derived = derived;
            this.reference = reference;
            this.comparisonPeriod = comparisonPeriod;
            this.comparison = comparison;
            this.customExplanation = customExplanation;
        }

        /**
         * The rule every assessment of one built-in configuration shares: one of the kinds whose reference
         * follows from the target, the colour and the value ({@code UNRATED}: none; {@code AGAINST_REFERENCE}
         * of a single target: its value, and of a target relative to a benchmark: the benchmark's value for the
         * outturn's period; {@code THRESHOLDS}, {@code FLOOR}: the red edge when Red, else the green one;
         * {@code BAND}: the nearer bound).
         */
        static Rule shared(Kind kind, Tolerance tolerance, Tolerance greenTolerance) {
            return new Rule(kind, tolerance, greenTolerance, true, null, null, null, null);
        }

        /** A rule of one assessment's own, with its recorded reference and rarer facts, each null when absent. */
        private static Rule recorded(Kind kind, Tolerance tolerance, Tolerance greenTolerance, BigDecimal reference,
                ReportingPeriod comparisonPeriod, Outturn comparison, Supplier<String> customExplanation) {
            return new Rule(kind, tolerance, greenTolerance, false, reference, comparisonPeriod, comparison,
                    customExplanation);
        }
    }

    private Assessment(Indicator indicator, Outturn outturn, Rating rating, Target target, BigDecimal judgedValue,
            Rule rule) {
        this.indicator = indicator;
        this.outturn = outturn;
        this.rating = rating;
        this.target = target;
        this.judgedValue = judgedValue;
        this.rule = rule;
    }

    /**
     * Returns an unrated assessment.
     *
     * @param indicator  the indicator, not null
     * @param outturn  the outturn, not null
     * @param target  the target considered, or null when there was none
     * @param reason  why there is no colour, not null
     * @param detail  a short phrase saying why, such as {@code No Target} or {@code the band strategy
     *     needs a band target, not single 95}, not null
     * @return the assessment, not null
     */
    public static Assessment unrated(Indicator indicator, Outturn outturn, Target target, UnratedReason reason,
            String detail) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(outturn, "outturn");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        return new Assessment(indicator, outturn, Rating.unrated(reason, detail), target, null, Rule.UNRATED);
    }

    /** An unrated assessment with its rating made already, such as one worded only when asked for. */
    static Assessment unrated(Indicator indicator, Outturn outturn, Target target, Rating rating) {
        return new Assessment(indicator, outturn, rating, target, null, Rule.UNRATED);
    }

    /**
     * Returns a rated assessment from a custom strategy, with the strategy's own explanation.
     *
     * @param indicator  the indicator, not null
     * @param outturn  the outturn, not null
     * @param target  the target used, not null
     * @param judgedValue  the value judged, not null
     * @param rag  the colour, not null
     * @param explanation  builds the one-sentence explanation when it is first asked for, not null
     * @return the assessment, not null
     */
    public static Assessment rated(Indicator indicator, Outturn outturn, Target target, BigDecimal judgedValue,
            Rag rag, Supplier<String> explanation) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(outturn, "outturn");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(judgedValue, "judgedValue");
        Objects.requireNonNull(rag, "rag");
        Objects.requireNonNull(explanation, "explanation");
        return new Assessment(indicator, outturn, Rating.of(rag), target, judgedValue,
                Rule.recorded(Kind.CUSTOM, null, null, null, null, null, explanation));
    }

    /**
     * Returns an assessment read back from a record, such as a JSON document, whose explanation is the
     * recorded text rather than one built from the parts.
     *
     * <p>The parts are kept as given and not checked against each other; {@link #distance()} and
     * {@link #relativeDistance()} are computed from the judged value and the reference as usual. A
     * restored assessment equals another restored assessment with equal parts and explanation, but
     * not the assessment it was recorded from.
     *
     * @param indicator  the indicator, not null
     * @param outturn  the outturn, not null
     * @param rating  the rating, a colour or unrated with its reason, not null
     * @param target  the target used, or null when there was none
     * @param tolerance  the tolerance used, or null when none was
     * @param judgedValue  the value judged, or null when there was none
     * @param reference  the value compared with, or null when there was none
     * @param explanation  the recorded explanation, such as {@code Amber: 69.9% is 1.5 points (2.1%)
     *     below the target of 71.4%, within the 5% tolerance}, not null
     * @return the assessment, not null
     */
    public static Assessment restored(Indicator indicator, Outturn outturn, Rating rating, Target target,
            Tolerance tolerance, BigDecimal judgedValue, BigDecimal reference, String explanation) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(outturn, "outturn");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(explanation, "explanation");
        return new Assessment(indicator, outturn, rating, target, judgedValue,
                Rule.recorded(Kind.RESTORED, tolerance, null, reference, null, null, () -> explanation));
    }

    /**
     * Returns an assessment read back from a record, with the facts of a green-side tolerance and of a
     * comparison with an earlier period; otherwise as
     * {@link #restored(Indicator, Outturn, Rating, Target, Tolerance, BigDecimal, BigDecimal, String)}.
     *
     * @param indicator  the indicator, not null
     * @param outturn  the outturn, not null
     * @param rating  the rating, not null
     * @param target  the target used, or null when there was none
     * @param tolerance  the tolerance used, or null when none was
     * @param greenTolerance  the green-side tolerance used, or null when none was
     * @param judgedValue  the value judged, or null when there was none
     * @param reference  the value compared with, or null when there was none
     * @param comparisonPeriod  the earlier period compared with, or null when the rule made no comparison
     * @param comparison  the earlier outturn compared with, or null when there was none
     * @param explanation  the recorded explanation, not null
     * @return the assessment, not null
     */
    public static Assessment restored(Indicator indicator, Outturn outturn, Rating rating, Target target,
            Tolerance tolerance, Tolerance greenTolerance, BigDecimal judgedValue, BigDecimal reference,
            ReportingPeriod comparisonPeriod, Outturn comparison, String explanation) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(outturn, "outturn");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(explanation, "explanation");
        return new Assessment(indicator, outturn, rating, target, judgedValue, Rule.recorded(Kind.RESTORED, tolerance,
                greenTolerance, reference, comparisonPeriod, comparison, () -> explanation));
    }

    /**
     * A rated assessment of a built-in rule whose reference follows from the target, the colour and the value
     * (see {@link Rule#shared(Kind, Tolerance, Tolerance)}): nothing is allocated but the assessment.
     */
    static Assessment rated(Rule rule, Indicator indicator, Outturn outturn, Target target, BigDecimal judgedValue,
            Rag rag) {
        return new Assessment(indicator, outturn, Rating.of(rag), target, judgedValue, rule);
    }

    /**
     * A rated assessment with a recorded reference, a green-side tolerance and a comparison with an earlier
     * period, each null when the rule had none.
     */
    static Assessment rated(Kind kind, Indicator indicator, Outturn outturn, Target target, Tolerance tolerance,
            Tolerance greenTolerance, BigDecimal judgedValue, BigDecimal reference, Rag rag,
            ReportingPeriod comparisonPeriod, Outturn comparison) {
        return new Assessment(indicator, outturn, Rating.of(rag), target, judgedValue,
                Rule.recorded(kind, tolerance, greenTolerance, reference, comparisonPeriod, comparison, null));
    }

    /**
     * Returns the same assessment with another colour, keeping the explanation's wording: used to
     * turn Green into Blue.
     */
    Assessment withRag(Rag rag) {
        return new Assessment(indicator, outturn, Rating.of(rag), target, judgedValue, rule);
    }

    /** How the rating was reached, for the formatter. */
    Kind kind() {
        return rule.kind;
    }

    /** The words of an unrated result, or null. */
    String detail() {
        return rating.detail().orElse(null);
    }

    /** A custom or recorded explanation, or null. */
    Supplier<String> customExplanation() {
        return rule.customExplanation;
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
     * Returns the outturn as published.
     *
     * @return the outturn, not null
     */
    public Outturn outturn() {
        return outturn;
    }

    /**
     * Returns the rating: a colour, or unrated with the reason.
     *
     * @return the rating, not null
     */
    public Rating rating() {
        return rating;
    }

    /**
     * Returns the colour.
     *
     * @return the colour, empty when unrated
     */
    public Optional<Rag> rag() {
        return rating.rag();
    }

    /**
     * Returns the target the outturn was judged against.
     *
     * @return the target, empty when none applied
     */
    public Optional<Target> target() {
        return Optional.ofNullable(target);
    }

    /**
     * Returns the tolerance that decided between Amber and Red.
     *
     * @return the tolerance, empty when none was used
     */
    public Optional<Tolerance> tolerance() {
        return Optional.ofNullable(rule.tolerance);
    }

    /**
     * Returns the green-side tolerance: how far short of the reference is still Green.
     *
     * @return the green tolerance, empty when the rule has none (Green only at or better than the reference)
     */
    public Optional<Tolerance> greenTolerance() {
        return Optional.ofNullable(rule.greenTolerance);
    }

    /**
     * Returns the period the rule compared with, for a rule decided by direction of travel: the same
     * period a year earlier, or the period before.
     *
     * @return the period, empty when the rule made no comparison
     */
    public Optional<ReportingPeriod> comparisonPeriod() {
        return Optional.ofNullable(rule.comparisonPeriod);
    }

    /**
     * Returns the outturn the rule compared with, found in the history for the
     * {@linkplain #comparisonPeriod() comparison period}.
     *
     * @return the outturn, with a value; empty when the rule made no comparison or there was none to make
     */
    public Optional<Outturn> comparison() {
        return Optional.ofNullable(rule.comparison);
    }

    /**
     * Returns the value judged: the outturn's value, rounded if the policy rounds.
     *
     * @return the value, empty when the outturn has none
     */
    public Optional<BigDecimal> judgedValue() {
        return rule.kind == Kind.UNRATED ? outturn.value() : Optional.ofNullable(judgedValue);
    }

    /**
     * Returns the value the outturn was compared with: a single target's value, a benchmark's value,
     * the threshold the value passed or missed (green when Green, red when Red, green when Amber), or
     * the nearest edge of a band.
     *
     * @return the reference, empty when unrated or for a custom strategy
     */
    public Optional<BigDecimal> reference() {
        return Optional.ofNullable(referenceValue());
    }

    /**
     * Returns the judged value minus the reference, exactly: positive when the value is above it.
     *
     * @return the distance, empty when there is no reference
     */
    public Optional<BigDecimal> distance() {
        BigDecimal reference = referenceValue();
        BigDecimal value = value();
        if (reference == null || value == null) {
            return Optional.empty();
        }
        return Optional.of(value.subtract(reference));
    }

    /**
     * Returns the distance as a percentage of the reference's size, rounded half-up to 2 decimal
     * places: {@code 69.9} against {@code 71.4} gives {@code -2.10}.
     *
     * @return the relative distance, empty when there is no reference or it is zero
     */
    public Optional<BigDecimal> relativeDistance() {
        BigDecimal reference = referenceValue();
        BigDecimal value = value();
        if (reference == null || value == null || reference.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(value.subtract(reference).multiply(HUNDRED)
                .divide(reference.abs(), 2, RoundingMode.HALF_UP));
    }

    /** The value judged, or null: an unrated result's is the outturn's. */
    private BigDecimal value() {
        return rule.kind == Kind.UNRATED ? outturn.value().orElse(null) : judgedValue;
    }

    /**
     * The reference as recorded or, for a built-in rule's shared {@link Rule}, as it follows from the target,
     * the colour and the value: a single target's value; the benchmark's value for the outturn's period; the red threshold or floor when Red, else the green
     * threshold or the target; for a band, the bound the value lies beyond, or for a value inside it the nearer
     * bound, the lower one when the value is halfway.
     */
    private BigDecimal referenceValue() {
        if (!rule.derived) {
            return rule.reference;
        }
        switch (rule.kind) {
            case AGAINST_REFERENCE:
                if (target instanceof Target.RelativeToBenchmark relative) {
                    return indicator.benchmarkFor(relative.group(), outturn.period()).flatMap(Benchmark::value)
                            .orElse(null);
                }
                return ((Target.Single) target).value();
            case THRESHOLDS: {
                Target.Thresholds thresholds = (Target.Thresholds) target;
                return rating.rag().orElseThrow() == Rag.RED ? thresholds.red() : thresholds.green();
            }
            case FLOOR: {
                Target.WithFloor floor = (Target.WithFloor) target;
                return rating.rag().orElseThrow() == Rag.RED ? floor.floor() : floor.value();
            }
            case BAND: {
                Target.Band band = (Target.Band) target;
                if (judgedValue.compareTo(band.lowInclusive()) < 0) {
                    return band.lowInclusive();
                }
                if (judgedValue.compareTo(band.highInclusive()) > 0) {
                    return band.highInclusive();
                }
                return nearerBound(band, judgedValue);
            }
            default:
                return null;
        }
    }

    /** The bound of a band nearer a value inside it, the lower one when the value is halfway. */
    private static BigDecimal nearerBound(Target.Band band, BigDecimal value) {
        return value.subtract(band.lowInclusive()).compareTo(band.highInclusive().subtract(value)) <= 0
                ? band.lowInclusive() : band.highInclusive();
    }

    /**
     * Returns a one-sentence explanation, such as {@code Amber: 69.9% is 1.5 points (2.1%) below the
     * target of 71.4%, within the 5% tolerance} or {@code Unrated: No Target}.
     *
     * @return the explanation, not null
     */
    public String explanation() {
        String text = explanation;
        if (text == null) {
            text = ExplanationFormatter.english().format(this);
            explanation = text;
        }
        return text;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Assessment other
                && rule.kind == other.rule.kind
                && indicator.equals(other.indicator)
                && outturn.equals(other.outturn)
                && rating.equals(other.rating)
                && Objects.equals(target, other.target)
                && Objects.equals(rule.tolerance, other.rule.tolerance)
                && Decimals.equal(value(), other.value())
                && Decimals.equal(referenceValue(), other.referenceValue())
                && Objects.equals(rule.greenTolerance, other.rule.greenTolerance)
                && Objects.equals(rule.comparisonPeriod, other.rule.comparisonPeriod)
                && Objects.equals(rule.comparison, other.rule.comparison)
                && (rule.kind != Kind.CUSTOM && rule.kind != Kind.RESTORED
                        || explanation().equals(other.explanation()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule.kind, indicator.code(), outturn, rating, target);
    }

    /**
     * Returns the indicator's code, the period and the explanation, such as
     * {@code ASCH_07 2024/25: Amber: 69.9% is 1.5 points (2.1%) below ...}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return indicator.code() + " " + outturn.period() + ": " + explanation();
    }
}
