package org.outturn.spark;

import java.util.ArrayList;
import java.util.List;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rating;
import org.outturn.rules.Assessment;
import org.outturn.rules.OutturnHistory;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.RagStrategies;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

/** What the single-machine library gives: {@link RagPolicy#assess} of each outturn, as ReportAssessment rates. */
final class Expected {

    static final RagPolicy CONTEXT = RagPolicy.of("context", RagStrategies.noTarget());

    private Expected() {
    }

    /** One line per outturn: area, indicator, period, rating, explanation. */
    static List<String> lines(String area, OutturnDocument document) {
        List<String> lines = new ArrayList<>();
        for (IndicatorEntry entry : document.indicators()) {
            OutturnHistory history = OutturnHistory.of(entry.outturns().values());
            for (Outturn outturn : entry.outturns().values()) {
                RagPolicy policy = document.policyFor(entry, outturn.period()).orElse(
                        entry.indicator().polarity() == Polarity.NONE ? CONTEXT : null);
                Assessment assessment = policy.assess(entry.indicator(), outturn, history);
                lines.add(line(area, entry.indicator().code(), outturn.period().toString(), assessment.rating(),
                        assessment.explanation()));
            }
        }
        return lines;
    }

    static String line(String area, String code, String period, Rating rating, String explanation) {
        return String.join(" | ", area, code, period, rating.rag().map(Enum::name).orElse("-"),
                rating.unratedReason().map(Enum::name).orElse("-"), rating.detail().orElse("-"),
                explanation == null ? "-" : explanation);
    }
}
