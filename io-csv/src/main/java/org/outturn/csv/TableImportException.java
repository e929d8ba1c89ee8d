package org.outturn.csv;

import java.util.List;
import java.util.Objects;

/**
 * An import that failed, with every problem found (up to {@link #LIMIT}), each naming its sheet, row,
 * column and cell text.
 *
 * <p>The message lists the problems, one a line:
 * <pre>
 * 2 problems in Tracker:
 *   Tracker!C4 (2024/25) '12..5': Text '12..5' could not be read as a value: ...
 *   Tracker row 7: no reference (column A, Ref)
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TableImportException extends IllegalArgumentException {

    /** The most problems an import reports; it stops looking once it has found this many. */
    public static final int LIMIT = 100;

    private static final long serialVersionUID = 1L;

    /** The problems; a list copy, so the exception stays immutable. */
    private final transient List<ImportProblem> problems;

    /**
     * Returns an exception for the problems found in a sheet.
     *
     * @param sheet  the sheet's name, not null
     * @param problems  the problems, not null, not empty
     * @throws IllegalArgumentException if there are no problems
     */
    public TableImportException(String sheet, List<ImportProblem> problems) {
        super(message(Objects.requireNonNull(sheet, "sheet"), Objects.requireNonNull(problems, "problems")));
        this.problems = List.copyOf(problems);
    }

    private static String message(String sheet, List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for problems (must not be empty): []");
        }
        StringBuilder text = new StringBuilder();
        text.append(problems.size()).append(problems.size() == 1 ? " problem in " : " problems in ").append(sheet);
        if (problems.size() >= LIMIT) {
            text.append(" (stopped at ").append(LIMIT).append(')');
        }
        text.append(':');
        for (ImportProblem problem : problems) {
            text.append("\n  ").append(problem);
        }
        return text.toString();
    }

    /**
     * Returns the problems, in the order of the sheet.
     *
     * @return the problems, not null, not empty
     */
    public List<ImportProblem> problems() {
        return problems == null ? List.of() : problems;
    }
}
