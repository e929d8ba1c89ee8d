package org.outturn.spark.examples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.outturn.core.Benchmark;
import org.outturn.core.BenchmarkGroup;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.ReportingMonth;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.UnratedReason;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.StrategySpec;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

/**
 * A synthetic national dataset: for each area, a document of monthly indicators from April 2024, each
 * with a financial-year target of one kind (single, thresholds, band, benchmark, floor, none, in turn),
 * rated by one of the built-in strategies (every one of them is used), with some suppressed values
 * and some published ratings. The data is a function of the area's number and the seed alone, so
 * executors generate their own areas and every run gives the same rows.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NationalData {

    private static final List<RagPolicy> POLICIES = List.of(
            RagPolicy.create("tolerance", "tolerance", Map.of("tolerance", "relative 10%",
                    "greenTolerance", "relative 5%")),
            RagPolicy.create("improved", "tolerance", Map.of("tolerance", "absolute 2",
                    "beyondTolerance", "amber-if-improved", "comparedWith", "previous-period")),
            RagPolicy.create("thresholds", "thresholds", Map.of()),
            RagPolicy.create("band", "band", Map.of("margin", "absolute 5")),
            RagPolicy.create("benchmark", "benchmark", Map.of("tolerance", "relative 5%")),
            RagPolicy.create("floor", "floor", Map.of()),
            RagPolicy.create("no-target", "no-target", Map.of()),
            RagPolicy.create("first", "first-applicable", Map.of("strategies", List.of(
                    StrategySpec.of("thresholds"), StrategySpec.of("tolerance",
                            Map.of("tolerance", "relative 5%"))))),
            RagPolicy.create("worst", "worst-of", Map.of("strategies", List.of(
                    StrategySpec.of("tolerance", Map.of("tolerance", "relative 5%")),
                    StrategySpec.of("tolerance", Map.of("tolerance", "absolute 3"))))),
            RagPolicy.create("blue", "with-blue", Map.of("strategy",
                    StrategySpec.of("tolerance", Map.of("tolerance", "relative 5%")), "margin", "relative 10%"))
                    .withRounding(0));

    private final long seed;

    private NationalData(long seed) {
        this.seed = seed;
    }

    /**
     * Returns the dataset of a seed.
     *
     * @param seed  the seed, such as {@code 2024}
     * @return the dataset, not null
     */
    public static NationalData of(long seed) {
        return new NationalData(seed);
    }

    /**
     * Returns the area code of an area's number, in the form of an ONS code.
     *
     * @param area  the area's number, 0 or more
     * @return the code, such as {@code E06000001}, not null
     */
    public static String areaCode(int area) {
        return String.format("E%08d", 6_000_001 + area);
    }

    /**
     * Returns an area's document.
     *
     * @param area  the area's number, 0 or more
     * @param indicators  the number of indicators, 1 or more
     * @param months  the number of months from April 2024, 1 or more; beyond 12, the months of 2025/26
     *     have no target
     * @return the document, not null
     */
    public OutturnDocument document(int area, int indicators, int months) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + area);
        List<IndicatorEntry> entries = new ArrayList<>(indicators);
        for (int i = 0; i < indicators; i++) {
            entries.add(entry(random, i, months));
        }
        return OutturnDocument.of("Synthetic performance report of " + areaCode(area), "NationalData seed " + seed,
                List.of(), POLICIES, null, entries);
    }

    private static IndicatorEntry entry(SplittableRandom random, int number, int months) {
        int kind = number % 6;
        Polarity polarity = kind == 2 ? Polarity.WITHIN_BAND : kind == 5 && number % 12 == 5 ? Polarity.NONE
                : random.nextBoolean() ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
        boolean higher = polarity != Polarity.LOWER_IS_BETTER;
        int reference = 20 + random.nextInt(60);
        Target target;
        String policy;
        switch (kind) {
            case 0:
                target = Target.single(BigDecimal.valueOf(reference));
                policy = List.of("tolerance", "improved", "first", "worst", "blue").get(number / 6 % 5);
                break;
            case 1:
                target = Target.thresholds(BigDecimal.valueOf(reference),
                        BigDecimal.valueOf(higher ? reference - 5 : reference + 5));
                policy = number / 6 % 2 == 0 ? "thresholds" : "first";
                break;
            case 2:
                target = Target.band(BigDecimal.valueOf(reference - 5), BigDecimal.valueOf(reference + 5));
                policy = "band";
                break;
            case 3:
                target = Target.relativeTo(BenchmarkGroup.ENGLAND);
                policy = "benchmark";
                break;
            case 4:
                target = Target.withFloor(BigDecimal.valueOf(reference),
                        BigDecimal.valueOf(higher ? reference - 8 : reference + 8));
                policy = "floor";
                break;
            default:
                target = Target.none("No Target");
                policy = "no-target";
                break;
        }
        String code = String.format("IND_%03d", number);
        Indicator.Builder indicator = Indicator.builder().code(code).title("Synthetic indicator " + number)
                .unit(Unit.percentage(1)).polarity(polarity).frequency(Frequency.MONTHLY)
                .putTargets(FinancialYear.of(2024), target);
        List<Outturn> outturns = new ArrayList<>(months);
        Map<ReportingPeriod, Rating> published = new TreeMap<>();
        for (int m = 0; m < months; m++) {
            ReportingMonth month = ReportingMonth.of(2024 + (m + 3) / 12, (m + 3) % 12 + 1);
            if (kind == 3 && random.nextInt(10) > 0) {
                indicator.addBenchmarks(Benchmark.of(BenchmarkGroup.ENGLAND, month, percent(random, reference)));
            }
            if (random.nextInt(17) == 0) {
                outturns.add(Outturn.missing(month, MissingReason.SUPPRESSED));
            } else {
                outturns.add(Outturn.of(month, percent(random, reference)));
            }
            int p = random.nextInt(8);
            if (p < Rag.values().length) {
                published.put(month, Rating.of(Rag.values()[p]));
            } else if (p == 4) {
                published.put(month, Rating.unrated(UnratedReason.NO_TARGET));
            }
        }
        return IndicatorEntry.of(indicator.build(), outturns, polarity == Polarity.NONE ? null : policy, published);
    }

    /** A value within 15 points of the reference, with one decimal place, within 0 - 100. */
    private static BigDecimal percent(SplittableRandom random, int reference) {
        int tenths = reference * 10 + random.nextInt(-150, 151);
        return BigDecimal.valueOf(Math.max(0, Math.min(1000, tenths)), 1);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof NationalData other && other.seed == seed;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seed);
    }

    @Override
    public String toString() {
        return "NationalData[seed " + seed + "]";
    }

}
