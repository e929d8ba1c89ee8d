package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.outturn.core.Rag;
import org.outturn.core.UnratedReason;
import org.outturn.json.OutturnJson;
import org.outturn.rules.Assessment;
import org.outturn.rules.Scorecard;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

final class CliTest {

    private static final String DIR = "src/test/resources/org/outturn/examples/cli/";
    private static final String MINIMAL = DIR + "minimal.json";
    private static final String BROMLEY = DIR + "bromley-rows-14-19.json";
    private static final String GOLDEN = DIR + "golden-document.json";
    private static final String QUOTING = DIR + "quoting.json";
    private static final String BROKEN = DIR + "broken.json";
    private static final String UNKNOWN_FIELD = DIR + "unknown-field.json";

    private static final JsonMapper MAPPER = OutturnJson.strict().mapper();

    /** The outcome of one run: the status and what was printed. */
    record Result(int status, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\r?\n"));
    }

    // ------------------------------------------------------------------ assess

    @Test
    void assess_minimal_printsTableRowWithRagExplanationAndPublishedRating() {
        Result result = run("assess", MINIMAL);

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> lines = lines(result.out());
        assertThat(lines.get(0)).isEqualTo("Bexley annual performance report 2024/25, priority theme 1");
        assertThat(lines.get(2)).startsWith("Reference  Title").contains("Period", "Value", "Target", "RAG",
                "Published", "Agreement", "Trend", "Explanation");
        assertThat(lines.get(4)).matches("ASCH_06 +Proportion of planned reviews completed in th\\.\\.\\. +2023/24 +56% +"
                + "Unrated \\(No target for the period\\) +Not published +Unrated: no target for 2023/24 \\(targets are set for "
                + "\\[2024/25\\]\\)");
        assertThat(lines.get(5)).matches("ASCH_06 +Proportion .* +2024/25 +63% +70% +Red +Red +Agrees +Improving +"
                + "Red: 63% is 7 points \\(10\\.0%\\) below the target of 70%, outside the 5% tolerance");
        assertThat(result.out()).endsWith("2 outturns assessed; against the published ratings: 1 agree, 0 disagree, "
                + "0 not recomputable, 1 not published\n");
    }

    @Test
    void assess_latest_ratesOnlyEachIndicatorsLatestOutturn() {
        Result result = run("assess", "--latest", BROMLEY);

        assertThat(result.status()).isZero();
        assertThat(lines(result.out())).filteredOn(line -> line.matches("^1[4-9] .*")).hasSize(6);
        assertThat(result.out())
                .contains("Amber: 96% is between the red threshold of 95% and the green threshold of 100%")
                .contains("n/a (Suppressed)")
                .contains("Unrated (Context measure)")
                .doesNotContain("NOT_RATED_MEASURE", "SUPPRESSED", "NOT_COMPARABLE");
    }

    @Test
    void assess_period_filtersToThatPeriod() {
        Result result = run("assess", "--period", "2024/25", "--format", "csv", MINIMAL);

        assertThat(result.status()).isZero();
        assertThat(lines(result.out())).hasSize(2);
        assertThat(column(result.out(), 1, "code", "period", "value", "target", "assessed_rag", "published_rag",
                "agreement", "direction")).isEqualTo("ASCH_06,2024/25,63,70,Red,Red,Agrees,Improving");
    }

    @Test
    void assess_indicatorWithoutPolicy_isUnratedNoPolicyNamed() {
        Result result = run("assess", "--format", "csv", QUOTING);

        List<String> lines = lines(result.out());
        int row = lines.indexOf(lines.stream().filter(line -> line.startsWith("NP,") && line.contains(",2024/25,"))
                .findFirst().orElseThrow());
        assertThat(column(result.out(), row, "code", "value", "target", "assessed_rag", "unrated_reason",
                "unrated_reason_name", "agreement", "explanation")).isEqualTo("NP,12,10,,NO_POLICY,No policy named,"
                        + "Not published,");
    }

    @Test
    void assess_policiesByPeriodAndDefault_eachPeriodRatedByItsPolicy() {
        Result result = run("assess", "--format", "csv", DIR + "policies-by-period.json");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(lines(result.out())).hasSize(4);
        String[] columns = {"code", "title", "period", "value", "target", "assessed_rag", "published_rag", "agreement"};
        assertThat(List.of(column(result.out(), 1, columns), column(result.out(), 2, columns),
                column(result.out(), 3, columns))).containsExactly(
                        "ASCH_07,Reablement,2023/24,91.0,100,Red,Red,Agrees",
                        "ASCH_07,Reablement,2024/25,91.0,100,Amber,Amber,Agrees",
                        "ASCH_08,Carers,2024/25,91.0,100,Red,Red,Agrees");
        assertThat(run("summary", "--all", "--by", "policy", "--format", "csv", DIR + "policies-by-period.json").out())
                .contains("\r\ntolerance-5,2,2 (100.0%),", "\r\ntolerance-10,1,0 (0.0%),1 (100.0%),");
    }

    @Test
    void assess_csv_quotesFieldsPerRfc4180() {
        Result result = run("assess", "--format=csv", QUOTING);

        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith(String.join(",", org.outturn.csv.ReportTable.COLUMNS) + "\r\n"
                + "Q|1,\"Referrals \"\"repeated\"\", within 12 months | <children> & families\",");
        assertThat(column(result.out(), 1, "period", "value", "target", "assessed_rag", "published_rag", "agreement"))
                .isEqualTo("2024/25,18.5,20.0,Green,Amber,Disagrees");
        assertThat(result.out()).endsWith("\r\n");
    }

    /** Some columns of a row of the CSV export, joined with commas (cells read with the CSV reader). */
    private static String column(String csv, int row, String... names) {
        org.outturn.csv.Table table = org.outturn.csv.OutturnCsv.readTable(new java.io.StringReader(csv), "out");
        List<String> header = table.rows().get(0);
        List<String> cells = new java.util.ArrayList<>();
        for (String name : names) {
            cells.add(table.cell(row, header.indexOf(name)));
        }
        return String.join(",", cells);
    }

    @Test
    void assess_json_parsesBackWithTheOutturnMapper() {
        Result result = run("assess", "--format", "json", MINIMAL);

        assertThat(result.status()).isZero();
        JsonNode root = MAPPER.readTree(result.out());
        assertThat(root.get("title").asString()).isEqualTo("Bexley annual performance report 2024/25, priority theme 1");
        JsonNode row = root.get("rows").get(1);
        assertThat(row.get("code").asString()).isEqualTo("ASCH_06");
        assertThat(row.get("period").asString()).isEqualTo("2024/25");
        assertThat(row.get("agreement").asString()).isEqualTo("Agrees");
        assertThat(row.get("againstPreviousYear").asString())
                .isEqualTo("Improving: 63% in 2024/25, up 7 points from 56% in 2023/24 (12.5%)");
        assertThat(root.get("reconciliation").get("Not published").asLong()).isEqualTo(1);
        assertThat(row.get("published").get("rag").asString()).isEqualTo("RED");
        Assessment assessment = MAPPER.treeToValue(row.get("assessment"), Assessment.class);
        assertThat(assessment.rag()).contains(Rag.RED);
        assertThat(assessment.explanation())
                .isEqualTo("Red: 63% is 7 points (10.0%) below the target of 70%, outside the 5% tolerance");
        assertThat(assessment.indicator().code()).isEqualTo("ASCH_06");
    }

    @Test
    void assess_html_isWellFormedWithEscapedTextAndColourClasses() throws Exception {
        Result result = run("assess", "--format", "html", QUOTING);

        assertThat(result.status()).isZero();
        Document html = parseXml(result.out());
        assertThat(html.getDocumentElement().getTagName()).isEqualTo("html");
        assertThat(html.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Quoting & escaping <test>");
        assertThat(html.getElementsByTagName("script").getLength()).isZero();
        assertThat(html.getElementsByTagName("link").getLength()).isZero();
        NodeList cells = html.getElementsByTagName("td");
        List<String> classes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < cells.getLength(); i++) {
            Element cell = (Element) cells.item(i);
            classes.add(cell.getAttribute("class"));
            texts.add(cell.getTextContent());
        }
        assertThat(texts).contains("Referrals \"repeated\", within 12 months | <children> & families", "Q|1");
        assertThat(classes).contains("rag rag-green", "rag rag-amber");
        assertThat(result.out()).contains("&lt;children&gt; &amp; families").contains(".rag-red {");
    }

    @Test
    void assess_markdown_isAPipeTableWithEscapedPipes() {
        Result result = run("assess", "--format", "markdown", QUOTING);

        assertThat(result.status()).isZero();
        List<String> table = lines(result.out()).stream().filter(line -> line.startsWith("|")).toList();
        assertThat(table).hasSize(5);
        assertThat(table.get(0)).isEqualTo(
                "| Reference | Title | Period | Value | Target | RAG | Published | Agreement | Trend | Explanation |");
        assertThat(table.get(1)).isEqualTo("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        assertThat(table.get(2)).startsWith("| Q\\|1 | Referrals \"repeated\", within 12 months \\| <children> & families |");
        for (String line : table) {
            assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count()).as(line).isEqualTo(11);
        }
    }

    // ------------------------------------------------------------------ check

    @Test
    void check_validDocument_printsCounts() {
        Result result = run("check", MINIMAL);

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo("OK: 1 indicator, 2 outturns\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void check_targetsThePolicyCannotRate_warnsWithTheirPaths() {
        Result result = run("check", BROMLEY);

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo("OK: 6 indicators, 57 outturns (3 warnings)\n");
        assertThat(lines(result.err())).containsExactly(
                BROMLEY + ": warning at $.indicators[2].targets[\"2022/23\"]: policy 'bromley' cannot rate the single "
                        + "target of 16 for 2022/23: the thresholds strategy needs a thresholds target, not single 100",
                BROMLEY + ": warning at $.indicators[4].targets[\"2022/23\"]: policy 'bromley' cannot rate the single "
                        + "target of 18 for 2022/23: the thresholds strategy needs a thresholds target, not single 20",
                BROMLEY + ": warning at $.indicators[5].targets[\"2022/23\"]: policy 'bromley' cannot rate the band "
                        + "target of 19 for 2022/23: the thresholds strategy needs a thresholds target, not band 0 - 12");
    }

    @Test
    void check_strict_makesWarningsErrors() {
        Result result = run("check", "--strict", BROMLEY);

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(lines(result.err())).hasSize(4).last()
                .isEqualTo(BROMLEY + ": 3 warnings, errors under --strict");
        assertThat(lines(result.err()).get(0)).startsWith(BROMLEY + ": error at $.indicators[2].targets[\"2022/23\"]: ");
        assertThat(run("check", "--strict", MINIMAL).status()).isZero();
    }

    @Test
    void check_bundledDatasets_noWarnings() {
        for (String name : Datasets.catalogue().keySet()) {
            if (!name.contains("action-plan")) {
                Result result = run("check", "--strict", name);
                assertThat(result.status()).as(name + ": " + result.err()).isZero();
            }
        }
    }

    @Test
    void datasets_listsTheBundledDatasetsWithTitles() {
        Result result = run("datasets");

        assertThat(result.status()).isZero();
        assertThat(lines(result.out())).containsExactly(
                "bexley-action-plan-2024-25  Bexley corporate action plan 2024/25",
                "bexley-priority-theme-1-2024-25  Bexley annual performance report 2024/25, priority theme 1",
                "bromley-children-2022-23  Bromley Children, Education and Families scrutiny performance index "
                        + "2022/23, Appendix 1");
        assertThat(run("datasets", "x").status()).isEqualTo(2);
    }

    @Test
    void period_matchingNothing_exits1AndSaysSo() {
        Result assess = run("assess", "--period", "2020/21", MINIMAL);
        Result summary = run("summary", "--published", "--period", "2020/21", MINIMAL);

        assertThat(assess.status()).isEqualTo(1);
        assertThat(assess.out()).isEmpty();
        assertThat(assess.err()).isEqualTo("outturn: no outturn in " + MINIMAL + " is for the period 2020/21 (its "
                + "outturns are for 2 periods, 2023/24 to 2024/25)\n");
        assertThat(summary.status()).isEqualTo(1);
        assertThat(summary.err()).isEqualTo(assess.err());
    }

    @Test
    void summaryAndAssess_noTargets_sayNothingToRecomputeAndPointToPublished() {
        Result summary = run("summary", "bexley-priority-theme-1-2024-25");
        Result assess = run("assess", "bexley-priority-theme-1-2024-25");
        Result published = run("summary", "--published", "--by", "all", "bexley-priority-theme-1-2024-25");

        assertThat(summary.status()).isZero();
        assertThat(summary.out()).isEqualTo("Nothing to recompute in Bexley annual performance report 2024/25, "
                + "priority theme 1: no colour can be recomputed for any of its 57 outturns (latest period of each "
                + "indicator): 45 no target, 7 no value, 5 context measure.\n"
                + "Its published ratings: outturn summary --published bexley-priority-theme-1-2024-25\n");
        assertThat(assess.status()).isZero();
        assertThat(lines(assess.out()).get(0)).startsWith("Nothing to recompute in Bexley annual performance report "
                + "2024/25, priority theme 1: no colour can be recomputed for any of its 114 outturns (every period): ");
        assertThat(run("summary", "--format", "csv", "bexley-priority-theme-1-2024-25").out()).startsWith("Group,");
        assertThat(lines(published.out())).anyMatch(line -> line.matches("All +57 +6 \\(10\\.5%\\) +10 \\(17\\.5%\\) "
                + "+12 \\(21\\.1%\\) .*"));
    }

    @Test
    void check_brokenDocument_exits1WithPathLineAndColumn() {
        Result result = run("check", BROKEN);

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith(BROKEN + ": Invalid unit at $.indicators[0].unit: Invalid unit 'percent:0'")
                .contains("(line 17, column");
    }

    @Test
    void check_unknownField_failsStrictlyAndPassesLeniently() {
        Result strict = run("check", UNKNOWN_FIELD);
        Result lenient = run("check", "--lenient", UNKNOWN_FIELD);

        assertThat(strict.status()).isEqualTo(1);
        assertThat(strict.err()).contains("Invalid document at $.author: unknown field 'author'");
        assertThat(lenient.status()).isZero();
        assertThat(lenient.out()).isEqualTo("OK: 1 indicator, 2 outturns\n");
    }

    @Test
    void check_missingFile_exits1WithClearMessage() {
        Result result = run("check", DIR + "no-such-file.json");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("outturn: cannot read " + DIR + "no-such-file.json: no such file\n");
    }

    @Test
    void check_unknownBareName_saysNoBundledDataset() {
        Result result = run("check", "no-such-dataset-2024-25.json");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("outturn: cannot read no-such-dataset-2024-25.json: no such file and no "
                + "bundled dataset of that name (bundled datasets: bexley-action-plan-2024-25, "
                + "bexley-priority-theme-1-2024-25, bromley-children-2022-23)\n");
    }

    @Test
    void check_classpathResource_readsIt() {
        Result result = run("check", "classpath:org/outturn/examples/cli/minimal.json");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("OK: 1 indicator, 2 outturns\n");
    }

    @Test
    void read_bareName_fallsBackToABundledDatasetWithOrWithoutJson() {
        String datasets = "org/outturn/examples/cli/";

        assertThat(Cli.read("minimal.json", false, datasets).indicators()).hasSize(1);
        assertThat(Cli.read("minimal", false, datasets).indicators()).hasSize(1);
        assertThat(Cli.read("classpath:minimal", false, datasets).indicators()).hasSize(1);
        assertThat(Cli.read(MINIMAL, false, datasets).indicators()).hasSize(1);
        assertThatThrownBy(() -> Cli.read("classpath:nothing", false, datasets))
                .isInstanceOf(Cli.SourceException.class)
                .hasMessage("no class path resource or bundled dataset named 'nothing' (bundled datasets: "
                        + "bexley-action-plan-2024-25, bexley-priority-theme-1-2024-25, bromley-children-2022-23)");
    }

    // ------------------------------------------------------------------ summary

    @Test
    void summary_text_countsLatestOutturnsByFirstTag() {
        Result result = run("summary", QUOTING);

        assertThat(result.status()).isZero();
        List<String> lines = lines(result.out());
        assertThat(lines.get(1)).isEqualTo("recomputed ratings, latest period of each indicator, by tag");
        assertThat(lines.get(3)).matches("Group +Total +Red +Amber +Green +No policy");
        assertThat(lines.get(5)).matches("Children +1 +0 \\(0\\.0%\\) +0 \\(0\\.0%\\) +1 \\(100\\.0%\\) +0");
        assertThat(lines.get(6)).matches("Adults +0 +0 \\(0\\.0%\\) +0 \\(0\\.0%\\) +0 \\(0\\.0%\\) +1");
        assertThat(lines.get(7)).matches("Total +1 +0 \\(0\\.0%\\) +0 \\(0\\.0%\\) +1 \\(100\\.0%\\) +1");
    }

    @Test
    void summary_published_countsThePublishedRatings() {
        Result result = run("summary", "--published", "--by", "frequency", "--format", "csv", QUOTING);

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo("Group,Total,Red,Amber,Green\r\nAnnual,1,0 (0.0%),1 (100.0%),0 (0.0%)\r\n");
    }

    @Test
    void summary_allPeriods_showsUnratedReasons() {
        Result result = run("summary", "--all", "--by", "polarity", "--format", "csv", GOLDEN);

        assertThat(result.status()).isZero();
        assertThat(lines(result.out())).containsExactly(
                "Group,Total,Red,Amber,Green,Unrated: No value,Unrated: Context measure",
                "Lower is better,3,0 (0.0%),0 (0.0%),2 (66.7%),1 (33.3%),0 (0.0%)",
                "Not rated,1,0 (0.0%),0 (0.0%),0 (0.0%),0 (0.0%),1 (100.0%)",
                "Total,4,0 (0.0%),0 (0.0%),2 (50.0%),1 (25.0%),1 (25.0%)");
    }

    @Test
    void summary_byPolicy_groupsByThePolicyThatRatedEachOutturn() {
        Result result = run("summary", "--all", "--by", "policy", "--format", "csv", "bromley-children-2022-23");

        assertThat(result.status()).isZero();
        assertThat(lines(result.out())).extracting(line -> line.substring(0, line.indexOf(',')))
                .containsExactly("Group", "bromley");  // one group: no Total row
    }

    @Test
    void summary_json_scorecardParsesBack() {
        Result result = run("summary", "--format", "json", "--by", "all", BROMLEY);

        assertThat(result.status()).isZero();
        JsonNode root = MAPPER.readTree(result.out());
        assertThat(root.get("ratings").asString()).isEqualTo("recomputed");
        Scorecard<?> scorecard = MAPPER.treeToValue(root.get("scorecard"), Scorecard.class);
        assertThat(scorecard.total().total()).isEqualTo(6);
        assertThat(scorecard.total().count(Rag.AMBER)).isEqualTo(1);
        assertThat(scorecard.total().count(UnratedReason.NOT_RATED_MEASURE)).isEqualTo(2);
        assertThat(new ArrayList<Object>(scorecard.groups().keySet())).containsExactly(Scorecard.ALL);
    }

    @Test
    void summary_html_isWellFormedWithColouredHeaders() throws Exception {
        Result result = run("summary", "--all", "--format", "html", GOLDEN);

        Document html = parseXml(result.out());
        NodeList headers = html.getElementsByTagName("th");
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < headers.getLength(); i++) {
            classes.add(((Element) headers.item(i)).getAttribute("class"));
        }
        assertThat(classes).contains("rag rag-red", "rag rag-amber", "rag rag-green");
    }

    @Test
    void summary_markdown_hasOneRowPerGroupAndTotal() {
        Result result = run("summary", "--all", "--format", "markdown", GOLDEN);

        List<String> table = lines(result.out()).stream().filter(line -> line.startsWith("|")).toList();
        assertThat(table).hasSize(5);
        assertThat(table.get(2)).startsWith("| Children | 3 |");
        assertThat(table.get(4)).startsWith("| Total | 4 |");
    }

    // ------------------------------------------------------------------ usage

    @Test
    void help_exits0AndListsEveryCommandAndOption() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"help"}, new String[] {"assess", "-h"})) {
            Result result = run(args);

            assertThat(result.status()).isZero();
            assertThat(result.out()).contains("assess FILE", "check FILE", "summary FILE", "--format", "--period",
                    "--latest", "--all", "--by", "--published", "--lenient", "--version", "one line each",
                    "bundled");
        }
    }

    @Test
    void version_printsTheVersion() {
        Result result = run("--version");

        assertThat(result.status()).isZero();
        assertThat(result.out()).matches("outturn \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    }

    @Test
    void unknownCommand_exits2WithUsage() {
        Result result = run("rate", MINIMAL);

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(lines(result.err())).containsExactly(
                "outturn: unknown command 'rate' (available: assess, check, import, summary, report, stats, spc, datasets, help)", Cli.USAGE_TEXT);
    }

    @Test
    void usageErrors_exit2() {
        assertThat(run().status()).isEqualTo(2);
        assertThat(run("assess").err()).startsWith("outturn: missing FILE for assess\n");
        assertThat(run("assess", "--colour", MINIMAL).err())
                .startsWith("outturn: unknown option '--colour' for assess (available: --all, --area, --format, --latest, "
                        + "--lenient, --mapping, --period, --policy, --preset, --sheet)\n");
        assertThat(run("check", "--format", "csv", MINIMAL).status()).isEqualTo(2);
        assertThat(run("assess", "--format", "pdf", MINIMAL).err())
                .startsWith("outturn: invalid value for --format: 'pdf' (accepted: text, csv, xlsx, json, html, markdown)\n");
        assertThat(run("assess", "--period", "2024/26", MINIMAL).err()).startsWith("outturn: invalid period for --period: ");
        assertThat(run("assess", "--latest", "--all", MINIMAL).err())
                .startsWith("outturn: options --latest and --all exclude each other\n");
        assertThat(run("assess", MINIMAL, BROMLEY).status()).isEqualTo(2);
        assertThat(run("summary", "--by", "colour", MINIMAL).status()).isEqualTo(2);
        assertThat(run("assess", "--format").err()).startsWith("outturn: option --format needs a value\n");
    }

    // ------------------------------------------------------------------ helpers

    /** Parses an HTML page as XML, refusing anything not well-formed; the doctype has no DTD to fetch. */
    private static Document parseXml(String html) throws Exception {
        // The tests run in the module org.outturn.examples, which does not require java.xml itself.
        CliTest.class.getModule().addReads(ModuleLayer.boot().findModule("java.xml").orElseThrow());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
