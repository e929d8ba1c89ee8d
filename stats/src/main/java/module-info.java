/**
 * Outturn's statistics: the public-health methods the publishing bodies use (confidence intervals,
 * standardised rates, benchmark comparison) and statistical process control.
 */
module org.outturn.stats {
    requires transitive org.outturn.rules;
    requires org.apache.commons.statistics.distribution;

    exports org.outturn.stats;
    exports org.outturn.stats.spc;

    provides org.outturn.rules.spi.RagStrategyProvider with
            org.outturn.stats.BenchmarkCiStrategyProvider,
            org.outturn.stats.spc.SpcStrategyProvider;
}
