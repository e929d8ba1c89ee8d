package org.outturn.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.outturn.core.ConfidenceInterval;
import org.outturn.core.Fraction;
import org.outturn.core.Polarity;
import org.outturn.csv.OutturnCsv;
import org.outturn.csv.Table;
import org.outturn.stats.BandCounts;
import org.outturn.stats.BenchmarkComparison;
import org.outturn.stats.Confidence;
import org.outturn.stats.Estimate;
import org.outturn.stats.FunnelPlot;
import org.outturn.stats.Means;
import org.outturn.stats.Proportions;
import org.outturn.stats.Quantiles;
import org.outturn.stats.Rates;
import org.outturn.stats.ReferenceBand;
import org.outturn.stats.StandardPopulation;
import org.outturn.stats.StandardisedRates;
import org.outturn.stats.StandardisedRatios;

/**
 * The {@code stats} command: reads a CSV file, applies one public-health method to each row and writes
 * the file to standard output with the results appended as columns, so that a notebook or a service in
 * another language can use the methods.
 *
 * <pre>
 * outturn stats proportion FILE.csv --numerator COL --denominator COL [--confidence 95,99.8] [--multiplier N]
 * outturn stats rate       FILE.csv --numerator COL --denominator COL [--confidence 95,99.8] [--multiplier N]
 * outturn stats dsr        FILE.csv --band COL --numerator COL --denominator COL [--group COL] [--multiplier N]
 * outturn stats isr        FILE.csv --band COL --numerator COL --denominator COL --reference-numerator COL
 *                          --reference-denominator COL [--group COL] [--multiplier N]
 * outturn stats mean       FILE.csv --value COL [--group COL]
 * outturn stats quantile   FILE.csv --value COL [--quantiles N] [--polarity P]
 * outturn stats funnel     FILE.csv --numerator COL --denominator COL [--statistic proportion|rate|ratio] [--multiplier N]
 * outturn stats compare    FILE.csv --numerator COL --denominator COL --benchmark COL|N [--polarity P]
 *                          [--method proportion|rate] [--confidence 95,99.8] [--multiplier N]
 * </pre>
 *
 * <p>Exit statuses as {@link Cli}: 0 success, 1 invalid input (a cell that is not a count, a column that
 * does not exist, a file that cannot be read), 2 usage error.
 */
final class CliStats {

    static final String USAGE_TEXT = "Usage: outturn stats <proportion|rate|dsr|isr|mean|quantile|funnel|compare> FILE.csv "
            + "[options]   (outturn stats --help for more)";

    static final String HELP = String.join("\n",
            "Usage: outturn stats METHOD FILE.csv [options]",
            "",
            "Applies a public-health method to each row of a CSV file and writes the file to standard output",
            "with the results appended as columns (RFC 4180, CRLF line ends). A row with a blank input cell",
            "gets blank results and its reason in the note column.",
            "",
            "Methods:",
            "  proportion  Wilson score interval of numerator / denominator; appends value, lower_L, upper_L",
            "              for each confidence L, method, note. Multiplier default 100 (a percentage).",
            "  rate        crude rate of numerator events in a denominator population, Byars' limits from",
            "              10 events, exact Poisson below; the same columns. Multiplier default 100000.",
            "  dsr         directly standardised rate (Dobson) of each --group's rows, one row per --band",
            "              of the European Standard Population 2013 (0-4, 5-9, ..., 85-89, 90+), matched by",
            "              label; each row gets its group's columns. Not given below 10 events. Multiplier",
            "              default 100000.",
            "  isr         indirectly standardised ratio of each --group: observed = the sum of --numerator,",
            "              expected from --denominator (the area's band populations) and the reference's",
            "              --reference-numerator events in --reference-denominator people. Multiplier",
            "              default 1 (100 as a standardised ratio of 100).",
            "  mean        mean of each --group's --value with Student's t limits.",
            "  quantile    the quantile of each row's --value among all rows (phe_quantile's rule); appends",
            "              quantile. Quantile 1 holds the best values for a polarity, else the lowest.",
            "  funnel      funnel-plot control limits at each row's denominator and the row's significance;",
            "              appends value, lower_95, upper_95, lower_99.8, upper_99.8, baseline, significance,",
            "              method. --statistic proportion (default, multiplier 100), rate (100000) or ratio",
            "              (observed / expected, multiplier 1).",
            "  compare     the row's interval (by --method proportion, the default, or rate) against",
            "              --benchmark; appends value, lower_L, upper_L, comparison_L for each confidence L,",
            "              method, note: Better / Similar / Worse, or Lower / Similar / Higher without a polarity.",
            "",
            "Options:",
            "  --numerator COL     the column of numerators (events), whole numbers",
            "  --denominator COL   the column of denominators (populations; expected counts for a ratio)",
            "  --value COL         quantile, mean: the column of values",
            "  --band COL          dsr, isr: the column of age-band labels",
            "  --group COL         dsr, isr, mean: the column naming each row's group (default: one group)",
            "  --reference-numerator COL, --reference-denominator COL  isr: the reference's events and people",
            "  --confidence L,...  the confidence levels in percent (default 95,99.8)",
            "  --multiplier N      the multiplier of the values (per 100, 1000, 100000, ...)",
            "  --quantiles N       quantile: how many (default 10: deciles; 5 quintiles, 4 quartiles)",
            "  --polarity P        quantile, compare: High, Low or none (default none)",
            "  --benchmark COL|N   compare: the column of benchmark values, or one value for every row",
            "  --statistic S       funnel: proportion, rate or ratio",
            "  --method M          compare: proportion or rate",
            "");

    private static final List<String> METHODS = List.of("proportion", "rate", "dsr", "isr", "mean", "quantile",
            "funnel", "compare");
    private static final List<String> OPTIONS = List.of("numerator", "denominator", "value", "confidence",
            "multiplier", "quantiles", "polarity", "benchmark", "statistic", "method", "band", "group",
            "reference-numerator", "reference-denominator");

    private CliStats() {
    }

    /** Runs {@code outturn stats}, the arguments after {@code stats}. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.print(HELP);
            return Cli.OK;
        }
        Request request;
        try {
            request = Request.parse(args);
        } catch (Cli.UsageException ex) {
            err.println("outturn stats: " + ex.getMessage());
            err.println(USAGE_TEXT);
            return Cli.USAGE;
        }
        Table table;
        try (Reader reader = Files.newBufferedReader(Path.of(request.file), StandardCharsets.UTF_8)) {
            table = OutturnCsv.readTable(reader, Path.of(request.file).getFileName().toString());
        } catch (NoSuchFileException ex) {
            err.println("outturn stats: no such file: " + request.file);
            return Cli.INVALID_INPUT;
        } catch (IOException | IllegalArgumentException ex) {
            err.println("outturn stats: " + request.file + ": " + ex.getMessage());
            return Cli.INVALID_INPUT;
        }
        try {
            out.print(new Run(request, table).output());
            return Cli.OK;
        } catch (Cli.UsageException ex) {
            err.println("outturn stats: " + ex.getMessage());
            err.println(USAGE_TEXT);
            return Cli.USAGE;
        } catch (IllegalArgumentException ex) {
            err.println("outturn stats: " + request.file + ": " + ex.getMessage());
            return Cli.INVALID_INPUT;
        }
    }

    /** The parsed arguments. */
    private static final class Request {
        String method;
        String file;
        final Map<String, String> options = new LinkedHashMap<>();

        static Request parse(String[] args) {
            Request request = new Request();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.startsWith("--")) {
                    String name = arg.substring(2);
                    if (!OPTIONS.contains(name)) {
                        throw new Cli.UsageException("unknown option: " + arg);
                    }
                    if (i + 1 >= args.length) {
                        throw new Cli.UsageException("option " + arg + " needs a value");
                    }
                    request.options.put(name, args[++i]);
                } else if (request.method == null) {
                    if (!METHODS.contains(arg)) {
                        throw new Cli.UsageException("unknown method: '" + arg + "' (available: " + METHODS + ")");
                    }
                    request.method = arg;
                } else if (request.file == null) {
                    request.file = arg;
                } else {
                    throw new Cli.UsageException("one FILE only, not also " + arg);
                }
            }
            if (request.method == null) {
                throw new Cli.UsageException("missing METHOD");
            }
            if (request.file == null) {
                throw new Cli.UsageException("missing FILE");
            }
            for (String needed : needs(request.method)) {
                if (!request.options.containsKey(needed)) {
                    throw new Cli.UsageException(request.method + " needs --" + needed);
                }
            }
            return request;
        }

        private static List<String> needs(String method) {
            switch (method) {
                case "quantile":
                case "mean":
                    return List.of("value");
                case "dsr":
                    return List.of("band", "numerator", "denominator");
                case "isr":
                    return List.of("band", "numerator", "denominator", "reference-numerator",
                            "reference-denominator");
                case "compare":
                    return List.of("numerator", "denominator", "benchmark");
                default:
                    return List.of("numerator", "denominator");
            }
        }

        String option(String name, String fallback) {
            return options.getOrDefault(name, fallback);
        }

        List<Confidence> confidences() {
            List<Confidence> levels = new ArrayList<>();
            for (String part : option("confidence", "95,99.8").split(",", -1)) {
                try {
                    levels.add(Confidence.ofPercent(new BigDecimal(part.strip())));
                } catch (NumberFormatException ex) {
                    throw new Cli.UsageException("Invalid value for --confidence (percentages such as 95,99.8): "
                            + option("confidence", ""));
                } catch (IllegalArgumentException ex) {
                    throw new Cli.UsageException(ex.getMessage());
                }
            }
            return levels;
        }

        long multiplier(long fallback) {
            String text = options.get("multiplier");
            if (text == null) {
                return fallback;
            }
            try {
                long value = Long.parseLong(text.strip());
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException ex) {
                // reported below
            }
            throw new Cli.UsageException("Invalid value for --multiplier (a positive whole number): " + text);
        }

        Polarity polarity() {
            String text = option("polarity", "none");
            try {
                return Polarity.parseLenient(text);
            } catch (IllegalArgumentException ex) {
                throw new Cli.UsageException(ex.getMessage());
            }
        }
    }

    /** One run over a table. */
    private static final class Run {
        private final Request request;
        private final Table table;
        private final List<String> header;

        Run(Request request, Table table) {
            this.request = request;
            this.table = table;
            if (table.rows().isEmpty()) {
                throw new IllegalArgumentException("no header row: the file is empty");
            }
            this.header = table.rows().get(0);
        }

        String output() {
            List<String> newHeader = new ArrayList<>(header);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r < table.rows().size(); r++) {
                List<String> row = new ArrayList<>(table.rows().get(r));
                while (row.size() < header.size()) {
                    row.add("");
                }
                rows.add(row);
            }
            switch (request.method) {
                case "proportion":
                case "rate":
                    estimates(newHeader, rows, request.method.equals("rate"));
                    break;
                case "dsr":
                case "isr":
                case "mean":
                    grouped(newHeader, rows);
                    break;
                case "quantile":
                    quantiles(newHeader, rows);
                    break;
                case "funnel":
                    funnel(newHeader, rows);
                    break;
                default:
                    compare(newHeader, rows);
                    break;
            }
            StringWriter text = new StringWriter();
            OutturnCsv.writeTable(newHeader, rows, text);
            return text.toString();
        }

        private int column(String option) {
            String name = request.options.get(option);
            for (int c = 0; c < header.size(); c++) {
                if (header.get(c).strip().equalsIgnoreCase(name.strip())) {
                    return c;
                }
            }
            throw new IllegalArgumentException("no column '" + name + "' for --" + option + " (columns: "
                    + String.join(", ", header) + ")");
        }

        /** A cell as a whole count, or null when blank. */
        private Long count(List<String> row, int column, int r) {
            String text = row.get(column).strip();
            if (text.isEmpty()) {
                return null;
            }
            try {
                long value = new BigDecimal(text).longValueExact();
                if (value >= 0) {
                    return value;
                }
            } catch (NumberFormatException | ArithmeticException ex) {
                // reported below
            }
            throw new IllegalArgumentException("Invalid value for " + header.get(column) + " in row " + (r + 2)
                    + " (a whole number, not negative): " + text);
        }

        /** A cell as a decimal, or null when blank. */
        private BigDecimal decimal(List<String> row, int column, int r) {
            String text = row.get(column).strip();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("Invalid value for " + header.get(column) + " in row " + (r + 2)
                        + " (a number): " + text);
            }
        }

        private Estimate estimate(boolean rate, long numerator, long denominator, long multiplier,
                List<Confidence> levels, int r) {
            try {
                return rate ? Rates.crude(numerator, denominator, multiplier, levels.toArray(new Confidence[0]))
                        : Proportions.wilson(numerator, denominator, multiplier, levels.toArray(new Confidence[0]));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("row " + (r + 2) + ": " + ex.getMessage(), ex);
            }
        }

        private static String label(Confidence level) {
            return level.percent().stripTrailingZeros().toPlainString();
        }

        private void estimates(List<String> newHeader, List<List<String>> rows, boolean rate) {
            List<Confidence> levels = request.confidences();
            long multiplier = request.multiplier(rate ? 100_000 : 100);
            int numerator = column("numerator");
            int denominator = column("denominator");
            List<Estimate> estimates = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                Long n = count(rows.get(r), numerator, r);
                Long d = count(rows.get(r), denominator, r);
                estimates.add(n == null || d == null ? null : estimate(rate, n, d, multiplier, levels, r));
            }
            append(newHeader, rows, levels, estimates);
        }

        /** Appends value, limits, method and note; a null estimate is a row with a missing value. */
        private static void append(List<String> newHeader, List<List<String>> rows, List<Confidence> levels,
                List<Estimate> estimates) {
            newHeader.add("value");
            for (Confidence level : levels) {
                newHeader.add("lower_" + label(level));
                newHeader.add("upper_" + label(level));
            }
            newHeader.add("method");
            newHeader.add("note");
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                Estimate estimate = estimates.get(r);
                if (estimate == null) {
                    blanks(row, 1 + 2 * levels.size() + 1);
                    row.add("Missing value");
                    continue;
                }
                row.add(estimate.value().map(BigDecimal::toPlainString).orElse(""));
                for (Confidence level : levels) {
                    Optional<ConfidenceInterval> interval = estimate.interval(level);
                    row.add(interval.map(i -> i.lowerInclusive().toPlainString()).orElse(""));
                    row.add(interval.map(i -> i.upperInclusive().toPlainString()).orElse(""));
                }
                row.add(estimate.method().displayName());
                row.add(estimate.notComputable().map(reason -> reason.displayName()).orElse(""));
            }
        }

        /** dsr, isr and mean: one estimate per group of rows, given to each row of the group. */
        private void grouped(List<String> newHeader, List<List<String>> rows) {
            List<Confidence> levels = request.confidences();
            Confidence[] asked = levels.toArray(new Confidence[0]);
            int group = request.options.containsKey("group") ? column("group") : -1;
            Map<String, List<Integer>> groups = new LinkedHashMap<>();
            for (int r = 0; r < rows.size(); r++) {
                groups.computeIfAbsent(group < 0 ? "" : rows.get(r).get(group).strip(), k -> new ArrayList<>()).add(r);
            }
            List<Estimate> estimates = new ArrayList<>(java.util.Collections.nCopies(rows.size(), (Estimate) null));
            for (Map.Entry<String, List<Integer>> entry : groups.entrySet()) {
                Estimate estimate;
                String where = group < 0 ? "" : "group " + entry.getKey() + ": ";
                try {
                    estimate = groupEstimate(rows, entry.getValue(), asked);
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException(where + ex.getMessage(), ex);
                }
                for (int r : entry.getValue()) {
                    estimates.set(r, estimate);
                }
            }
            append(newHeader, rows, levels, estimates);
        }

        private Estimate groupEstimate(List<List<String>> rows, List<Integer> members, Confidence[] asked) {
            switch (request.method) {
                case "mean": {
                    int value = column("value");
                    List<BigDecimal> values = new ArrayList<>();
                    for (int r : members) {
                        BigDecimal x = decimal(rows.get(r), value, r);
                        if (x != null) {
                            values.add(x);
                        }
                    }
                    return Means.studentT(values, asked);
                }
                case "dsr": {
                    int band = column("band");
                    int events = column("numerator");
                    int population = column("denominator");
                    List<BandCounts> bands = new ArrayList<>();
                    for (int r : members) {
                        bands.add(BandCounts.of(rows.get(r).get(band).strip(), required(rows.get(r), events, r),
                                required(rows.get(r), population, r)));
                    }
                    return StandardisedRates.direct(bands, StandardPopulation.europeanStandard2013(),
                            request.multiplier(100_000), asked);
                }
                default: {
                    int band = column("band");
                    int observed = column("numerator");
                    int population = column("denominator");
                    int referenceEvents = column("reference-numerator");
                    int referencePopulation = column("reference-denominator");
                    long total = 0;
                    List<ReferenceBand> bands = new ArrayList<>();
                    for (int r : members) {
                        List<String> row = rows.get(r);
                        total += required(row, observed, r);
                        bands.add(ReferenceBand.of(row.get(band).strip(), required(row, population, r),
                                required(row, referenceEvents, r), required(row, referencePopulation, r)));
                    }
                    return StandardisedRatios.indirect(total, bands, request.multiplier(1), asked);
                }
            }
        }

        /** A count that must be there. */
        private long required(List<String> row, int column, int r) {
            Long value = count(row, column, r);
            if (value == null) {
                throw new IllegalArgumentException("Invalid value for " + header.get(column) + " in row " + (r + 2)
                        + " (a whole number, not negative): blank");
            }
            return value;
        }

        private static void blanks(List<String> row, int count) {
            for (int i = 0; i < count; i++) {
                row.add("");
            }
        }

        private void quantiles(List<String> newHeader, List<List<String>> rows) {
            int value = column("value");
            int count;
            try {
                count = Integer.parseInt(request.option("quantiles", "10").strip());
            } catch (NumberFormatException ex) {
                throw new Cli.UsageException("Invalid value for --quantiles (a whole number): "
                        + request.option("quantiles", ""));
            }
            Polarity polarity = request.polarity();
            List<Optional<BigDecimal>> values = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                values.add(Optional.ofNullable(decimal(rows.get(r), value, r)));
            }
            List<OptionalInt> quantiles = Quantiles.assign(values, count, polarity);
            newHeader.add("quantile");
            for (int r = 0; r < rows.size(); r++) {
                OptionalInt quantile = quantiles.get(r);
                rows.get(r).add(quantile.isPresent() ? Integer.toString(quantile.getAsInt()) : "");
            }
        }

        private void funnel(List<String> newHeader, List<List<String>> rows) {
            String statistic = request.option("statistic", "proportion");
            long multiplier;
            switch (statistic) {
                case "proportion":
                    multiplier = request.multiplier(100);
                    break;
                case "rate":
                    multiplier = request.multiplier(100_000);
                    break;
                case "ratio":
                    multiplier = request.multiplier(1);
                    break;
                default:
                    throw new Cli.UsageException("Invalid value for --statistic (proportion, rate or ratio): "
                            + statistic);
            }
            int numerator = column("numerator");
            int denominator = column("denominator");
            List<Fraction> areas = new ArrayList<>();
            List<Fraction> byRow = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                BigDecimal n = decimal(rows.get(r), numerator, r);
                BigDecimal d = decimal(rows.get(r), denominator, r);
                Fraction area = null;
                if (n != null && d != null) {
                    try {
                        area = Fraction.of(n, d);
                    } catch (IllegalArgumentException ex) {
                        throw new IllegalArgumentException("row " + (r + 2) + ": " + ex.getMessage(), ex);
                    }
                    areas.add(area);
                }
                byRow.add(area);
            }
            if (areas.isEmpty()) {
                throw new IllegalArgumentException("no row has both a numerator and a denominator");
            }
            BigDecimal scale = BigDecimal.valueOf(multiplier);
            FunnelPlot plot;
            switch (statistic) {
                case "proportion":
                    plot = FunnelPlot.proportions(areas, scale);
                    break;
                case "rate":
                    plot = FunnelPlot.rates(areas, scale);
                    break;
                default:
                    plot = FunnelPlot.ratios(areas, scale);
                    break;
            }
            newHeader.addAll(List.of("value", "lower_95", "upper_95", "lower_99.8", "upper_99.8", "baseline",
                    "significance", "method"));
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                Fraction area = byRow.get(r);
                if (area == null) {
                    blanks(row, 8);
                    continue;
                }
                row.add(area.numerator().multiply(scale).divide(area.denominator(), MathContext.DECIMAL64)
                        .toPlainString());
                for (Confidence level : List.of(Confidence.NINETY_FIVE, Confidence.NINETY_NINE_POINT_EIGHT)) {
                    ConfidenceInterval limits = plot.limits(area.denominator(), level);
                    row.add(limits.lowerInclusive().toPlainString());
                    row.add(limits.upperInclusive().toPlainString());
                }
                row.add(plot.baseline().toPlainString());
                row.add(plot.significance(area).displayName());
                row.add(plot.method().displayName());
            }
        }

        private void compare(List<String> newHeader, List<List<String>> rows) {
            String method = request.option("method", "proportion");
            if (!method.equals("proportion") && !method.equals("rate")) {
                throw new Cli.UsageException("Invalid value for --method (proportion or rate): " + method);
            }
            boolean rate = method.equals("rate");
            List<Confidence> levels = request.confidences();
            long multiplier = request.multiplier(rate ? 100_000 : 100);
            Polarity polarity = request.polarity();
            int numerator = column("numerator");
            int denominator = column("denominator");
            String benchmarkText = request.options.get("benchmark");
            BigDecimal fixed = null;
            int benchmark = -1;
            try {
                fixed = new BigDecimal(benchmarkText.strip());
            } catch (NumberFormatException ex) {
                benchmark = column("benchmark");
            }
            newHeader.add("value");
            for (Confidence level : levels) {
                newHeader.add("lower_" + label(level));
                newHeader.add("upper_" + label(level));
                newHeader.add("comparison_" + label(level));
            }
            newHeader.add("method");
            newHeader.add("note");
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                Long n = count(row, numerator, r);
                Long d = count(row, denominator, r);
                BigDecimal reference = fixed != null ? fixed : decimal(row, benchmark, r);
                if (n == null || d == null) {
                    row.add("");
                    for (Confidence level : levels) {
                        row.addAll(List.of("", "", BenchmarkComparison.notCompared(level, "missing value")
                                .comparison().displayName()));
                    }
                    row.add("");
                    row.add("Missing value");
                    continue;
                }
                Estimate estimate = estimate(rate, n, d, multiplier, levels, r);
                row.add(estimate.value().map(BigDecimal::toPlainString).orElse(""));
                String note = estimate.notComputable().map(reason -> reason.displayName()).orElse("");
                for (Confidence level : levels) {
                    Optional<ConfidenceInterval> interval = estimate.interval(level);
                    row.add(interval.map(i -> i.lowerInclusive().toPlainString()).orElse(""));
                    row.add(interval.map(i -> i.upperInclusive().toPlainString()).orElse(""));
                    BenchmarkComparison comparison = interval.isEmpty()
                            ? BenchmarkComparison.notCompared(level, "no interval")
                            : reference == null ? BenchmarkComparison.notCompared(level, "no benchmark value")
                            : BenchmarkComparison.of(interval.get(), reference, polarity, level);
                    row.add(comparison.comparison().displayName());
                    if (note.isEmpty() && reference == null) {
                        note = "no benchmark value";
                    }
                }
                row.add(estimate.method().displayName());
                row.add(note);
            }
        }
    }
}
