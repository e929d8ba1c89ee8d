package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.json.OutturnJson;
import org.outturn.rules.plan.ActionPlan;

final class DatasetsTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = Datasets.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void bexleyTheme1_readStrictly_roundTripsByteForByte() throws IOException {
        OutturnDocument document = Datasets.bexleyTheme1();
        assertThat(document.indicators()).hasSize(57);
        assertThat(document.indicators().get(0).indicator().code()).isEqualTo("ASCH_01");
        assertThat(document.indicators().get(56).indicator().code()).isEqualTo("CS_22");
        assertThat(document.notes()).isNotEmpty();
        assertThat(OutturnJson.strict().write(document)).isEqualTo(resource(Datasets.BEXLEY_THEME_1));
    }

    @Test
    void bromleyChildren_readStrictly_roundTripsByteForByte() throws IOException {
        OutturnDocument document = Datasets.bromleyChildren();
        assertThat(document.indicators()).extracting(e -> e.indicator().code()).containsExactly("14", "15", "16",
                "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33");
        assertThat(document.policies()).containsOnlyKeys("bromley");
        assertThat(document.defaultPolicy()).contains("bromley");
        assertThat(document.indicators()).noneMatch(IndicatorEntry::namesPolicy);
        assertThat(document.indicators()).allSatisfy(entry -> assertThat(entry.notes()).isNotEmpty()
                .as(entry.indicator().code()));
        assertThat(OutturnJson.strict().write(document)).isEqualTo(resource(Datasets.BROMLEY_CHILDREN));
    }

    @Test
    void bexleyActionPlan_readStrictly_roundTripsByteForByte() throws IOException {
        ActionPlan plan = Datasets.bexleyActionPlan();
        assertThat(plan.size()).isEqualTo(128);
        assertThat(plan.duplicates()).hasSize(12);
        OutturnDocument document = OutturnJson.strict().read(resource(Datasets.BEXLEY_ACTION_PLAN));
        assertThat(document.indicators()).isEmpty();
        assertThat(document.actionPlan()).contains(plan);
        assertThat(document.notes()).isNotEmpty();
        assertThat(OutturnJson.strict().write(document)).isEqualTo(resource(Datasets.BEXLEY_ACTION_PLAN));
    }
}
