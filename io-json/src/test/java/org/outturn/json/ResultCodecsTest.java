package org.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.UnratedReason;
import org.outturn.rules.plan.ActionPlan;
import org.outturn.rules.plan.ActionPlanItem;
import org.outturn.rules.plan.ActionStatus;
import org.outturn.rules.Assessment;
import org.outturn.rules.trend.Direction;
import org.outturn.rules.trend.DirectionOfTravel;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.Tolerances;
import org.outturn.rules.OutturnHistory;
import org.outturn.rules.Scorecard;
import org.outturn.rules.Tally;
import org.outturn.rules.trend.Trend;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.exc.MismatchedInputException;

final class ResultCodecsTest {

    private static final JsonMapper MAPPER = OutturnJson.strict().mapper();
    private static final FinancialYear FY = FinancialYear.parse("2024/25");
    private static final FinancialYear LAST = FinancialYear.parse("2023/24");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Indicator indicator() {
        return Indicator.builder().code("ASCH_07").title("Reablement").unit(Unit.percentage(1))
                .polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.ANNUAL)
                .putTargets(FY, Target.single(d("71.4"))).build();
    }

    private static Assessment amber() {
        return RagPolicy.create("seed", "tolerance", Map.of("tolerance", "relative 5%"))
                .assess(indicator(), Outturn.of(FY, d("69.9")));
    }

    private static DirectionOfTravel improving() {
        return DirectionOfTravel.between(Outturn.of(LAST, d("93.61")), Outturn.of(FY, d("93.89")),
                Polarity.HIGHER_IS_BETTER, Unit.percentage(2));
    }

    private static <T> T roundTrip(T value, Class<T> type) {
        String json = MAPPER.writeValueAsString(value);
        T read = MAPPER.readValue(json, type);
        assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
        return read;
    }

    private static String rejection(String json, Class<?> type) {
        return catchThrowableOfType(MismatchedInputException.class, () -> MAPPER.readValue(json, type))
                .getOriginalMessage();
    }

    @Test
    void assessment_roundTrip_keepsPartsAndExplanation() {
        Assessment original = amber();
        String json = MAPPER.writeValueAsString(original);
        assertThat(json).contains("\"tolerance\" : \"relative 5%\"").contains("\"judgedValue\" : 69.9")
                .contains("\"reference\" : 71.4").contains("\"distance\" : -1.5")
                .contains("\"relativeDistance\" : -2.10").contains("\"code\" : \"ASCH_07\"")
                .contains("\"period\" : \"2024/25\"").contains("\"rag\" : \"AMBER\"");
        Assessment read = roundTrip(original, Assessment.class);
        assertThat(read.indicator()).isEqualTo(original.indicator());
        assertThat(read.outturn()).isEqualTo(original.outturn());
        assertThat(read.rating()).isEqualTo(original.rating());
        assertThat(read.target()).isEqualTo(original.target());
        assertThat(read.tolerance()).isEqualTo(original.tolerance());
        assertThat(read.judgedValue().map(BigDecimal::toPlainString)).contains("69.9");
        assertThat(read.reference().map(BigDecimal::toPlainString)).contains("71.4");
        assertThat(read.explanation()).isEqualTo(original.explanation())
                .isEqualTo("Amber: 69.9% is 1.5 points (2.1%) below the target of 71.4%, within the 5% tolerance");
    }

    @Test
    void assessment_greenToleranceAndComparison_roundTrip() {
        RagPolicy policy = RagPolicy.create("improved", "tolerance", Map.of("tolerance", "relative 10%",
                "greenTolerance", "relative 1%", "beyondTolerance", "amber-if-improved"));
        Outturn lastYear = Outturn.of(LAST, d("60.0"));
        Assessment original = policy.assess(indicator(), Outturn.of(FY, d("62.0")),
                OutturnHistory.of(List.of(lastYear)));
        String json = MAPPER.writeValueAsString(original);
        assertThat(json).contains("\"greenTolerance\" : \"relative 1%\"")
                .contains("\"comparisonPeriod\" : \"2023/24\"").contains("\"comparison\" : {");
        Assessment read = roundTrip(original, Assessment.class);
        assertThat(read.greenTolerance()).contains(Tolerances.relative(d("1")));
        assertThat(read.comparisonPeriod()).contains(LAST);
        assertThat(read.comparison()).contains(lastYear);
        assertThat(read.explanation()).isEqualTo(original.explanation())
                .isEqualTo("Amber: 62.0% is 9.4 points (13.2%) below the target of 71.4%, outside the 10% tolerance, "
                        + "but no worse than 60.0% in 2023/24");
    }

    @Test
    void assessment_unrated_roundTripKeepsReasonAndDetail() {
        Assessment unrated = Assessment.unrated(indicator(), Outturn.missing(FY, MissingReason.NOT_YET_AVAILABLE),
                null, UnratedReason.NO_OUTTURN, "no value");
        Assessment read = roundTrip(unrated, Assessment.class);
        assertThat(read.rating()).isEqualTo(Rating.unrated(UnratedReason.NO_OUTTURN, "no value"));
        assertThat(read.target()).isEmpty();
        assertThat(read.explanation()).isEqualTo("Unrated: no value");
    }

    @Test
    void assessment_distanceDisagrees_isRejected() {
        String json = MAPPER.writeValueAsString(amber()).replace("\"distance\" : -1.5", "\"distance\" : -1.4");
        assertThat(rejection(json, Assessment.class)).isEqualTo("Invalid assessment at $: field 'distance' "
                + "disagrees with the value recomputed from the inputs (recorded -1.4, recomputed -1.5)");
    }

    @Test
    void assessment_missingExplanation_isRejected() {
        String json = MAPPER.writeValueAsString(amber()).replaceAll(",\\s*\"explanation\" : \"[^\"]*\"", "");
        assertThat(rejection(json, Assessment.class))
                .isEqualTo("Invalid assessment at $: missing required field 'explanation'");
    }

    @Test
    void assessment_badTolerance_isRejected() {
        String json = MAPPER.writeValueAsString(amber()).replace("relative 5%", "five percent");
        assertThat(rejection(json, Assessment.class)).isEqualTo("Invalid tolerance at $.tolerance: "
                + "Invalid tolerance 'five percent' (expected relative N%, absolute N or none)");
    }

    @Test
    void directionOfTravel_roundTrip_writesDerivedFields() {
        DirectionOfTravel dot = improving();
        String json = MAPPER.writeValueAsString(dot);
        assertThat(json).contains("\"direction\" : \"INCREASE\"").contains("\"trend\" : \"IMPROVING\"")
                .contains("\"absoluteChange\" : 0.28").contains("\"percentageChange\" : 0.3")
                .contains("\"percentagePointChange\" : 0.28").contains("\"noChangeThreshold\" : 0")
                .contains("\"explanation\" : \"Improving: 93.89% in 2024/25, up 0.28 points from 93.61% in 2023/24 "
                        + "(0.3%)\"");
        assertThat(roundTrip(dot, DirectionOfTravel.class)).isEqualTo(dot);
    }

    @Test
    void directionOfTravel_notComparable_roundTrips() {
        DirectionOfTravel dot = DirectionOfTravel.between(Outturn.missing(LAST, MissingReason.NEW_INDICATOR),
                Outturn.of(FY, d("5")), Polarity.NONE, Unit.count(0), d("0.5"));
        String json = MAPPER.writeValueAsString(dot);
        assertThat(json).doesNotContain("\"direction\"").doesNotContain("absoluteChange");
        assertThat(roundTrip(dot, DirectionOfTravel.class)).isEqualTo(dot);
    }

    @Test
    void directionOfTravel_derivedOnlyInputs_areRecomputed() {
        String json = "{\"from\": {\"period\": \"2023/24\", \"value\": 346.88}, \"to\": {\"period\": \"2024/25\", "
                + "\"value\": 330.23}, \"polarity\": \"LOWER_IS_BETTER\", \"unit\": \"rate-per-10000:2\"}";
        DirectionOfTravel dot = MAPPER.readValue(json, DirectionOfTravel.class);
        assertThat(dot.trend()).isEqualTo(Trend.IMPROVING);
        assertThat(dot.noChangeThreshold()).isZero();
    }

    @Test
    void directionOfTravel_trendDisagrees_namesFieldRecordedAndRecomputed() {
        String json = MAPPER.writeValueAsString(improving()).replace("\"IMPROVING\"", "\"DECLINING\"");
        assertThat(rejection(json, DirectionOfTravel.class)).isEqualTo("Invalid direction of travel at $: field "
                + "'trend' disagrees with the value recomputed from the inputs (recorded DECLINING, recomputed "
                + "IMPROVING)");
    }

    @Test
    void directionOfTravel_explanationDisagrees_isRejected() {
        String json = MAPPER.writeValueAsString(improving()).replace("up 0.28 points", "up 0.29 points");
        assertThat(rejection(json, DirectionOfTravel.class)).startsWith("Invalid direction of travel at $: field "
                + "'explanation' disagrees with the value recomputed from the inputs (recorded 'Improving: 93.89% "
                + "in 2024/25, up 0.29 points");
    }

    @Test
    void directionOfTravel_samePeriod_isRejected() {
        String json = MAPPER.writeValueAsString(improving()).replace("2023/24", "2024/25")
                .replaceAll(",\\s*\"explanation\" : \"[^\"]*\"", "");
        assertThat(rejection(json, DirectionOfTravel.class)).isEqualTo("Invalid direction of travel at $: "
                + "Invalid value for to (must be for another period than from): 2024/25");
    }

    @Test
    void enums_byName_andUnknownNamesAccepted() {
        assertThat(MAPPER.writeValueAsString(Direction.NO_CHANGE)).isEqualTo("\"NO_CHANGE\"");
        assertThat(MAPPER.readValue("\"NOT_COMPARABLE\"", Trend.class)).isEqualTo(Trend.NOT_COMPARABLE);
        assertThat(MAPPER.readValue("\"CEASED\"", ActionStatus.class)).isEqualTo(ActionStatus.CEASED);
        assertThat(rejection("\"up\"", Direction.class)).isEqualTo("Invalid direction at $: unknown value 'up' "
                + "(accepted: [INCREASE, DECREASE, NO_CHANGE])");
        assertThat(rejection("\"Better\"", Trend.class)).isEqualTo("Invalid trend at $: unknown value 'Better' "
                + "(accepted: [IMPROVING, DECLINING, NO_CHANGE, NOT_COMPARABLE])");
        assertThat(rejection("\"Complete\"", ActionStatus.class)).isEqualTo("Invalid action status at $: unknown "
                + "value 'Complete' (accepted: [COMPLETE, GREEN, AMBER, RED, CEASED]); did you mean 'COMPLETE'?");
    }

    private static Tally tally() {
        return Tally.of(List.of(Rating.of(Rag.GREEN), Rating.of(Rag.GREEN), Rating.of(Rag.RED),
                Rating.unrated(UnratedReason.NO_TARGET, "No Target")));
    }

    @Test
    void tally_roundTrip_writesNonZeroCountsAndTotal() {
        String json = MAPPER.writeValueAsString(tally());
        assertThat(json.replaceAll("\\s", "")).isEqualTo(
                "{\"rag\":{\"RED\":1,\"GREEN\":2},\"unratedReason\":{\"NO_TARGET\":1},\"total\":4}");
        assertThat(roundTrip(tally(), Tally.class)).isEqualTo(tally());
        assertThat(roundTrip(Tally.empty(), Tally.class)).isEqualTo(Tally.empty());
    }

    @Test
    void tally_totalDisagrees_isRejected() {
        assertThat(rejection("{\"rag\": {\"GREEN\": 2}, \"total\": 3}", Tally.class)).isEqualTo("Invalid tally at "
                + "$: field 'total' disagrees with the value recomputed from the inputs (recorded 3, recomputed 2)");
    }

    @Test
    void tally_negativeOrUnknownCount_isRejected() {
        assertThat(rejection("{\"rag\": {\"GREEN\": -2}}", Tally.class))
                .isEqualTo("Invalid count at $.rag.GREEN: count must not be negative: -2");
        assertThat(rejection("{\"rag\": {\"PURPLE\": 2}}", Tally.class))
                .isEqualTo("Invalid rag at $.rag.PURPLE: unknown value 'PURPLE' (accepted: [RED, AMBER, GREEN, BLUE])");
    }

    @Test
    void scorecard_roundTrip_keepsGroupOrder() {
        record Row(String directorate, Rating rating) {
        }
        Scorecard<String> scorecard = Scorecard.of(List.of(new Row("Place", Rating.of(Rag.GREEN)),
                new Row("Adults", Rating.of(Rag.AMBER)), new Row("Place", Rating.unrated(UnratedReason.NO_TARGET))),
                Row::rating, Row::directorate);
        @SuppressWarnings("unchecked")
        Scorecard<String> read = roundTrip(scorecard, Scorecard.class);
        assertThat(read).isEqualTo(scorecard);
        assertThat(read.groups().keySet()).containsExactly("Place", "Adults");
        assertThat(read.total()).isEqualTo(scorecard.total());
    }

    @Test
    void scorecard_totalDisagrees_isRejected() {
        String json = "{\"groups\": {\"Place\": {\"rag\": {\"GREEN\": 1}}}, \"total\": {\"rag\": {\"RED\": 1}}}";
        assertThat(rejection(json, Scorecard.class)).isEqualTo("Invalid scorecard at $: field 'total' disagrees "
                + "with the value recomputed from the inputs (recorded Tally[total=1, Green=0, Amber=0, Red=1, "
                + "unrated=0], recomputed Tally[total=1, Green=1, Amber=0, Red=0, unrated=0])");
    }

    private static ActionPlan plan() {
        return ActionPlan.of(List.of(ActionPlanItem.of("Place", "5.1", "Adoption of Local Plan", ActionStatus.COMPLETE),
                ActionPlanItem.of("Place", "5.2", "Bid for funding", ActionStatus.CEASED, "Funding bid not successful"),
                ActionPlanItem.of("Place", "5.1", "Adoption of Local Plan", ActionStatus.COMPLETE)));
    }

    @Test
    void actionPlan_roundTrip_keepsOrderAndRepeats() {
        String json = MAPPER.writeValueAsString(plan());
        assertThat(json).startsWith("{\n  \"items\" : [").contains("\"ceasedReason\" : \"Funding bid not successful\"");
        assertThat(roundTrip(plan(), ActionPlan.class)).isEqualTo(plan());
        ActionPlanItem item = plan().items().get(1);
        assertThat(roundTrip(item, ActionPlanItem.class)).isEqualTo(item);
    }

    @Test
    void actionPlanItem_reasonWithoutCeased_isRejected() {
        String json = "{\"directorate\": \"Place\", \"reference\": \"5.2\", \"activity\": \"Bid\", \"status\": \"GREEN\", "
                + "\"ceasedReason\": \"Funding bid not successful\"}";
        assertThat(rejection(json, ActionPlanItem.class)).isEqualTo("Invalid action plan item at $: Invalid value "
                + "for ceasedReason (only a CEASED item has a reason, status is GREEN): 'Funding bid not successful'");
    }

    @Test
    void actionPlan_missingItems_isRejected() {
        assertThat(rejection("{}", ActionPlan.class)).isEqualTo("Invalid action plan at $: missing required field "
                + "'items'");
        assertThat(rejection("{\"items\": [{\"directorate\": \"Place\"}]}", ActionPlan.class))
                .isEqualTo("Invalid action plan item at $.items[0]: missing required field 'reference'");
    }
}
