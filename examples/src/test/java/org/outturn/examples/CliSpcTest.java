package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class CliSpcTest {

    private static final String DATASET = "bromley-children-2022-23";

    private static String run(int expectedStatus, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(expectedStatus);
        return expectedStatus == 0 ? out.toString(StandardCharsets.UTF_8) : err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void spc_monthlyIndicator_printsLimitsVariationAndAssurance() {
        // Indicator 17, Apr-2022 to Nov-2022: 98, 97 (six times), 96. Mean 776 / 8 = 97; moving ranges
        // 1, 0, 0, 0, 0, 0, 1: MR̄ = 2 / 7; 2.66 × 2 / 7 = 0.76: limits 96.24 and 97.76. Nov's 96 is below
        // the lower limit (higher is better: concerning), and the upper limit is below the Green threshold
        // of 100 (consistently fails).
        assertThat(run(0, "spc", "--indicator", "17", "--minimum-points", "8", DATASET)).isEqualTo(String.join("\n",
                "Bromley Children, Education and Families scrutiny performance index 2022/23, Appendix 1",
                "SPC XmR (individuals and moving range), rule set nhse-2023, at least 8 points for limits",
                "",
                "Ref  Indicator                                         Points  From      To        Mean  Lower limit"
                        + "  Upper limit  Variation                            Rules at the latest point           "
                        + "             Assurance                      Target",
                "---  ------------------------------------------------  ------  --------  --------  ----  -----------"
                        + "  -----------  -----------------------------------  ------------------------------------"
                        + "-----------  -----------------------------  ---------------------------",
                "17   % of Children Looked After cases which were r...  8       Apr-2022  Nov-2022  97    96.24      "
                        + "  97.76        Special cause variation, concerning  Point outside the process limits (low"
                        + "er values)  Consistently fails the target  thresholds green 100 red 95",
                ""));
    }

    @Test
    void spc_csv_givesTheLinesUnrounded() {
        // Indicator 20: 73, 71, 70, 69, 69, 68, 67, 73. Mean 560 / 8 = 70; moving ranges 2, 1, 1, 0, 1, 1, 6:
        // MR̄ = 12 / 7 = 1.714285714285714 (16 digits); 2.66 × that = 4.55999999999999924: limits
        // 65.44000000000000076 and 74.55999999999999924; the target of 70 lies between: hit and miss.
        assertThat(run(0, "spc", "--indicator", "20", "--minimum-points", "8", "--format", "csv", DATASET))
                .isEqualTo("Ref,Indicator,Points,From,To,Mean,Lower limit,Upper limit,Variation,"
                        + "Rules at the latest point,Assurance,Target\r\n"
                        + "20,Stability of placements of Children Looked After - length of placement,8,Apr-2022,"
                        + "Nov-2022,70,65.44000000000000076,74.55999999999999924,Common cause variation,,Hit and miss,"
                        + "single 70\r\n");
    }

    @Test
    void spc_defaultRuleSet_eightMonthsAreNotEnoughData() {
        assertThat(run(0, "spc", "--indicator", "20", "--format", "json", DATASET)).isEqualTo(String.join("\n",
                "{",
                "  \"chart\" : \"xmr\",",
                "  \"ruleSet\" : \"nhse-2023\",",
                "  \"minimumPoints\" : 12,",
                "  \"series\" : [ {",
                "    \"ref\" : \"20\",",
                "    \"indicator\" : \"Stability of placements of Children Looked After - length of placement\",",
                "    \"points\" : \"8\",",
                "    \"from\" : \"Apr-2022\",",
                "    \"to\" : \"Nov-2022\",",
                "    \"variation\" : \"Not enough data (8 values, at least 12 needed)\",",
                "    \"target\" : \"single 70\"",
                "  } ]",
                "}",
                ""));
    }

    @Test
    void spc_pChart_readsTheImportedFractionsInPercent() {
        // Indicator 28 (lower is better, percentages): Jun 45/7132, Jul a gap, Aug 69/7125, Sep 1195/7121,
        // Oct 665/7121. p̄ = 1974 / 28499 = 0.06926558826625496, plotted × 100: 6.926558826625496. At Oct's
        // 7121: σ = √(p̄(1 − p̄) / 7121) × 100 = 0.3008854287164017, limits 6.926558826625496 ∓ 0.9026562861492051
        // = 6.0239025404762909 and 7.8292151127747011. Oct's 9.34 is above (concerning); the Green threshold
        // 0.7 is below the lower limit (lower is better: consistently fails).
        assertThat(run(0, "spc", "--indicator", "28", "--chart", "p", "--minimum-points", "4", "--format", "csv",
                DATASET)).isEqualTo("Ref,Indicator,Points,From,To,Mean,Lower limit,Upper limit,Variation,"
                        + "Rules at the latest point,Assurance,Target\r\n"
                        + "28,\"% of CYP (16 - 17 year olds) education, employment or training status 'not known'\",5,"
                        + "Jun-2022,Oct-2022,6.926558826625496,6.0239025404762909,7.8292151127747011,"
                        + "\"Special cause variation, concerning\",Point outside the process limits (higher values),"
                        + "Consistently fails the target,thresholds green 0.7 red 1.1\r\n");
    }

    @Test
    void spc_pChartWithoutDenominators_isReportedPerIndicator() {
        assertThat(run(0, "spc", "--indicator", "20", "--chart", "p-prime", "--format", "csv", DATASET))
                .isEqualTo("Ref,Indicator,Points,From,To,Mean,Lower limit,Upper limit,Variation,"
                        + "Rules at the latest point,Assurance,Target\r\n"
                        + "20,Stability of placements of Children Looked After - length of placement,8,Apr-2022,"
                        + "Nov-2022,,,,Not charted: Invalid value for denominator of Apr-2022 (required on a p-prime"
                        + " chart): none,,,\r\n");
    }

    @Test
    void spc_badOptions_areUsageErrors() {
        assertThat(run(2, "spc", "--chart", "x", DATASET)).startsWith(
                "outturn: invalid value for --chart: 'x' (accepted: xmr, p, p-prime, u, u-prime, c, g, t)\n");
        assertThat(run(2, "spc", "--format", "markdown", DATASET)).startsWith(
                "outturn: invalid value for --format: 'markdown' (accepted for spc: text, csv, json, html)\n");
        assertThat(run(2, "spc", "--minimum-points", "1", DATASET)).startsWith(
                "outturn: invalid value for --minimum-points (a whole number, at least 2): '1'\n");
        assertThat(run(2, "spc", "--rule-set", "nhse", DATASET)).startsWith(
                "outturn: invalid value for --rule-set: 'nhse' (accepted: nhse-2023, nhse-pre-2023, plot-the-dots)\n");
        assertThat(run(1, "spc", "--indicator", "99", DATASET)).isEqualTo(
                "outturn: no indicator in " + DATASET + " has the reference '99'\n");
    }
}
