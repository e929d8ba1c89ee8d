package org.outturn.examples;

import java.io.PrintStream;
import java.util.Objects;

/**
 * The main example: reads the priority theme 1 table of Bexley's annual performance report 2024/25
 * into Outturn's model and prints its first rows, with each row's outturns, direction of travel and
 * published RAG or reason for not rating.
 *
 * <p>Run it from the repository root with {@code ./mvnw -q -pl examples -am compile exec:java}; add
 * {@code -Dexec.args=57} to print every row.
 *
 * <p>This class is not instantiable.
 */
public final class Main {

    /** How many rows are printed when no count is given. */
    static final int DEFAULT_ROWS = 10;

    private Main() {
    }

    /**
     * Runs the example.
     *
     * @param args  optionally the number of rows to print (default 10), not null
     */
    public static void main(String[] args) {
        int status = run(System.out, System.err, args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the example, writing the table to {@code out} and any usage error to {@code err}.
     *
     * @param out  where to write the table, not null
     * @param err  where to write a usage error, not null
     * @param args  optionally the number of rows to print, not null
     * @return the exit status: 0 on success, 2 on a usage error
     */
    static int run(PrintStream out, PrintStream err, String... args) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(args, "args");
        int limit = DEFAULT_ROWS;
        if (args.length > 1 || args.length == 1 && !args[0].matches("\\d{1,6}")) {
            err.println("Usage: Main [ROWS]  (ROWS: how many rows of the Bexley table to print, default "
                    + DEFAULT_ROWS + ")");
            return 2;
        }
        if (args.length == 1) {
            limit = Integer.parseInt(args[0]);
        }
        out.print(BexleyTheme1.table(BexleyTheme1.rows(), limit));
        return 0;
    }
}
