package org.outturn.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.RagStrategies;
import org.outturn.rules.Tolerances;

/**
 * A rating without explanation, {@link RagPolicy#assess(Indicator, Outturn)}, against a hand-written
 * decision with {@code BigDecimal} comparisons only, over the same mix of {@value #SIZE} outturns: a third
 * each rated by tolerance (relative 5%), thresholds and band (absolute margin 2), both polarities, and
 * about one in ten unrated (no value, or a context measure). Scores are per rating. {@link #explained}
 * asks each rating for its explanation text as well, timed apart from the rating without one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RatingBenchmark {

    static final int SIZE = 1_000;
    static final FinancialYear YEAR = FinancialYear.of(2024);

    /** Relative tolerance 5%, the one tolerance the seed documents state; the streaming and report benchmarks rate by it too. */
    static final RagPolicy TOLERANCE = RagPolicy.of("tolerance",
            RagStrategies.tolerance(Tolerances.relative(BigDecimal.valueOf(5))));
    private static final RagPolicy THRESHOLDS = RagPolicy.of("thresholds", RagStrategies.thresholds());
    private static final RagPolicy BAND = RagPolicy.of("band", RagStrategies.band(Tolerances.absolute(BigDecimal.valueOf(2))));

    /** The seed of the mix; the same seed gives the same outturns. */
    @Param("20241101")
    long seed;

    Case[] cases;

    /** One outturn to rate: what the library is given, and what the baseline is given. */
    record Case(RagPolicy policy, Indicator indicator, Outturn outturn, Decision decision, BigDecimal value) {
    }

    /** The hand-written baseline: the same decisions from plain fields, {@code null} when unrated. */
    record Decision(Kind kind, boolean higherIsBetter, BigDecimal a, BigDecimal b) {

        enum Kind { TOLERANCE, THRESHOLDS, BAND, UNRATED }

        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
        private static final BigDecimal TWO = BigDecimal.valueOf(2);
        private static final BigDecimal FIVE = BigDecimal.valueOf(5);

        /** Tolerance: a is the target. Thresholds: a green, b red. Band: a low, b high. */
        Rag decide(BigDecimal value) {
            if (value == null) {
                return null;
            }
            switch (kind) {
                case TOLERANCE: {
                    int c = higherIsBetter ? value.compareTo(a) : a.compareTo(value);
                    if (c >= 0) {
                        return Rag.GREEN;
                    }
                    BigDecimal shortfall = higherIsBetter ? a.subtract(value) : value.subtract(a);
                    BigDecimal allowed = a.abs().multiply(FIVE).divide(HUNDRED);
                    return shortfall.compareTo(allowed) < 0 ? Rag.AMBER : Rag.RED;
                }
                case THRESHOLDS: {
                    int green = higherIsBetter ? value.compareTo(a) : a.compareTo(value);
                    if (green >= 0) {
                        return Rag.GREEN;
                    }
                    int red = higherIsBetter ? value.compareTo(b) : b.compareTo(value);
                    return red < 0 ? Rag.RED : Rag.AMBER;
                }
                case BAND: {
                    BigDecimal shortfall;
                    if (higherIsBetter) {
                        shortfall = value.compareTo(a) >= 0 ? null : a.subtract(value);
                    } else {
                        shortfall = value.compareTo(b) <= 0 ? null : value.subtract(b);
                    }
                    if (shortfall == null) {
                        return Rag.GREEN;
                    }
                    return shortfall.compareTo(TWO) < 0 ? Rag.AMBER : Rag.RED;
                }
                default:
                    return null;
            }
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        cases = mix(seed, SIZE);
        for (Case c : cases) {
            Rag library = c.policy().assess(c.indicator(), c.outturn()).rating().rag().orElse(null);
            Rag baseline = c.decision().decide(c.value());
            if (library != baseline) {
                throw new IllegalStateException("The baseline decides " + baseline + " where the library decides "
                        + library + ": " + c);
            }
            String explanation = c.policy().assess(c.indicator(), c.outturn()).explanation();
            String colour = library == null ? "Unrated: " : library.displayName() + ": ";
            if (!explanation.startsWith(colour)) {
                throw new IllegalStateException("The explanation does not start with '" + colour + "': "
                        + explanation);
            }
        }
    }

    /** A seeded mix of {@code size} outturns. */
    static Case[] mix(long seed, int size) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Case> cases = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            boolean higher = random.nextBoolean();
            Polarity polarity = higher ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
            int kind = i % 3;
            BigDecimal a = BigDecimal.valueOf(50 + random.nextInt(400), 1);
            BigDecimal b;
            Target target;
            RagPolicy policy;
            Decision.Kind decisionKind;
            if (kind == 0) {
                b = null;
                target = Target.single(a);
                policy = TOLERANCE;
                decisionKind = Decision.Kind.TOLERANCE;
            } else if (kind == 1) {
                BigDecimal gap = BigDecimal.valueOf(1 + random.nextInt(80), 1);
                b = higher ? a.subtract(gap) : a.add(gap);
                target = Target.thresholds(a, b);
                policy = THRESHOLDS;
                decisionKind = Decision.Kind.THRESHOLDS;
            } else {
                b = a.add(BigDecimal.valueOf(1 + random.nextInt(80), 1));
                target = Target.band(a, b);
                policy = BAND;
                decisionKind = Decision.Kind.BAND;
            }
            int unrated = random.nextInt(20);
            if (unrated == 0) {
                polarity = Polarity.NONE;
                target = Target.none("a context measure");
                decisionKind = Decision.Kind.UNRATED;
            }
            BigDecimal value = a.add(BigDecimal.valueOf(random.nextInt(200) - 100, 1));
            Outturn outturn;
            if (unrated == 1) {
                outturn = Outturn.missing(YEAR, MissingReason.NOT_YET_AVAILABLE);
                value = null;
            } else {
                outturn = Outturn.of(YEAR, value);
            }
            Indicator indicator = Indicator.builder().code("BM_" + i).title("Benchmark indicator " + i)
                    .unit(Unit.percentage(1)).polarity(polarity).frequency(Frequency.ANNUAL)
                    .putTargets(YEAR, target).build();
            cases.add(new Case(policy, indicator, outturn, new Decision(decisionKind, higher, a, b), value));
        }
        return cases.toArray(new Case[0]);
    }

    /** The library: one assessment per outturn, its explanation never asked for. */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public void library(Blackhole blackhole) {
        for (Case c : cases) {
            blackhole.consume(c.policy().assess(c.indicator(), c.outturn()).rating());
        }
    }

    /** The baseline: the same decisions from plain {@code BigDecimal} comparisons. */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public void baseline(Blackhole blackhole) {
        for (Case c : cases) {
            blackhole.consume(c.decision().decide(c.value()));
        }
    }

    /** The library with the explanation: one assessment per outturn and its explanation's text. */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public void explained(Blackhole blackhole) {
        for (Case c : cases) {
            blackhole.consume(c.policy().assess(c.indicator(), c.outturn()).explanation());
        }
    }
}
