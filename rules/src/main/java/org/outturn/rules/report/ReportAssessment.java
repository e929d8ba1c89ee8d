package org.outturn.rules.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rating;
import org.outturn.core.ReportingPeriod;
import org.outturn.rules.Assessment;
import org.outturn.rules.OutturnHistory;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.RagStrategies;
import org.outturn.rules.Scorecard;
import org.outturn.rules.Tally;
import org.outturn.rules.trend.DirectionOfTravel;

/**
 * A whole report rated in one call: every chosen outturn of every indicator of an
 * {@link OutturnDocument}, with its assessment, the published rating beside it, its directions of
 * travel and their {@link Agreement}, and the tallies and reconciliation of the same rows.
 *
 * <pre>{@code
 * ReportAssessment report = ReportAssessment.of(document, ReportSelection.all());
 * Map<String, String> agreements = new LinkedHashMap<>();
 * for (ReportRow row : report.rows()) {
 *     agreements.put(row.indicator().code() + " " + row.period(), row.agreementText());
 * }
 * report.reconciliation().summary(); // 8 agree, 3 disagree, 2 not recomputable (...), 150 not published
 * report.scorecard(row -> row.indicator().frequency().displayName());
 * }</pre>
 *
 * <p>Each outturn is rated by the policy its entry names for the outturn's period, else by the
 * document's default policy, through {@link RagPolicy#assess(org.outturn.core.Indicator, Outturn,
 * OutturnHistory)} with the entry's outturns as history. An outturn no policy applies to has no
 * assessment (a context measure, {@link Polarity#NONE}, is still assessed: unrated as under any
 * policy). Rows are in document order, and within an indicator in period order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportAssessment {

    /** Rates context measures of indicators that no policy rates: the engine's answer for them under any policy. */
    private static final RagPolicy CONTEXT = RagPolicy.of("context", RagStrategies.noTarget());

    private final OutturnDocument document;
    private final ReportSelection selection;
    private final List<ReportRow> rows;
    private final List<ReportRow> assessedRows;
    private final List<ReportRow> publishedRows;
    private final Reconciliation reconciliation;

    private ReportAssessment(OutturnDocument document, ReportSelection selection, List<ReportRow> rows) {
        this.document = document;
        this.selection = selection;
        this.rows = rows;
        List<ReportRow> assessed = new ArrayList<>(rows.size());
        List<ReportRow> published = new ArrayList<>();
        for (ReportRow row : rows) {
            if (row.assessment().isPresent()) {
                assessed.add(row);
            }
            if (row.published().isPresent()) {
                published.add(row);
            }
        }
        this.assessedRows = Collections.unmodifiableList(assessed);
        this.publishedRows = Collections.unmodifiableList(published);
        this.reconciliation = Reconciliation.of(rows);
    }

    /**
     * Rates the chosen outturns of every indicator of a document.
     *
     * @param document  the document, not null
     * @param selection  which outturns of each indicator, not null
     * @return the rated report, not null
     */
    public static ReportAssessment of(OutturnDocument document, ReportSelection selection) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(selection, "selection");
        List<ReportRow> rows = new ArrayList<>();
        for (IndicatorEntry entry : document.indicators()) {
            OutturnHistory history = history(entry);
            for (ReportingPeriod period : selection.choose(entry.outturns())) {
                Outturn outturn = entry.outturns().get(period);
                RagPolicy policy = document.policyFor(entry, period).orElse(null);
                RagPolicy rating = policy == null && entry.indicator().polarity() == Polarity.NONE ? CONTEXT : policy;
                Assessment assessment = rating == null ? null
                        : rating.assess(entry.indicator(), outturn, history);
                rows.add(new ReportRow(entry, outturn, policy, assessment, entry.published().get(period),
                        direction(entry, outturn, previous(period, 0)),
                        direction(entry, outturn, previous(period, 1))));
            }
        }
        return new ReportAssessment(document, selection, Collections.unmodifiableList(rows));
    }

    /**
     * An entry's outturns as a history: the entry's own map, which already holds one outturn per period, rather
     * than a sorted copy of its outturns.
     */
    private static OutturnHistory history(IndicatorEntry entry) {
        Map<ReportingPeriod, Outturn> outturns = entry.outturns();
        return period -> Optional.ofNullable(outturns.get(Objects.requireNonNull(period, "period")));
    }

    /** The period before, or a year before; null when out of range. */
    private static ReportingPeriod previous(ReportingPeriod period, int years) {
        try {
            return years == 0 ? period.previous() : period.minusYears(years);
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private static DirectionOfTravel direction(IndicatorEntry entry, Outturn to, ReportingPeriod earlier) {
        Outturn from = earlier == null ? null : entry.outturns().get(earlier);
        return from == null ? null
                : DirectionOfTravel.between(from, to, entry.indicator().polarity(), entry.indicator().unit());
    }

    /**
     * Returns the document rated.
     *
     * @return the document, not null
     */
    public OutturnDocument document() {
        return document;
    }

    /**
     * Returns which outturns were rated.
     *
     * @return the selection, not null
     */
    public ReportSelection selection() {
        return selection;
    }

    /**
     * Returns the rows, in document order and within an indicator in period order.
     *
     * @return the rows, unmodifiable, not null, empty when no outturn was chosen
     */
    public List<ReportRow> rows() {
        return rows;
    }

    /**
     * Returns the rows of the outturns that were assessed: those a policy applies to, and context
     * measures.
     *
     * @return the rows, unmodifiable, not null
     */
    public List<ReportRow> assessedRows() {
        return assessedRows;
    }

    /**
     * Returns how many rows no policy applies to (and are not context measures), which have no assessment.
     *
     * @return the count, zero or more
     */
    public long withoutPolicy() {
        return rows.size() - assessedRows.size();
    }

    /**
     * Whether any row was recomputed to a colour: false for a document with no targets, or none that
     * its policies can rate, where only the published ratings say anything.
     *
     * @return true if some recomputed rating has a colour
     */
    public boolean hasRecomputedColour() {
        return rows.stream().anyMatch(row -> row.rating().map(Rating::isRated).orElse(false));
    }

    /**
     * Counts the recomputed ratings of the assessed rows.
     *
     * @return the tally, not null
     */
    public Tally tally() {
        return Tally.of(assessedRows.stream().map(row -> row.rating().orElseThrow()).toList());
    }

    /**
     * Counts the recomputed ratings of the assessed rows by group.
     *
     * @param <K>  the type of the group keys
     * @param group  the group of a row, not null, never returning null
     * @return the scorecard, not null
     */
    public <K> Scorecard<K> scorecard(Function<? super ReportRow, ? extends K> group) {
        Objects.requireNonNull(group, "group");
        return Scorecard.of(assessedRows, row -> row.rating().orElseThrow(), group);
    }

    /**
     * Counts the published ratings of the rows that have one.
     *
     * @return the tally, not null
     */
    public Tally publishedTally() {
        return Tally.of(publishedRows.stream().map(row -> row.published().orElseThrow()).toList());
    }

    /**
     * Counts the published ratings of the rows that have one, by group.
     *
     * @param <K>  the type of the group keys
     * @param group  the group of a row, not null, never returning null
     * @return the scorecard, not null
     */
    public <K> Scorecard<K> publishedScorecard(Function<? super ReportRow, ? extends K> group) {
        Objects.requireNonNull(group, "group");
        return Scorecard.of(publishedRows, row -> row.published().orElseThrow(), group);
    }

    /**
     * Returns the rows with a published rating.
     *
     * @return the rows, unmodifiable, not null
     */
    public List<ReportRow> publishedRows() {
        return publishedRows;
    }

    /**
     * Returns the reconciliation of the published ratings with the recomputed ones, over every row.
     *
     * @return the reconciliation, not null
     */
    public Reconciliation reconciliation() {
        return reconciliation;
    }

    /**
     * Returns the row of an indicator's outturn for a period.
     *
     * @param code  the indicator's code, not null
     * @param period  the period, not null
     * @return the row, empty when none was rated
     */
    public Optional<ReportRow> row(String code, ReportingPeriod period) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(period, "period");
        return rows.stream().filter(row -> row.indicator().code().equals(code) && row.period().equals(period))
                .findFirst();
    }

    /**
     * Returns a summary such as {@code ReportAssessment[every period, 163 rows, 8 agree, ...]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "ReportAssessment[" + selection + ", " + rows.size() + " rows, " + reconciliation.summary() + "]";
    }
}
