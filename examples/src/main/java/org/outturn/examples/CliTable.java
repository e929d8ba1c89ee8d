package org.outturn.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.outturn.core.Rag;
import org.outturn.report.Html;
import org.outturn.report.Palette;

/**
 * A table of text cells, as the command line prints it, and its renderings as aligned text, CSV
 * (RFC 4180), a Markdown pipe table and a standalone HTML page.
 *
 * <p>Cells of the columns named as RAG columns whose text starts with a colour ({@code Red},
 * {@code Amber}, {@code Green}, {@code Blue}) are coloured in HTML; so are header cells named after a
 * colour.
 *
 * <p>This class is mutable (rows are added) and not thread-safe.
 */
final class CliTable {

    /** The widest a text cell may be in the text rendering before it is shortened, except in the last column. */
    static final int TEXT_CELL_LIMIT = 48;

    private final List<String> headers;
    private final List<Integer> ragColumns;
    private final List<Integer> shortenedColumns;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * Creates an empty table.
     *
     * @param headers  the column names, not null
     * @param ragColumns  the indexes of the columns that hold ratings, not null
     * @param shortenedColumns  the indexes of the columns shortened in the text rendering, not null
     */
    CliTable(List<String> headers, List<Integer> ragColumns, List<Integer> shortenedColumns) {
        this.headers = List.copyOf(headers);
        this.ragColumns = List.copyOf(ragColumns);
        this.shortenedColumns = List.copyOf(shortenedColumns);
    }

    /** Adds a row of as many cells as there are headers; null cells are empty. */
    void add(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("Invalid row (must have " + headers.size() + " cells): " + cells);
        }
        List<String> row = new ArrayList<>(cells.size());
        for (String cell : cells) {
            row.add(cell == null ? "" : cell);
        }
        rows.add(row);
    }

    List<String> headers() {
        return headers;
    }

    List<List<String>> rows() {
        return rows;
    }

    // ------------------------------------------------------------------ text

    /** Renders the table as left-aligned columns separated by two spaces, the header underlined. */
    String toText() {
        int columns = headers.size();
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        for (List<String> row : rows) {
            List<String> shown = new ArrayList<>(columns);
            for (int i = 0; i < columns; i++) {
                String cell = oneLine(row.get(i));
                shown.add(shortenedColumns.contains(i) ? shorten(cell, TEXT_CELL_LIMIT) : cell);
            }
            all.add(shown);
        }
        int[] widths = new int[columns];
        for (List<String> row : all) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < all.size(); r++) {
            appendTextRow(text, all.get(r), widths);
            if (r == 0) {
                List<String> rule = new ArrayList<>(columns);
                for (int width : widths) {
                    rule.add("-".repeat(width));
                }
                appendTextRow(text, rule, widths);
            }
        }
        return text.toString();
    }

    private static void appendTextRow(StringBuilder text, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append("  ");
            }
            line.append(cells.get(i));
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - cells.get(i).length()));
            }
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }

    /** Shortens text to at most {@code limit} characters, ending a shortened text with {@code ...}. */
    static String shorten(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 3).stripTrailing() + "...";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    // ------------------------------------------------------------------ CSV

    /** Renders the table as CSV per RFC 4180: CRLF line ends, a header line, fields quoted when needed. */
    String toCsv() {
        StringBuilder csv = new StringBuilder();
        appendCsvRow(csv, headers);
        for (List<String> row : rows) {
            appendCsvRow(csv, row);
        }
        return csv.toString();
    }

    private static void appendCsvRow(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(csvField(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** Quotes a field that holds a comma, a double quote, a CR or an LF, doubling its double quotes. */
    static String csvField(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    // ------------------------------------------------------------------ Markdown

    /** Renders the table as a Markdown pipe table, escaping pipes and backslashes, line breaks as spaces. */
    String toMarkdown() {
        StringBuilder md = new StringBuilder();
        appendMarkdownRow(md, headers);
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            rule.add("---");
        }
        md.append("| ").append(String.join(" | ", rule)).append(" |\n");
        for (List<String> row : rows) {
            appendMarkdownRow(md, row);
        }
        return md.toString();
    }

    private static void appendMarkdownRow(StringBuilder md, List<String> cells) {
        List<String> escaped = new ArrayList<>(cells.size());
        for (String cell : cells) {
            escaped.add(markdownCell(cell));
        }
        md.append("| ").append(String.join(" | ", escaped)).append(" |\n");
    }

    /** Escapes a Markdown table cell: backslashes and pipes are escaped, line breaks become spaces. */
    static String markdownCell(String cell) {
        return oneLine(cell).replace("\\", "\\\\").replace("|", "\\|");
    }

    // ------------------------------------------------------------------ HTML

    /**
     * Renders the table as a standalone HTML page that is also well-formed XML: text escaped, a
     * style element of its own, no scripts and no external resources.
     */
    String toHtml(String title, List<String> notes) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n")
                .append("<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<title>").append(escapeHtml(title)).append("</title>\n")
                .append("<style>\n")
                .append("body { font-family: sans-serif; margin: 2em; }\n")
                .append("table { border-collapse: collapse; }\n")
                .append("th, td { border: 1px solid #999; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }\n")
                .append("th { background: #eee; }\n");
        for (String colour : List.of("red", "amber", "green", "blue")) {
            html.append(".rag-").append(colour).append(" { ").append(style(colour)).append(" }\n");
        }
        html.append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escapeHtml(title)).append("</h1>\n");
        for (String note : notes) {
            html.append("<p>").append(escapeHtml(note)).append("</p>\n");
        }
        html.append("<table>\n<thead>\n<tr>");
        for (String header : headers) {
            String colour = colourOf(header);
            html.append(colour == null ? "<th>" : "<th class=\"rag rag-" + colour + "\" style=\"" + style(colour) + "\">")
                    .append(escapeHtml(header)).append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String colour = ragColumns.contains(i) ? colourOf(cell) : null;
                html.append(colour == null ? "<td>" : "<td class=\"rag rag-" + colour + "\" style=\"" + style(colour) + "\">")
                        .append(escapeHtml(cell)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</body>\n</html>\n");
        return html.toString();
    }

    /** Returns the lower-case colour a cell's text starts with, or null. */
    static String colourOf(String cell) {
        String first = cell.split("[\\s:(]", 2)[0].toLowerCase(Locale.ROOT);
        return List.of("red", "amber", "green", "blue").contains(first) ? first : null;
    }

    /** The inline style of a colour's cell, from the one palette of the reports. */
    private static String style(String colour) {
        Rag rag = Rag.valueOf(colour.toUpperCase(Locale.ROOT));
        return "background: " + Palette.fill(rag) + "; color: " + Palette.text(rag) + ";";
    }

    /** Escapes text for HTML element content and attribute values, as {@link Html#escape} does. */
    static String escapeHtml(String text) {
        return Html.escape(text);
    }
}
