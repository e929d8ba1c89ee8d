package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.outturn.core.Frequency;
import org.outturn.core.MissingReason;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.UnratedReason;

final class BexleyTheme1Test {

    private static final List<BexleyTheme1.Row> ROWS = BexleyTheme1.rows();

    private static BexleyTheme1.Row row(String code) {
        return ROWS.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void rows_readEveryRowOfTheSeedTableInOrder() {
        assertThat(ROWS).hasSize(57);
        assertThat(ROWS.get(0).code()).isEqualTo("ASCH_01");
        assertThat(ROWS.get(56).code()).isEqualTo("CS_22");
        assertThat(ROWS).extracting(BexleyTheme1.Row::code).doesNotHaveDuplicates();
    }

    @Test
    void rows_publishedRagColumn_countsAsPrinted() {
        Map<String, Long> counts = ROWS.stream().collect(Collectors.groupingBy(
                r -> r.publishedRating().rag().map(Rag::displayName)
                        .orElseGet(() -> r.publishedRating().unratedReason().orElseThrow().name()),
                Collectors.counting()));
        assertThat(counts).containsOnly(Map.entry("Green", 12L), Map.entry("Amber", 10L), Map.entry("Red", 6L),
                Map.entry("NO_TARGET", 27L), Map.entry("NO_OUTTURN", 2L));
    }

    @Test
    void rows_keepPublishedScaleAndSign() {
        assertThat(row("ASCH_02").current().value()).hasValueSatisfying(v -> assertThat(v).hasToString("97.32"));
        assertThat(row("ASCH_10").current().value()).hasValueSatisfying(v -> assertThat(v).hasToString("23.30"));
        assertThat(row("CS_20").previous().value()).contains(new BigDecimal("-0.07"));
        assertThat(row("CS_10").current().value()).contains(new BigDecimal("3376"));
    }

    @Test
    void rows_nonValuesKeepReasonAndWording() {
        BexleyTheme1.Row asch33 = row("ASCH_33");
        assertThat(asch33.frequency()).isEqualTo(Frequency.BIENNIAL);
        assertThat(asch33.current().missingReason()).contains(MissingReason.NOT_DUE);
        assertThat(asch33.current().note()).contains("Biennial Data 2026");
        assertThat(asch33.publishedRating()).isEqualTo(Rating.unrated(UnratedReason.NO_OUTTURN, "Target of 18.7"));
        BexleyTheme1.Row asch14 = row("ASCH_14");
        assertThat(asch14.publishedDirection()).isEmpty();
        assertThat(asch14.current().missingReason()).contains(MissingReason.NOT_YET_AVAILABLE);
        assertThat(row("ASCH_08").previous().missingReason()).contains(MissingReason.NEW_INDICATOR);
    }

    @Test
    void rows_unitsFollowCellsAndTitles() {
        Map<String, String> units = ROWS.stream().collect(Collectors.toMap(BexleyTheme1.Row::code,
                r -> r.unit().toString(), (a, b) -> a));
        assertThat(units).contains(Map.entry("ASCH_01", "percentage:1"), Map.entry("ASCH_03", "rate-per-100000:1"),
                Map.entry("ASCH_04", "rate-per-100000:2"), Map.entry("CS_01", "rate-per-10000:2"),
                Map.entry("CS_00", "count:0"), Map.entry("ASCH_24", "duration-years:2"),
                Map.entry("CS_20", "score:2"));
    }

    @Test
    void table_negativeLimit_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> BexleyTheme1.table(ROWS, -1))
                .withMessage("Invalid value for limit (must not be negative): -1");
    }

    @Test
    void rows_directionColumn_onlyUsesSeedWords() {
        assertThat(ROWS.stream().map(BexleyTheme1.Row::publishedDirection).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("increase", "decrease", "no change", "");
        assertThat(ROWS.stream().collect(Collectors.groupingBy(BexleyTheme1.Row::frequency, Collectors.counting())))
                .containsOnlyKeys(Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.ANNUAL, Frequency.BIENNIAL);
    }
}
