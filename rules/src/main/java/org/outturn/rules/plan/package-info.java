/**
 * Corporate action plans: activities with a year-end status, and the headline share of them
 * complete or on track.
 *
 * <p>{@link org.outturn.rules.plan.ActionPlan} holds {@link org.outturn.rules.plan.ActionPlanItem}s,
 * each with an {@link org.outturn.rules.plan.ActionStatus}, and finds duplicated rows.
 *
 * <p>Every type in this package is immutable and thread-safe.
 */
package org.outturn.rules.plan;
