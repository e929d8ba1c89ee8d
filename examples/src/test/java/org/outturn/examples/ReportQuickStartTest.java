package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outturn.core.Rag;
import org.outturn.rules.Scorecard;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportRow;
import org.outturn.rules.report.ReportSelection;

/** Runs the README's "Rating a whole report" example, line for line, so that the README stays true. */
final class ReportQuickStartTest {

    @Test
    void reportQuickStart_reconcilesBromley() {
        List<String> printed = new ArrayList<>();
        // --- README "Rating a whole report" ---
        OutturnDocument bromley = Datasets.bromleyChildren();     // or OutturnJson.strict().read(path)
        ReportAssessment report = ReportAssessment.of(bromley, ReportSelection.all());
        for (ReportRow row : report.rows()) {
            if (row.published().isPresent()) {
                printed.add(row.indicator().code() + " " + row.period() + ": " + row.agreementText());
            }
        }
        String summary = report.reconciliation().summary();
        Scorecard<String> byPolarity = report.scorecard(row -> row.indicator().polarity().displayName());
        // --- end ---

        assertThat(printed).hasSize(18).contains("17 2022/23 YTD Nov-2022: Disagrees",
                "18 2022/23 YTD Nov-2022: Not recomputable: no value", "16 2022/23 YTD Nov-2022: Agrees");
        assertThat(summary)
                .isEqualTo("11 agree, 4 disagree, 3 not recomputable (1 no target, 2 no value), 165 not published");
        assertThat(byPolarity.group("Within band").orElseThrow().count(Rag.RED)).isPositive();
    }

    @Test
    void readme_bromleyReconciliation_isWhatTheCommandLinePrints() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        int status = Cli.run(new String[] {"assess", "bromley-children-2022-23", "--period", "2022/23 YTD Nov-2022",
                "--format", "markdown"}, print, print);
        String printed = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        String table = printed.substring(printed.indexOf("| Reference"));
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));

        assertThat(status).isZero();
        assertThat(readme).contains(table.strip());
        assertThat(readme).contains("183 outturns assessed; against the\npublished ratings: 11 agree, 4 disagree, "
                + "3 not recomputable (1 no target, 2 no value), 165 not\npublished.");
        assertThat(ReportAssessment.of(Datasets.bromleyChildren(), ReportSelection.all()).rows()).hasSize(183);
    }
}
