package org.outturn.it.consumer;

import org.outturn.core.IncompleteBuilderException;

/**
 * Uses Outturn's public API the way a user's code would.
 */
public final class Consumer {

    private Consumer() {
    }

    /**
     * Returns the exception Outturn throws for a value missing the given attributes.
     *
     * @param attributes  the missing attribute names, not null
     * @return the exception, not null
     */
    public static IncompleteBuilderException incomplete(String... attributes) {
        return new IncompleteBuilderException(attributes);
    }
}
