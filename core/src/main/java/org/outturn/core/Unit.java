package org.outturn.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What an indicator's values measure, and the number of decimal places a report publishes them
 * with.
 *
 * <p>Percentages are stored as published: {@code 93.89} means 93.89%. A rate says its base: a
 * rate per 10,000 of {@code 330.23} means 330.23 in every 10,000.
 *
 * <p>The canonical notation, printed by {@link #toString()} and read by {@link #parse(CharSequence)},
 * is the kind followed by the decimal places: {@code percentage:2}, {@code rate-per-10000:2},
 * {@code count:0}, {@code score:2}, {@code ratio:3}, {@code currency-GBP:2},
 * {@code duration-weeks:0}.
 *
 * <p>The decimal places are what the report usually publishes; they are used to format values and,
 * when a policy asks for it, to round them. Each outturn keeps its own published scale.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Unit {

    /** The kind of quantity a unit measures. */
    public enum Kind {
        /** A percentage, stored as published ({@code 93.89} is 93.89%). */
        PERCENTAGE,
        /** A rate per a base population, such as per 10,000. */
        RATE,
        /** A count of things or people. */
        COUNT,
        /** A score on a scale, such as a quality-of-life score or Progress 8. */
        SCORE,
        /** A plain ratio or average, such as an average caseload. */
        RATIO,
        /** An amount of money in a currency. */
        CURRENCY,
        /** A length of time, in days, weeks, months or years. */
        DURATION
    }

    /** The largest number of decimal places a unit may publish. */
    private static final int MAX_DECIMAL_PLACES = 10;
    private static final Set<ChronoUnit> DURATION_UNITS =
            Set.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS, ChronoUnit.YEARS);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Kind kind;
    private final int decimalPlaces;
    /** The base of a rate, or 0 for other kinds. */
    private final long rateBase;
    /** The currency, or null for other kinds. */
    private final Currency currency;
    /** The unit of a duration, or null for other kinds. */
    private final ChronoUnit durationUnit;

    private Unit(Kind kind, int decimalPlaces, long rateBase, Currency currency, ChronoUnit durationUnit) {
        if (decimalPlaces < 0 || decimalPlaces > MAX_DECIMAL_PLACES) {
            throw Checks.invalid("decimal places", "valid values 0 - " + MAX_DECIMAL_PLACES, decimalPlaces);
        }
        this.kind = kind;
        this.decimalPlaces = decimalPlaces;
        this.rateBase = rateBase;
        this.currency = currency;
        this.durationUnit = durationUnit;
    }

    /**
     * Returns a percentage unit, such as {@code percentage:2} for {@code 93.89%}.
     *
     * @param decimalPlaces  the published decimal places, from 0 to 10
     * @return the unit, not null
     * @throws IllegalArgumentException if the decimal places are out of range
     */
    public static Unit percentage(int decimalPlaces) {
        return new Unit(Kind.PERCENTAGE, decimalPlaces, 0, null, null);
    }

    /**
     * Returns a rate per a base, such as {@code ratePer(10_000, 2)} for {@code 330.23 per 10,000}.
     *
     * @param base  the base population, a power of ten from 10 to 1,000,000,000
     * @param decimalPlaces  the published decimal places, from 0 to 10
     * @return the unit, not null
     * @throws IllegalArgumentException if the base is not such a power of ten, or the decimal places
     *     are out of range
     */
    public static Unit ratePer(long base, int decimalPlaces) {
        if (!isPowerOfTen(base)) {
            throw Checks.invalid("rate base", "must be a power of ten from 10 to 1000000000", base);
        }
        return new Unit(Kind.RATE, decimalPlaces, base, null, null);
    }

    private static boolean isPowerOfTen(long base) {
        for (long power = 10; power <= 1_000_000_000L; power *= 10) {
            if (base == power) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns a count, such as {@code count(0)} for {@code 3159} children, or {@code count(2)} for an
     * average count such as {@code 374.67}.
     *
     * @param decimalPlaces  the published decimal places, from 0 to 10
     * @return the unit, not null
     * @throws IllegalArgumentException if the decimal places are out of range
     */
    public static Unit count(int decimalPlaces) {
        return new Unit(Kind.COUNT, decimalPlaces, 0, null, null);
    }

    /**
     * Returns a score, such as {@code score(2)} for a Progress 8 score of {@code -0.07}.
     *
     * @param decimalPlaces  the published decimal places, from 0 to 10
     * @return the unit, not null
     * @throws IllegalArgumentException if the decimal places are out of range
     */
    public static Unit score(int decimalPlaces) {
        return new Unit(Kind.SCORE, decimalPlaces, 0, null, null);
    }

    /**
     * Returns a plain ratio or average, such as {@code ratio(0)} for an average caseload of {@code 17}.
     *
     * @param decimalPlaces  the published decimal places, from 0 to 10
     * @return the unit, not null
     * @throws IllegalArgumentException if the decimal places are out of range
     */
    public static Unit ratio(int decimalPlaces) {
        return new Unit(Kind.RATIO, decimalPlaces, 0, null, null);
    }

    /**
     * Returns an amount of money, such as {@code currency(Currency.getInstance("GBP"), 2)}.
     *
     * @param currency  the currency, not null
     * @param decimalPlaces  the published decimal places, from 0 to 10
     * @return the unit, not null
     * @throws IllegalArgumentException if the decimal places are out of range
     */
    public static Unit currency(Currency currency, int decimalPlaces) {
        Objects.requireNonNull(currency, "currency");
        return new Unit(Kind.CURRENCY, decimalPlaces, 0, currency, null);
    }

    /**
     * Returns a length of time, such as {@code duration(ChronoUnit.WEEKS, 0)} for {@code 26 weeks}.
     *
     * @param unit  the unit of time: {@code DAYS}, {@code WEEKS}, {@code MONTHS} or {@code YEARS}, not null
     * @param decimalPlaces  the published decimal places, from 0 to 10
     * @return the unit, not null
     * @throws IllegalArgumentException if the unit of time is another, or the decimal places are out of range
     */
    public static Unit duration(ChronoUnit unit, int decimalPlaces) {
        Objects.requireNonNull(unit, "unit");
        if (!DURATION_UNITS.contains(unit)) {
            throw Checks.invalid("duration unit", "valid values DAYS, WEEKS, MONTHS, YEARS", unit);
        }
        return new Unit(Kind.DURATION, decimalPlaces, 0, null, unit);
    }

    /**
     * Reads a unit from its canonical notation, as printed by {@link #toString()}.
     *
     * @param text  the notation, such as {@code percentage:2} or {@code rate-per-100000:1}, not null
     * @return the unit, not null
     * @throws IllegalArgumentException if the text is not a unit's notation, for example
     *     {@code Invalid unit 'percent:2' (expected KIND:DECIMAL_PLACES with KIND one of percentage,
     *     rate-per-N, count, score, ratio, currency-XXX, duration-days|weeks|months|years)}
     */
    public static Unit parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String notation = text.toString();
        int colon = notation.lastIndexOf(':');
        if (colon < 1 || colon == notation.length() - 1) {
            throw parseError(notation);
        }
        String kindText = notation.substring(0, colon);
        int places;
        try {
            places = Integer.parseInt(notation.substring(colon + 1));
        } catch (NumberFormatException ex) {
            throw parseError(notation);
        }
        try {
            switch (kindText) {
                case "percentage":
                    return percentage(places);
                case "count":
                    return count(places);
                case "score":
                    return score(places);
                case "ratio":
                    return ratio(places);
                default:
                    break;
            }
            if (kindText.startsWith("rate-per-")) {
                return ratePer(Long.parseLong(kindText.substring("rate-per-".length())), places);
            }
            if (kindText.startsWith("currency-")) {
                return currency(Currency.getInstance(kindText.substring("currency-".length())), places);
            }
            if (kindText.startsWith("duration-")) {
                String timeUnit = kindText.substring("duration-".length());
                if (timeUnit.equals(timeUnit.toLowerCase(Locale.ROOT))) {
                    return duration(ChronoUnit.valueOf(timeUnit.toUpperCase(Locale.ROOT)), places);
                }
            }
        } catch (IllegalArgumentException ex) {
            IllegalArgumentException error = parseError(notation);
            error.initCause(ex);
            throw error;
        }
        throw parseError(notation);
    }

    private static IllegalArgumentException parseError(String notation) {
        return new IllegalArgumentException("Invalid unit '" + notation + "' (expected KIND:DECIMAL_PLACES with KIND "
                + "one of percentage, rate-per-N, count, score, ratio, currency-XXX, "
                + "duration-days|weeks|months|years)");
    }

    /**
     * Returns the kind of quantity.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the number of decimal places the report publishes.
     *
     * @return the decimal places, from 0 to 10
     */
    public int decimalPlaces() {
        return decimalPlaces;
    }

    /**
     * Returns the base of a rate, such as 10,000.
     *
     * @return the base, empty unless this is a rate
     */
    public OptionalLong rateBase() {
        return kind == Kind.RATE ? OptionalLong.of(rateBase) : OptionalLong.empty();
    }

    /**
     * Returns the currency of an amount of money.
     *
     * @return the currency, empty unless this is a currency unit
     */
    public Optional<Currency> currency() {
        return Optional.ofNullable(currency);
    }

    /**
     * Returns the unit of time of a duration.
     *
     * @return the unit of time, empty unless this is a duration
     */
    public Optional<ChronoUnit> durationUnit() {
        return Optional.ofNullable(durationUnit);
    }

    /**
     * Whether values of this unit can be given as a numerator and a denominator: true for
     * percentages, rates and ratios.
     *
     * @return whether a {@link Fraction} can explain a value of this unit
     */
    public boolean allowsFraction() {
        return kind == Kind.PERCENTAGE || kind == Kind.RATE || kind == Kind.RATIO;
    }

    /**
     * Returns the value of a fraction in this unit, exactly where the quotient terminates and
     * otherwise rounded half-up to the given scale: for a percentage, {@code 104/7042} at scale 1 is
     * {@code 1.5}.
     *
     * @param fraction  the numerator and denominator, not null
     * @param scale  the number of decimal places of the result
     * @return the value, not null
     * @throws IllegalArgumentException if this unit does not {@linkplain #allowsFraction() allow fractions}
     */
    public BigDecimal valueOf(Fraction fraction, int scale) {
        Objects.requireNonNull(fraction, "fraction");
        if (!allowsFraction()) {
            throw new IllegalArgumentException("Invalid fraction for unit " + this
                    + " (fractions are allowed for percentages, rates and ratios): " + fraction);
        }
        return fraction.numerator().multiply(multiplier())
                .divide(fraction.denominator(), scale, RoundingMode.HALF_UP);
    }

    /**
     * Checks that a published value is explained by its fraction: the fraction's exact value in this
     * unit, rounded to the published value's scale, must equal the published value; and for a
     * percentage, the numerator must not exceed the denominator.
     *
     * <p>For example, {@code 1.5} with {@code 104/7042} as a percentage passes ({@code 1.4768...}
     * rounds to {@code 1.5}); {@code 1.7} fails with {@code Invalid value for outturn (must be
     * 104/7042 as percentage:1, rounded to 1 decimal places: 1.5): 1.7}.
     *
     * @param value  the published value, not null
     * @param fraction  its numerator and denominator, not null
     * @throws IllegalArgumentException if the value and the fraction disagree, the fraction is a
     *     proportion above one, or this unit does not allow fractions
     */
    public void checkFraction(BigDecimal value, Fraction fraction) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(fraction, "fraction");
        if (kind == Kind.PERCENTAGE && fraction.numerator().compareTo(fraction.denominator()) > 0) {
            throw Checks.invalid("numerator", "must not exceed the denominator "
                    + fraction.denominator().toPlainString() + " for a percentage", fraction.numerator().toPlainString());
        }
        int scale = Math.max(value.scale(), 0);
        BigDecimal expected = valueOf(fraction, scale);
        if (!Decimals.equal(expected, value)) {
            throw Checks.invalid("outturn", "must be " + fraction + " as " + this + ", rounded to " + scale
                    + " decimal places: " + expected.toPlainString(), value.toPlainString());
        }
    }

    private BigDecimal multiplier() {
        switch (kind) {
            case PERCENTAGE:
                return HUNDRED;
            case RATE:
                return BigDecimal.valueOf(rateBase);
            default:
                return BigDecimal.ONE;
        }
    }

    /**
     * Formats a value with this unit's symbol, keeping the value's own scale: {@code 93.89%},
     * {@code 330.23 per 10,000}, {@code 3159}, {@code GBP 2.56}, {@code 26 weeks}.
     *
     * @param value  the value, not null
     * @return the formatted value, not null
     */
    public String format(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        String number = value.toPlainString();
        switch (kind) {
            case PERCENTAGE:
                return number + "%";
            case RATE:
                return number + " per " + String.format(Locale.UK, "%,d", rateBase);
            case CURRENCY:
                return currency.getCurrencyCode() + " " + number;
            case DURATION:
                return number + " " + durationUnit.name().toLowerCase(Locale.ROOT);
            default:
                return number;
        }
    }

    /**
     * Returns the unit a difference of two values is measured in, as words: {@code percentage points}
     * for percentages, otherwise the same as the values ({@code per 10,000}, {@code weeks}), or an
     * empty string for counts, scores and ratios.
     *
     * @return the words for a change, not null
     */
    public String changeUnitName() {
        switch (kind) {
            case PERCENTAGE:
                return "percentage points";
            case RATE:
                return "per " + String.format(Locale.UK, "%,d", rateBase);
            case CURRENCY:
                return currency.getCurrencyCode();
            case DURATION:
                return durationUnit.name().toLowerCase(Locale.ROOT);
            default:
                return "";
        }
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Unit other
                && kind == other.kind
                && decimalPlaces == other.decimalPlaces
                && rateBase == other.rateBase
                && Objects.equals(currency, other.currency)
                && durationUnit == other.durationUnit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, decimalPlaces, rateBase, currency, durationUnit);
    }

    /**
     * Returns the canonical notation, such as {@code percentage:2} or {@code rate-per-10000:2}.
     *
     * @return the notation, not null
     */
    @Override
    public String toString() {
        String name;
        switch (kind) {
            case RATE:
                name = "rate-per-" + rateBase;
                break;
            case CURRENCY:
                name = "currency-" + currency.getCurrencyCode();
                break;
            case DURATION:
                name = "duration-" + durationUnit.name().toLowerCase(Locale.ROOT);
                break;
            default:
                name = kind.name().toLowerCase(Locale.ROOT);
                break;
        }
        return name + ":" + decimalPlaces;
    }
}
