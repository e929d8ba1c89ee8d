package org.outturn.core;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A calendar month as reported, such as {@code Apr-2024}.
 *
 * <p>The canonical notation is the English three-letter abbreviation of the month, a hyphen and the
 * four-digit year: {@code Apr-2024} is 1 - 30 April 2024. The four-digit year keeps the notation
 * unambiguous over every supported year. {@link #parse(CharSequence)} also reads the two-digit years
 * of published reports, {@code Apr-24}, which always mean 2000 - 2099 (as the {@code yy} pattern of
 * {@link java.time.format.DateTimeFormatter} does), full month names ({@code April 2024}), a space
 * instead of the hyphen ({@code Apr 2024}) and ISO-8601 ({@code 2024-04}).
 *
 * <p>The supported months are those of the supported financial years, {@code Apr-1900} to
 * {@code Mar-9999}, so that {@link #financialYear()} is always defined.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportingMonth implements ReportingPeriod {

    /** The rule a text that is not a month breaks, as parse errors word it here and in a year to date. */
    static final String NOT_A_MONTH = "not a month (accepted notations: Apr-2024, Apr-24, April 2024, Apr 2024, "
            + "2024-04)";
    /** The canonical abbreviations, January first. */
    private static final String[] ABBREVIATIONS =
            {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    /** The months, January first. */
    private static final Month[] MONTHS = Month.values();

    /** The full names in lower case, January first; their first three letters and {@code sept} are also names. */
    private static final String[] FULL_NAMES = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};

    /** The earliest supported month, as a count of months since year 0. */
    private static final long MIN_INDEX = FinancialYear.MIN_START_YEAR * 12L + 3;
    /** The latest supported month, as a count of months since year 0. */
    private static final long MAX_INDEX = FinancialYear.MAX_START_YEAR * 12L + 14;

    /** The calendar year. */
    private final int year;
    /** The month of the year, from 1 to 12. */
    private final int month;

    /**
     * Creates a month; see {@link #of(int, int)}.
     *
     * @param year  the validated year
     * @param month  the validated month of the year
     */
    private ReportingMonth(int year, int month) {
        this.year = year;
        this.month = month;
    }

    /**
     * Obtains a month of a calendar year.
     *
     * <p>For example {@code ReportingMonth.of(2024, 4)} is {@code Apr-2024}.
     *
     * @param year  the calendar year
     * @param month  the month of the year, from 1 (January) to 12 (December)
     * @return the month, not null
     * @throws IllegalArgumentException if the month is not from 1 to 12, with the message
     *     {@code Invalid value for month (valid values 1 - 12): 13}, or if the result is outside
     *     {@code Apr-1900} to {@code Mar-9999}, with a message such as
     *     {@code Invalid value for reporting month (valid values Apr-1900 - Mar-9999): Mar-1900}
     */
    public static ReportingMonth of(int year, int month) {
        PeriodSupport.checkRange("month", month, 1, 12);
        return ofChecked(year, month);
    }

    /**
     * Obtains a month of a calendar year.
     *
     * <p>For example {@code ReportingMonth.of(2024, Month.APRIL)} is {@code Apr-2024}.
     *
     * @param year  the calendar year
     * @param month  the month of the year, not null
     * @return the month, not null
     * @throws IllegalArgumentException if the result is outside {@code Apr-1900} to {@code Mar-9999}
     */
    public static ReportingMonth of(int year, Month month) {
        Objects.requireNonNull(month, "month");
        return of(year, month.getValue());
    }

    /**
     * Obtains the reporting month equal to a {@link YearMonth}.
     *
     * <p>For example {@code ReportingMonth.of(YearMonth.of(2024, 4))} is {@code Apr-2024}.
     *
     * @param yearMonth  the year and month, not null
     * @return the month, not null
     * @throws IllegalArgumentException if the result is outside {@code Apr-1900} to {@code Mar-9999}
     */
    public static ReportingMonth of(YearMonth yearMonth) {
        Objects.requireNonNull(yearMonth, "yearMonth");
        return of(yearMonth.getYear(), yearMonth.getMonthValue());
    }

    /**
     * Obtains the month containing a date.
     *
     * <p>For example 15 April 2024 is in {@code Apr-2024}.
     *
     * @param date  the date, not null
     * @return the month containing the date, not null
     * @throws IllegalArgumentException if the result is outside {@code Apr-1900} to {@code Mar-9999}
     */
    public static ReportingMonth from(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return of(date.getYear(), date.getMonthValue());
    }

    /**
     * Reads a month.
     *
     * <p>Accepts {@code Apr-2024} (canonical), {@code Apr-24}, {@code April 2024}, {@code Apr 2024},
     * {@code April-2024} and {@code 2024-04}, ignoring leading and trailing whitespace and the case of
     * the month name. A month name is its English name or its three-letter abbreviation, or
     * {@code Sept}. A two-digit year means 2000 - 2099: {@code Apr-22} is April 2022.
     *
     * @param text  the text to read, such as {@code "Apr-22"}, not null
     * @return the month, not null
     * @throws DateTimeParseException if the text is not a month, with a message such as
     *     {@code Text 'Foo-2024' could not be parsed at index 0: unknown month name 'Foo'}, or if the
     *     month is out of range
     */
    public static ReportingMonth parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        ReportingMonth month = parseOrNull(s, PeriodSupport.trimmedStart(s), PeriodSupport.trimmedEnd(s));
        if (month == null) {
            throw PeriodSupport.parseError(s, 0, NOT_A_MONTH);
        }
        return month;
    }

    /**
     * Reads a month from a region of a text.
     *
     * @param text  the whole text, for messages and indexes, not null
     * @param from  the start of the region, inclusive
     * @param to  the end of the region, exclusive
     * @return the month, or null if the region does not have the shape of one
     * @throws DateTimeParseException if the region has the shape of a month but an invalid value
     */
    static ReportingMonth parseOrNull(String text, int from, int to) {
        return parseOrNull(text, from, to, false);
    }

    /**
     * Reads a month from a region of a text, optionally treating an unknown month name as a region that
     * does not have the shape of a month.
     *
     * <p>The notations by shape, in the words of a regular expression:
     * {@code ([a-z]{3,})[- ](\d{4}|\d{2})|(\d{4})-(\d{2})}, ignoring case.
     *
     * @param text  the whole text, for messages and indexes, not null
     * @param from  the start of the region, inclusive
     * @param to  the end of the region, exclusive
     * @param unknownNameIsNull  whether a name that is no month's, such as {@code Autumn}, returns null
     *     rather than failing
     * @return the month, or null if the region does not have the shape of one
     * @throws DateTimeParseException if the region has the shape of a month but an invalid value
     */
    static ReportingMonth parseOrNull(String text, int from, int to, boolean unknownNameIsNull) {
        int letters = from;
        while (letters < to && PeriodSupport.isAsciiLetter(text.charAt(letters))) {
            letters++;
        }
        int year;
        int month;
        int monthIndex;
        if (letters - from >= 3) {
            int digits = letters + 1;
            if (digits >= to || text.charAt(letters) != '-' && text.charAt(letters) != ' '
                    || to - digits != 4 && to - digits != 2 || !PeriodSupport.isDigits(text, digits, to)) {
                return null;
            }
            Month named = monthNamed(text, from, letters);
            if (named == null) {
                if (unknownNameIsNull) {
                    return null;
                }
                throw PeriodSupport.parseError(text, from,
                        "unknown month name '" + text.substring(from, letters) + "'");
            }
            month = named.getValue();
            monthIndex = from;
            year = PeriodSupport.digits(text, digits, to) + (to - digits == 2 ? 2000 : 0);
        } else {
            if (to - from != 7 || text.charAt(from + 4) != '-' || !PeriodSupport.isDigits(text, from, from + 4)
                    || !PeriodSupport.isDigits(text, from + 5, to)) {
                return null;
            }
            year = PeriodSupport.digits(text, from, from + 4);
            month = PeriodSupport.digits(text, from + 5, to);
            monthIndex = from + 5;
        }
        try {
            PeriodSupport.checkRange("month", month, 1, 12);
        } catch (IllegalArgumentException ex) {
            throw PeriodSupport.parseError(text, monthIndex, ex);
        }
        try {
            return of(year, month);
        } catch (IllegalArgumentException ex) {
            throw PeriodSupport.parseError(text, from, ex);
        }
    }

    /**
     * Returns the month whose name or abbreviation is a region of ASCII letters of a text, in any case,
     * without copying the region.
     *
     * @param text  the text, not null
     * @param from  the start of the name, inclusive
     * @param to  the end of the name, exclusive
     * @return the month, or null if the region is no month's name
     */
    private static Month monthNamed(String text, int from, int to) {
        int length = to - from;
        for (Month month : MONTHS) {
            String name = FULL_NAMES[month.ordinal()];
            boolean accepted = length == 3 || length == name.length()
                    || month == Month.SEPTEMBER && length == "sept".length();
            if (accepted && length <= name.length() && text.regionMatches(true, from, name, 0, length)) {
                return month;
            }
        }
        return null;
    }

    /**
     * Returns the month with a name or abbreviation, such as {@code jan} or {@code january}.
     *
     * @param lowerCaseName  the name in lower case, not null
     * @return the month, or null if the name is no month's
     */
    static Month monthNamed(String lowerCaseName) {
        return monthNamed(lowerCaseName, 0, lowerCaseName.length());
    }

    /**
     * Returns the calendar year of this month.
     *
     * <p>For example {@code 2025} for {@code Jan-2025}.
     *
     * @return the calendar year, from 1900 to 9999
     */
    public int year() {
        return year;
    }

    /**
     * Returns the month of the year.
     *
     * <p>For example {@link Month#JANUARY} for {@code Jan-2025}.
     *
     * @return the month of the year, not null
     */
    public Month month() {
        return Month.of(month);
    }

    /**
     * Converts this month to a {@link YearMonth}.
     *
     * <p>For example {@code 2024-04} for {@code Apr-2024}.
     *
     * @return the equal year-month, not null
     */
    public YearMonth toYearMonth() {
        return YearMonth.of(year, month);
    }

    /**
     * Returns the financial year containing this month.
     *
     * <p>For example {@code 2024/25} for both {@code Apr-2024} and {@code Mar-2025}.
     *
     * @return the financial year, not null
     */
    public FinancialYear financialYear() {
        return FinancialYear.of(month >= 4 ? year : year - 1);
    }

    /**
     * Returns the financial quarter containing this month.
     *
     * <p>For example {@code 2024/25 Q4} for {@code Jan-2025}.
     *
     * @return the financial quarter, not null
     */
    public FinancialQuarter financialQuarter() {
        return FinancialQuarter.of(financialYear(), (month + 8) % 12 / 3 + 1);
    }

    /**
     * Returns the first day of this month, inclusive.
     *
     * @return the first day, not null
     */
    @Override
    public LocalDate startInclusive() {
        return LocalDate.of(year, month, 1);
    }

    /**
     * Returns the last day of this month, inclusive, such as 29 February 2024 for {@code Feb-2024}.
     *
     * @return the last day, not null
     */
    @Override
    public LocalDate endInclusive() {
        return toYearMonth().atEndOfMonth();
    }

    /**
     * Returns {@link Frequency#MONTHLY}.
     *
     * @return {@code MONTHLY}, not null
     */
    @Override
    public Frequency frequency() {
        return Frequency.MONTHLY;
    }

    /**
     * Returns the month a number of months later.
     *
     * <p>For example {@code Jan-2025} for {@code Dec-2024} plus 1.
     *
     * @param months  the months to add, may be negative
     * @return the later month, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    public ReportingMonth plusMonths(long months) {
        return months == 0 ? this : ofIndex(PeriodSupport.addYears(index(), months));
    }

    /**
     * Returns the month a number of months earlier.
     *
     * <p>For example {@code Dec-2024} for {@code Jan-2025} minus 1.
     *
     * @param months  the months to subtract, may be negative
     * @return the earlier month, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    public ReportingMonth minusMonths(long months) {
        return months == Long.MIN_VALUE ? plusMonths(Long.MAX_VALUE).plusMonths(1) : plusMonths(-months);
    }

    /**
     * Returns the following month, such as {@code Jan-2025} after {@code Dec-2024}.
     *
     * @return the next month, not null
     * @throws IllegalArgumentException if this is {@code Mar-9999}
     */
    @Override
    public ReportingMonth next() {
        return plusMonths(1);
    }

    /**
     * Returns the preceding month, such as {@code Dec-2024} before {@code Jan-2025}.
     *
     * @return the previous month, not null
     * @throws IllegalArgumentException if this is {@code Apr-1900}
     */
    @Override
    public ReportingMonth previous() {
        return plusMonths(-1);
    }

    /**
     * Returns the same month a number of years later, such as {@code Apr-2025} for {@code Apr-2024}
     * plus 1.
     *
     * @param years  the years to add, may be negative
     * @return the later month, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public ReportingMonth plusYears(long years) {
        return years == 0 ? this : ofChecked(PeriodSupport.addYears(year, years), month);
    }

    /**
     * Returns the same month a number of years earlier, such as {@code Apr-2023} for {@code Apr-2024}
     * minus 1: the same month last year.
     *
     * @param years  the years to subtract, may be negative
     * @return the earlier month, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public ReportingMonth minusYears(long years) {
        return years == Long.MIN_VALUE ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-years);
    }

    /**
     * Checks whether this month is equal to another: the same month of the same year.
     *
     * @param obj  the object to check, null returns false
     * @return true if {@code obj} is an equal reporting month
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof ReportingMonth other && year == other.year && month == other.month;
    }

    /**
     * Returns a hash code for this month.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return year * 12 + month;
    }

    /**
     * Returns the canonical notation, such as {@code Apr-2024}.
     *
     * @return the canonical notation, not null
     */
    @Override
    public String toString() {
        return ABBREVIATIONS[month - 1] + "-" + year;
    }

    /**
     * Returns the number of months since January of year 0.
     *
     * @return the index
     */
    private long index() {
        return year * 12L + month - 1;
    }

    /**
     * Obtains a month from its index, checking the range.
     *
     * @param index  the number of months since January of year 0
     * @return the month, not null
     * @throws IllegalArgumentException if the index is out of range
     */
    private static ReportingMonth ofIndex(long index) {
        return ofChecked(Math.floorDiv(index, 12L), (int) Math.floorMod(index, 12L) + 1);
    }

    /**
     * Obtains a month, checking the range.
     *
     * @param year  the calendar year
     * @param month  the month of the year, from 1 to 12
     * @return the month, not null
     * @throws IllegalArgumentException if the month is out of range
     */
    private static ReportingMonth ofChecked(long year, int month) {
        long index = Math.abs(year) > 100_000 ? Long.MAX_VALUE : year * 12L + month - 1;
        if (index < MIN_INDEX || index > MAX_INDEX) {
            throw new IllegalArgumentException("Invalid value for reporting month (valid values "
                    + ABBREVIATIONS[(int) (MIN_INDEX % 12)] + "-" + MIN_INDEX / 12 + " - "
                    + ABBREVIATIONS[(int) (MAX_INDEX % 12)] + "-" + MAX_INDEX / 12 + "): "
                    + ABBREVIATIONS[month - 1] + "-" + year);
        }
        return new ReportingMonth((int) year, month);
    }
}
