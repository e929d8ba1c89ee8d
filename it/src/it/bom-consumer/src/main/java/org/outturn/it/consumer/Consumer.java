package org.outturn.it.consumer;

import java.util.List;
import org.outturn.core.IncompleteBuilderException;

/**
 * Uses Outturn's public API the way a user would.
 */
public final class Consumer {

    private Consumer() {
    }

    /**
     * Reports which attributes a value is missing.
     *
     * @param attributes  the missing attribute names, not null
     * @return the exception Outturn throws for them
     */
    public static IncompleteBuilderException incomplete(String... attributes) {
        return new IncompleteBuilderException(attributes);
    }

    /**
     * Prints the message for a value missing its code and title.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        List<String> missing = incomplete("code", "title").missingAttributes();
        System.out.println("missing: " + missing);
    }
}
