package org.outturn.core;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * A UK financial year, from 1 April to 31 March of the following year, such as {@code 2024/25}.
 *
 * <p>The canonical notation is the start year, a slash and the last two digits of the end year:
 * {@code 2024/25} is 1 April 2024 - 31 March 2025, and {@code 1999/00} is 1 April 1999 - 31 March 2000.
 * {@link #parse(CharSequence)} also reads {@code 2024/2025}, {@code FY2024/25}, {@code FY 2024/25} and
 * {@code FY2024/2025}.
 *
 * <p>The supported start years are 1900 to 9998, so the latest year is {@code 9998/99}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FinancialYear implements ReportingYear {

    /** The earliest supported start year. */
    static final int MIN_START_YEAR = 1900;
    /** The latest supported start year. */
    static final int MAX_START_YEAR = 9998;

    /**
     * The regular expression of a year pair such as {@code 2024/25} or {@code 2024/2025}, with two
     * capturing groups: the start year and the end year.
     */
    static final String PAIR = "(\\d{4})/(\\d{2}|\\d{4})";

    /** The calendar year in which this financial year starts. */
    private final int startYear;

    /**
     * Creates a financial year; see {@link #of(int)}.
     *
     * @param startYear  the validated start year
     */
    private FinancialYear(int startYear) {
        this.startYear = startYear;
    }

    /**
     * Obtains the financial year starting on 1 April of a calendar year.
     *
     * <p>For example {@code FinancialYear.of(2024)} is {@code 2024/25}.
     *
     * @param startYear  the calendar year in which the financial year starts, from 1900 to 9998
     * @return the financial year, not null
     * @throws IllegalArgumentException if the start year is out of range, with a message such as
     *     {@code Invalid value for financial year (valid values 1900 - 9998): 1899}
     */
    public static FinancialYear of(int startYear) {
        return new FinancialYear(checkStartYear(startYear));
    }

    /**
     * Obtains the financial year containing a date.
     *
     * <p>For example 31 March 2025 is in {@code 2024/25}, and 1 April 2025 is in {@code 2025/26}.
     *
     * @param date  the date, not null
     * @return the financial year containing the date, not null
     * @throws IllegalArgumentException if that financial year is out of range
     */
    public static FinancialYear from(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return of(startYearOf(date));
    }

    /**
     * Reads a financial year.
     *
     * <p>Accepts {@code 2024/25} (canonical), {@code 2024/2025}, {@code FY2024/25}, {@code FY 2024/25} and
     * {@code FY2024/2025}, ignoring leading and trailing whitespace and the case of {@code FY}. The two
     * years must be consecutive.
     *
     * @param text  the text to read, such as {@code "2024/2025"}, not null
     * @return the financial year, not null
     * @throws DateTimeParseException if the text is not a financial year, with a message such as
     *     {@code Text '2024/26' could not be parsed at index 5: years must be consecutive}, or if the year
     *     is out of range
     */
    public static FinancialYear parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        FinancialYear year = parseOrNull(s, PeriodSupport.trimmedStart(s), PeriodSupport.trimmedEnd(s));
        if (year == null) {
            throw PeriodSupport.parseError(s, 0, "not a financial year (accepted notations: 2024/25, 2024/2025, "
                    + "FY2024/25, FY 2024/25, FY2024/2025)");
        }
        return year;
    }

    /**
     * Reads a financial year from a region of a text.
     *
     * @param text  the whole text, for messages and indexes, not null
     * @param from  the start of the region, inclusive
     * @param to  the end of the region, exclusive
     * @return the financial year, or null if the region does not have the shape of one
     * @throws DateTimeParseException if the region has the shape of a financial year but an invalid value
     */
    static FinancialYear parseOrNull(String text, int from, int to) {
        // the notations by shape, in the words of a regular expression: (?:FY ?)?(\d{4})/(\d{2}|\d{4})
        int pair = PeriodSupport.afterPrefix(text, from, to, 'f', 'y');
        return isPair(text, pair, to) ? parsePair(text, pair, to) : null;
    }

    /**
     * Checks whether a region of a text is exactly a year pair such as {@code 2024/25} or
     * {@code 2024/2025}: four digits, a slash, and two or four digits.
     *
     * @param text  the text, not null
     * @param from  the start of the region, inclusive
     * @param to  the end of the region, exclusive
     * @return true if the region is a year pair
     */
    static boolean isPair(String text, int from, int to) {
        int length = to - from;
        return (length == 7 || length == 9) && text.charAt(from + 4) == '/'
                && PeriodSupport.isDigits(text, from, from + 4) && PeriodSupport.isDigits(text, from + 5, to);
    }

    /**
     * Returns the calendar year in which this financial year starts.
     *
     * <p>For example {@code 2024} for {@code 2024/25}.
     *
     * @return the start year, from 1900 to 9998
     */
    public int startYear() {
        return startYear;
    }

    /**
     * Returns the calendar year in which this financial year ends.
     *
     * <p>For example {@code 2025} for {@code 2024/25}.
     *
     * @return the end year, from 1901 to 9999
     */
    public int endYear() {
        return startYear + 1;
    }

    /**
     * Returns a quarter of this financial year.
     *
     * <p>For example {@code 2024/25 Q1} (April - June 2024) for {@code quarter(1)}, and
     * {@code 2024/25 Q4} (January - March 2025) for {@code quarter(4)}.
     *
     * @param quarter  the quarter, from 1 to 4
     * @return the quarter, not null
     * @throws IllegalArgumentException if the quarter is out of range, with a message such as
     *     {@code Invalid value for quarter (valid values 1 - 4): 5}
     */
    public FinancialQuarter quarter(int quarter) {
        return FinancialQuarter.of(this, quarter);
    }

    /**
     * Returns a month of this financial year.
     *
     * <p>For example {@code Apr-2024} for April and {@code Mar-2025} for March in {@code 2024/25}.
     *
     * @param month  the month of the year, not null
     * @return the month within this financial year, not null
     */
    @Override
    public ReportingMonth month(Month month) {
        Objects.requireNonNull(month, "month");
        return ReportingMonth.of(month.compareTo(Month.APRIL) >= 0 ? startYear : startYear + 1, month);
    }

    /**
     * Returns 1 April of the start year, inclusive.
     *
     * @return the first day, not null
     */
    @Override
    public LocalDate startInclusive() {
        return LocalDate.of(startYear, 4, 1);
    }

    /**
     * Returns 31 March of the end year, inclusive.
     *
     * @return the last day, not null
     */
    @Override
    public LocalDate endInclusive() {
        return LocalDate.of(startYear + 1, 3, 31);
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
     * Returns the following financial year, such as {@code 2025/26} after {@code 2024/25}.
     *
     * @return the next financial year, not null
     * @throws IllegalArgumentException if this is {@code 9998/99}
     */
    @Override
    public FinancialYear next() {
        return plusYears(1);
    }

    /**
     * Returns the preceding financial year, such as {@code 2023/24} before {@code 2024/25}.
     *
     * @return the previous financial year, not null
     * @throws IllegalArgumentException if this is {@code 1900/01}
     */
    @Override
    public FinancialYear previous() {
        return plusYears(-1);
    }

    /**
     * Returns the financial year a number of years later, such as {@code 2026/27} for {@code 2024/25}
     * plus 2.
     *
     * @param years  the years to add, may be negative
     * @return the later financial year, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public FinancialYear plusYears(long years) {
        return years == 0 ? this : new FinancialYear(checkStartYear(PeriodSupport.addYears(startYear, years)));
    }

    /**
     * Returns the financial year a number of years earlier, such as {@code 2023/24} for {@code 2024/25}
     * minus 1.
     *
     * @param years  the years to subtract, may be negative
     * @return the earlier financial year, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public FinancialYear minusYears(long years) {
        return years == Long.MIN_VALUE ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-years);
    }

    /**
     * Checks whether this financial year is equal to another: one with the same start year.
     *
     * @param obj  the object to check, null returns false
     * @return true if {@code obj} is a financial year with the same start year
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof FinancialYear other && startYear == other.startYear;
    }

    /**
     * Returns a hash code for this financial year.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return startYear;
    }

    /**
     * Returns the canonical notation, such as {@code 2024/25} or {@code 1999/00}.
     *
     * @return the canonical notation, not null
     */
    @Override
    public String toString() {
        return startYear + "/" + PeriodSupport.twoDigits((startYear + 1) % 100);
    }

    // ---------------------------------------------------------------------------------------------
    // Package-private helpers shared by the reporting periods.

    /**
     * Returns the start year of the financial year containing a date, without a range check.
     *
     * @param date  the date, not null
     * @return the start year
     */
    static int startYearOf(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    /**
     * Validates the year pair captured by {@link #PAIR} and returns its financial year.
     *
     * @param text  the whole text, not null
     * @param matcher  the successful matcher, not null
     * @param group  the group of the start year; the end year is the next group
     * @return the financial year, not null
     * @throws DateTimeParseException if the years are not consecutive or out of range
     */
    static FinancialYear parsePair(String text, Matcher matcher, int group) {
        return parsePair(text, matcher.start(group), matcher.end(group + 1));
    }

    /**
     * Validates a year pair, a region for which {@link #isPair(String, int, int)} holds, and returns its
     * financial year.
     *
     * @param text  the whole text, not null
     * @param from  the start of the pair, inclusive
     * @param to  the end of the pair, exclusive
     * @return the financial year, not null
     * @throws DateTimeParseException if the years are not consecutive or out of range
     */
    static FinancialYear parsePair(String text, int from, int to) {
        int start = PeriodSupport.digits(text, from, from + 4);
        int endFrom = from + 5;
        int expected = to - endFrom == 2 ? (start + 1) % 100 : start + 1;
        if (PeriodSupport.digits(text, endFrom, to) != expected) {
            throw PeriodSupport.parseError(text, endFrom, "years must be consecutive");
        }
        try {
            return of(start);
        } catch (IllegalArgumentException ex) {
            throw PeriodSupport.parseError(text, from, ex);
        }
    }

    /**
     * Checks a start year against the supported range.
     *
     * @param startYear  the start year
     * @return the start year as an int
     * @throws IllegalArgumentException if it is out of range
     */
    private static int checkStartYear(long startYear) {
        return PeriodSupport.checkRange("financial year", startYear, MIN_START_YEAR, MAX_START_YEAR);
    }
}
