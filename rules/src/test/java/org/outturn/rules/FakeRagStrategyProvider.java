package org.outturn.rules;

import java.util.List;
import java.util.Optional;
import org.outturn.core.Rag;
import org.outturn.rules.spi.RagStrategyProvider;

/** A provider registered in the test resources' {@code META-INF/services}: every value is Amber. */
public final class FakeRagStrategyProvider implements RagStrategyProvider {

    static final String NAME = "fake-always-amber";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<StrategyParameter> parameters() {
        return List.of();
    }

    @Override
    public RagStrategy create(StrategySpec spec) {
        return new AlwaysAmber();
    }

    /** Amber for everything, describing itself by name. */
    private static final class AlwaysAmber implements RagStrategy {
        @Override
        public Assessment assess(StrategyContext context) {
            return Assessment.rated(context.indicator(), context.outturn(), context.target(), context.judgedValue(),
                    Rag.AMBER, () -> "Amber: always");
        }

        @Override
        public Optional<StrategySpec> spec() {
            return Optional.of(StrategySpec.of(NAME));
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof AlwaysAmber;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }
}
