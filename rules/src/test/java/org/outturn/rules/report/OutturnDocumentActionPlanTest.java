package org.outturn.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outturn.rules.plan.ActionPlan;
import org.outturn.rules.plan.ActionPlanItem;
import org.outturn.rules.plan.ActionStatus;

final class OutturnDocumentActionPlanTest {

    private static final ActionPlan PLAN = ActionPlan.of(List.of(
            ActionPlanItem.of("Place", "5.1", "Adoption of Local Plan", ActionStatus.COMPLETE),
            ActionPlanItem.of("Place", "5.2", "Bid for funding", ActionStatus.CEASED, "Funding bid not successful")));

    private static final OutturnDocument DOCUMENT = OutturnDocument.of("Plan 2024/25", "Report, p. 3",
            List.of("Read from the printed table."), List.of(), List.of());

    @Test
    void actionPlan_ofFactories_isEmpty() {
        assertThat(DOCUMENT.actionPlan()).isEmpty();
        assertThat(OutturnDocument.of(List.of()).actionPlan()).isEmpty();
    }

    @Test
    void withActionPlan_plan_keepsEverythingElse() {
        OutturnDocument withPlan = DOCUMENT.withActionPlan(PLAN);
        assertThat(withPlan.actionPlan()).contains(PLAN);
        assertThat(withPlan.title()).isEqualTo(DOCUMENT.title());
        assertThat(withPlan.source()).isEqualTo(DOCUMENT.source());
        assertThat(withPlan.notes()).isEqualTo(DOCUMENT.notes());
        assertThat(withPlan.policies()).isEqualTo(DOCUMENT.policies());
        assertThat(withPlan.indicators()).isEqualTo(DOCUMENT.indicators());
        assertThat(DOCUMENT.actionPlan()).isEmpty();
    }

    @Test
    void withActionPlan_secondPlan_replacesFirst() {
        ActionPlan other = ActionPlan.of(PLAN.items().subList(0, 1));
        assertThat(DOCUMENT.withActionPlan(PLAN).withActionPlan(other).actionPlan()).contains(other);
    }

    @Test
    void withActionPlan_null_throwsWithParameterName() {
        assertThatNullPointerException().isThrownBy(() -> DOCUMENT.withActionPlan(null)).withMessage("plan");
    }

    @Test
    void equals_actionPlan_counts() {
        assertThat(DOCUMENT.withActionPlan(PLAN)).isEqualTo(DOCUMENT.withActionPlan(PLAN))
                .hasSameHashCodeAs(DOCUMENT.withActionPlan(PLAN))
                .isNotEqualTo(DOCUMENT);
    }

    @Test
    void toString_withPlan_namesItsSize() {
        assertThat(DOCUMENT).hasToString("OutturnDocument[outturn/1, 0 indicators, 0 policies]");
        assertThat(DOCUMENT.withActionPlan(PLAN))
                .hasToString("OutturnDocument[outturn/1, 0 indicators, 0 policies, action plan of 2 items]");
    }
}
