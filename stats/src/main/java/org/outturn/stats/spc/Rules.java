package org.outturn.stats.spc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The special-cause rules over one unbroken segment of a phase, as {@link RuleSet} describes them,
 * each point judged against its own lines (the same at every point of an XmR phase).
 */
final class Rules {

    private Rules() {
    }

    static void apply(List<BigDecimal> values, List<SpcLimits> limits, RuleSet ruleSet, List<Set<Signal>> signals) {
        int size = values.size();
        for (Side side : Side.values()) {
            int sign = side == Side.HIGH ? 1 : -1;
            if (ruleSet.isOn(SpcRule.OUTSIDE_LIMITS)) {
                for (int i = 0; i < size; i++) {
                    if (beyond(values.get(i), limits.get(i).processLimit(side), sign)) {
                        signals.get(i).add(new Signal(SpcRule.OUTSIDE_LIMITS, side));
                    }
                }
            }
            if (ruleSet.isOn(SpcRule.RUN)) {
                boolean onMeanCounts = ruleSet.pointOnMean() == RuleSet.PointOnMean.CONTINUES_RUN;
                int runStart = 0;
                boolean strict = false;
                for (int i = 0; i <= size; i++) {
                    boolean counts = false;
                    boolean strictHere = false;
                    if (i < size) {
                        int c = values.get(i).compareTo(limits.get(i).centre()) * sign;
                        strictHere = c > 0;
                        counts = strictHere || (c == 0 && onMeanCounts);
                    }
                    if (counts) {
                        strict |= strictHere;
                        continue;
                    }
                    if (strict && i - runStart >= ruleSet.runLength()) {
                        mark(signals, runStart, i, new Signal(SpcRule.RUN, side));
                    }
                    runStart = i + 1;
                    strict = false;
                }
            }
            if (ruleSet.isOn(SpcRule.TREND)) {
                int trendStart = 0;
                for (int i = 1; i <= size; i++) {
                    if (i < size && values.get(i).compareTo(values.get(i - 1)) * sign > 0) {
                        continue;
                    }
                    if (i - trendStart >= ruleSet.trendLength()) {
                        mark(signals, trendStart, i, new Signal(SpcRule.TREND, side));
                    }
                    trendStart = i;
                }
            }
            if (ruleSet.isOn(SpcRule.TWO_OF_THREE)) {
                for (int i = 0; i + 3 <= size; i++) {
                    int beyond = 0;
                    boolean sameSide = true;
                    for (int j = i; j < i + 3; j++) {
                        sameSide &= values.get(j).compareTo(limits.get(j).centre()) * sign > 0;
                        beyond += countsForTwoSigma(values.get(j), limits.get(j), side, ruleSet) ? 1 : 0;
                    }
                    if (sameSide && beyond >= 2) {
                        for (int j = i; j < i + 3; j++) {
                            if (countsForTwoSigma(values.get(j), limits.get(j), side, ruleSet)) {
                                signals.get(j).add(new Signal(SpcRule.TWO_OF_THREE, side));
                            }
                        }
                    }
                }
            }
        }
    }

    private static boolean countsForTwoSigma(BigDecimal value, SpcLimits limits, Side side, RuleSet ruleSet) {
        int sign = side == Side.HIGH ? 1 : -1;
        if (!beyond(value, limits.twoSigma(side), sign)) {
            return false;
        }
        return ruleSet.twoSigma() == RuleSet.TwoSigma.BEYOND_TWO_SIGMA
                || !beyond(value, limits.processLimit(side), sign);
    }

    private static boolean beyond(BigDecimal value, BigDecimal line, int sign) {
        return value.compareTo(line) * sign > 0;
    }

    private static void mark(List<Set<Signal>> signals, int fromInclusive, int toExclusive, Signal signal) {
        for (int i = fromInclusive; i < toExclusive; i++) {
            signals.get(i).add(signal);
        }
    }
}
