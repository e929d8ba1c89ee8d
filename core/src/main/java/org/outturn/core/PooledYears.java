package org.outturn.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several consecutive years pooled into one period, such as the calendar years {@code 2017-2019} or
 * the financial years {@code 2017/18-2019/20}, as public-health data pools small numbers over three or
 * five years.
 *
 * <p>A pool is of {@link CalendarYear}s (2 to 10 of them) or of {@link FinancialYear}s (3 to 10): two
 * financial years are a {@link Biennium}, which this class generalises, and
 * {@link ReportingPeriod#parse(CharSequence)} reads them as one.
 *
 * <p>The canonical notation is the first and last years joined by a hyphen, as for a biennium:
 * {@code 2017-2019} and {@code 2017/18-2019/20}. {@link #parse(CharSequence)} also reads the labels
 * Fingertips prints, {@code 2017 - 19} and {@code 2017/18 - 19/20}, spaces around the hyphen, an en dash,
 * and four-digit end years ({@code 2017/2018-2019/2020}). A two-digit last year needs the spaces
 * ({@code 2017 - 19}), since {@code 2017-12} is December 2017.
 *
 * <p>Pooled periods are published every year, each one a year later than the last: {@link #next()} is
 * {@code 2018-2020} after {@code 2017-2019}, so successive pools overlap, and the frequency is
 * {@link Frequency#ANNUAL}. (A {@link Biennium}, published every two years, tiles instead.)
 *
 * <p>Every year of a pool lies within the supported range of its kind.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PooledYears implements ReportingPeriod {

    /** The fewest calendar years in a pool. */
    private static final int MIN_CALENDAR_YEARS = 2;
    /** The fewest financial years in a pool: two are a biennium. */
    private static final int MIN_FINANCIAL_YEARS = 3;
    /** The most years in a pool. */
    private static final int MAX_YEARS = 10;

    /** Calendar years: first in 1, last in 2 (four digits) or 3 (two digits, spaced). */
    private static final Pattern CALENDAR = Pattern.compile(
            "(\\d{4})(?: ?[-\u2013] ?(\\d{4})| [-\u2013] (\\d{2}))");

    /** Financial years: first pair in 1-2, last pair in 3-4 or short pair in 5-6. */
    private static final Pattern FINANCIAL = Pattern.compile(
            FinancialYear.PAIR + " ?[-\u2013] ?(?:" + FinancialYear.PAIR + "|(\\d{2})/(\\d{2}))");

    /** The first year, a {@link CalendarYear} or a {@link FinancialYear}. */
    private final ReportingYear first;
    /** The number of years. */
    private final int years;

    /**
     * Creates a pool; see the factories.
     *
     * @param first  the validated first year
     * @param years  the validated number of years
     */
    private PooledYears(ReportingYear first, int years) {
        this.first = first;
        this.years = years;
    }

    /**
     * Obtains a pool of consecutive calendar years.
     *
     * <p>For example {@code PooledYears.ofCalendarYears(CalendarYear.of(2017), 3)} is {@code 2017-2019}.
     *
     * @param first  the first year, not null
     * @param years  the number of years, from 2 to 10
     * @return the pool, not null
     * @throws IllegalArgumentException if the number of years is out of range, with a message such as
     *     {@code Invalid value for pooled calendar years (valid values 2 - 10): 11}, or the last year is
     *     out of range
     */
    public static PooledYears ofCalendarYears(CalendarYear first, int years) {
        Objects.requireNonNull(first, "first");
        PeriodSupport.checkRange("pooled calendar years", years, MIN_CALENDAR_YEARS, MAX_YEARS);
        first.plusYears(years - 1L);
        return new PooledYears(first, years);
    }

    /**
     * Obtains a pool of consecutive financial years.
     *
     * <p>For example {@code PooledYears.ofFinancialYears(FinancialYear.of(2017), 3)} is
     * {@code 2017/18-2019/20}.
     *
     * @param first  the first year, not null
     * @param years  the number of years, from 3 to 10 (two financial years are a {@link Biennium})
     * @return the pool, not null
     * @throws IllegalArgumentException if the number of years is out of range, with a message such as
     *     {@code Invalid value for pooled financial years (valid values 3 - 10): 2}, or the last year is out
     *     of range
     */
    public static PooledYears ofFinancialYears(FinancialYear first, int years) {
        Objects.requireNonNull(first, "first");
        PeriodSupport.checkRange("pooled financial years", years, MIN_FINANCIAL_YEARS, MAX_YEARS);
        first.plusYears(years - 1L);
        return new PooledYears(first, years);
    }

    /**
     * Reads a pool of years.
     *
     * <p>Accepts {@code 2017-2019} and {@code 2017/18-2019/20} (canonical), {@code 2017 - 19},
     * {@code 2017/18 - 19/20}, an en dash, and four-digit end years, ignoring leading and trailing
     * whitespace. The last year must come after the first.
     *
     * @param text  the text to read, such as {@code "2017 - 19"}, not null
     * @return the pool, not null
     * @throws DateTimeParseException if the text is not a pool of years, is two financial years (a
     *     {@link Biennium}), or has an invalid value, with a message such as {@code Text '2017 - 29' could not
     *     be parsed at index 7: Invalid value for pooled calendar years (valid values 2 - 10): 13}
     */
    public static PooledYears parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        ReportingPeriod period = parseOrNull(s, PeriodSupport.trimmedStart(s), PeriodSupport.trimmedEnd(s));
        if (period == null) {
            throw PeriodSupport.parseError(s, 0, "not pooled years (accepted notations: 2017-2019, 2017 - 19, "
                    + "2017/18-2019/20, 2017/18 - 19/20)");
        }
        if (period instanceof Biennium) {
            throw PeriodSupport.parseError(s, 0, "two financial years are a biennium, not pooled years");
        }
        return (PooledYears) period;
    }

    /**
     * Reads a pool of years, or a biennium for two financial years, from a region of a text.
     *
     * @param text  the whole text, for messages and indexes, not null
     * @param from  the start of the region, inclusive
     * @param to  the end of the region, exclusive
     * @return the pool or the biennium, or null if the region does not have the shape of one
     * @throws DateTimeParseException if the region has the shape of a pool but an invalid value
     */
    static ReportingPeriod parseOrNull(String text, int from, int to) {
        Matcher calendar = CALENDAR.matcher(text).region(from, to);
        if (calendar.matches()) {
            int start = Integer.parseInt(calendar.group(1));
            int lastGroup = calendar.group(2) != null ? 2 : 3;
            int last = lastYear(start, calendar.group(lastGroup));
            CalendarYear first;
            try {
                first = CalendarYear.of(start);
            } catch (IllegalArgumentException ex) {
                throw PeriodSupport.parseError(text, calendar.start(1), ex);
            }
            try {
                return ofCalendarYears(first, (int) Math.max(last - (long) start + 1, 0));
            } catch (IllegalArgumentException ex) {
                throw PeriodSupport.parseError(text, calendar.start(lastGroup), ex);
            }
        }
        Matcher financial = FINANCIAL.matcher(text).region(from, to);
        if (!financial.matches()) {
            return null;
        }
        FinancialYear first = FinancialYear.parsePair(text, financial, 1);
        int lastGroup;
        int last;
        if (financial.group(3) != null) {
            lastGroup = 3;
            last = FinancialYear.parsePair(text, financial, 3).startYear();
        } else {
            lastGroup = 5;
            int shortEnd = Integer.parseInt(financial.group(6));
            if (shortEnd != (Integer.parseInt(financial.group(5)) + 1) % 100) {
                throw PeriodSupport.parseError(text, financial.start(6), "years must be consecutive");
            }
            last = lastYear(first.startYear(), financial.group(5));
        }
        long count = last - (long) first.startYear() + 1;
        try {
            return count == 2 ? Biennium.of(first) : ofFinancialYears(first, (int) Math.max(count, 0));
        } catch (IllegalArgumentException ex) {
            throw PeriodSupport.parseError(text, financial.start(lastGroup), ex);
        }
    }

    /**
     * Returns the last year of a pool from its digits: four digits as written, two digits as the first
     * year after the first one that ends in them.
     *
     * @param start  the first year
     * @param digits  the last year's digits, two or four
     * @return the last year
     */
    private static int lastYear(int start, String digits) {
        int value = Integer.parseInt(digits);
        if (digits.length() == 4) {
            return value;
        }
        int last = start - Math.floorMod(start, 100) + value;
        return last <= start ? last + 100 : last;
    }

    /**
     * Returns the first year of the pool.
     *
     * @return the first year, a {@link CalendarYear} or a {@link FinancialYear}, not null
     */
    public ReportingYear first() {
        return first;
    }

    /**
     * Returns the last year of the pool.
     *
     * @return the last year, of the same kind as {@link #first()}, not null
     */
    public ReportingYear last() {
        return first.plusYears(years - 1L);
    }

    /**
     * Returns the number of years pooled.
     *
     * @return the number of years, from 2 to 10
     */
    public int years() {
        return years;
    }

    /**
     * Whether the pool is of financial years rather than calendar years.
     *
     * @return true for financial years
     */
    public boolean isFinancial() {
        return first instanceof FinancialYear;
    }

    /**
     * Returns the first day of the first year.
     *
     * @return the first day, not null
     */
    @Override
    public LocalDate startInclusive() {
        return first.startInclusive();
    }

    /**
     * Returns the last day of the last year.
     *
     * @return the last day, not null
     */
    @Override
    public LocalDate endInclusive() {
        return last().endInclusive();
    }

    /**
     * Returns {@link Frequency#ANNUAL}: pools are published every year.
     *
     * @return {@code ANNUAL}, not null
     */
    @Override
    public Frequency frequency() {
        return Frequency.ANNUAL;
    }

    /**
     * Returns the pool of as many years starting a year later, such as {@code 2018-2020} after
     * {@code 2017-2019}.
     *
     * @return the next pool, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public PooledYears next() {
        return plusYears(1);
    }

    /**
     * Returns the pool of as many years starting a year earlier, such as {@code 2016-2018} before
     * {@code 2017-2019}.
     *
     * @return the previous pool, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public PooledYears previous() {
        return plusYears(-1);
    }

    /**
     * Returns the pool a number of years later, such as {@code 2020-2022} for {@code 2017-2019} plus 3.
     *
     * @param years  the years to add, may be negative
     * @return the later pool, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public PooledYears plusYears(long years) {
        if (years == 0) {
            return this;
        }
        ReportingYear moved = first.plusYears(years);
        moved.plusYears(this.years - 1L);
        return new PooledYears(moved, this.years);
    }

    /**
     * Returns the pool a number of years earlier, such as {@code 2016-2018} for {@code 2017-2019} minus 1.
     *
     * @param years  the years to subtract, may be negative
     * @return the earlier pool, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public PooledYears minusYears(long years) {
        return years == Long.MIN_VALUE ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-years);
    }

    /**
     * Checks whether this pool is equal to another: the same kind and first year, and as many years.
     *
     * @param obj  the object to check, null returns false
     * @return true if {@code obj} is an equal pool
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof PooledYears other && first.equals(other.first) && years == other.years;
    }

    /**
     * Returns a hash code for this pool.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return first.hashCode() * 11 + years;
    }

    /**
     * Returns the canonical notation, such as {@code 2017-2019} or {@code 2017/18-2019/20}.
     *
     * @return the canonical notation, not null
     */
    @Override
    public String toString() {
        return first + "-" + last();
    }
}
