/**
 * Whole reports: a document of indicators, each with its outturns by period and the RAG policy that
 * rates it, as a council publishes them.
 *
 * <p>{@link org.outturn.rules.report.OutturnDocument} holds the
 * {@link org.outturn.rules.report.IndicatorEntry}s and the policies they name. It is what
 * {@code outturn-io-json} reads and writes as the format {@code outturn/1}.
 *
 * <p>Every type in this package is immutable and thread-safe.
 */
package org.outturn.rules.report;
