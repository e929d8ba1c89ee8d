package org.outturn.rules;

import java.util.Map;
import org.outturn.core.Rag;
import org.outturn.rules.spi.RagStrategyProvider;

/** A provider registered in the test resources' {@code META-INF/services}: every value is Amber. */
public final class FakeRagStrategyProvider implements RagStrategyProvider {

    @Override
    public String name() {
        return "fake-always-amber";
    }

    @Override
    public RagStrategy create(Map<String, String> parameters) {
        return (indicator, target, outturn, value) -> Assessment.rated(indicator, outturn, target, value, Rag.AMBER,
                () -> "Amber: always");
    }
}
