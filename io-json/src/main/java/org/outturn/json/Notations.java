package org.outturn.json;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;

/**
 * The canonical notations ({@code toString()}) of the values one write repeats, each made and
 * encoded once: the periods that key targets, outturns and ratings ({@code Apr-2024} is written
 * 10,000 times in a document of 10,000 monthly indicators) and the units. The output is the same
 * as writing {@code toString()} each time. At most {@value #MAX} notations are kept; beyond them a
 * value is written from its {@code toString()} as before, so a document of many distinct values
 * costs no more than it did.
 *
 * <p>A write's notations are an attribute of its serialization context, made on first use and
 * dropped with it. Mutable, not thread-safe: one write is on one thread.
 */
final class Notations {

    /** The most notations one write keeps. */
    static final int MAX = 4096;

    private static final Object ATTRIBUTE = Notations.class;

    private final Map<Object, SerializableString> encoded = new HashMap<>();

    private Notations() {
    }

    /** Returns the notations of the write the context belongs to, made on first use. */
    static Notations of(SerializationContext ctxt) {
        Notations notations = (Notations) ctxt.getAttribute(ATTRIBUTE);
        if (notations == null) {
            notations = new Notations();
            ctxt.setAttribute(ATTRIBUTE, notations);
        }
        return notations;
    }

    /** Writes a field name that is a value's notation, such as a period key. */
    void writeName(JsonGenerator gen, Object value) {
        SerializableString notation = notation(value);
        if (notation == null) {
            gen.writeName(value.toString());
        } else {
            gen.writeName(notation);
        }
    }

    /** Writes a field whose value is a value's notation, such as {@code "unit": "percentage:1"}. */
    void writeProperty(JsonGenerator gen, String name, Object value) {
        gen.writeName(name);
        SerializableString notation = notation(value);
        if (notation == null) {
            gen.writeString(value.toString());
        } else {
            gen.writeString(notation);
        }
    }

    private SerializableString notation(Object value) {
        SerializableString notation = encoded.get(value);
        if (notation == null && encoded.size() < MAX) {
            notation = new SerializedString(value.toString());
            encoded.put(value, notation);
        }
        return notation;
    }
}
