package org.outturn.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The twelve months ending with a month, such as {@code 12 months to Mar-2025} (April 2024 - March 2025),
 * the rolling year that NHS and public-health data publish every month or quarter.
 *
 * <p>The canonical notation is {@code 12 months to} and the end month's canonical notation.
 * {@link #parse(CharSequence)} also reads {@code 12 months ending Mar-2025}, {@code Rolling 12 months to
 * Mar-2025} and the end month in any notation of {@link ReportingMonth#parse(CharSequence)}
 * ({@code 12 months to March 2025}). A rolling year is not a {@link FinancialYear} or a
 * {@link CalendarYear}: {@code 12 months to Mar-2025} covers the same days as {@code 2024/25} but is not
 * equal to it.
 *
 * <p>Rolling years recur {@link Frequency#MONTHLY}, one month later each time, like a {@link YearToDate}.
 * The supported end months are {@code Mar-1901} to {@code Mar-9999}, so that every rolling year lies
 * within the supported months.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RollingTwelveMonths implements ReportingPeriod {

    /** The earliest supported end month. */
    private static final ReportingMonth MIN_END = ReportingMonth.of(FinancialYear.MIN_START_YEAR + 1, 3);
    /** The latest supported end month. */
    private static final ReportingMonth MAX_END = ReportingMonth.of(FinancialYear.MAX_START_YEAR + 1, 3);

    /** The notations, with the end month in group 1. */
    private static final Pattern PATTERN = Pattern.compile(
            "(?:rolling )?12 months (?:to|ending) (.+)", Pattern.CASE_INSENSITIVE);

    /** The last month. */
    private final ReportingMonth end;

    /**
     * Creates a rolling year; see {@link #to(ReportingMonth)}.
     *
     * @param end  the validated end month
     */
    private RollingTwelveMonths(ReportingMonth end) {
        this.end = end;
    }

    /**
     * Obtains the twelve months ending with a month.
     *
     * <p>For example {@code RollingTwelveMonths.to(ReportingMonth.of(2025, 3))} is
     * {@code 12 months to Mar-2025}.
     *
     * @param end  the last month, from {@code Mar-1901} to {@code Mar-9999}, not null
     * @return the rolling year, not null
     * @throws IllegalArgumentException if the end month is out of range, with a message such as
     *     {@code Invalid value for end of 12 months (valid values Mar-1901 - Mar-9999): Feb-1901}
     */
    public static RollingTwelveMonths to(ReportingMonth end) {
        Objects.requireNonNull(end, "end");
        return new RollingTwelveMonths(checkEnd(end));
    }

    /**
     * Reads a rolling year.
     *
     * <p>Accepts {@code 12 months to Mar-2025} (canonical), {@code 12 months ending Mar-2025} and
     * {@code Rolling 12 months to Mar-2025}, in any case, with the month in any notation of
     * {@link ReportingMonth#parse(CharSequence)}, ignoring leading and trailing whitespace.
     *
     * @param text  the text to read, such as {@code "12 months to Mar-2025"}, not null
     * @return the rolling year, not null
     * @throws DateTimeParseException if the text is not a rolling year, or its month is invalid or out of
     *     range, with a message such as {@code Text '12 months to Feb-1901' could not be parsed at index 13:
     *     Invalid value for end of 12 months (valid values Mar-1901 - Mar-9999): Feb-1901}
     */
    public static RollingTwelveMonths parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        RollingTwelveMonths rolling = parseOrNull(s, PeriodSupport.trimmedStart(s), PeriodSupport.trimmedEnd(s));
        if (rolling == null) {
            throw PeriodSupport.parseError(s, 0, "not twelve months to a month (accepted notations: "
                    + "12 months to Mar-2025, 12 months ending Mar-2025, Rolling 12 months to Mar-2025)");
        }
        return rolling;
    }

    /**
     * Reads a rolling year from a region of a text.
     *
     * @param text  the whole text, for messages and indexes, not null
     * @param from  the start of the region, inclusive
     * @param to  the end of the region, exclusive
     * @return the rolling year, or null if the region does not have the shape of one
     * @throws DateTimeParseException if the region has the shape of a rolling year but an invalid value
     */
    static RollingTwelveMonths parseOrNull(String text, int from, int to) {
        Matcher matcher = PATTERN.matcher(text).region(from, to);
        if (!matcher.matches()) {
            return null;
        }
        ReportingMonth end = ReportingMonth.parseOrNull(text, matcher.start(1), matcher.end(1));
        if (end == null) {
            throw PeriodSupport.parseError(text, matcher.start(1), "not a month (accepted notations: Apr-2024, "
                    + "Apr-24, April 2024, 2024-04)");
        }
        try {
            return to(end);
        } catch (IllegalArgumentException ex) {
            throw PeriodSupport.parseError(text, matcher.start(1), ex);
        }
    }

    /**
     * Returns the last of the twelve months.
     *
     * @return the end month, not null
     */
    public ReportingMonth end() {
        return end;
    }

    /**
     * Returns the first of the twelve months, eleven months before the end.
     *
     * @return the start month, not null
     */
    public ReportingMonth start() {
        return end.minusMonths(11);
    }

    /**
     * Returns the first day of the first month, such as 1 April 2024 for {@code 12 months to Mar-2025}.
     *
     * @return the first day, not null
     */
    @Override
    public LocalDate startInclusive() {
        return start().startInclusive();
    }

    /**
     * Returns the last day of the end month, such as 31 March 2025 for {@code 12 months to Mar-2025}.
     *
     * @return the last day, not null
     */
    @Override
    public LocalDate endInclusive() {
        return end.endInclusive();
    }

    /**
     * Returns {@link Frequency#MONTHLY}: a rolling year recurs a month later each time.
     *
     * @return {@code MONTHLY}, not null
     */
    @Override
    public Frequency frequency() {
        return Frequency.MONTHLY;
    }

    /**
     * Returns the twelve months ending a month later, such as {@code 12 months to Apr-2025} after
     * {@code 12 months to Mar-2025}.
     *
     * @return the next rolling year, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public RollingTwelveMonths next() {
        return to(end.next());
    }

    /**
     * Returns the twelve months ending a month earlier, such as {@code 12 months to Feb-2025} before
     * {@code 12 months to Mar-2025}.
     *
     * @return the previous rolling year, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public RollingTwelveMonths previous() {
        return to(end.previous());
    }

    /**
     * Returns the twelve months ending the same month a number of years later, such as
     * {@code 12 months to Mar-2026} for {@code 12 months to Mar-2025} plus 1.
     *
     * @param years  the years to add, may be negative
     * @return the later rolling year, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public RollingTwelveMonths plusYears(long years) {
        return years == 0 ? this : to(end.plusYears(years));
    }

    /**
     * Returns the twelve months ending the same month a number of years earlier, such as
     * {@code 12 months to Mar-2024} for {@code 12 months to Mar-2025} minus 1: the year before, which does
     * not overlap.
     *
     * @param years  the years to subtract, may be negative
     * @return the earlier rolling year, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public RollingTwelveMonths minusYears(long years) {
        return years == 0 ? this : to(end.minusYears(years));
    }

    /**
     * Checks whether this rolling year is equal to another: the same end month.
     *
     * @param obj  the object to check, null returns false
     * @return true if {@code obj} is an equal rolling year
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof RollingTwelveMonths other && end.equals(other.end);
    }

    /**
     * Returns a hash code for this rolling year.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return ~end.hashCode();
    }

    /**
     * Returns the canonical notation, such as {@code 12 months to Mar-2025}.
     *
     * @return the canonical notation, not null
     */
    @Override
    public String toString() {
        return "12 months to " + end;
    }

    /**
     * Checks an end month against the supported range.
     *
     * @param end  the end month, not null
     * @return the end month
     * @throws IllegalArgumentException if it is out of range
     */
    private static ReportingMonth checkEnd(ReportingMonth end) {
        if (end.compareTo(MIN_END) < 0 || end.compareTo(MAX_END) > 0) {
            throw new IllegalArgumentException("Invalid value for end of 12 months (valid values " + MIN_END
                    + " - " + MAX_END + "): " + end);
        }
        return end;
    }
}
