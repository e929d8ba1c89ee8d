package org.outturn.core.internal;

import java.util.Objects;
import org.outturn.core.Indicator;
import org.outturn.core.Rating;
import org.outturn.core.Target;
import org.outturn.core.UnratedReason;

/**
 * Not API: what {@code org.outturn.core} lends {@code org.outturn.rules} for the rating path, so that a rating
 * allocates only its result. The module exports this package to {@code org.outturn.rules} alone; nothing here
 * is part of the published API and it may change in any release.
 *
 * <p>It lends two things: an unrated {@link Rating} whose wording is built only when
 * {@link Rating#detail()} is first asked for, and a memo per target of an indicator, in which a strategy
 * keeps what it works out once per target (such as the edges of its tolerance).
 *
 * <p>This class is thread-safe.
 */
public final class CoreAccess {

    private static volatile Lender lender;

    private CoreAccess() {
    }

    /**
     * How an unrated result of one kind is worded from its source, such as an outturn without a value: one
     * shared instance per kind.
     *
     * @param <T>  the type of the source
     */
    public interface Wording<T> {

        /**
         * Returns why there is no colour.
         *
         * @return the reason, not null
         */
        UnratedReason reason();

        /**
         * Returns the words for a source.
         *
         * @param source  the source, not null
         * @return the words, not blank
         */
        String words(T source);
    }

    /**
     * What the core package implements; set once, by the core package itself, when it is loaded.
     */
    public interface Lender {

        /**
         * Returns an unrated rating worded when first asked for.
         *
         * @param <T>  the type of the source of the words
         * @param wording  the reason, and how the words are built from the source, not null
         * @param source  the source, not null
         * @return the rating, not null
         */
        <T> Rating unrated(Wording<T> wording, T source);

        /**
         * Returns what was remembered for one of an indicator's targets.
         *
         * @param indicator  the indicator, not null
         * @param target  the target, not null
         * @return the memo, null when none was kept or the target is not one of the indicator's own
         */
        Object memo(Indicator indicator, Target target);

        /**
         * Remembers something for one of an indicator's targets, in place of what was kept before; does nothing
         * for a target that is not one of the indicator's own.
         *
         * @param indicator  the indicator, not null
         * @param target  the target, not null
         * @param memo  the memo, immutable (it is published without synchronisation), not null
         */
        void remember(Indicator indicator, Target target, Object memo);
    }

    /**
     * Sets the lender: called once, by the core package when it is loaded.
     *
     * @param lent  the lender, not null
     * @throws IllegalStateException if a lender is set already
     */
    public static void lend(Lender lent) {
        Objects.requireNonNull(lent, "lent");
        synchronized (CoreAccess.class) {
            if (lender != null) {
                throw new IllegalStateException("Invalid state for the core lender (it is set once): already set");
            }
            lender = lent;
        }
    }

    /**
     * Returns the lender.
     *
     * @return the lender, not null
     */
    public static Lender lender() {
        Lender lent = lender;
        if (lent == null) {
            // Loading Rating sets the lender.
            Rating.of(org.outturn.core.Rag.GREEN);
            lent = lender;
        }
        return lent;
    }
}
