package org.outturn.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.outturn.core.CalendarYear;
import org.outturn.core.ConfidenceLevel;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.csv.ImportOptions;
import org.outturn.csv.OutturnCsv;
import org.outturn.csv.TableMapping;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.rules.report.ReportAssessment;

/** The Fingertips export for Bexley (E09000004), with England's and London's rows, as io-csv's test has it. */
final class ComparedToEnglandTest {

    static OutturnDocument bexley() throws IOException {
        try (Reader reader = new InputStreamReader(ComparedToEnglandTest.class.getResourceAsStream(
                "fingertips-bexley.csv"), StandardCharsets.UTF_8)) {
            return OutturnCsv.read(reader, "fingertips-bexley.csv", ImportOptions.defaults()
                    .withMapping(TableMapping.parse("{\"unit\": \"%\", \"polarity\": \"Low\"}"))
                    .withFingertips("E09000004"));
        }
    }

    @Test
    void recompute_bexley_agreesWithThePublishedComparison() throws IOException {
        ReportAssessment report = ComparedToEngland.recompute(bexley(), ConfidenceLevel.NINETY_FIVE);
        assertThat(report.reconciliation().summary())
                .isEqualTo("4 agree, 0 disagree, 1 not recomputable (1 no value), 0 not published");
        assertThat(report.row("92443", CalendarYear.of(2022)).orElseThrow().rating()).contains(Rating.of(Rag.GREEN));
        assertThat(report.row("92443", CalendarYear.of(2021)).orElseThrow().assessment().orElseThrow().explanation())
                .isEqualTo("Amber: 11.5% (95% confidence interval 8.9 - 14.1) is similar to the England value of "
                        + "13.0%: the interval contains it");
    }
}
