package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class ReportingPeriodTest {

    /** The first start year of the exhaustive tests. */
    static final int FIRST = 1990;
    /** The last start year of the exhaustive tests. */
    static final int LAST = 2100;

    /** Every period of every kind starting in the years 1990 - 2100. */
    private static final List<ReportingPeriod> ALL = allPeriods();

    static List<ReportingPeriod> allPeriods() {
        List<ReportingPeriod> all = new ArrayList<>();
        for (int y = FIRST; y <= LAST; y++) {
            FinancialYear fy = FinancialYear.of(y);
            all.add(fy);
            for (int q = 1; q <= 4; q++) {
                all.add(fy.quarter(q));
            }
            for (Month m : Month.values()) {
                all.add(ReportingMonth.of(y, m));
            }
            all.add(CalendarYear.of(y));
            all.add(AcademicYear.of(y));
            all.add(Biennium.of(fy));
            for (ReportingYear year : List.of(fy, CalendarYear.of(y), AcademicYear.of(y))) {
                for (ReportingPeriod month : year.periodsOf(Frequency.MONTHLY)) {
                    all.add(YearToDate.of(year, (ReportingMonth) month));
                }
            }
            for (int q = 1; q <= 4; q++) {
                all.add(CalendarQuarter.of(y, q));
                all.add(CumulativeQuarters.to(fy.quarter(q)));
            }
            for (SchoolTerm.Term term : SchoolTerm.Term.values()) {
                all.add(SchoolTerm.of(AcademicYear.of(y), term));
            }
            for (Month m : Month.values()) {
                all.add(RollingTwelveMonths.to(ReportingMonth.of(y, m)));
            }
            for (int years = 2; years <= 10; years++) {
                all.add(PooledYears.ofCalendarYears(CalendarYear.of(y), years));
                if (years >= 3) {
                    all.add(PooledYears.ofFinancialYears(fy, years));
                }
            }
        }
        return List.copyOf(all);
    }

    @Test
    void allPeriods_everyKind_present() {
        Set<Class<?>> kinds = new HashSet<>();
        ALL.forEach(p -> kinds.add(p.getClass()));
        assertThat(kinds).containsExactlyInAnyOrder(FinancialYear.class, FinancialQuarter.class,
                ReportingMonth.class, CalendarYear.class, AcademicYear.class, Biennium.class, YearToDate.class,
                CalendarQuarter.class, SchoolTerm.class, RollingTwelveMonths.class, PooledYears.class,
                CumulativeQuarters.class);
        assertThat(new HashSet<>(ALL)).hasSize(ALL.size());
    }

    @Test
    void parse_canonicalOfEveryPeriod_roundTripsExactly() {
        for (ReportingPeriod period : ALL) {
            String text = period.toString();
            ReportingPeriod parsed = ReportingPeriod.parse(text);
            assertThat(parsed).as(text).isEqualTo(period);
            assertThat(parsed.toString()).isEqualTo(text);
            assertThat(ReportingPeriod.parse("  " + text + "\t")).isEqualTo(period);
            assertThat(ReportingPeriod.parse(text.toLowerCase(java.util.Locale.ROOT))).isEqualTo(period);
        }
    }

    @Test
    void parse_kindParserOfEveryPeriod_matchesGenericParser() {
        for (ReportingPeriod period : ALL) {
            String text = period.toString();
            ReportingPeriod parsed;
            if (period instanceof FinancialYear) {
                parsed = FinancialYear.parse(text);
            } else if (period instanceof FinancialQuarter) {
                parsed = FinancialQuarter.parse(text);
            } else if (period instanceof ReportingMonth) {
                parsed = ReportingMonth.parse(text);
            } else if (period instanceof CalendarYear) {
                parsed = CalendarYear.parse(text);
            } else if (period instanceof AcademicYear) {
                parsed = AcademicYear.parse(text);
            } else if (period instanceof Biennium) {
                parsed = Biennium.parse(text);
            } else if (period instanceof CalendarQuarter) {
                parsed = CalendarQuarter.parse(text);
            } else if (period instanceof SchoolTerm) {
                parsed = SchoolTerm.parse(text);
            } else if (period instanceof RollingTwelveMonths) {
                parsed = RollingTwelveMonths.parse(text);
            } else if (period instanceof PooledYears) {
                parsed = PooledYears.parse(text);
            } else if (period instanceof CumulativeQuarters) {
                parsed = CumulativeQuarters.parse(text);
            } else {
                parsed = YearToDate.parse(text);
            }
            assertThat(parsed).as(text).isEqualTo(period);
        }
    }

    @Test
    void dates_everyPeriod_startNotAfterEndAndEndExclusiveIsNextDay() {
        for (ReportingPeriod period : ALL) {
            assertThat(period.startInclusive()).as("%s", period).isBeforeOrEqualTo(period.endInclusive());
            assertThat(period.endExclusive()).isEqualTo(period.endInclusive().plusDays(1));
        }
    }

    @Test
    void compareTo_sortedShuffledList_orderedByStartThenEndThenKind() {
        List<ReportingPeriod> sorted = new ArrayList<>(ALL);
        Collections.shuffle(sorted, new Random(20240401L));
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            ReportingPeriod a = sorted.get(i - 1);
            ReportingPeriod b = sorted.get(i);
            assertThat(a.compareTo(b)).as("%s < %s", a, b).isNegative();
            assertThat(a).isNotEqualTo(b);
            assertThat(a.startInclusive()).as("%s before %s", a, b).isBeforeOrEqualTo(b.startInclusive());
            if (a.startInclusive().equals(b.startInclusive())) {
                assertThat(a.endInclusive()).as("%s before %s", a, b).isBeforeOrEqualTo(b.endInclusive());
                if (a.endInclusive().equals(b.endInclusive())) {
                    assertThat(kind(a)).as("%s before %s", a, b).isLessThan(kind(b));
                }
            }
        }
    }

    @Test
    void compareTo_sameDatesDifferentKinds_orderedByKind() {
        FinancialYear fy = FinancialYear.of(2024);
        YearToDate ytd = YearToDate.of(fy, ReportingMonth.of(2025, 3));
        assertThat(fy.compareTo(ytd)).isNegative();
        assertThat(ytd.compareTo(fy)).isPositive();
        assertThat(fy).isNotEqualTo(ytd);
        assertThat(fy.contains(ytd)).isTrue();
        assertThat(ytd.contains(fy)).isTrue();
        assertThat(ReportingMonth.of(2024, 4).compareTo(YearToDate.of(fy, ReportingMonth.of(2024, 4)))).isNegative();
        assertThat(CalendarYear.of(2024).compareTo(YearToDate.of(CalendarYear.of(2024), ReportingMonth.of(2024, 12))))
                .isNegative();
        assertThat(fy.compareTo(fy.quarter(1))).isPositive();
    }

    @Test
    void compareTo_null_throwsWithParameterName() {
        assertThatThrownBy(() -> FinancialYear.of(2024).compareTo(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("other");
    }

    @Test
    void compareTo_randomPairsAndTriples_isATotalOrderConsistentWithEquals() {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 50_000; i++) {
            ReportingPeriod a = ALL.get(random.nextInt(ALL.size()));
            ReportingPeriod b = random.nextInt(10) == 0 ? a : ALL.get(random.nextInt(ALL.size()));
            ReportingPeriod c = ALL.get(random.nextInt(ALL.size()));
            java.util.function.Supplier<String> description = () -> "seed " + seed + ": " + a + ", " + b + ", " + c;
            int ab = a.compareTo(b);
            assertThat(Integer.signum(ab)).as(description).isEqualTo(-Integer.signum(b.compareTo(a)));
            assertThat(ab == 0).as(description).isEqualTo(a.equals(b));
            if (a.equals(b)) {
                assertThat(a.hashCode()).as(description).isEqualTo(b.hashCode());
            }
            if (ab <= 0 && b.compareTo(c) <= 0) {
                assertThat(a.compareTo(c)).as(description).isNotPositive();
            }
            assertThat(a.overlaps(b)).as(description).isEqualTo(b.overlaps(a));
            if (a.contains(b)) {
                assertThat(a.overlaps(b)).as(description).isTrue();
                assertThat(a.contains(b.startInclusive()) && a.contains(b.endInclusive())).as(description).isTrue();
            }
            ReportingPeriod copy = ReportingPeriod.parse(a.toString());
            assertThat(copy.compareTo(a)).as(description).isZero();
        }
    }

    @Test
    void next_everyPeriod_previousIsIdentityAndOrderIncreases() {
        for (ReportingPeriod period : ALL) {
            ReportingPeriod next = period.next();
            assertThat(next.getClass()).isEqualTo(period.getClass());
            assertThat(next.previous()).as("%s", period).isEqualTo(period);
            assertThat(period.previous().next()).as("%s", period).isEqualTo(period);
            assertThat(next).as("%s", period).isGreaterThan(period);
            assertThat(next.frequency()).isEqualTo(period.frequency());
            if (!(period instanceof YearToDate || period instanceof RollingTwelveMonths
                    || period instanceof PooledYears || period instanceof CumulativeQuarters)) {
                assertThat(next.startInclusive()).as("%s", period).isEqualTo(period.endExclusive());
            }
        }
    }

    @Test
    void plusYears_everyPeriod_movesDatesByYearsAndMinusYearsUndoes() {
        for (ReportingPeriod period : ALL) {
            ReportingPeriod later = period.plusYears(3);
            assertThat(later.getClass()).isEqualTo(period.getClass());
            assertThat(later.startInclusive()).as("%s", period).isEqualTo(period.startInclusive().plusYears(3));
            assertThat(later.endExclusive()).as("%s", period).isEqualTo(period.endExclusive().plusYears(3));
            assertThat(later.minusYears(3)).isEqualTo(period);
            assertThat(period.minusYears(1)).isEqualTo(period.plusYears(-1));
            assertThat(period.plusYears(0)).isEqualTo(period);
        }
    }

    @Test
    void plusYears_hugeAmounts_throwIllegalArgument() {
        for (ReportingPeriod period : List.of(FinancialYear.of(2024), FinancialQuarter.of(2024, 1),
                ReportingMonth.of(2024, 4), CalendarYear.of(2024), AcademicYear.of(2024), Biennium.of(2024),
                YearToDate.to(FinancialQuarter.of(2024, 2)), CalendarQuarter.of(2024, 1),
                SchoolTerm.parse("Autumn 2024"), RollingTwelveMonths.parse("12 months to Mar-2025"),
                PooledYears.parse("2017 - 19"), PooledYears.parse("2017/18 - 19/20"),
                CumulativeQuarters.parse("2022/23 Q1-Q3"))) {
            for (long years : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, 8000, -8000}) {
                assertThatThrownBy(() -> period.plusYears(years)).as("%s + %s", period, years)
                        .isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> period.minusYears(years)).as("%s - %s", period, years)
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    /** The frequencies each period can be divided into. */
    private static Set<Frequency> divisible(ReportingPeriod period) {
        if (period instanceof FinancialYear) {
            return EnumSet.of(Frequency.MONTHLY, Frequency.QUARTERLY);
        } else if (period instanceof CalendarYear) {
            return EnumSet.of(Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.TERMLY);
        } else if (period instanceof AcademicYear) {
            return EnumSet.of(Frequency.MONTHLY, Frequency.TERMLY);
        } else if (period instanceof FinancialQuarter || period instanceof CalendarQuarter
                || period instanceof SchoolTerm) {
            return EnumSet.of(Frequency.MONTHLY);
        } else if (period instanceof ReportingMonth) {
            return EnumSet.noneOf(Frequency.class);
        } else if (period instanceof Biennium) {
            return EnumSet.of(Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.ANNUAL);
        } else if (period instanceof PooledYears pooled) {
            return pooled.isFinancial() ? EnumSet.of(Frequency.MONTHLY, Frequency.QUARTERLY)
                    : EnumSet.of(Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.TERMLY);
        } else if (period instanceof CumulativeQuarters) {
            return EnumSet.of(Frequency.MONTHLY, Frequency.QUARTERLY);
        } else if (period instanceof RollingTwelveMonths rolling) {
            return byEndMonth(rolling.end().month().getValue(), true, true);
        } else {
            YearToDate ytd = (YearToDate) period;
            return byEndMonth(ytd.end().month().getValue(), !(ytd.year() instanceof AcademicYear),
                    !(ytd.year() instanceof FinancialYear));
        }
    }

    /** The frequencies a period starting on a quarter's and a term's start can divide into by its end. */
    private static Set<Frequency> byEndMonth(int endMonth, boolean quarterStart, boolean termStart) {
        Set<Frequency> frequencies = EnumSet.of(Frequency.MONTHLY);
        if (quarterStart && endMonth % 3 == 0) {
            frequencies.add(Frequency.QUARTERLY);
        }
        if (termStart && endMonth % 4 == 0) {
            frequencies.add(Frequency.TERMLY);
        }
        return frequencies;
    }

    @Test
    void periodsOf_everyPeriodAndFrequency_tilesExactlyOrThrows() {
        for (ReportingPeriod period : ALL) {
            Set<Frequency> divisible = divisible(period);
            for (Frequency frequency : Frequency.values()) {
                if (!divisible.contains(frequency)) {
                    assertThatThrownBy(() -> period.periodsOf(frequency)).as("%s into %s", period, frequency)
                            .isInstanceOf(IllegalArgumentException.class)
                            .hasMessageStartingWith("Cannot divide " + period + " into " + frequency + " periods: ");
                    continue;
                }
                List<ReportingPeriod> parts = period.periodsOf(frequency);
                assertThat(parts).as("%s into %s", period, frequency).isNotEmpty();
                assertThat(parts.get(0).startInclusive()).isEqualTo(period.startInclusive());
                assertThat(parts.get(parts.size() - 1).endInclusive()).isEqualTo(period.endInclusive());
                for (int i = 0; i < parts.size(); i++) {
                    ReportingPeriod part = parts.get(i);
                    assertThat(part.frequency()).isEqualTo(frequency);
                    assertThat(period.contains(part)).isTrue();
                    if (i > 0) {
                        assertThat(part.startInclusive()).isEqualTo(parts.get(i - 1).endExclusive());
                        assertThat(part).isEqualTo(parts.get(i - 1).next());
                    }
                }
                long months = java.time.temporal.ChronoUnit.MONTHS.between(
                        period.startInclusive(), period.endExclusive());
                assertThat(parts).hasSize((int) (months / frequency.monthsPerPeriod()));
            }
        }
    }

    @Test
    void periodsOf_result_isUnmodifiable() {
        List<ReportingPeriod> months = FinancialYear.of(2024).periodsOf(Frequency.MONTHLY);
        assertThatThrownBy(() -> months.add(ReportingMonth.of(2024, 1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void periodsOf_coarserFrequency_throwsNamingBoth() {
        assertThatThrownBy(() -> FinancialYear.of(2024).periodsOf(Frequency.BIENNIAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot divide 2024/25 into BIENNIAL periods: BIENNIAL is not finer than ANNUAL");
    }

    @Test
    void periodsOf_sameFrequency_throwsNamingBoth() {
        assertThatThrownBy(() -> FinancialQuarter.of(2024, 1).periodsOf(Frequency.QUARTERLY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot divide 2024/25 Q1 into QUARTERLY periods: QUARTERLY is not finer than QUARTERLY");
    }

    @Test
    void periodsOf_quartersOfAcademicYear_throwsNotTiling() {
        assertThatThrownBy(() -> AcademicYear.of(2022).periodsOf(Frequency.QUARTERLY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot divide 2022/23 AY into QUARTERLY periods: they do not tile 2022-09-01 - 2023-08-31");
    }

    @Test
    void periodsOf_null_throwsWithParameterName() {
        assertThatThrownBy(() -> FinancialYear.of(2024).periodsOf(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("frequency");
    }

    @Test
    void contains_everyPeriod_containsItsDaysAndNotTheDaysOutside() {
        for (ReportingPeriod period : ALL) {
            assertThat(period.contains(period)).isTrue();
            assertThat(period.overlaps(period)).isTrue();
            assertThat(period.contains(period.startInclusive())).isTrue();
            assertThat(period.contains(period.endInclusive())).isTrue();
            assertThat(period.contains(period.startInclusive().minusDays(1))).as("%s", period).isFalse();
            assertThat(period.contains(period.endExclusive())).as("%s", period).isFalse();
            assertThat(period.overlaps(period.next())).as("%s", period)
                    .isEqualTo(!period.next().startInclusive().isAfter(period.endInclusive()));
            assertThat(period.overlaps(period.next())).as("%s", period)
                    .isEqualTo(period instanceof RollingTwelveMonths || period instanceof PooledYears
                            || (period instanceof YearToDate || period instanceof CumulativeQuarters)
                            && period.next().startInclusive().equals(period.startInclusive()));
        }
    }

    @Test
    void contains_subPeriodsOfAFinancialYear_areContainedAndNeighboursAreNot() {
        FinancialYear fy = FinancialYear.of(2024);
        for (ReportingPeriod month : fy.periodsOf(Frequency.MONTHLY)) {
            assertThat(fy.contains(month)).isTrue();
            assertThat(fy.overlaps(month)).isTrue();
            assertThat(month.contains(fy)).isFalse();
        }
        assertThat(fy.contains(ReportingMonth.of(2024, 3))).isFalse();
        assertThat(fy.overlaps(ReportingMonth.of(2024, 3))).isFalse();
        assertThat(fy.contains(ReportingMonth.of(2025, 4))).isFalse();
        assertThat(fy.contains(CalendarYear.of(2024))).isFalse();
        assertThat(fy.overlaps(CalendarYear.of(2024))).isTrue();
        assertThat(fy.overlaps(CalendarYear.of(2025))).isTrue();
        assertThat(fy.overlaps(CalendarYear.of(2026))).isFalse();
        assertThat(Biennium.of(fy).contains(fy)).isTrue();
        assertThat(Biennium.of(fy).contains(fy.next())).isTrue();
        assertThat(Biennium.of(fy).contains(fy.previous())).isFalse();
    }

    @Test
    void contains_nulls_throwWithParameterNames() {
        FinancialYear fy = FinancialYear.of(2024);
        assertThatThrownBy(() -> fy.contains((LocalDate) null)).hasMessage("date");
        assertThatThrownBy(() -> fy.contains((ReportingPeriod) null)).hasMessage("other");
        assertThatThrownBy(() -> fy.overlaps(null)).hasMessage("other");
    }

    static Stream<Arguments> seedNotations() {
        return Stream.of(
                Arguments.of("2023/2024", FinancialYear.of(2023)),
                Arguments.of("2024/2025", FinancialYear.of(2024)),
                Arguments.of("2023/24", FinancialYear.of(2023)),
                Arguments.of("2024/25", FinancialYear.of(2024)),
                Arguments.of("Apr-22", ReportingMonth.of(2022, 4)),
                Arguments.of("Mar-23", ReportingMonth.of(2023, 3)),
                Arguments.of("Jan-22", ReportingMonth.of(2022, 1)),
                Arguments.of("Jul-22", ReportingMonth.of(2022, 7)),
                Arguments.of("2022", CalendarYear.of(2022)),
                Arguments.of("2022/23", FinancialYear.of(2022)),
                Arguments.of("2024/25 Q1", FinancialQuarter.of(2024, 1)),
                Arguments.of("FY2024/25", FinancialYear.of(2024)),
                Arguments.of("Q4 2024/25", FinancialQuarter.of(2024, 4)),
                Arguments.of("April 2024", ReportingMonth.of(2024, 4)),
                Arguments.of("2024-04", ReportingMonth.of(2024, 4)),
                Arguments.of("AY2022/23", AcademicYear.of(2022)),
                Arguments.of("2024/25-2025/26", Biennium.of(2024)),
                Arguments.of("2022/23 Year to Date Mar-23",
                        YearToDate.of(FinancialYear.of(2022), ReportingMonth.of(2023, 3))),
                Arguments.of("2022/23 AY YTD Dec-2022",
                        YearToDate.of(AcademicYear.of(2022), ReportingMonth.of(2022, 12))));
    }

    @ParameterizedTest
    @MethodSource("seedNotations")
    void parse_seedNotation_returnsPeriod(String text, ReportingPeriod expected) {
        assertThat(ReportingPeriod.parse(text)).isEqualTo(expected);
    }

    @Test
    void parse_unknownNotation_throwsListingAcceptedNotations() {
        assertThatThrownBy(() -> ReportingPeriod.parse("Week 5 2024"))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessage("Text 'Week 5 2024' could not be parsed at index 0: not a reporting period (accepted "
                        + "notations: 2024/25, 2024/25 Q1, Apr-2024, 2024, 2024/25 AY, 2024/25-2025/26, "
                        + "2024/25 YTD Sep-2024, 2024 Q1, Jan-Mar 2024, Autumn 2022, 12 months to Mar-2025, "
                        + "2017-2019, 2017 - 19, 2017/18 - 19/20, 2022/23 Q1-Q3)")
                .satisfies(ex -> {
                    DateTimeParseException dtpe = (DateTimeParseException) ex;
                    assertThat(dtpe.getParsedString()).isEqualTo("Week 5 2024");
                    assertThat(dtpe.getErrorIndex()).isZero();
                });
    }

    @Test
    void parse_invalidValueOfAKnownShape_throwsTheKindsError() {
        assertThatThrownBy(() -> ReportingPeriod.parse("2024/26"))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessage("Text '2024/26' could not be parsed at index 5: years must be consecutive");
        assertThatThrownBy(() -> ReportingPeriod.parse("2024/25 Q5"))
                .hasMessage("Text '2024/25 Q5' could not be parsed at index 9: "
                        + "Invalid value for quarter (valid values 1 - 4): 5");
        assertThatThrownBy(() -> ReportingPeriod.parse("Foo-2024"))
                .hasMessage("Text 'Foo-2024' could not be parsed at index 0: unknown month name 'Foo'");
        assertThatThrownBy(() -> ReportingPeriod.parse("Q5 2024"))
                .hasMessage("Text 'Q5 2024' could not be parsed at index 1: "
                        + "Invalid value for quarter (valid values 1 - 4): 5");
    }

    @Test
    void parse_innerWhitespaceOrEmpty_isRejected() {
        for (String text : List.of("", "   ", "2024 /25", "2024/25  Q1", "Apr--2024", "2024/25Q 1", "FY  2024/25",
                "20244", "2024/5", "Apr-2", "2024/25 YTD", "YTD Sep-2024")) {
            assertThatThrownBy(() -> ReportingPeriod.parse(text)).as("'%s'", text)
                    .isInstanceOf(DateTimeParseException.class);
        }
    }

    @Test
    void parse_null_throwsWithParameterName() {
        assertThatThrownBy(() -> ReportingPeriod.parse(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }

    /** The position of a period's kind in the documented order. */
    private static int kind(ReportingPeriod period) {
        return List.of(FinancialYear.class, FinancialQuarter.class, ReportingMonth.class, CalendarYear.class,
                AcademicYear.class, Biennium.class, YearToDate.class, CalendarQuarter.class, SchoolTerm.class,
                RollingTwelveMonths.class, PooledYears.class, CumulativeQuarters.class).indexOf(period.getClass());
    }
}
