/**
 * Outturn's immutable domain model: indicators, reporting periods, outturns, targets,
 * polarity, units, benchmarks and ratings.
 *
 * <p>This module has no runtime dependency. The Immutables annotations are needed only at
 * compile time.
 */
module org.outturn.core {
    requires static org.immutables.value.annotations;

    exports org.outturn.core;
    // Not API: what the rating path borrows from the core, for it alone.
    exports org.outturn.core.internal to org.outturn.rules;
}
