package org.outturn.core;

import java.util.Locale;
import java.util.Objects;

/**
 * How often an indicator is reported, or a kind of reporting period recurs: {@code MONTHLY},
 * {@code QUARTERLY}, {@code TERMLY}, {@code ANNUAL} or {@code BIENNIAL}.
 *
 * <p>The canonical, strict form is the constant's name, read by {@link #valueOf(String)}.
 * {@link #parseLenient(CharSequence)} reads the words used in published reports, for example
 * {@code Frequency.parseLenient("Yearly")} is {@link #ANNUAL}.
 *
 * <p>The constants are declared from the finest to the coarsest, so the natural order of the enum is
 * the order of {@link #monthsPerPeriod()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum Frequency {

    /** Every calendar month, as {@link ReportingMonth} ({@code Apr-2024}): 12 periods a year. */
    MONTHLY(1, "Monthly"),
    /** Every quarter of the financial year, as {@link FinancialQuarter} ({@code 2024/25 Q1}): 4 periods a year. */
    QUARTERLY(3, "Quarterly"),
    /** Every school term, as {@link SchoolTerm} ({@code Autumn 2022}): 3 periods a year, of 4 months each. */
    TERMLY(4, "Termly"),
    /**
     * Every year: a {@link FinancialYear} ({@code 2024/25}), {@link CalendarYear} ({@code 2024}) or
     * {@link AcademicYear} ({@code 2024/25 AY}).
     */
    ANNUAL(12, "Annual"),
    /** Every two financial years, as {@link Biennium} ({@code 2024/25-2025/26}), for example biennial surveys. */
    BIENNIAL(24, "Biennial");

    /** The accepted lenient words, as listed in error messages. */
    private static final String ACCEPTED = "Monthly, Quarterly, Termly, Yearly, Annual, Biennial";

    /** The number of months in one period. */
    private final int monthsPerPeriod;
    /** The name to show. */
    private final String displayName;

    /**
     * Creates a constant.
     *
     * @param monthsPerPeriod  the number of months in one period
     * @param displayName  the name to show
     */
    Frequency(int monthsPerPeriod, String displayName) {
        this.monthsPerPeriod = monthsPerPeriod;
        this.displayName = displayName;
    }

    /**
     * Reads a frequency as published, ignoring case and leading and trailing whitespace.
     *
     * <p>The accepted words are {@code Monthly}; {@code Quarterly}; {@code Termly}; {@code Yearly}, {@code Annual} and
     * {@code Annually}; {@code Biennial} and {@code Biennially}. For example {@code "yearly"} is
     * {@link #ANNUAL}. The constants' names ({@code ANNUAL}) are accepted too.
     *
     * @param text  the text to read, such as {@code "Quarterly"}, not null
     * @return the frequency, not null
     * @throws IllegalArgumentException if the text is not one of the accepted words, with a message such
     *     as {@code Unknown frequency: 'Weekly' (accepted: Monthly, Quarterly, Termly, Yearly, Annual, Biennial)}
     */
    public static Frequency parseLenient(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return switch (text.toString().strip().toLowerCase(Locale.ROOT)) {
            case "monthly" -> MONTHLY;
            case "quarterly" -> QUARTERLY;
            case "termly" -> TERMLY;
            case "yearly", "annual", "annually" -> ANNUAL;
            case "biennial", "biennially" -> BIENNIAL;
            default -> throw new IllegalArgumentException(
                    "Unknown frequency: '" + text + "' (accepted: " + ACCEPTED + ")");
        };
    }

    /**
     * Returns the name to show, such as {@code Monthly} for {@link #MONTHLY}: the constant's name in
     * words, which {@link #parseLenient(CharSequence)} reads back.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns the number of months in one period of this frequency: 1, 3, 4, 12 or 24.
     *
     * <p>For example {@code QUARTERLY.monthsPerPeriod()} is {@code 3}.
     *
     * @return the number of months in one period, positive
     */
    public int monthsPerPeriod() {
        return monthsPerPeriod;
    }

    /**
     * Checks whether periods of this frequency are strictly shorter than periods of another.
     *
     * <p>For example {@code MONTHLY.isFinerThan(QUARTERLY)} is true, and
     * {@code ANNUAL.isFinerThan(ANNUAL)} is false.
     *
     * @param other  the frequency to compare with, not null
     * @return true if this frequency has fewer months per period than {@code other}
     */
    public boolean isFinerThan(Frequency other) {
        Objects.requireNonNull(other, "other");
        return monthsPerPeriod < other.monthsPerPeriod;
    }
}
