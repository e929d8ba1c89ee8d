/**
 * Whole reports: a document of indicators, each with its outturns by period and the RAG policy that
 * rates it, as a council publishes them.
 *
 * <p>{@link org.outturn.rules.report.OutturnDocument} holds the
 * {@link org.outturn.rules.report.IndicatorEntry}s and the policies they name. It is what
 * {@code outturn-io-json} reads and writes as the format {@code outturn/1}. An entry names its policy
 * once or per period; the document can name a default policy for every entry that names none.
 *
 * <p>{@link org.outturn.rules.report.ReportAssessment} rates a whole document in one call: each chosen
 * outturn ({@link org.outturn.rules.report.ReportSelection}) becomes a
 * {@link org.outturn.rules.report.ReportRow} with its assessment, the published rating for the same
 * period, its directions of travel and an {@link org.outturn.rules.report.Agreement} (with a
 * {@link org.outturn.rules.report.NotRecomputable} reason where no rating could be recomputed); the
 * tallies, scorecards and {@link org.outturn.rules.report.Reconciliation} come from the same rows.
 *
 * <p>Every type in this package is immutable and thread-safe.
 */
package org.outturn.rules.report;
