/**
 * Public-health statistics as the Office for Health Improvement and Disparities publishes them:
 * confidence intervals for proportions, rates, standardised rates and means, and comparison of an
 * area against a benchmark.
 */
package org.outturn.stats;
