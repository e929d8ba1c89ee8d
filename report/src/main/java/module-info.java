/**
 * Outturn's reports: committee scorecards and charts of a whole-report assessment, written as
 * standalone HTML and SVG.
 */
module org.outturn.report {
    requires transitive org.outturn.rules;
    // Transitive: the SPC drawing's public methods take and return org.outturn.stats.spc types
    // (the chart, its variation and assurance icons), so a user of this module must read them too.
    requires transitive org.outturn.stats;

    exports org.outturn.report;
}
