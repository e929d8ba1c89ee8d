package org.outturn.json;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;

/** The problems found in one document by {@link OutturnJson#check}, up to a limit. Mutable, not thread-safe. */
final class Problems {

    /** Thrown once a problem is recorded, to abandon the value that holds it without recording it again. */
    static final class Reported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Reported() {
            super("already reported", null, false, false);
        }
    }

    /** Thrown when the limit is reached, to stop reading. */
    static final class Full extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Full() {
            super("too many problems", null, false, false);
        }
    }

    private final int limit;
    private final List<OutturnJsonException> found = new ArrayList<>();

    Problems(int limit) {
        this.limit = limit;
    }

    /** Records a problem; stops reading once the limit is reached. */
    void add(JacksonException problem) {
        found.add(OutturnJson.translate(problem));
        if (found.size() >= limit) {
            throw new Full();
        }
    }

    /** Records the problem that stopped the reading. */
    void addTranslated(OutturnJsonException problem) {
        found.add(problem);
    }

    int size() {
        return found.size();
    }

    List<OutturnJsonException> list() {
        return List.copyOf(found);
    }
}
