/**
 * Outturn's reports: committee scorecards and charts of a whole-report assessment, written as
 * standalone HTML and SVG.
 */
module org.outturn.report {
    requires transitive org.outturn.rules;

    exports org.outturn.report;
}
