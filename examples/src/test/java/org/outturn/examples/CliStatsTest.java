package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code stats} command on four areas: Bexley's injury admissions of boys aged 0-14 (148 of 2,056, as the
 * repository's illustrative Fingertips export has them), and three more, one with no events and one without a
 * count.
 */
final class CliStatsTest {

    private static final String FILE = "src/test/resources/org/outturn/examples/cli/stats-areas.csv";
    /** Deaths by the 19 age bands of the European Standard Population 2013 for one area, with England's. */
    private static final String BANDS = "src/test/resources/org/outturn/examples/cli/stats-bands.csv";

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }

    private static void assertOutput(String[] args, List<String> lines) {
        String[] result = run(args);
        assertThat(result[2]).isEmpty();
        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1]).isEqualTo(String.join("\r\n", lines) + "\r\n");
    }

    private static void assertOutputStarts(String[] args, List<String> lines) {
        String[] result = run(args);
        assertThat(result[2]).isEmpty();
        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1]).startsWith(String.join("\r\n", lines) + "\r\n");
        assertThat(result[1].split("\r\n")).hasSize(20);
    }

    /** Every row of the group gets the group's estimate; the first band rows shown. */
    @Test
    void statsDsr_appendsTheGroupsColumns() {
        assertOutputStarts(new String[] {"stats", "dsr", BANDS, "--band", "Band", "--numerator", "Deaths", "--denominator", "Population", "--group", "Area", "--confidence", "95"}, List.of(
                "Area,Band,Deaths,Population,\"England deaths\",\"England population\",value,lower_95,upper_95,method,note",
                "E09000004,0-4,2,15200,1800,3300000,439.1701159298006,410.7418962398028,469.0317501658338,Dobson,",
                "E09000004,5-9,0,15800,150,3450000,439.1701159298006,410.7418962398028,469.0317501658338,Dobson,"));
    }

    /** Every row of the group gets the group's estimate; the first band rows shown. */
    @Test
    void statsIsr_appendsTheGroupsColumns() {
        assertOutputStarts(new String[] {"stats", "isr", BANDS, "--band", "Band", "--numerator", "Deaths", "--denominator", "Population", "--reference-numerator", "England deaths", "--reference-denominator", "England population", "--multiplier", "100", "--confidence", "95"}, List.of(
                "Area,Band,Deaths,Population,\"England deaths\",\"England population\",value,lower_95,upper_95,method,note",
                "E09000004,0-4,2,15200,1800,3300000,64.56477856623979,60.42847459893248,68.90964424927243,Byars,",
                "E09000004,5-9,0,15800,150,3450000,64.56477856623979,60.42847459893248,68.90964424927243,Byars,"));
    }

    /** One group of all rows; the blank count is left out of the mean. */
    @Test
    void statsMean_appendsTheGroupsColumns() {
        assertOutput(new String[] {"stats", "mean", FILE, "--value", "Count"}, List.of(
                "Area,Count,Denominator,England,value,lower_95,upper_95,lower_99.8,upper_99.8,method,note",
                "Bexley,148,2056,9.7,132.6666666666667,-179.59777674801725,444.93111008135065,-1487.721411875176,1753.0547452085095,\"Student's t\",",
                "Bromley,250,2500,9.7,132.6666666666667,-179.59777674801725,444.93111008135065,-1487.721411875176,1753.0547452085095,\"Student's t\",",
                "Greenwich,0,1800,9.7,132.6666666666667,-179.59777674801725,444.93111008135065,-1487.721411875176,1753.0547452085095,\"Student's t\",",
                "Lambeth,,1900,9.7,132.6666666666667,-179.59777674801725,444.93111008135065,-1487.721411875176,1753.0547452085095,\"Student's t\","));
    }

    @Test
    void statsProportion_appendsItsColumns() {
        assertOutput(new String[] {"stats", "proportion", FILE, "--numerator", "Count", "--denominator", "Denominator"}, List.of(
                "Area,Count,Denominator,England,value,lower_95,upper_95,lower_99.8,upper_99.8,method,note",
                "Bexley,148,2056,9.7,7.198443579766537,6.159250594321889,8.397280323953742,5.627821429001945,9.164829651216996,\"Wilson score\",",
                "Bromley,250,2500,9.7,10,8.884691680159072,11.238046404783523,8.295353814145217,12.009068491777393,\"Wilson score\",",
                "Greenwich,0,1800,9.7,0,0.0,0.21295989189679523,0.0,0.5277299967561832,\"Wilson score\",",
                "Lambeth,,1900,9.7,,,,,,,\"Missing value\""));
    }

    @Test
    void statsRate_appendsItsColumns() {
        assertOutput(new String[] {"stats", "rate", FILE, "--numerator", "Count", "--denominator", "Denominator", "--confidence", "95"}, List.of(
                "Area,Count,Denominator,England,value,lower_95,upper_95,method,note",
                "Bexley,148,2056,9.7,7198.443579766537,6085.375356515758,8456.129991057838,Byars,",
                "Bromley,250,2500,9.7,10000,8798.675369908931,11319.54074896109,Byars,",
                "Greenwich,0,1800,9.7,0,0.0,204.93774745077425,\"Exact Poisson\",",
                "Lambeth,,1900,9.7,,,,,\"Missing value\""));
    }

    @Test
    void statsQuantile_appendsItsColumns() {
        assertOutput(new String[] {"stats", "quantile", FILE, "--value", "Count", "--quantiles", "2", "--polarity", "Low"}, List.of(
                "Area,Count,Denominator,England,quantile",
                "Bexley,148,2056,9.7,1",
                "Bromley,250,2500,9.7,2",
                "Greenwich,0,1800,9.7,1",
                "Lambeth,,1900,9.7,"));
    }

    @Test
    void statsFunnel_appendsItsColumns() {
        assertOutput(new String[] {"stats", "funnel", FILE, "--numerator", "Count", "--denominator", "Denominator"}, List.of(
                "Area,Count,Denominator,England,value,lower_95,upper_95,lower_99.8,upper_99.8,baseline,significance,method",
                "Bexley,148,2056,9.7,7.198443579766537,5.214564188565416,7.309035559703936,4.610646295168598,7.912953453100753,6.261799874134676,\"Not significant\",\"proportion, Wilson score limits around the average (PHEindicatormethods phe_funnels)\"",
                "Bromley,250,2500,9.7,10,5.3121008677536645,7.211498880515686,4.764430241935652,7.759169506333699,6.261799874134676,\"High (0.001)\",\"proportion, Wilson score limits around the average (PHEindicatormethods phe_funnels)\"",
                "Greenwich,0,1800,9.7,0,5.142568861637777,7.381030886631574,4.497132839350116,8.026466908919236,6.261799874134676,\"Low (0.001)\",\"proportion, Wilson score limits around the average (PHEindicatormethods phe_funnels)\"",
                "Lambeth,,1900,9.7,,,,,,,,"));
    }

    @Test
    void statsCompare_appendsItsColumns() {
        assertOutput(new String[] {"stats", "compare", FILE, "--numerator", "Count", "--denominator", "Denominator", "--benchmark", "England", "--polarity", "Low", "--confidence", "95"}, List.of(
                "Area,Count,Denominator,England,value,lower_95,upper_95,comparison_95,method,note",
                "Bexley,148,2056,9.7,7.198443579766537,6.159250594321889,8.397280323953742,Better,\"Wilson score\",",
                "Bromley,250,2500,9.7,10,8.884691680159072,11.238046404783523,Similar,\"Wilson score\",",
                "Greenwich,0,1800,9.7,0,0.0,0.21295989189679523,Better,\"Wilson score\",",
                "Lambeth,,1900,9.7,,,,\"Not compared\",,\"Missing value\""));
    }

    @Test
    void stats_badUse_exitsTwoWithTheUsage() {
        String[] result = run("stats", "bogus", FILE);
        assertThat(result[0]).isEqualTo("2");
        assertThat(result[2]).isEqualTo("outturn stats: unknown method: 'bogus' (available: [proportion, rate, dsr, "
                + "isr, mean, quantile, funnel, compare])" + System.lineSeparator() + CliStats.USAGE_TEXT + System.lineSeparator());
        assertThat(run("stats", "compare", FILE, "--numerator", "Count", "--denominator", "Denominator")[2])
                .startsWith("outturn stats: compare needs --benchmark");
        assertThat(run("stats", "proportion", FILE, "--numerator", "Count", "--denominator", "Denominator",
                "--confidence", "100")[0]).isEqualTo("2");
        assertThat(run("stats", "proportion", FILE, "--numerator", "Count", "--denominator", "Denominator",
                "--confidence", "100")[2]).startsWith("outturn stats: Invalid value for confidence (valid values "
                        + "strictly between 0 and 100 percent): 100");
    }

    @Test
    void stats_badData_exitsOneNamingTheCell() {
        String[] result = run("stats", "proportion", FILE, "--numerator", "Nope", "--denominator", "Denominator");
        assertThat(result[0]).isEqualTo("1");
        assertThat(result[2]).isEqualTo("outturn stats: " + FILE + ": no column 'Nope' for --numerator (columns: "
                + "Area, Count, Denominator, England)" + System.lineSeparator());
        assertThat(run("stats", "proportion", FILE, "--numerator", "England", "--denominator", "Denominator")[2])
                .isEqualTo("outturn stats: " + FILE + ": Invalid value for England in row 2 (a whole number, not "
                        + "negative): 9.7" + System.lineSeparator());
    }

    @Test
    void stats_help_listsTheMethods() {
        assertThat(run("stats", "--help")[1]).isEqualTo(CliStats.HELP);
    }
}
