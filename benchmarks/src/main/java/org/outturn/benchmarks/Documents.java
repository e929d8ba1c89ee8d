package org.outturn.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.ReportingMonth;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

/** The documents the JSON benchmark reads and writes. */
final class Documents {

    private Documents() {
    }

    /**
     * A seeded document of monthly indicators, each with a target for 2024/25 and an outturn for each
     * month from Apr-2024 to Mar-2025 (one decimal place, as published).
     *
     * @param seed  the seed of the values
     * @param indicators  how many indicators
     * @return the document, not null
     */
    static OutturnDocument monthly(long seed, int indicators) {
        SplittableRandom random = new SplittableRandom(seed);
        FinancialYear year = FinancialYear.of(2024);
        List<IndicatorEntry> entries = new ArrayList<>(indicators);
        for (int i = 0; i < indicators; i++) {
            Indicator indicator = Indicator.builder().code(String.format("BM_%05d", i)).title("Benchmark indicator " + i)
                    .unit(Unit.percentage(1))
                    .polarity(random.nextBoolean() ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER)
                    .frequency(Frequency.MONTHLY)
                    .putTargets(year, Target.single(BigDecimal.valueOf(100 + random.nextInt(900), 1)))
                    .build();
            List<Outturn> outturns = new ArrayList<>(12);
            for (int m = 0; m < 12; m++) {
                ReportingMonth month = ReportingMonth.of(2024, 4).plusMonths(m);
                outturns.add(Outturn.of(month, BigDecimal.valueOf(random.nextInt(1000), 1)));
            }
            entries.add(IndicatorEntry.of(indicator, outturns));
        }
        return OutturnDocument.of(entries);
    }
}
