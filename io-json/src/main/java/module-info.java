/**
 * Outturn's JSON support: a Jackson 3 module and a versioned document format.
 */
module org.outturn.json {
    requires transitive org.outturn.core;
    requires transitive org.outturn.rules;
    requires transitive tools.jackson.databind;

    exports org.outturn.json;

    provides tools.jackson.databind.JacksonModule with org.outturn.json.OutturnModule;
}
