package org.outturn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outturn.stats.Confidence.NINETY_FIVE;
import static org.outturn.stats.Confidence.NINETY_NINE_POINT_EIGHT;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outturn.core.ConfidenceInterval;

/** Runs the examples of the table in {@code stats/README.md} and checks each printed row. */
final class ReadmeExamplesTest {

    static Map<String, Estimate> examples() {
        List<ReferenceBand> reference = List.of(ReferenceBand.of("0-64", 10_000, 1_000, 1_000_000),
                ReferenceBand.of("65+", 2_000, 15_000, 2_000_000));
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("0-64", BigDecimal.valueOf(60_000));
        weights.put("65+", BigDecimal.valueOf(40_000));
        StandardPopulation twoBands = StandardPopulation.of("Two bands", weights);
        List<BandCounts> bands = List.of(BandCounts.of("0-64", 20, 10_000), BandCounts.of("65+", 30, 2_000));

        Map<String, Estimate> examples = new LinkedHashMap<>();
        examples.put("Proportions.wilsonPercentage(104, 7042, NINETY_FIVE, NINETY_NINE_POINT_EIGHT)",
                Proportions.wilsonPercentage(104, 7042, NINETY_FIVE, NINETY_NINE_POINT_EIGHT));
        examples.put("Proportions.wilson(0, 10, NINETY_FIVE, NINETY_NINE_POINT_EIGHT)",
                Proportions.wilson(0, 10, NINETY_FIVE, NINETY_NINE_POINT_EIGHT));
        examples.put("Rates.crude(65, 100_000, 100_000, NINETY_FIVE, NINETY_NINE_POINT_EIGHT)",
                Rates.crude(65, 100_000, 100_000, NINETY_FIVE, NINETY_NINE_POINT_EIGHT));
        examples.put("Rates.crude(5, 2_000, 1_000, NINETY_FIVE, NINETY_NINE_POINT_EIGHT)",
                Rates.crude(5, 2_000, 1_000, NINETY_FIVE, NINETY_NINE_POINT_EIGHT));
        examples.put("StandardisedRates.direct(bands, twoBands, 100_000, NINETY_FIVE, NINETY_NINE_POINT_EIGHT)",
                StandardisedRates.direct(bands, twoBands, 100_000, NINETY_FIVE, NINETY_NINE_POINT_EIGHT));
        examples.put("StandardisedRatios.indirect(30, reference, 100, NINETY_FIVE, NINETY_NINE_POINT_EIGHT)",
                StandardisedRatios.indirect(30, reference, 100, NINETY_FIVE, NINETY_NINE_POINT_EIGHT));
        examples.put("StandardisedRatios.indirectRate(30, reference, 100_000, NINETY_FIVE, NINETY_NINE_POINT_EIGHT)",
                StandardisedRatios.indirectRate(30, reference, 100_000, NINETY_FIVE, NINETY_NINE_POINT_EIGHT));
        examples.put("Means.studentT(values 1, 2, 3, 4, 5, NINETY_FIVE, NINETY_NINE_POINT_EIGHT)",
                Means.studentT(List.of(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(3),
                        BigDecimal.valueOf(4), BigDecimal.valueOf(5)), NINETY_FIVE, NINETY_NINE_POINT_EIGHT));
        return examples;
    }

    /** The README row of an example: call, method, value and limits to 4 decimal places. */
    static String row(String call, Estimate estimate) {
        return "| `" + call + "` | " + estimate.method().displayName() + " | "
                + round(estimate.value().orElseThrow()) + " | " + limits(estimate.interval(NINETY_FIVE).orElseThrow())
                + " | " + limits(estimate.interval(NINETY_NINE_POINT_EIGHT).orElseThrow()) + " |";
    }

    private static String limits(ConfidenceInterval interval) {
        return round(interval.lowerInclusive()) + " - " + round(interval.upperInclusive());
    }

    private static String round(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void readme_examplesTable_matchesTheMethods() throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        List<String> missing = examples().entrySet().stream()
                .map(example -> row(example.getKey(), example.getValue()))
                .filter(row -> !readme.contains(row))
                .toList();
        assertThat(missing).as("rows of README.md that do not match the methods").isEmpty();
    }
}
