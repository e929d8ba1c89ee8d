package org.outturn.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seed 001: Bexley's corporate action plan 2024/25, as transcribed in {@code bexley-action-plan-2024-25.tsv}. */
final class ActionPlanTest {

    private static final String CHILDRENS = "Children’s services";
    private static final ActionPlan RAW = ActionPlan.of(readSeed());
    private static final ActionPlan PLAN = RAW.withoutDuplicates();

    private static List<ActionPlanItem> readSeed() {
        List<ActionPlanItem> items = new ArrayList<>();
        try (InputStream in = ActionPlanTest.class.getResourceAsStream("bexley-action-plan-2024-25.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                assertThat(columns).as(line).hasSize(4);
                if (header) {
                    assertThat(columns).containsExactly("directorate", "reference", "activity", "status");
                    header = false;
                    continue;
                }
                items.add(ActionPlanItem.ofPublished(columns[0], columns[1], columns[2], columns[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    @Test
    void of_seed_keepsAll128PrintedRowsInOrder() {
        assertThat(RAW.size()).isEqualTo(128);
        assertThat(RAW.items()).hasSize(128);
        assertThat(RAW.items().get(0)).hasToString("Adult social care and health 5: "
                + "Implement requirements from Adult Social Care Reform White Paper (Complete)");
        assertThat(RAW.items().get(127)).hasToString("Cross cutting 11: "
                + "Preparing for Adulthood - develop local education options (Green)");
        assertThat(RAW.items()).isUnmodifiable();
    }

    @Test
    void duplicates_seed_areThe12RepeatedPlaceActivities() {
        List<ActionPlanItem> duplicates = RAW.duplicates();
        assertThat(duplicates).hasSize(12);
        assertThat(duplicates).extracting(ActionPlanItem::directorate).containsOnly("Place");
        assertThat(duplicates).extracting(ActionPlanItem::status).containsOnly(ActionStatus.COMPLETE);
        assertThat(duplicates).extracting(ActionPlanItem::reference)
                .containsExactly("36", "81", "85", "91", "94", "95", "104", "108", "109", "110", "112", "113");
        // the second copy is printed straight after the first, in the same order
        List<ActionPlanItem> place = RAW.byDirectorate().get("Place").items();
        assertThat(place.subList(12, 24)).isEqualTo(place.subList(0, 12)).isEqualTo(duplicates);
        assertThat(PLAN.duplicates()).isEmpty();
    }

    @Test
    void withoutDuplicates_seed_116Activities() {
        assertThat(PLAN.size()).isEqualTo(116);
        assertThat(PLAN.items()).doesNotHaveDuplicates();
        assertThat(PLAN.withoutDuplicates()).isSameAs(PLAN);
        assertThat(PLAN.items()).containsExactlyElementsOf(RAW.items().stream().distinct().toList());
    }

    @Test
    void completeOrOnTrack_seed_97Of116ReproducesThePublished83Percent() {
        assertThat(PLAN.completeOrOnTrack()).isEqualTo(97);
        // 97 / 116 = 83.62%: the report's "83%" is that figure truncated; rounded half up it is 84
        assertThat(PLAN.completeOrOnTrackShare()).isEqualTo(new BigDecimal("83.6"));
        assertThat(PLAN.completeOrOnTrackShare(0, RoundingMode.DOWN)).isEqualTo(new BigDecimal("83"));
        assertThat(PLAN.completeOrOnTrackShare(0, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("84"));
    }

    @Test
    void completeOrOnTrack_rawSeed_109Of128IsNot83Percent() {
        // counting the 12 repeated Complete rows twice gives 109 / 128 = 85.16%
        assertThat(RAW.completeOrOnTrack()).isEqualTo(109);
        assertThat(RAW.completeOrOnTrackShare()).isEqualTo(new BigDecimal("85.2"));
        assertThat(RAW.completeOrOnTrackShare(0, RoundingMode.DOWN)).isEqualTo(new BigDecimal("85"));
    }

    @Test
    void countByStatus_seed_noneRedAndTwoCeased() {
        assertThat(PLAN.countByStatus()).containsExactly(
                Map.entry(ActionStatus.COMPLETE, 39L),
                Map.entry(ActionStatus.GREEN, 58L),
                Map.entry(ActionStatus.AMBER, 17L),
                Map.entry(ActionStatus.RED, 0L),
                Map.entry(ActionStatus.CEASED, 2L));
        assertThat(RAW.countByStatus()).containsExactly(
                Map.entry(ActionStatus.COMPLETE, 51L),
                Map.entry(ActionStatus.GREEN, 58L),
                Map.entry(ActionStatus.AMBER, 17L),
                Map.entry(ActionStatus.RED, 0L),
                Map.entry(ActionStatus.CEASED, 2L));
        assertThat(PLAN.count(ActionStatus.RED)).isZero();
        assertThat(PLAN.countByStatus()).isUnmodifiable();
        assertThat(PLAN).hasToString("ActionPlan[items=116, Complete=39, Green=58, Amber=17, Red=0, Ceased=2]");
    }

    @Test
    void ceased_seed_childrensWithReasonAndPlaceWithout() {
        List<ActionPlanItem> ceased = PLAN.items().stream()
                .filter(item -> item.status() == ActionStatus.CEASED).toList();
        assertThat(ceased).hasSize(2);
        ActionPlanItem youthHub = ceased.get(0);
        assertThat(youthHub.directorate()).isEqualTo(CHILDRENS);
        assertThat(youthHub.reference()).isEqualTo("26");
        assertThat(youthHub.activity()).isEqualTo("Options for developing the youth services hub");
        assertThat(youthHub.ceasedReason()).contains("Funding bid not successful");
        // the seed prints Place's reference 80 as "Ceased" with no reason
        ActionPlanItem masterplan = ceased.get(1);
        assertThat(masterplan.directorate()).isEqualTo("Place");
        assertThat(masterplan.reference()).isEqualTo("80");
        assertThat(masterplan.ceasedReason()).isEmpty();
        assertThat(PLAN.byDirectorate().get(CHILDRENS).count(ActionStatus.CEASED)).isEqualTo(1);
    }

    @Test
    void byDirectorate_seed_countsInPrintedOrder() {
        Map<String, ActionPlan> byDirectorate = PLAN.byDirectorate();
        assertThat(byDirectorate.keySet()).containsExactly("Adult social care and health", CHILDRENS,
                "Finance and corporate services", "Place", "Cross cutting");
        assertThat(byDirectorate.get("Adult social care and health"))
                .hasToString("ActionPlan[items=18, Complete=7, Green=4, Amber=7, Red=0, Ceased=0]");
        assertThat(byDirectorate.get(CHILDRENS))
                .hasToString("ActionPlan[items=18, Complete=10, Green=3, Amber=4, Red=0, Ceased=1]");
        assertThat(byDirectorate.get("Finance and corporate services"))
                .hasToString("ActionPlan[items=29, Complete=6, Green=20, Amber=3, Red=0, Ceased=0]");
        assertThat(byDirectorate.get("Place"))
                .hasToString("ActionPlan[items=41, Complete=15, Green=22, Amber=3, Red=0, Ceased=1]");
        assertThat(byDirectorate.get("Cross cutting"))
                .hasToString("ActionPlan[items=10, Complete=1, Green=9, Amber=0, Red=0, Ceased=0]");
        assertThat(RAW.byDirectorate().get("Place").size()).isEqualTo(53);
        assertThat(byDirectorate.values().stream().mapToLong(ActionPlan::completeOrOnTrack).sum()).isEqualTo(97);
        assertThat(byDirectorate).isUnmodifiable();
    }

    @Test
    void references_seed_asPrinted() {
        assertThat(PLAN.items()).extracting(ActionPlanItem::reference).contains("5.1", "72", "1", "115");
        assertThat(PLAN.items()).extracting(ActionPlanItem::reference).doesNotHaveDuplicates();
    }

    @Test
    void duplicates_itemPrintedThreeTimes_listedTwice() {
        ActionPlanItem a = ActionPlanItem.of("Place", "1", "A", ActionStatus.GREEN);
        ActionPlanItem b = ActionPlanItem.of("Place", "2", "B", ActionStatus.AMBER);
        ActionPlanItem bRed = ActionPlanItem.of("Place", "2", "B", ActionStatus.RED);
        ActionPlan plan = ActionPlan.of(List.of(a, b, a, bRed, a));
        assertThat(plan.duplicates()).containsExactly(a, a);
        assertThat(plan.withoutDuplicates().items()).containsExactly(a, b, bRed);
    }

    @Test
    void empty_zeroCountsAndZeroShare() {
        ActionPlan empty = ActionPlan.of(List.of());
        assertThat(empty.size()).isZero();
        assertThat(empty.duplicates()).isEmpty();
        assertThat(empty.completeOrOnTrack()).isZero();
        assertThat(empty.completeOrOnTrackShare()).isEqualTo(new BigDecimal("0.0"));
        assertThat(empty.completeOrOnTrackShare(0, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("0"));
        assertThat(empty.countByStatus()).containsOnlyKeys(ActionStatus.values())
                .allSatisfy((status, count) -> assertThat(count).isZero());
        assertThat(empty.byDirectorate()).isEmpty();
        assertThat(empty).hasToString("ActionPlan[items=0, Complete=0, Green=0, Amber=0, Red=0, Ceased=0]");
    }

    @Test
    void completeOrOnTrackShare_negativeScale_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> PLAN.completeOrOnTrackShare(-1, RoundingMode.DOWN))
                .withMessage("Invalid value for scale (must not be negative): -1");
        assertThatNullPointerException().isThrownBy(() -> PLAN.completeOrOnTrackShare(0, null))
                .withMessage("rounding");
    }

    @Test
    void of_nullItem_namesIndex() {
        List<ActionPlanItem> items = Arrays.asList(PLAN.items().get(0), PLAN.items().get(1), null);
        assertThatNullPointerException().isThrownBy(() -> ActionPlan.of(items)).withMessage("items[2]");
        assertThatNullPointerException().isThrownBy(() -> ActionPlan.of(null)).withMessage("items");
        assertThatNullPointerException().isThrownBy(() -> PLAN.count(null)).withMessage("status");
    }

    @Test
    void equals_sameItemsInOrder() {
        assertThat(ActionPlan.of(RAW.items())).isEqualTo(RAW).hasSameHashCodeAs(RAW);
        assertThat(PLAN).isNotEqualTo(RAW);
    }
}
