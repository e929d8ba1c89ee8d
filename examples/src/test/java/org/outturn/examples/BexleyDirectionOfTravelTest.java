package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.outturn.core.Polarity;
import org.outturn.rules.Direction;
import org.outturn.rules.DirectionOfTravel;
import org.outturn.rules.Trend;

/**
 * Recomputes the direction of travel column of Bexley's priority theme 1 table (seed
 * {@code 000_f747e9a24b7fea22}) from the two published outturns, and checks it against what the
 * report printed. The report gives no polarity, so {@link Polarity#NONE} is used: only the raw
 * direction is compared, never the trend.
 */
final class BexleyDirectionOfTravelTest {

    private static final List<BexleyTheme1.Row> ROWS = BexleyTheme1.rows();

    @Test
    void between_everyRowWithBothValues_matchesPublishedDirection() {
        List<String> compared = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        for (BexleyTheme1.Row row : ROWS) {
            if (!row.previous().isAvailable() || !row.current().isAvailable()) {
                skipped.add(row.code());
                continue;
            }
            compared.add(row.code());
            DirectionOfTravel dot = DirectionOfTravel.between(row.previous(), row.current(), Polarity.NONE, row.unit());
            Direction published = Direction.parseLenient(row.publishedDirection());
            if (!dot.direction().equals(Optional.of(published))) {
                mismatches.add(row.code() + ": published " + published + ", computed " + dot.direction()
                        + " (" + dot.explanation() + ")");
            }
        }
        assertThat(compared).hasSize(49);
        assertThat(skipped).containsExactly("ASCH_08", "ASCH_14", "ASCH_15", "ASCH_33", "ASCH_34", "ASCH_35",
                "ASCH_37", "ASCH_38");
        assertThat(compared.size() + skipped.size()).isEqualTo(ROWS.size());
        assertThat(mismatches).as("rows whose published direction differs from the recomputed one").isEmpty();
    }

    @Test
    void between_rowWithAMissingValue_isNotComparableEvenWherePublishedSaysNoChange() {
        // The report prints "no change" for four rows where one year has no value: ASCH_08 (New indicator)
        // and three biennial surveys not due in 2024/25. The library does not guess: not comparable.
        List<String> publishedNoChange = new ArrayList<>();
        for (BexleyTheme1.Row row : ROWS) {
            if (row.previous().isAvailable() && row.current().isAvailable()) {
                continue;
            }
            DirectionOfTravel dot = DirectionOfTravel.between(row.previous(), row.current(), Polarity.NONE, row.unit());
            assertThat(dot.direction()).as(row.code()).isEmpty();
            assertThat(dot.trend()).as(row.code()).isEqualTo(Trend.NOT_COMPARABLE);
            if (row.publishedDirection().equals("no change")) {
                publishedNoChange.add(row.code());
            } else {
                assertThat(row.publishedDirection()).as(row.code()).isEmpty();
            }
        }
        assertThat(publishedNoChange).containsExactly("ASCH_08", "ASCH_35", "ASCH_37", "ASCH_38");
    }

    @Test
    void explanation_careLeaversInSuitableAccommodation_readsAsTheReportWouldSayIt() {
        BexleyTheme1.Row cs06 = ROWS.stream().filter(r -> r.code().equals("CS_06")).findFirst().orElseThrow();
        DirectionOfTravel dot = DirectionOfTravel.between(cs06.previous(), cs06.current(), Polarity.HIGHER_IS_BETTER,
                cs06.unit());
        assertThat(dot.explanation())
                .isEqualTo("Improving: 93.89% in 2024/25, up 0.28 points from 93.61% in 2023/24 (0.3%)");
        BexleyTheme1.Row asch08 = ROWS.stream().filter(r -> r.code().equals("ASCH_08")).findFirst().orElseThrow();
        assertThat(DirectionOfTravel.between(asch08.previous(), asch08.current(), Polarity.HIGHER_IS_BETTER,
                asch08.unit()).explanation()).isEqualTo("Not comparable: no value for 2023/24 (New indicator)");
    }
}
