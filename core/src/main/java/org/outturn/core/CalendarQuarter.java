package org.outturn.core;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a calendar year, such as {@code 2024 Q1} (January - March 2024), as NHS and public-health
 * data publish.
 *
 * <p>The canonical notation is the year, a space and the quarter: {@code 2024 Q1}.
 * {@link #parse(CharSequence)} also reads {@code 2024Q1}, {@code Q1 2024} and the months of the quarter,
 * {@code Jan-Mar 2024}, {@code Jan - Mar 2024} or {@code January-March 2024}. A calendar quarter is not a
 * {@link FinancialQuarter}: {@code 2024 Q2} and {@code 2024/25 Q1} cover the same days but are not equal.
 *
 * <p>The supported years are those of {@link CalendarYear}, 1901 to 9998.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarQuarter implements ReportingPeriod {

    /** The earliest supported year. */
    private static final int MIN_YEAR = FinancialYear.MIN_START_YEAR + 1;
    /** The latest supported year. */
    private static final int MAX_YEAR = FinancialYear.MAX_START_YEAR;

    /**
     * The notations: year in 1 and quarter in 2; quarter in 3 and year in 4; first month in 5, last
     * month in 6 and year in 7.
     */
    private static final Pattern PATTERN = Pattern.compile(
            "(\\d{4}) ?Q(\\d)|Q(\\d) (\\d{4})|([a-z]{3,}) ?[-\u2013] ?([a-z]{3,}) (\\d{4})",
            Pattern.CASE_INSENSITIVE);

    /** The calendar year. */
    private final int year;
    /** The quarter, from 1 to 4. */
    private final int quarter;

    /**
     * Creates a quarter; see {@link #of(int, int)}.
     *
     * @param year  the validated year
     * @param quarter  the validated quarter
     */
    private CalendarQuarter(int year, int quarter) {
        this.year = year;
        this.quarter = quarter;
    }

    /**
     * Obtains a quarter of a calendar year.
     *
     * <p>For example {@code CalendarQuarter.of(2024, 1)} is {@code 2024 Q1}.
     *
     * @param year  the calendar year, from 1901 to 9998
     * @param quarter  the quarter, from 1 to 4
     * @return the quarter, not null
     * @throws IllegalArgumentException if a value is out of range, with a message such as
     *     {@code Invalid value for quarter (valid values 1 - 4): 5} or
     *     {@code Invalid value for calendar year (valid values 1901 - 9998): 1900}
     */
    public static CalendarQuarter of(int year, int quarter) {
        PeriodSupport.checkRange("quarter", quarter, 1, 4);
        return new CalendarQuarter(checkYear(year), quarter);
    }

    /**
     * Obtains the calendar quarter containing a date.
     *
     * <p>For example {@code 2024 Q2} for 30 June 2024.
     *
     * @param date  the date, not null
     * @return the quarter, not null
     * @throws IllegalArgumentException if the date's year is out of range
     */
    public static CalendarQuarter from(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return of(date.getYear(), (date.getMonthValue() + 2) / 3);
    }

    /**
     * Reads a calendar quarter.
     *
     * <p>Accepts {@code 2024 Q1} (canonical), {@code 2024Q1}, {@code Q1 2024}, and the quarter's first and
     * last months with a hyphen or an en dash, {@code Jan-Mar 2024}, in any case, ignoring leading and
     * trailing whitespace.
     *
     * @param text  the text to read, such as {@code "Jan-Mar 2024"}, not null
     * @return the quarter, not null
     * @throws DateTimeParseException if the text is not a calendar quarter, or has an invalid value, with
     *     a message such as {@code Text 'Jan-Apr 2024' could not be parsed at index 0: months must be those of
     *     a calendar quarter (Jan-Mar, Apr-Jun, Jul-Sep, Oct-Dec)}
     */
    public static CalendarQuarter parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        CalendarQuarter quarter = parseOrNull(s, PeriodSupport.trimmedStart(s), PeriodSupport.trimmedEnd(s));
        if (quarter == null) {
            throw PeriodSupport.parseError(s, 0, "not a calendar quarter (accepted notations: 2024 Q1, "
                    + "2024Q1, Q1 2024, Jan-Mar 2024)");
        }
        return quarter;
    }

    /**
     * Reads a calendar quarter from a region of a text.
     *
     * @param text  the whole text, for messages and indexes, not null
     * @param from  the start of the region, inclusive
     * @param to  the end of the region, exclusive
     * @return the quarter, or null if the region does not have the shape of one
     * @throws DateTimeParseException if the region has the shape of a quarter but an invalid value
     */
    static CalendarQuarter parseOrNull(String text, int from, int to) {
        Matcher matcher = PATTERN.matcher(text).region(from, to);
        if (!matcher.matches()) {
            return null;
        }
        int yearGroup;
        int quarter;
        if (matcher.group(5) != null) {
            Month first = month(text, matcher, 5);
            Month last = month(text, matcher, 6);
            if (first.getValue() % 3 != 1 || last.getValue() != first.getValue() + 2) {
                throw PeriodSupport.parseError(text, matcher.start(5),
                        "months must be those of a calendar quarter (Jan-Mar, Apr-Jun, Jul-Sep, Oct-Dec)");
            }
            quarter = (first.getValue() + 2) / 3;
            yearGroup = 7;
        } else {
            int quarterGroup = matcher.group(2) != null ? 2 : 3;
            yearGroup = matcher.group(2) != null ? 1 : 4;
            try {
                quarter = PeriodSupport.checkRange("quarter", Integer.parseInt(matcher.group(quarterGroup)), 1, 4);
            } catch (IllegalArgumentException ex) {
                throw PeriodSupport.parseError(text, matcher.start(quarterGroup), ex);
            }
        }
        try {
            return of(Integer.parseInt(matcher.group(yearGroup)), quarter);
        } catch (IllegalArgumentException ex) {
            throw PeriodSupport.parseError(text, matcher.start(yearGroup), ex);
        }
    }

    /**
     * Reads a month name of a quarter's notation.
     *
     * @param text  the whole text, for messages
     * @param matcher  the matcher
     * @param group  the group of the name
     * @return the month, not null
     * @throws DateTimeParseException if the name is no month's
     */
    private static Month month(String text, Matcher matcher, int group) {
        Month month = ReportingMonth.monthNamed(matcher.group(group).toLowerCase(Locale.ROOT));
        if (month == null) {
            throw PeriodSupport.parseError(text, matcher.start(group),
                    "unknown month name '" + matcher.group(group) + "'");
        }
        return month;
    }

    /**
     * Returns the calendar year.
     *
     * @return the year, from 1901 to 9998
     */
    public int year() {
        return year;
    }

    /**
     * Returns the quarter of the year: 1 for January - March, 4 for October - December.
     *
     * @return the quarter, from 1 to 4
     */
    public int quarter() {
        return quarter;
    }

    /**
     * Returns the calendar year of this quarter.
     *
     * @return the year, not null
     */
    public CalendarYear calendarYear() {
        return CalendarYear.of(year);
    }

    /**
     * Returns the first day of the quarter, such as 1 April 2024 for {@code 2024 Q2}.
     *
     * @return the first day, not null
     */
    @Override
    public LocalDate startInclusive() {
        return LocalDate.of(year, quarter * 3 - 2, 1);
    }

    /**
     * Returns the last day of the quarter, such as 30 June 2024 for {@code 2024 Q2}.
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
     * Returns the quarter a number of quarters later, such as {@code 2025 Q1} for {@code 2024 Q4} plus 1.
     *
     * @param quarters  the quarters to add, may be negative
     * @return the later quarter, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    public CalendarQuarter plusQuarters(long quarters) {
        if (quarters == 0) {
            return this;
        }
        long index = PeriodSupport.addYears(year * 4L + quarter - 1, quarters);
        return new CalendarQuarter(checkYear(Math.floorDiv(index, 4L)), (int) Math.floorMod(index, 4L) + 1);
    }

    /**
     * Returns the next quarter, such as {@code 2025 Q1} after {@code 2024 Q4}.
     *
     * @return the next quarter, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public CalendarQuarter next() {
        return plusQuarters(1);
    }

    /**
     * Returns the previous quarter, such as {@code 2024 Q4} before {@code 2025 Q1}.
     *
     * @return the previous quarter, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public CalendarQuarter previous() {
        return plusQuarters(-1);
    }

    /**
     * Returns the same quarter a number of years later, such as {@code 2025 Q1} for {@code 2024 Q1} plus 1.
     *
     * @param years  the years to add, may be negative
     * @return the later quarter, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public CalendarQuarter plusYears(long years) {
        return years == 0 ? this : new CalendarQuarter(checkYear(PeriodSupport.addYears(year, years)), quarter);
    }

    /**
     * Returns the same quarter a number of years earlier, such as {@code 2023 Q1} for {@code 2024 Q1}
     * minus 1.
     *
     * @param years  the years to subtract, may be negative
     * @return the earlier quarter, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public CalendarQuarter minusYears(long years) {
        return years == Long.MIN_VALUE ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-years);
    }

    /**
     * Checks whether this quarter is equal to another: the same year and quarter.
     *
     * @param obj  the object to check, null returns false
     * @return true if {@code obj} is an equal calendar quarter
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof CalendarQuarter other && year == other.year && quarter == other.quarter;
    }

    /**
     * Returns a hash code for this quarter.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return year * 4 + quarter;
    }

    /**
     * Returns the canonical notation, such as {@code 2024 Q1}.
     *
     * @return the canonical notation, not null
     */
    @Override
    public String toString() {
        return year + " Q" + quarter;
    }

    /**
     * Checks a year against the supported range.
     *
     * @param year  the year
     * @return the year as an int
     * @throws IllegalArgumentException if it is out of range
     */
    private static int checkYear(long year) {
        return PeriodSupport.checkRange("calendar year", year, MIN_YEAR, MAX_YEAR);
    }
}
