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

    /** Returns the JSON path of the rejected value. */
    String path() {
        return path;
    }
}
