package org.outturn.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.time.temporal.ChronoUnit;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.Unit;
import org.outturn.core.UnratedReason;

/**
 * The priority theme 1 data table of Bexley's annual performance report 2024/25 (seed
 * {@code 000_f747e9a24b7fea22}), read from the transcription {@code bexley-priority-theme-1.tsv}
 * shipped beside this class, as Outturn model objects.
 *
 * <p>Each row keeps what the report printed: both financial-year outturns (or why one is missing),
 * the direction of travel column and the RAG column (or why the row is not rated). The report gives
 * neither targets nor polarity, so none are invented here.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BexleyTheme1 {

    /** The earlier of the report's two years. */
    public static final FinancialYear PREVIOUS_YEAR = FinancialYear.parse("2023/24");
    /** The year the report covers. */
    public static final FinancialYear REPORT_YEAR = FinancialYear.parse("2024/25");

    private static final String RESOURCE = "bexley-priority-theme-1.tsv";
    private static final int COLUMNS = 7;

    private BexleyTheme1() {
    }

    /**
     * One row of the table.
     *
     * @param code  the reference, such as {@code ASCH_01}
     * @param title  the indicator's title as printed
     * @param frequency  how often it is reported
     * @param unit  the unit, read from the cells and title: a {@code %} gives a percentage, a title
     *     naming {@code per 100,000} or {@code per 10,000} a rate, {@code Number of} a count,
     *     {@code life expectancy} years, and anything else a score; with the most decimal places
     *     printed in the row
     * @param publishedDirection  the direction of travel column as printed, empty where blank
     * @param previous  the 2023/24 outturn
     * @param current  the 2024/25 outturn
     * @param publishedRating  the RAG column: a colour, or unrated with the printed wording
     */
    public record Row(String code, String title, Frequency frequency, Unit unit, String publishedDirection,
            Outturn previous, Outturn current, Rating publishedRating) {

        /**
         * Checks that no component is null.
         *
         * @param code  the reference, not null
         * @param title  the title, not null
         * @param frequency  the frequency, not null
         * @param unit  the unit, not null
         * @param publishedDirection  the direction of travel as printed, not null, empty where blank
         * @param previous  the 2023/24 outturn, not null
         * @param current  the 2024/25 outturn, not null
         * @param publishedRating  the RAG column, not null
         * @throws NullPointerException if a component is null
         */
        public Row {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(frequency, "frequency");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(publishedDirection, "publishedDirection");
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(publishedRating, "publishedRating");
        }
    }

    /**
     * Reads every row of the table, in the report's order.
     *
     * @return the 57 rows, not null
     * @throws UncheckedIOException if the shipped table cannot be read
     * @throws IllegalArgumentException if a row of the table breaks a rule of the model
     */
    public static List<Row> rows() {
        try (InputStream in = BexleyTheme1.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("Missing resource " + RESOURCE));
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            boolean header = true;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(row(line, lineNumber));
            }
            return Collections.unmodifiableList(rows);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Row row(String line, int lineNumber) {
        String[] cells = line.split("\t", -1);
        if (cells.length != COLUMNS) {
            throw new IllegalArgumentException(RESOURCE + " line " + lineNumber + ": expected " + COLUMNS
                    + " tab-separated cells, found " + cells.length);
        }
        String title = cells[1];
        Outturn previous = outturn(PREVIOUS_YEAR, cells[4]);
        Outturn current = outturn(REPORT_YEAR, cells[5]);
        return new Row(cells[0], title, Frequency.parseLenient(cells[2]), unit(title, cells[4], cells[5]), cells[3],
                previous, current, rating(cells[6], current));
    }

    private static boolean isNumber(String cell) {
        return !cell.isEmpty() && (Character.isDigit(cell.charAt(0)) || cell.charAt(0) == '-');
    }

    private static Outturn outturn(FinancialYear year, String cell) {
        if (isNumber(cell)) {
            return Outturn.of(year, new BigDecimal(cell.replace("%", "")));
        }
        return Outturn.missing(year, MissingReason.parseLenient(cell), cell);
    }

    private static Unit unit(String title, String... cells) {
        int places = 0;
        boolean percent = false;
        for (String cell : cells) {
            if (isNumber(cell)) {
                places = Math.max(places, new BigDecimal(cell.replace("%", "")).scale());
                percent |= cell.endsWith("%");
            }
        }
        String lower = title.toLowerCase(Locale.ROOT);
        if (percent) {
            return Unit.percentage(places);
        } else if (lower.contains("per 100,000")) {
            return Unit.ratePer(100_000, places);
        } else if (lower.contains("per 10,000")) {
            return Unit.ratePer(10_000, places);
        } else if (lower.startsWith("number of")) {
            return Unit.count(places);
        } else if (lower.contains("life expectancy")) {
            return Unit.duration(ChronoUnit.YEARS, places);
        }
        return Unit.score(places);
    }

    private static Rating rating(String cell, Outturn current) {
        if (cell.equals("No Target")) {
            return Rating.unrated(UnratedReason.NO_TARGET, cell);
        }
        if (cell.startsWith("Target of")) {
            // A target is stated but the year's outturn is not yet published, so there is no colour.
            return Rating.unrated(current.isAvailable() ? UnratedReason.NOT_COMPARABLE : UnratedReason.NO_OUTTURN,
                    cell);
        }
        return Rating.of(Rag.parseLenient(cell));
    }

    /**
     * Formats the first rows as a plain-text table with the reference, a shortened title, the
     * frequency, both outturns, the direction of travel and the RAG.
     *
     * @param rows  the rows, not null
     * @param limit  the most rows to show, not negative
     * @return the table, ending with a line that says how many rows were shown, not null
     * @throws IllegalArgumentException if the limit is negative
     */
    public static String table(List<Row> rows, int limit) {
        Objects.requireNonNull(rows, "rows");
        if (limit < 0) {
            throw new IllegalArgumentException("Invalid value for limit (must not be negative): " + limit);
        }
        StringBuilder out = new StringBuilder();
        String format = "%-8s %-40s %-9s %-18s %-18s %-9s %s%n";
        out.append(String.format(Locale.UK, format, "Ref", "Performance indicator", "Frequency",
                PREVIOUS_YEAR + " outturn", REPORT_YEAR + " outturn", "Direction", "RAG"));
        int shown = Math.min(limit, rows.size());
        for (Row row : rows.subList(0, shown)) {
            out.append(String.format(Locale.UK, format, row.code(), shorten(row.title(), 40),
                    display(row.frequency()), display(row.previous(), row.unit()), display(row.current(), row.unit()),
                    row.publishedDirection(), row.publishedRating().isRated()
                            ? row.publishedRating().toString() : row.publishedRating().detail().orElse("")));
        }
        out.append(String.format(Locale.UK, "%d of %d rows of Bexley priority theme 1 (2024/25)%n",
                shown, rows.size()));
        return out.toString();
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }

    private static String display(Frequency frequency) {
        String name = frequency.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String display(Outturn outturn, Unit unit) {
        return outturn.value().map(unit::format)
                .orElseGet(() -> outturn.note().orElse(outturn.missingReason().map(Enum::name).orElse("")));
    }
}
