package org.outturn.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.outturn.core.Indicator;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.json.OutturnJson;
import org.outturn.report.SpcView;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.stats.spc.Assurance;
import org.outturn.stats.spc.ChartType;
import org.outturn.stats.spc.Observation;
import org.outturn.stats.spc.RuleSet;
import org.outturn.stats.spc.Signal;
import org.outturn.stats.spc.SpcChart;
import org.outturn.stats.spc.SpcLimits;
import org.outturn.stats.spc.SpcPhase;
import org.outturn.stats.spc.SpcPoint;
import org.outturn.stats.spc.SpcSetup;
import org.outturn.stats.spc.Variation;

/**
 * The command line's {@code spc}: an SPC chart (XmR unless {@code --chart} says otherwise) of each
 * indicator's series of its own frequency (the monthly outturns of a monthly indicator), one row each: points, mean, process limits, the latest
 * point's variation and the rules that fired there, and the assurance against the latest period's
 * target. Year-to-date figures are left out. Periods between the first and the last without an outturn, or with no value, are gaps.
 * Text rounds the lines to 4 decimal places; CSV and JSON give them unrounded. The p, p′, u and u′
 * charts read the outturns' imported numerators and denominators and plot in the indicator's unit
 * ({@link SpcSetup#forUnit}); the lines shown are the latest point's. An indicator whose series
 * the chart cannot read (no denominators, say) gets a row saying why.
 */
final class CliSpc {

    private static final List<String> HEADERS = List.of("Ref", "Indicator", "Points", "From", "To", "Mean",
            "Lower limit", "Upper limit", "Variation", "Rules at the latest point", "Assurance", "Target");

    /** The chart types' codes, for {@code --chart}. */
    static final List<String> CHART_CODES = Arrays.stream(ChartType.values()).map(ChartType::code)
            .collect(Collectors.toUnmodifiableList());

    private CliSpc() {
    }

    /**
     * Returns the SPC view of a document's indicators in a format of the command line.
     *
     * @param document  the document, not null
     * @param code  the one indicator's reference, or null for all
     * @param ruleSet  the rule set, not null
     * @param type  the chart type, not null
     * @param format  text, csv or json, not null
     * @return the output, ending with a new line, not null
     */
    static String print(OutturnDocument document, String code, RuleSet ruleSet, ChartType type, String format) {
        List<List<String>> rows = new ArrayList<>();
        List<Map<String, Object>> json = new ArrayList<>();
        for (IndicatorEntry entry : document.indicators()) {
            Indicator indicator = entry.indicator();
            if (code != null && !indicator.code().equals(code)) {
                continue;
            }
            List<Observation> series = SpcView.series(entry);
            if (series.isEmpty()) {
                continue;
            }
            ReportingPeriod last = ReportingPeriod.parse(series.get(series.size() - 1).label());
            SpcChart chart;
            try {
                chart = SpcChart.of(type, series, indicator.polarity(), ruleSet,
                        SpcSetup.forUnit(indicator.unit()));
            } catch (IllegalArgumentException ex) {
                List<String> row = new ArrayList<>(List.of(indicator.code(), indicator.title(),
                        Integer.toString(series.size()), series.get(0).label(), last.toString(), "", "", "",
                        "Not charted: " + ex.getMessage(), "", "", ""));
                rows.add(row);
                json.add(jsonRow(row));
                continue;
            }
            SpcPhase phase = chart.phases().get(chart.phases().size() - 1);
            Optional<Target> target = indicator.targetFor(last);
            Optional<Assurance> assurance = target.flatMap(chart::assurance);
            Optional<SpcLimits> limits = chart.latestLimits();
            List<Signal> signals = chart.latest().map(SpcPoint::signals).orElse(List.of());
            boolean text = format.equals("text");
            String variation = chart.variation().map(Variation::displayName).orElse(limits.isPresent() ? ""
                    : "Not enough data (" + phase.calculationPoints() + " values, at least "
                            + ruleSet.minimumPoints() + " needed)");
            List<String> row = new ArrayList<>();
            row.add(indicator.code());
            row.add(indicator.title());
            row.add(Integer.toString(series.size()));
            row.add(series.get(0).label());
            row.add(last.toString());
            row.add(limits.map(l -> number(l.centre(), text)).orElse(""));
            row.add(limits.map(l -> number(l.lowerProcess(), text)).orElse(""));
            row.add(limits.map(l -> number(l.upperProcess(), text)).orElse(""));
            row.add(variation);
            row.add(signals.stream().map(Signal::displayName).collect(Collectors.joining("; ")));
            row.add(assurance.map(Assurance::displayName).orElse(""));
            row.add(target.map(Target::toString).orElse(""));
            rows.add(row);
            json.add(jsonRow(row));
        }
        if (format.equals("json")) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("chart", type.code());
            root.put("ruleSet", ruleSet.name());
            root.put("minimumPoints", ruleSet.minimumPoints());
            root.put("series", json);
            return OutturnJson.strict().mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        }
        CliTable table = new CliTable(HEADERS, List.of(), List.of(1));
        rows.forEach(table::add);
        if (format.equals("csv")) {
            return table.toCsv();
        }
        return document.title().map(title -> title + "\n").orElse("") + "SPC " + type.displayName() + ", rule set "
                + ruleSet.name()
                + ", at least " + ruleSet.minimumPoints() + " points for limits\n\n" + table.toText();
    }


    /**
     * The {@code --format html} page: per series, the chart, the icons and the table of limits and rules;
     * then the indicators whose series does not suit the chart, with the reason.
     */
    static String html(OutturnDocument document, String code, RuleSet ruleSet, ChartType type) {
        List<SpcView> views = new ArrayList<>();
        List<String> notCharted = new ArrayList<>();
        for (IndicatorEntry entry : document.indicators()) {
            if (code == null || entry.indicator().code().equals(code)) {
                try {
                    SpcView.of(entry, ruleSet, type).ifPresent(views::add);
                } catch (IllegalArgumentException ex) {
                    notCharted.add(entry.indicator().code() + ": " + ex.getMessage());
                }
            }
        }
        return SpcView.toPage(document.title().orElse("Statistical process control"), views, notCharted);
    }

    private static String number(BigDecimal value, boolean rounded) {
        BigDecimal shown = rounded ? value.setScale(4, RoundingMode.HALF_UP) : value;
        String plain = shown.stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    private static Map<String, Object> jsonRow(List<String> row) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < HEADERS.size(); i++) {
            if (!row.get(i).isEmpty()) {
                object.put(jsonName(HEADERS.get(i)), row.get(i));
            }
        }
        return object;
    }

    private static String jsonName(String header) {
        String[] words = header.toLowerCase(java.util.Locale.ROOT).split(" ");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}
