package org.outturn.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a UK financial year, such as {@code 2024/25 Q1}.
 *
 * <p>Q1 is April - June, Q2 July - September, Q3 October - December and Q4 January - March of the
 * following calendar year: {@code 2024/25 Q1} is 1 April - 30 June 2024 and {@code 2024/25 Q4} is
 * 1 January - 31 March 2025. The canonical notation is the financial year, a space and the quarter;
 * {@link #parse(CharSequence)} also reads {@code 2024/25Q1}, {@code 2024/2025 Q1}, {@code Q1 2024/25}
 * and {@code FY2024/25 Q1}.
 *
 * <p>The supported financial years are those of {@link FinancialYear}: {@code 1900/01} to
 * {@code 9998/99}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FinancialQuarter implements ReportingPeriod {

    /** The notations: year in groups 1-2 and quarter in 3, or quarter in 4 and year in 5-6. */
    private static final Pattern PATTERN = Pattern.compile(
            "(?:FY ?)?" + FinancialYear.PAIR + " ?Q(\\d)|Q(\\d) (?:FY ?)?" + FinancialYear.PAIR,
            Pattern.CASE_INSENSITIVE);

    /** The financial year. */
    private final FinancialYear year;
    /** The quarter, from 1 to 4. */
    private final int quarter;

    /**
     * Creates a quarter; see {@link #of(FinancialYear, int)}.
     *
     * @param year  the financial year
     * @param quarter  the validated quarter
     */
    private FinancialQuarter(FinancialYear year, int quarter) {
        this.year = year;
        this.quarter = quarter;
    }

    /**
     * Obtains a quarter of a financial year.
     *
     * <p>For example {@code FinancialQuarter.of(FinancialYear.of(2024), 1)} is {@code 2024/25 Q1}.
     *
     * @param year  the financial year, not null
     * @param quarter  the quarter, from 1 to 4
     * @return the quarter, not null
     * @throws IllegalArgumentException if the quarter is out of range, with a message such as
     *     {@code Invalid value for quarter (valid values 1 - 4): 5}
     */
    public static FinancialQuarter of(FinancialYear year, int quarter) {
        Objects.requireNonNull(year, "year");
        return new FinancialQuarter(year, PeriodSupport.checkRange("quarter", quarter, 1, 4));
    }

    /**
     * Obtains a quarter of the financial year starting in a calendar year.
     *
     * <p>For example {@code FinancialQuarter.of(2024, 4)} is {@code 2024/25 Q4}, January - March 2025.
     *
     * @param startYear  the calendar year in which the financial year starts, from 1900 to 9998
     * @param quarter  the quarter, from 1 to 4
     * @return the quarter, not null
     * @throws IllegalArgumentException if the start year or the quarter is out of range
     */
    public static FinancialQuarter of(int startYear, int quarter) {
        return of(FinancialYear.of(startYear), quarter);
    }

    /**
     * Obtains the financial quarter containing a date.
     *
     * <p>For example 15 February 2025 is in {@code 2024/25 Q4}.
     *
     * @param date  the date, not null
     * @return the quarter containing the date, not null
     * @throws IllegalArgumentException if its financial year is out of range
     */
    public static FinancialQuarter from(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return of(FinancialYear.from(date), (date.getMonthValue() + 8) % 12 / 3 + 1);
    }

    /**
     * Reads a financial quarter.
     *
     * <p>Accepts {@code 2024/25 Q1} (canonical), {@code 2024/25Q1}, {@code 2024/2025 Q1},
     * {@code Q1 2024/25} and {@code FY2024/25 Q1}, ignoring leading and trailing whitespace and the case
     * of the letters. The year may be written in any notation of {@link FinancialYear#parse(CharSequence)}.
     *
     * @param text  the text to read, such as {@code "Q1 2024/25"}, not null
     * @return the quarter, not null
     * @throws DateTimeParseException if the text is not a financial quarter, or has an invalid value,
     *     with a message such as
     *     {@code Text '2024/25 Q5' could not be parsed at index 9: Invalid value for quarter (valid values 1 - 4): 5}
     */
    public static FinancialQuarter parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        FinancialQuarter quarter = parseOrNull(s, PeriodSupport.trimmedStart(s), PeriodSupport.trimmedEnd(s));
        if (quarter == null) {
            throw PeriodSupport.parseError(s, 0, "not a financial quarter (accepted notations: 2024/25 Q1, "
                    + "2024/25Q1, 2024/2025 Q1, Q1 2024/25, FY2024/25 Q1)");
        }
        return quarter;
    }

    /**
     * Reads a financial quarter from a region of a text.
     *
     * @param text  the whole text, for messages and indexes, not null
     * @param from  the start of the region, inclusive
     * @param to  the end of the region, exclusive
     * @return the quarter, or null if the region does not have the shape of one
     * @throws DateTimeParseException if the region has the shape of a quarter but an invalid value
     */
    static FinancialQuarter parseOrNull(String text, int from, int to) {
        Matcher matcher = PATTERN.matcher(text).region(from, to);
        if (!matcher.matches()) {
            return null;
        }
        int yearGroup = matcher.group(1) != null ? 1 : 5;
        int quarterGroup = matcher.group(1) != null ? 3 : 4;
        FinancialYear year = FinancialYear.parsePair(text, matcher, yearGroup);
        try {
            return of(year, Integer.parseInt(matcher.group(quarterGroup)));
        } catch (IllegalArgumentException ex) {
            throw PeriodSupport.parseError(text, matcher.start(quarterGroup), ex);
        }
    }

    /**
     * Returns the financial year of this quarter.
     *
     * <p>For example {@code 2024/25} for {@code 2024/25 Q4}.
     *
     * @return the financial year, not null
     */
    public FinancialYear year() {
        return year;
    }

    /**
     * Returns the number of this quarter within its financial year.
     *
     * <p>For example {@code 1} for {@code 2024/25 Q1}.
     *
     * @return the quarter, from 1 to 4
     */
    public int quarter() {
        return quarter;
    }

    /**
     * Returns the first day of this quarter, inclusive.
     *
     * <p>For example 1 April 2024 for {@code 2024/25 Q1} and 1 January 2025 for {@code 2024/25 Q4}.
     *
     * @return the first day, not null
     */
    @Override
    public LocalDate startInclusive() {
        int month = 3 * quarter + 1;
        return month > 12
                ? LocalDate.of(year.endYear(), month - 12, 1)
                : LocalDate.of(year.startYear(), month, 1);
    }

    /**
     * Returns the last day of this quarter, inclusive.
     *
     * <p>For example 30 June 2024 for {@code 2024/25 Q1} and 31 March 2025 for {@code 2024/25 Q4}.
     *
     * @return the last day, not null
     */
    @Override
    public LocalDate endInclusive() {
        return startInclusive().plusMonths(3).minusDays(1);
    }

    /**
     * Returns {@link Frequency#QUARTERLY}.
     *
     * @return {@code QUARTERLY}, not null
     */
    @Override
    public Frequency frequency() {
        return Frequency.QUARTERLY;
    }

    /**
     * Returns the quarter a number of quarters later.
     *
     * <p>For example {@code 2025/26 Q1} for {@code 2024/25 Q4} plus 1.
     *
     * @param quarters  the quarters to add, may be negative
     * @return the later quarter, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    public FinancialQuarter plusQuarters(long quarters) {
        if (quarters == 0) {
            return this;
        }
        long index = PeriodSupport.addYears(year.startYear() * 4L + quarter - 1, quarters);
        long startYear = Math.floorDiv(index, 4L);
        FinancialYear newYear = startYear == year.startYear() ? year : year.plusYears(startYear - year.startYear());
        return new FinancialQuarter(newYear, (int) Math.floorMod(index, 4L) + 1);
    }

    /**
     * Returns the quarter a number of quarters earlier.
     *
     * <p>For example {@code 2023/24 Q4} for {@code 2024/25 Q1} minus 1.
     *
     * @param quarters  the quarters to subtract, may be negative
     * @return the earlier quarter, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    public FinancialQuarter minusQuarters(long quarters) {
        return quarters == Long.MIN_VALUE ? plusQuarters(Long.MAX_VALUE).plusQuarters(1) : plusQuarters(-quarters);
    }

    /**
     * Returns the following quarter, such as {@code 2025/26 Q1} after {@code 2024/25 Q4}.
     *
     * @return the next quarter, not null
     * @throws IllegalArgumentException if this is {@code 9998/99 Q4}
     */
    @Override
    public FinancialQuarter next() {
        return plusQuarters(1);
    }

    /**
     * Returns the preceding quarter, such as {@code 2023/24 Q4} before {@code 2024/25 Q1}.
     *
     * @return the previous quarter, not null
     * @throws IllegalArgumentException if this is {@code 1900/01 Q1}
     */
    @Override
    public FinancialQuarter previous() {
        return plusQuarters(-1);
    }

    /**
     * Returns the same quarter a number of years later, such as {@code 2025/26 Q2} for
     * {@code 2024/25 Q2} plus 1.
     *
     * @param years  the years to add, may be negative
     * @return the later quarter, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public FinancialQuarter plusYears(long years) {
        return years == 0 ? this : new FinancialQuarter(year.plusYears(years), quarter);
    }

    /**
     * Returns the same quarter a number of years earlier, such as {@code 2023/24 Q2} for
     * {@code 2024/25 Q2} minus 1.
     *
     * @param years  the years to subtract, may be negative
     * @return the earlier quarter, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public FinancialQuarter minusYears(long years) {
        return years == 0 ? this : new FinancialQuarter(year.minusYears(years), quarter);
    }

    /**
     * Checks whether this quarter is equal to another: the same quarter of the same financial year.
     *
     * @param obj  the object to check, null returns false
     * @return true if {@code obj} is an equal financial quarter
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof FinancialQuarter other && quarter == other.quarter && year.equals(other.year);
    }

    /**
     * Returns a hash code for this quarter.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return year.hashCode() * 4 + quarter;
    }

    /**
     * Returns the canonical notation, such as {@code 2024/25 Q1}.
     *
     * @return the canonical notation, not null
     */
    @Override
    public String toString() {
        return year + " Q" + quarter;
    }
}
