package org.outturn.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Target;
import org.outturn.core.UnratedReason;

/** Never rates. */
final class NoTargetStrategy implements BuiltInStrategy {

    static final String NAME = "no-target";
    static final List<StrategyParameter> PARAMETERS = List.of();
    static final NoTargetStrategy INSTANCE = new NoTargetStrategy();

    private NoTargetStrategy() {
    }

    static RagStrategy create(StrategySpec spec) {
        return INSTANCE;
    }

    @Override
    public Optional<StrategySpec> spec() {
        return Optional.of(StrategySpec.of(NAME));
    }

    @Override
    public Assessment judge(Indicator indicator, Target target, Outturn outturn, BigDecimal value,
            OutturnHistory history) {
        String wording = target instanceof Target.None none ? none.wording() : "no target is used for " + target;
        return Assessment.unrated(indicator, outturn, target, UnratedReason.NO_TARGET, wording);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
