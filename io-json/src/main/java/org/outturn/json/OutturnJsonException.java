package org.outturn.json;

import java.util.Optional;

/**
 * Thrown by {@link OutturnJson} when a document cannot be read: it is not JSON, it breaks a rule of
 * the format or of the model, or it exceeds a limit. The message names the location, the offending
 * value and the rule, as in {@code Invalid outturn at $.indicators[3].outturns["2024/25"]: Invalid value
 * for denominator (must be positive): 0 (line 41, column 9)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OutturnJsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The JSON path of the offending value, or null when unknown. */
    private final String path;
    /** The line of the input where reading stopped, counting from 1, or -1 when unknown. */
    private final int line;
    /** The column of the input where reading stopped, counting from 1, or -1 when unknown. */
    private final int column;

    OutturnJsonException(String message, String path, int line, int column, Throwable cause) {
        super(message, cause);
        this.path = path;
        this.line = line;
        this.column = column;
    }

    /**
     * Returns the JSON path of the offending value, such as {@code $.indicators[3].outturns["2024/25"]}.
     *
     * @return the path, empty when the input is not JSON at all
     */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /**
     * Returns the line of the input where reading stopped, counting from 1.
     *
     * @return the line, or -1 when unknown
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column of the input where reading stopped, counting from 1.
     *
     * @return the column, or -1 when unknown
     */
    public int column() {
        return column;
    }
}
