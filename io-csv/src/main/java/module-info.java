/**
 * Outturn's tabular import and CSV support: wide and long indicator tables, header synonyms, a JSON
 * mapping file, the Fingertips preset, and CSV reading and export.
 */
module org.outturn.csv {
    requires transitive org.outturn.core;
    requires transitive org.outturn.rules;
    requires transitive org.outturn.json;
    requires tools.jackson.dataformat.csv;

    exports org.outturn.csv;
}
