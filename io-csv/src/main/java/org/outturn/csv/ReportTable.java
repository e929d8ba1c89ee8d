package org.outturn.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.Target;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportRow;
import org.outturn.rules.trend.DirectionOfTravel;

/**
 * A rated report as a table of machine-usable columns, one row per rated outturn: what the CSV and XLSX
 * exports write, and what the import reads back (it recognises {@code code}, {@code title},
 * {@code polarity}, {@code frequency}, {@code unit}, {@code period}, {@code value}, {@code count},
 * {@code denominator}, {@code target} and {@code published_rag}, and notes the others as not imported).
 *
 * <p>The columns are {@link #COLUMNS}: numbers as plain decimals with their published scale
 * ({@code 93.90}), the unit in its canonical notation ({@code percentage:2}), the target as printed
 * ({@code 95-90}), its kind and numbers in their own columns, the recomputed RAG as a word
 * ({@code Green}), the unrated reason's code ({@code NO_TARGET}) and display name ({@code No target}),
 * the published rating, the agreement, the direction of travel against the same period a year before,
 * and the explanation. A missing value's column holds its wording, or its reason's display name.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportTable {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("code", "title", "polarity", "frequency", "unit", "period",
            "value", "count", "denominator", "target", "target_kind", "target_green", "target_red", "band_low",
            "band_high", "assessed_rag", "unrated_reason", "unrated_reason_name", "published_rag", "agreement",
            "direction", "explanation");

    private final List<List<String>> rows;
    private final List<Optional<Rag>> colours;

    private ReportTable(List<List<String>> rows, List<Optional<Rag>> colours) {
        this.rows = rows;
        this.colours = colours;
    }

    /**
     * Returns the table of a rated report.
     *
     * @param report  the report, not null
     * @return the table, not null
     */
    public static ReportTable of(ReportAssessment report) {
        Objects.requireNonNull(report, "report");
        List<List<String>> rows = new ArrayList<>();
        List<Optional<Rag>> colours = new ArrayList<>();
        for (ReportRow row : report.rows()) {
            Indicator indicator = row.indicator();
            Outturn outturn = row.outturn();
            Target target = row.assessment().flatMap(assessment -> assessment.target())
                    .or(() -> indicator.targetFor(row.period())).orElse(null);
            Optional<Rating> rating = row.rating();
            List<String> cells = new ArrayList<>(COLUMNS.size());
            cells.add(indicator.code());
            cells.add(indicator.title());
            cells.add(indicator.polarity().displayName());
            cells.add(indicator.frequency().name());
            cells.add(indicator.unit().toString());
            cells.add(row.period().toString());
            cells.add(outturn.value().map(BigDecimal::toPlainString).orElseGet(() -> outturn.note()
                    .orElse(outturn.missingReason().map(reason -> reason.displayName()).orElse(""))));
            cells.add(outturn.fraction().map(f -> f.numerator().toPlainString()).orElse(""));
            cells.add(outturn.fraction().map(f -> f.denominator().toPlainString()).orElse(""));
            cells.add(targetText(target));
            cells.add(kind(target));
            cells.add(target instanceof Target.Single single ? plain(single.value())
                    : target instanceof Target.WithFloor floored ? plain(floored.value())
                    : target instanceof Target.Thresholds thresholds ? plain(thresholds.green()) : "");
            cells.add(target instanceof Target.WithFloor floored ? plain(floored.floor())
                    : target instanceof Target.Thresholds thresholds ? plain(thresholds.red()) : "");
            cells.add(target instanceof Target.Band band ? plain(band.lowInclusive()) : "");
            cells.add(target instanceof Target.Band band ? plain(band.highInclusive()) : "");
            cells.add(rating.flatMap(Rating::rag).map(Rag::displayName).orElse(""));
            cells.add(rating.flatMap(Rating::unratedReason).map(Enum::name).orElse(rating.isEmpty() ? "NO_POLICY" : ""));
            cells.add(rating.flatMap(Rating::unratedReason).map(reason -> reason.displayName())
                    .orElse(rating.isEmpty() ? "No policy named" : ""));
            cells.add(row.published().map(ReportTable::published).orElse(""));
            cells.add(row.agreementText());
            cells.add(row.againstPreviousYear().map(DirectionOfTravel::trend).map(trend -> trend.displayName())
                    .orElse(""));
            cells.add(row.assessment().map(assessment -> assessment.explanation()).orElse(""));
            rows.add(Collections.unmodifiableList(cells));
            colours.add(rating.flatMap(Rating::rag));
        }
        return new ReportTable(Collections.unmodifiableList(rows), Collections.unmodifiableList(colours));
    }

    /** A published rating as the import reads it: {@code Green}, or {@code No target: No Target}. */
    static String published(Rating rating) {
        if (rating.rag().isPresent()) {
            return rating.rag().get().displayName();
        }
        String reason = rating.unratedReason().orElseThrow().displayName();
        return rating.detail().map(detail -> reason + ": " + detail).orElse(reason);
    }

    /** A target as printed, so that the import reads it back by the indicator's polarity. */
    static String targetText(Target target) {
        if (target instanceof Target.Single single) {
            return plain(single.value());
        }
        if (target instanceof Target.Thresholds thresholds) {
            return plain(thresholds.green()) + " - " + plain(thresholds.red());
        }
        if (target instanceof Target.Band band) {
            return plain(band.lowInclusive()) + " - " + plain(band.highInclusive());
        }
        if (target instanceof Target.None none) {
            return none.wording();
        }
        return target == null ? "" : target.toString();
    }

    /** The target's kind by its {@code outturn/1} name ({@code single}, {@code withFloor}, ..., {@code none}). */
    private static String kind(Target target) {
        return target == null ? "" : target.kindName();
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    /**
     * Returns the rows, each with the cells of {@link #COLUMNS}.
     *
     * @return the rows, not null, unmodifiable
     */
    public List<List<String>> rows() {
        return rows;
    }

    /**
     * Returns the recomputed colour of a row, for filling its RAG cell.
     *
     * @param row  the row's index from 0
     * @return the colour, empty when the row is unrated
     * @throws IndexOutOfBoundsException if there is no such row
     */
    public Optional<Rag> colour(int row) {
        return colours.get(row);
    }

    @Override
    public String toString() {
        return "ReportTable[" + rows.size() + " rows]";
    }
}
