package org.outturn.benchmarks;

import java.time.Month;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.outturn.core.FinancialYear;
import org.outturn.core.ReportingMonth;
import org.outturn.core.ReportingPeriod;

/**
 * Parsing the canonical notations of a financial year ({@code 2024/25}) and a month ({@code Apr-2024}),
 * with the kind's own {@code parse} and with {@link ReportingPeriod#parse(CharSequence)}, against a
 * hand-written substring parser of the same notation that builds the same value. Scores are per parse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PeriodBenchmark {

    /** Eight texts of each kind, cycled so that no one text is constant-folded. */
    static final String[] YEARS = {"2017/18", "2018/19", "2019/20", "2020/21", "2021/22", "2022/23", "2023/24", "2024/25"};
    static final String[] MONTHS = {"Apr-2024", "May-2024", "Jun-2024", "Jul-2024", "Aug-2024", "Sep-2024", "Oct-2024", "Nov-2024"};

    private static final String[] MONTH_NAMES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    int next;

    private int index() {
        return next++ & 7;
    }

    @Benchmark
    public FinancialYear financialYearParse() {
        return FinancialYear.parse(YEARS[index()]);
    }

    @Benchmark
    public ReportingPeriod financialYearPeriodParse() {
        return ReportingPeriod.parse(YEARS[index()]);
    }

    @Benchmark
    public FinancialYear financialYearBaseline() {
        return parseYear(YEARS[index()]);
    }

    @Benchmark
    public ReportingMonth reportingMonthParse() {
        return ReportingMonth.parse(MONTHS[index()]);
    }

    @Benchmark
    public ReportingPeriod reportingMonthPeriodParse() {
        return ReportingPeriod.parse(MONTHS[index()]);
    }

    @Benchmark
    public ReportingMonth reportingMonthBaseline() {
        return parseMonth(MONTHS[index()]);
    }

    /** {@code 2024/25}: four digits, a slash, the next year's last two digits. */
    static FinancialYear parseYear(String text) {
        if (text.length() != 7 || text.charAt(4) != '/') {
            throw new IllegalArgumentException(text);
        }
        int start = Integer.parseInt(text, 0, 4, 10);
        int end = Integer.parseInt(text, 5, 7, 10);
        if (end != (start + 1) % 100) {
            throw new IllegalArgumentException(text);
        }
        return FinancialYear.of(start);
    }

    /** {@code Apr-2024}: a three-letter month, a hyphen, four digits. */
    static ReportingMonth parseMonth(String text) {
        if (text.length() != 8 || text.charAt(3) != '-') {
            throw new IllegalArgumentException(text);
        }
        String name = text.substring(0, 3);
        for (int m = 0; m < 12; m++) {
            if (MONTH_NAMES[m].equalsIgnoreCase(name)) {
                return ReportingMonth.of(Integer.parseInt(text, 4, 8, 10), Month.of(m + 1));
            }
        }
        throw new IllegalArgumentException(text);
    }
}
