package org.outturn.core;

import java.math.BigDecimal;

/**
 * Validation shared by the model's factories and {@code @Value.Check} methods.
 *
 * <p>Messages follow the house style: subject first, then the rule, then the value, as in
 * {@code Invalid value for denominator (must be positive): 0}.
 */
final class Checks {

    private Checks() {
    }

    /**
     * Returns the text when it is not blank.
     *
     * @param field  the field's name, used in the message
     * @param text  the text to check, not null
     * @return the text, unchanged
     * @throws IllegalArgumentException if the text is blank or has leading or trailing white space
     */
    static String notBlank(String field, String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException(
                    "Invalid value for " + field + " (must not be blank): '" + text + "'");
        }
        if (!text.equals(text.strip())) {
            throw new IllegalArgumentException(
                    "Invalid value for " + field + " (must not start or end with white space): '" + text + "'");
        }
        return text;
    }

    /**
     * Returns an exception with the house-style message for a rule that a value breaks, for the
     * caller to throw.
     *
     * @param field  the field's name
     * @param rule  the rule, in words
     * @param value  the offending value, printed as is
     * @return the exception, not thrown
     */
    static IllegalArgumentException invalid(String field, String rule, Object value) {
        return new IllegalArgumentException("Invalid value for " + field + " (" + rule + "): " + value);
    }

    /**
     * Fails unless the number is not negative.
     *
     * @param field  the field's name
     * @param value  the number, not null
     * @return the number
     */
    static BigDecimal notNegative(String field, BigDecimal value) {
        if (value.signum() < 0) {
            throw invalid(field, "must not be negative", value.toPlainString());
        }
        return value;
    }
}
