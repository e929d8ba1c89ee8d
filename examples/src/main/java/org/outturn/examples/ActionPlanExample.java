package org.outturn.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import org.outturn.rules.plan.ActionPlan;

/**
 * Bexley's corporate action plan 2024/25 (seed {@code 001}) from {@link Datasets#bexleyActionPlan()}:
 * the headline "83% of activities complete or on track" recomputed with and without the Place
 * directorate's 12 rows that the report prints twice.
 *
 * <pre>{@code
 * ActionPlanExample.Summary summary = ActionPlanExample.summarise(Datasets.bexleyActionPlan());
 * summary.deduplicatedShare(); // 83 = 97 of 116, rounded down as the report does
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ActionPlanExample {

    private ActionPlanExample() {
    }

    /**
     * The counts behind the headline.
     *
     * @param printed  the number of rows as printed, duplicates included
     * @param duplicates  the number of rows that repeat an earlier one
     * @param distinct  the number of rows once duplicates are removed
     * @param printedCompleteOrOnTrack  complete or green among the printed rows
     * @param distinctCompleteOrOnTrack  complete or green among the distinct rows
     * @param printedShare  the printed rows' share, a percentage rounded down to a whole number
     * @param distinctShare  the distinct rows' share, a percentage rounded down to a whole number
     */
    public record Summary(int printed, int duplicates, int distinct, long printedCompleteOrOnTrack,
            long distinctCompleteOrOnTrack, BigDecimal printedShare, BigDecimal distinctShare) {

        /**
         * Checks that the shares are not null.
         *
         * @param printed  the printed rows
         * @param duplicates  the duplicated rows
         * @param distinct  the distinct rows
         * @param printedCompleteOrOnTrack  complete or green, printed
         * @param distinctCompleteOrOnTrack  complete or green, distinct
         * @param printedShare  the printed share, not null
         * @param distinctShare  the distinct share, not null
         * @throws NullPointerException if a share is null
         */
        public Summary {
            Objects.requireNonNull(printedShare, "printedShare");
            Objects.requireNonNull(distinctShare, "distinctShare");
        }

        /**
         * Returns the summary as text, one line for each reading.
         *
         * @return the text, not null
         */
        @Override
        public String toString() {
            return String.format(Locale.UK, "As printed: %d of %d complete or on track (%s%%)%n"
                    + "Without the %d duplicated rows: %d of %d complete or on track (%s%%, the published 83%%)%n",
                    printedCompleteOrOnTrack, printed, printedShare, duplicates, distinctCompleteOrOnTrack, distinct,
                    distinctShare);
        }
    }

    /**
     * Counts a plan's items complete or on track, with and without duplicates.
     *
     * @param plan  the plan as printed, not null
     * @return the summary, not null
     */
    public static Summary summarise(ActionPlan plan) {
        Objects.requireNonNull(plan, "plan");
        ActionPlan distinct = plan.withoutDuplicates();
        return new Summary(plan.size(), plan.duplicates().size(), distinct.size(), plan.completeOrOnTrack(),
                distinct.completeOrOnTrack(), plan.completeOrOnTrackShare(0, RoundingMode.DOWN),
                distinct.completeOrOnTrackShare(0, RoundingMode.DOWN));
    }

    /**
     * Prints the summary for the shipped dataset.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        System.out.print(summarise(Datasets.bexleyActionPlan()));
    }
}
