package org.outturn.rules;

import java.util.List;
import java.util.Optional;
import org.outturn.core.Target;
import org.outturn.core.UnratedReason;

/** Never rates. */
final class NoTargetStrategy implements RagStrategy {

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
    public Assessment assess(StrategyContext context) {
        Target target = context.target();
        String wording = target instanceof Target.None none ? none.wording() : "no target is used for " + target;
        return Assessment.unrated(context.indicator(), context.outturn(), target, UnratedReason.NO_TARGET, wording);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
