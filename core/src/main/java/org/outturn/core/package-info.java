/**
 * Outturn's domain model: performance indicators and everything needed to judge them.
 *
 * <p>The main types are:
 * <ul>
 *   <li>{@link org.outturn.core.ReportingPeriod} and its kinds: financial years ({@code 2024/25}),
 *       their quarters ({@code 2024/25 Q1}), months ({@code Apr-2024}), calendar and academic years,
 *       bienniums and year-to-date periods, and the periods public data uses: calendar quarters
 *       ({@code 2024 Q1}), school terms ({@code Autumn 2022}), rolling years ({@code 12 months to Mar-2025}),
 *       pooled years ({@code 2017 - 19}) and cumulative quarters ({@code 2022/23 Q1-Q3});</li>
 *   <li>{@link org.outturn.core.Indicator}: a referenced measure with its unit, polarity, frequency,
 *       targets and benchmarks;</li>
 *   <li>{@link org.outturn.core.Outturn}: an indicator's value for a period, or its absence with a
 *       reason, with its {@link org.outturn.core.ConfidenceInterval}s when published;</li>
 *   <li>{@link org.outturn.core.Target}: what an outturn is judged against;</li>
 *   <li>{@link org.outturn.core.Rag} and {@link org.outturn.core.Rating}: the result of a judgement,
 *       including an unrated result with its reason.</li>
 *   <li>{@link org.outturn.core.PublishedValue} and {@link org.outturn.core.PublishedTarget}: a report's
 *       cells read as typed, for importers.</li>
 * </ul>
 *
 * <p>One idiom for each shape of type:
 * <ul>
 *   <li><b>Aggregates</b>, values made of several named attributes ({@link org.outturn.core.Indicator},
 *       {@link org.outturn.core.Benchmark},
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
 *       that equality ignores scale. {@link org.outturn.core.Outturn} is the one aggregate written by
 *       hand, with a builder of the same contract as the generated ones: a document holds more
 *       outturns than anything else (120,000 in one of 10,000 indicators over 12 periods), and the
 *       generated class made collections for each one built and an {@code Optional} for each call
 *       of {@code value()}.</li>
 *   <li><b>Scalar values with a notation</b>, whose {@code toString()} and {@code parse} or
 *       {@code of} are inverses (the periods, {@link org.outturn.core.Unit},
 *       {@link org.outturn.core.Fraction}, {@link org.outturn.core.BenchmarkGroup}), are
 *       hand-written final classes with a private constructor and validation in one place, as in
 *       {@code java.time}; they are written to JSON as strings.</li>
 *   <li><b>Pairs of bounds</b> ({@link org.outturn.core.ConfidenceInterval}, like the band of a
 *       {@link org.outturn.core.Target}) are small hand-written final classes whose equality ignores
 *       scale.</li>
 *   <li><b>Sum types</b> are sealed interfaces: {@link org.outturn.core.ReportingPeriod} (with
 *       {@link org.outturn.core.ReportingYear}) over its final classes, and
 *       {@link org.outturn.core.Target} over its records.</li>
 *   <li><b>Closed sets</b> are enums with a display name.</li>
 * </ul>
 * <h2>Reading what reports print</h2>
 * {@link org.outturn.core.PublishedValue#parse(CharSequence)} reads a value cell ({@code 19,625},
 * {@code 95.0 %}, {@code £1.2m}, {@code 1.5% (104/7042)}, {@code 46 per 10,000}) or a non-value with its
 * reason ({@code n/a}, {@code Data suppressed}, {@code Available March 23}, {@code #DIV/0!}).
 * {@link org.outturn.core.PublishedTarget#parse(CharSequence, org.outturn.core.Polarity)} reads a target
 * cell ({@code 95%}, {@code ≥ 95%}, {@code Target of 18.7}, {@code 95-90%}, {@code 12 - 18},
 * {@code No Target}). A range of two numbers is read as {@link org.outturn.core.RangeReading} says: by
 * default two thresholds, the better one by the polarity green, for a higher- or lower-is-better
 * indicator, and a band for a within-band one; {@code RangeReading.BAND} or {@code THRESHOLDS} override
 * that, as for the seed report's {@code 12-0%}, an acceptable band on a lower-is-better measure.
 * Nothing is guessed: a cell that cannot be read is an {@link java.lang.IllegalArgumentException} whose
 * message names the text and the rule, as in {@code Text '12..5' could not be read as a value: expected a
 * number as printed, such as 19,625, -0.07, 95%, £1.2m, 1.5% (104/7042) or 46 per 10,000}.
 * {@link org.outturn.core.Polarity#parseLenient(CharSequence)} and
 * {@link org.outturn.core.Frequency#parseLenient(CharSequence)} read the polarity and frequency words.
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
