/**
 * The service-provider interface for custom RAG strategies.
 *
 * <p>A library or application publishes a strategy by implementing
 * {@link org.outturn.rules.spi.RagStrategyProvider} and declaring it as a service: with
 * {@code provides org.outturn.rules.spi.RagStrategyProvider with com.example.MyProvider;} in its
 * {@code module-info.java}, and, for the class path, a line naming the class in
 * {@code META-INF/services/org.outturn.rules.spi.RagStrategyProvider}.
 * {@link org.outturn.rules.RagStrategyRegistry#standard()} then finds it by name.
 */
package org.outturn.rules.spi;
