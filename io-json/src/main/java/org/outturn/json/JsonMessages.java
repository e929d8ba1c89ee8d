package org.outturn.json;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Says a fault that Jackson's parser found (malformed JSON, a broken limit) in Outturn's words,
 * without Jackson's internals: no feature names, no source descriptions, no buffer sizes.
 */
final class JsonMessages {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'.*", Pattern.DOTALL);
    private static final Pattern UNEXPECTED_CHARACTER =
            Pattern.compile("Unexpected character \\((.*?) \\(code \\d+\\)\\)(?:: (.*))?", Pattern.DOTALL);
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']*)'.*", Pattern.DOTALL);
    private static final Pattern CONTROL =
            Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*", Pattern.DOTALL);
    private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)': expected '(.)'.*",
            Pattern.DOTALL);
    private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape (.*?) \\(code \\d+\\).*",
            Pattern.DOTALL);
    private static final Pattern BACKTICKS = Pattern.compile("`[^`]*`");

    private JsonMessages() {
    }

    /** Returns the fault of a Jackson exception in Outturn's words. */
    static String words(JacksonException ex) {
        String message = String.valueOf(ex.getOriginalMessage());
        if (ex instanceof StreamConstraintsException) {
            if (message.startsWith("Number value length")) {
                return "number longer than " + OutturnJson.MAX_NUMBER_LENGTH + " characters";
            }
            if (message.startsWith("String value length")) {
                return "string longer than " + OutturnJson.MAX_STRING_LENGTH + " characters";
            }
            if (message.startsWith("Document nesting depth")) {
                return "nested deeper than " + OutturnJson.MAX_NESTING_DEPTH + " arrays and objects";
            }
        }
        Matcher m = DUPLICATE.matcher(message);
        if (m.matches()) {
            return "field '" + m.group(1) + "' given twice";
        }
        m = NON_STANDARD.matcher(message);
        if (m.matches()) {
            return "expected a finite number, found " + m.group(1);
        }
        if (message.startsWith("Unexpected end-of-input")) {
            String lower = message.toLowerCase(Locale.ROOT);
            return lower.contains("property name") ? "the input ends inside a field name"
                    : lower.contains("string") ? "the input ends inside a string"
                    : lower.contains("object") ? "the input ends inside an object"
                    : lower.contains("array") ? "the input ends inside an array" : "the input ends too early";
        }
        m = UNEXPECTED_CHARACTER.matcher(message);
        if (m.matches()) {
            String expected = m.group(2) == null ? "" : ": " + m.group(2).replace("was expecting", "expected")
                    .replace("double-quote", "'\"'");
            return "unexpected character " + m.group(1) + expected;
        }
        m = UNRECOGNIZED.matcher(message);
        if (m.matches()) {
            return "unexpected text '" + JsonInput.shorten(m.group(1))
                    + "' (expected a string, number, array, object, true, false or null)";
        }
        m = CONTROL.matcher(message);
        if (m.matches()) {
            return "control character U+" + String.format(Locale.ROOT, "%04X", Integer.parseInt(m.group(1)))
                    + " in a string (write it as an escape such as \\n or \\u0000)";
        }
        m = CLOSE.matcher(message);
        if (m.matches()) {
            return "unexpected '" + m.group(1) + "' (expected '" + m.group(2) + "')";
        }
        m = ESCAPE.matcher(message);
        if (m.matches()) {
            return "invalid escape " + m.group(1) + " in a string";
        }
        if (message.startsWith("Invalid UTF-8")) {
            return "malformed UTF-8 (" + message.substring("Invalid UTF-8 ".length()) + ")";
        }
        // Anything else: Jackson's sentence, without its internals.
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        message = message.replaceAll(": enable `[^`]*` to allow", "")
                .replaceAll(" \\(code \\d+\\)", "")
                .replaceAll(" \\(start marker at .*\\)", "");
        return BACKTICKS.matcher(message).replaceAll("it").strip();
    }
}
