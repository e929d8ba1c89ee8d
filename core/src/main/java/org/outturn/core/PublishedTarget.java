package org.outturn.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a target as a report prints it.
 *
 * <p>The notations, ignoring leading and trailing white space and the case of words:
 * <table>
 *   <caption>Targets as printed</caption>
 *   <tr><th>text</th><th>target</th></tr>
 *   <tr><td>{@code 95%}, {@code 18.7}, {@code Target of 18.7}, {@code Target: 18.7}</td>
 *       <td>{@link Target#single(BigDecimal) single} {@code 95}, {@code 18.7}</td></tr>
 *   <tr><td>{@code ≥ 95%}, {@code >= 95%}, {@code ≤ 10}, {@code <= 10}</td><td>single {@code 95},
 *       {@code 10}; the sign must agree with the polarity ({@code ≥} with higher is better)</td></tr>
 *   <tr><td>{@code 70% (In line with national or above)}</td><td>single {@code 70}: a remark in
 *       brackets after a number is not part of the target</td></tr>
 *   <tr><td>{@code 95-90%}, {@code 12-0%}, {@code 1.7%-1.9%}, {@code 12 - 18}, {@code 20- 15%},
 *       {@code 12 to 18}</td><td>two numbers, read as the {@link RangeReading} says</td></tr>
 *   <tr><td>{@code Not a target measure}, {@code No Target}, {@code No target set}, {@code Data only},
 *       {@code Monitor only}, {@code Local Measure}, {@code n/a}, {@code None}, {@code TBC}, {@code -}</td>
 *       <td>{@link Target#none(String) none} with the wording as printed</td></tr>
 * </table>
 *
 * <h2>How a range is read</h2>
 * By default ({@link RangeReading#BY_POLARITY}) two numbers are two thresholds for a higher- or
 * lower-is-better indicator, the better one by the polarity being the green threshold whatever the order
 * printed: {@code 95-90%} is green 95 and red 90 when higher is better; {@code 1.7%-1.9%} is green 1.7 and
 * red 1.9 when lower is better. For a within-band indicator they are a band, both bounds inclusive:
 * {@code 12 - 18}. {@link #parse(CharSequence, Polarity, RangeReading)} overrides this, for example to read
 * the acceptable range {@code 12-0%} of a lower-is-better indicator as the band {@code 0 - 12}.
 *
 * <p>Nothing is guessed: a strict comparison ({@code > 95%}) cannot be a target met at its value, a sign
 * against the polarity contradicts it, and a range needs a polarity that says which side is better; each
 * is an {@link IllegalArgumentException} naming the text and the rule, as is any other text.
 *
 * <p>This class is thread-safe: it has only static methods.
 */
public final class PublishedTarget {

    /** Wordings that state there is no target, in lower case. */
    private static final Set<String> NO_TARGET = Set.of("not a target measure", "no target", "no target set",
            "data only", "monitor only", "local measure", "n/a", "na", "none", "tbc", "-", "\u2013");

    private static final String NUMBER = "(" + PublishedText.NUMBER + ") ?%?";

    /** One number, optionally after words or a sign, optionally before a remark in brackets. */
    private static final Pattern SINGLE = Pattern.compile(
            "(?:target(?: of|:)? )?(?<sign>≥|>=|=>|≤|<=|=<|>|<)? ?(?<minus>[-\u2212])?" + NUMBER
                    + "(?: ?\\((?<remark>[^()]*)\\))?",
            Pattern.CASE_INSENSITIVE);

    /** Two numbers with a dash or {@code to} between. */
    private static final Pattern RANGE = Pattern.compile(
            NUMBER + "\\s*(?:[-\u2013]|\\sto\\s)\\s*" + NUMBER, Pattern.CASE_INSENSITIVE);

    private static final String RULE = "expected a number such as 95% or Target of 18.7, a range such as "
            + "95-90% or 12 - 18, a sign and a number such as ≥ 95% or <= 10, or a wording such as No Target "
            + "or Not a target measure";

    private PublishedTarget() {
    }

    /**
     * Reads a target as printed, reading a range as the polarity says ({@link RangeReading#BY_POLARITY}).
     *
     * @param text  the text, such as {@code "95-90%"}, not null
     * @param polarity  the indicator's polarity, not null
     * @return the target, not null
     * @throws IllegalArgumentException if the text cannot be read as a target, as
     *     {@link #parse(CharSequence, Polarity, RangeReading)} describes
     */
    public static Target parse(CharSequence text, Polarity polarity) {
        return parse(text, polarity, RangeReading.BY_POLARITY);
    }

    /**
     * Reads a target as printed, reading a range as told.
     *
     * <p>For example {@code parse("12-0%", Polarity.LOWER_IS_BETTER, RangeReading.BAND)} is the band
     * {@code 0 - 12}, while with {@link RangeReading#THRESHOLDS} it is green 0 and red 12.
     *
     * @param text  the text, such as {@code "12 - 18"}, not null
     * @param polarity  the indicator's polarity, not null
     * @param reading  how to read a range of two numbers, not null
     * @return the target, not null
     * @throws IllegalArgumentException if the text cannot be read as a target, with a message naming the
     *     text and the rule, such as {@code Text '> 95%' could not be read as a target: a strict comparison
     *     cannot be a target, which is met at its value (use ≥ or ≤)}
     */
    public static Target parse(CharSequence text, Polarity polarity, RangeReading reading) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(reading, "reading");
        String typed = text.toString();
        String s = PublishedText.strip(typed);
        if (s.isEmpty()) {
            throw PublishedText.error(typed, "target", "it is blank (a target that is not given is not "
                    + "a target of its own kind: leave it out)");
        }
        if (NO_TARGET.contains(PublishedText.words(s))) {
            return Target.none(s);
        }
        Matcher single = SINGLE.matcher(s);
        if (single.matches()) {
            return single(typed, single, polarity);
        }
        Matcher range = RANGE.matcher(s);
        if (range.matches()) {
            return range(typed, range, polarity, reading);
        }
        throw PublishedText.error(typed, "target", RULE);
    }

    private static Target single(String typed, Matcher matcher, Polarity polarity) {
        BigDecimal value = PublishedText.decimal(typed, matcher.group(3), "target");
        if (matcher.group("minus") != null) {
            value = value.negate();
        }
        String sign = matcher.group("sign");
        if (sign != null) {
            if (sign.equals(">") || sign.equals("<")) {
                throw PublishedText.error(typed, "target",
                        "a strict comparison cannot be a target, which is met at its value (use ≥ or ≤)");
            }
            Polarity says = sign.equals("≥") || sign.equals(">=") || sign.equals("=>")
                    ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
            if (says != polarity) {
                throw PublishedText.error(typed, "target", "'" + sign + "' says " + says.displayName().toLowerCase()
                        + " but the indicator's polarity is " + polarity.displayName());
            }
        }
        return Target.single(value);
    }

    private static Target range(String typed, Matcher matcher, Polarity polarity, RangeReading reading) {
        BigDecimal first = PublishedText.decimal(typed, matcher.group(1), "target");
        BigDecimal second = PublishedText.decimal(typed, matcher.group(2), "target");
        BigDecimal low = first.compareTo(second) <= 0 ? first : second;
        BigDecimal high = low == first ? second : first;
        RangeReading applied = reading;
        if (reading == RangeReading.BY_POLARITY) {
            if (polarity == Polarity.NONE) {
                throw PublishedText.error(typed, "target", "a range needs a polarity that says which side is "
                        + "better, and the indicator's polarity is " + Polarity.NONE.displayName());
            }
            applied = polarity == Polarity.WITHIN_BAND ? RangeReading.BAND : RangeReading.THRESHOLDS;
        }
        if (applied == RangeReading.BAND) {
            return Target.band(low, high);
        }
        if (!polarity.isDirectional()) {
            throw PublishedText.error(typed, "target", "thresholds need a polarity that says which side is "
                    + "better, and the indicator's polarity is " + polarity.displayName());
        }
        return polarity == Polarity.HIGHER_IS_BETTER ? Target.thresholds(high, low) : Target.thresholds(low, high);
    }
}
