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
