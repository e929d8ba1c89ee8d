package org.outturn.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.outturn.core.DecimalText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reading helpers shared by the deserializers: every rejection names the JSON location as a path
 * such as {@code $.indicators[3].outturns["2024/25"]}, the offending value and the rule.
 */
final class JsonInput {

    private JsonInput() {
    }

    /** Returns the path of the parser's current value, such as {@code $.indicators[3].code}. */
    static String path(JsonParser p) {
        return path(p.streamReadContext());
    }

    static String path(TokenStreamContext context) {
        int depth = 0;
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            depth++;
        }
        TokenStreamContext[] outward = new TokenStreamContext[depth];
        int i = 0;
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            outward[i++] = c;
        }
        StringBuilder path = new StringBuilder(16 + 8 * depth).append('$');
        for (i = depth - 1; i >= 0; i--) {
            TokenStreamContext c = outward[i];
            if (c.inArray()) {
                if (c.hasCurrentIndex()) {
                    // an array just started (the parser is at its '[') has no element yet: the path is the array's
                    path.append('[').append(c.getCurrentIndex()).append(']');
                }
            } else if (c.inObject() && c.currentName() != null) {
                String name = c.currentName();
                if (isIdentifier(name)) {
                    path.append('.').append(name);
                } else {
                    path.append("[\"").append(name.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
                }
            }
        }
        return path.toString();
    }

    /** Whether a field name is written {@code .name} in a path: {@code [A-Za-z_][A-Za-z0-9_]*}. */
    static boolean isIdentifier(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** Where a value was read: its JSON path and the location of its first token. */
    record Site(String path, TokenStreamLocation location) {
    }

    /** Returns where the parser's current value is. */
    static Site site(JsonParser p) {
        return new Site(path(p), p.currentTokenLocation());
    }

    /** Returns the exception for an invalid value read earlier, at the place it was read. */
    static MismatchedInputException invalid(JsonParser p, String what, Site site, String detail) {
        return new InvalidValueException(p, what, site, detail);
    }

    /** Returns the exception for an invalid value, with the house-style message. */
    static MismatchedInputException invalid(JsonParser p, String what, String detail) {
        return new InvalidValueException(p, what, path(p), detail);
    }

    /** Returns the exception for a value that breaks a rule of the model. */
    static MismatchedInputException invalid(JsonParser p, String what, IllegalArgumentException cause) {
        MismatchedInputException ex = invalid(p, what, cause.getMessage());
        ex.initCause(cause);
        return ex;
    }

    /** Checks that the current token starts an object. */
    static void startObject(JsonParser p, String what) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw invalid(p, what, "expected an object, found " + describe(p));
        }
    }

    /** Checks that the current token starts an array. */
    static void startArray(JsonParser p, String what) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw invalid(p, what, "expected an array, found " + describe(p));
        }
    }

    /** Returns the current token's text, which must be a string. */
    static String text(JsonParser p, String what) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw invalid(p, what, "expected a string, found " + describe(p));
        }
        return p.getString();
    }

    /** Returns the current token's integer, which must be a whole number. */
    static int integer(JsonParser p, String what) {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw invalid(p, what, "expected a whole number, found " + describe(p));
        }
        return p.getIntValue();
    }

    /**
     * Returns the current token as an exact decimal: a JSON number as written ({@code 97.30} keeps its
     * scale), or a string a person would type ({@code "93.89"}). Both are read by
     * {@link DecimalText#parse(CharSequence)}, within its limits; NaN and infinities are refused.
     */
    static BigDecimal decimal(JsonParser p, String what) {
        JsonToken token = p.currentToken();
        String text;
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal number = number(p, token);
            if (number != null) {
                return number;
            }
            text = p.getString();
        } else if (token == JsonToken.VALUE_STRING) {
            text = p.getString().strip();
        } else {
            throw invalid(p, what, "expected a number, found " + describe(p));
        }
        try {
            return DecimalText.parse(text);
        } catch (NumberFormatException ex) {
            throw invalid(p, what, token == JsonToken.VALUE_STRING
                    ? "expected a decimal number, found '" + shorten(p.getString()) + "'"
                    : "expected a finite number, found " + shorten(text));
        } catch (IllegalArgumentException ex) {
            throw invalid(p, what, ex);
        }
    }

    /** The longest whole number that always fits a {@code long}: 18 digits, or a sign and 17. */
    private static final int LONG_DIGITS = 18;

    /**
     * Reads a JSON number token on Jackson's path, without a {@code String}: a whole number of up to
     * {@value #LONG_DIGITS} characters through {@link JsonParser#getDecimalValue()} (Jackson has
     * already read it as an {@code int} or {@code long}; the result has scale 0), any other number
     * without an exponent from the parser's own characters. Both give the decimal that
     * {@link DecimalText#parse(CharSequence)} gives for the token's text, since a JSON number is always
     * well formed and, without an exponent, its exponent is in range. Returns null for a number with
     * an exponent, or one beyond {@link DecimalText}'s limits, so that the caller reads the text and
     * reports it exactly as {@code DecimalText} does.
     */
    private static BigDecimal number(JsonParser p, JsonToken token) {
        int length = p.getStringLength();
        if (token == JsonToken.VALUE_NUMBER_INT && length <= LONG_DIGITS) {
            return p.getDecimalValue();
        }
        if (length > DecimalText.MAX_LENGTH) {
            return null;
        }
        char[] chars = p.getStringCharacters();
        int offset = p.getStringOffset();
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c == 'e' || c == 'E') {
                return null;
            }
        }
        BigDecimal value = new BigDecimal(chars, offset, length);
        return value.precision() <= DecimalText.MAX_DIGITS && value.scale() <= DecimalText.MAX_EXPONENT ? value : null;
    }

    /** Returns the enum constant named by the current string token. */
    static <E extends Enum<E>> E enumValue(JsonParser p, Class<E> type, String what) {
        String name = text(p, what);
        try {
            // The JDK's own table of constants by name: no copy of the constants per value read.
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException ex) {
            // not a constant: reported below with the accepted names
        }
        List<String> accepted = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            accepted.add(constant.name());
        }
        throw invalid(p, what, "unknown value '" + name + "' (accepted: " + accepted + ")" + didYouMean(name, accepted));
    }

    /**
     * Handles a field the format does not define: fails, naming the accepted fields, unless the
     * mapper is lenient ({@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} disabled), in
     * which case the value is skipped.
     */
    static void unknownField(JsonParser p, DeserializationContext ctxt, String what, String name,
            Collection<String> accepted) {
        unknownField(p, ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES), what, name, accepted);
    }

    /** Handles a field the format does not define: fails if strict, naming the accepted fields, else skips it. */
    static void unknownField(JsonParser p, boolean strict, String what, String name, Collection<String> accepted) {
        if (strict) {
            throw invalid(p, what, "unknown field '" + name + "' (accepted: " + accepted + ")"
                    + didYouMean(name, accepted));
        }
        skipValue(p);
    }

    /**
     * Returns {@code ; did you mean 'targets'?} when exactly one of the names is the closest to the
     * given one and within two edits (insertions, deletions, substitutions or swaps of neighbours),
     * otherwise an empty string.
     */
    static String didYouMean(String given, Collection<String> names) {
        String best = null;
        int bestDistance = 3;
        boolean tie = false;
        for (String name : names) {
            int distance = distance(given.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT), 3);
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance && distance < 3) {
                tie = true;
            }
        }
        // One edit of a name of one or two letters is a different name, not a slip; and a slip changes
        // at most a third of what was typed ('foo' is not a slip for 'floor', 'treshold' is for 'thresholds').
        if (best == null || tie || bestDistance >= Math.max(given.length(), best.length())
                || bestDistance > Math.max(1, given.length() / 3)) {
            return "";
        }
        return "; did you mean '" + best + "'?";
    }

    /**
     * Returns the optimal string alignment distance of two texts (edits, with a swap of neighbours as
     * one), or {@code limit} when it is at least that: texts of very different lengths are not compared.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit || a.length() > MAX_QUOTED || b.length() > MAX_QUOTED) {
            return limit;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return Math.min(d[a.length()][b.length()], limit);
    }

    /**
     * Returns the error for a field name given a second time in one object, the parser just past the
     * name ({@link JsonParser#nextName()} has returned it): the error Jackson's parser gives with
     * {@code STRICT_DUPLICATE_DETECTION}, with its message ({@code Duplicate Object property "code"},
     * which {@link JsonMessages} words as {@code field 'code' given twice}), at the same JSON path (the
     * duplicated name) and location: just past the name's closing quote. That location is the name's
     * own (its opening quote) plus the name as written, counted in the input's units (bytes for a byte
     * source, characters otherwise), a name being written on one line. The name is taken as written
     * without needless escapes (a {@code d} of {@code "code"} not written as a six-character escape), as
     * every writer does: a character that must be escaped counts as its short escape (a backslash and
     * {@code "}, {@code n}, ...) or as a six-character one.
     */
    static StreamReadException duplicateField(JsonParser p, String name) {
        TokenStreamLocation start = p.currentTokenLocation();
        boolean bytes = start.getByteOffset() >= 0;
        int written = 2;
        for (int i = 0; i < name.length(); i++) {
            written += writtenLength(name.charAt(i), bytes);
        }
        TokenStreamLocation end = new TokenStreamLocation(start.contentReference(),
                bytes ? start.getByteOffset() + written : -1L,
                bytes ? -1L : start.getCharOffset() + written,
                start.getLineNr(), start.getColumnNr() + written);
        return new StreamReadException(p, "Duplicate Object property \"" + name + "\"", end);
    }

    /** How many bytes (or characters) a character of a name takes as written in JSON. */
    private static int writtenLength(char c, boolean bytes) {
        if (c == '"' || c == '\\' || c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r') {
            return 2;
        }
        if (c < 0x20) {
            return 6;
        }
        if (!bytes || c < 0x80) {
            return 1;
        }
        // UTF-8: two bytes up to U+07FF, three for the rest of the basic plane, four for a surrogate pair.
        return c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }

    /**
     * Returns the field name the parser read before it failed, or null if it failed before it had read
     * one: {@link JsonParser#nextName()} sets the name before it reads the colon and the value's first
     * token (a number or a literal it reads whole), and either can be malformed. Jackson's check for a
     * duplicate runs as the name is set, so it is reported before such a fault.
     */
    static String nameRead(JsonParser p) {
        return p.currentToken() == JsonToken.PROPERTY_NAME ? p.currentName() : null;
    }

    /**
     * The names given so far in one object whose names are not known in advance (parameters, the
     * unknown fields a lenient reading skips), to refuse a name given twice as the parser would
     * ({@link #duplicateField}). Like Jackson's own detector: the first two names in fields, a hash
     * set from the third, so that hostile input stays linear. Mutable, not thread-safe.
     */
    static final class SeenNames {
        private String first;
        private String second;
        private Set<String> more;

        /**
         * Moves the parser to the object's next field name, as {@link JsonParser#nextName()} does, and adds
         * it; fails if the object has given it already, also when the parser fails just after the name
         * ({@link #nameRead}), where the parser's own check would have failed first.
         *
         * @return the name, or null at the end of the object
         */
        String next(JsonParser p) {
            String name;
            try {
                name = p.nextName();
            } catch (JacksonException ex) {
                String read = nameRead(p);
                if (read != null && contains(read)) {
                    throw duplicateField(p, read);
                }
                throw ex;
            }
            if (name != null) {
                add(p, name);
            }
            return name;
        }

        /** Whether the object has given the name. */
        boolean contains(String name) {
            return name.equals(first) || name.equals(second) || more != null && more.contains(name);
        }

        /** Adds a name just read by {@link JsonParser#nextName()}; fails if the object has given it already. */
        void add(JsonParser p, String name) {
            if (first == null) {
                first = name;
            } else if (first.equals(name)) {
                throw duplicateField(p, name);
            } else if (second == null) {
                second = name;
            } else if (second.equals(name)) {
                throw duplicateField(p, name);
            } else {
                if (more == null) {
                    more = new HashSet<>();
                }
                if (!more.add(name)) {
                    throw duplicateField(p, name);
                }
            }
        }
    }

    /**
     * Skips the value the parser is on, as {@link JsonParser#skipChildren()} does, refusing a field
     * name given twice in any object within it ({@link #duplicateField}).
     */
    static void skipValue(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            SeenNames names = new SeenNames();
            for (String name = names.next(p); name != null; name = names.next(p)) {
                p.nextToken();
                skipValue(p);
            }
        } else if (token == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                skipValue(p);
            }
        }
    }

    /** Fails for a required field that was not given. */
    static MismatchedInputException missing(JsonParser p, String what, String field) {
        return invalid(p, what, "missing required field '" + field + "'");
    }

    /** The most characters of an offending string a message repeats. */
    static final int MAX_QUOTED = 100;

    /** Returns text to quote in a message, cut to {@value #MAX_QUOTED} characters: input may be megabytes. */
    static String shorten(String text) {
        return text.length() <= MAX_QUOTED ? text
                : text.substring(0, MAX_QUOTED) + "... (" + text.length() + " characters)";
    }

    /** Describes the current token for a message. */
    static String describe(JsonParser p) throws JacksonException {
        JsonToken token = p.currentToken();
        if (token == null) {
            return "end of input";
        }
        switch (token) {
            case VALUE_STRING:
                return "string '" + shorten(p.getString()) + "'";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "number " + p.getString();
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            default:
                return token.name().toLowerCase(Locale.ROOT).replace("value_", "");
        }
    }
}
