package org.outturn.examples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.outturn.core.Outturn;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.YearToDate;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.rules.Assessment;
import org.outturn.rules.RagPolicy;

/**
 * Bromley's children's scrutiny performance index 2022/23 (seed {@code 004}) from
 * {@link Datasets#bromleyChildren()}: the RAG recomputed for every row that has a policy and a
 * published colour, side by side with the published colour, and every disagreement with its reason.
 *
 * <p><b>Which value.</b> The Year to Date outturn when the row has one (even a suppressed one, which
 * gives an unrated result), else the latest month with a value. <b>Which rule.</b> The row's policy
 * in the dataset: {@code bromley-single}, {@code bromley-ranges} (ranges as thresholds) or
 * {@code bromley-bands}. Under these, 8 of the 13 rated Appendix 1 rows agree with the published
 * colour; {@code BromleyRagTest} in the rules module finds the same for these rows, and 9 of 15 when it
 * adds two rows of the garbled upper part.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class BromleyExample {

    /** Why each row disagrees with its published colour under the dataset's policies. */
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
     * One rated row: the recomputed assessment beside the published rating.
     *
     * @param code  the row number, such as {@code 27}
     * @param title  the indicator's title
     * @param policy  the name of the policy used
     * @param assessment  the recomputed assessment, with its explanation
     * @param published  the published rating
     */
    public record Comparison(String code, String title, String policy, Assessment assessment, Rating published) {

        /**
         * Checks that no component is null.
         *
         * @param code  the row number, not null
         * @param title  the title, not null
         * @param policy  the policy's name, not null
         * @param assessment  the assessment, not null
         * @param published  the published rating, not null
         * @throws NullPointerException if a component is null
         */
        public Comparison {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(assessment, "assessment");
            Objects.requireNonNull(published, "published");
        }

        /**
         * Returns whether the recomputed rating equals the published one.
         *
         * @return true when they agree
         */
        public boolean agrees() {
            return assessment.rating().rag().equals(published.rag()) && assessment.rating().isRated();
        }

        /**
         * Returns why the row disagrees, from {@link #DISAGREEMENT_REASONS}, or the assessment's
         * explanation when no reason is recorded.
         *
         * @return the reason, empty when the row agrees
         */
        public Optional<String> reason() {
            if (agrees()) {
                return Optional.empty();
            }
            return Optional.of(DISAGREEMENT_REASONS.getOrDefault(code, assessment.explanation()));
        }

        /**
         * Returns the recomputed colour's name, or the unrated reason's.
         *
         * @return the text, such as {@code AMBER} or {@code NO_OUTTURN}, not null
         */
        public String recomputed() {
            return assessment.rag().map(Rag::name)
                    .orElseGet(() -> assessment.rating().unratedReason().map(Enum::name).orElse(""));
        }
    }

    /**
     * Recomputes the RAG of every row with a policy and a published colour.
     *
     * @param document  the document, not null
     * @return the comparisons in document order, unmodifiable, not null
     */
    public static List<Comparison> compare(OutturnDocument document) {
        Objects.requireNonNull(document, "document");
        List<Comparison> comparisons = new ArrayList<>();
        for (IndicatorEntry entry : document.indicators()) {
            Optional<RagPolicy> policy = document.policyFor(entry);
            Optional<Rating> published = entry.published().values().stream().filter(Rating::isRated).findFirst();
            Optional<Outturn> outturn = judged(entry);
            if (policy.isEmpty() || published.isEmpty() || outturn.isEmpty()) {
                continue;
            }
            comparisons.add(new Comparison(entry.indicator().code(), entry.indicator().title(), policy.get().name(),
                    policy.get().assess(entry.indicator(), outturn.get()), published.get()));
        }
        return Collections.unmodifiableList(comparisons);
    }

    /**
     * Returns the outturn a row is judged on: its Year to Date outturn, else its latest monthly value.
     *
     * @param entry  the entry, not null
     * @return the outturn, empty when the row has neither
     */
    public static Optional<Outturn> judged(IndicatorEntry entry) {
        Objects.requireNonNull(entry, "entry");
        Outturn latest = null;
        for (Map.Entry<ReportingPeriod, Outturn> outturn : entry.outturns().entrySet()) {
            if (outturn.getKey() instanceof YearToDate) {
                return Optional.of(outturn.getValue());
            }
            if (outturn.getKey() instanceof org.outturn.core.ReportingMonth && outturn.getValue().isAvailable()
                    && (latest == null || outturn.getKey().compareTo(latest.period()) > 0)) {
                latest = outturn.getValue();
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * Formats the comparisons as a plain-text table, then the disagreements with their reasons.
     *
     * @param comparisons  the comparisons, not null
     * @return the text, not null
     */
    public static String render(List<Comparison> comparisons) {
        Objects.requireNonNull(comparisons, "comparisons");
        StringBuilder out = new StringBuilder();
        String format = "%-4s %-45s %-15s %-22s %-11s %-10s %s%n";
        out.append(String.format(Locale.UK, format, "No.", "Indicator", "Policy", "Judged on", "Recomputed",
                "Published", "Agree"));
        for (Comparison c : comparisons) {
            String title = c.title().length() <= 45 ? c.title() : c.title().substring(0, 42) + "...";
            out.append(String.format(Locale.UK, format, c.code(), title, c.policy(),
                    c.assessment().outturn().period() + " " + c.assessment().outturn().value()
                            .map(v -> c.assessment().indicator().unit().format(v)).orElse("-"),
                    c.recomputed(), c.published().rag().map(Rag::name).orElse(""), c.agrees() ? "yes" : "NO"));
        }
        long agree = comparisons.stream().filter(Comparison::agrees).count();
        out.append(String.format(Locale.UK, "%d of %d rated rows agree with the published RAG%n", agree,
                comparisons.size()));
        for (Comparison c : comparisons) {
            c.reason().ifPresent(reason -> out.append("  ").append(c.code()).append(": ").append(reason)
                    .append(System.lineSeparator()));
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
