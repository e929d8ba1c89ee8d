package org.outturn.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.outturn.core.Rag;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.UnratedReason;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.json.OutturnJson;
import org.outturn.json.OutturnJsonException;
import org.outturn.rules.Scorecard;
import org.outturn.rules.report.NotRecomputable;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportRow;
import org.outturn.rules.Tally;
import org.outturn.csv.OutturnCsv;
import org.outturn.csv.TableImportException;
import org.outturn.xlsx.OutturnXlsx;
import org.outturn.report.Grouping;
import org.outturn.stats.spc.ChartType;
import org.outturn.stats.spc.RuleSet;

/**
 * Outturn's command line: rates, checks and summarises {@code outturn/1} JSON documents.
 *
 * <pre>
 * outturn assess  [--format F] [--all | --latest | --period P] [--lenient] FILE
 * outturn check   [--lenient] [--strict] FILE...
 * outturn import  [--sheet NAME] [--mapping FILE] [--preset fingertips --area CODE] [--policy P] [-o OUT.json] FILE
 * outturn report  [--group-by tag|frequency|policy] [--period P] [--spc] [--lenient] FILE &gt; report.html
 * outturn summary [--format F] [--by B] [--published] [--latest | --all | --period P] [--lenient] FILE
 * outturn stats   METHOD FILE.csv --numerator COL --denominator COL [--confidence 95,99.8] [--multiplier N] ...
 * outturn datasets
 * outturn --help | --version
 * </pre>
 *
 * <p>{@code FILE} is a path, or the name of a dataset bundled with the examples
 * ({@code bexley-priority-theme-1-2024-25.json}, with or without {@code .json}) when no such file
 * exists, or {@code classpath:NAME} for a dataset or a class path resource. Run
 * {@code java -jar outturn-examples-VERSION-cli.jar --help} for every option. Exit statuses: 0 on
 * success, 1 on invalid input or a file that cannot be read, 2 on a usage error.
 *
 * <p>This class is not instantiable.
 */
public final class Cli {

    /** The exit status of a run that succeeded. */
    static final int OK = 0;
    /** The exit status of a run whose input is invalid or cannot be read. */
    static final int INVALID_INPUT = 1;
    /** The exit status of a run with an unknown command or option, or a missing argument. */
    static final int USAGE = 2;

    /** Where the bundled datasets lie on the class path. */
    static final String DATASETS = "org/outturn/examples/datasets/";

    static final String USAGE_TEXT = "Usage: outturn <assess|check|import|summary|report|stats|spc|datasets> [options] FILE   "
            + "(outturn --help for more)";

    static final String HELP = String.join("\n",
            "Usage: outturn <command> [options] FILE",
            "",
            "Rates, checks and summarises performance indicators in outturn/1 JSON documents.",
            "",
            "Commands:",
            "  assess FILE    rate every outturn with the policy for its period (the indicator's, else the",
            "                 document's default) and print a table: reference, title, period, value,",
            "                 target, RAG (or the unrated reason), the published rating for that period,",
            "                 the agreement (Agrees, Disagrees, Not recomputable with its reason, Not",
            "                 published), the trend against the same period last year, and the",
            "                 explanation; then the counts of each agreement. An indicator that names no",
            "                 policy shows 'Unrated: no policy named' (a context measure, whose polarity is",
            "                 'Not rated', is unrated 'Context measure' as under any policy).",
            "  check FILE...  read each document strictly and print 'OK: N indicators, M outturns', or every",
            "                 problem, one line each naming the file, the JSON path, line and column (up to",
            "                 100 a file; a syntax error ends a file's check). Exit status 1 if any file has",
            "                 a problem; a .csv or .xlsx file is checked through the import. Each",
            "                 target that its policy cannot rate (a band under tolerance) is a warning;",
            "                 with --strict, an error.",
            "  import FILE    read a spreadsheet (.csv or .xlsx: a wide table, one column per period, or",
            "                 a long one with Period and Value columns; headers such as Ref, Indicator,",
            "                 Polarity, Target 2024/25, RAG) and write its outturn/1 document to standard",
            "                 output or -o OUT.json. Every cell that cannot be read is listed with its",
            "                 sheet, row and column; with --lenient each is skipped and noted instead.",
            "  summary FILE   the scorecard: counts and shares by RAG and unrated reason, per group and",
            "                 in total; for a document with an action plan, then the plan's items by",
            "                 status, as printed and without rows that repeat an earlier one.",
            "  report FILE    a committee scorecard as a standalone HTML page (write it with > report.html):",
            "                 one row per indicator (its latest outturn, or --period P's) with the",
            "                 previous and current values, target, RAG, direction of travel, a sparkline",
            "                 and the explanation, grouped by --group-by, with a summary and a chart per",
            "                 indicator; prints on A4 landscape. assess --format html is the detailed table.",
            "                 --spc adds each indicator's SPC view: its variation and assurance icons in",
            "                 the row and its SPC chart (--rule-set, --minimum-points as for spc).",
            "  stats METHOD FILE.csv  apply a public-health method (proportion, rate, quantile, funnel,",
            "                 compare) to each row of a CSV file, appending value, limits and method",
            "                 columns (outturn stats --help for its options).",
            "  spc FILE       statistical process control: an XmR chart of each indicator's series of its",
            "                 own frequency (gaps kept), one row each: points, mean, process limits, the",
            "                 latest point's variation and the rules that fired there, and the assurance",
            "                 against the latest period's target. --indicator CODE for one indicator,",
            "                 --rule-set NAME (nhse-2023, the default; nhse-pre-2023; plot-the-dots),",
            "                 --minimum-points N (default 12), --chart TYPE (xmr, the default; p, p-prime,",
            "                 u, u-prime from the outturns' numerators and denominators, in the indicator's",
            "                 unit; c, g, t), --format text, csv, json or html (a page with each series'",
            "                 chart, its variation and assurance icons and a table of the limits and the",
            "                 rules that fired at each point), -o FILE to write it.",
            "  datasets       list the datasets bundled with the examples, with their titles.",
            "  help           print this help.",
            "",
            "Options:",
            "  --format F     assess, summary: text (default), csv (RFC 4180; assess: the machine-usable",
            "                 export columns code, title, ..., value, target, assessed_rag, ...), xlsx (a",
            "                 workbook on standard output: RAG fills, frozen header, a summary sheet),",
            "                 json, html (a standalone",
            "                 page), markdown",
            "  --all          assess (default): every outturn; summary: every outturn or published rating",
            "  --latest       the latest period of each indicator (default for summary)",
            "  --period P     only the period P, such as 2024/25, 2024/25 Q1, Apr-2024",
            "  --by B         summary: group by tag (the first tag; the default when any indicator has",
            "                 tags, else all), frequency, policy, polarity, or all (one group)",
            "  --group-by G   report: group by tag (default), frequency or policy",
            "  --published    summary: count the ratings the document publishes, not recomputed ones",
            "  --lenient      skip fields the format does not define (read documents of later versions);",
            "                 for a spreadsheet, skip each cell that cannot be read, noting it",
            "  --sheet NAME   a spreadsheet's sheet (default: the mapping's, else the first)",
            "  --mapping FILE a JSON mapping file: column roles, period columns, defaults, policies",
            "  --preset fingertips --area CODE  read a Fingertips data export for one area",
            "  --policy P     the imported document's default RAG policy: its JSON, or a file holding it",
            "  -o, --output F import, spc: write the output to F instead of standard output",
            "  --strict       check: warnings are errors (exit status 1)",
            "  --help, -h     print this help",
            "  --version, -V  print the version",
            "",
            "FILE is a path (.csv and .xlsx are imported, anything else read as outturn/1 JSON); or, when no such file exists, the name of a dataset bundled with the",
            "examples (with or without .json), such as bexley-priority-theme-1-2024-25.json;",
            "or classpath:NAME for a bundled dataset or any class path resource.",
            "",
            "In text, a document with nothing to recompute (no outturn has a target and a policy that",
            "rates it) says so instead of printing a table; count its published ratings with",
            "summary --published.",
            "",
            "Exit status: 0 success, 1 invalid input, unreadable file, a --period no outturn is for,",
            "or warnings under check --strict (message on stderr), 2 usage error (unknown command or",
            "option, missing FILE).",
            "");

    private static final List<String> FORMATS = List.of("text", "csv", "xlsx", "json", "html", "markdown");
    /** The values of summary's {@code --by}: report's groupings, then polarity and all. */
    private static final List<String> GROUPINGS = Stream.concat(CliReport.GROUPINGS.stream(),
            Stream.of("polarity", "all")).toList();

    private Cli() {
    }

    /**
     * Runs the command line and exits with its status when it is not zero.
     *
     * @param args  the command and its options, such as {@code assess --format csv report.json}, not null
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.out.flush();
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the command line.
     *
     * @param args  the command and its options, not null
     * @param out  where results go, not null
     * @param err  where error messages go, not null
     * @return the exit status: {@value #OK}, {@value #INVALID_INPUT} or {@value #USAGE}
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        if (args.length > 0 && args[0].equals("stats")) {
            return CliStats.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (UsageException ex) {
            err.println("outturn: " + ex.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        if (options.help) {
            out.print(HELP);
            return OK;
        }
        if (options.version) {
            out.println("outturn " + version());
            return OK;
        }
        if (options.command.equals("datasets")) {
            out.print(datasets());
            return OK;
        }
        if (options.command.equals("check")) {
            return check(options.files, options, out, err);
        }
        OutturnDocument document;
        try {
            document = CliImport.isSpreadsheet(options.file)
                    ? CliImport.read(options.file, CliImport.options(options), DATASETS)
                    : read(options.file, options.lenient);
        } catch (TableImportException ex) {
            err.println(options.file + ": " + ex.getMessage());
            return INVALID_INPUT;
        } catch (OutturnJsonException ex) {
            err.println(options.file + ": " + ex.getMessage());
            return INVALID_INPUT;
        } catch (SourceException ex) {
            err.println("outturn: " + ex.getMessage());
            return INVALID_INPUT;
        }
        if (options.command.equals("import")) {
            return writeImport(document, options, out, err);
        }
        if (options.command.equals("spc")) {
            RuleSet ruleSet = spcRuleSet(options);
            if (options.indicator != null && document.indicator(options.indicator).isEmpty()) {
                err.println("outturn: no indicator in " + options.file + " has the reference '" + options.indicator
                        + "'");
                return INVALID_INPUT;
            }
            String spc = options.format.equals("html") ? CliSpc.html(document, options.indicator, ruleSet,
                    ChartType.ofCode(options.chart))
                    : CliSpc.print(document, options.indicator, ruleSet, ChartType.ofCode(options.chart),
                            options.format);
            return options.output == null ? print(out, spc) : writeFile(options.output, spc, err);
        }
        ReportAssessment report = ReportAssessment.of(document, CliRows.selection(options));
        if (options.period != null && report.rows().isEmpty()) {
            err.println("outturn: no outturn in " + options.file + " is for the period " + options.period
                    + periodsOf(document));
            return INVALID_INPUT;
        }
        if (options.command.equals("report")) {
            return CliReport.run(report, options.groupBy, options.spc ? spcRuleSet(options) : null, out);
        }
        if (options.command.equals("summary") && document.actionPlan().isPresent()) {
            // A document with an action plan: the plan's summary, after the scorecard when there are
            // indicators too, in the formats that can hold two tables (text and markdown).
            boolean scorecard = !document.indicators().isEmpty();
            if (scorecard) {
                out.print(CliOutput.summary(document, summarise(report, options), options));
            }
            if (!scorecard || options.format.equals("text") || options.format.equals("markdown")) {
                out.print((scorecard ? "\n" : "") + CliActionPlan.summary(document.title().orElse(options.file),
                        document.actionPlan().get(), options.format));
            }
            return OK;
        }
        if (options.format.equals("text") && !options.published && !report.rows().isEmpty()
                && !report.hasRecomputedColour()) {
            out.print(nothingToRecompute(report, options));
            return OK;
        }
        if (options.format.equals("xlsx")) {
            OutturnXlsx.write(report, out);
            out.flush();
        } else if (options.command.equals("assess") && options.format.equals("csv")) {
            java.io.StringWriter csv = new java.io.StringWriter();
            OutturnCsv.write(report, csv);
            out.print(csv);
        } else if (options.command.equals("assess")) {
            out.print(CliOutput.assess(report, options));
        } else {
            out.print(CliOutput.summary(document, summarise(report, options), options));
        }
        return OK;
    }

    /** Writes an imported document as outturn/1 JSON, to standard output or the -o file. */
    private static int writeImport(OutturnDocument document, Options options, PrintStream out, PrintStream err) {
        String json = OutturnJson.strict().write(document);
        if (options.output == null) {
            out.print(json);
            out.println();
            return OK;
        }
        try {
            Files.writeString(Path.of(options.output), json + "\n");
        } catch (IOException | RuntimeException ex) {
            err.println("outturn: cannot write " + options.output + ": " + ex.getMessage());
            return INVALID_INPUT;
        }
        err.println("outturn: wrote " + check(document).substring("OK: ".length()) + " to " + options.output);
        return OK;
    }

    /** The SPC rule set of --rule-set and --minimum-points. */
    private static RuleSet spcRuleSet(Options options) {
        RuleSet ruleSet = RuleSet.named(options.ruleSet);
        if (options.minimumPoints > 0) {
            ruleSet = ruleSet.withMinimumPoints(options.minimumPoints).withName(options.ruleSet);
        }
        return ruleSet;
    }

    private static int print(PrintStream out, String text) {
        out.print(text);
        return OK;
    }

    /** Writes a command's output to the -o file, saying so on standard error. */
    private static int writeFile(String file, String text, PrintStream err) {
        try {
            Files.writeString(Path.of(file), text);
        } catch (IOException | RuntimeException ex) {
            err.println("outturn: cannot write " + file + ": " + ex.getMessage());
            return INVALID_INPUT;
        }
        err.println("outturn: wrote " + file);
        return OK;
    }

    /** The periods a document's outturns are for, in words: {@code  (its outturns are for 2023/24 to 2024/25)}. */
    private static String periodsOf(OutturnDocument document) {
        TreeSet<ReportingPeriod> periods = new TreeSet<>();
        for (IndicatorEntry entry : document.indicators()) {
            periods.addAll(entry.outturns().keySet());
        }
        if (periods.isEmpty()) {
            return " (it has no outturns)";
        }
        return periods.size() == 1 ? " (its outturns are for " + periods.first() + ")"
                : " (its outturns are for " + periods.size() + " periods, " + periods.first() + " to "
                        + periods.last() + ")";
    }

    /**
     * Says that no selected outturn could be rated, why, and how to see the published ratings instead of
     * a table of zeros.
     */
    static String nothingToRecompute(ReportAssessment report, Options options) {
        Map<NotRecomputable, Long> reasons = new EnumMap<>(NotRecomputable.class);
        for (ReportRow row : report.rows()) {
            row.notRecomputable().ifPresent(reason -> reasons.merge(reason, 1L, Long::sum));
        }
        List<String> counts = new ArrayList<>();
        reasons.forEach((reason, count) -> counts.add(count + " " + reason.displayName()));
        int rows = report.rows().size();
        return "Nothing to recompute in " + report.document().title().orElse(options.file) + ": no colour can be "
                + "recomputed for any of its " + rows + (rows == 1 ? " outturn" : " outturns") + " ("
                + report.selection() + "): " + String.join(", ", counts) + ".\n"
                + "Its published ratings: outturn summary --published " + options.file + "\n";
    }

    /** The text of {@code outturn datasets}: each bundled dataset's name and title. */
    static String datasets() {
        StringBuilder text = new StringBuilder();
        Datasets.catalogue().forEach((name, title) -> text.append(name).append("  ").append(title).append('\n'));
        return text.toString();
    }

    /**
     * Reports the warnings of a valid document, each target that its policy cannot rate, on the error
     * stream; with --strict they are errors.
     *
     * @return true if the document passes: no warning, or warnings without --strict
     */
    private static boolean warn(String file, Options options, PrintStream err, List<String> warnings) {
        for (String warning : warnings) {
            err.println(file + ": " + (options.strict ? "error" : "warning") + " at " + warning);
        }
        if (options.strict && !warnings.isEmpty()) {
            err.println(file + ": " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings")
                    + ", errors under --strict");
            return false;
        }
        return true;
    }

    /** The version of the examples module, from a resource the build fills in. */
    static String version() {
        try (InputStream in = Cli.class.getResourceAsStream("Cli.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "unknown");
            }
        } catch (IOException ex) {
            // Fall through: the version is informative only.
        }
        return "unknown";
    }

    /**
     * Checks each file: prints its counts when it is valid, otherwise every problem on a line of its
     * own naming the file, the JSON path, line and column. A file is read with
     * {@link OutturnJson#check(InputStream)}; a bundled dataset or class path resource is read whole and
     * its first problem reported.
     *
     * @return {@value #INVALID_INPUT} if any file has a problem or cannot be read, or a warning under
     *     --strict, else {@value #OK}
     */
    static int check(List<String> files, Options options, PrintStream out, PrintStream err) {
        boolean lenient = options.lenient;
        OutturnJson json = lenient ? OutturnJson.lenient() : OutturnJson.strict();
        int status = OK;
        for (String file : files) {
            String prefix = files.size() > 1 ? file + ": " : "";
            try {
                boolean spreadsheet = CliImport.isSpreadsheet(file);
                List<OutturnJsonException> problems = spreadsheet ? List.of() : checkFile(json, file);
                if (problems.isEmpty()) {
                    OutturnDocument document = spreadsheet
                            ? CliImport.read(file, CliImport.options(options), DATASETS) : read(file, lenient);
                    List<String> warnings = CliWarnings.of(document);
                    if (warn(file, options, err, warnings)) {
                        out.println(prefix + check(document) + (warnings.isEmpty() ? ""
                                : " (" + warnings.size() + (warnings.size() == 1 ? " warning)" : " warnings)")));
                        continue;
                    }
                    status = INVALID_INPUT;
                    continue;
                }
                for (OutturnJsonException problem : problems) {
                    err.println(file + ": " + problem.getMessage());
                }
            } catch (TableImportException | OutturnJsonException ex) {
                err.println(file + ": " + ex.getMessage());
            } catch (SourceException ex) {
                err.println("outturn: " + ex.getMessage());
            }
            status = INVALID_INPUT;
        }
        return status;
    }

    /** Returns every problem of a file, or none for a bundled dataset or resource, which {@code read} checks. */
    private static List<OutturnJsonException> checkFile(OutturnJson json, String name) {
        Path path;
        try {
            path = Path.of(name);
        } catch (RuntimeException ex) {
            return List.of();
        }
        if (name.startsWith("classpath:") || !Files.isRegularFile(path)) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(path)) {
            return json.check(in);
        } catch (IOException | UncheckedIOException ex) {
            throw new SourceException("cannot read " + name + ": " + ex.getMessage());
        }
    }

    static String check(OutturnDocument document) {
        int outturns = 0;
        for (IndicatorEntry entry : document.indicators()) {
            outturns += entry.outturns().size();
        }
        int indicators = document.indicators().size();
        return "OK: " + indicators + (indicators == 1 ? " indicator, " : " indicators, ")
                + outturns + (outturns == 1 ? " outturn" : " outturns")
                + document.actionPlan().map(plan -> ", an action plan of " + plan.size()
                        + (plan.size() == 1 ? " item" : " items")).orElse("");
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads a document from a file, or from a bundled dataset or class path resource.
     *
     * @throws OutturnJsonException if the document is invalid
     * @throws SourceException if nothing can be read under that name
     */
    static OutturnDocument read(String name, boolean lenient) {
        return read(name, lenient, DATASETS);
    }

    /** Reads a document as {@link #read(String, boolean)} does, with the datasets under another folder. */
    static OutturnDocument read(String name, boolean lenient, String datasets) {
        OutturnJson json = lenient ? OutturnJson.lenient() : OutturnJson.strict();
        if (name.startsWith("classpath:")) {
            String resource = name.substring("classpath:".length());
            List<String> candidates = resource.contains("/")
                    ? List.of(resource.startsWith("/") ? resource.substring(1) : resource)
                    : datasetCandidates(datasets, resource);
            OutturnDocument document = readResource(json, candidates);
            if (document == null) {
                throw new SourceException("no class path resource or bundled dataset named '" + resource + "'"
                        + bundled());
            }
            return document;
        }
        Path path;
        try {
            path = Path.of(name);
        } catch (RuntimeException ex) {
            throw new SourceException("cannot read " + name + ": not a valid path");
        }
        if (Files.isRegularFile(path)) {
            return readFile(json, path, name);
        }
        if (Files.isDirectory(path)) {
            throw new SourceException("cannot read " + name + ": it is a directory");
        }
        if (!name.contains("/") && !name.contains("\\")) {
            OutturnDocument document = readResource(json, datasetCandidates(datasets, name));
            if (document != null) {
                return document;
            }
        }
        throw new SourceException("cannot read " + name + ": no such file"
                + (name.contains("/") || name.contains("\\") ? "" : " and no bundled dataset of that name" + bundled()));
    }

    /** Lists the bundled datasets: {@code  (bundled datasets: a, b; see outturn datasets)}. */
    private static String bundled() {
        return " (bundled datasets: " + String.join(", ", Datasets.catalogue().keySet()) + ")";
    }

    private static OutturnDocument readFile(OutturnJson json, Path path, String name) {
        try {
            return json.read(path);
        } catch (UncheckedIOException ex) {
            IOException cause = ex.getCause();
            String reason = cause instanceof NoSuchFileException ? "no such file" : String.valueOf(cause.getMessage());
            throw new SourceException("cannot read " + name + ": " + reason);
        }
    }

    private static List<String> datasetCandidates(String datasets, String name) {
        return name.endsWith(".json") ? List.of(datasets + name) : List.of(datasets + name, datasets + name + ".json");
    }

    /** Reads the first resource that exists, or returns null when none does. */
    private static OutturnDocument readResource(OutturnJson json, List<String> candidates) {
        for (String candidate : candidates) {
            InputStream in = Cli.class.getResourceAsStream("/" + candidate);
            if (in == null) {
                in = Thread.currentThread().getContextClassLoader() == null ? null
                        : Thread.currentThread().getContextClassLoader().getResourceAsStream(candidate);
            }
            if (in != null) {
                try (InputStream stream = in) {
                    return json.read(stream);
                } catch (IOException ex) {
                    throw new SourceException("cannot read classpath:" + candidate + ": " + ex.getMessage());
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ summary

    /** What {@code summary} counts: a scorecard, and per group how many outturns name no policy. */
    record Summary(String by, Scorecard<String> scorecard, Map<String, Long> noPolicy) {

        long noPolicyTotal() {
            return noPolicy.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    static Summary summarise(ReportAssessment report, Options options) {
        String by = options.by;
        if (by == null) {
            boolean tagged = report.document().indicators().stream()
                    .anyMatch(entry -> !entry.indicator().tags().isEmpty());
            by = tagged ? "tag" : "all";
        }
        Function<ReportRow, String> rowGroup = grouping(by);
        Map<String, Long> noPolicy = new LinkedHashMap<>();
        Scorecard<String> scorecard;
        if (options.published) {
            scorecard = report.publishedScorecard(rowGroup);
        } else {
            for (ReportRow row : report.rows()) {
                if (row.assessment().isEmpty()) {
                    noPolicy.merge(rowGroup.apply(row), 1L, Long::sum);
                }
            }
            scorecard = report.scorecard(rowGroup);
        }
        if ("all".equals(by) && scorecard.groups().isEmpty()) {
            scorecard = Scorecard.ofTallies(Map.of(Scorecard.ALL, Tally.empty()));
        }
        return new Summary(by, scorecard, noPolicy);
    }

    /**
     * The group of a row: the indicator's first tag, its frequency or the policy that rated the row as
     * the report's {@link Grouping} names them, its polarity, or {@code all}.
     */
    private static Function<ReportRow, String> grouping(String by) {
        switch (by) {
            case "polarity":
                return row -> row.indicator().polarity().displayName();
            case "all":
                return row -> Scorecard.ALL;
            default:
                return Grouping.valueOf(by.toUpperCase(Locale.ROOT))::groupOf;
        }
    }

    /** The colours and unrated reasons a summary shows: the colours always but Blue, others when counted. */
    static List<Object> summaryColumns(Tally total) {
        List<Object> columns = new ArrayList<>();
        for (Rag rag : Rag.values()) {
            if (rag != Rag.BLUE || total.count(rag) > 0) {
                columns.add(rag);
            }
        }
        for (UnratedReason reason : EnumSet.allOf(UnratedReason.class)) {
            if (total.count(reason) > 0) {
                columns.add(reason);
            }
        }
        return columns;
    }

    // ------------------------------------------------------------------ options

    /** A usage error: an unknown command or option, a missing or invalid argument. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** A file or resource that cannot be read. */
    static final class SourceException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SourceException(String message) {
            super(message);
        }
    }

    /** The parsed command line. */
    static final class Options {
        String command;
        String file;
        /** Every FILE given: several for check, one for the other commands. */
        List<String> files;
        String format = "text";
        String by;
        /** report's --group-by, or null. */
        String groupBy;
        boolean published;
        boolean lenient;
        boolean strict;
        boolean help;
        boolean version;
        CliRows.Selection selection;
        ReportingPeriod period;
        String sheet;
        String mapping;
        String area;
        String policy;
        String output;
        boolean preset;
        String indicator;
        String ruleSet = "nhse-2023";
        String chart = "xmr";
        int minimumPoints;
        /** report's --spc. */
        boolean spc;

        /** The commands, as the messages for a missing or unknown one list them. */
        private static final String COMMANDS = "assess, check, import, summary, report, stats, spc, datasets, help";
        /** The options that say how to import a spreadsheet FILE. */
        private static final Set<String> SPREADSHEET = Set.of("--sheet", "--mapping", "--preset", "--area",
                "--policy");
        private static final Set<String> TAKES_VALUE = Set.of("--format", "--period", "--by", "--sheet",
                "--mapping", "--preset", "--area", "--policy", "-o", "--output", "--indicator", "--rule-set",
                "--minimum-points", "--group-by", "--chart");
        private static final Map<String, Set<String>> ALLOWED = Map.of(
                "assess", with(SPREADSHEET, "--format", "--period", "--latest", "--all", "--lenient"),
                "check", with(SPREADSHEET, "--lenient", "--strict"),
                "datasets", Set.of(),
                "import", with(SPREADSHEET, "--lenient", "-o", "--output"),
                "spc", Set.of("--format", "--indicator", "--rule-set", "--minimum-points", "--chart", "--lenient",
                        "-o", "--output"),
                "report", with(SPREADSHEET, "--period", "--lenient", "--group-by", "--spc", "--rule-set",
                        "--minimum-points"),
                "summary", with(SPREADSHEET, "--format", "--period", "--latest", "--all", "--lenient", "--by",
                        "--published"));

        private static Set<String> with(Set<String> base, String... more) {
            Set<String> all = new TreeSet<>(base);
            all.addAll(List.of(more));
            return Set.copyOf(all);
        }

        static Options parse(String[] args) {
            Options options = new Options();
            List<String> list = Arrays.asList(args);
            if (list.isEmpty()) {
                throw new UsageException("missing command");
            }
            if (list.contains("--help") || list.contains("-h") || "help".equals(list.get(0))) {
                options.help = true;
                return options;
            }
            if (list.contains("--version") || list.contains("-V")) {
                options.version = true;
                return options;
            }
            options.command = list.get(0);
            if (options.command.startsWith("-")) {
                throw new UsageException("unknown option '" + options.command + "' (expected a command first: "
                        + COMMANDS + ")");
            }
            Set<String> allowed = ALLOWED.get(options.command);
            if (allowed == null) {
                throw new UsageException("unknown command '" + options.command + "' (available: " + COMMANDS + ")");
            }
            List<String> files = new ArrayList<>();
            boolean endOfOptions = false;
            String selectionOption = null;
            for (int i = 1; i < list.size(); i++) {
                String arg = list.get(i);
                if (endOfOptions || !arg.startsWith("-") || arg.equals("-")) {
                    files.add(arg);
                    continue;
                }
                if (arg.equals("--")) {
                    endOfOptions = true;
                    continue;
                }
                String name = arg;
                String value = null;
                int equals = arg.indexOf('=');
                if (equals > 0) {
                    name = arg.substring(0, equals);
                    value = arg.substring(equals + 1);
                }
                if (!allowed.contains(name)) {
                    throw new UsageException("unknown option '" + name + "' for " + options.command
                            + " (available: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
                }
                boolean takesValue = TAKES_VALUE.contains(name);
                if (takesValue && value == null) {
                    if (i + 1 >= list.size()) {
                        throw new UsageException("option " + name + " needs a value");
                    }
                    value = list.get(++i);
                } else if (!takesValue && value != null) {
                    throw new UsageException("option " + name + " takes no value");
                }
                switch (name) {
                    case "--format":
                        options.format = oneOf(name, value, FORMATS);
                        break;
                    case "--by":
                        options.by = oneOf(name, value, GROUPINGS);
                        break;
                    case "--group-by":
                        options.groupBy = oneOf(name, value, CliReport.GROUPINGS);
                        break;
                    case "--period":
                        selectionOption = select(options, selectionOption, name, CliRows.Selection.PERIOD);
                        try {
                            options.period = ReportingPeriod.parse(value);
                        } catch (DateTimeParseException ex) {
                            throw new UsageException("invalid period for --period: " + ex.getMessage());
                        }
                        break;
                    case "--latest":
                        selectionOption = select(options, selectionOption, name, CliRows.Selection.LATEST);
                        break;
                    case "--all":
                        selectionOption = select(options, selectionOption, name, CliRows.Selection.ALL);
                        break;
                    case "--published":
                        options.published = true;
                        break;
                    case "--spc":
                        options.spc = true;
                        break;
                    case "--sheet":
                        options.sheet = value;
                        break;
                    case "--mapping":
                        options.mapping = value;
                        break;
                    case "--preset":
                        oneOf(name, value, List.of("fingertips"));
                        options.preset = true;
                        break;
                    case "--area":
                        options.area = value;
                        break;
                    case "--policy":
                        options.policy = value;
                        break;
                    case "-o":
                    case "--output":
                        options.output = value;
                        break;
                    case "--strict":
                        options.strict = true;
                        break;
                    case "--indicator":
                        options.indicator = value;
                        break;
                    case "--rule-set":
                        options.ruleSet = oneOf(name, value, RuleSet.names());
                        break;
                    case "--minimum-points":
                        options.minimumPoints = minimumPoints(value);
                        break;
                    case "--chart":
                        options.chart = oneOf(name, value, CliSpc.CHART_CODES);
                        break;
                    default:
                        options.lenient = true;
                        break;
                }
            }
            if (options.command.equals("datasets")) {
                if (!files.isEmpty()) {
                    throw new UsageException("datasets takes no FILE, got " + files.size() + ": " + files);
                }
                return options;
            }
            if (options.preset != (options.area != null)) {
                throw new UsageException("options --preset fingertips and --area CODE go together");
            }
            if (options.format.equals("xlsx") && options.command.equals("summary") && options.by != null) {
                throw new UsageException("summary --format xlsx writes the whole workbook; --by does not apply");
            }
            if (options.command.equals("spc") && !List.of("text", "csv", "json", "html").contains(options.format)) {
                throw new UsageException("invalid value for --format: '" + options.format
                        + "' (accepted for spc: text, csv, json, html)");
            }
            if (files.isEmpty()) {
                throw new UsageException("missing FILE for " + options.command);
            }
            if (files.size() > 1 && !options.command.equals("check")) {
                throw new UsageException("expected one FILE for " + options.command + ", got " + files.size()
                        + ": " + files);
            }
            options.file = files.get(0);
            options.files = List.copyOf(files);
            if (options.selection == null) {
                options.selection = options.command.equals("summary") || options.command.equals("report")
                        ? CliRows.Selection.LATEST
                        : CliRows.Selection.ALL;
            }
            return options;
        }

        private static int minimumPoints(String value) {
            try {
                int points = Integer.parseInt(value);
                if (points >= 2) {
                    return points;
                }
            } catch (NumberFormatException ex) {
                // reported below
            }
            throw new UsageException("invalid value for --minimum-points (a whole number, at least 2): '" + value
                    + "'");
        }

        private static String oneOf(String name, String value, List<String> accepted) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (!accepted.contains(lower)) {
                throw new UsageException("invalid value for " + name + ": '" + value + "' (accepted: "
                        + String.join(", ", accepted) + ")");
            }
            return lower;
        }

        private static String select(Options options, String previous, String name, CliRows.Selection selection) {
            if (previous != null && !previous.equals(name)) {
                throw new UsageException("options " + previous + " and " + name + " exclude each other");
            }
            options.selection = selection;
            return name;
        }
    }
}
