package org.outturn.rules;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;

/**
 * What a {@link RagStrategy} judges: the indicator, the target for the outturn's period, the outturn,
 * the value to judge (the outturn's value, rounded if the policy rounds) and the indicator's other
 * outturns, for a rule that compares with an earlier period.
 *
 * <pre>{@code
 * StrategyContext context = StrategyContext.of(indicator, target, outturn, value, OutturnHistory.of(outturns));
 * context.outturnFor(outturn.period().minusYears(1));   // last year's outturn, if published
 * }</pre>
 *
 * <p>More may be added here as rules need it, without changing the strategy interface.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StrategyContext {

    private final Indicator indicator;
    private final Target target;
    private final Outturn outturn;
    private final BigDecimal judgedValue;
    private final OutturnHistory history;

    private StrategyContext(Indicator indicator, Target target, Outturn outturn, BigDecimal judgedValue,
            OutturnHistory history) {
        this.indicator = indicator;
        this.target = target;
        this.outturn = outturn;
        this.judgedValue = judgedValue;
        this.history = history;
    }

    /**
     * Returns a context.
     *
     * @param indicator  the indicator, giving the polarity, unit and benchmarks, not null
     * @param target  the target that applies to the outturn's period, not null
     * @param outturn  the outturn being rated, not null
     * @param judgedValue  the value to judge, not null
     * @param history  the indicator's outturns by period, not null ({@link OutturnHistory#none()} for none)
     * @return the context, not null
     */
    public static StrategyContext of(Indicator indicator, Target target, Outturn outturn, BigDecimal judgedValue,
            OutturnHistory history) {
        return new StrategyContext(Objects.requireNonNull(indicator, "indicator"),
                Objects.requireNonNull(target, "target"), Objects.requireNonNull(outturn, "outturn"),
                Objects.requireNonNull(judgedValue, "judgedValue"), Objects.requireNonNull(history, "history"));
    }

    /**
     * Returns the indicator.
     *
     * @return the indicator, not null
     */
    public Indicator indicator() {
        return indicator;
    }

    /**
     * Returns the target for the outturn's period.
     *
     * @return the target, not null
     */
    public Target target() {
        return target;
    }

    /**
     * Returns the outturn being rated.
     *
     * @return the outturn, not null
     */
    public Outturn outturn() {
        return outturn;
    }

    /**
     * Returns the value to judge: the outturn's value, rounded if the policy rounds.
     *
     * @return the value, not null
     */
    public BigDecimal judgedValue() {
        return judgedValue;
    }

    /**
     * Returns the indicator's outturns by period.
     *
     * @return the history, not null, empty when the policy was given none
     */
    public OutturnHistory history() {
        return history;
    }

    /**
     * Returns the indicator's outturn for another period, from the history.
     *
     * @param period  the period, not null
     * @return the outturn, empty when there is none
     */
    public Optional<Outturn> outturnFor(ReportingPeriod period) {
        return history.outturnFor(Objects.requireNonNull(period, "period"));
    }

    /**
     * Returns the same context with another target, as a composite strategy may pass on.
     *
     * @param other  the target, not null
     * @return the context, not null
     */
    public StrategyContext withTarget(Target other) {
        return new StrategyContext(indicator, Objects.requireNonNull(other, "other"), outturn, judgedValue, history);
    }

    @Override
    public String toString() {
        return "StrategyContext[" + indicator.code() + ", " + target + ", " + outturn.period() + " " + judgedValue
                .toPlainString() + "]";
    }
}
