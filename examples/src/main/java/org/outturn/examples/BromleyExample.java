package org.outturn.examples;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.outturn.rules.Assessment;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.report.Agreement;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportRow;
import org.outturn.rules.report.ReportSelection;

/**
 * Bromley's children's scrutiny performance index 2022/23 (seed {@code 004}) from
 * {@link Datasets#bromleyChildren()}, rated in one call with {@link ReportAssessment}: each published
 * rating beside the rating recomputed for the same period, with their agreement, and every
 * disagreement with its reason.
 *
 * <p><b>Which value.</b> The published ratings rate the year to date, so the dataset keys each to the
 * period it rates: the Year to Date outturn, or for the snapshot rows that print none the latest month
 * with a value. <b>Which rule.</b> The dataset's one policy, {@code bromley}, its default for every
 * row: the first of a 5% tolerance on a single target, thresholds for a range, a band with a 5% margin
 * and no target that applies. Of the 18 published ratings, 11 agree (8 colours, and 3 context measures
 * that neither rates), 4 disagree (rows 17, 19, 26 and 28) and 3 cannot be recomputed (the values of
 * rows 18 and 22 are suppressed; row 33 has no target).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class BromleyExample {

    /** Why each row disagrees with its published rating, or cannot be recomputed, under the dataset's policy. */
    public static final Map<String, String> DISAGREEMENT_REASONS = Map.of(
            "17", "96% is between the red threshold of 95 and the green threshold of 100, so Amber; read as the "
                    + "band 95 - 100 it would be Green as published",
            "18", "the value is suppressed (see part 2 report), so nothing can be recomputed; the published Red "
                    + "was judged on the suppressed number",
            "19", "10% is between the green threshold of 0 and the red threshold of 12, so Amber; read as the band "
                    + "0 - 12 it would be Green as published",
            "26", "20 is 5 above the band 12 - 15, beyond a 5% margin (0.75), so Red; the index states no margin, "
                    + "and its Amber needs one wider than 5 caseloads",
            "28", "Oct-22's 9.3% is far above the red threshold of 1.1 (Sep-22 was 16.8%), so Red; no reading "
                    + "explains the published Green, which fits the earlier months (0.6%, 1.0%) and the prior years "
                    + "(0.2% - 0.3%), not the latest value");

    private BromleyExample() {
    }

    /**
     * Rates every outturn of a document with the policy for its period, beside the published ratings.
     *
     * @param document  the document, not null
     * @return the rated report, not null
     */
    public static ReportAssessment compare(OutturnDocument document) {
        Objects.requireNonNull(document, "document");
        return ReportAssessment.of(document, ReportSelection.all());
    }

    /**
     * Returns why a row disagrees with its published rating or cannot be recomputed: the reason in
     * {@link #DISAGREEMENT_REASONS}, else the assessment's explanation.
     *
     * @param row  the row, not null
     * @return the reason, empty when the row agrees or has no published rating
     */
    public static Optional<String> reason(ReportRow row) {
        Objects.requireNonNull(row, "row");
        if (row.agreement() == Agreement.AGREES || row.agreement() == Agreement.NOT_PUBLISHED) {
            return Optional.empty();
        }
        return Optional.of(DISAGREEMENT_REASONS.getOrDefault(row.indicator().code(),
                row.assessment().map(Assessment::explanation).orElse(row.agreementText())));
    }

    /**
     * Formats the rows with a published rating as a plain-text table, then the reconciliation and
     * the reason for each row that does not agree.
     *
     * @param report  the rated report, not null
     * @return the text, not null
     */
    public static String render(ReportAssessment report) {
        Objects.requireNonNull(report, "report");
        StringBuilder out = new StringBuilder();
        String format = "%-4s %-45s %-15s %-30s %-26s %-10s %s%n";
        out.append(String.format(Locale.UK, format, "No.", "Indicator", "Policy", "Judged on", "Recomputed",
                "Published", "Agreement"));
        List<ReportRow> published = report.rows().stream().filter(row -> row.published().isPresent()).toList();
        for (ReportRow row : published) {
            String title = row.indicator().title().length() <= 45 ? row.indicator().title()
                    : row.indicator().title().substring(0, 42) + "...";
            out.append(String.format(Locale.UK, format, row.indicator().code(), title,
                    row.policy().map(RagPolicy::name).orElse("-"),
                    row.period() + " " + CliRows.value(row.outturn(), row.indicator().unit()), CliRows.recomputed(row),
                    CliRows.rating(row.published().orElseThrow()), row.agreementText()));
        }
        out.append("Published ratings: ").append(report.reconciliation().summary()).append(System.lineSeparator());
        for (ReportRow row : published) {
            reason(row).ifPresent(reason -> out.append("  ").append(row.indicator().code()).append(": ")
                    .append(reason).append(System.lineSeparator()));
        }
        return out.toString();
    }

    /**
     * Prints the comparison for the shipped dataset.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        System.out.print(render(compare(Datasets.bromleyChildren())));
    }
}
