/**
 * Outturn's RAG engine: pluggable RAG and tolerance strategies, direction of travel and
 * scorecard summaries.
 *
 * <p>Custom RAG strategies are provided as services of
 * {@link org.outturn.rules.spi.RagStrategyProvider}.
 */
module org.outturn.rules {
    requires transitive org.outturn.core;
    requires org.slf4j;

    exports org.outturn.rules;
    exports org.outturn.rules.plan;
    exports org.outturn.rules.report;
    exports org.outturn.rules.spi;
    exports org.outturn.rules.trend;

    uses org.outturn.rules.spi.RagStrategyProvider;
}
