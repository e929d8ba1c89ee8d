package org.outturn.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A period that performance is reported for, such as the financial year {@code 2024/25}, its quarter
 * {@code 2024/25 Q1}, the month {@code Apr-2024}, the calendar year {@code 2024}, the academic year
 * {@code 2024/25 AY}, the biennium {@code 2024/25-2025/26} or the year to date
 * {@code 2024/25 YTD Sep-2024}; and, as public data publishes them, the calendar quarter {@code 2024 Q1},
 * the school term {@code Autumn 2022}, the rolling year {@code 12 months to Mar-2025}, the pooled years
 * {@code 2017-2019} and the cumulative quarters {@code 2022/23 Q1-Q3}.
 *
 * <p>Every period is a range of whole days from {@link #startInclusive()} to {@link #endInclusive()},
 * both inclusive, and {@link #toString()} prints its canonical notation, which {@link #parse(CharSequence)}
 * reads back to an equal period.
 *
 * <h2>Kinds</h2>
 * <table>
 *   <caption>The kinds of reporting period and their canonical notations</caption>
 *   <tr><th>kind</th><th>canonical</th><th>dates</th><th>{@link #frequency()}</th></tr>
 *   <tr><td>{@link FinancialYear}</td><td>{@code 2024/25}</td><td>1 April 2024 - 31 March 2025</td>
 *       <td>{@code ANNUAL}</td></tr>
 *   <tr><td>{@link FinancialQuarter}</td><td>{@code 2024/25 Q1}</td><td>1 April - 30 June 2024</td>
 *       <td>{@code QUARTERLY}</td></tr>
 *   <tr><td>{@link ReportingMonth}</td><td>{@code Apr-2024}</td><td>1 - 30 April 2024</td>
 *       <td>{@code MONTHLY}</td></tr>
 *   <tr><td>{@link CalendarYear}</td><td>{@code 2024}</td><td>1 January - 31 December 2024</td>
 *       <td>{@code ANNUAL}</td></tr>
 *   <tr><td>{@link AcademicYear}</td><td>{@code 2024/25 AY}</td><td>1 September 2024 - 31 August 2025</td>
 *       <td>{@code ANNUAL}</td></tr>
 *   <tr><td>{@link Biennium}</td><td>{@code 2024/25-2025/26}</td><td>1 April 2024 - 31 March 2026</td>
 *       <td>{@code BIENNIAL}</td></tr>
 *   <tr><td>{@link YearToDate}</td><td>{@code 2024/25 YTD Sep-2024}</td><td>1 April - 30 September 2024</td>
 *       <td>{@code MONTHLY}</td></tr>
 *   <tr><td>{@link CalendarQuarter}</td><td>{@code 2024 Q1}</td><td>1 January - 31 March 2024</td>
 *       <td>{@code QUARTERLY}</td></tr>
 *   <tr><td>{@link SchoolTerm}</td><td>{@code Autumn 2022}</td><td>1 September - 31 December 2022</td>
 *       <td>{@code TERMLY}</td></tr>
 *   <tr><td>{@link RollingTwelveMonths}</td><td>{@code 12 months to Mar-2025}</td>
 *       <td>1 April 2024 - 31 March 2025</td><td>{@code MONTHLY}</td></tr>
 *   <tr><td>{@link PooledYears}</td><td>{@code 2017-2019}, {@code 2017/18-2019/20}</td>
 *       <td>1 January 2017 - 31 December 2019, 1 April 2017 - 31 March 2020</td><td>{@code ANNUAL}</td></tr>
 *   <tr><td>{@link CumulativeQuarters}</td><td>{@code 2022/23 Q1-Q3}</td><td>1 April - 31 December 2022</td>
 *       <td>{@code QUARTERLY}</td></tr>
 * </table>
 *
 * <h2>Labels that Fingertips prints</h2>
 * Public-health exports label periods {@code 2019/20} (a financial year), {@code 2019} (a calendar year),
 * {@code 2017 - 19} (pooled calendar years), {@code 2017/18 - 19/20} (pooled financial years),
 * {@code 2021/22 Q2} (a financial quarter), {@code 2022/23 Q1-Q3} (cumulative quarters) and
 * {@code Jan 2023} (a month); {@link #parse(CharSequence)} reads each of them.
 *
 * <h2>Order</h2>
 * Periods are ordered by {@link #startInclusive()}, then by {@link #endInclusive()}, then by kind in
 * the order of the table above (financial year, financial quarter, month, calendar year, academic
 * year, biennium, year to date, calendar quarter, school term, rolling year, pooled years, cumulative
 * quarters). Two periods of the same kind with the same dates are equal, so the
 * order is consistent with {@code equals}: {@code 2024/25} and {@code 2024/25 YTD Mar-2025} cover the
 * same days but are not equal, and {@code 2024/25} sorts first.
 *
 * <h2>Supported range</h2>
 * Every period lies within the supported financial years {@code 1900/01} to {@code 9998/99}, that is
 * within 1 April 1900 - 31 March 9999, so that every conversion between kinds (a month's financial
 * year, a calendar year's months) is defined. Each kind documents its own range.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface ReportingPeriod extends Comparable<ReportingPeriod>
        permits ReportingYear, FinancialQuarter, ReportingMonth, Biennium, YearToDate, CalendarQuarter,
        SchoolTerm, RollingTwelveMonths, PooledYears, CumulativeQuarters {

    /**
     * Reads a reporting period of any kind from any of its notations.
     *
     * <p>Leading and trailing whitespace is ignored; letters may be in any case. The accepted notations
     * are those of each kind's {@code parse} method: {@link FinancialYear#parse(CharSequence)}
     * ({@code 2024/25}, {@code 2024/2025}, {@code FY2024/25}), {@link FinancialQuarter#parse(CharSequence)}
     * ({@code 2024/25 Q1}, {@code Q1 2024/25}), {@link ReportingMonth#parse(CharSequence)}
     * ({@code Apr-2024}, {@code Apr-24}, {@code April 2024}, {@code 2024-04}),
     * {@link CalendarYear#parse(CharSequence)} ({@code 2024}, {@code CY2024}),
     * {@link AcademicYear#parse(CharSequence)} ({@code 2024/25 AY}, {@code AY2024/25}),
     * {@link Biennium#parse(CharSequence)} ({@code 2024/25-2025/26}),
     * {@link YearToDate#parse(CharSequence)} ({@code 2024/25 YTD Sep-2024}),
     * {@link CalendarQuarter#parse(CharSequence)} ({@code 2024 Q1}, {@code Q1 2024}, {@code Jan-Mar 2024}),
     * {@link SchoolTerm#parse(CharSequence)} ({@code Autumn 2022}, {@code Spring 2022/23}),
     * {@link RollingTwelveMonths#parse(CharSequence)} ({@code 12 months to Mar-2025}),
     * {@link PooledYears#parse(CharSequence)} ({@code 2017-2019}, {@code 2017 - 19},
     * {@code 2017/18 - 19/20}) and {@link CumulativeQuarters#parse(CharSequence)} ({@code 2022/23 Q1-Q3}).
     * Two financial years written as pooled years ({@code 2017/18 - 18/19}) are the {@link Biennium}.
     * No two kinds share a notation, so the kind is never ambiguous.
     *
     * @param text  the text to read, such as {@code "2024/25 Q1"}, not null
     * @return the period, not null
     * @throws DateTimeParseException if the text is not a notation of any kind, with a message such as
     *     {@code Text 'Week 5 2024' could not be parsed at index 0: not a reporting period (accepted notations:
     *     2024/25, 2024/25 Q1, Apr-2024, 2024, 2024/25 AY, 2024/25-2025/26, 2024/25 YTD Sep-2024, 2024 Q1,
     *     Jan-Mar 2024, Autumn 2022, 12 months to Mar-2025, 2017-2019, 2017 - 19, 2017/18 - 19/20,
     *     2022/23 Q1-Q3)}, or if it
     *     has the shape of a notation but an invalid value, such as {@code 2024/26} or
     *     {@code 2024/25 Q5}, with a message naming that value and its index
     */
    static ReportingPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int from = PeriodSupport.trimmedStart(s);
        int to = PeriodSupport.trimmedEnd(s);
        // The notations of reports, by shape and without a regular expression: a financial year, a
        // calendar year or a month. No other kind shares these shapes (a school term has no month's name),
        // so they need not be tried against the others first.
        ReportingPeriod period = FinancialYear.parseOrNull(s, from, to);
        if (period == null) {
            period = CalendarYear.parseOrNull(s, from, to);
        }
        if (period == null) {
            period = ReportingMonth.parseOrNull(s, from, to, true);
        }
        if (period != null) {
            return period;
        }
        period = YearToDate.parseOrNull(s, from, to);
        if (period == null) {
            period = RollingTwelveMonths.parseOrNull(s, from, to);
        }
        if (period == null) {
            period = CumulativeQuarters.parseOrNull(s, from, to);
        }
        if (period == null) {
            period = FinancialQuarter.parseOrNull(s, from, to);
        }
        if (period == null) {
            period = CalendarQuarter.parseOrNull(s, from, to);
        }
        if (period == null) {
            period = SchoolTerm.parseOrNull(s, from, to);
        }
        if (period == null) {
            period = AcademicYear.parseOrNull(s, from, to);
        }
        if (period == null) {
            period = PooledYears.parseOrNull(s, from, to);
        }
        if (period == null) {
            // Again without leniency, so that a month's shape with an unknown name says so.
            period = ReportingMonth.parseOrNull(s, from, to);
        }
        if (period == null) {
            throw PeriodSupport.parseError(s, 0, "not a reporting period (accepted notations: 2024/25, "
                    + "2024/25 Q1, Apr-2024, 2024, 2024/25 AY, 2024/25-2025/26, 2024/25 YTD Sep-2024, 2024 Q1, "
                    + "Jan-Mar 2024, Autumn 2022, 12 months to Mar-2025, 2017-2019, 2017 - 19, 2017/18 - 19/20, "
                    + "2022/23 Q1-Q3)");
        }
        return period;
    }

    /**
     * Returns the first day of this period, inclusive.
     *
     * <p>For example 1 April 2024 for {@code 2024/25}.
     *
     * @return the first day, not null
     */
    LocalDate startInclusive();

    /**
     * Returns the last day of this period, inclusive.
     *
     * <p>For example 31 March 2025 for {@code 2024/25}.
     *
     * @return the last day, not null
     */
    LocalDate endInclusive();

    /**
     * Returns the day after the last day of this period, exclusive.
     *
     * <p>For example 1 April 2025 for {@code 2024/25}.
     *
     * @return the day after the last day, not null
     */
    default LocalDate endExclusive() {
        return endInclusive().plusDays(1);
    }

    /**
     * Checks whether a date lies within this period, both bounds inclusive.
     *
     * <p>For example {@code 2024/25} contains 31 March 2025 but not 1 April 2025.
     *
     * @param date  the date to check, not null
     * @return true if {@code startInclusive() <= date <= endInclusive()}
     */
    default boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(startInclusive()) && !date.isAfter(endInclusive());
    }

    /**
     * Checks whether every day of another period lies within this period.
     *
     * <p>For example {@code 2024/25} contains {@code 2024/25 Q1}, {@code Mar-2025} and itself, but not
     * {@code 2024}. Only the dates count, not the kinds: {@code 2024/25} and {@code 2024/25 YTD Mar-2025}
     * contain each other.
     *
     * @param other  the period to check, not null
     * @return true if {@code other} starts on or after this period's start and ends on or before its end
     */
    default boolean contains(ReportingPeriod other) {
        Objects.requireNonNull(other, "other");
        return !other.startInclusive().isBefore(startInclusive())
                && !other.endInclusive().isAfter(endInclusive());
    }

    /**
     * Checks whether this period and another have at least one day in common.
     *
     * <p>For example {@code 2024/25} overlaps {@code 2024} and {@code 2024/25 Q4}, but not
     * {@code 2023/24}.
     *
     * @param other  the period to check, not null
     * @return true if the periods share at least one day
     */
    default boolean overlaps(ReportingPeriod other) {
        Objects.requireNonNull(other, "other");
        return !other.endInclusive().isBefore(startInclusive())
                && !other.startInclusive().isAfter(endInclusive());
    }

    /**
     * Returns the period of the same kind that follows this one.
     *
     * <p>For example {@code 2025/26} after {@code 2024/25}. Each kind documents its own rule, in
     * particular {@link Biennium#next()} and {@link YearToDate#next()}.
     *
     * @return the next period of the same kind, not null
     * @throws IllegalArgumentException if the next period is outside the supported range
     */
    ReportingPeriod next();

    /**
     * Returns the period of the same kind that precedes this one.
     *
     * <p>For example {@code 2023/24} before {@code 2024/25}. {@code next().previous()} is this period.
     *
     * @return the previous period of the same kind, not null
     * @throws IllegalArgumentException if the previous period is outside the supported range
     */
    ReportingPeriod previous();

    /**
     * Returns the same period a number of years later.
     *
     * <p>For example {@code 2026/27 Q1} for {@code 2024/25 Q1} plus 2 years.
     *
     * @param years  the years to add, may be negative
     * @return the period of the same kind moved by {@code years} years, not null
     * @throws IllegalArgumentException if the result is outside the supported range
     */
    ReportingPeriod plusYears(long years);

    /**
     * Returns the same period a number of years earlier.
     *
     * <p>For example the same period last year, the usual comparator, is {@code minusYears(1)}:
     * {@code Apr-2023} for {@code Apr-2024}.
     *
     * @param years  the years to subtract, may be negative
     * @return the period of the same kind moved back by {@code years} years, not null
     * @throws IllegalArgumentException if the result is outside the supported range
     */
    ReportingPeriod minusYears(long years);

    /**
     * Returns the frequency at which periods of this kind recur.
     *
     * <p>{@code ANNUAL} for financial, calendar and academic years and for pooled years (published every
     * year), {@code QUARTERLY} for quarters, {@code TERMLY} for school terms, {@code MONTHLY} for months,
     * {@code BIENNIAL} for bienniums. A year to date and a rolling year are {@code MONTHLY}: they recur at
     * the granularity of their end, one month later each time; cumulative quarters are {@code QUARTERLY}.
     *
     * @return the frequency, not null
     */
    Frequency frequency();

    /**
     * Divides this period into the consecutive periods of a finer frequency, in order.
     *
     * <p>Months are {@link ReportingMonth}s, quarters are {@link FinancialQuarter}s, terms are
     * {@link SchoolTerm}s and years are {@link FinancialYear}s. For example {@code 2024/25} has 12 months ({@code Apr-2024} to
     * {@code Mar-2025}) and 4 quarters, {@code 2024/25 Q1} has 3 months, {@code 2024/25-2025/26} has 2
     * financial years, 8 quarters or 24 months, and {@code 2024} has 12 months or the 4 financial
     * quarters {@code 2023/24 Q4} to {@code 2024/25 Q3}.
     *
     * <p>The frequency must be finer than {@link #frequency()}; for a year to date, a rolling year and
     * cumulative quarters it must be finer than {@code ANNUAL}, so that they divide into their months. The periods must also tile this
     * period exactly: an academic year or a year to date ending mid-quarter cannot be divided into
     * quarters.
     *
     * @param frequency  the finer frequency, not null
     * @return the periods, the first starting on {@link #startInclusive()}, each starting the day after
     *     the previous one ends, the last ending on {@link #endInclusive()}; unmodifiable, not null
     * @throws IllegalArgumentException if the frequency is not finer, with a message such as
     *     {@code Cannot divide 2024/25 into BIENNIAL periods: BIENNIAL is not finer than ANNUAL}, or if
     *     its periods do not tile this period
     */
    default List<ReportingPeriod> periodsOf(Frequency frequency) {
        Objects.requireNonNull(frequency, "frequency");
        Frequency own = this instanceof YearToDate || this instanceof RollingTwelveMonths
                || this instanceof CumulativeQuarters ? Frequency.ANNUAL : frequency();
        if (!frequency.isFinerThan(own)) {
            throw new IllegalArgumentException("Cannot divide " + this + " into " + frequency
                    + " periods: " + frequency + " is not finer than " + own);
        }
        LocalDate start = startInclusive();
        LocalDate end = endInclusive();
        ReportingPeriod part = switch (frequency) {
            case MONTHLY -> ReportingMonth.from(start);
            case QUARTERLY -> FinancialQuarter.from(start);
            case TERMLY -> SchoolTerm.from(start);
            case ANNUAL -> FinancialYear.from(start);
            case BIENNIAL -> throw new IllegalStateException("nothing is coarser than BIENNIAL");
        };
        List<ReportingPeriod> parts = new ArrayList<>();
        while (part.startInclusive().equals(start) && part.endInclusive().isBefore(end)) {
            parts.add(part);
            start = part.endExclusive();
            part = part.next();
        }
        if (!part.startInclusive().equals(start) || !part.endInclusive().equals(end)) {
            throw new IllegalArgumentException("Cannot divide " + this + " into " + frequency
                    + " periods: they do not tile " + startInclusive() + " - " + endInclusive());
        }
        parts.add(part);
        return List.copyOf(parts);
    }

    /**
     * Compares this period with another: by {@link #startInclusive()}, then by {@link #endInclusive()},
     * then by kind.
     *
     * <p>The kinds are ordered financial year, financial quarter, month, calendar year, academic year,
     * biennium, year to date. For example {@code 2024/25 Q1} sorts before {@code 2024/25} (same start,
     * earlier end), and {@code 2024/25} before {@code 2024/25 YTD Mar-2025} (same dates, later kind).
     * The order is consistent with {@code equals}.
     *
     * @param other  the period to compare with, not null
     * @return negative if this period sorts first, zero if they are equal, positive if it sorts last
     */
    @Override
    default int compareTo(ReportingPeriod other) {
        Objects.requireNonNull(other, "other");
        // Two periods of the same fixed-length kind are ordered by their fields, as their start dates order
        // them (their ends follow their starts), without building four LocalDates: sorted maps of outturns
        // and targets compare keys of one kind all the time.
        if (this instanceof ReportingMonth && other instanceof ReportingMonth) {
            ReportingMonth a = (ReportingMonth) this;
            ReportingMonth b = (ReportingMonth) other;
            int byYear = Integer.compare(a.year(), b.year());
            return byYear != 0 ? byYear : a.month().compareTo(b.month());
        }
        if (this instanceof FinancialYear && other instanceof FinancialYear) {
            return Integer.compare(((FinancialYear) this).startYear(), ((FinancialYear) other).startYear());
        }
        if (this instanceof FinancialQuarter && other instanceof FinancialQuarter) {
            FinancialQuarter a = (FinancialQuarter) this;
            FinancialQuarter b = (FinancialQuarter) other;
            int byYear = Integer.compare(a.year().startYear(), b.year().startYear());
            return byYear != 0 ? byYear : Integer.compare(a.quarter(), b.quarter());
        }
        int cmp = startInclusive().compareTo(other.startInclusive());
        if (cmp == 0) {
            cmp = endInclusive().compareTo(other.endInclusive());
        }
        if (cmp == 0) {
            cmp = Integer.compare(kindOrder(this), kindOrder(other));
        }
        return cmp;
    }

    /**
     * Checks whether this period is equal to another: of the same kind and covering the same days.
     *
     * @param obj  the object to check, null returns false
     * @return true if {@code obj} is a period of the same kind with the same fields
     */
    @Override
    boolean equals(Object obj);

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    int hashCode();

    /**
     * Returns the canonical notation of this period, such as {@code 2024/25 Q1}, which
     * {@link #parse(CharSequence)} reads back to an equal period.
     *
     * @return the canonical notation, not null
     */
    @Override
    String toString();

    /**
     * Returns the position of a period's kind in the documented order.
     *
     * @param period  the period, not null
     * @return 0 to 11
     */
    private static int kindOrder(ReportingPeriod period) {
        if (period instanceof FinancialYear) {
            return 0;
        } else if (period instanceof FinancialQuarter) {
            return 1;
        } else if (period instanceof ReportingMonth) {
            return 2;
        } else if (period instanceof CalendarYear) {
            return 3;
        } else if (period instanceof AcademicYear) {
            return 4;
        } else if (period instanceof Biennium) {
            return 5;
        } else if (period instanceof YearToDate) {
            return 6;
        } else if (period instanceof CalendarQuarter) {
            return 7;
        } else if (period instanceof SchoolTerm) {
            return 8;
        } else if (period instanceof RollingTwelveMonths) {
            return 9;
        } else if (period instanceof PooledYears) {
            return 10;
        } else {
            return 11;
        }
    }
}
