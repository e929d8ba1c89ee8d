package org.outturn.json;

import static org.outturn.json.JsonInput.startObject;
import static org.outturn.json.JsonInput.unknownField;

import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/**
 * The one loop that walks the fields of a JSON object for the deserializers: it checks that the
 * parser is on an object, moves to each field's value and hands the field's name to the reader,
 * which dispatches on it; a name the reader does not take is an unknown field, refused with the
 * accepted names (or skipped by a lenient mapper). A field given twice is refused by the parser
 * itself ({@code STRICT_DUPLICATE_DETECTION}) at the second name; missing fields are for the reader
 * to check once the object is read, since what is required may depend on what was given. Every
 * error names the JSON path of the value at fault.
 *
 * <p>Immutable and thread-safe; the reader it is given is not.
 */
final class JsonFields {

    /** Reads the value of one field, the parser on its first token. */
    @FunctionalInterface
    interface Reader {
        /**
         * Reads the value of the named field.
         *
         * @return false if the name is not a field of the object, its value left unread
         */
        boolean field(String name);
    }

    private final String what;
    private final List<String> accepted;

    /**
     * Returns the fields of one kind of object.
     *
     * @param what  the object, for messages: {@code outturn}, {@code target}, ...
     * @param accepted  the field names, in the order the format documents them, for the message of an unknown one
     */
    JsonFields(String what, List<String> accepted) {
        this.what = what;
        this.accepted = List.copyOf(accepted);
    }

    /** Returns the field names, in the documented order. */
    List<String> accepted() {
        return accepted;
    }

    /**
     * Reads the object the parser is on, field by field, stopping at the first problem. The parser
     * ends on the object's closing brace.
     */
    void read(JsonParser p, DeserializationContext ctxt, Reader reader) {
        startObject(p, what);
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            if (!reader.field(name)) {
                unknownField(p, ctxt, what, name, accepted);
            }
        }
    }

    /**
     * Reads the object the parser is on as {@link #read} does, except that when the problems of the
     * document are being collected ({@link OutturnJson#check}), a field with a problem is recorded and
     * skipped, and the next field is read.
     */
    void readEach(JsonParser p, DeserializationContext ctxt, Reader reader) {
        DocumentScope scope = DocumentScope.of(ctxt);
        if (scope == null || !scope.collecting()) {
            read(p, ctxt, reader);
            return;
        }
        startObject(p, what);
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            String field = name;
            scope.attempt(p, () -> {
                if (!reader.field(field)) {
                    unknownField(p, ctxt, what, field, accepted);
                }
            });
        }
    }
}
