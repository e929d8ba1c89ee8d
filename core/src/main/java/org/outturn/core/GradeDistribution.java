package org.outturn.core;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * How providers are spread over the grades of a {@link GradeScale}: as published shares in per cent
 * ({@code All care homes 3% / 77% / 20% / -}) or as counts of providers.
 *
 * <p>A grade that is not given (a report's {@code -}) has no providers. A distribution derives the
 * outturn that reports publish from it, such as the percentage of providers rated good or
 * outstanding ({@link #toOutturn(ReportingPeriod, Grade, Unit)}).
 *
 * <p>Shares must each lie between 0 and 100 and add up to 100 within rounding: within half a unit
 * of their last decimal place for each share given (so four whole-number shares may add up to 98
 * to 102).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GradeDistribution {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s/|]+");

    GradeDistribution() {
    }

    private static GradeDistribution create(GradeScale scale, Map<Grade, BigDecimal> amounts, boolean counts) {
        return ImmutableGradeDistribution.builder().scale(scale).putAllAmounts(amounts).isCounts(counts).build();
    }

    /**
     * The invariants, in one place: shares each lie between 0 and 100 and add up to 100 within
     * rounding; counts are not negative and not all zero.
     */
    @Value.Check
    void check() {
        if (isCounts()) {
            BigDecimal total = BigDecimal.ZERO;
            for (Map.Entry<Grade, BigDecimal> entry : amounts().entrySet()) {
                total = total.add(Checks.notNegative("count of " + entry.getKey(), entry.getValue()));
            }
            if (total.signum() == 0) {
                throw Checks.invalid("counts of " + scale().name(), "must include at least one provider", total);
            }
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal slack = BigDecimal.ZERO;
        for (Map.Entry<Grade, BigDecimal> entry : amounts().entrySet()) {
            BigDecimal share = entry.getValue();
            if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
                throw Checks.invalid("share of " + entry.getKey(), "valid values 0 - 100", share.toPlainString());
            }
            sum = sum.add(share);
            slack = slack.add(HALF.movePointLeft(Math.max(share.scale(), 0)));
        }
        if (sum.subtract(HUNDRED).abs().compareTo(slack) > 0) {
            throw Checks.invalid("shares of " + scale().name(), "must add up to 100 within rounding, from "
                    + HUNDRED.subtract(slack).toPlainString() + " to " + HUNDRED.add(slack).toPlainString(),
                    sum.toPlainString());
        }
    }

    /**
     * Returns a distribution of published shares in per cent.
     *
     * @param scale  the scale, not null
     * @param sharesInPercent  the share of each grade given, such as {@code Good=77}; grades not given
     *     have no providers; not null
     * @return the distribution, not null
     * @throws IllegalArgumentException if a grade is not of the scale, a share is outside 0 to 100,
     *     or the shares do not add up to 100 within rounding, as in {@code Invalid value for shares of
     *     Ofsted/CQC (must add up to 100 within rounding, from 98.5 to 101.5): 97}
     */
    public static GradeDistribution ofShares(GradeScale scale, Map<Grade, BigDecimal> sharesInPercent) {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(sharesInPercent, "sharesInPercent");
        return create(scale, ordered(scale, sharesInPercent), false);
    }

    /**
     * Returns a distribution of counts of providers.
     *
     * @param scale  the scale, not null
     * @param counts  the number of providers with each grade given; grades not given have none; not null
     * @return the distribution, not null
     * @throws IllegalArgumentException if a grade is not of the scale, a count is negative, or all
     *     counts are zero
     */
    public static GradeDistribution ofCounts(GradeScale scale, Map<Grade, Long> counts) {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(counts, "counts");
        Map<Grade, BigDecimal> decimals = new LinkedHashMap<>();
        counts.forEach((grade, count) -> decimals.put(grade,
                BigDecimal.valueOf(Objects.requireNonNull(count, "counts[" + grade + "]"))));
        return create(scale, ordered(scale, decimals), true);
    }

    /**
     * Reads published shares given in the scale's order, best grade first, separated by white space,
     * {@code /} or {@code |}; each share is a number with an optional {@code %}, or {@code -} for no
     * providers. For example {@code 3% 77% 20% -} on {@link GradeScale#OFSTED_CQC}.
     *
     * @param scale  the scale, not null
     * @param text  the shares, one for each grade of the scale, not null
     * @return the distribution, not null
     * @throws IllegalArgumentException if the text does not give one share for each grade, a share is
     *     not a number, or the shares break a rule of {@link #ofShares(GradeScale, Map)}
     */
    public static GradeDistribution parseShares(GradeScale scale, CharSequence text) {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(text, "text");
        String[] parts = SEPARATORS.split(text.toString().strip());
        if (parts.length != scale.grades().size()) {
            throw new IllegalArgumentException("Invalid shares '" + text + "' for scale " + scale.name()
                    + " (expected " + scale.grades().size() + " shares, best grade first, each N% or -)");
        }
        Map<Grade, BigDecimal> shares = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals("-")) {
                continue;
            }
            String number = part.endsWith("%") ? part.substring(0, part.length() - 1) : part;
            try {
                shares.put(scale.grades().get(i), DecimalText.parse(number));
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("Invalid share '" + part + "' in '" + text
                        + "' (expected a number with an optional %, or -)", ex);
            }
        }
        return ofShares(scale, shares);
    }

    private static Map<Grade, BigDecimal> ordered(GradeScale scale, Map<Grade, BigDecimal> given) {
        for (Map.Entry<Grade, BigDecimal> entry : given.entrySet()) {
            Grade grade = Objects.requireNonNull(entry.getKey(), "grade");
            Objects.requireNonNull(entry.getValue(), "amount of " + grade);
            if (!scale.grades().contains(grade)) {
                throw Checks.invalid("grade", "must belong to scale " + scale.name(), grade);
            }
        }
        Map<Grade, BigDecimal> ordered = new LinkedHashMap<>();
        for (Grade grade : scale.grades()) {
            BigDecimal amount = given.get(grade);
            if (amount != null) {
                ordered.put(grade, amount);
            }
        }
        return ordered;
    }

    /**
     * Returns the scale.
     *
     * @return the scale, not null
     */
    public abstract GradeScale scale();

    /**
     * Whether the distribution holds counts rather than shares.
     *
     * @return true for counts
     */
    public abstract boolean isCounts();

    /**
     * Returns the amount of each grade given, in the scale's order: the share in per cent, or the
     * count. Grades not given are absent.
     *
     * @return the amounts, unmodifiable, not null
     */
    public abstract Map<Grade, BigDecimal> amounts();

    /**
     * Returns the percentage of providers whose grade is at least the given one, as an outturn: for
     * shares, the exact sum of the shares (so {@code 3% 77% 20% -} gives {@code 80} at
     * {@code Good}); for counts, the count over the total as a percentage rounded to the unit's
     * decimal places, with that {@link Fraction}.
     *
     * @param period  the period of the outturn, not null
     * @param atLeast  the lowest grade counted, such as {@code Good}, not null
     * @param unit  a percentage unit, not null
     * @return the outturn, not null
     * @throws IllegalArgumentException if the grade is not of this scale, or the unit is not a percentage
     */
    public Outturn toOutturn(ReportingPeriod period, Grade atLeast, Unit unit) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(atLeast, "atLeast");
        Objects.requireNonNull(unit, "unit");
        if (!scale().grades().contains(atLeast)) {
            throw Checks.invalid("grade", "must belong to scale " + scale().name(), atLeast);
        }
        if (unit.kind() != Unit.Kind.PERCENTAGE) {
            throw Checks.invalid("unit", "must be a percentage", unit);
        }
        BigDecimal selected = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<Grade, BigDecimal> entry : amounts().entrySet()) {
            total = total.add(entry.getValue());
            if (entry.getKey().isAtLeast(atLeast)) {
                selected = selected.add(entry.getValue());
            }
        }
        if (!isCounts()) {
            return Outturn.of(period, selected);
        }
        Fraction fraction = Fraction.of(selected, total);
        return Outturn.ofFraction(period, unit.valueOf(fraction, unit.decimalPlaces()), fraction, unit);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof GradeDistribution other) || isCounts() != other.isCounts()
                || !scale().equals(other.scale()) || !amounts().keySet().equals(other.amounts().keySet())) {
            return false;
        }
        for (Map.Entry<Grade, BigDecimal> entry : amounts().entrySet()) {
            if (!Decimals.equal(entry.getValue(), other.amounts().get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = scale().hashCode() * 31 + Boolean.hashCode(isCounts());
        for (Map.Entry<Grade, BigDecimal> entry : amounts().entrySet()) {
            hash = hash * 31 + (entry.getKey().hashCode() ^ Decimals.hash(entry.getValue()));
        }
        return hash;
    }

    /**
     * Returns the scale's name and the amounts, such as
     * {@code Ofsted/CQC shares {Outstanding=3, Good=77, Requires improvement=20}}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return scale().name() + (isCounts() ? " counts " : " shares ") + amounts();
    }
}
