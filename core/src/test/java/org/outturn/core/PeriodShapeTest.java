package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reading financial years, calendar years and months by shape, against the regular expressions they were
 * read with before (kept here as the oracle), over texts built at random from the pieces of every
 * notation; and the rule that lets {@link ReportingPeriod#parse(CharSequence)} try those shapes first: no
 * other kind reads a text of those shapes.
 */
final class PeriodShapeTest {

    private static final String PAIR = "(\\d{4})/(\\d{2}|\\d{4})";
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(?:FY ?)?" + PAIR, Pattern.CASE_INSENSITIVE);
    private static final Pattern CALENDAR_YEAR = Pattern.compile("(?:CY ?)?(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH = Pattern.compile(
            "([a-z]{3,})[- ](\\d{4}|\\d{2})|(\\d{4})-(\\d{2})", Pattern.CASE_INSENSITIVE);
    /** The names of months the regular expression's reader accepted. */
    private static final Map<String, Month> MONTH_NAMES = new HashMap<>();

    static {
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            MONTH_NAMES.put(name, month);
            MONTH_NAMES.put(name.substring(0, 3), month);
        }
        MONTH_NAMES.put("sept", Month.SEPTEMBER);
    }

    private static final String[] PIECES = {"2024", "2025", "1899", "9999", "0000", "24", "25", "26", "00", "99",
        "04", "13", "1", "/", "-", "\u2013", " ", "  ", "FY", "fy", "Fy", "CY", "cy", "AY", "Q", "q", "Q1", "Q3",
        "Apr", "APRIL", "sept", "Sept", "May", "Mayo", "Foo", "Autumn", "summer", "term", "YTD", "Year to date",
        "12 months to ", "rolling ", "ending", "x", "\u00a0", "\u0663"};

    private static String random(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    /** The texts: every pair of pieces, then random ones. */
    private static List<String> texts(long seed) {
        List<String> texts = new ArrayList<>();
        for (String a : PIECES) {
            texts.add(a);
            for (String b : PIECES) {
                texts.add(a + b);
                for (String c : new String[] {"2024", "25", "/", "-", " "}) {
                    texts.add(a + c + b);
                }
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 200_000; i++) {
            texts.add(random(random));
        }
        return texts;
    }

    /** What reading gives: the period, null, or the message of the exception. */
    private static String outcome(Supplier<?> read) {
        try {
            Object value = read.get();
            return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
        } catch (DateTimeParseException ex) {
            return "error at " + ex.getErrorIndex() + ": " + ex.getMessage();
        }
    }

    private static FinancialYear financialYearByRegex(String text, int from, int to) {
        Matcher matcher = FINANCIAL_YEAR.matcher(text).region(from, to);
        return matcher.matches() ? FinancialYear.parsePair(text, matcher, 1) : null;
    }

    private static CalendarYear calendarYearByRegex(String text, int from, int to) {
        Matcher matcher = CALENDAR_YEAR.matcher(text).region(from, to);
        if (!matcher.matches()) {
            return null;
        }
        try {
            return CalendarYear.of(Integer.parseInt(matcher.group(1)));
        } catch (IllegalArgumentException ex) {
            throw PeriodSupport.parseError(text, matcher.start(1), ex);
        }
    }

    private static ReportingMonth monthByRegex(String text, int from, int to) {
        Matcher matcher = MONTH.matcher(text).region(from, to);
        if (!matcher.matches()) {
            return null;
        }
        int year;
        int month;
        int monthIndex;
        if (matcher.group(1) != null) {
            Month named = MONTH_NAMES.get(matcher.group(1).toLowerCase(Locale.ROOT));
            if (named == null) {
                throw PeriodSupport.parseError(text, matcher.start(1), "unknown month name '" + matcher.group(1) + "'");
            }
            month = named.getValue();
            monthIndex = matcher.start(1);
            String digits = matcher.group(2);
            year = Integer.parseInt(digits) + (digits.length() == 2 ? 2000 : 0);
        } else {
            year = Integer.parseInt(matcher.group(3));
            month = Integer.parseInt(matcher.group(4));
            monthIndex = matcher.start(4);
        }
        try {
            PeriodSupport.checkRange("month", month, 1, 12);
        } catch (IllegalArgumentException ex) {
            throw PeriodSupport.parseError(text, monthIndex, ex);
        }
        try {
            return ReportingMonth.of(year, month);
        } catch (IllegalArgumentException ex) {
            throw PeriodSupport.parseError(text, from, ex);
        }
    }

    @Test
    void kindParsers_randomTexts_agreeWithTheRegularExpressions() {
        long seed = System.nanoTime();
        for (String text : texts(seed)) {
            int from = PeriodSupport.trimmedStart(text);
            int to = PeriodSupport.trimmedEnd(text);
            assertThat(outcome(() -> FinancialYear.parseOrNull(text, from, to))).as("seed %d, '%s'", seed, text)
                    .isEqualTo(outcome(() -> financialYearByRegex(text, from, to)));
            assertThat(outcome(() -> CalendarYear.parseOrNull(text, from, to))).as("seed %d, '%s'", seed, text)
                    .isEqualTo(outcome(() -> calendarYearByRegex(text, from, to)));
            assertThat(outcome(() -> ReportingMonth.parseOrNull(text, from, to))).as("seed %d, '%s'", seed, text)
                    .isEqualTo(outcome(() -> monthByRegex(text, from, to)));
        }
    }

    @Test
    void shapesReadFirst_randomTexts_areReadByNoOtherKind() {
        long seed = System.nanoTime();
        for (String text : texts(seed)) {
            int from = PeriodSupport.trimmedStart(text);
            int to = PeriodSupport.trimmedEnd(text);
            boolean first = !outcome(() -> FinancialYear.parseOrNull(text, from, to)).equals("null")
                    || !outcome(() -> CalendarYear.parseOrNull(text, from, to)).equals("null")
                    || !outcome(() -> ReportingMonth.parseOrNull(text, from, to, true)).equals("null");
            if (first) {
                List<Supplier<?>> others = List.of(() -> YearToDate.parseOrNull(text, from, to),
                        () -> RollingTwelveMonths.parseOrNull(text, from, to),
                        () -> CumulativeQuarters.parseOrNull(text, from, to),
                        () -> FinancialQuarter.parseOrNull(text, from, to),
                        () -> CalendarQuarter.parseOrNull(text, from, to),
                        () -> SchoolTerm.parseOrNull(text, from, to),
                        () -> AcademicYear.parseOrNull(text, from, to),
                        () -> PooledYears.parseOrNull(text, from, to));
                for (Supplier<?> other : others) {
                    assertThat(outcome(other)).as("seed %d, '%s'", seed, text).isEqualTo("null");
                }
            }
        }
    }
}
