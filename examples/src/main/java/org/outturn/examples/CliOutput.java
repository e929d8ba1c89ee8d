package org.outturn.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outturn.core.Indicator;
import org.outturn.core.Rag;
import org.outturn.core.UnratedReason;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.json.OutturnJson;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportRow;
import org.outturn.rules.Tally;

/**
 * The outputs of {@code assess} and {@code summary} in each format.
 *
 * <p>This class is not instantiable.
 */
final class CliOutput {

    static final List<String> ASSESS_HEADERS = List.of("Reference", "Title", "Period", "Value", "Target", "RAG",
            "Published", "Agreement", "Trend", "Explanation");

    private CliOutput() {
    }

    // ------------------------------------------------------------------ assess

    static String assess(ReportAssessment report, Cli.Options options) {
        String title = report.document().title().orElse(options.file);
        if (options.format.equals("json")) {
            return assessJson(title, report);
        }
        CliTable table = new CliTable(ASSESS_HEADERS, List.of(5, 6), List.of(1));
        for (ReportRow row : report.rows()) {
            Indicator indicator = row.indicator();
            table.add(List.of(indicator.code(), indicator.title(), row.period().toString(),
                    CliRows.value(row.outturn(), indicator.unit()),
                    CliRows.target(CliRows.targetOf(row), indicator.unit()), CliRows.recomputed(row),
                    CliRows.rating(row.published().orElse(null)), row.agreementText(), CliRows.trend(row),
                    CliRows.explanation(row)));
        }
        int rows = report.rows().size();
        String note = rows + (rows == 1 ? " outturn" : " outturns") + " assessed; against the published ratings: "
                + report.reconciliation().summary();
        switch (options.format) {
            case "csv":
                return table.toCsv();
            case "markdown":
                return "## " + CliTable.markdownCell(title) + "\n\n" + table.toMarkdown() + "\n" + note + "\n";
            case "html":
                return table.toHtml(title, List.of(note));
            default:
                return title + "\n\n" + table.toText() + "\n" + note + "\n";
        }
    }

    private static String assessJson(String title, ReportAssessment report) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (ReportRow row : report.rows()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", row.indicator().code());
            item.put("period", row.period());
            row.policy().ifPresent(policy -> item.put("policy", policy.name()));
            if (row.assessment().isPresent()) {
                item.put("assessment", row.assessment().get());
            } else {
                item.put("unrated", CliRows.NO_POLICY);
            }
            row.published().ifPresent(published -> item.put("published", published));
            item.put("agreement", row.agreement().displayName());
            row.notRecomputable().ifPresent(reason -> item.put("notRecomputable", reason.displayName()));
            row.againstPreviousPeriod().ifPresent(trend -> item.put("againstPreviousPeriod", trend.explanation()));
            row.againstPreviousYear().ifPresent(trend -> item.put("againstPreviousYear", trend.explanation()));
            items.add(item);
        }
        Map<String, Object> reconciliation = new LinkedHashMap<>();
        report.reconciliation().counts().forEach((agreement, count) -> reconciliation.put(agreement.displayName(),
                count));
        Map<String, Object> reasons = new LinkedHashMap<>();
        report.reconciliation().notRecomputable().forEach((reason, count) -> reasons.put(reason.displayName(), count));
        if (!reasons.isEmpty()) {
            reconciliation.put("notRecomputableBecause", reasons);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("title", title);
        document.put("selection", report.selection().toString());
        document.put("rows", items);
        document.put("reconciliation", reconciliation);
        return OutturnJson.strict().mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
    }

    // ------------------------------------------------------------------ summary

    static String summary(OutturnDocument document, Cli.Summary summary, Cli.Options options) {
        String title = document.title().orElse(options.file);
        String what = (options.published ? "published ratings" : "recomputed ratings") + ", "
                + CliRows.selection(options) + ", by " + summary.by();
        if (options.format.equals("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("title", title);
            json.put("ratings", options.published ? "published" : "recomputed");
            json.put("selection", CliRows.selection(options).toString());
            json.put("by", summary.by());
            json.put("scorecard", summary.scorecard());
            if (summary.noPolicyTotal() > 0) {
                json.put("noPolicy", summary.noPolicy());
            }
            return OutturnJson.strict().mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
        }
        Tally total = summary.scorecard().total();
        List<Object> columns = Cli.summaryColumns(total);
        boolean noPolicy = summary.noPolicyTotal() > 0;
        List<String> headers = new ArrayList<>();
        headers.add("Group");
        headers.add("Total");
        for (Object column : columns) {
            headers.add(column instanceof Rag rag ? rag.displayName()
                    : "Unrated: " + ((UnratedReason) column).displayName());
        }
        if (noPolicy) {
            headers.add("No policy");
        }
        CliTable table = new CliTable(headers, List.of(), List.of(0));
        Map<String, Tally> groups = new LinkedHashMap<>(summary.scorecard().groups());
        for (String group : summary.noPolicy().keySet()) {
            groups.putIfAbsent(group, Tally.empty());
        }
        for (Map.Entry<String, Tally> group : groups.entrySet()) {
            table.add(summaryRow(group.getKey(), group.getValue(), columns, noPolicy,
                    summary.noPolicy().getOrDefault(group.getKey(), 0L)));
        }
        if (groups.size() != 1) {
            table.add(summaryRow("Total", total, columns, noPolicy, summary.noPolicyTotal()));
        }
        String note = "Counts and shares of " + what + "."
                + (noPolicy ? " Outturns of indicators that name no policy are counted apart." : "");
        switch (options.format) {
            case "csv":
                return table.toCsv();
            case "markdown":
                return "## " + CliTable.markdownCell(title) + "\n\n" + table.toMarkdown() + "\n" + note + "\n";
            case "html":
                return table.toHtml(title, List.of(note));
            default:
                return title + "\n" + what + "\n\n" + table.toText();
        }
    }

    private static List<String> summaryRow(String group, Tally tally, List<Object> columns, boolean noPolicy,
            long noPolicyCount) {
        List<String> cells = new ArrayList<>();
        cells.add(group);
        cells.add(Long.toString(tally.total()));
        for (Object column : columns) {
            if (column instanceof Rag rag) {
                cells.add(tally.count(rag) + " (" + CliRows.percent(tally.share(rag)) + ")");
            } else {
                UnratedReason reason = (UnratedReason) column;
                cells.add(tally.count(reason) + " (" + CliRows.percent(tally.share(reason)) + ")");
            }
        }
        if (noPolicy) {
            cells.add(Long.toString(noPolicyCount));
        }
        return cells;
    }
}
