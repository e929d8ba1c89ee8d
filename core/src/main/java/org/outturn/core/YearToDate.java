package org.outturn.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a year from its start to the end of one of its months, such as
 * {@code 2024/25 YTD Sep-2024}: the year-to-date figure of a report.
 *
 * <p>The year is a {@link ReportingYear}: a financial year ({@code 2024/25 YTD Sep-2024} is
 * 1 April - 30 September 2024), a calendar year ({@code 2022 YTD Dec-2022}) or an academic year
 * ({@code 2022/23 AY YTD Dec-2022} is 1 September - 31 December 2022). The canonical notation is the
 * year's notation, {@code YTD} and the end month's notation; {@link #parse(CharSequence)} reads any
 * notation of the year and the month, and {@code Year to Date} instead of {@code YTD}.
 *
 * <p>A year to date recurs monthly: {@link #next()} ends one month later, and after the last month of
 * its year it moves to the first month of the next year ({@code 2025/26 YTD Apr-2025} follows
 * {@code 2024/25 YTD Mar-2025}). Its {@link #frequency()} is therefore {@code MONTHLY}, but
 * {@link #periodsOf(Frequency)} divides it like its year, into months, or into quarters when they tile it.
 *
 * <p>A year to date that ends with its year ({@code 2024/25 YTD Mar-2025}) covers the same days as the
 * year but is not equal to it, and sorts after it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YearToDate implements ReportingPeriod {

    /** The notations: the year in group 1, the month in group 2. */
    private static final Pattern PATTERN =
            Pattern.compile("(.+?) (?:YTD|Year to date) (.+)", Pattern.CASE_INSENSITIVE);

    /** The year. */
    private final ReportingYear year;
    /** The last month, within the year. */
    private final ReportingMonth end;

    /**
     * Creates a year to date; see {@link #of(ReportingYear, ReportingMonth)}.
     *
     * @param year  the year
     * @param end  the validated end month, within the year
     */
    private YearToDate(ReportingYear year, ReportingMonth end) {
        this.year = year;
        this.end = end;
    }

    /**
     * Obtains the part of a year up to the end of one of its months.
     *
     * <p>For example {@code YearToDate.of(FinancialYear.of(2024), ReportingMonth.of(2024, 9))} is
     * {@code 2024/25 YTD Sep-2024}.
     *
     * @param year  the year, not null
     * @param end  the last month, inclusive, within the year, not null
     * @return the year to date, not null
     * @throws IllegalArgumentException if the month is not within the year, with a message such as
     *     {@code Invalid value for end of 2024/25 (valid values Apr-2024 - Mar-2025): Sep-2025}
     */
    public static YearToDate of(ReportingYear year, ReportingMonth end) {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(end, "end");
        if (!year.contains(end)) {
            throw new IllegalArgumentException("Invalid value for end of " + year + " (valid values "
                    + ReportingMonth.from(year.startInclusive()) + " - " + ReportingMonth.from(year.endInclusive())
                    + "): " + end);
        }
        return new YearToDate(year, end);
    }

    /**
     * Obtains the part of a financial year up to the end of one of its quarters.
     *
     * <p>For example {@code YearToDate.to(FinancialQuarter.of(2024, 2))} is {@code 2024/25 YTD Sep-2024}.
     *
     * @param quarter  the last quarter, inclusive, not null
     * @return the year to date of the quarter's financial year ending with the quarter, not null
     */
    public static YearToDate to(FinancialQuarter quarter) {
        Objects.requireNonNull(quarter, "quarter");
        return new YearToDate(quarter.year(), ReportingMonth.from(quarter.endInclusive()));
    }

    /**
     * Reads a year to date.
     *
     * <p>Accepts a year in any notation of {@link FinancialYear#parse(CharSequence)},
     * {@link CalendarYear#parse(CharSequence)} or {@link AcademicYear#parse(CharSequence)}, a space,
     * {@code YTD} or {@code Year to Date}, a space, and a month in any notation of
     * {@link ReportingMonth#parse(CharSequence)}, ignoring leading and trailing whitespace and the case
     * of the letters: {@code 2024/25 YTD Sep-2024} (canonical), {@code 2024/2025 YTD Sep-24},
     * {@code 2022 YTD Dec-2022}, {@code 2022/23 AY Year to Date December 2022}.
     *
     * @param text  the text to read, such as {@code "2024/25 YTD Sep-2024"}, not null
     * @return the year to date, not null
     * @throws DateTimeParseException if the text is not a year to date, if the year or month is invalid,
     *     or if the month is not within the year, with a message such as
     *     {@code Text '2024/25 YTD Sep-2025' could not be parsed at index 12: Invalid value for end of
     *     2024/25 (valid values Apr-2024 - Mar-2025): Sep-2025}
     */
    public static YearToDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        YearToDate ytd = parseOrNull(s, PeriodSupport.trimmedStart(s), PeriodSupport.trimmedEnd(s));
        if (ytd == null) {
            throw PeriodSupport.parseError(s, 0, "not a year to date (accepted notations: "
                    + "2024/25 YTD Sep-2024, 2024 YTD Sep-2024, 2024/25 AY YTD Sep-2024)");
        }
        return ytd;
    }

    /**
     * Reads a year to date from a region of a text.
     *
     * @param text  the whole text, for messages and indexes, not null
     * @param from  the start of the region, inclusive
     * @param to  the end of the region, exclusive
     * @return the year to date, or null if the region does not contain {@code YTD} or {@code Year to Date}
     * @throws DateTimeParseException if the region has the shape of a year to date but an invalid year
     *     or month
     */
    static YearToDate parseOrNull(String text, int from, int to) {
        Matcher matcher = PATTERN.matcher(text).region(from, to);
        if (!matcher.matches()) {
            return null;
        }
        int yearFrom = matcher.start(1);
        int yearTo = matcher.end(1);
        ReportingYear year = FinancialYear.parseOrNull(text, yearFrom, yearTo);
        if (year == null) {
            year = AcademicYear.parseOrNull(text, yearFrom, yearTo);
        }
        if (year == null) {
            year = CalendarYear.parseOrNull(text, yearFrom, yearTo);
        }
        if (year == null) {
            throw PeriodSupport.parseError(text, yearFrom, "not a financial, calendar or academic year "
                    + "(accepted notations: 2024/25, 2024, 2024/25 AY)");
        }
        ReportingMonth end = ReportingMonth.parseOrNull(text, matcher.start(2), matcher.end(2));
        if (end == null) {
            throw PeriodSupport.parseError(text, matcher.start(2), ReportingMonth.NOT_A_MONTH);
        }
        try {
            return of(year, end);
        } catch (IllegalArgumentException ex) {
            throw PeriodSupport.parseError(text, matcher.start(2), ex);
        }
    }

    /**
     * Returns the year that this period is part of.
     *
     * <p>For example {@code 2024/25} for {@code 2024/25 YTD Sep-2024}.
     *
     * @return the year, not null
     */
    public ReportingYear year() {
        return year;
    }

    /**
     * Returns the last month of this period, inclusive.
     *
     * <p>For example {@code Sep-2024} for {@code 2024/25 YTD Sep-2024}.
     *
     * @return the last month, within {@link #year()}, not null
     */
    public ReportingMonth end() {
        return end;
    }

    /**
     * Returns the first day of the year, inclusive.
     *
     * <p>For example 1 April 2024 for {@code 2024/25 YTD Sep-2024}.
     *
     * @return the first day, not null
     */
    @Override
    public LocalDate startInclusive() {
        return year.startInclusive();
    }

    /**
     * Returns the last day of the end month, inclusive.
     *
     * <p>For example 30 September 2024 for {@code 2024/25 YTD Sep-2024}.
     *
     * @return the last day, not null
     */
    @Override
    public LocalDate endInclusive() {
        return end.endInclusive();
    }

    /**
     * Returns {@link Frequency#MONTHLY}, the granularity of the end: a year to date recurs monthly.
     *
     * @return {@code MONTHLY}, not null
     */
    @Override
    public Frequency frequency() {
        return Frequency.MONTHLY;
    }

    /**
     * Returns the year to date ending one month later.
     *
     * <p>For example {@code 2024/25 YTD Oct-2024} after {@code 2024/25 YTD Sep-2024}. After the last month
     * of the year comes the first month of the next year: {@code 2025/26 YTD Apr-2025} after
     * {@code 2024/25 YTD Mar-2025}.
     *
     * @return the next year to date, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public YearToDate next() {
        ReportingMonth month = end.next();
        return new YearToDate(year.contains(month) ? year : year.next(), month);
    }

    /**
     * Returns the year to date ending one month earlier.
     *
     * <p>For example {@code 2024/25 YTD Aug-2024} before {@code 2024/25 YTD Sep-2024}. Before the first
     * month of the year comes the whole previous year: {@code 2023/24 YTD Mar-2024} before
     * {@code 2024/25 YTD Apr-2024}.
     *
     * @return the previous year to date, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public YearToDate previous() {
        ReportingMonth month = end.previous();
        return new YearToDate(year.contains(month) ? year : year.previous(), month);
    }

    /**
     * Returns the same year to date a number of years later, such as {@code 2025/26 YTD Sep-2025} for
     * {@code 2024/25 YTD Sep-2024} plus 1.
     *
     * @param years  the years to add, may be negative
     * @return the later year to date, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public YearToDate plusYears(long years) {
        return years == 0 ? this : new YearToDate(year.plusYears(years), end.plusYears(years));
    }

    /**
     * Returns the same year to date a number of years earlier, such as {@code 2023/24 YTD Sep-2023} for
     * {@code 2024/25 YTD Sep-2024} minus 1: the same point last year.
     *
     * @param years  the years to subtract, may be negative
     * @return the earlier year to date, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public YearToDate minusYears(long years) {
        return years == 0 ? this : new YearToDate(year.minusYears(years), end.minusYears(years));
    }

    /**
     * Checks whether this year to date is equal to another: the same year and the same end month.
     *
     * @param obj  the object to check, null returns false
     * @return true if {@code obj} is an equal year to date
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof YearToDate other && year.equals(other.year) && end.equals(other.end);
    }

    /**
     * Returns a hash code for this year to date.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * year.hashCode() + end.hashCode();
    }

    /**
     * Returns the canonical notation, such as {@code 2024/25 YTD Sep-2024}, {@code 2022 YTD Dec-2022} or
     * {@code 2022/23 AY YTD Dec-2022}.
     *
     * @return the canonical notation, not null
     */
    @Override
    public String toString() {
        return year + " YTD " + end;
    }
}
