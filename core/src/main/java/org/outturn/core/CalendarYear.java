package org.outturn.core;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A calendar year, from 1 January to 31 December, such as {@code 2024}.
 *
 * <p>The canonical notation is the four-digit year; {@link #parse(CharSequence)} also reads
 * {@code CY2024}. Some indicators are reported by calendar year instead of financial year.
 *
 * <p>The supported years are 1901 to 9998, the calendar years within the supported financial years,
 * so that a calendar year always divides into supported months and quarters.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarYear implements ReportingYear {

    /** The earliest supported year. */
    private static final int MIN_YEAR = FinancialYear.MIN_START_YEAR + 1;
    /** The latest supported year. */
    private static final int MAX_YEAR = FinancialYear.MAX_START_YEAR;

    /** The notations, with the year in group 1. */

    /** The year. */
    private final int year;

    /**
     * Creates a calendar year; see {@link #of(int)}.
     *
     * @param year  the validated year
     */
    private CalendarYear(int year) {
        this.year = year;
    }

    /**
     * Obtains a calendar year.
     *
     * <p>For example {@code CalendarYear.of(2024)} is {@code 2024}.
     *
     * @param year  the year, from 1901 to 9998
     * @return the calendar year, not null
     * @throws IllegalArgumentException if the year is out of range, with a message such as
     *     {@code Invalid value for calendar year (valid values 1901 - 9998): 1900}
     */
    public static CalendarYear of(int year) {
        return new CalendarYear(checkYear(year));
    }

    /**
     * Obtains the calendar year containing a date.
     *
     * <p>For example 31 March 2025 is in {@code 2025}.
     *
     * @param date  the date, not null
     * @return the calendar year, not null
     * @throws IllegalArgumentException if the year is out of range
     */
    public static CalendarYear from(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return of(date.getYear());
    }

    /**
     * Reads a calendar year.
     *
     * <p>Accepts {@code 2024} (canonical), {@code CY2024} and {@code CY 2024}, ignoring leading and
     * trailing whitespace and the case of {@code CY}.
     *
     * @param text  the text to read, such as {@code "2024"}, not null
     * @return the calendar year, not null
     * @throws DateTimeParseException if the text is not a calendar year, with a message such as
     *     {@code Text '24' could not be parsed at index 0: not a calendar year (accepted notations: 2024, CY2024)},
     *     or if the year is out of range
     */
    public static CalendarYear parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        CalendarYear year = parseOrNull(s, PeriodSupport.trimmedStart(s), PeriodSupport.trimmedEnd(s));
        if (year == null) {
            throw PeriodSupport.parseError(s, 0, "not a calendar year (accepted notations: 2024, CY2024)");
        }
        return year;
    }

    /**
     * Reads a calendar year from a region of a text.
     *
     * @param text  the whole text, for messages and indexes, not null
     * @param from  the start of the region, inclusive
     * @param to  the end of the region, exclusive
     * @return the calendar year, or null if the region does not have the shape of one
     * @throws DateTimeParseException if the region has the shape of a calendar year but is out of range
     */
    static CalendarYear parseOrNull(String text, int from, int to) {
        // the notations by shape, in the words of a regular expression: (?:CY ?)?(\d{4})
        int digits = PeriodSupport.afterPrefix(text, from, to, 'c', 'y');
        if (to - digits != 4 || !PeriodSupport.isDigits(text, digits, to)) {
            return null;
        }
        try {
            return of(PeriodSupport.digits(text, digits, to));
        } catch (IllegalArgumentException ex) {
            throw PeriodSupport.parseError(text, digits, ex);
        }
    }

    /**
     * Returns the year.
     *
     * <p>For example {@code 2024} for {@code 2024}.
     *
     * @return the year, from 1901 to 9998
     */
    public int year() {
        return year;
    }

    /**
     * Returns a month of this year.
     *
     * <p>For example {@code Mar-2024} for March in {@code 2024}.
     *
     * @param month  the month of the year, not null
     * @return the month within this year, not null
     */
    @Override
    public ReportingMonth month(Month month) {
        return ReportingMonth.of(year, month);
    }

    /**
     * Returns 1 January, inclusive.
     *
     * @return the first day, not null
     */
    @Override
    public LocalDate startInclusive() {
        return LocalDate.of(year, 1, 1);
    }

    /**
     * Returns 31 December, inclusive.
     *
     * @return the last day, not null
     */
    @Override
    public LocalDate endInclusive() {
        return LocalDate.of(year, 12, 31);
    }

    /**
     * Returns {@link Frequency#ANNUAL}.
     *
     * @return {@code ANNUAL}, not null
     */
    @Override
    public Frequency frequency() {
        return Frequency.ANNUAL;
    }

    /**
     * Returns the following year, such as {@code 2025} after {@code 2024}.
     *
     * @return the next year, not null
     * @throws IllegalArgumentException if this is {@code 9998}
     */
    @Override
    public CalendarYear next() {
        return plusYears(1);
    }

    /**
     * Returns the preceding year, such as {@code 2023} before {@code 2024}.
     *
     * @return the previous year, not null
     * @throws IllegalArgumentException if this is {@code 1901}
     */
    @Override
    public CalendarYear previous() {
        return plusYears(-1);
    }

    /**
     * Returns the year a number of years later, such as {@code 2026} for {@code 2024} plus 2.
     *
     * @param years  the years to add, may be negative
     * @return the later year, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public CalendarYear plusYears(long years) {
        return years == 0 ? this : new CalendarYear(checkYear(PeriodSupport.addYears(year, years)));
    }

    /**
     * Returns the year a number of years earlier, such as {@code 2023} for {@code 2024} minus 1.
     *
     * @param years  the years to subtract, may be negative
     * @return the earlier year, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public CalendarYear minusYears(long years) {
        return years == Long.MIN_VALUE ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-years);
    }

    /**
     * Checks whether this year is equal to another: a calendar year with the same number.
     *
     * @param obj  the object to check, null returns false
     * @return true if {@code obj} is an equal calendar year
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof CalendarYear other && year == other.year;
    }

    /**
     * Returns a hash code for this year.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return year;
    }

    /**
     * Returns the canonical notation, the four-digit year, such as {@code 2024}.
     *
     * @return the canonical notation, not null
     */
    @Override
    public String toString() {
        return Integer.toString(year);
    }

    /**
     * Checks the year against the supported range.
     *
     * @param year  the year
     * @return the year as an int
     * @throws IllegalArgumentException if it is out of range
     */
    private static int checkYear(long year) {
        return PeriodSupport.checkRange("calendar year", year, MIN_YEAR, MAX_YEAR);
    }
}
