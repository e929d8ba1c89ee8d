package org.outturn.stats.spc;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A named, versioned set of special-cause rules and the options where the tools users know differ:
 * which rules are on and their lengths, how the two-sigma rule counts, how a point on the mean
 * treats a run, how many points a phase needs before limits and icons are shown, which of
 * improvement and concern wins when both fire at a point, and whether outlying moving ranges are
 * screened.
 *
 * <p>The named sets are:
 * <ul>
 *   <li>{@value #NHSE_2023} (the {@linkplain #standard() default}): the rules of the NHS England
 *     "Making Data Count" tools since their November 2023 change to the two-sigma rule (announced in
 *     NHSRplotthedots issue 194): a point outside the limits; a run of 7 on one side of the mean; a
 *     trend of 7 rising or falling; two of three points beyond the same two-sigma line, counting every
 *     point beyond two sigma, also those beyond the limits. At least 12 points per phase (the Excel
 *     tool asks for a baseline of 12 to 20 points), concern wins a conflict, no outlier screening
 *     (the Excel tools screen none).</li>
 *   <li>{@value #NHSE_PRE_2023}: the same, with the two-sigma rule as it was before that change:
 *     only points between the two-sigma line and the process limit (inclusive) count, so a point
 *     beyond the limit does not help a two-of-three.</li>
 *   <li>{@value #PLOT_THE_DOTS}: {@value #NHSE_2023} with the moving ranges screened for outliers,
 *     as NHSRplotthedots does by default ({@code screen_outliers = TRUE}, after Nelson 1982).</li>
 * </ul>
 *
 * <p>How the rules read the series, in every set:
 * <ul>
 *   <li>Rules look within one phase (limits change only at a recalculation point the user sets) and
 *     a missing value is a gap: it is never a special cause, and a run, a trend or a two-of-three
 *     window does not reach across it (the points either side of a gap start afresh).</li>
 *   <li>"Outside" and "beyond" are strict: a point exactly on a process limit is not outside it, and a
 *     point exactly on a two-sigma line is not beyond it.</li>
 *   <li>A run of N is N consecutive points strictly on one side of the mean; under
 *     {@link PointOnMean#CONTINUES_RUN} (as PowerBI-SPC documents its shift) a point exactly on the
 *     mean also counts, but a run needs at least one point strictly on its side, so a constant series
 *     never makes a run.</li>
 *   <li>A trend of N is N consecutive points each strictly higher (or lower) than the one before: a tie
 *     breaks the trend.</li>
 *   <li>Two of three: in three consecutive points all strictly on one side of the mean, two or three
 *     beyond that side's two-sigma line; the points beyond it are flagged, the third is not.</li>
 *   <li>Every point of a run or trend is flagged.</li>
 * </ul>
 *
 * <p>Every {@code withXxx} copy that changes a rule is named {@value #CUSTOM} unless renamed with
 * {@link #withName(String)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleSet {

    /** The name of the current NHS England rule set, the default. */
    public static final String NHSE_2023 = "nhse-2023";
    /** The name of the NHS England rule set before the November 2023 two-sigma change. */
    public static final String NHSE_PRE_2023 = "nhse-pre-2023";
    /** The name of the rule set with NHSRplotthedots' default outlier screening. */
    public static final String PLOT_THE_DOTS = "plot-the-dots";
    /** The name a modified rule set takes. */
    public static final String CUSTOM = "custom";

    /** How the two-of-three rule counts points beyond two sigma. */
    public enum TwoSigma {
        /** Every point beyond the two-sigma line counts, also one beyond the process limit (since 2023). */
        BEYOND_TWO_SIGMA("every point beyond two sigma"),
        /** Only points between the two-sigma line and the process limit count (before 2023). */
        BETWEEN_TWO_SIGMA_AND_LIMIT("points between two sigma and the process limit");

        private final String displayName;

        TwoSigma(String displayName) {
            this.displayName = displayName;
        }

        /**
         * Returns the name as a report prints it, such as {@code every point beyond two sigma}.
         *
         * @return the display name, not null
         */
        public String displayName() {
            return displayName;
        }
    }

    /** How a point exactly on the mean treats a run. */
    public enum PointOnMean {
        /** A point on the mean is on neither side and breaks a run (the NHS England tools). */
        BREAKS_RUN("breaks a run"),
        /** A point on the mean counts towards a run on either side (PowerBI-SPC's shift). */
        CONTINUES_RUN("counts towards a run");

        private final String displayName;

        PointOnMean(String displayName) {
            this.displayName = displayName;
        }

        /**
         * Returns the name as a report prints it, such as {@code breaks a run}.
         *
         * @return the display name, not null
         */
        public String displayName() {
            return displayName;
        }
    }

    /** Which variation a point gets when signals on both sides fire at it. */
    public enum Conflict {
        /** The point is a concerning special cause. */
        CONCERN_WINS("concern wins"),
        /** The point is an improving special cause. */
        IMPROVEMENT_WINS("improvement wins");

        private final String displayName;

        Conflict(String displayName) {
            this.displayName = displayName;
        }

        /**
         * Returns the name as a report prints it, such as {@code concern wins}.
         *
         * @return the display name, not null
         */
        public String displayName() {
            return displayName;
        }
    }

    private static final RuleSet NHSE_2023_SET = new RuleSet(NHSE_2023, EnumSet.allOf(SpcRule.class), 7, 7,
            TwoSigma.BEYOND_TWO_SIGMA, PointOnMean.BREAKS_RUN, 12, Conflict.CONCERN_WINS, false);
    private static final List<RuleSet> NAMED = List.of(NHSE_2023_SET,
            NHSE_2023_SET.withTwoSigma(TwoSigma.BETWEEN_TWO_SIGMA_AND_LIMIT).withName(NHSE_PRE_2023),
            NHSE_2023_SET.withOutlierScreening(true).withName(PLOT_THE_DOTS));

    private final String name;
    private final Set<SpcRule> rules;
    private final int runLength;
    private final int trendLength;
    private final TwoSigma twoSigma;
    private final PointOnMean pointOnMean;
    private final int minimumPoints;
    private final Conflict conflict;
    private final boolean outlierScreening;

    private RuleSet(String name, Set<SpcRule> rules, int runLength, int trendLength, TwoSigma twoSigma,
            PointOnMean pointOnMean, int minimumPoints, Conflict conflict, boolean outlierScreening) {
        this.name = name;
        this.rules = Set.copyOf(rules);
        this.runLength = runLength;
        this.trendLength = trendLength;
        this.twoSigma = twoSigma;
        this.pointOnMean = pointOnMean;
        this.minimumPoints = minimumPoints;
        this.conflict = conflict;
        this.outlierScreening = outlierScreening;
    }

    /**
     * Returns the default rule set, {@value #NHSE_2023}.
     *
     * @return the rule set, not null
     */
    public static RuleSet standard() {
        return NHSE_2023_SET;
    }

    /**
     * Returns the named rule sets, the default first.
     *
     * @return the rule sets, not null
     */
    public static List<RuleSet> named() {
        return NAMED;
    }

    /**
     * Returns a named rule set, such as {@code nhse-2023}.
     *
     * @param name  the name, not null
     * @return the rule set, not null
     * @throws IllegalArgumentException for an unknown name, as in {@code Unknown SPC rule set: 'nhse'
     *     (available: [nhse-2023, nhse-pre-2023, plot-the-dots])}
     */
    public static RuleSet named(String name) {
        Objects.requireNonNull(name, "name");
        for (RuleSet set : NAMED) {
            if (set.name.equals(name)) {
                return set;
            }
        }
        throw new IllegalArgumentException("Unknown SPC rule set: '" + name + "' (available: "
                + NAMED.stream().map(RuleSet::name).collect(Collectors.toList()) + ")");
    }

    /**
     * Returns the names of the named rule sets, the default first.
     *
     * @return the names, not null
     */
    public static List<String> names() {
        return NAMED.stream().map(RuleSet::name).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the name, such as {@code nhse-2023}, or {@value #CUSTOM} for a modified set.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns whether a rule is on.
     *
     * @param rule  the rule, not null
     * @return true if the rule is applied
     */
    public boolean isOn(SpcRule rule) {
        return rules.contains(Objects.requireNonNull(rule, "rule"));
    }

    /**
     * Returns the rules that are on.
     *
     * @return the rules, not null
     */
    public Set<SpcRule> rules() {
        return rules;
    }

    /**
     * Returns how many points make a run, such as 7.
     *
     * @return the run length, at least 2
     */
    public int runLength() {
        return runLength;
    }

    /**
     * Returns how many points make a trend, such as 7.
     *
     * @return the trend length, at least 2
     */
    public int trendLength() {
        return trendLength;
    }

    /**
     * Returns how the two-of-three rule counts points beyond two sigma.
     *
     * @return the counting, not null
     */
    public TwoSigma twoSigma() {
        return twoSigma;
    }

    /**
     * Returns how a point exactly on the mean treats a run.
     *
     * @return the treatment, not null
     */
    public PointOnMean pointOnMean() {
        return pointOnMean;
    }

    /**
     * Returns how many values a phase needs (after leaving out gaps and excluded points, within its
     * baseline) before its limits, variation and assurance are given, such as 12.
     *
     * @return the minimum, at least 2 (one moving range)
     */
    public int minimumPoints() {
        return minimumPoints;
    }

    /**
     * Returns which variation wins when signals on both sides fire at a point.
     *
     * @return the conflict rule, not null
     */
    public Conflict conflict() {
        return conflict;
    }

    /**
     * Returns whether moving ranges above the upper range limit (3.267 times the mean moving range) are
     * left out, and the mean moving range computed again without them, once (Nelson 1982).
     *
     * @return true if outliers are screened
     */
    public boolean isOutlierScreening() {
        return outlierScreening;
    }

    /**
     * Returns a copy with another name.
     *
     * @param newName  the name: lower case letters, digits and hyphens, not null
     * @return the copy, not null
     * @throws IllegalArgumentException if the name is not of that form, as in {@code Invalid value for
     *     rule set name (lower case letters, digits and hyphens): 'My set'}
     */
    public RuleSet withName(String newName) {
        Objects.requireNonNull(newName, "newName");
        if (!newName.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException(
                    "Invalid value for rule set name (lower case letters, digits and hyphens): '" + newName + "'");
        }
        return new RuleSet(newName, rules, runLength, trendLength, twoSigma, pointOnMean, minimumPoints, conflict,
                outlierScreening);
    }

    /**
     * Returns a copy with a rule on or off.
     *
     * @param rule  the rule, not null
     * @param on  whether it is applied
     * @return the copy, named {@value #CUSTOM}, not null
     */
    public RuleSet withRule(SpcRule rule, boolean on) {
        Objects.requireNonNull(rule, "rule");
        Set<SpcRule> changed = EnumSet.noneOf(SpcRule.class);
        changed.addAll(rules);
        if (on) {
            changed.add(rule);
        } else {
            changed.remove(rule);
        }
        return new RuleSet(CUSTOM, changed, runLength, trendLength, twoSigma, pointOnMean, minimumPoints, conflict,
                outlierScreening);
    }

    /**
     * Returns a copy with another run length.
     *
     * @param length  the number of points that make a run, at least 2
     * @return the copy, named {@value #CUSTOM}, not null
     * @throws IllegalArgumentException if the length is less than 2, as in {@code Invalid value for run
     *     length (at least 2): 1}
     */
    public RuleSet withRunLength(int length) {
        return new RuleSet(CUSTOM, rules, atLeastTwo("run length", length), trendLength, twoSigma, pointOnMean,
                minimumPoints, conflict, outlierScreening);
    }

    /**
     * Returns a copy with another trend length.
     *
     * @param length  the number of points that make a trend, at least 2
     * @return the copy, named {@value #CUSTOM}, not null
     * @throws IllegalArgumentException if the length is less than 2, as in {@code Invalid value for
     *     trend length (at least 2): 1}
     */
    public RuleSet withTrendLength(int length) {
        return new RuleSet(CUSTOM, rules, runLength, atLeastTwo("trend length", length), twoSigma, pointOnMean,
                minimumPoints, conflict, outlierScreening);
    }

    /**
     * Returns a copy with another two-sigma counting.
     *
     * @param counting  the counting, not null
     * @return the copy, named {@value #CUSTOM}, not null
     */
    public RuleSet withTwoSigma(TwoSigma counting) {
        return new RuleSet(CUSTOM, rules, runLength, trendLength, Objects.requireNonNull(counting, "counting"),
                pointOnMean, minimumPoints, conflict, outlierScreening);
    }

    /**
     * Returns a copy with another treatment of a point on the mean.
     *
     * @param treatment  the treatment, not null
     * @return the copy, named {@value #CUSTOM}, not null
     */
    public RuleSet withPointOnMean(PointOnMean treatment) {
        return new RuleSet(CUSTOM, rules, runLength, trendLength, twoSigma,
                Objects.requireNonNull(treatment, "treatment"), minimumPoints, conflict, outlierScreening);
    }

    /**
     * Returns a copy with another minimum number of points per phase.
     *
     * @param points  the minimum, at least 2
     * @return the copy, named {@value #CUSTOM}, not null
     * @throws IllegalArgumentException if the minimum is less than 2, as in {@code Invalid value for
     *     minimum points (at least 2): 1}
     */
    public RuleSet withMinimumPoints(int points) {
        return new RuleSet(CUSTOM, rules, runLength, trendLength, twoSigma, pointOnMean,
                atLeastTwo("minimum points", points), conflict, outlierScreening);
    }

    /**
     * Returns a copy with another conflict rule.
     *
     * @param rule  which variation wins, not null
     * @return the copy, named {@value #CUSTOM}, not null
     */
    public RuleSet withConflict(Conflict rule) {
        return new RuleSet(CUSTOM, rules, runLength, trendLength, twoSigma, pointOnMean, minimumPoints,
                Objects.requireNonNull(rule, "rule"), outlierScreening);
    }

    /**
     * Returns a copy with outlier screening of the moving ranges on or off.
     *
     * @param on  whether to screen
     * @return the copy, named {@value #CUSTOM}, not null
     */
    public RuleSet withOutlierScreening(boolean on) {
        return new RuleSet(CUSTOM, rules, runLength, trendLength, twoSigma, pointOnMean, minimumPoints, conflict,
                on);
    }

    private static int atLeastTwo(String what, int value) {
        if (value < 2) {
            throw new IllegalArgumentException("Invalid value for " + what + " (at least 2): " + value);
        }
        return value;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RuleSet other && name.equals(other.name) && rules.equals(other.rules)
                && runLength == other.runLength && trendLength == other.trendLength && twoSigma == other.twoSigma
                && pointOnMean == other.pointOnMean && minimumPoints == other.minimumPoints
                && conflict == other.conflict && outlierScreening == other.outlierScreening;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, rules, runLength, trendLength, twoSigma, pointOnMean, minimumPoints, conflict,
                outlierScreening);
    }

    /**
     * Returns the name and every setting, such as {@code nhse-2023[rules=[OUTSIDE_LIMITS, RUN, TREND,
     * TWO_OF_THREE], run=7, trend=7, twoSigma=BEYOND_TWO_SIGMA, pointOnMean=BREAKS_RUN, minimumPoints=12,
     * conflict=CONCERN_WINS, outlierScreening=false]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return name + "[rules=" + EnumSet.copyOf(rules.isEmpty() ? EnumSet.noneOf(SpcRule.class) : rules)
                + ", run=" + runLength + ", trend=" + trendLength + ", twoSigma=" + twoSigma + ", pointOnMean="
                + pointOnMean + ", minimumPoints=" + minimumPoints + ", conflict=" + conflict
                + ", outlierScreening=" + outlierScreening + "]";
    }
}
