/**
 * Public-health statistics as the Office for Health Improvement and Disparities publishes them:
 * confidence intervals for proportions ({@link org.outturn.stats.Proportions}), crude rates and counts
 * ({@link org.outturn.stats.Rates}), directly standardised rates
 * ({@link org.outturn.stats.StandardisedRates}), indirectly standardised ratios and rates
 * ({@link org.outturn.stats.StandardisedRatios}) and means ({@link org.outturn.stats.Means}), each giving
 * an {@link org.outturn.stats.Estimate}; intervals of an outturn by the method its unit implies
 * ({@link org.outturn.stats.Intervals}); and comparison of an area against a benchmark
 * ({@link org.outturn.stats.BenchmarkComparison}, and as the {@code benchmark-ci} RAG strategy of
 * {@link org.outturn.stats.BenchmarkCiStrategyProvider}; a Fingertips export's "Compared to England"
 * recomputed by {@link org.outturn.stats.ComparedToEngland}), funnel plots
 * ({@link org.outturn.stats.FunnelPlot}), quantiles of areas ({@link org.outturn.stats.Quantiles}) and
 * trends ({@link org.outturn.stats.RecentTrend}, {@link org.outturn.stats.TwoPointComparison}).
 */
package org.outturn.stats;
