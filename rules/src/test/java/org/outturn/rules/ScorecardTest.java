package org.outturn.rules;

import static org.assertj.core.api.Assertions.assertThat;
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

final class ScorecardTest {

    /** A hand-made row of a performance report: an indicator, its directorate and its rating. */
    private record Row(String code, String directorate, Rating rating) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("ASCH_01", "Adults", Rating.of(Rag.GREEN)),
            new Row("CS_09", "Children", Rating.of(Rag.RED)),
            new Row("ASCH_02", "Adults", Rating.of(Rag.AMBER)),
            new Row("PL_01", "Place", Rating.unrated(UnratedReason.NO_TARGET, "No Target")),
            new Row("CS_10", "Children", Rating.of(Rag.GREEN)),
            new Row("ASCH_03", "Adults", Rating.unrated(UnratedReason.NO_OUTTURN, "Not yet available")),
            new Row("ASCH_04", "Adults", Rating.of(Rag.GREEN)),
            new Row("PL_02", "Place", Rating.of(Rag.BLUE)));

    @Test
    void of_grouped_tallyPerGroupInFirstSeenOrder() {
        Scorecard<String> scorecard = Scorecard.of(ROWS, Row::rating, Row::directorate);
        assertThat(scorecard.groups()).containsOnlyKeys("Adults", "Children", "Place");
        assertThat(scorecard.groups().keySet()).containsExactly("Adults", "Children", "Place");
        Tally adults = scorecard.groups().get("Adults");
        assertThat(adults.total()).isEqualTo(4);
        assertThat(adults.count(Rag.GREEN)).isEqualTo(2);
        assertThat(adults.count(Rag.AMBER)).isEqualTo(1);
        assertThat(adults.count(UnratedReason.NO_OUTTURN)).isEqualTo(1);
        assertThat(adults.share(Rag.GREEN)).isEqualTo(new BigDecimal("50.0"));
        assertThat(adults.shareOfRated(Rag.GREEN)).isEqualTo(new BigDecimal("66.7"));
        assertThat(scorecard.group("Children")).get()
                .hasToString("Tally[total=2, Green=1, Amber=0, Red=1, unrated=0]");
        assertThat(scorecard.group("Place")).get()
                .hasToString("Tally[total=2, Blue=1, Green=0, Amber=0, Red=0, unrated=1 {NO_TARGET=1}]");
        assertThat(scorecard.group("Finance")).isEmpty();
    }

    @Test
    void total_grouped_countsAllItems() {
        Tally total = Scorecard.of(ROWS, Row::rating, Row::directorate).total();
        assertThat(total).isEqualTo(Tally.of(ROWS.stream().map(Row::rating).toList()));
        assertThat(total).hasToString(
                "Tally[total=8, Blue=1, Green=3, Amber=1, Red=1, unrated=2 {NO_TARGET=1, NO_OUTTURN=1}]");
        assertThat(total.shareAtLeast(Rag.GREEN)).isEqualTo(new BigDecimal("50.0"));
        assertThat(total.shareOfRated(Rag.RED)).isEqualTo(new BigDecimal("16.7"));
    }

    @Test
    void total_isSumOfGroups() {
        Scorecard<String> scorecard = Scorecard.of(ROWS, Row::rating, Row::directorate);
        for (Rag rag : Rag.values()) {
            assertThat(scorecard.groups().values().stream().mapToLong(t -> t.count(rag)).sum())
                    .isEqualTo(scorecard.total().count(rag));
        }
        for (UnratedReason reason : UnratedReason.values()) {
            assertThat(scorecard.groups().values().stream().mapToLong(t -> t.count(reason)).sum())
                    .isEqualTo(scorecard.total().count(reason));
        }
    }

    @Test
    void of_groupedByNonStringKey_keepsFirstSeenOrder() {
        Scorecard<Integer> byLength = Scorecard.of(ROWS, Row::rating, row -> row.code().length());
        assertThat(byLength.groups().keySet()).containsExactly(7, 5);
        assertThat(byLength.groups().get(5).total()).isEqualTo(4);
    }

    @Test
    void of_ungrouped_oneGroupNamedAll() {
        Scorecard<String> scorecard = Scorecard.of(ROWS, Row::rating);
        assertThat(scorecard.groups()).containsOnlyKeys(Scorecard.ALL);
        assertThat(scorecard.group("All")).contains(scorecard.total());
        assertThat(scorecard.total()).isEqualTo(Scorecard.of(ROWS, Row::rating, Row::directorate).total());
    }

    @Test
    void of_empty_noGroupsAndEmptyTotal() {
        Scorecard<String> grouped = Scorecard.of(List.<Row>of(), Row::rating, Row::directorate);
        assertThat(grouped.groups()).isEmpty();
        assertThat(grouped.total()).isEqualTo(Tally.empty());
        assertThat(grouped.total().share(Rag.GREEN)).isEqualTo(new BigDecimal("0.0"));
        assertThat(grouped).hasToString(
                "Scorecard[total=Tally[total=0, Green=0, Amber=0, Red=0, unrated=0], groups={}]");

        Scorecard<String> ungrouped = Scorecard.of(List.<Row>of(), Row::rating);
        assertThat(ungrouped.groups()).containsExactly(Map.entry("All", Tally.empty()));
    }

    @Test
    void groups_isUnmodifiable() {
        Scorecard<String> scorecard = Scorecard.of(ROWS, Row::rating, Row::directorate);
        assertThat(scorecard.groups()).isUnmodifiable();
        assertThat(Scorecard.of(ROWS, Row::rating).groups()).isUnmodifiable();
    }

    @Test
    void equals_sameGroupsInSameOrder_equal() {
        Scorecard<String> scorecard = Scorecard.of(ROWS, Row::rating, Row::directorate);
        assertThat(scorecard)
                .isEqualTo(Scorecard.of(ROWS, Row::rating, Row::directorate))
                .hasSameHashCodeAs(Scorecard.of(ROWS, Row::rating, Row::directorate))
                .isNotEqualTo(Scorecard.of(ROWS.subList(1, ROWS.size()), Row::rating, Row::directorate))
                .isNotEqualTo(Scorecard.of(ROWS, Row::rating));
        List<Row> reversed = new ArrayList<>(ROWS);
        Collections.reverse(reversed);
        assertThat(Scorecard.of(reversed, Row::rating, Row::directorate).groups())
                .isEqualTo(scorecard.groups());
        assertThat(Scorecard.of(reversed, Row::rating, Row::directorate)).isNotEqualTo(scorecard);
    }

    @Test
    void toString_listsTotalAndGroups() {
        Scorecard<String> scorecard = Scorecard.of(ROWS.subList(0, 3), Row::rating, Row::directorate);
        assertThat(scorecard).hasToString("Scorecard[total=Tally[total=3, Green=1, Amber=1, Red=1, unrated=0], "
                + "groups={Adults=Tally[total=2, Green=1, Amber=1, Red=0, unrated=0], "
                + "Children=Tally[total=1, Green=0, Amber=0, Red=1, unrated=0]}]");
    }

    @Test
    void of_nullRating_namesItemIndex() {
        List<Row> rows = List.of(ROWS.get(0), new Row("CS_99", "Children", null));
        assertThatNullPointerException().isThrownBy(() -> Scorecard.of(rows, Row::rating, Row::directorate))
                .withMessage("rating(items[1])");
        assertThatNullPointerException().isThrownBy(() -> Scorecard.of(rows, Row::rating))
                .withMessage("rating(items[1])");
    }

    @Test
    void of_nullGroup_namesItemIndex() {
        List<Row> rows = List.of(ROWS.get(0), ROWS.get(1), new Row("XX_01", null, Rating.of(Rag.RED)));
        assertThatNullPointerException().isThrownBy(() -> Scorecard.of(rows, Row::rating, Row::directorate))
                .withMessage("group(items[2])");
    }

    @Test
    void of_nullItem_namesIndex() {
        List<Row> rows = Arrays.asList(ROWS.get(0), null);
        assertThatNullPointerException().isThrownBy(() -> Scorecard.of(rows, Row::rating, Row::directorate))
                .withMessage("items[1]");
    }

    @Test
    void of_nullArguments_nameParameter() {
        assertThatNullPointerException().isThrownBy(() -> Scorecard.of(null, Row::rating, Row::directorate))
                .withMessage("items");
        assertThatNullPointerException().isThrownBy(() -> Scorecard.of(ROWS, null, Row::directorate))
                .withMessage("rating");
        assertThatNullPointerException().isThrownBy(() -> Scorecard.of(ROWS, Row::rating, null))
                .withMessage("group");
        assertThatNullPointerException().isThrownBy(() -> Scorecard.of(ROWS, Row::rating).group(null))
                .withMessage("key");
    }

    @Test
    void ofTallies_equalsScorecardOfItemsAndSumsTotal() {
        Scorecard<String> counted = Scorecard.of(ROWS, Row::rating, Row::directorate);
        Scorecard<String> restored = Scorecard.ofTallies(counted.groups());
        assertThat(restored).isEqualTo(counted);
        assertThat(restored.groups().keySet()).containsExactlyElementsOf(counted.groups().keySet());
        assertThat(restored.total()).isEqualTo(counted.total());
        assertThat(Scorecard.ofTallies(Map.of()).total()).isEqualTo(Tally.empty());
    }
}
