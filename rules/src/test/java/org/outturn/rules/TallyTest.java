package org.outturn.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.UnratedReason;

final class TallyTest {

    private static final Rating GREEN = Rating.of(Rag.GREEN);
    private static final Rating AMBER = Rating.of(Rag.AMBER);
    private static final Rating RED = Rating.of(Rag.RED);
    private static final Rating BLUE = Rating.of(Rag.BLUE);
    private static final Rating NO_TARGET = Rating.unrated(UnratedReason.NO_TARGET, "No Target");
    private static final Rating NO_OUTTURN = Rating.unrated(UnratedReason.NO_OUTTURN);

    /** A hand-made theme: 57 rows, 12 Green, 10 Amber, 6 Red, 27 with no target, 2 with no outturn. */
    private static List<Rating> themeOne() {
        List<Rating> ratings = new ArrayList<>();
        ratings.addAll(Collections.nCopies(12, GREEN));
        ratings.addAll(Collections.nCopies(27, NO_TARGET));
        ratings.addAll(Collections.nCopies(10, AMBER));
        ratings.addAll(Collections.nCopies(2, NO_OUTTURN));
        ratings.addAll(Collections.nCopies(6, RED));
        return ratings;
    }

    @Test
    void of_ratings_countsColoursAndReasons() {
        Tally tally = Tally.of(themeOne());
        assertThat(tally.total()).isEqualTo(57);
        assertThat(tally.rated()).isEqualTo(28);
        assertThat(tally.unrated()).isEqualTo(29);
        assertThat(tally.count(Rag.GREEN)).isEqualTo(12);
        assertThat(tally.count(Rag.AMBER)).isEqualTo(10);
        assertThat(tally.count(Rag.RED)).isEqualTo(6);
        assertThat(tally.count(Rag.BLUE)).isZero();
        assertThat(tally.count(UnratedReason.NO_TARGET)).isEqualTo(27);
        assertThat(tally.count(UnratedReason.NO_OUTTURN)).isEqualTo(2);
        assertThat(tally.count(UnratedReason.NOT_COMPARABLE)).isZero();
        assertThat(tally.isEmpty()).isFalse();
    }

    @Test
    void toString_themeOne_listsColoursBestFirstAndNonZeroReasons() {
        assertThat(Tally.of(themeOne()))
                .hasToString("Tally[total=57, Green=12, Amber=10, Red=6, unrated=29 {NO_TARGET=27, NO_OUTTURN=2}]");
        assertThat(Tally.of(List.of(BLUE, GREEN)))
                .hasToString("Tally[total=2, Blue=1, Green=1, Amber=0, Red=0, unrated=0]");
        assertThat(Tally.empty()).hasToString("Tally[total=0, Green=0, Amber=0, Red=0, unrated=0]");
    }

    @Test
    void share_themeOne_percentOfAllItemsHalfUpToOneDecimal() {
        Tally tally = Tally.of(themeOne());
        // 12 / 57 = 21.052..., 10 / 57 = 17.543..., 6 / 57 = 10.526..., 27 / 57 = 47.368...
        assertThat(tally.share(Rag.GREEN)).isEqualTo(new BigDecimal("21.1"));
        assertThat(tally.share(Rag.AMBER)).isEqualTo(new BigDecimal("17.5"));
        assertThat(tally.share(Rag.RED)).isEqualTo(new BigDecimal("10.5"));
        assertThat(tally.share(Rag.BLUE)).isEqualTo(new BigDecimal("0.0"));
        assertThat(tally.share(UnratedReason.NO_TARGET)).isEqualTo(new BigDecimal("47.4"));
    }

    @Test
    void shareOfRated_themeOne_percentOfRatedItems() {
        Tally tally = Tally.of(themeOne());
        // 12 / 28 = 42.857..., 10 / 28 = 35.714..., 6 / 28 = 21.428...
        assertThat(tally.shareOfRated(Rag.GREEN)).isEqualTo(new BigDecimal("42.9"));
        assertThat(tally.shareOfRated(Rag.AMBER)).isEqualTo(new BigDecimal("35.7"));
        assertThat(tally.shareOfRated(Rag.RED)).isEqualTo(new BigDecimal("21.4"));
    }

    @Test
    void share_exactHalf_roundsUp() {
        // 1 / 8 = 12.5 exactly; 1 / 16 = 6.25 -> 6.3; 1 / 3 = 33.33... -> 33.3; 2 / 3 = 66.66... -> 66.7
        List<Rating> eight = new ArrayList<>(Collections.nCopies(7, RED));
        eight.add(GREEN);
        assertThat(Tally.of(eight).share(Rag.GREEN)).isEqualTo(new BigDecimal("12.5"));
        List<Rating> sixteen = new ArrayList<>(Collections.nCopies(15, RED));
        sixteen.add(GREEN);
        assertThat(Tally.of(sixteen).share(Rag.GREEN)).isEqualTo(new BigDecimal("6.3"));
        Tally thirds = Tally.of(List.of(GREEN, RED, RED));
        assertThat(thirds.share(Rag.GREEN)).isEqualTo(new BigDecimal("33.3"));
        assertThat(thirds.share(Rag.RED)).isEqualTo(new BigDecimal("66.7"));
        assertThat(Tally.of(List.of(GREEN)).share(Rag.GREEN)).isEqualTo(new BigDecimal("100.0"));
    }

    @Test
    void countAtLeast_green_countsGreenAndBlue() {
        Tally tally = Tally.of(List.of(BLUE, GREEN, GREEN, AMBER, RED, NO_TARGET));
        assertThat(tally.countAtLeast(Rag.BLUE)).isEqualTo(1);
        assertThat(tally.countAtLeast(Rag.GREEN)).isEqualTo(3);
        assertThat(tally.countAtLeast(Rag.AMBER)).isEqualTo(4);
        assertThat(tally.countAtLeast(Rag.RED)).isEqualTo(5);
        assertThat(tally.shareAtLeast(Rag.GREEN)).isEqualTo(new BigDecimal("50.0"));
        assertThat(tally.shareAtLeast(Rag.RED)).isEqualTo(new BigDecimal("83.3"));
    }

    @Test
    void empty_sharesAreZero() {
        Tally empty = Tally.of(List.of());
        assertThat(empty).isEqualTo(Tally.empty()).isSameAs(Tally.empty());
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.total()).isZero();
        for (Rag rag : Rag.values()) {
            assertThat(empty.count(rag)).isZero();
            assertThat(empty.share(rag)).isEqualTo(new BigDecimal("0.0"));
            assertThat(empty.shareOfRated(rag)).isEqualTo(new BigDecimal("0.0"));
            assertThat(empty.shareAtLeast(rag)).isEqualTo(new BigDecimal("0.0"));
        }
    }

    @Test
    void shareOfRated_noneRated_isZero() {
        Tally tally = Tally.of(List.of(NO_TARGET, NO_OUTTURN));
        assertThat(tally.rated()).isZero();
        assertThat(tally.shareOfRated(Rag.GREEN)).isEqualTo(new BigDecimal("0.0"));
        assertThat(tally.share(UnratedReason.NO_OUTTURN)).isEqualTo(new BigDecimal("50.0"));
    }

    @Test
    void equals_sameCountsInAnyOrder_equal() {
        Tally tally = Tally.of(List.of(GREEN, RED, NO_TARGET));
        assertThat(tally)
                .isEqualTo(Tally.of(List.of(NO_TARGET, RED, GREEN)))
                .hasSameHashCodeAs(Tally.of(List.of(NO_TARGET, RED, GREEN)))
                // the reason counts, not the wording
                .isEqualTo(Tally.of(List.of(GREEN, RED, Rating.unrated(UnratedReason.NO_TARGET))))
                .isNotEqualTo(Tally.of(List.of(GREEN, RED, NO_OUTTURN)))
                .isNotEqualTo(Tally.of(List.of(GREEN, AMBER, NO_TARGET)));
    }

    @Test
    void of_nullElement_namesIndex() {
        assertThatNullPointerException().isThrownBy(() -> Tally.of(Arrays.asList(GREEN, RED, null)))
                .withMessage("ratings[2]");
        assertThatNullPointerException().isThrownBy(() -> Tally.of(null)).withMessage("ratings");
    }

    @Test
    void queries_null_nameParameter() {
        Tally tally = Tally.empty();
        assertThatNullPointerException().isThrownBy(() -> tally.count((Rag) null)).withMessage("rag");
        assertThatNullPointerException().isThrownBy(() -> tally.count((UnratedReason) null)).withMessage("reason");
        assertThatNullPointerException().isThrownBy(() -> tally.share((Rag) null)).withMessage("rag");
        assertThatNullPointerException().isThrownBy(() -> tally.shareAtLeast(null)).withMessage("rag");
    }

    @Test
    void ofCounts_equalsTallyOfRatingsWithThoseCounts() {
        Tally tally = Tally.ofCounts(Map.of(Rag.GREEN, 12L, Rag.AMBER, 10L, Rag.RED, 6L, Rag.BLUE, 0L),
                Map.of(UnratedReason.NO_TARGET, 27L, UnratedReason.NO_OUTTURN, 2L));
        assertThat(tally).isEqualTo(Tally.of(themeOne())).hasSameHashCodeAs(Tally.of(themeOne()));
        assertThat(Tally.ofCounts(Map.of(), Map.of())).isEqualTo(Tally.empty());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Tally.ofCounts(Map.of(Rag.GREEN, -1L), Map.of()))
                .withMessage("Invalid value for count of GREEN (must not be negative): -1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Tally.ofCounts(Map.of(Rag.GREEN, Long.MAX_VALUE),
                        Map.of(UnratedReason.NO_TARGET, 1L)))
                .withMessageStartingWith("Invalid value for counts (total must not exceed 9223372036854775807)");
    }
}
