package org.outturn.examples;

import java.io.PrintStream;

/**
 * The main example: prints a summary of Outturn to standard output.
 *
 * <p>Run it from the repository root with
 * {@code ./mvnw -q -pl examples -am compile exec:java}.
 *
 * <p>This class is not instantiable.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the example.
     *
     * @param args  the command-line arguments, ignored, not null
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the example, writing to the given stream.
     *
     * @param out  where to write, not null
     */
    static void run(PrintStream out) {
        out.println("Outturn: performance indicators, targets, outturns and RAG ratings"
                + " for UK public bodies.");
    }
}
