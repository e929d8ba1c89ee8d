package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outturn.core.Rag;
import org.outturn.core.UnratedReason;
import org.outturn.rules.Tally;

final class BexleyTheme1ExampleTest {

    private static final List<BexleyTheme1Example.Row> ROWS = BexleyTheme1Example.rows(Datasets.bexleyTheme1());

    @Test
    void rows_dataset_57RowsAll49ComparableDirectionsMatchPublished() {
        assertThat(ROWS).hasSize(57);
        assertThat(ROWS.stream().filter(BexleyTheme1Example.Row::isComparable)).hasSize(49);
        assertThat(ROWS.stream().filter(BexleyTheme1Example.Row::matchesPublished)).hasSize(49);
        assertThat(ROWS.stream().filter(row -> !row.isComparable()).map(BexleyTheme1Example.Row::code))
                .containsExactly("ASCH_08", "ASCH_14", "ASCH_15", "ASCH_33", "ASCH_34", "ASCH_35", "ASCH_37",
                        "ASCH_38");
    }

    @Test
    void publishedTally_dataset_countsAsPublished() {
        Tally tally = BexleyTheme1Example.publishedTally(Datasets.bexleyTheme1());
        assertThat(tally.count(Rag.GREEN)).isEqualTo(12);
        assertThat(tally.count(Rag.AMBER)).isEqualTo(10);
        assertThat(tally.count(Rag.RED)).isEqualTo(6);
        assertThat(tally.count(UnratedReason.NO_TARGET)).isEqualTo(27);
        assertThat(tally.count(UnratedReason.NO_OUTTURN)).isEqualTo(2);
        assertThat(tally.total()).isEqualTo(57);
    }

    @Test
    void render_dataset_endsWithSummary() {
        String text = BexleyTheme1Example.render(ROWS);
        assertThat(text).contains("57 rows; direction recomputed for 49, matching the published column for 49");
        assertThat(text.lines()).hasSize(1 + 57 + 2);
    }

    /**
     * The report prints "no change" for four rows where one year has no value: ASCH_08 (New indicator)
     * and three biennial surveys not due in 2024/25. The library does not guess: not comparable.
     */
    @Test
    void rows_missingValue_notComparableEvenWherePublishedSaysNoChange() {
        java.util.List<BexleyTheme1Example.Row> notComparable = BexleyTheme1Example.rows(Datasets.bexleyTheme1())
                .stream().filter(row -> !row.isComparable()).toList();
        assertThat(notComparable).allSatisfy(row -> assertThat(row.computed().trend())
                .isEqualTo(org.outturn.rules.trend.Trend.NOT_COMPARABLE));
        assertThat(notComparable).filteredOn(row -> row.publishedDirection()
                .equals(java.util.Optional.of(org.outturn.rules.trend.Direction.NO_CHANGE)))
                .extracting(BexleyTheme1Example.Row::code)
                .containsExactly("ASCH_08", "ASCH_35", "ASCH_37", "ASCH_38");
        assertThat(notComparable).filteredOn(row -> row.publishedDirection().isEmpty())
                .extracting(BexleyTheme1Example.Row::code)
                .containsExactly("ASCH_14", "ASCH_15", "ASCH_33", "ASCH_34");
    }
}
