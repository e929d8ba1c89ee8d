/**
 * Direction of travel: how an indicator's outturn changed between two periods.
 *
 * <p>{@link org.outturn.rules.trend.DirectionOfTravel} compares two outturns and gives a
 * {@link org.outturn.rules.trend.Direction} (increase, decrease, no change) and, read with the
 * indicator's polarity, a {@link org.outturn.rules.trend.Trend} (improving, declining).
 *
 * <p>Every type in this package is immutable and thread-safe. Changes are computed exactly with
 * {@link java.math.BigDecimal}.
 */
package org.outturn.rules.trend;
