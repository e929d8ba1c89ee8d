/**
 * Outturn's RAG engine: pluggable RAG and tolerance strategies, direction of travel and
 * scorecard summaries.
 */
module org.outturn.rules {
    requires transitive org.outturn.core;
    requires org.slf4j;
    requires static org.immutables.value.annotations;
}
