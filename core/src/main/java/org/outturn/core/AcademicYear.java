package org.outturn.core;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An academic (school) year in England, from 1 September to 31 August of the following year, such as
 * {@code 2022/23 AY}.
 *
 * <p>The canonical notation is the year pair followed by {@code AY}: {@code 2022/23 AY} is
 * 1 September 2022 - 31 August 2023. The suffix is needed because {@code 2022/23} alone is the
 * financial year, which is the default meaning in UK public-sector reports; a suffix rather than a
 * prefix keeps the canonical forms of the two years starting with the same text, so that they sort and
 * scan together. {@link #parse(CharSequence)} also reads {@code AY2022/23}, {@code AY 2022/23} and
 * {@code 2022/2023 AY}.
 *
 * <p>The supported start years are 1900 to 9997, the academic years within the supported financial
 * years.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AcademicYear implements ReportingYear {

    /** The earliest supported start year. */
    private static final int MIN_START_YEAR = FinancialYear.MIN_START_YEAR;
    /** The latest supported start year. */
    private static final int MAX_START_YEAR = FinancialYear.MAX_START_YEAR - 1;

    /** The notations: year pair in groups 1-2 before {@code AY}, or in groups 3-4 after it. */
    private static final Pattern PATTERN = Pattern.compile(
            FinancialYear.PAIR + " ?AY|AY ?" + FinancialYear.PAIR, Pattern.CASE_INSENSITIVE);

    /** The calendar year in which this academic year starts. */
    private final int startYear;

    /**
     * Creates an academic year; see {@link #of(int)}.
     *
     * @param startYear  the validated start year
     */
    private AcademicYear(int startYear) {
        this.startYear = startYear;
    }

    /**
     * Obtains the academic year starting on 1 September of a calendar year.
     *
     * <p>For example {@code AcademicYear.of(2022)} is {@code 2022/23 AY}.
     *
     * @param startYear  the calendar year in which the academic year starts, from 1900 to 9997
     * @return the academic year, not null
     * @throws IllegalArgumentException if the start year is out of range, with a message such as
     *     {@code Invalid value for academic year (valid values 1900 - 9997): 9998}
     */
    public static AcademicYear of(int startYear) {
        return new AcademicYear(checkStartYear(startYear));
    }

    /**
     * Obtains the academic year containing a date.
     *
     * <p>For example 31 August 2023 is in {@code 2022/23 AY}, and 1 September 2023 in {@code 2023/24 AY}.
     *
     * @param date  the date, not null
     * @return the academic year, not null
     * @throws IllegalArgumentException if the academic year is out of range
     */
    public static AcademicYear from(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return of(date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1);
    }

    /**
     * Reads an academic year.
     *
     * <p>Accepts {@code 2022/23 AY} (canonical), {@code 2022/23AY}, {@code 2022/2023 AY},
     * {@code AY2022/23}, {@code AY 2022/23} and {@code AY2022/2023}, ignoring leading and trailing
     * whitespace and the case of {@code AY}. The two years must be consecutive.
     *
     * @param text  the text to read, such as {@code "AY2022/23"}, not null
     * @return the academic year, not null
     * @throws DateTimeParseException if the text is not an academic year, with a message such as
     *     {@code Text '2022/24 AY' could not be parsed at index 5: years must be consecutive}, or if the
     *     year is out of range
     */
    public static AcademicYear parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        AcademicYear year = parseOrNull(s, PeriodSupport.trimmedStart(s), PeriodSupport.trimmedEnd(s));
        if (year == null) {
            throw PeriodSupport.parseError(s, 0, "not an academic year (accepted notations: 2022/23 AY, "
                    + "2022/2023 AY, AY2022/23, AY 2022/23)");
        }
        return year;
    }

    /**
     * Reads an academic year from a region of a text.
     *
     * @param text  the whole text, for messages and indexes, not null
     * @param from  the start of the region, inclusive
     * @param to  the end of the region, exclusive
     * @return the academic year, or null if the region does not have the shape of one
     * @throws DateTimeParseException if the region has the shape of an academic year but an invalid value
     */
    static AcademicYear parseOrNull(String text, int from, int to) {
        Matcher matcher = PATTERN.matcher(text).region(from, to);
        if (!matcher.matches()) {
            return null;
        }
        int group = matcher.group(1) != null ? 1 : 3;
        int start = Integer.parseInt(matcher.group(group));
        String end = matcher.group(group + 1);
        if (Integer.parseInt(end) != (end.length() == 2 ? (start + 1) % 100 : start + 1)) {
            throw PeriodSupport.parseError(text, matcher.start(group + 1), "years must be consecutive");
        }
        try {
            return of(start);
        } catch (IllegalArgumentException ex) {
            throw PeriodSupport.parseError(text, matcher.start(group), ex);
        }
    }

    /**
     * Returns the calendar year in which this academic year starts.
     *
     * <p>For example {@code 2022} for {@code 2022/23 AY}.
     *
     * @return the start year, from 1900 to 9997
     */
    public int startYear() {
        return startYear;
    }

    /**
     * Returns the calendar year in which this academic year ends.
     *
     * <p>For example {@code 2023} for {@code 2022/23 AY}.
     *
     * @return the end year, from 1901 to 9998
     */
    public int endYear() {
        return startYear + 1;
    }

    /**
     * Returns a month of this academic year.
     *
     * <p>For example {@code Sep-2022} for September and {@code Aug-2023} for August in
     * {@code 2022/23 AY}.
     *
     * @param month  the month of the year, not null
     * @return the month within this academic year, not null
     */
    @Override
    public ReportingMonth month(Month month) {
        Objects.requireNonNull(month, "month");
        return ReportingMonth.of(month.compareTo(Month.SEPTEMBER) >= 0 ? startYear : startYear + 1, month);
    }

    /**
     * Returns 1 September of the start year, inclusive.
     *
     * @return the first day, not null
     */
    @Override
    public LocalDate startInclusive() {
        return LocalDate.of(startYear, 9, 1);
    }

    /**
     * Returns 31 August of the end year, inclusive.
     *
     * @return the last day, not null
     */
    @Override
    public LocalDate endInclusive() {
        return LocalDate.of(startYear + 1, 8, 31);
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
     * Returns the following academic year, such as {@code 2023/24 AY} after {@code 2022/23 AY}.
     *
     * @return the next academic year, not null
     * @throws IllegalArgumentException if this is {@code 9997/98 AY}
     */
    @Override
    public AcademicYear next() {
        return plusYears(1);
    }

    /**
     * Returns the preceding academic year, such as {@code 2021/22 AY} before {@code 2022/23 AY}.
     *
     * @return the previous academic year, not null
     * @throws IllegalArgumentException if this is {@code 1900/01 AY}
     */
    @Override
    public AcademicYear previous() {
        return plusYears(-1);
    }

    /**
     * Returns the academic year a number of years later, such as {@code 2024/25 AY} for
     * {@code 2022/23 AY} plus 2.
     *
     * @param years  the years to add, may be negative
     * @return the later academic year, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public AcademicYear plusYears(long years) {
        return years == 0 ? this : new AcademicYear(checkStartYear(PeriodSupport.addYears(startYear, years)));
    }

    /**
     * Returns the academic year a number of years earlier, such as {@code 2021/22 AY} for
     * {@code 2022/23 AY} minus 1.
     *
     * @param years  the years to subtract, may be negative
     * @return the earlier academic year, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public AcademicYear minusYears(long years) {
        return years == Long.MIN_VALUE ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-years);
    }

    /**
     * Checks whether this academic year is equal to another: one with the same start year.
     *
     * @param obj  the object to check, null returns false
     * @return true if {@code obj} is an equal academic year
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof AcademicYear other && startYear == other.startYear;
    }

    /**
     * Returns a hash code for this academic year.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return startYear;
    }

    /**
     * Returns the canonical notation, such as {@code 2022/23 AY}.
     *
     * @return the canonical notation, not null
     */
    @Override
    public String toString() {
        return startYear + "/" + PeriodSupport.twoDigits((startYear + 1) % 100) + " AY";
    }

    /**
     * Checks the start year against the supported range.
     *
     * @param startYear  the start year
     * @return the start year as an int
     * @throws IllegalArgumentException if it is out of range
     */
    private static int checkStartYear(long startYear) {
        return PeriodSupport.checkRange("academic year", startYear, MIN_START_YEAR, MAX_START_YEAR);
    }
}
