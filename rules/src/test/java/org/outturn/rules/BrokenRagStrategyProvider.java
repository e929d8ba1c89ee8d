package org.outturn.rules;

import java.util.List;
import org.outturn.rules.spi.RagStrategyProvider;

/** A provider registered in the test resources' {@code META-INF/services} that fails to load. */
public final class BrokenRagStrategyProvider implements RagStrategyProvider {

    /** Fails, as a provider with a missing dependency would. */
    public BrokenRagStrategyProvider() {
        throw new IllegalStateException("broken on purpose");
    }

    @Override
    public String name() {
        return "broken";
    }

    @Override
    public List<StrategyParameter> parameters() {
        return List.of();
    }

    @Override
    public RagStrategy create(StrategySpec spec) {
        throw new AssertionError("never created");
    }
}
