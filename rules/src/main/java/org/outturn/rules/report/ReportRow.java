package org.outturn.rules.report;

import java.util.Objects;
import java.util.Optional;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Rating;
import org.outturn.core.ReportingPeriod;
import org.outturn.rules.Assessment;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.trend.DirectionOfTravel;

/**
 * One rated outturn of a {@link ReportAssessment}: the indicator and outturn, the policy that rated
 * it and its {@link Assessment}, the rating the report published for the same period, the
 * directions of travel against the previous period and the same period a year earlier, and the
 * {@link Agreement} between the recomputed and the published rating.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportRow {

    private final IndicatorEntry entry;
    private final Outturn outturn;
    private final RagPolicy policy;
    private final Assessment assessment;
    private final Rating published;
    private final DirectionOfTravel againstPreviousPeriod;
    private final DirectionOfTravel againstPreviousYear;
    private final Agreement agreement;
    private final NotRecomputable notRecomputable;

    ReportRow(IndicatorEntry entry, Outturn outturn, RagPolicy policy, Assessment assessment, Rating published,
            DirectionOfTravel againstPreviousPeriod, DirectionOfTravel againstPreviousYear) {
        this.entry = entry;
        this.outturn = outturn;
        this.policy = policy;
        this.assessment = assessment;
        this.published = published;
        this.againstPreviousPeriod = againstPreviousPeriod;
        this.againstPreviousYear = againstPreviousYear;
        Rating recomputed = assessment == null ? null : assessment.rating();
        NotRecomputable why = recomputed == null ? NotRecomputable.NO_POLICY
                : recomputed.unratedReason().map(NotRecomputable::of).orElse(null);
        if (published == null) {
            this.agreement = Agreement.NOT_PUBLISHED;
        } else if (recomputed != null && recomputed.rag().equals(published.rag())
                && recomputed.unratedReason().equals(published.unratedReason())) {
            this.agreement = Agreement.AGREES;
        } else if (why != null) {
            this.agreement = Agreement.NOT_RECOMPUTABLE;
        } else {
            this.agreement = Agreement.DISAGREES;
        }
        this.notRecomputable = why;
    }

    /**
     * Returns the indicator's entry in the document.
     *
     * @return the entry, not null
     */
    public IndicatorEntry entry() {
        return entry;
    }

    /**
     * Returns the indicator.
     *
     * @return the indicator, not null
     */
    public Indicator indicator() {
        return entry.indicator();
    }

    /**
     * Returns the outturn rated.
     *
     * @return the outturn, not null
     */
    public Outturn outturn() {
        return outturn;
    }

    /**
     * Returns the outturn's period.
     *
     * @return the period, not null
     */
    public ReportingPeriod period() {
        return outturn.period();
    }

    /**
     * Returns the policy that rated the outturn: the one the entry names for the period, else the
     * document's default.
     *
     * @return the policy, empty when none applies
     */
    public Optional<RagPolicy> policy() {
        return Optional.ofNullable(policy);
    }

    /**
     * Returns the recomputed assessment, from {@code RagPolicy.assess(Indicator, Outturn,
     * OutturnHistory)} with the entry's outturns as history. A context measure
     * ({@code Polarity.NONE}) is assessed (unrated, {@code NOT_RATED_MEASURE}) even without a policy,
     * as under any policy.
     *
     * @return the assessment, empty when no policy applies
     */
    public Optional<Assessment> assessment() {
        return Optional.ofNullable(assessment);
    }

    /**
     * Returns the recomputed rating.
     *
     * @return the rating, empty when no policy applies
     */
    public Optional<Rating> rating() {
        return assessment().map(Assessment::rating);
    }

    /**
     * Returns the rating the report published for the outturn's period.
     *
     * @return the published rating, empty when none was published for the period
     */
    public Optional<Rating> published() {
        return Optional.ofNullable(published);
    }

    /**
     * Returns the direction of travel from the previous period's outturn ({@code period().previous()})
     * to this one.
     *
     * @return the direction of travel, empty when the entry has no outturn for the previous period
     */
    public Optional<DirectionOfTravel> againstPreviousPeriod() {
        return Optional.ofNullable(againstPreviousPeriod);
    }

    /**
     * Returns the direction of travel from the same period a year earlier ({@code period().minusYears(1)})
     * to this one.
     *
     * @return the direction of travel, empty when the entry has no outturn for that period
     */
    public Optional<DirectionOfTravel> againstPreviousYear() {
        return Optional.ofNullable(againstPreviousYear);
    }

    /**
     * Returns how the recomputed rating compares with the published one.
     *
     * @return the agreement, not null
     */
    public Agreement agreement() {
        return agreement;
    }

    /**
     * Returns why no colour could be recomputed, whether or not a rating was published.
     *
     * @return the reason, empty when a colour was recomputed
     */
    public Optional<NotRecomputable> notRecomputable() {
        return Optional.ofNullable(notRecomputable);
    }

    /**
     * Returns the agreement in words: {@code Agrees}, {@code Disagrees}, {@code Not published}, or
     * {@code Not recomputable: no target} with its reason.
     *
     * @return the words, not null
     */
    public String agreementText() {
        return agreement == Agreement.NOT_RECOMPUTABLE
                ? agreement.displayName() + ": " + notRecomputable.displayName()
                : agreement.displayName();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ReportRow other && entry.equals(other.entry) && outturn.equals(other.outturn)
                && Objects.equals(policy, other.policy) && Objects.equals(published, other.published)
                && Objects.equals(assessment == null ? null : assessment.rating(),
                        other.assessment == null ? null : other.assessment.rating());
    }

    @Override
    public int hashCode() {
        return Objects.hash(entry.indicator().code(), outturn, published);
    }

    /**
     * Returns a summary such as {@code ReportRow[16, 2022/23 YTD Nov-2022, Green, published Green, Agrees]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "ReportRow[" + entry.indicator().code() + ", " + outturn.period() + ", "
                + (assessment == null ? "no policy" : assessment.rating()) + ", published "
                + (published == null ? "none" : published) + ", " + agreementText() + "]";
    }
}
