package org.outturn.examples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.outturn.core.Benchmark;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.core.UnratedReason;
import org.outturn.rules.Assessment;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

/**
 * The warnings of the command line's {@code check}: each target of an indicator that the policy
 * rating its period cannot rate, such as a band under {@code tolerance} or a target kind a custom
 * strategy does not handle, with the target's JSON path.
 *
 * <p>A target is tried by rating a value on it (a single target's value, the green threshold, the low
 * end of a band, the benchmark's value) for the target's period: a policy that answers
 * {@link UnratedReason#NOT_COMPARABLE} cannot rate that kind of target, whatever the outturn. Context
 * measures ({@link Polarity#NONE}), explicit no-targets and targets no policy applies to are not tried.
 *
 * <p>This class is not instantiable.
 */
final class CliWarnings {

    private CliWarnings() {
    }

    /**
     * Returns the warnings for a document, in document order, each as {@code PATH: text}, such as
     * {@code $.indicators[5].targets["2022/23"]: policy 'bromley' cannot rate the band target of
     * 19 for 2022/23: the thresholds strategy needs a thresholds target, not band 0 - 12}.
     */
    static List<String> of(OutturnDocument document) {
        List<String> warnings = new ArrayList<>();
        List<IndicatorEntry> entries = document.indicators();
        for (int i = 0; i < entries.size(); i++) {
            IndicatorEntry entry = entries.get(i);
            Indicator indicator = entry.indicator();
            if (indicator.polarity() == Polarity.NONE) {
                continue;
            }
            for (Map.Entry<ReportingPeriod, Target> target : indicator.targets().entrySet()) {
                ReportingPeriod period = target.getKey();
                Optional<RagPolicy> policy = document.policyFor(entry, period);
                Optional<BigDecimal> probe = probe(indicator, period, target.getValue());
                if (policy.isEmpty() || probe.isEmpty()) {
                    continue;
                }
                Assessment tried = policy.get().assess(indicator, target.getValue(), Outturn.of(period, probe.get()));
                if (tried.rating().unratedReason().orElse(null) == UnratedReason.NOT_COMPARABLE) {
                    warnings.add("$.indicators[" + i + "].targets[\"" + period + "\"]: policy '" + policy.get().name()
                            + "' cannot rate the " + kind(target.getValue()) + " target of " + indicator.code()
                            + " for " + period + ": " + tried.rating().detail().orElse("not comparable"));
                }
            }
        }
        return warnings;
    }

    /** A value on the target, or empty for a target that is not tried. */
    private static Optional<BigDecimal> probe(Indicator indicator, ReportingPeriod period, Target target) {
        if (target instanceof Target.Single single) {
            return Optional.of(single.value());
        }
        if (target instanceof Target.Thresholds thresholds) {
            return Optional.of(thresholds.green());
        }
        if (target instanceof Target.Band band) {
            return Optional.of(band.lowInclusive());
        }
        if (target instanceof Target.RelativeToBenchmark relative) {
            return Optional.of(indicator.benchmarkFor(relative.group(), period).flatMap(Benchmark::value)
                    .orElse(BigDecimal.ZERO));
        }
        return Optional.empty();
    }

    private static String kind(Target target) {
        if (target instanceof Target.Single) {
            return "single";
        }
        if (target instanceof Target.WithFloor) {
            return "floor";
        }
        if (target instanceof Target.Thresholds) {
            return "thresholds";
        }
        if (target instanceof Target.Band) {
            return "band";
        }
        if (target instanceof Target.RelativeToBenchmark) {
            return "benchmark";
        }
        return "no-target";
    }
}
