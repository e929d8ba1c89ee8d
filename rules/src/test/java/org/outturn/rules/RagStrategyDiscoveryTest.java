package org.outturn.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Target;

/**
 * Checks that {@link RagStrategyRegistry} finds providers with {@link java.util.ServiceLoader}: the
 * test resources register {@link FakeRagStrategyProvider} and {@link BrokenRagStrategyProvider} in
 * {@code META-INF/services}. It runs on the class path (a separate Surefire execution), where
 * {@code META-INF/services} is how an application registers a provider.
 */
final class RagStrategyDiscoveryTest {

    @Test
    void load_findsRegisteredProviderAndSkipsBrokenOne() {
        RagStrategyRegistry registry = RagStrategyRegistry.load(RagStrategyDiscoveryTest.class.getClassLoader());
        assertThat(registry.names()).contains("fake-always-amber").doesNotContain("broken");
        RagStrategy strategy = registry.create("fake-always-amber", Map.of());
        assertThat(RagPolicy.of("fake", strategy).assess(Fixtures.indicator(Polarity.HIGHER_IS_BETTER),
                Target.single(Fixtures.d("1")), Fixtures.outturn("2")).rag()).contains(Rag.AMBER);
        assertThat(RagStrategyRegistry.standard().names()).contains("fake-always-amber");
    }
}
