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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.UnratedReason;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.json.OutturnJson;
import org.outturn.json.OutturnJsonException;
import org.outturn.rules.Scorecard;
import org.outturn.rules.Tally;

/**
 * Outturn's command line: rates, checks and summarises {@code outturn/1} JSON documents.
 *
 * <pre>
 * outturn assess  [--format F] [--all | --latest | --period P] [--lenient] FILE
 * outturn check   [--lenient] FILE...
 * outturn summary [--format F] [--by B] [--published] [--latest | --all | --period P] [--lenient] FILE
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

    static final String USAGE_TEXT = "Usage: outturn <assess|check|summary> [options] FILE   (outturn --help for more)";

    static final String HELP = String.join("\n",
            "Usage: outturn <command> [options] FILE",
            "",
            "Rates, checks and summarises performance indicators in outturn/1 JSON documents.",
            "",
            "Commands:",
            "  assess FILE    rate every outturn with its indicator's policy and print a table: reference,",
            "                 title, period, value, target, RAG (or the unrated reason), explanation, and the",
            "                 published rating for that period with whether it agrees. An indicator that",
            "                 names no policy shows 'Unrated: no policy named' (a context measure, polarity",
            "                 NONE, is rated NOT_RATED_MEASURE as under any policy).",
            "  check FILE...  read each document strictly and print 'OK: N indicators, M outturns', or every",
            "                 problem, one line each naming the file, the JSON path, line and column (up to",
            "                 100 a file; a syntax error ends a file's check). Exit status 1 if any file has",
            "                 a problem.",
            "  summary FILE   the scorecard: counts and shares by RAG and unrated reason, per group and",
            "                 in total.",
            "  help           print this help.",
            "",
            "Options:",
            "  --format F     assess, summary: text (default), csv (RFC 4180), json, html (a standalone",
            "                 page), markdown",
            "  --all          assess (default): every outturn; summary: every outturn or published rating",
            "  --latest       the latest period of each indicator (default for summary)",
            "  --period P     only the period P, such as 2024/25, 2024/25 Q1, Apr-2024",
            "  --by B         summary: group by tag (the first tag; the default when any indicator has",
            "                 tags, else all), frequency, policy, polarity, or all (one group)",
            "  --published    summary: count the ratings the document publishes, not recomputed ones",
            "  --lenient      skip fields the format does not define (read documents of later versions)",
            "  --help, -h     print this help",
            "  --version, -V  print the version",
            "",
            "FILE is a path; or, when no such file exists, the name of a dataset bundled with the",
            "examples (with or without .json), such as bexley-priority-theme-1-2024-25.json;",
            "or classpath:NAME for a bundled dataset or any class path resource.",
            "",
            "Exit status: 0 success, 1 invalid input or unreadable file (message on stderr),",
            "2 usage error (unknown command or option, missing FILE).",
            "");

    private static final List<String> FORMATS = List.of("text", "csv", "json", "html", "markdown");
    private static final List<String> GROUPINGS = List.of("tag", "frequency", "policy", "polarity", "all");

    private Cli() {
    }

    /**
     * Runs the command line and exits with its status when it is not zero.
     *
     * @param args  the command and its options, such as {@code assess --format csv report.json}, not null
     */
    public static void main(String[] args) {
        // The jar carries slf4j-api without a provider; its warning about that is not for users of
        // the command line. An explicit -Dslf4j.internal.verbosity wins.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
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
        if (options.command.equals("check")) {
            return check(options.files, options.lenient, out, err);
        }
        OutturnDocument document;
        try {
            document = read(options.file, options.lenient);
        } catch (OutturnJsonException ex) {
            err.println(options.file + ": " + ex.getMessage());
            return INVALID_INPUT;
        } catch (SourceException ex) {
            err.println("outturn: " + ex.getMessage());
            return INVALID_INPUT;
        }
        switch (options.command) {
            case "assess":
                out.print(CliOutput.assess(document, CliRows.assess(document, options.selection, options.period),
                        options));
                break;
            default:
                out.print(CliOutput.summary(document, summarise(document, options), options));
                break;
        }
        return OK;
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
     * @return {@value #INVALID_INPUT} if any file has a problem or cannot be read, else {@value #OK}
     */
    static int check(List<String> files, boolean lenient, PrintStream out, PrintStream err) {
        OutturnJson json = lenient ? OutturnJson.lenient() : OutturnJson.strict();
        int status = OK;
        for (String file : files) {
            String prefix = files.size() > 1 ? file + ": " : "";
            try {
                List<OutturnJsonException> problems = checkFile(json, file);
                if (problems.isEmpty()) {
                    out.println(prefix + check(read(file, lenient)));
                    continue;
                }
                for (OutturnJsonException problem : problems) {
                    err.println(file + ": " + problem.getMessage());
                }
            } catch (OutturnJsonException ex) {
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
                + outturns + (outturns == 1 ? " outturn" : " outturns");
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
                throw new SourceException("no class path resource or bundled dataset named '" + resource + "'");
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
                + (name.contains("/") || name.contains("\\") ? "" : " and no bundled dataset of that name"));
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

    static Summary summarise(OutturnDocument document, Options options) {
        String by = options.by;
        if (by == null) {
            boolean tagged = document.indicators().stream().anyMatch(entry -> !entry.indicator().tags().isEmpty());
            by = tagged ? "tag" : "all";
        }
        Function<IndicatorEntry, String> group = grouping(by);
        record Item(IndicatorEntry entry, Rating rating) {
        }
        List<Item> items = new ArrayList<>();
        Map<String, Long> noPolicy = new LinkedHashMap<>();
        if (options.published) {
            for (IndicatorEntry entry : document.indicators()) {
                for (ReportingPeriod period : CliRows.choose(entry.published(), options.selection, options.period)) {
                    items.add(new Item(entry, entry.published().get(period)));
                }
            }
        } else {
            for (CliRows.Row row : CliRows.assess(document, options.selection, options.period)) {
                if (row.assessment() == null) {
                    noPolicy.merge(group.apply(row.entry()), 1L, Long::sum);
                } else {
                    items.add(new Item(row.entry(), row.rating()));
                }
            }
        }
        Scorecard<String> scorecard = "all".equals(by)
                ? Scorecard.of(items, Item::rating)
                : Scorecard.of(items, Item::rating, item -> group.apply(item.entry()));
        return new Summary(by, scorecard, noPolicy);
    }

    private static Function<IndicatorEntry, String> grouping(String by) {
        switch (by) {
            case "tag":
                return entry -> entry.indicator().tags().stream().findFirst().orElse("(untagged)");
            case "frequency":
                return entry -> entry.indicator().frequency().name();
            case "policy":
                return entry -> entry.policy().orElse("(no policy)");
            case "polarity":
                return entry -> entry.indicator().polarity().name();
            default:
                return entry -> Scorecard.ALL;
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
        boolean published;
        boolean lenient;
        boolean help;
        boolean version;
        CliRows.Selection selection;
        ReportingPeriod period;

        private static final Map<String, Set<String>> ALLOWED = Map.of(
                "assess", Set.of("--format", "--period", "--latest", "--all", "--lenient"),
                "check", Set.of("--lenient"),
                "summary", Set.of("--format", "--period", "--latest", "--all", "--lenient", "--by", "--published"));

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
                        + "assess, check, summary, help)");
            }
            Set<String> allowed = ALLOWED.get(options.command);
            if (allowed == null) {
                throw new UsageException("unknown command '" + options.command
                        + "' (available: assess, check, summary, help)");
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
                boolean takesValue = name.equals("--format") || name.equals("--period") || name.equals("--by");
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
                    default:
                        options.lenient = true;
                        break;
                }
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
                options.selection = options.command.equals("summary") ? CliRows.Selection.LATEST
                        : CliRows.Selection.ALL;
            }
            return options;
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
