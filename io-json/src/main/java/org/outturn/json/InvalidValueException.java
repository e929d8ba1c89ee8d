package org.outturn.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value Outturn's deserializers reject: carries the JSON path it names in its message, so that
 * {@link OutturnJson} can report the path without reading it back out of the text.
 */
final class InvalidValueException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    /** The JSON path of the rejected value, such as {@code $.indicators[3].code}. */
    private final String path;

    InvalidValueException(JsonParser p, String what, String path, String detail) {
        super(p, "Invalid " + what + " at " + path + ": " + detail, (Class<?>) null);
        this.path = path;
    }

    /** An invalid value found after the parser has moved on: the location is where the value was read. */
    InvalidValueException(JsonParser p, String what, JsonInput.Site site, String detail) {
        super(p, "Invalid " + what + " at " + site.path() + ": " + detail, site.location());
        this.path = site.path();
    }

    /** Returns the JSON path of the rejected value. */
    String path() {
        return path;
    }
}
