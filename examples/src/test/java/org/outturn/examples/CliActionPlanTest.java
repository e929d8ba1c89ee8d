package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outturn.json.OutturnJson;
import org.outturn.rules.plan.ActionPlan;
import org.outturn.rules.plan.ActionPlanItem;
import org.outturn.rules.plan.ActionStatus;
import org.outturn.rules.report.OutturnDocument;
import tools.jackson.databind.JsonNode;

/** The command line's {@code summary} of a document with an action plan. */
final class CliActionPlanTest {

    private static final String DATASET = "bexley-action-plan-2024-25";
    private static final String MINIMAL = "src/test/resources/org/outturn/examples/cli/minimal.json";

    private static String run(int expectedStatus, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(status).isEqualTo(expectedStatus);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void summary_bexleyActionPlan_prints97Of116WithoutTheDuplicatedRows() {
        assertThat(run(0, "summary", DATASET)).isEqualTo(String.join("\n",
                "Bexley corporate action plan 2024/25",
                "action plan: 97 of 116 complete or on track (83.6%) once the 12 duplicated rows are removed",
                "",
                "Action plan              Items  Complete  Green  Amber  Red  Ceased  Complete or on track",
                "-----------------------  -----  --------  -----  -----  ---  ------  --------------------",
                "As printed               128    51        58     17     0    2       109 (85.2%)",
                "Without duplicated rows  116    39        58     17     0    2       97 (83.6%)",
                ""));
    }

    @Test
    void summary_json_countsBothReadings() {
        JsonNode json = OutturnJson.strict().mapper().readTree(run(0, "summary", "--format", "json", DATASET));
        assertThat(json.get("title").asString()).isEqualTo("Bexley corporate action plan 2024/25");
        assertThat(json.get("printed").get("items").asInt()).isEqualTo(128);
        assertThat(json.get("printed").get("completeOrOnTrack").asInt()).isEqualTo(109);
        assertThat(json.get("distinct").get("items").asInt()).isEqualTo(116);
        assertThat(json.get("distinct").get("completeOrOnTrack").asInt()).isEqualTo(97);
        assertThat(json.get("distinct").get("byStatus").get("CEASED").asInt()).isEqualTo(2);
        assertThat(json.get("distinct").get("completeOrOnTrackShare").decimalValue()).isEqualByComparingTo("83.6");
    }

    @Test
    void summary_csv_oneRowPerReading() {
        assertThat(run(0, "summary", "--format", "csv", DATASET).split("\r?\n")).containsExactly(
                "Action plan,Items,Complete,Green,Amber,Red,Ceased,Complete or on track",
                "As printed,128,51,58,17,0,2,109 (85.2%)",
                "Without duplicated rows,116,39,58,17,0,2,97 (83.6%)");
    }

    @Test
    void summary_html_isAWellFormedPageWithBothRows() {
        org.w3c.dom.Document page = Xml.parse(run(0, "summary", "--format", "html", DATASET));
        assertThat(Xml.nodes(page, "//tbody/tr").getLength()).isEqualTo(2);
        assertThat(page.getDocumentElement().getTextContent())
                .contains("Action plan: 97 of 116 complete or on track (83.6%) once the 12 duplicated rows are removed.");
    }

    @Test
    void summary_planWithoutRepeats_hasOneRow() {
        ActionPlan plan = ActionPlan.of(List.of(
                ActionPlanItem.of("Place", "1", "Adopt the plan", ActionStatus.COMPLETE),
                ActionPlanItem.of("Place", "2", "Review parking", ActionStatus.AMBER)));
        assertThat(CliActionPlan.summary("Plan", plan, "text")).isEqualTo(String.join("\n",
                "Plan",
                "action plan: 1 of 2 complete or on track (50.0%)",
                "",
                "Action plan  Items  Complete  Green  Amber  Red  Ceased  Complete or on track",
                "-----------  -----  --------  -----  -----  ---  ------  --------------------",
                "As printed   2      1         0      1      0    0       1 (50.0%)",
                ""));
    }

    @Test
    void summary_indicatorsAndPlan_planFollowsTheScorecardInTextOnly(@TempDir Path dir) throws IOException {
        OutturnDocument minimal = OutturnJson.strict().read(Path.of(MINIMAL));
        ActionPlan plan = ActionPlan.of(List.of(ActionPlanItem.of("Place", "1", "Adopt the plan", ActionStatus.GREEN)));
        Path file = dir.resolve("with-plan.json");
        Files.writeString(file, OutturnJson.strict().write(minimal.withActionPlan(plan)), StandardCharsets.UTF_8);

        assertThat(run(0, "summary", file.toString())).isEqualTo(run(0, "summary", MINIMAL) + "\n"
                + CliActionPlan.summary(minimal.title().orElseThrow(), plan, "text"));
        assertThat(run(0, "summary", "--format", "csv", file.toString()))
                .isEqualTo(run(0, "summary", "--format", "csv", MINIMAL));
    }

    @Test
    void check_bexleyActionPlan_passes() {
        assertThat(run(0, "check", DATASET)).isEqualTo("OK: 0 indicators, 0 outturns, an action plan of 128 items"
                + System.lineSeparator());
    }
}
