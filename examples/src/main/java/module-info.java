/**
 * Runnable examples built on the seed council reports.
 *
 * <p>Provides the custom RAG strategy {@code stretch-target}
 * ({@link org.outturn.examples.StretchTargetStrategyProvider}) to the
 * {@link org.outturn.rules.RagStrategyRegistry}.
 */
module org.outturn.examples {
    requires org.outturn.core;
    requires org.outturn.rules;
    requires org.outturn.json;
    requires org.outturn.csv;
    requires org.outturn.xlsx;
    requires org.outturn.stats;
    requires org.outturn.report;

    exports org.outturn.examples;

    provides org.outturn.rules.spi.RagStrategyProvider with org.outturn.examples.StretchTargetStrategyProvider;
}
