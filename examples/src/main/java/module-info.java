/**
 * Runnable examples built on the seed council reports.
 */
module org.outturn.examples {
    requires org.outturn.core;
    requires org.outturn.rules;
    requires org.outturn.json;

    exports org.outturn.examples;
}
