package org.outturn.report;

import java.util.Objects;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.report.ReportRow;

/**
 * How a committee scorecard groups its indicators: by the indicator's first tag (a directorate or
 * theme), by its frequency, or by the policy that rated it.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Grouping {

    /** By the indicator's first tag; {@code (untagged)} when it has none. */
    TAG("Tag"),
    /** By the indicator's frequency, such as {@code Monthly}. */
    FREQUENCY("Frequency"),
    /** By the name of the policy that rated the outturn; {@code (no policy)} when none applies. */
    POLICY("Policy");

    private final String displayName;

    Grouping(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns the group of a row, such as {@code Adult Social Care}, {@code Monthly} or {@code bexley}.
     *
     * @param row  the row, not null
     * @return the group's name, not null
     */
    public String groupOf(ReportRow row) {
        Objects.requireNonNull(row, "row");
        switch (this) {
            case TAG:
                return row.indicator().tags().stream().findFirst().orElse("(untagged)");
            case FREQUENCY:
                return row.indicator().frequency().displayName();
            default:
                return row.policy().map(RagPolicy::name).orElse("(no policy)");
        }
    }

    /**
     * Returns the name to show, such as {@code Tag}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return displayName;
    }
}
