package org.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outturn.core.ConfidenceInterval;
import org.outturn.core.ConfidenceLevel;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Unit;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

/**
 * The period kinds of public data as keys of outturn maps, and confidence intervals on outturns,
 * through the {@code outturn/1} format: round trips, and one test per message of a rejected interval.
 */
final class PublicDataJsonTest {

    private static final String HEAD = "{\"format\":\"outturn/1\",\"policies\":[{\"name\":\"p\",\"strategy\":"
            + "\"thresholds\"}],\"indicators\":[{\"code\":\"A\",\"title\":\"t\",\"unit\":\"percentage:1\","
            + "\"polarity\":\"HIGHER_IS_BETTER\",\"frequency\":\"ANNUAL\",\"policy\":\"p\",\"outturns\":";

    private static String document(String outturns) {
        return HEAD + outturns + "}]}";
    }

    private static String rejected(String text) {
        return catchThrowableOfType(OutturnJsonException.class, () -> OutturnJson.strict().read(text)).getMessage()
                .replaceFirst(" \\(line \\d+, column \\d+\\)$", "");
    }

    @Test
    void document_outturnsKeyedByEveryNewKind_roundTripsWithIntervals() {
        List<Outturn> outturns = new ArrayList<>();
        for (String period : List.of("2024 Q1", "Autumn 2022", "12 months to Mar-2025", "2017-2019",
                "2017/18-2019/20", "2022/23 Q1-Q3")) {
            outturns.add(Outturn.builder().period(ReportingPeriod.parse(period)).value(new BigDecimal("65.10"))
                    .putConfidenceIntervals(ConfidenceLevel.NINETY_FIVE,
                            ConfidenceInterval.of(new BigDecimal("62.1"), new BigDecimal("68.0")))
                    .putConfidenceIntervals(ConfidenceLevel.NINETY_NINE_POINT_EIGHT,
                            ConfidenceInterval.of(new BigDecimal("60.40"), new BigDecimal("69.6")))
                    .build());
        }
        Indicator indicator = Indicator.builder().code("PHOF_C04").title("Smoking at time of delivery")
                .unit(Unit.percentage(1)).polarity(Polarity.LOWER_IS_BETTER).frequency(Frequency.ANNUAL).build();
        OutturnDocument document = OutturnDocument.of("Public data", null, List.of(),
                List.of(RagPolicy.create("p", "thresholds", java.util.Map.of())), "p",
                List.of(IndicatorEntry.of(indicator, outturns)));
        String json = OutturnJson.strict().write(document);
        OutturnDocument read = OutturnJson.strict().read(json);
        assertThat(read).isEqualTo(document);
        assertThat(OutturnJson.strict().write(read)).isEqualTo(json);
        Outturn first = read.indicators().get(0).outturns().values().iterator().next();
        assertThat(first.confidenceInterval(ConfidenceLevel.NINETY_NINE_POINT_EIGHT).orElseThrow().lowerInclusive())
                .hasToString("60.40");
        assertThat(json).contains("\"2017/18-2019/20\"", "\"12 months to Mar-2025\"", "\"Autumn 2022\"");
    }

    @ParameterizedTest
    @CsvSource({"2017 - 19, 2017-2019", "2017/18 - 19/20, 2017/18-2019/20", "Jan-Mar 2024, 2024 Q1",
        "Spring 2022/23, Spring 2023", "12 months ending March 2025, 12 months to Mar-2025",
        "2022/23 Q1 - Q3, 2022/23 Q1-Q3", "2017/18 - 18/19, 2017/18-2018/19"})
    void read_fingertipsLabelAsKey_isWrittenCanonically(String label, String canonical) {
        OutturnDocument read = OutturnJson.strict().read(document("{\"" + label + "\":{\"value\":1.5}}"));
        assertThat(read.indicators().get(0).outturns().values().iterator().next().period()).hasToString(canonical);
        assertThat(OutturnJson.strict().write(read)).contains("\"" + canonical + "\"");
    }

    @Test
    void read_intervalNotContainingValue_failsNamingBoth() {
        assertThat(rejected(document("{\"2024 Q1\":{\"value\":70.1,\"confidenceIntervals\":{\"NINETY_FIVE\":"
                + "{\"lowerInclusive\":62.1,\"upperInclusive\":68.0}}}}")))
                .isEqualTo("Invalid outturn at $.indicators[0].outturns[\"2024 Q1\"]: Invalid outturn for 2024 Q1 "
                        + "(the 95% confidence interval must contain the value 70.1): 62.1 - 68.0");
    }

    @Test
    void read_intervalLowerAboveUpper_fails() {
        assertThat(rejected(document("{\"2024 Q1\":{\"value\":65.1,\"confidenceIntervals\":{\"NINETY_FIVE\":"
                + "{\"lowerInclusive\":68.0,\"upperInclusive\":62.1}}}}")))
                .isEqualTo("Invalid confidence interval at $.indicators[0].outturns[\"2024 Q1\"].confidenceIntervals.NINETY_FIVE: "
                        + "Invalid value for confidence interval (lower limit must not exceed upper limit): 68.0 - 62.1");
    }

    @Test
    void read_wideIntervalNotContainingNarrow_fails() {
        assertThat(rejected(document("{\"2024 Q1\":{\"value\":65.1,\"confidenceIntervals\":{\"NINETY_FIVE\":"
                + "{\"lowerInclusive\":62.1,\"upperInclusive\":68.0},\"NINETY_NINE_POINT_EIGHT\":"
                + "{\"lowerInclusive\":63.0,\"upperInclusive\":69.6}}}}")))
                .isEqualTo("Invalid outturn at $.indicators[0].outturns[\"2024 Q1\"]: Invalid outturn for 2024 Q1 "
                        + "(the 99.8% confidence interval must contain the 95% one, 62.1 - 68.0): 63.0 - 69.6");
    }

    @Test
    void read_intervalWithoutValue_fails() {
        assertThat(rejected(document("{\"2024 Q1\":{\"missingReason\":\"SUPPRESSED\",\"confidenceIntervals\":"
                + "{\"NINETY_FIVE\":{\"lowerInclusive\":62.1,\"upperInclusive\":68.0}}}}")))
                .isEqualTo("Invalid outturn at $.indicators[0].outturns[\"2024 Q1\"]: Invalid outturn for 2024 Q1 "
                        + "(a confidence interval needs a value): 62.1 - 68.0");
    }

    @Test
    void read_unknownLevel_failsListingLevels() {
        assertThat(rejected(document("{\"2024 Q1\":{\"value\":65.1,\"confidenceIntervals\":{\"95\":"
                + "{\"lowerInclusive\":62.1,\"upperInclusive\":68.0}}}}")))
                .isEqualTo("Invalid confidence level at $.indicators[0].outturns[\"2024 Q1\"].confidenceIntervals[\"95\"]: "
                        + "unknown value '95' (accepted: [NINETY_FIVE, NINETY_NINE_POINT_EIGHT])");
    }

    @Test
    void read_levelTwice_fails() {
        assertThat(rejected(document("{\"2024 Q1\":{\"value\":65.1,\"confidenceIntervals\":{\"NINETY_FIVE\":"
                + "{\"lowerInclusive\":62.1,\"upperInclusive\":68.0},\"NINETY_FIVE\":"
                + "{\"lowerInclusive\":62.1,\"upperInclusive\":68.0}}}}")))
                .isEqualTo("Invalid JSON: Duplicate Object property \"NINETY_FIVE\"");
    }

    @Test
    void read_missingLimit_failsNamingIt() {
        assertThat(rejected(document("{\"2024 Q1\":{\"value\":65.1,\"confidenceIntervals\":{\"NINETY_FIVE\":"
                + "{\"lowerInclusive\":62.1}}}}")))
                .isEqualTo("Invalid confidence interval at $.indicators[0].outturns[\"2024 Q1\"].confidenceIntervals.NINETY_FIVE: "
                        + "missing required field 'upperInclusive'");
    }

    @Test
    void read_unknownIntervalField_failsListingFields() {
        assertThat(rejected(document("{\"2024 Q1\":{\"value\":65.1,\"confidenceIntervals\":{\"NINETY_FIVE\":"
                + "{\"lower\":62.1,\"upperInclusive\":68.0}}}}")))
                .isEqualTo("Invalid confidence interval at $.indicators[0].outturns[\"2024 Q1\"].confidenceIntervals.NINETY_FIVE.lower: "
                        + "unknown field 'lower' (accepted: [lowerInclusive, upperInclusive])");
    }

    @Test
    void read_intervalsNotAnObject_fails() {
        assertThat(rejected(document("{\"2024 Q1\":{\"value\":65.1,\"confidenceIntervals\":[]}}")))
                .isEqualTo("Invalid confidence intervals at $.indicators[0].outturns[\"2024 Q1\"].confidenceIntervals: "
                        + "expected an object, found an array");
    }
}
