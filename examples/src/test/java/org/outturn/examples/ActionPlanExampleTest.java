package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class ActionPlanExampleTest {

    @Test
    void summarise_dataset_publishedHeadlineFromDistinctRows() {
        ActionPlanExample.Summary summary = ActionPlanExample.summarise(Datasets.bexleyActionPlan());
        assertThat(summary.printed()).isEqualTo(128);
        assertThat(summary.duplicates()).isEqualTo(12);
        assertThat(summary.distinct()).isEqualTo(116);
        assertThat(summary.distinctCompleteOrOnTrack()).isEqualTo(97);
        assertThat(summary.printedCompleteOrOnTrack()).isEqualTo(109);
        assertThat(summary.distinctShare()).isEqualByComparingTo(new BigDecimal("83"));
        assertThat(summary.printedShare()).isEqualByComparingTo(new BigDecimal("85"));
        assertThat(summary.toString()).contains("97 of 116 complete or on track (83%");
    }
}
