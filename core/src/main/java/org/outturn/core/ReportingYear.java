package org.outturn.core;

import java.time.Month;

/**
 * A year of twelve consecutive months that a {@link YearToDate} can count from: a
 * {@link FinancialYear} ({@code 2024/25}), a {@link CalendarYear} ({@code 2024}) or an
 * {@link AcademicYear} ({@code 2024/25 AY}).
 *
 * <p>Every reporting year has {@link Frequency#ANNUAL} frequency and divides into twelve
 * {@link ReportingMonth}s.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface ReportingYear extends ReportingPeriod
        permits FinancialYear, CalendarYear, AcademicYear {

    /**
     * Returns the month of this year with the given name.
     *
     * <p>For example {@code Jan-2025} for January in {@code 2024/25}, and {@code Sep-2024} for
     * September in {@code 2024/25 AY}.
     *
     * @param month  the month of the year, not null
     * @return the month within this year, not null
     */
    ReportingMonth month(Month month);

    /**
     * Returns the following year of the same kind.
     *
     * <p>For example {@code 2025/26} after {@code 2024/25}.
     *
     * @return the next year, not null
     * @throws IllegalArgumentException if the next year is outside the supported range
     */
    @Override
    ReportingYear next();

    /**
     * Returns the preceding year of the same kind.
     *
     * <p>For example {@code 2023/24} before {@code 2024/25}.
     *
     * @return the previous year, not null
     * @throws IllegalArgumentException if the previous year is outside the supported range
     */
    @Override
    ReportingYear previous();

    /**
     * Returns the year of the same kind a number of years later.
     *
     * <p>For example {@code 2026} for {@code 2024} plus 2 years.
     *
     * @param years  the years to add, may be negative
     * @return the later year, not null
     * @throws IllegalArgumentException if the result is outside the supported range
     */
    @Override
    ReportingYear plusYears(long years);

    /**
     * Returns the year of the same kind a number of years earlier.
     *
     * <p>For example {@code 2023/24} for {@code 2024/25} minus 1 year.
     *
     * @param years  the years to subtract, may be negative
     * @return the earlier year, not null
     * @throws IllegalArgumentException if the result is outside the supported range
     */
    @Override
    ReportingYear minusYears(long years);
}
