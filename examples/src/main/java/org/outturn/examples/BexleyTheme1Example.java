package org.outturn.examples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.outturn.core.FinancialYear;
import org.outturn.core.Rating;
import org.outturn.core.UnratedReason;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.rules.trend.Direction;
import org.outturn.rules.trend.DirectionOfTravel;
import org.outturn.report.ReportWords;
import org.outturn.rules.Tally;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportRow;
import org.outturn.rules.report.ReportSelection;

/**
 * Bexley's priority theme 1 (seed {@code 000}) from {@link Datasets#bexleyTheme1()}: every row with
 * its direction of travel recomputed from the two published outturns and compared with the
 * published column, its published RAG or non-rating, and the counts of the published ratings.
 *
 * <pre>{@code
 * List<BexleyTheme1Example.Row> rows = BexleyTheme1Example.rows(Datasets.bexleyTheme1());
 * Tally tally = BexleyTheme1Example.publishedTally(Datasets.bexleyTheme1()); // 12 Green, 10 Amber, 6 Red
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class BexleyTheme1Example {

    /** The prefix of the entry note that holds the published direction of travel. */
    public static final String DIRECTION_NOTE = "published direction of travel: ";

    private static final FinancialYear PREVIOUS = FinancialYear.parse("2023/24");
    private static final FinancialYear CURRENT = FinancialYear.parse("2024/25");

    private BexleyTheme1Example() {
    }

    /**
     * One row: the published direction and rating beside the recomputed direction of travel.
     *
     * @param code  the reference, such as {@code CS_06}
     * @param title  the indicator's title
     * @param publishedDirection  the direction of travel as published, empty where the column is blank
     * @param computed  the direction of travel recomputed from the 2023/24 and 2024/25 outturns with
     *     the dataset's polarity
     * @param publishedRating  the published RAG for 2024/25, or unrated with the report's wording
     */
    public record Row(String code, String title, Optional<Direction> publishedDirection, DirectionOfTravel computed,
            Rating publishedRating) {

        /**
         * Checks that no component is null.
         *
         * @param code  the reference, not null
         * @param title  the title, not null
         * @param publishedDirection  the published direction, not null
         * @param computed  the recomputed direction of travel, not null
         * @param publishedRating  the published rating, not null
         * @throws NullPointerException if a component is null
         */
        public Row {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(publishedDirection, "publishedDirection");
            Objects.requireNonNull(computed, "computed");
            Objects.requireNonNull(publishedRating, "publishedRating");
        }

        /**
         * Returns whether both years have a value, so that a direction could be recomputed.
         *
         * @return true when the direction is comparable
         */
        public boolean isComparable() {
            return computed.direction().isPresent();
        }

        /**
         * Returns whether the recomputed direction equals the published one; false where either is missing.
         *
         * @return true when both are present and equal
         */
        public boolean matchesPublished() {
            return isComparable() && computed.direction().equals(publishedDirection);
        }
    }

    /**
     * Recomputes the direction of travel of every row of a document shaped like the Bexley dataset.
     *
     * @param document  the document, not null
     * @return the rows in document order, unmodifiable, not null
     * @throws IllegalArgumentException if an entry lacks an outturn for 2023/24 or 2024/25
     */
    public static List<Row> rows(OutturnDocument document) {
        Objects.requireNonNull(document, "document");
        ReportAssessment report = ReportAssessment.of(document, ReportSelection.period(CURRENT));
        List<Row> rows = new ArrayList<>();
        for (ReportRow row : report.rows()) {
            IndicatorEntry entry = row.entry();
            DirectionOfTravel computed = row.againstPreviousYear().orElseThrow(() -> new IllegalArgumentException(
                    "Invalid entry " + entry.indicator().code() + " (needs an outturn for " + PREVIOUS + ")"));
            Optional<Direction> published = entry.notes().stream().filter(note -> note.startsWith(DIRECTION_NOTE))
                    .map(note -> note.substring(DIRECTION_NOTE.length())).filter(text -> !text.equals("(blank)"))
                    .findFirst().map(Direction::parseLenient);
            Rating rating = row.published().orElseGet(() -> Rating.unrated(UnratedReason.NO_OUTTURN, "not published"));
            rows.add(new Row(entry.indicator().code(), entry.indicator().title(), published, computed, rating));
        }
        if (rows.size() != document.indicators().size()) {
            throw new IllegalArgumentException("Invalid document (every entry needs an outturn for " + CURRENT
                    + "): " + rows.size() + " of " + document.indicators().size() + " have one");
        }
        return Collections.unmodifiableList(rows);
    }

    /**
     * Counts the ratings published for 2024/25.
     *
     * @param document  the document, not null
     * @return the tally, not null
     */
    public static Tally publishedTally(OutturnDocument document) {
        return ReportAssessment.of(document, ReportSelection.period(CURRENT)).publishedTally();
    }

    /**
     * Formats the rows and the tally as a plain-text report.
     *
     * @param rows  the rows, not null
     * @return the text, not null
     */
    public static String render(List<Row> rows) {
        Objects.requireNonNull(rows, "rows");
        StringBuilder out = new StringBuilder();
        String format = "%-8s %-10s %-10s %-15s %-7s %s%n";
        out.append(String.format(Locale.UK, format, "Ref", "Published", "Computed", "Trend", "Match", "RAG 2024/25"));
        for (Row row : rows) {
            out.append(String.format(Locale.UK, format, row.code(),
                    row.publishedDirection().map(Direction::displayName).orElse("-"),
                    row.computed().direction().map(Direction::displayName).orElse("-"),
                    row.computed().trend().displayName(),
                    row.isComparable() ? (row.matchesPublished() ? "yes" : "NO") : "n/a",
                    row.publishedRating().isRated() ? row.publishedRating().toString()
                            : row.publishedRating().detail().orElse(CliRows.rating(row.publishedRating()))));
        }
        long comparable = rows.stream().filter(Row::isComparable).count();
        long matching = rows.stream().filter(Row::matchesPublished).count();
        out.append(String.format(Locale.UK, "%d rows; direction recomputed for %d, matching the published column "
                + "for %d%n", rows.size(), comparable, matching));
        out.append("Published RAG: ").append(ReportWords.tally(Tally.of(rows.stream().map(Row::publishedRating)
                .toList())))
                .append(System.lineSeparator());
        return out.toString();
    }

    /**
     * Prints the report for the shipped dataset.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        System.out.print(render(rows(Datasets.bexleyTheme1())));
    }
}
