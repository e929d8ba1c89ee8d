package org.outturn.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.core.Unit;

/**
 * The edges a tolerance or band strategy keeps for a target decide as the tolerances did, however many
 * strategies rate the same targets in turn, and a target that is not the indicator's own keeps nothing.
 */
final class TargetEdgesTest {

    private static final long SEED = 20261216L;
    private static final ReportingPeriod YEAR = FinancialYear.of(2024);

    private static BigDecimal decimal(SplittableRandom random) {
        return BigDecimal.valueOf(random.nextLong(-100_000, 1_000_000), random.nextInt(4));
    }

    private static Tolerance tolerance(SplittableRandom random) {
        switch (random.nextInt(3)) {
            case 0:
                return Tolerances.relative(BigDecimal.valueOf(random.nextInt(2_001), 1).min(BigDecimal.valueOf(100)));
            case 1:
                return Tolerances.absolute(BigDecimal.valueOf(random.nextInt(1_000), random.nextInt(3)));
            default:
                return Tolerances.none();
        }
    }

    /** The colour by the tolerances themselves, with no edges kept: the decision before the edges were kept. */
    private static Rag byTolerances(Polarity polarity, Target target, Tolerance tolerance, Edges edges,
            BigDecimal value) {
        if (target instanceof Target.Single single) {
            return RagStrategies.rate(polarity, value, single.value(), Tolerances.none(), tolerance, edges);
        }
        Target.Band band = (Target.Band) target;
        boolean below = !edges.isGreen(value.compareTo(band.lowInclusive()));
        boolean above = !edges.isGreen(-value.compareTo(band.highInclusive()));
        boolean low = below;
        if (below && !above && polarity == Polarity.LOWER_IS_BETTER || above && !below && polarity == Polarity.HIGHER_IS_BETTER
                || !below && !above) {
            return Rag.GREEN;
        }
        BigDecimal bound = low ? band.lowInclusive() : band.highInclusive();
        return edges.isRed(Tolerances.compareShortfall(tolerance, low, value, bound)) ? Rag.RED : Rag.AMBER;
    }

    @Test
    void judge_decidesAsTheTolerances_whenManyStrategiesRateTheSameTargetsInTurn() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int round = 0; round < 200; round++) {
            boolean band = random.nextBoolean();
            Polarity polarity = band && random.nextInt(3) == 0 ? Polarity.WITHIN_BAND
                    : random.nextBoolean() ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
            BigDecimal a = decimal(random);
            Target target = band ? Target.band(a, a.add(decimal(random).abs())) : Target.single(a);
            Indicator indicator = Indicator.builder().code("E_" + round).title("Edges " + round)
                    .unit(Unit.count(0)).polarity(polarity).frequency(Frequency.ANNUAL).putTargets(YEAR, target)
                    .build();
            // More strategies than a target keeps edges for, so that some are dropped and worked out again.
            List<Tolerance> tolerances = new ArrayList<>();
            List<Edges> edges = new ArrayList<>();
            List<RagPolicy> policies = new ArrayList<>();
            for (int s = 0; s < TargetEdges.KEPT + 3; s++) {
                Tolerance tolerance = tolerance(random);
                Edges edge = Edges.of(random.nextBoolean(), random.nextBoolean());
                tolerances.add(tolerance);
                edges.add(edge);
                policies.add(RagPolicy.of("edges " + s, band ? RagStrategies.band(tolerance, edge)
                        : RagStrategies.tolerance(tolerance, edge)));
            }
            for (int i = 0; i < 500; i++) {
                int s = random.nextInt(policies.size());
                BigDecimal value;
                if (random.nextBoolean()) {
                    BigDecimal bound = target instanceof Target.Band b ? (random.nextBoolean() ? b.lowInclusive()
                            : b.highInclusive()) : a;
                    BigDecimal allowance = tolerances.get(s).allowance(bound);
                    BigDecimal edge = random.nextBoolean() ? bound.subtract(allowance) : bound.add(allowance);
                    value = edge.add(BigDecimal.valueOf(random.nextInt(3) - 1, edge.scale() + random.nextInt(2)));
                } else {
                    value = decimal(random);
                }
                Outturn outturn = Outturn.of(YEAR, value);
                Rag expected = byTolerances(polarity, target, tolerances.get(s), edges.get(s), value);
                assertThat(policies.get(s).assess(indicator, outturn).rag()).as("seed %s, round %s, %s, %s", SEED,
                        round, policies.get(s), outturn).contains(expected);
                // A target given apart from the indicator's keeps nothing, and decides alike.
                Target copy = band ? Target.band(((Target.Band) target).lowInclusive(),
                        ((Target.Band) target).highInclusive()) : Target.single(a);
                assertThat(policies.get(s).assess(indicator, copy, outturn).rag()).contains(expected);
            }
        }
    }

    @Test
    void keep_findsTheLatestEdges_andKeepsAtMostKeptStrategies() {
        Target target = Target.single(BigDecimal.TEN);
        Indicator indicator = Indicator.builder().code("E_1").title("Edges").unit(Unit.count(0))
                .polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.ANNUAL).putTargets(YEAR, target).build();
        List<Object> owners = new ArrayList<>();
        for (int i = 0; i <= TargetEdges.KEPT; i++) {
            Object owner = new Object();
            owners.add(owner);
            TargetEdges.keep(owner, indicator, target, true, BigDecimal.valueOf(i), BigDecimal.valueOf(-i));
        }
        assertThat(TargetEdges.find(owners.get(0), indicator, target, true)).isNull();
        for (int i = 1; i <= TargetEdges.KEPT; i++) {
            assertThat(TargetEdges.find(owners.get(i), indicator, target, true).first()).isEqualTo(BigDecimal.valueOf(i));
            assertThat(TargetEdges.find(owners.get(i), indicator, target, false)).isNull();
        }
        TargetEdges.keep(owners.get(2), indicator, target, true, BigDecimal.ONE, BigDecimal.ONE);
        assertThat(TargetEdges.find(owners.get(2), indicator, target, true).second()).isEqualTo(BigDecimal.ONE);
        assertThat(TargetEdges.find(owners.get(1), indicator, target, true).first()).isEqualTo(BigDecimal.valueOf(1));
        assertThat(TargetEdges.find(new Object(), indicator, Target.single(BigDecimal.TEN), true)).isNull();
    }
}
