package org.outturn.core;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's cell read as an outturn value: a number as typed, with what the text itself says about
 * it, or a non-value with its reason.
 *
 * <p>{@link #parse(CharSequence)} reads these notations, ignoring leading and trailing white space:
 * <table>
 *   <caption>Values as typed</caption>
 *   <tr><th>text</th><th>{@link #value()}</th><th>{@link #unitHint()}</th><th>other</th></tr>
 *   <tr><td>{@code 19,625}</td><td>{@code 19625}</td><td>none</td><td></td></tr>
 *   <tr><td>{@code 93.90}</td><td>{@code 93.90} (scale kept)</td><td>none</td><td></td></tr>
 *   <tr><td>{@code -0.07}, {@code −0.07}</td><td>{@code -0.07}</td><td>none</td><td></td></tr>
 *   <tr><td>{@code 95%}, {@code 95.0 %}</td><td>{@code 95}, {@code 95.0}</td><td>{@code PERCENTAGE}</td><td></td></tr>
 *   <tr><td>{@code £1,234}</td><td>{@code 1234}</td><td>{@code CURRENCY}</td><td>{@link #currency()} GBP</td></tr>
 *   <tr><td>{@code £350k}, {@code £1.2m}, {@code £3bn}</td><td>{@code 350000}, {@code 1200000},
 *       {@code 3000000000}</td><td>{@code CURRENCY}</td><td>multiplied out exactly</td></tr>
 *   <tr><td>{@code 1.5% (104/7042)}</td><td>{@code 1.5}</td><td>{@code PERCENTAGE}</td>
 *       <td>{@link #fraction()} {@code 104/7042}</td></tr>
 *   <tr><td>{@code 46 per 10,000}</td><td>{@code 46}</td><td>{@code RATE}</td><td>{@link #rateBase()} 10000</td></tr>
 * </table>
 *
 * <p>Non-values have no value and a {@link #missingReason()}: {@code n/a}, {@code N/A}, {@code -},
 * {@code Local Measure} (printed in a comparator's column for a measure no one else publishes) and the
 * spreadsheet results {@code #DIV/0!} and {@code #N/A} are {@link MissingReason#NOT_APPLICABLE};
 * {@code *} and {@code Data suppressed} (and any wording containing {@code suppressed}) are
 * {@link MissingReason#SUPPRESSED}; {@code TBC}, {@code Not yet available} and {@code Available March 23}
 * are {@link MissingReason#NOT_YET_AVAILABLE}; {@code New indicator} is {@link MissingReason#NEW_INDICATOR};
 * {@code Not due} and {@code Biennial Data 2026} are {@link MissingReason#NOT_DUE}; any other wording
 * that {@link MissingReason#parseLenient(CharSequence)} reads has its reason. A blank cell
 * ({@link #isBlank()}) is {@link MissingReason#NOT_COLLECTED}, without wording.
 *
 * <p>Nothing is guessed: a cell that is neither is an {@link IllegalArgumentException} naming the text
 * and the rule. Numbers are held to the limits of numbers in JSON (at most 100 significant digits).
 *
 * <p>Equality compares the text as typed. This class is immutable and thread-safe.
 */
public final class PublishedValue {

    /**
     * A value as typed: sign, pound sign, number, multiplier, percent sign or rate base, fraction.
     * Group names say which part is which.
     */
    private static final Pattern VALUE = Pattern.compile(
            "(?<sign>[-+\u2212])?(?<pound>£)? ?(?<number>" + PublishedText.NUMBER + ")"
                    + "(?<mult> ?(?:k|m|bn))?"
                    + "(?:(?<percent> ?%)|(?<per>\\s+per\\s+(?<base>[\\d,]+)))?"
                    + "(?:\\s*\\((?<fraction>[^()]*)\\))?",
            Pattern.CASE_INSENSITIVE);

    /** The part in brackets: numerator and denominator. */
    private static final Pattern FRACTION = Pattern.compile(
            "\\s*(" + PublishedText.NUMBER + ")\\s*/\\s*(" + PublishedText.NUMBER + ")\\s*");

    private static final Currency POUND = Currency.getInstance("GBP");

    private static final String NUMBER_RULE = "expected a number as printed, such as 19,625, -0.07, 95%, "
            + "£1.2m, 1.5% (104/7042) or 46 per 10,000";
    private static final String WORDS_RULE = "expected a number, such as 19,625 or 95%, or a non-value "
            + "such as n/a, -, *, TBC, Data suppressed, Not yet available, Available March 23, New indicator, "
            + "Not due, Biennial Data 2026 or #DIV/0!";

    private final String text;
    private final BigDecimal value;
    private final Fraction fraction;
    private final Unit.Kind unitHint;
    /** The base of a rate, or 0. */
    private final long rateBase;
    private final MissingReason missingReason;

    private PublishedValue(String text, BigDecimal value, Fraction fraction, Unit.Kind unitHint, long rateBase,
            MissingReason missingReason) {
        this.text = text;
        this.value = value;
        this.fraction = fraction;
        this.unitHint = unitHint;
        this.rateBase = rateBase;
        this.missingReason = missingReason;
    }

    /**
     * Reads a cell as typed in a report.
     *
     * <p>For example {@code parse("1.5% (104/7042)")} has the value {@code 1.5}, the unit hint
     * {@code PERCENTAGE} and the fraction {@code 104/7042}; {@code parse("Data suppressed")} has no value
     * and the reason {@link MissingReason#SUPPRESSED}.
     *
     * @param text  the cell's text, such as {@code "19,625"} or {@code "n/a"}, not null
     * @return the published value, not null
     * @throws IllegalArgumentException if the text is neither a value nor a non-value, with a message
     *     naming the text and the rule, such as {@code Text '12..5' could not be read as a value: expected
     *     a number as printed, such as 19,625, -0.07, 95%, £1.2m, 1.5% (104/7042) or 46 per 10,000}
     */
    public static PublishedValue parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String typed = text.toString();
        String s = PublishedText.strip(typed);
        if (s.isEmpty()) {
            return new PublishedValue(typed, null, null, null, 0, MissingReason.NOT_COLLECTED);
        }
        PublishedValue plain = plainNumber(typed, s);
        if (plain != null) {
            return plain;
        }
        Matcher matcher = VALUE.matcher(s);
        if (matcher.matches()) {
            return number(typed, matcher);
        }
        MissingReason reason = reason(typed, s);
        if (reason != null) {
            return new PublishedValue(typed, null, null, null, 0, reason);
        }
        throw PublishedText.error(typed, "value", s.chars().anyMatch(Character::isDigit) ? NUMBER_RULE : WORDS_RULE);
    }

    /**
     * Reads the commonest cell, a plain number ({@code 93.9}, {@code -0.07}, {@code 19625}: a sign, digits,
     * and a point with digits after it), as {@link #VALUE} would, without a matcher; null for any other
     * text, which the regular expression reads.
     *
     * @param typed  the text as typed, for the value and messages
     * @param s  the stripped text, not empty
     * @return the value, or null when the text is not a plain number
     */
    private static PublishedValue plainNumber(String typed, String s) {
        int length = s.length();
        char first = s.charAt(0);
        int start = first == '-' || first == '+' || first == '\u2212' ? 1 : 0;
        int point = -1;
        for (int i = start; i < length; i++) {
            char c = s.charAt(i);
            if (c == '.' && point < 0 && i > start && i < length - 1) {
                point = i;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        if (start == length) {
            return null;
        }
        BigDecimal number;
        if (length - start <= 18) {
            // At most 18 characters: the digits fit a long, far inside every limit of PublishedText.decimal.
            long unscaled = 0;
            for (int i = start; i < length; i++) {
                if (i != point) {
                    unscaled = unscaled * 10 + (s.charAt(i) - '0');
                }
            }
            number = BigDecimal.valueOf(unscaled, point < 0 ? 0 : length - point - 1);
        } else {
            number = PublishedText.decimal(typed, start == 0 ? s : s.substring(start), "value");
        }
        if (start == 1 && first != '+') {
            number = number.negate();
        }
        return new PublishedValue(typed, number, null, null, 0, null);
    }

    private static PublishedValue number(String typed, Matcher matcher) {
        BigDecimal number = PublishedText.decimal(typed, matcher.group("number"), "value");
        boolean pound = matcher.group("pound") != null;
        String mult = matcher.group("mult");
        if (mult != null) {
            if (!pound) {
                throw PublishedText.error(typed, "value", "k, m and bn multiply amounts of money only, as in £1.2m");
            }
            number = number.movePointRight(multiplierDigits(mult.strip()));
        }
        if (pound && matcher.group("percent") != null) {
            throw PublishedText.error(typed, "value", "a value cannot be both an amount of money and a percentage");
        }
        if (pound && matcher.group("per") != null) {
            throw PublishedText.error(typed, "value", "a value cannot be both an amount of money and a rate");
        }
        String sign = matcher.group("sign");
        if (sign != null && !sign.equals("+")) {
            number = number.negate();
        }
        Unit.Kind hint = null;
        long base = 0;
        if (pound) {
            hint = Unit.Kind.CURRENCY;
        } else if (matcher.group("percent") != null) {
            hint = Unit.Kind.PERCENTAGE;
        } else if (matcher.group("per") != null) {
            hint = Unit.Kind.RATE;
            base = rateBase(typed, matcher.group("base"));
        }
        Fraction fraction = null;
        if (matcher.group("fraction") != null) {
            fraction = fraction(typed, matcher.group("fraction"));
        }
        return new PublishedValue(typed, number, fraction, hint, base, null);
    }

    private static int multiplierDigits(String mult) {
        switch (mult.toLowerCase(Locale.ROOT)) {
            case "k":
                return 3;
            case "m":
                return 6;
            default:
                return 9;
        }
    }

    private static long rateBase(String typed, String digits) {
        BigDecimal base = PublishedText.decimal(typed, digits, "value");
        try {
            return Unit.ratePer(base.longValueExact(), 0).rateBase().getAsLong();
        } catch (ArithmeticException | IllegalArgumentException ex) {
            throw PublishedText.error(typed, "value",
                    "the base of a rate must be a power of ten from 10 to 1000000000, as in per 10,000");
        }
    }

    private static Fraction fraction(String typed, String brackets) {
        Matcher matcher = FRACTION.matcher(brackets);
        if (!matcher.matches()) {
            throw PublishedText.error(typed, "value",
                    "the part in brackets must be numerator/denominator, as in 1.5% (104/7042)");
        }
        BigDecimal numerator = PublishedText.decimal(typed, matcher.group(1), "value");
        BigDecimal denominator = PublishedText.decimal(typed, matcher.group(2), "value");
        try {
            return Fraction.of(numerator, denominator);
        } catch (IllegalArgumentException ex) {
            throw PublishedText.error(typed, "value", ex.getMessage());
        }
    }

    /**
     * Returns the reason of a non-value, or null if the text is not one.
     *
     * @param typed  the text as typed, for messages
     * @param s  the stripped text
     * @return the reason, or null
     */
    private static MissingReason reason(String typed, String s) {
        String words = PublishedText.words(s);
        switch (words) {
            case "-":
            case "\u2013":
            case "#div/0!":
            case "#n/a":
            case "local measure":
                return MissingReason.NOT_APPLICABLE;
            case "*":
                return MissingReason.SUPPRESSED;
            case "tbc":
                return MissingReason.NOT_YET_AVAILABLE;
            default:
                break;
        }
        if (words.startsWith("#")) {
            throw PublishedText.error(typed, "value", "a spreadsheet error other than #DIV/0! and #N/A "
                    + "means the sheet is broken, not that the value is missing");
        }
        try {
            return MissingReason.parseLenient(words);
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    /**
     * Returns the text as typed, white space included.
     *
     * @return the text, not null
     */
    public String text() {
        return text;
    }

    /**
     * Returns the number, with the scale as typed: {@code 93.90} for {@code 93.90%}.
     *
     * @return the value, empty for a non-value
     */
    public Optional<BigDecimal> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the numerator and denominator typed in brackets after the value, as {@code 104/7042} in
     * {@code 1.5% (104/7042)}.
     *
     * @return the fraction, empty when none was typed
     */
    public Optional<Fraction> fraction() {
        return Optional.ofNullable(fraction);
    }

    /**
     * Returns the kind of unit the text itself says: {@code PERCENTAGE} for {@code %}, {@code CURRENCY}
     * for {@code £}, {@code RATE} for {@code per 10,000}.
     *
     * @return the kind, empty when the text says none (a bare number or a non-value)
     */
    public Optional<Unit.Kind> unitHint() {
        return Optional.ofNullable(unitHint);
    }

    /**
     * Returns the base of a rate typed as {@code 46 per 10,000}.
     *
     * @return the base, such as 10000, present exactly when {@link #unitHint()} is {@code RATE}
     */
    public OptionalLong rateBase() {
        return unitHint == Unit.Kind.RATE ? OptionalLong.of(rateBase) : OptionalLong.empty();
    }

    /**
     * Returns the currency of an amount typed with a currency sign: GBP for {@code £1,234}.
     *
     * @return the currency, present exactly when {@link #unitHint()} is {@code CURRENCY}
     */
    public Optional<Currency> currency() {
        return unitHint == Unit.Kind.CURRENCY ? Optional.of(POUND) : Optional.empty();
    }

    /**
     * Returns why there is no value.
     *
     * @return the reason, present exactly when {@link #value()} is empty
     */
    public Optional<MissingReason> missingReason() {
        return Optional.ofNullable(missingReason);
    }

    /**
     * Whether the cell has a value.
     *
     * @return true if {@link #value()} is present
     */
    public boolean isAvailable() {
        return value != null;
    }

    /**
     * Whether the cell was blank: empty or white space only.
     *
     * @return true for a blank cell, whose reason is {@link MissingReason#NOT_COLLECTED}
     */
    public boolean isBlank() {
        return value == null && PublishedText.strip(text).isEmpty();
    }

    /**
     * Returns the outturn this cell gives for a period and an indicator's unit.
     *
     * <p>A value must fit the unit: the text's {@link #unitHint()} (and a rate's base) must be the unit's,
     * and a fraction must explain the value as {@link Unit#checkFraction(BigDecimal, Fraction)} defines.
     * A bare number fits any unit. A non-value gives a missing outturn with its reason and, as its note,
     * the wording as typed (without surrounding white space); a blank cell gives one without a note.
     *
     * @param period  the period, not null
     * @param unit  the indicator's unit, not null
     * @return the outturn, not null
     * @throws IllegalArgumentException if the value does not fit the unit, with a message such as
     *     {@code Text '95%' could not be read as a value of unit count:0: it is a percentage}
     */
    public Outturn toOutturn(ReportingPeriod period, Unit unit) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(unit, "unit");
        if (value == null) {
            String wording = PublishedText.strip(text);
            return wording.isEmpty() ? Outturn.missing(period, missingReason)
                    : Outturn.missing(period, missingReason, wording);
        }
        if (unitHint != null && unitHint != unit.kind()) {
            throw PublishedText.error(text, "value of unit " + unit, "it is " + describeHint());
        }
        if (unitHint == Unit.Kind.RATE && unit.rateBase().getAsLong() != rateBase) {
            throw PublishedText.error(text, "value of unit " + unit, "it is " + describeHint());
        }
        if (unitHint == Unit.Kind.CURRENCY && !unit.currency().orElseThrow().equals(POUND)) {
            throw PublishedText.error(text, "value of unit " + unit, "it is " + describeHint());
        }
        if (fraction == null) {
            return Outturn.of(period, value);
        }
        try {
            return Outturn.ofFraction(period, value, fraction, unit);
        } catch (IllegalArgumentException ex) {
            throw PublishedText.error(text, "value of unit " + unit, ex.getMessage());
        }
    }

    private String describeHint() {
        switch (unitHint) {
            case PERCENTAGE:
                return "a percentage";
            case RATE:
                return "a rate per " + rateBase;
            default:
                return "an amount in GBP";
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PublishedValue other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /**
     * Returns the text as typed, which {@link #parse(CharSequence)} reads back to an equal value.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return text;
    }
}
