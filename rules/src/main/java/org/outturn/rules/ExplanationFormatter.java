package org.outturn.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.outturn.core.BenchmarkGroup;
import org.outturn.core.Decimals;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Target;
import org.outturn.core.Unit;

/**
 * Words an {@link Assessment}'s explanation from its facts: the target, the tolerance and green
 * tolerance, the reference and the distance from it, a floor, and the outturn compared with.
 *
 * <pre>{@code
 * ExplanationFormatter.english().format(assessment);
 * // Amber: 69.9% is 1.5 points (2.1%) below the target of 71.4%, within the 5% tolerance
 * }</pre>
 *
 * <p>The wording is in the resource bundle {@code org.outturn.rules.explanations}, an English
 * {@code .properties} file in this module; another language is added as
 * {@code explanations_<language>.properties} beside it. A {@link Tolerance} names itself through
 * {@link Tolerance#describe(String, Unit)}, so that a custom tolerance reads as well as a built-in one.
 * Custom strategies' and recorded explanations are returned as they are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExplanationFormatter {

    private static final String BUNDLE = "org.outturn.rules.explanations";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final ExplanationFormatter ENGLISH = new ExplanationFormatter(Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private ExplanationFormatter(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /**
     * Returns the formatter that writes English, the wording of {@link Assessment#explanation()}.
     *
     * @return the formatter, not null
     */
    public static ExplanationFormatter english() {
        return ENGLISH;
    }

    /**
     * Returns a formatter for a language, falling back to English when the bundle has no wording for it.
     *
     * @param locale  the language, not null
     * @return the formatter, not null
     */
    public static ExplanationFormatter of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? ENGLISH : new ExplanationFormatter(locale);
    }

    /**
     * Returns the formatter's language.
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the one-sentence explanation of an assessment, such as {@code Amber: 69.9% is 1.5 points (2.1%)
     * below the target of 71.4%, within the 5% tolerance} or {@code Unrated: No Target}.
     *
     * @param assessment  the assessment, not null
     * @return the explanation, not null
     */
    public String format(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        switch (assessment.kind()) {
            case UNRATED:
                return text("unrated", assessment.detail());
            case CUSTOM:
            case RESTORED:
                return assessment.customExplanation().get();
            default:
                break;
        }
        Unit unit = assessment.indicator().unit();
        BigDecimal value = assessment.judgedValue().orElseThrow();
        String colour = text("colour", assessment.rating().rag().orElseThrow().displayName(), unit.format(value));
        switch (assessment.kind()) {
            case THRESHOLDS:
                return colour + thresholds(assessment, (Target.Thresholds) assessment.target().orElseThrow(), unit);
            case BAND:
                return colour + band(assessment, (Target.Band) assessment.target().orElseThrow(), unit);
            case FLOOR:
                return colour + floor(assessment, (Target.WithFloor) assessment.target().orElseThrow(), unit);
            default:
                return colour + reference(assessment, unit) + comparison(assessment, unit);
        }
    }

    private String reference(Assessment assessment, Unit unit) {
        BigDecimal value = assessment.judgedValue().orElseThrow();
        BigDecimal reference = assessment.reference().orElseThrow();
        Target target = assessment.target().orElseThrow();
        String what = target instanceof Target.RelativeToBenchmark benchmark
                ? benchmark(benchmark.group(), unit.format(reference))
                : text("reference.target", unit.format(reference));
        int side = value.compareTo(reference);
        if (side == 0) {
            return text("meets", what);
        }
        BigDecimal gap = value.subtract(reference).abs();
        String phrase = gap(value, reference, unit, what);
        Rag rag = assessment.rating().rag().orElseThrow();
        if (rag == Rag.GREEN || rag == Rag.BLUE) {
            Tolerance green = assessment.greenTolerance().orElse(null);
            boolean shortOf = assessment.indicator().polarity().compareBetter(value, reference) < 0;
            return shortOf && green != null ? phrase + edge(gap, green, reference, "noun.greenTolerance", unit) : phrase;
        }
        return phrase + assessment.tolerance().map(t -> edge(gap, t, reference, "noun.tolerance", unit)).orElse("");
    }

    private String gap(BigDecimal value, BigDecimal reference, Unit unit, String what) {
        BigDecimal gap = value.subtract(reference).abs();
        String relative = reference.signum() == 0 ? ""
                : text("relative", gap.multiply(HUNDRED).divide(reference.abs(), 1, RoundingMode.HALF_UP).toPlainString());
        return text("is", change(gap, unit), relative, text(value.compareTo(reference) > 0 ? "above" : "below"), what);
    }

    private String benchmark(BenchmarkGroup group, String value) {
        String name = group.name();
        return text(name.endsWith("s") ? "reference.benchmark.s" : "reference.benchmark", name, value);
    }

    private String comparison(Assessment assessment, Unit unit) {
        if (assessment.comparisonPeriod().isEmpty()) {
            return "";
        }
        String period = assessment.comparisonPeriod().get().toString();
        if (assessment.comparison().isEmpty()) {
            return text("comparison.missing", period);
        }
        String earlier = unit.format(assessment.comparison().get().value().orElseThrow());
        return text(assessment.rating().rag().orElseThrow() == Rag.RED ? "comparison.worse" : "comparison.improved",
                earlier, period);
    }

    private String thresholds(Assessment assessment, Target.Thresholds thresholds, Unit unit) {
        BigDecimal value = assessment.judgedValue().orElseThrow();
        String green = unit.format(thresholds.green());
        String red = unit.format(thresholds.red());
        switch (assessment.rating().rag().orElseThrow()) {
            case RED:
                return text("thresholds.position", position(value, thresholds.red()), text("thresholds.red"), red);
            case AMBER:
                if (Decimals.equal(value, thresholds.red())) {
                    return text("thresholds.atRed", red, green);
                }
                return text("thresholds.between", red, green);
            default:
                return text("thresholds.position", position(value, thresholds.green()), text("thresholds.green"),
                        green);
        }
    }

    private String position(BigDecimal value, BigDecimal threshold) {
        int side = value.compareTo(threshold);
        return text(side > 0 ? "above" : side < 0 ? "below" : "at");
    }

    private String band(Assessment assessment, Target.Band band, Unit unit) {
        BigDecimal value = assessment.judgedValue().orElseThrow();
        BigDecimal reference = assessment.reference().orElseThrow();
        String range = text("band.range", unit.format(band.lowInclusive()), unit.format(band.highInclusive()));
        if (band.contains(value)) {
            return text("band.within", range);
        }
        BigDecimal gap = value.subtract(reference).abs();
        String phrase = text("is", change(gap, unit), "", text(value.compareTo(reference) > 0 ? "above" : "below"),
                range);
        if (assessment.rating().rag().orElseThrow() == Rag.GREEN) {
            return phrase + text("band.betterSide");
        }
        return phrase + assessment.tolerance().map(t -> edge(gap, t, reference, "noun.margin", unit)).orElse("");
    }

    private String floor(Assessment assessment, Target.WithFloor target, Unit unit) {
        BigDecimal value = assessment.judgedValue().orElseThrow();
        String targetText = text("reference.target", unit.format(target.value()));
        switch (assessment.rating().rag().orElseThrow()) {
            case RED:
                return gap(value, target.floor(), unit, text("floor.reference", unit.format(target.floor())))
                        + text("floor.target", unit.format(target.value()));
            case AMBER:
                return gap(value, target.value(), unit, targetText)
                        + text(assessment.indicator().polarity() == Polarity.LOWER_IS_BETTER
                                ? "floor.achieved.lower" : "floor.achieved.higher", unit.format(target.floor()));
            default:
                return Decimals.equal(value, target.value()) ? text("meets", targetText)
                        : gap(value, target.value(), unit, targetText);
        }
    }

    /** Says where a shortfall lies against a tolerance; nothing when the tolerance is none. */
    private String edge(BigDecimal gap, Tolerance tolerance, BigDecimal reference, String noun, Unit unit) {
        if (tolerance.equals(Tolerances.none())) {
            return "";
        }
        String name = tolerance.describe(text(noun), unit);
        int edge = gap.compareTo(tolerance.allowance(reference));
        return text(edge < 0 ? "edge.within" : edge == 0 ? "edge.at" : "edge.outside", name);
    }

    /** A difference in the unit's terms: percentage points for a percentage, {@code 1.5 points}. */
    String change(BigDecimal gap, Unit unit) {
        if (unit.kind() == Unit.Kind.PERCENTAGE) {
            String number = gap.toPlainString();
            return text(number.equals("1") ? "point" : "points", number);
        }
        return unit.format(gap);
    }

    private String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    @Override
    public String toString() {
        return "ExplanationFormatter[" + locale + "]";
    }
}
