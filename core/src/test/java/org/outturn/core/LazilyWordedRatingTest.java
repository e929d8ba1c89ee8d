package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.outturn.core.internal.CoreAccess;

/** An unrated rating worded when asked for equals, hashes and prints as one worded at once. */
final class LazilyWordedRatingTest {

    /** Words a number, counting how often it is asked. */
    private static final class Counting implements CoreAccess.Wording<Integer> {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public UnratedReason reason() {
            return UnratedReason.NO_OUTTURN;
        }

        @Override
        public String words(Integer source) {
            calls.incrementAndGet();
            return "no value for case " + source;
        }
    }

    @Test
    void unrated_buildsNoWords_untilTheDetailIsAskedFor() {
        Counting wording = new Counting();
        Rating rating = CoreAccess.lender().unrated(wording, 7);
        assertThat(rating.isRated()).isFalse();
        assertThat(rating.rag()).isEmpty();
        assertThat(rating.unratedReason()).contains(UnratedReason.NO_OUTTURN);
        assertThat(wording.calls).hasValue(0);
        assertThat(rating.detail()).contains("no value for case 7");
        assertThat(rating.detail()).contains("no value for case 7");
        assertThat(wording.calls).hasValue(1);
    }

    @Test
    void unrated_equalsHashesAndPrintsAsTheEagerRating() {
        for (int i = 0; i < 50; i++) {
            Rating lazy = CoreAccess.lender().unrated(new Counting(), i);
            Rating eager = Rating.unrated(UnratedReason.NO_OUTTURN, "no value for case " + i);
            assertThat(lazy).isEqualTo(eager);
            assertThat(eager).isEqualTo(lazy);
            assertThat(lazy.hashCode()).isEqualTo(eager.hashCode());
            assertThat(lazy).hasToString(eager.toString()).hasToString("Unrated (NO_OUTTURN): no value for case " + i);
            assertThat(lazy).isNotEqualTo(Rating.unrated(UnratedReason.NO_OUTTURN, "no value for case " + (i + 1)))
                    .isNotEqualTo(Rating.unrated(UnratedReason.NO_TARGET, "no value for case " + i))
                    .isNotEqualTo(Rating.unrated(UnratedReason.NO_OUTTURN))
                    .isNotEqualTo(Rating.of(Rag.GREEN));
        }
    }
}
