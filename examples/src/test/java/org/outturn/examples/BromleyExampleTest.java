package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outturn.rules.report.Agreement;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportRow;

final class BromleyExampleTest {

    private static final ReportAssessment REPORT = BromleyExample.compare(Datasets.bromleyChildren());

    private static List<ReportRow> published() {
        return REPORT.rows().stream().filter(row -> row.published().isPresent()).toList();
    }

    @Test
    void compare_dataset_eightColoursAgreeFourDisagree() {
        assertThat(published()).extracting(row -> row.indicator().code()).containsExactly("14", "15", "16", "17",
                "18", "19", "20", "22", "23", "24", "25", "26", "27", "28", "30", "31", "32", "33");
        assertThat(published().stream().filter(row -> row.agreement() == Agreement.AGREES
                && row.published().orElseThrow().isRated()).map(row -> row.indicator().code()))
                .containsExactly("16", "20", "23", "24", "25", "27", "30", "32");
        assertThat(REPORT.reconciliation().summary())
                .isEqualTo("11 agree, 4 disagree, 3 not recomputable (1 no target, 2 no value), 165 not published");
    }

    @Test
    void compare_dataset_disagreementsRecomputedAsDocumented() {
        assertThat(published().stream().filter(row -> row.agreement() == Agreement.DISAGREES)
                .map(row -> row.indicator().code() + " " + CliRows.recomputed(row) + " "
                        + CliRows.rating(row.published().orElseThrow())))
                .containsExactly("17 Amber Green", "19 Amber Green", "26 Red Amber", "28 Red Green");
        assertThat(published().stream().filter(row -> row.agreement() == Agreement.DISAGREES))
                .allSatisfy(row -> assertThat(BromleyExample.reason(row))
                        .contains(BromleyExample.DISAGREEMENT_REASONS.get(row.indicator().code())));
    }

    @Test
    void compare_publishedRatings_judgedOnTheYearToDateOrLatestMonth() {
        assertThat(published().stream().map(row -> row.indicator().code() + "@" + row.period()))
                .contains("25@Sep-2022", "27@Oct-2022", "30@Nov-2022", "32@2022 YTD Nov-2022",
                        "23@2022/23 YTD Sep-2022", "18@2022/23 YTD Nov-2022");
    }

    @Test
    void render_dataset_listsEveryDisagreement() {
        String text = BromleyExample.render(REPORT);
        assertThat(text).contains("Published ratings: 11 agree, 4 disagree, 3 not recomputable (1 no target, "
                + "2 no value), 165 not published");
        assertThat(text).contains("  26: 20 is 5 above the band 12 - 15");
        assertThat(text).contains("  18: the value is suppressed");
        assertThat(text).contains("  22: Unrated: no value for 2022/23 YTD Nov-2022 (Data suppressed, see part 2 report)");
        assertThat(text).contains("  33: Unrated: Not a target measure");
        assertThat(text).doesNotContain("NO_OUTTURN", "NOT_RATED_MEASURE", "AMBER");
    }
}
