package org.outturn.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quarters of a financial year from the first to a given one, such as {@code 2022/23 Q1-Q3}
 * (April - December 2022), the cumulative periods that Fingertips publishes within a year.
 *
 * <p>The canonical notation is the financial year and the quarters: {@code 2022/23 Q1-Q3}.
 * {@link #parse(CharSequence)} also reads spaces or an en dash between the quarters
 * ({@code 2022/23 Q1 - Q3}) and the year in any notation of {@link FinancialYear#parse(CharSequence)}.
 * Cumulative quarters always start with Q1; {@code 2022/23 Q1-Q1} is the first quarter alone, and
 * {@code 2022/23 Q1-Q4} the whole year. They are not equal to the {@link FinancialQuarter},
 * {@link YearToDate} or {@link FinancialYear} with the same days.
 *
 * <p>Cumulative quarters recur {@link Frequency#QUARTERLY}, one quarter longer each time, like a year to
 * date: after {@code Q1-Q4} comes the next year's {@code Q1-Q1}. The supported years are those of
 * {@link FinancialYear}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CumulativeQuarters implements ReportingPeriod {

    /** The notations, with the year in groups 1-2, the first quarter in 3 and the last in 4. */
    private static final Pattern PATTERN = Pattern.compile(
            "(?:FY ?)?" + FinancialYear.PAIR + " ?Q(\\d) ?[-\u2013] ?Q(\\d)", Pattern.CASE_INSENSITIVE);

    /** The financial year. */
    private final FinancialYear year;
    /** The last quarter, from 1 to 4. */
    private final int lastQuarter;

    /**
     * Creates cumulative quarters; see {@link #to(FinancialQuarter)}.
     *
     * @param year  the financial year
     * @param lastQuarter  the validated last quarter
     */
    private CumulativeQuarters(FinancialYear year, int lastQuarter) {
        this.year = year;
        this.lastQuarter = lastQuarter;
    }

    /**
     * Obtains the quarters of a financial year from Q1 to a given quarter.
     *
     * <p>For example {@code CumulativeQuarters.to(FinancialQuarter.of(2022, 3))} is {@code 2022/23 Q1-Q3}.
     *
     * @param last  the last quarter, not null
     * @return the cumulative quarters, not null
     */
    public static CumulativeQuarters to(FinancialQuarter last) {
        Objects.requireNonNull(last, "last");
        return new CumulativeQuarters(last.year(), last.quarter());
    }

    /**
     * Reads cumulative quarters.
     *
     * <p>Accepts {@code 2022/23 Q1-Q3} (canonical), {@code 2022/23 Q1 - Q3}, an en dash, and the year as
     * {@code 2022/2023} or {@code FY2022/23}, in any case, ignoring leading and trailing whitespace.
     *
     * @param text  the text to read, such as {@code "2022/23 Q1-Q3"}, not null
     * @return the cumulative quarters, not null
     * @throws DateTimeParseException if the text is not cumulative quarters, or has an invalid value, with
     *     a message such as {@code Text '2022/23 Q2-Q3' could not be parsed at index 9: cumulative quarters
     *     start with Q1}
     */
    public static CumulativeQuarters parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        CumulativeQuarters quarters = parseOrNull(s, PeriodSupport.trimmedStart(s), PeriodSupport.trimmedEnd(s));
        if (quarters == null) {
            throw PeriodSupport.parseError(s, 0, "not cumulative quarters (accepted notations: "
                    + "2022/23 Q1-Q3, 2022/23 Q1 - Q3)");
        }
        return quarters;
    }

    /**
     * Reads cumulative quarters from a region of a text.
     *
     * @param text  the whole text, for messages and indexes, not null
     * @param from  the start of the region, inclusive
     * @param to  the end of the region, exclusive
     * @return the cumulative quarters, or null if the region does not have the shape of them
     * @throws DateTimeParseException if the region has the shape of cumulative quarters but an invalid value
     */
    static CumulativeQuarters parseOrNull(String text, int from, int to) {
        Matcher matcher = PATTERN.matcher(text).region(from, to);
        if (!matcher.matches()) {
            return null;
        }
        FinancialYear year = FinancialYear.parsePair(text, matcher, 1);
        if (!matcher.group(3).equals("1")) {
            throw PeriodSupport.parseError(text, matcher.start(3), "cumulative quarters start with Q1");
        }
        try {
            return new CumulativeQuarters(year,
                    PeriodSupport.checkRange("quarter", Integer.parseInt(matcher.group(4)), 1, 4));
        } catch (IllegalArgumentException ex) {
            throw PeriodSupport.parseError(text, matcher.start(4), ex);
        }
    }

    /**
     * Returns the financial year.
     *
     * @return the financial year, not null
     */
    public FinancialYear year() {
        return year;
    }

    /**
     * Returns the last quarter, such as {@code 2022/23 Q3} for {@code 2022/23 Q1-Q3}.
     *
     * @return the last quarter, not null
     */
    public FinancialQuarter last() {
        return year.quarter(lastQuarter);
    }

    /**
     * Returns 1 April of the financial year.
     *
     * @return the first day, not null
     */
    @Override
    public LocalDate startInclusive() {
        return year.startInclusive();
    }

    /**
     * Returns the last day of the last quarter, such as 31 December 2022 for {@code 2022/23 Q1-Q3}.
     *
     * @return the last day, not null
     */
    @Override
    public LocalDate endInclusive() {
        return last().endInclusive();
    }

    /**
     * Returns {@link Frequency#QUARTERLY}: cumulative quarters recur a quarter later each time.
     *
     * @return {@code QUARTERLY}, not null
     */
    @Override
    public Frequency frequency() {
        return Frequency.QUARTERLY;
    }

    /**
     * Returns the cumulative quarters ending a quarter later: {@code 2022/23 Q1-Q4} after
     * {@code 2022/23 Q1-Q3}, and {@code 2023/24 Q1-Q1} after {@code 2022/23 Q1-Q4}.
     *
     * @return the next cumulative quarters, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public CumulativeQuarters next() {
        return to(last().next());
    }

    /**
     * Returns the cumulative quarters ending a quarter earlier: {@code 2022/23 Q1-Q2} before
     * {@code 2022/23 Q1-Q3}, and {@code 2021/22 Q1-Q4} before {@code 2022/23 Q1-Q1}.
     *
     * @return the previous cumulative quarters, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public CumulativeQuarters previous() {
        return to(last().previous());
    }

    /**
     * Returns the same quarters a number of years later, such as {@code 2023/24 Q1-Q3} for
     * {@code 2022/23 Q1-Q3} plus 1.
     *
     * @param years  the years to add, may be negative
     * @return the later cumulative quarters, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public CumulativeQuarters plusYears(long years) {
        return years == 0 ? this : new CumulativeQuarters(year.plusYears(years), lastQuarter);
    }

    /**
     * Returns the same quarters a number of years earlier, such as {@code 2021/22 Q1-Q3} for
     * {@code 2022/23 Q1-Q3} minus 1: the same point last year.
     *
     * @param years  the years to subtract, may be negative
     * @return the earlier cumulative quarters, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public CumulativeQuarters minusYears(long years) {
        return years == 0 ? this : new CumulativeQuarters(year.minusYears(years), lastQuarter);
    }

    /**
     * Checks whether these cumulative quarters are equal to others: the same year and last quarter.
     *
     * @param obj  the object to check, null returns false
     * @return true if {@code obj} is equal cumulative quarters
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof CumulativeQuarters other && year.equals(other.year) && lastQuarter == other.lastQuarter;
    }

    /**
     * Returns a hash code for these cumulative quarters.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return -(year.hashCode() * 4 + lastQuarter);
    }

    /**
     * Returns the canonical notation, such as {@code 2022/23 Q1-Q3}.
     *
     * @return the canonical notation, not null
     */
    @Override
    public String toString() {
        return year + " Q1-Q" + lastQuarter;
    }
}
