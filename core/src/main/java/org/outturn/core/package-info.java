/**
 * Outturn's domain model: performance indicators and everything needed to judge them.
 *
 * <p>The main types are:
 * <ul>
 *   <li>{@link org.outturn.core.ReportingPeriod} and its kinds: financial years ({@code 2024/25}),
 *       their quarters ({@code 2024/25 Q1}), months ({@code Apr-2024}), calendar and academic years,
 *       bienniums and year-to-date periods;</li>
 *   <li>{@link org.outturn.core.Indicator}: a referenced measure with its unit, polarity, frequency,
 *       targets and benchmarks;</li>
 *   <li>{@link org.outturn.core.Outturn}: an indicator's value for a period, or its absence with a
 *       reason;</li>
 *   <li>{@link org.outturn.core.Target}: what an outturn is judged against;</li>
 *   <li>{@link org.outturn.core.Rag} and {@link org.outturn.core.Rating}: the result of a judgement,
 *       including an unrated result with its reason.</li>
 * </ul>
 *
 * <p>Every type in this package is immutable and thread-safe. Every method that takes an object
 * throws {@link java.lang.NullPointerException}, whose message is the parameter's name, when that
 * argument is {@code null}, unless its documentation says otherwise. Decimal values are
 * {@link java.math.BigDecimal}s that keep their published scale and are compared with
 * {@code compareTo}.
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        strictBuilder = true,
        defaults = @Value.Immutable(copy = false),
        throwForInvalidImmutableState = IncompleteBuilderException.class,
        // No @Generated annotations on generated classes: Immutables is a compile-time-only
        // dependency, so users compiling against outturn-core would not find them.
        allowedClasspathAnnotations = {Override.class})
package org.outturn.core;

import org.immutables.value.Value;
