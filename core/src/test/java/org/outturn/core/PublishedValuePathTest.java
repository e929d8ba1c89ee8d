package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link PublishedValue#parse(CharSequence)}'s path for plain numbers (no matcher) and
 * {@link PublishedText#words(String)}'s path for text with nothing to replace, against what they did
 * before (kept here as the oracle: the regular expression for every value, and the replacement for every
 * text), over texts built at random from the pieces of every notation. Reading must give the same
 * value, scale, hint, fraction and reason, or the same message.
 */
final class PublishedValuePathTest {

    private static final long SEED = 20261203L;

    /** {@code PublishedValue}'s pattern, as it is and was. */
    private static final Pattern VALUE = Pattern.compile(
            "(?<sign>[-+\u2212])?(?<pound>£)? ?(?<number>" + PublishedText.NUMBER + ")"
                    + "(?<mult> ?(?:k|m|bn))?"
                    + "(?:(?<percent> ?%)|(?<per>\\s+per\\s+(?<base>[\\d,]+)))?"
                    + "(?:\\s*\\((?<fraction>[^()]*)\\))?",
            Pattern.CASE_INSENSITIVE);

    private static final String[] PIECES = {"0", "1", "9", "12", "007", "19625", "19,625", "1,23", ".", ".", "-",
        "+", "\u2212", "£", "%", " %", "k", "m", "bn", " per 10,000", " (104/7042)", " ", "  ", "\t", "\u00a0", "n/a",
        "N/A", "TBC", "Data", " suppressed", "#DIV/0!", "#REF!", "Not", " yet available", "e5", "E", "x", "\u0663",
        "12345678901234567890", "1234567890123456789012345678901234567890123456789012345678901234567890"};

    private static List<String> texts(long seed) {
        List<String> texts = new ArrayList<>();
        for (String a : PIECES) {
            texts.add(a);
            for (String b : PIECES) {
                texts.add(a + b);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 60_000; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(5);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
        // Numbers about the 18 characters a long holds, with and without a sign and a point.
        for (int digits = 14; digits <= 22; digits++) {
            String nines = "9".repeat(digits);
            for (String sign : new String[] {"", "-", "+", "\u2212"}) {
                texts.add(sign + nines);
                for (int point = 1; point < digits; point += 3) {
                    texts.add(sign + nines.substring(0, point) + "." + nines.substring(point));
                    texts.add(sign + "0".repeat(point) + "." + "0".repeat(digits - point));
                }
            }
        }
        // Numbers at the limits of length and digits.
        for (int digits = 95; digits <= 105; digits++) {
            texts.add("1".repeat(digits));
            texts.add("-0." + "1".repeat(digits));
        }
        return texts;
    }

    /** What the value reading gives: its parts, or the message of its exception. */
    private static String outcome(PublishedValue value) {
        return value.text() + " | " + value.value().map(v -> v + " scale " + v.scale()).orElse("-") + " | "
                + value.unitHint() + " " + value.rateBase() + " " + value.fraction() + " | " + value.missingReason();
    }

    private static String now(String text) {
        try {
            return outcome(PublishedValue.parse(text));
        } catch (IllegalArgumentException ex) {
            return "error: " + ex.getMessage();
        }
    }

    private static final String NUMBER_RULE = "expected a number as printed, such as 19,625, -0.07, 95%, "
            + "£1.2m, 1.5% (104/7042) or 46 per 10,000";
    private static final String WORDS_RULE = "expected a number, such as 19,625 or 95%, or a non-value "
            + "such as n/a, -, *, TBC, Data suppressed, Not yet available, Available March 23, New indicator, "
            + "Not due, Biennial Data 2026 or #DIV/0!";
    private static final Pattern FRACTION = Pattern.compile(
            "\\s*(" + PublishedText.NUMBER + ")\\s*/\\s*(" + PublishedText.NUMBER + ")\\s*");

    private static String describe(String typed, BigDecimal value, Fraction fraction, Unit.Kind hint, long base,
            MissingReason reason) {
        return typed + " | " + (value == null ? "-" : value + " scale " + value.scale()) + " | "
                + java.util.Optional.ofNullable(hint) + " "
                + (hint == Unit.Kind.RATE ? java.util.OptionalLong.of(base) : java.util.OptionalLong.empty()) + " "
                + java.util.Optional.ofNullable(fraction) + " | " + java.util.Optional.ofNullable(reason);
    }

    /** {@code PublishedValue.parse} as it was: every value through the regular expression. */
    private static String before(String typed) {
        try {
            String s = PublishedText.strip(typed);
            if (s.isEmpty()) {
                return describe(typed, null, null, null, 0, MissingReason.NOT_COLLECTED);
            }
            Matcher matcher = VALUE.matcher(s);
            if (matcher.matches()) {
                return number(typed, matcher);
            }
            MissingReason reason = reason(typed, s);
            if (reason != null) {
                return describe(typed, null, null, null, 0, reason);
            }
            throw PublishedText.error(typed, "value", s.chars().anyMatch(Character::isDigit) ? NUMBER_RULE
                    : WORDS_RULE);
        } catch (IllegalArgumentException ex) {
            return "error: " + ex.getMessage();
        }
    }

    private static String number(String typed, Matcher matcher) {
        BigDecimal number = PublishedText.decimal(typed, matcher.group("number"), "value");
        boolean pound = matcher.group("pound") != null;
        String mult = matcher.group("mult");
        if (mult != null) {
            if (!pound) {
                throw PublishedText.error(typed, "value", "k, m and bn multiply amounts of money only, as in £1.2m");
            }
            String m = mult.strip().toLowerCase(Locale.ROOT);
            number = number.movePointRight(m.equals("k") ? 3 : m.equals("m") ? 6 : 9);
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
            BigDecimal digits = PublishedText.decimal(typed, matcher.group("base"), "value");
            try {
                base = Unit.ratePer(digits.longValueExact(), 0).rateBase().getAsLong();
            } catch (ArithmeticException | IllegalArgumentException ex) {
                throw PublishedText.error(typed, "value",
                        "the base of a rate must be a power of ten from 10 to 1000000000, as in per 10,000");
            }
        }
        Fraction fraction = null;
        if (matcher.group("fraction") != null) {
            Matcher parts = FRACTION.matcher(matcher.group("fraction"));
            if (!parts.matches()) {
                throw PublishedText.error(typed, "value",
                        "the part in brackets must be numerator/denominator, as in 1.5% (104/7042)");
            }
            BigDecimal numerator = PublishedText.decimal(typed, parts.group(1), "value");
            BigDecimal denominator = PublishedText.decimal(typed, parts.group(2), "value");
            try {
                fraction = Fraction.of(numerator, denominator);
            } catch (IllegalArgumentException ex) {
                throw PublishedText.error(typed, "value", ex.getMessage());
            }
        }
        return describe(typed, number, fraction, hint, base, null);
    }

    private static MissingReason reason(String typed, String s) {
        String words = s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ");
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

    @Test
    void parse_randomTexts_readAsTheRegularExpressionDid() {
        int values = 0;
        for (String text : texts(SEED)) {
            String expected = before(text);
            assertThat(now(text)).as("seed %d: '%s'", SEED, text).isEqualTo(expected);
            values += expected.contains(" scale ") ? 1 : 0;
        }
        assertThat(values).isGreaterThan(3_000);
    }

    @Test
    void words_randomTexts_asTheReplacementGave() {
        SplittableRandom random = new SplittableRandom(SEED);
        String[] pieces = {"a", "B", " ", "  ", "\t", "\n", "\r", "\u000b", "\f", "\u00a0", "\u2003", "N/A", "İ",
            "Data", "x y"};
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(6);
            for (int p = 0; p < n; p++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            assertThat(PublishedText.words(s)).as("seed %d: '%s'", SEED, s)
                    .isEqualTo(s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " "));
        }
    }
}
