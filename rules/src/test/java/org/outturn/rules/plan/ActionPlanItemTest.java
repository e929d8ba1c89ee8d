package org.outturn.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

final class ActionPlanItemTest {

    @Test
    void of_parts_keepsThemAsGiven() {
        ActionPlanItem item = ActionPlanItem.of("Adult social care and health", "5.1",
                "Prepare for new CQC inspection framework, informed by pilots", ActionStatus.GREEN);
        assertThat(item.directorate()).isEqualTo("Adult social care and health");
        assertThat(item.reference()).isEqualTo("5.1");
        assertThat(item.activity()).isEqualTo("Prepare for new CQC inspection framework, informed by pilots");
        assertThat(item.status()).isEqualTo(ActionStatus.GREEN);
        assertThat(item.ceasedReason()).isEmpty();
        assertThat(item.publishedStatus()).isEqualTo("Green");
        assertThat(item).hasToString("Adult social care and health 5.1: "
                + "Prepare for new CQC inspection framework, informed by pilots (Green)");
    }

    @Test
    void ofPublished_ceasedWithReason_keepsReason() {
        ActionPlanItem item = ActionPlanItem.ofPublished("Children’s services", "26",
                "Options for developing the youth services hub", "Ceased. Funding bid not successful");
        assertThat(item.status()).isEqualTo(ActionStatus.CEASED);
        assertThat(item.ceasedReason()).contains("Funding bid not successful");
        assertThat(item.publishedStatus()).isEqualTo("Ceased. Funding bid not successful");
        assertThat(item).isEqualTo(ActionPlanItem.of("Children’s services", "26",
                "Options for developing the youth services hub", ActionStatus.CEASED, "Funding bid not successful"));
        assertThat(item).hasToString("Children’s services 26: Options for developing the youth services hub "
                + "(Ceased. Funding bid not successful)");
    }

    @Test
    void ofPublished_ceasedWithoutReason_noReason() {
        ActionPlanItem item = ActionPlanItem.ofPublished("Place", "80", "Adoption of Bexleyheath Masterplan", "Ceased");
        assertThat(item.status()).isEqualTo(ActionStatus.CEASED);
        assertThat(item.ceasedReason()).isEmpty();
        assertThat(item.publishedStatus()).isEqualTo("Ceased");
        assertThat(ActionPlanItem.ofPublished("Place", "80", "Adoption of Bexleyheath Masterplan", "Ceased. "))
                .isEqualTo(item);
    }

    @Test
    void ofPublished_publishedStatus_roundTrips() {
        for (String status : new String[] {"Complete", "Green", "Amber", "Red", "Ceased",
                "Ceased. Funding bid not successful"}) {
            ActionPlanItem item =
                    ActionPlanItem.ofPublished("Place", "36", "Small grants programme for Jubilee", status);
            assertThat(item.publishedStatus()).isEqualTo(status);
            assertThat(ActionPlanItem.ofPublished(item.directorate(), item.reference(), item.activity(),
                    item.publishedStatus())).isEqualTo(item);
        }
    }

    @Test
    void of_reasonOnNonCeasedItem_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ActionPlanItem.of("Place", "81", "Adoption of Local Plan", ActionStatus.GREEN,
                        "Funding bid not successful"))
                .withMessage("Invalid value for ceasedReason (only a CEASED item has a reason, status is GREEN): "
                        + "'Funding bid not successful'");
    }

    @Test
    void of_blankParts_fail() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ActionPlanItem.of(" ", "81", "Adoption of Local Plan", ActionStatus.COMPLETE))
                .withMessage("Invalid value for directorate (must not be blank): ' '");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ActionPlanItem.of("Place", "", "Adoption of Local Plan", ActionStatus.COMPLETE))
                .withMessage("Invalid value for reference (must not be blank): ''");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ActionPlanItem.of("Place", "81", "\t", ActionStatus.COMPLETE))
                .withMessage("Invalid value for activity (must not be blank): '\t'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ActionPlanItem.of("Place", "80", "Adoption of Bexleyheath Masterplan",
                        ActionStatus.CEASED, " "))
                .withMessage("Invalid value for ceasedReason (must not be blank): ' '");
    }

    @Test
    void of_surroundingWhiteSpace_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ActionPlanItem.of("Place", " 81", "Adoption of Local Plan", ActionStatus.COMPLETE))
                .withMessage("Invalid value for reference (must not start or end with white space): ' 81'");
    }

    @Test
    void ofPublished_unknownStatus_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ActionPlanItem.ofPublished("Place", "81", "Adoption of Local Plan", "Blue"))
                .withMessage("Unknown action status: 'Blue' (accepted: Complete, Green, Amber, Red, Ceased)");
    }

    @Test
    void of_null_namesParameter() {
        assertThatNullPointerException()
                .isThrownBy(() -> ActionPlanItem.of(null, "81", "Adoption of Local Plan", ActionStatus.COMPLETE))
                .withMessage("directorate");
        assertThatNullPointerException()
                .isThrownBy(() -> ActionPlanItem.of("Place", null, "Adoption of Local Plan", ActionStatus.COMPLETE))
                .withMessage("reference");
        assertThatNullPointerException()
                .isThrownBy(() -> ActionPlanItem.of("Place", "81", null, ActionStatus.COMPLETE))
                .withMessage("activity");
        assertThatNullPointerException()
                .isThrownBy(() -> ActionPlanItem.of("Place", "81", "Adoption of Local Plan", null))
                .withMessage("status");
        assertThatNullPointerException()
                .isThrownBy(() -> ActionPlanItem.of("Place", "80", "Adoption", ActionStatus.CEASED, null))
                .withMessage("ceasedReason");
        assertThatNullPointerException()
                .isThrownBy(() -> ActionPlanItem.ofPublished("Place", "81", "Adoption of Local Plan", null))
                .withMessage("status");
    }

    @Test
    void equals_comparesAllParts() {
        ActionPlanItem item = ActionPlanItem.of("Place", "81", "Adoption of Local Plan", ActionStatus.COMPLETE);
        assertThat(item)
                .isEqualTo(ActionPlanItem.of("Place", "81", "Adoption of Local Plan", ActionStatus.COMPLETE))
                .hasSameHashCodeAs(ActionPlanItem.of("Place", "81", "Adoption of Local Plan", ActionStatus.COMPLETE))
                .isNotEqualTo(ActionPlanItem.of("Place", "81", "Adoption of Local Plan", ActionStatus.GREEN))
                .isNotEqualTo(ActionPlanItem.of("Place", "82", "Adoption of Local Plan", ActionStatus.COMPLETE))
                .isNotEqualTo(ActionPlanItem.of("Cross cutting", "81", "Adoption of Local Plan", ActionStatus.COMPLETE))
                .isNotEqualTo(ActionPlanItem.of("Place", "81", "Adoption of the Local Plan", ActionStatus.COMPLETE));
        assertThat(ActionPlanItem.of("Place", "80", "Adoption", ActionStatus.CEASED))
                .isNotEqualTo(ActionPlanItem.of("Place", "80", "Adoption", ActionStatus.CEASED, "No funding"));
    }
}
