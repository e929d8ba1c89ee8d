package org.outturn.rules.report;

import java.util.Objects;
import org.outturn.core.UnratedReason;

/**
 * Why no rating could be recomputed for an outturn: no policy, no target, no value, no benchmark
 * value, a context measure, or a rule the policy cannot apply to the target.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum NotRecomputable {

    /** Neither the indicator nor its document names a policy for the period. */
    NO_POLICY("no policy"),
    /** The indicator has no target for the period, or an explicit no-target. */
    NO_TARGET("no target"),
    /** The outturn has no value, such as a suppressed one. */
    NO_VALUE("no value"),
    /** The target is relative to a benchmark that has no value for the period. */
    NO_BENCHMARK("no benchmark value"),
    /** The indicator is a context measure, which no policy rates. */
    CONTEXT_MEASURE("context measure"),
    /**
     * The policy's rule cannot apply to the target or value, such as a band under {@code tolerance}:
     * an unrated {@link UnratedReason#NOT_COMPARABLE} result, whose detail says which rule.
     */
    RULE_CANNOT_APPLY("the policy's rule cannot apply");

    private final String displayName;

    NotRecomputable(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns why no rating was recomputed for an unrated result's reason.
     *
     * @param reason  the unrated reason, not null
     * @return the reason it was not recomputable, not null
     */
    public static NotRecomputable of(UnratedReason reason) {
        Objects.requireNonNull(reason, "reason");
        switch (reason) {
            case NO_TARGET:
            case TARGET_NOT_FOR_PERIOD:
                return NO_TARGET;
            case NO_OUTTURN:
                return NO_VALUE;
            case BENCHMARK_NOT_AVAILABLE:
                return NO_BENCHMARK;
            case NOT_RATED_MEASURE:
                return CONTEXT_MEASURE;
            default:
                return RULE_CANNOT_APPLY;
        }
    }

    /**
     * Returns the words that follow {@code Not recomputable: }, such as {@code no target} or
     * {@code the policy's rule cannot apply}.
     *
     * @return the display name, lower case, not null
     */
    public String displayName() {
        return displayName;
    }
}
