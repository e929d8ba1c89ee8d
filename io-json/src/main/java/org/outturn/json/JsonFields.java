package org.outturn.json;

import static org.outturn.json.JsonInput.startObject;
import static org.outturn.json.JsonInput.unknownField;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/**
 * The one loop that walks the fields of a JSON object for the deserializers: it checks that the
 * parser is on an object, moves to each field's value and hands the field's name to the reader,
 * which dispatches on it; a name the reader does not take is an unknown field, refused with the
 * accepted names (or skipped by a lenient mapper). A field given twice is refused at the second
 * name, before its value is read, with the error and location of Jackson's
 * {@code STRICT_DUPLICATE_DETECTION} ({@link JsonInput#duplicateField}): an accepted name is one bit
 * of a {@code long}, any other name (which only a lenient mapper reads on) goes in a
 * {@link JsonInput.SeenNames}, so that the parser needs no set of names per object. Missing fields
 * are for the reader to check once the object is read, since what is required may depend on what
 * was given. Every error names the JSON path of the value at fault.
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

    /** The most field names an object kind may accept: one bit each in a {@code long}. */
    static final int MAX_FIELDS = Long.SIZE;

    private final String what;
    private final List<String> accepted;
    /** The position of each accepted name in {@link #accepted}. */
    private final Map<String, Integer> positions;

    /**
     * Returns the fields of one kind of object.
     *
     * @param what  the object, for messages: {@code outturn}, {@code target}, ...
     * @param accepted  the field names, in the order the format documents them, for the message of an unknown one
     */
    JsonFields(String what, List<String> accepted) {
        this.what = what;
        this.accepted = List.copyOf(accepted);
        if (this.accepted.size() > MAX_FIELDS) {
            throw new IllegalArgumentException("More than " + MAX_FIELDS + " fields: " + accepted);
        }
        this.positions = new HashMap<>();
        for (int i = 0; i < this.accepted.size(); i++) {
            positions.put(this.accepted.get(i), i);
        }
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
        readFields(p, ctxt, reader, null);
    }

    /**
     * Reads the object the parser is on as {@link #read} does, except that when the problems of the
     * document are being collected ({@link OutturnJson#check}), a field with a problem is recorded and
     * skipped, and the next field is read.
     */
    void readEach(JsonParser p, DeserializationContext ctxt, Reader reader) {
        DocumentScope scope = DocumentScope.of(ctxt);
        readFields(p, ctxt, reader, scope == null || !scope.collecting() ? null : scope);
    }

    /**
     * Reads the object's fields, checking each name is given once; with a collecting scope, each field is
     * read as one of its attempts, without, a problem ends the read.
     */
    private void readFields(JsonParser p, DeserializationContext ctxt, Reader reader, DocumentScope collecting) {
        startObject(p, what);
        long seen = 0;
        JsonInput.SeenNames others = null;
        for (String name = next(p, seen, others); name != null; name = next(p, seen, others)) {
            Integer position = positions.get(name);
            if (position != null) {
                seen = mark(p, name, position, seen);
            } else {
                others = other(p, name, others);
            }
            p.nextToken();
            if (collecting == null) {
                field(p, ctxt, reader, name);
            } else {
                String field = name;
                collecting.attempt(p, () -> field(p, ctxt, reader, field));
            }
        }
    }

    /** Reads one field's value, failing for a name this object does not have. */
    private void field(JsonParser p, DeserializationContext ctxt, Reader reader, String name) {
        if (!reader.field(name)) {
            unknownField(p, ctxt, what, name, accepted);
        }
    }

    /**
     * Moves the parser to the object's next field name, as {@link JsonParser#nextName()} does; when the
     * parser fails just after a name ({@link JsonInput#nameRead}), fails for the name instead if it was
     * given before, as the parser's own check would have.
     *
     * @return the name, or null at the end of the object
     */
    private String next(JsonParser p, long seen, JsonInput.SeenNames others) {
        try {
            return p.nextName();
        } catch (JacksonException ex) {
            String name = JsonInput.nameRead(p);
            if (name != null) {
                Integer position = positions.get(name);
                if (position != null ? (seen & 1L << position) != 0 : others != null && others.contains(name)) {
                    throw JsonInput.duplicateField(p, name);
                }
            }
            throw ex;
        }
    }

    /** Adds an accepted name to the names seen, its bit; fails if it is there already. */
    private static long mark(JsonParser p, String name, int position, long seen) {
        long bit = 1L << position;
        if ((seen & bit) != 0) {
            throw JsonInput.duplicateField(p, name);
        }
        return seen | bit;
    }

    /** Adds a name that is not accepted to the others seen, made on the first; fails if it is there already. */
    private static JsonInput.SeenNames other(JsonParser p, String name, JsonInput.SeenNames others) {
        JsonInput.SeenNames names = others == null ? new JsonInput.SeenNames() : others;
        names.add(p, name);
        return names;
    }
}
