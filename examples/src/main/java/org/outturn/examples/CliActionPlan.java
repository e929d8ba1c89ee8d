package org.outturn.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outturn.json.OutturnJson;
import org.outturn.rules.plan.ActionPlan;
import org.outturn.rules.plan.ActionStatus;

/**
 * The command line's {@code summary} of a document's action plan, in each format: the items by
 * status, as printed and without the rows that repeat an earlier one, and how many are complete or
 * on track.
 *
 * <pre>
 * Bexley corporate action plan 2024/25
 * action plan: 97 of 116 complete or on track (83.6%) once the 12 duplicated rows are removed
 * </pre>
 */
final class CliActionPlan {

    private CliActionPlan() {
    }

    /**
     * Returns the summary of a plan in a format of the command line.
     *
     * @param title  the document's title, or the file's name, not null
     * @param plan  the plan as printed, not null
     * @param format  text, csv, json, html or markdown, not null
     * @return the summary, ending with a new line, not null
     */
    static String summary(String title, ActionPlan plan, String format) {
        ActionPlan distinct = plan.withoutDuplicates();
        int repeats = plan.size() - distinct.size();
        String headline = distinct.completeOrOnTrack() + " of " + distinct.size() + " complete or on track ("
                + CliRows.percent(distinct.completeOrOnTrackShare()) + ")"
                + (repeats == 0 ? "" : " once the " + repeats + " duplicated rows are removed");
        if (format.equals("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("title", title);
            json.put("printed", counts(plan));
            json.put("distinct", counts(distinct));
            return OutturnJson.strict().mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
        }
        List<String> headers = new ArrayList<>();
        headers.add("Action plan");
        headers.add("Items");
        for (ActionStatus status : ActionStatus.values()) {
            headers.add(status.displayName());
        }
        headers.add("Complete or on track");
        CliTable table = new CliTable(headers, List.of(), List.of(0));
        table.add(row("As printed", plan));
        if (repeats > 0) {
            table.add(row("Without duplicated rows", distinct));
        }
        switch (format) {
            case "csv":
                return table.toCsv();
            case "markdown":
                return "## " + CliTable.markdownCell(title) + "\n\n" + table.toMarkdown() + "\nAction plan: "
                        + headline + ".\n";
            case "html":
                return table.toHtml(title, List.of("Action plan: " + headline + "."));
            default:
                return title + "\naction plan: " + headline + "\n\n" + table.toText();
        }
    }

    private static List<String> row(String name, ActionPlan plan) {
        List<String> cells = new ArrayList<>();
        cells.add(name);
        cells.add(Integer.toString(plan.size()));
        plan.countByStatus().values().forEach(count -> cells.add(Long.toString(count)));
        cells.add(plan.completeOrOnTrack() + " (" + CliRows.percent(plan.completeOrOnTrackShare()) + ")");
        return cells;
    }

    private static Map<String, Object> counts(ActionPlan plan) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("items", plan.size());
        Map<String, Long> byStatus = new LinkedHashMap<>();
        plan.countByStatus().forEach((status, count) -> byStatus.put(status.name(), count));
        counts.put("byStatus", byStatus);
        counts.put("completeOrOnTrack", plan.completeOrOnTrack());
        counts.put("completeOrOnTrackShare", plan.completeOrOnTrackShare());
        return counts;
    }
}
