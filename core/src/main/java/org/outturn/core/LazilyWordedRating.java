package org.outturn.core;

import java.util.Optional;
import org.outturn.core.internal.CoreAccess;

/**
 * An unrated {@link Rating} whose wording is built from its source when {@link #detail()} is first asked for,
 * so that a rating that is asked only for its colour builds no text. It equals, hashes and prints as the
 * rating {@code Rating.unrated(reason, detail)} of the same reason and words.
 *
 * <p>This class is immutable in what it shows, and thread-safe: the words are built at most a few times
 * (racy single-check) and are the same each time.
 *
 * @param <T>  the type of the source of the words
 */
final class LazilyWordedRating<T> extends Rating {

    /** The reason and how the words are built: shared by every rating of one kind. */
    private final CoreAccess.Wording<T> wording;
    private final T source;
    /** The words, once built. */
    private volatile String detail;

    LazilyWordedRating(CoreAccess.Wording<T> wording, T source) {
        this.wording = wording;
        this.source = source;
    }

    @Override
    public Optional<Rag> rag() {
        return Optional.empty();
    }

    @Override
    public Optional<UnratedReason> unratedReason() {
        return Optional.of(wording.reason());
    }

    @Override
    public Optional<String> detail() {
        String text = detail;
        if (text == null) {
            text = Checks.notBlank("detail", wording.words(source));
            detail = text;
        }
        return Optional.of(text);
    }
}
