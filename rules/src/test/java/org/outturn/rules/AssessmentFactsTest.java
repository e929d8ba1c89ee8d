package org.outturn.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.outturn.core.Benchmark;
import org.outturn.core.BenchmarkGroup;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.core.Unit;

/**
 * Every fact of an assessment, and its explanation, are as they were before the rating path was made to
 * allocate only its result (benchmarks item 15: tolerance edges kept per target, lazily worded unrated
 * results, a smaller assessment). {@link #DIGEST} is the SHA-256 of the facts of 100,000 seeded assessments
 * as printed by the code before that change; the cases are tolerance (relative, absolute and none, with and
 * without a green tolerance, amber if improved), thresholds, band, floor, benchmark and Blue strategies,
 * both polarities, both kinds of edge, values exactly on an edge or one unit of the last place either side of
 * it, a tenth of the policies rounding, and the unrated results (no value, a context measure, no target, a
 * target not for the period). A failure prints the seed and the first {@link #SHOWN} lines.
 */
final class AssessmentFactsTest {

    private static final long SEED = 20261215L;
    private static final int CASES = 100_000;
    private static final int SHOWN = 16;
    private static final ReportingPeriod YEAR = FinancialYear.of(2024);
    private static final ReportingPeriod EARLIER = FinancialYear.of(2023);

    /** The SHA-256 of all the cases' lines, recorded from the code before item 15. */
    private static final String DIGEST = "1928de97dab4c17b68cec62bb8c274ad0ef8afebb08210b0a7e1669689b64306";

    /** A decimal of up to 6 digits and 0 to 3 decimal places, negative one time in five, zero one in twenty. */
    private static BigDecimal decimal(SplittableRandom random) {
        return Fixtures.randomDecimal(random, 20, 1_000_000, 5, 4);
    }

    private static Tolerance tolerance(SplittableRandom random) {
        return Fixtures.randomTolerance(random, 2_001);
    }

    /** The red edge a tolerance puts beside a reference, exactly. */
    private static BigDecimal edge(Tolerance tolerance, boolean higher, BigDecimal reference) {
        BigDecimal allowance = tolerance.allowance(reference);
        return higher ? reference.subtract(allowance) : reference.add(allowance);
    }

    /** A value exactly on a given edge, one unit of its last place (or of one place more) either side, or anywhere. */
    private static BigDecimal near(SplittableRandom random, BigDecimal... edges) {
        if (random.nextInt(4) == 0) {
            return decimal(random);
        }
        BigDecimal edge = edges[random.nextInt(edges.length)];
        return edge.add(BigDecimal.valueOf(random.nextInt(3) - 1, Math.max(0, edge.scale()) + random.nextInt(2)));
    }

    private static Edges edges(SplittableRandom random) {
        return Edges.of(random.nextBoolean(), random.nextBoolean());
    }

    /** One case: rates it twice (the second time against an equal, separately built assessment) and prints it. */
    private static String line(SplittableRandom random, int i) {
        boolean higher = random.nextBoolean();
        Polarity polarity = higher ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
        Unit unit = random.nextBoolean() ? Unit.percentage(random.nextInt(3)) : Unit.count(0);
        BigDecimal a = decimal(random);
        BigDecimal value;
        Target target;
        RagStrategy strategy;
        OutturnHistory history = OutturnHistory.none();
        List<Benchmark> benchmarks = List.of();
        int kind = random.nextInt(9);
        switch (kind) {
            case 0:
            case 1: {
                Tolerance tolerance = tolerance(random);
                strategy = RagStrategies.tolerance(tolerance, edges(random));
                target = Target.single(a);
                value = near(random, a, edge(tolerance, higher, a));
                break;
            }
            case 2: {
                Tolerance tolerance = tolerance(random);
                Tolerance green = tolerance instanceof Tolerances.Relative relative
                        ? Tolerances.relative(relative.percent().divide(BigDecimal.valueOf(2)))
                        : tolerance instanceof Tolerances.Absolute absolute
                                ? Tolerances.absolute(absolute.amount().divide(BigDecimal.valueOf(2)))
                                : Tolerances.none();
                Edges edges = edges(random);
                if (random.nextBoolean()) {
                    strategy = RagStrategies.tolerance(green, tolerance, edges);
                } else {
                    strategy = RagStrategies.amberIfImproved(green, tolerance, edges,
                            random.nextBoolean() ? ComparedWith.PREVIOUS_YEAR : ComparedWith.PREVIOUS_PERIOD,
                            random.nextBoolean() ? MissingComparison.UNRATED : MissingComparison.RED);
                    if (random.nextBoolean()) {
                        history = OutturnHistory.of(List.of(Outturn.of(EARLIER, decimal(random))));
                    }
                }
                target = Target.single(a);
                value = near(random, a, edge(green, higher, a), edge(tolerance, higher, a));
                break;
            }
            case 3: {
                BigDecimal gap = decimal(random).abs();
                BigDecimal b = higher ? a.subtract(gap) : a.add(gap);
                strategy = RagStrategies.thresholds(edges(random));
                target = Target.thresholds(a, b);
                value = near(random, a, b);
                break;
            }
            case 4: {
                BigDecimal high = a.add(decimal(random).abs());
                Tolerance margin = tolerance(random);
                strategy = RagStrategies.band(margin, edges(random));
                if (random.nextInt(4) == 0) {
                    polarity = Polarity.WITHIN_BAND;
                }
                target = Target.band(a, high);
                value = near(random, a, high, edge(margin, true, a), edge(margin, false, high));
                break;
            }
            case 5: {
                BigDecimal gap = decimal(random).abs();
                BigDecimal floor = higher ? a.subtract(gap) : a.add(gap);
                strategy = RagStrategies.floor(edges(random));
                target = Target.withFloor(a, floor);
                value = near(random, a, floor);
                break;
            }
            case 6: {
                Tolerance tolerance = tolerance(random);
                strategy = RagStrategies.relativeToBenchmark(tolerance, edges(random));
                target = Target.relativeTo(BenchmarkGroup.ENGLAND);
                if (random.nextInt(5) > 0) {
                    benchmarks = List.of(Benchmark.of(BenchmarkGroup.ENGLAND, YEAR, a));
                }
                value = near(random, a, edge(tolerance, higher, a));
                break;
            }
            case 7: {
                Tolerance blue = tolerance(random);
                strategy = RagStrategies.withBlue(RagStrategies.firstApplicable(RagStrategies.tolerance(
                        Tolerances.relative(BigDecimal.valueOf(5))), RagStrategies.thresholds(),
                        RagStrategies.band(Tolerances.absolute(BigDecimal.ONE))), blue);
                switch (random.nextInt(3)) {
                    case 0:
                        target = Target.single(a);
                        break;
                    case 1:
                        target = Target.thresholds(a, higher ? a.subtract(BigDecimal.ONE) : a.add(BigDecimal.ONE));
                        break;
                    default:
                        target = Target.band(a, a.add(BigDecimal.TEN));
                        break;
                }
                value = near(random, a, edge(blue, !higher, a));
                break;
            }
            default: {
                strategy = RagStrategies.tolerance(Tolerances.relative(BigDecimal.valueOf(5)));
                target = Target.single(a);
                value = decimal(random);
                break;
            }
        }
        Outturn outturn = Outturn.of(YEAR, value);
        boolean noTargets = false;
        boolean otherPeriod = false;
        if (kind == 8) {
            switch (random.nextInt(6)) {
                case 0:
                    outturn = Outturn.missing(YEAR, MissingReason.NOT_YET_AVAILABLE);
                    break;
                case 1:
                    outturn = Outturn.missing(YEAR, MissingReason.values()[random.nextInt(MissingReason.values().length)],
                            "note " + i);
                    break;
                case 2:
                    polarity = Polarity.NONE;
                    target = Target.none("a context measure");
                    break;
                case 3:
                    polarity = Polarity.NONE;
                    break;
                case 4:
                    noTargets = true;
                    break;
                default:
                    otherPeriod = true;
                    break;
            }
        }
        Indicator.Builder builder = Indicator.builder().code("F_" + i).title("Facts indicator " + i).unit(unit)
                .polarity(polarity).frequency(Frequency.ANNUAL).addAllBenchmarks(benchmarks);
        if (polarity == Polarity.NONE && !(target instanceof Target.None)) {
            noTargets = true;
        }
        if (!noTargets) {
            builder.putTargets(otherPeriod ? EARLIER : YEAR, target);
        }
        Indicator indicator = builder.build();
        RagPolicy policy = RagPolicy.of("facts", strategy);
        if (random.nextInt(10) == 0) {
            policy = policy.withRounding(random.nextInt(3));
        }
        Assessment assessment = policy.assess(indicator, outturn, history);
        Assessment again = policy.assess(indicator, outturn, history);
        return i + " " + policy + " " + indicator.polarity() + " " + outturn
                + " | " + assessment.rating()
                + " | " + assessment.rating().detail()
                + " | " + assessment.target()
                + " | " + assessment.tolerance()
                + " | " + assessment.greenTolerance()
                + " | " + assessment.judgedValue()
                + " | " + assessment.reference()
                + " | " + assessment.distance()
                + " | " + assessment.relativeDistance()
                + " | " + assessment.comparisonPeriod()
                + " | " + assessment.comparison()
                + " | " + assessment.explanation()
                + " | " + assessment
                + " | " + assessment.equals(again) + " " + (assessment.hashCode() == again.hashCode());
    }

    @Test
    void assess_printsTheSameFactsAsBefore_onSeededCases() throws NoSuchAlgorithmException {
        SplittableRandom random = new SplittableRandom(SEED);
        MessageDigest all = MessageDigest.getInstance("SHA-256");
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < CASES; i++) {
            String line = line(random, i);
            byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
            all.update(bytes);
            if (i < SHOWN) {
                shown.append(line).append('\n');
            }
        }
        assertThat(HexFormat.of().formatHex(all.digest())).as("seed %s; first lines:%n%s", SEED, shown)
                .isEqualTo(DIGEST);
    }
}
