package org.outturn.examples;

import java.io.PrintStream;
import java.util.Objects;

/**
 * The main example: prints the scorecard of Bexley's annual performance report 2024/25, priority
 * theme 1, from the bundled dataset: how many indicators the report rated Red, Amber and Green, and
 * how many it did not rate and why, by directorate.
 *
 * <p>Run it from the repository root with {@code ./mvnw -q -pl examples -am compile exec:java}.
 * With arguments it runs the {@linkplain Cli command line} instead, so
 * {@code -Dexec.args="assess bromley-children-2022-23"} rates Bromley's indicators beside their published ratings.
 *
 * <p>This class is not instantiable.
 */
public final class Main {

    /** The command line the main example runs when it is given no arguments. */
    static final String[] DEFAULT_ARGS = {"summary", "--published", "--by", "tag", "bexley-priority-theme-1-2024-25"};

    private Main() {
    }

    /**
     * Runs the example.
     *
     * @param args  nothing for the Bexley scorecard, or a command line for {@link Cli}, not null
     */
    public static void main(String[] args) {
        Objects.requireNonNull(args, "args");
        Cli.main(args.length == 0 ? DEFAULT_ARGS.clone() : args);
    }

    /**
     * Runs the example, writing the output to {@code out} and any error to {@code err}.
     *
     * @param out  where to write the output, not null
     * @param err  where to write errors, not null
     * @param args  nothing for the Bexley scorecard, or a command line for {@link Cli}, not null
     * @return the exit status: 0 on success, 1 for invalid input, 2 for a usage error
     */
    static int run(PrintStream out, PrintStream err, String... args) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(args, "args");
        return Cli.run(args.length == 0 ? DEFAULT_ARGS.clone() : args, out, err);
    }
}
