package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

final class RatingTest {

    @Test
    void of_rag_isRatedWithoutReason() {
        Rating rating = Rating.of(Rag.GREEN);
        assertThat(rating.isRated()).isTrue();
        assertThat(rating.rag()).contains(Rag.GREEN);
        assertThat(rating.unratedReason()).isEmpty();
        assertThat(rating.detail()).isEmpty();
        assertThat(rating).hasToString("Green").isSameAs(Rating.of(Rag.GREEN));
    }

    @Test
    void unrated_keepsReasonAndWording() {
        Rating rating = Rating.unrated(UnratedReason.NO_OUTTURN, "Target of 18.7");
        assertThat(rating.isRated()).isFalse();
        assertThat(rating.rag()).isEmpty();
        assertThat(rating.unratedReason()).contains(UnratedReason.NO_OUTTURN);
        assertThat(rating.detail()).contains("Target of 18.7");
        assertThat(rating).hasToString("Unrated (NO_OUTTURN): Target of 18.7");
        assertThat(Rating.unrated(UnratedReason.NO_TARGET)).hasToString("Unrated (NO_TARGET)");
    }

    @Test
    void equals_comparesColourReasonAndWording() {
        assertThat(Rating.unrated(UnratedReason.NO_TARGET, "No Target"))
                .isEqualTo(Rating.unrated(UnratedReason.NO_TARGET, "No Target"))
                .hasSameHashCodeAs(Rating.unrated(UnratedReason.NO_TARGET, "No Target"))
                .isNotEqualTo(Rating.unrated(UnratedReason.NO_TARGET))
                .isNotEqualTo(Rating.unrated(UnratedReason.NOT_RATED_MEASURE, "No Target"));
        assertThat(Rating.of(Rag.RED)).isNotEqualTo(Rating.of(Rag.AMBER));
    }

    @Test
    void unrated_blankWording_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> Rating.unrated(UnratedReason.NO_TARGET, " "))
                .withMessage("Invalid value for detail (must not be blank): ' '");
    }

    @Test
    void factories_null_nameParameter() {
        assertThatNullPointerException().isThrownBy(() -> Rating.of(null)).withMessage("rag");
        assertThatNullPointerException().isThrownBy(() -> Rating.unrated(null)).withMessage("reason");
        assertThatNullPointerException().isThrownBy(() -> Rating.unrated(UnratedReason.NO_TARGET, null))
                .withMessage("detail");
    }

    /** The invariants hold for any construction, not only through the factories. */
    @Test
    void check_colourAndReason_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> ImmutableRating.builder().rag(Rag.RED)
                .unratedReason(UnratedReason.NO_TARGET).build())
                .withMessage("Invalid rating (must have either a colour or an unrated reason): RED and NO_TARGET");
        assertThatIllegalArgumentException().isThrownBy(() -> ImmutableRating.builder().build())
                .withMessage("Invalid rating (must have either a colour or an unrated reason): neither");
    }

    @Test
    void check_ratedWithDetail_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> ImmutableRating.builder().rag(Rag.GREEN)
                .detail("On target").build())
                .withMessage("Invalid rating (a rated result has no detail): On target");
    }

    @Test
    void of_sameColour_sameInstance() {
        assertThat(Rating.of(Rag.AMBER)).isSameAs(Rating.of(Rag.AMBER));
    }
}
