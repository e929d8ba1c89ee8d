package org.outturn.stats.spc;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The kinds of SPC chart, as PowerBI-SPC offers them: the XmR chart of individual values and the
 * attribute charts of counts and proportions. Each has a {@linkplain #code() code} used on the
 * command line and in JSON, such as {@code p-prime}.
 *
 * <p>Each chart's formulas and sources are on {@link SpcChart}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ChartType {

    /** Individuals and moving range (XmR): the values themselves. */
    XMR("xmr", "XmR (individuals and moving range)", false),
    /** p chart: the proportion of a sample with an attribute, numerator over denominator. */
    P("p", "p chart (proportions)", true),
    /** Laney p′ chart: a p chart widened for between-period variation (over-dispersion). */
    P_PRIME("p-prime", "Laney p′ chart (proportions, over-dispersion adjusted)", true),
    /** u chart: the rate of events per unit of exposure, numerator over denominator. */
    U("u", "u chart (rates)", true),
    /** Laney u′ chart: a u chart widened for between-period variation (over-dispersion). */
    U_PRIME("u-prime", "Laney u′ chart (rates, over-dispersion adjusted)", true),
    /** c chart: a count of events in equal areas of opportunity. */
    C("c", "c chart (counts)", false),
    /** g chart: the number of opportunities (cases, days) between rare events. */
    G("g", "g chart (opportunities between events)", false),
    /** t chart: the time between rare events. */
    T("t", "t chart (time between events)", false);

    private final String code;
    private final String displayName;
    private final boolean needsDenominator;

    ChartType(String code, String displayName, boolean needsDenominator) {
        this.code = code;
        this.displayName = displayName;
        this.needsDenominator = needsDenominator;
    }

    /**
     * Returns the chart type with a code, such as {@code p-prime}.
     *
     * @param code  the code, not null
     * @return the chart type, not null
     * @throws IllegalArgumentException for an unknown code, as in {@code Unknown SPC chart type: 'x'
     *     (available: [xmr, p, p-prime, u, u-prime, c, g, t])}
     */
    public static ChartType ofCode(String code) {
        Objects.requireNonNull(code, "code");
        for (ChartType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown SPC chart type: '" + code + "' (available: "
                + Arrays.stream(values()).map(ChartType::code).collect(Collectors.toList()) + ")");
    }

    /**
     * Returns the code, such as {@code xmr} or {@code p-prime}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the name as a report prints it, such as {@code p chart (proportions)}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns whether each point needs a denominator (a sample size or an exposure): true for the p,
     * p′, u and u′ charts.
     *
     * @return true if observations need a denominator
     */
    public boolean needsDenominator() {
        return needsDenominator;
    }
}
