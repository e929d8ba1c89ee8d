/**
 * Outturn's RAG engine: judging outturns against targets, and summarising the judgements.
 *
 * <ul>
 *   <li>{@link org.outturn.rules.RagStrategy} rates an outturn against a target for an indicator,
 *       given a {@link org.outturn.rules.StrategyContext} (with the indicator's other outturns, for a
 *       rule that compares with an earlier period); the built-ins come from
 *       {@link org.outturn.rules.RagStrategies}, and {@link org.outturn.rules.Tolerance}s from
 *       {@link org.outturn.rules.Tolerances};</li>
 *   <li>{@link org.outturn.rules.StrategySpec} says what a strategy is, by registry name and typed
 *       parameters (each declared once as a {@link org.outturn.rules.StrategyParameter}): what the
 *       {@link org.outturn.rules.RagStrategyRegistry} creates strategies from and the JSON format writes;</li>
 *   <li>{@link org.outturn.rules.RagPolicy} is a named, configured strategy: the value two services
 *       share so that they compute the same result; it returns an
 *       {@link org.outturn.rules.Assessment} with the rating, the facts behind it and its explanation,
 *       worded by {@link org.outturn.rules.ExplanationFormatter} from a resource bundle;</li>
 *   <li>{@link org.outturn.rules.trend.DirectionOfTravel} compares two outturns;</li>
 *   <li>{@link org.outturn.rules.Scorecard} counts ratings over any grouping, and
 *       {@link org.outturn.rules.plan.ActionPlan} summarises a corporate action plan.</li>
 * </ul>
 *
 * <p>Custom strategies are found through {@link org.outturn.rules.spi.RagStrategyProvider} and
 * {@link java.util.ServiceLoader}, in {@link org.outturn.rules.RagStrategyRegistry}.
 *
 * <p>Every type in this package is immutable and thread-safe unless it says otherwise. Decisions
 * compare {@link java.math.BigDecimal}s exactly; no floating point is used anywhere in a rating.
 */
package org.outturn.rules;
