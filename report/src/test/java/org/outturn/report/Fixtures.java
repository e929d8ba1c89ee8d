package org.outturn.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.ReportingMonth;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.json.OutturnJson;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.RagStrategies;
import org.outturn.rules.Tolerances;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

/** Documents for the report tests: small synthetic ones, and the datasets bundled with the examples. */
final class Fixtures {

    /** The folder of the examples' bundled datasets, from the report module's folder. */
    static final Path DATASETS = Path.of("..", "examples", "src", "main", "resources", "org", "outturn", "examples",
            "datasets");
    static final FinancialYear YEAR = FinancialYear.parse("2022/23");
    static final RagPolicy FIVE = RagPolicy.of("five", RagStrategies.tolerance(Tolerances.relative(d("5"))));

    private Fixtures() {
    }

    static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    static OutturnDocument dataset(String name) {
        return OutturnJson.strict().read(DATASETS.resolve(name + ".json"));
    }

    /** A monthly percentage indicator with a target of 90 for 2022/23. */
    static Indicator monthly(String code, Polarity polarity, String tag) {
        return Indicator.builder().code(code).title("Indicator " + code + " <&>").unit(Unit.percentage(1))
                .polarity(polarity).frequency(Frequency.MONTHLY).addTags(tag)
                .putTargets(YEAR, Target.single(d("90"))).build();
    }

    /**
     * Twelve months of 2022/23, April to March: values around 90 (85, 95, 88, 92, ...), June missing
     * (not yet available) and August with no outturn at all.
     */
    static List<Outturn> months() {
        String[] values = {"85", "95", null, "92", "", "89.9", "90", "84.5", "97", "86", "91", "94"};
        List<Outturn> outturns = new ArrayList<>();
        ReportingMonth month = ReportingMonth.parse("Apr-2022");
        for (String value : values) {
            if (value == null) {
                outturns.add(Outturn.missing(month, MissingReason.NOT_YET_AVAILABLE));
            } else if (!value.isEmpty()) {
                outturns.add(Outturn.of(month, d(value)));
            }
            month = month.next();
        }
        return outturns;
    }

    /** A document of {@code groups} tags, two monthly indicators each, rated by a 5% tolerance. */
    static OutturnDocument tagged(int groups) {
        List<IndicatorEntry> entries = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            for (int i = 0; i < 2; i++) {
                Polarity polarity = i == 0 ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
                entries.add(IndicatorEntry.of(monthly("G" + g + "_" + i, polarity, "Directorate " + g), months(),
                        "five", Map.of()));
            }
        }
        return OutturnDocument.of("Synthetic report", "Fixtures", List.of(FIVE), entries);
    }
}
