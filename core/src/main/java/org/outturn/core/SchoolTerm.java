package org.outturn.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A term of an {@link AcademicYear}, such as {@code Autumn 2022}, the autumn term of {@code 2022/23 AY},
 * as school statistics (absence, exclusions) are published.
 *
 * <p>The canonical notation is the term's name and the calendar year it falls in: {@code Autumn 2022},
 * {@code Spring 2023} and {@code Summer 2023} are the three terms of {@code 2022/23 AY}.
 * {@link #parse(CharSequence)} also reads {@code Autumn term 2022}, the academic year after the name
 * ({@code Spring 2022/23}, {@code Spring term 2022/23}) or before it ({@code 2022/23 Spring},
 * {@code 2022/23 AY Spring term}).
 *
 * <p>Schools set their own term dates, moving with Easter; so that terms tile their academic year in
 * whole months, and months and terms contain each other, a term here is a fixed third of the academic
 * year: autumn is 1 September - 31 December, spring 1 January - 30 April and summer 1 May - 31 August.
 * Terms recur {@link Frequency#TERMLY}.
 *
 * <p>The supported academic years are those of {@link AcademicYear}: {@code Autumn 1900} to
 * {@code Summer 9998}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SchoolTerm implements ReportingPeriod {

    /** A term of the school year, in order. */
    public enum Term {
        /** The autumn term, September - December. */
        AUTUMN("Autumn"),
        /** The spring term, January - April. */
        SPRING("Spring"),
        /** The summer term, May - August. */
        SUMMER("Summer");

        private final String displayName;

        Term(String displayName) {
            this.displayName = displayName;
        }

        /**
         * Returns the name as printed, such as {@code Autumn}.
         *
         * @return the display name, not null
         */
        public String displayName() {
            return displayName;
        }
    }

    private static final String NAME = "(autumn|spring|summer)(?: term)?";

    /**
     * The notations: name in 1, year in 2 (or academic year pair in 3-4); or academic year pair in 5-6
     * and name in 7.
     */
    private static final Pattern PATTERN = Pattern.compile(
            NAME + " (?:(\\d{4})|" + FinancialYear.PAIR + "(?: ?AY)?)|" + FinancialYear.PAIR + "(?: ?AY)? " + NAME,
            Pattern.CASE_INSENSITIVE);

    /** The academic year. */
    private final AcademicYear year;
    /** The term. */
    private final Term term;

    /**
     * Creates a term; see {@link #of(AcademicYear, Term)}.
     *
     * @param year  the academic year
     * @param term  the term
     */
    private SchoolTerm(AcademicYear year, Term term) {
        this.year = year;
        this.term = term;
    }

    /**
     * Obtains a term of an academic year.
     *
     * <p>For example {@code SchoolTerm.of(AcademicYear.of(2022), Term.SPRING)} is {@code Spring 2023}.
     *
     * @param year  the academic year, not null
     * @param term  the term, not null
     * @return the term, not null
     */
    public static SchoolTerm of(AcademicYear year, Term term) {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(term, "term");
        return new SchoolTerm(year, term);
    }

    /**
     * Obtains the term containing a date.
     *
     * <p>For example {@code Autumn 2022} for 1 September 2022 and {@code Summer 2023} for 31 August 2023.
     *
     * @param date  the date, not null
     * @return the term, not null
     * @throws IllegalArgumentException if the date's academic year is out of range
     */
    public static SchoolTerm from(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int month = date.getMonthValue();
        Term term = month >= 9 ? Term.AUTUMN : month <= 4 ? Term.SPRING : Term.SUMMER;
        return new SchoolTerm(AcademicYear.from(date), term);
    }

    /**
     * Reads a school term.
     *
     * <p>Accepts {@code Autumn 2022} (canonical), {@code Autumn term 2022}, {@code Spring 2022/23},
     * {@code 2022/23 Spring}, {@code 2022/23 AY Spring term}, in any case, ignoring leading and trailing
     * whitespace. A single year is the calendar year the term falls in.
     *
     * @param text  the text to read, such as {@code "Autumn 2022"}, not null
     * @return the term, not null
     * @throws DateTimeParseException if the text is not a school term, or has an invalid value, with a
     *     message such as {@code Text 'Autumn 1899' could not be parsed at index 7: Invalid value for
     *     academic year (valid values 1900 - 9997): 1899}
     */
    public static SchoolTerm parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        SchoolTerm term = parseOrNull(s, PeriodSupport.trimmedStart(s), PeriodSupport.trimmedEnd(s));
        if (term == null) {
            throw PeriodSupport.parseError(s, 0, "not a school term (accepted notations: Autumn 2022, "
                    + "Autumn term 2022, Spring 2022/23, 2022/23 Spring)");
        }
        return term;
    }

    /**
     * Reads a school term from a region of a text.
     *
     * @param text  the whole text, for messages and indexes, not null
     * @param from  the start of the region, inclusive
     * @param to  the end of the region, exclusive
     * @return the term, or null if the region does not have the shape of one
     * @throws DateTimeParseException if the region has the shape of a term but an invalid value
     */
    static SchoolTerm parseOrNull(String text, int from, int to) {
        Matcher matcher = PATTERN.matcher(text).region(from, to);
        if (!matcher.matches()) {
            return null;
        }
        int nameGroup = matcher.group(1) != null ? 1 : 7;
        Term term = Term.valueOf(matcher.group(nameGroup).toUpperCase(Locale.ROOT));
        int pairGroup = matcher.group(1) != null ? 3 : 5;
        if (matcher.group(2) != null) {
            int calendarYear = Integer.parseInt(matcher.group(2));
            try {
                return new SchoolTerm(AcademicYear.of(term == Term.AUTUMN ? calendarYear : calendarYear - 1), term);
            } catch (IllegalArgumentException ex) {
                throw PeriodSupport.parseError(text, matcher.start(2), ex);
            }
        }
        FinancialYear pair = FinancialYear.parsePair(text, matcher, pairGroup);
        try {
            return new SchoolTerm(AcademicYear.of(pair.startYear()), term);
        } catch (IllegalArgumentException ex) {
            throw PeriodSupport.parseError(text, matcher.start(pairGroup), ex);
        }
    }

    /**
     * Returns the academic year of this term.
     *
     * <p>For example {@code 2022/23 AY} for {@code Spring 2023}.
     *
     * @return the academic year, not null
     */
    public AcademicYear year() {
        return year;
    }

    /**
     * Returns which term of the year this is.
     *
     * @return the term, not null
     */
    public Term term() {
        return term;
    }

    /**
     * Returns the calendar year the term falls in: the academic year's start year for autumn, its end
     * year for spring and summer.
     *
     * @return the calendar year
     */
    public int calendarYear() {
        return term == Term.AUTUMN ? year.startYear() : year.endYear();
    }

    /**
     * Returns the first day: 1 September, 1 January or 1 May.
     *
     * @return the first day, not null
     */
    @Override
    public LocalDate startInclusive() {
        return LocalDate.of(calendarYear(), 9 + 4 * term.ordinal() - (term == Term.AUTUMN ? 0 : 12), 1);
    }

    /**
     * Returns the last day: 31 December, 30 April or 31 August.
     *
     * @return the last day, not null
     */
    @Override
    public LocalDate endInclusive() {
        return startInclusive().plusMonths(4).minusDays(1);
    }

    /**
     * Returns {@link Frequency#TERMLY}.
     *
     * @return {@code TERMLY}, not null
     */
    @Override
    public Frequency frequency() {
        return Frequency.TERMLY;
    }

    /**
     * Returns the term a number of terms later, such as {@code Autumn 2023} for {@code Summer 2023} plus 1.
     *
     * @param terms  the terms to add, may be negative
     * @return the later term, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    public SchoolTerm plusTerms(long terms) {
        if (terms == 0) {
            return this;
        }
        long index = PeriodSupport.addYears(year.startYear() * 3L + term.ordinal(), terms);
        long startYear = Math.floorDiv(index, 3L);
        AcademicYear newYear = year.plusYears(startYear - year.startYear());
        return new SchoolTerm(newYear, Term.values()[(int) Math.floorMod(index, 3L)]);
    }

    /**
     * Returns the following term: spring after autumn, summer after spring, the next year's autumn after
     * summer.
     *
     * @return the next term, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public SchoolTerm next() {
        return plusTerms(1);
    }

    /**
     * Returns the preceding term, such as {@code Summer 2022} before {@code Autumn 2022}.
     *
     * @return the previous term, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public SchoolTerm previous() {
        return plusTerms(-1);
    }

    /**
     * Returns the same term a number of years later, such as {@code Autumn 2023} for {@code Autumn 2022}
     * plus 1.
     *
     * @param years  the years to add, may be negative
     * @return the later term, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public SchoolTerm plusYears(long years) {
        return years == 0 ? this : new SchoolTerm(year.plusYears(years), term);
    }

    /**
     * Returns the same term a number of years earlier, such as {@code Autumn 2021} for {@code Autumn 2022}
     * minus 1.
     *
     * @param years  the years to subtract, may be negative
     * @return the earlier term, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    @Override
    public SchoolTerm minusYears(long years) {
        return years == 0 ? this : new SchoolTerm(year.minusYears(years), term);
    }

    /**
     * Checks whether this term is equal to another: the same academic year and term.
     *
     * @param obj  the object to check, null returns false
     * @return true if {@code obj} is an equal school term
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof SchoolTerm other && year.equals(other.year) && term == other.term;
    }

    /**
     * Returns a hash code for this term.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return year.hashCode() * 3 + term.ordinal();
    }

    /**
     * Returns the canonical notation, such as {@code Autumn 2022}.
     *
     * @return the canonical notation, not null
     */
    @Override
    public String toString() {
        return term.displayName() + " " + calendarYear();
    }
}
