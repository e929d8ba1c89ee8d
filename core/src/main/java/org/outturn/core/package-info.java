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
 * <p>One idiom for each shape of type:
 * <ul>
 *   <li><b>Aggregates</b>, values made of several named attributes ({@link org.outturn.core.Indicator},
 *       {@link org.outturn.core.Outturn}, {@link org.outturn.core.Benchmark},
 *       {@link org.outturn.core.Rating}, {@link org.outturn.core.Grade},
 *       {@link org.outturn.core.GradeScale}, {@link org.outturn.core.GradeDistribution}), are
 *       Immutables abstract classes: accessors without {@code get}, a package-private constructor,
 *       factories and, where users assemble them, a nested {@code Builder}, with invariants in one
 *       {@code @Value.Check} method. The generated {@code Immutable*} classes are package-private
 *       and never appear in a signature. Immutables is chosen over hand-written classes because
 *       the builders of the large aggregates ({@code Indicator.builder()} with its adders and
 *       put methods) would otherwise be hundreds of lines of hand-kept code, and because the
 *       style below then states the shared rules (strict builders, JDK collections, the
 *       exception for an incomplete builder) once. An aggregate with a decimal attribute writes
 *       its own {@code equals} and {@code hashCode} with {@link org.outturn.core.Decimals}, so
 *       that equality ignores scale.</li>
 *   <li><b>Scalar values with a notation</b>, whose {@code toString()} and {@code parse} or
 *       {@code of} are inverses (the periods, {@link org.outturn.core.Unit},
 *       {@link org.outturn.core.Fraction}, {@link org.outturn.core.BenchmarkGroup}), are
 *       hand-written final classes with a private constructor and validation in one place, as in
 *       {@code java.time}; they are written to JSON as strings.</li>
 *   <li><b>Sum types</b> are sealed interfaces: {@link org.outturn.core.ReportingPeriod} (with
 *       {@link org.outturn.core.ReportingYear}) over its final classes, and
 *       {@link org.outturn.core.Target} over its records.</li>
 *   <li><b>Closed sets</b> are enums with a display name.</li>
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
