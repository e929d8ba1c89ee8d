package org.outturn.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two consecutive financial years, such as {@code 2024/25-2025/26}, the period of a biennial survey
 * (for example the ASCOF carers' survey).
 *
 * <p>The canonical notation is the two financial years joined by a hyphen: {@code 2024/25-2025/26} is
 * 1 April 2024 - 31 March 2026. {@link #parse(CharSequence)} also reads spaces around the hyphen, an en
 * dash and four-digit end years ({@code 2024/2025-2025/2026}).
 *
 * <p>Bienniums recur every two years: {@link #next()} is the biennium starting the day after this one
 * ends, so successive bienniums tile time. {@link #plusYears(long)} moves by years, so
 * {@code plusYears(1)} overlaps this biennium by one year.
 *
 * <p>The supported first financial years are {@code 1900/01} to {@code 9997/98}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Biennium implements ReportingPeriod {

    /** The earliest supported start year of the first financial year. */
    private static final int MIN_START_YEAR = FinancialYear.MIN_START_YEAR;
    /** The latest supported start year of the first financial year. */
    private static final int MAX_START_YEAR = FinancialYear.MAX_START_YEAR - 1;

    /** The notations: the first year pair in groups 1-2, the second in groups 3-4. */
    private static final Pattern PATTERN = Pattern.compile(
            FinancialYear.PAIR + " ?[-\u2013] ?" + FinancialYear.PAIR);

    /** The first of the two financial years. */
    private final FinancialYear first;

    /**
     * Creates a biennium; see {@link #of(FinancialYear)}.
     *
     * @param first  the validated first financial year
     */
    private Biennium(FinancialYear first) {
        this.first = first;
    }

    /**
     * Obtains the biennium made of a financial year and the following one.
     *
     * <p>For example {@code Biennium.of(FinancialYear.of(2024))} is {@code 2024/25-2025/26}.
     *
     * @param first  the first financial year, from {@code 1900/01} to {@code 9997/98}, not null
     * @return the biennium, not null
     * @throws IllegalArgumentException if the first year is out of range, with a message such as
     *     {@code Invalid value for biennium (valid values 1900 - 9997): 9998}
     */
    public static Biennium of(FinancialYear first) {
        Objects.requireNonNull(first, "first");
        checkStartYear(first.startYear());
        return new Biennium(first);
    }

    /**
     * Obtains the biennium whose first financial year starts in a calendar year.
     *
     * <p>For example {@code Biennium.of(2024)} is {@code 2024/25-2025/26}.
     *
     * @param firstStartYear  the calendar year in which the first financial year starts, from 1900 to 9997
     * @return the biennium, not null
     * @throws IllegalArgumentException if the year is out of range
     */
    public static Biennium of(int firstStartYear) {
        return new Biennium(FinancialYear.of(checkStartYear(firstStartYear)));
    }

    /**
     * Reads a biennium.
     *
     * <p>Accepts {@code 2024/25-2025/26} (canonical), {@code 2024/25 - 2025/26}, an en dash instead of
     * the hyphen, and each financial year as {@code 2024/2025}, ignoring leading and trailing whitespace.
     * The second financial year must follow the first.
     *
     * @param text  the text to read, such as {@code "2024/25-2025/26"}, not null
     * @return the biennium, not null
     * @throws DateTimeParseException if the text is not a biennium, with a message such as
     *     {@code Text '2024/25-2026/27' could not be parsed at index 8: financial years must be consecutive},
     *     or if a year is invalid or out of range
     */
    public static Biennium parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        Biennium biennium = parseOrNull(s, PeriodSupport.trimmedStart(s), PeriodSupport.trimmedEnd(s));
        if (biennium == null) {
            throw PeriodSupport.parseError(s, 0,
                    "not a biennium (accepted notations: 2024/25-2025/26, 2024/25 - 2025/26)");
        }
        return biennium;
    }

    /**
     * Reads a biennium from a region of a text.
     *
     * @param text  the whole text, for messages and indexes, not null
     * @param from  the start of the region, inclusive
     * @param to  the end of the region, exclusive
     * @return the biennium, or null if the region does not have the shape of one
     * @throws DateTimeParseException if the region has the shape of a biennium but an invalid value
     */
    static Biennium parseOrNull(String text, int from, int to) {
        Matcher matcher = PATTERN.matcher(text).region(from, to);
        if (!matcher.matches()) {
            return null;
        }
        FinancialYear first = FinancialYear.parsePair(text, matcher, 1);
        FinancialYear second = FinancialYear.parsePair(text, matcher, 3);
        if (second.startYear() != first.startYear() + 1) {
            throw PeriodSupport.parseError(text, matcher.start(3), "financial years must be consecutive");
        }
        try {
            return of(first);
        } catch (IllegalArgumentException ex) {
            throw PeriodSupport.parseError(text, matcher.start(1), ex);
        }
    }

    /**
     * Returns the first financial year.
     *
     * <p>For example {@code 2024/25} for {@code 2024/25-2025/26}.
     *
     * @return the first financial year, not null
     */
    public FinancialYear first() {
        return first;
    }

    /**
     * Returns the second financial year.
     *
     * <p>For example {@code 2025/26} for {@code 2024/25-2025/26}.
     *
     * @return the second financial year, not null
     */
    public FinancialYear second() {
        return first.next();
    }

    /**
     * Returns 1 April of the first financial year, inclusive.
     *
     * @return the first day, not null
     */
    @Override
    public LocalDate startInclusive() {
        return first.startInclusive();
    }

    /**
     * Returns 31 March at the end of the second financial year, inclusive.
     *
     * @return the last day, not null
     */
    @Override
    public LocalDate endInclusive() {
        return LocalDate.of(first.startYear() + 2, 3, 31);
    }

    /**
     * Returns {@link Frequency#BIENNIAL}.
     *
     * @return {@code BIENNIAL}, not null
     */
    @Override
    public Frequency frequency() {
        return Frequency.BIENNIAL;
    }

    /**
     * Returns the following biennium, two years later, such as {@code 2026/27-2027/28} after
     * {@code 2024/25-2025/26}.
     *
     * @return the next biennium, starting the day after this one ends, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public Biennium next() {
        return plusYears(2);
    }

    /**
     * Returns the preceding biennium, two years earlier, such as {@code 2022/23-2023/24} before
     * {@code 2024/25-2025/26}.
     *
     * @return the previous biennium, ending the day before this one starts, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public Biennium previous() {
        return plusYears(-2);
    }

    /**
     * Returns the biennium a number of years later, such as {@code 2025/26-2026/27} for
     * {@code 2024/25-2025/26} plus 1.
     *
     * @param years  the years to add, may be negative
     * @return the later biennium, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public Biennium plusYears(long years) {
        return years == 0 ? this : of(first.plusYears(years));
    }

    /**
     * Returns the biennium a number of years earlier, such as {@code 2023/24-2024/25} for
     * {@code 2024/25-2025/26} minus 1. Use {@link #previous()} for the preceding biennium.
     *
     * @param years  the years to subtract, may be negative
     * @return the earlier biennium, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public Biennium minusYears(long years) {
        return years == 0 ? this : of(first.minusYears(years));
    }

    /**
     * Checks whether this biennium is equal to another: one with the same first financial year.
     *
     * @param obj  the object to check, null returns false
     * @return true if {@code obj} is an equal biennium
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Biennium other && first.equals(other.first);
    }

    /**
     * Returns a hash code for this biennium.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return -first.hashCode();
    }

    /**
     * Returns the canonical notation, such as {@code 2024/25-2025/26}.
     *
     * @return the canonical notation, not null
     */
    @Override
    public String toString() {
        return first + "-" + second();
    }

    /**
     * Checks the start year of the first financial year against the supported range.
     *
     * @param startYear  the start year of the first financial year
     * @return the start year of the first financial year as an int
     * @throws IllegalArgumentException if it is out of range
     */
    private static int checkStartYear(long startYear) {
        return PeriodSupport.checkRange("biennium", startYear, MIN_START_YEAR, MAX_START_YEAR);
    }
}
