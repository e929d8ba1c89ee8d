package org.outturn.report;

import java.util.Locale;
import org.outturn.core.Rag;

/** The style sheet of the reports, screen and print, and the inline styles of RAG cells, from {@link Palette}. */
final class ReportCss {

    /** The style sheet, scoped to {@code .outturn-report} and the page, with the print layout. */
    static final String CSS = String.join("\n", "",
            "body { font-family: Arial, Helvetica, sans-serif; color: #0b0c0c; margin: 16px; }",
            ".outturn-report { font-family: Arial, Helvetica, sans-serif; color: #0b0c0c; font-size: 13px; }",
            ".outturn-report h2 { font-size: 18px; margin: 16px 0 4px; }",
            ".outturn-report table.scorecard { border-collapse: collapse; width: 100%; }",
            ".outturn-report th, .outturn-report td { border: 1px solid #b1b4b6; padding: 4px 6px; "
                    + "text-align: left; vertical-align: top; }",
            ".outturn-report thead th { background: #f3f2f1; }",
            ".outturn-report td.num { text-align: right; white-space: nowrap; }",
            ".outturn-report td.rag { font-weight: bold; white-space: nowrap; }",
            ".outturn-report td.travel { white-space: nowrap; }",
            ".outturn-report td.title { max-width: 22em; }",
            ".outturn-report td.explanation { font-size: 11px; max-width: 30em; }",
            ".outturn-report .period { font-size: 10px; color: #505a5f; }",
            ".outturn-report .arrow { font-size: 15px; }",
            ".outturn-report ul.counts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 8px; }",
            ".outturn-report .swatch { display: inline-block; padding: 2px 6px; font-weight: bold; }",
            ".outturn-report, .outturn-chart { -webkit-print-color-adjust: exact; print-color-adjust: exact; }",
            ".outturn-charts { margin-top: 16px; }",
            ".outturn-charts figure { margin: 8px 0; break-inside: avoid; page-break-inside: avoid; }",
            ".outturn-report .spc-icons { display: inline-flex; gap: 4px; vertical-align: middle; }",
            ".outturn-report .spc-icons svg { flex: none; }",
            ".outturn-report td.spc { white-space: nowrap; }",
            ".outturn-report td.spc .spc-words { font-size: 10px; color: #505a5f; white-space: normal; }",
            ".outturn-spc section.spc figure { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 8px; "
                    + "margin: 8px 0; }",
            ".outturn-spc section.spc figcaption { flex-basis: 100%; }",
            ".outturn-report table.spc-points { border-collapse: collapse; margin-bottom: 16px; }",
            ".outturn-report table.spc-points tr.special td.variation { font-weight: bold; }",
            "@page { size: A4 landscape; margin: 12mm; }",
            "@media print {",
            "  body { margin: 0; }",
            "  .outturn-report section.group:not(.first), .outturn-charts { break-before: page; "
                    + "page-break-before: always; }",
            "  .outturn-report thead { display: table-header-group; }",
            "  .outturn-report tr { break-inside: avoid; page-break-inside: avoid; }",
            "  .outturn-spc section.spc:not(:first-of-type) { break-before: page; page-break-before: always; }",
            "}",
            "");

    private ReportCss() {
    }

    /** The lower-case name of a colour, as in the class {@code rag-green}. */
    static String name(Rag rag) {
        return rag.name().toLowerCase(Locale.ROOT);
    }

    /** The inline style of a rated cell: {@code background:#00703c;color:#ffffff}. */
    static String style(Rag rag) {
        return "background:" + Palette.fill(rag) + ";color:" + Palette.text(rag);
    }

    /** The inline style of an unrated cell. */
    static String unratedStyle() {
        return "background:" + Palette.UNRATED_FILL + ";color:" + Palette.UNRATED_TEXT;
    }
}
