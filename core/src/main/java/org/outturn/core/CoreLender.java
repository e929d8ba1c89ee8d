package org.outturn.core;

import java.util.Objects;
import org.outturn.core.internal.CoreAccess;

/** What this package lends {@code org.outturn.rules} through {@link CoreAccess}; stateless and thread-safe. */
final class CoreLender implements CoreAccess.Lender {

    @Override
    public <T> Rating unrated(CoreAccess.Wording<T> wording, T source) {
        return new LazilyWordedRating<>(Objects.requireNonNull(wording, "wording"),
                Objects.requireNonNull(source, "source"));
    }

    @Override
    public Object memo(Indicator indicator, Target target) {
        return indicator.targetIndex().memo(target);
    }

    @Override
    public void remember(Indicator indicator, Target target, Object memo) {
        indicator.targetIndex().remember(target, Objects.requireNonNull(memo, "memo"));
    }
}
