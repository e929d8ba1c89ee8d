package org.outturn.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outturn.core.FinancialYear;
import org.outturn.core.Fraction;
import org.outturn.core.Frequency;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.UnratedReason;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.RagStrategies;
import org.outturn.rules.Tolerances;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportSelection;

/** The wide council tracker of the issue, with its messy cells, read from CSV. */
final class TrackerImportTest {

    private static final FinancialYear Y2324 = FinancialYear.parse("2023/24");
    private static final FinancialYear Y2425 = FinancialYear.parse("2024/25");

    static Table trackerTable() throws IOException {
        try (Reader reader = new InputStreamReader(TrackerImportTest.class.getResourceAsStream("tracker.csv"),
                StandardCharsets.UTF_8)) {
            return OutturnCsv.readTable(reader, "tracker.csv");
        }
    }

    static OutturnDocument tracker(ImportOptions options) throws IOException {
        return TableImport.read(trackerTable(), options);
    }

    private static IndicatorEntry entry(OutturnDocument document, String code) {
        return document.indicator(code).orElseThrow();
    }

    private static Outturn outturn(OutturnDocument document, String code, FinancialYear year) {
        return entry(document, code).outturns().get(year);
    }

    @Test
    void read_wideTracker_readsHeaderBelowTitleRowAndEveryIndicator() throws IOException {
        OutturnDocument document = tracker(ImportOptions.defaults());
        assertThat(document.indicators()).extracting(entry -> entry.indicator().code()).containsExactly("CS_01",
                "CS_02", "CS_03", "AD_01", "AD_02", "FN_01", "PH_01", "PH_02", "PH_03", "PH_04", "PH_05", "PH_06");
        assertThat(document.source()).contains("tracker.csv");
    }

    @Test
    void read_valuesAsTyped_keepScaleUnitsAndFractions() throws IOException {
        OutturnDocument document = tracker(ImportOptions.defaults());
        assertThat(outturn(document, "CS_02", Y2425).value()).contains(new BigDecimal("98.10"));
        assertThat(outturn(document, "CS_02", Y2324).value()).contains(new BigDecimal("95.0"));
        assertThat(entry(document, "CS_02").indicator().unit()).isEqualTo(Unit.percentage(2));
        assertThat(outturn(document, "AD_01", Y2324).value()).contains(new BigDecimal("19625"));
        assertThat(outturn(document, "AD_02", Y2324).value()).contains(new BigDecimal("-0.07"));
        assertThat(outturn(document, "FN_01", Y2324).value()).contains(new BigDecimal("1234"));
        assertThat(outturn(document, "FN_01", Y2425).value()).contains(new BigDecimal("1200000"));
        assertThat(entry(document, "FN_01").indicator().unit().toString()).isEqualTo("currency-GBP:0");
        assertThat(outturn(document, "PH_01", Y2324).fraction()).contains(Fraction.of(104, 7042));
        assertThat(outturn(document, "PH_02", Y2324).value()).contains(new BigDecimal("46"));
        assertThat(entry(document, "PH_02").indicator().unit()).isEqualTo(Unit.ratePer(10000, 0));
    }

    @Test
    void read_nonValues_keepReasonAndWording() throws IOException {
        OutturnDocument document = tracker(ImportOptions.defaults());
        Map<String, MissingReason> expected = Map.of("Data suppressed", MissingReason.SUPPRESSED,
                "n/a", MissingReason.NOT_APPLICABLE, "*", MissingReason.SUPPRESSED,
                "TBC", MissingReason.NOT_YET_AVAILABLE, "Biennial Data 2026", MissingReason.NOT_DUE,
                "New indicator", MissingReason.NEW_INDICATOR, "Not yet available", MissingReason.NOT_YET_AVAILABLE,
                "#DIV/0!", MissingReason.NOT_APPLICABLE, "Not due", MissingReason.NOT_DUE,
                "Available March 23", MissingReason.NOT_YET_AVAILABLE);
        Map<String, MissingReason> read = new java.util.HashMap<>();
        for (IndicatorEntry entry : document.indicators()) {
            for (Outturn outturn : entry.outturns().values()) {
                outturn.missingReason().ifPresent(reason -> read.put(outturn.note().orElseThrow(), reason));
            }
        }
        read.remove("-");
        assertThat(read).isEqualTo(expected);
        assertThat(outturn(document, "PH_06", Y2324).missingReason()).contains(MissingReason.NOT_APPLICABLE);
    }

    @Test
    void read_targetsPolarityFrequency_asPrinted() throws IOException {
        OutturnDocument document = tracker(ImportOptions.defaults());
        assertThat(entry(document, "CS_01").indicator().polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(entry(document, "CS_01").indicator().frequency()).isEqualTo(Frequency.QUARTERLY);
        assertThat(entry(document, "CS_01").indicator().targets().get(Y2425))
                .isEqualTo(Target.thresholds(new BigDecimal("1.7"), new BigDecimal("1.9")));
        assertThat(entry(document, "CS_02").indicator().targets().get(Y2425))
                .isEqualTo(Target.thresholds(new BigDecimal("95"), new BigDecimal("90")));
        assertThat(entry(document, "CS_03").indicator().targets().get(Y2425))
                .isEqualTo(Target.band(new BigDecimal("12"), new BigDecimal("18")));
        assertThat(entry(document, "AD_01").indicator().targets().get(Y2425))
                .isEqualTo(Target.single(new BigDecimal("19000")));
        assertThat(entry(document, "FN_01").indicator().targets().get(Y2425))
                .isEqualTo(Target.single(new BigDecimal("18.7")));
        assertThat(entry(document, "PH_03").indicator().targets().get(Y2425))
                .isEqualTo(Target.none("Not a target measure"));
        assertThat(entry(document, "PH_03").indicator().frequency()).isEqualTo(Frequency.BIENNIAL);
    }

    @Test
    void read_ragYearEnd2425_isThePublishedRatingOf2024To25() throws IOException {
        OutturnDocument document = tracker(ImportOptions.defaults());
        assertThat(entry(document, "CS_01").published()).isEqualTo(Map.of(Y2425, Rating.of(Rag.RED)));
        assertThat(entry(document, "PH_02").published())
                .isEqualTo(Map.of(Y2425, Rating.unrated(UnratedReason.NO_TARGET, "No Target")));
        assertThat(entry(document, "FN_01").notes()).containsExactly("cash figures");
    }

    @Test
    void read_everyInference_isANoteOfTheDocument() throws IOException {
        OutturnDocument document = tracker(ImportOptions.defaults());
        assertThat(document.notes()).contains(
                "Above the header row 2 of tracker.csv, not imported: 'Council performance tracker 2024/25'",
                "CS_01: unit percentage:1 inferred from its cells (a cell such as '19.5%' has a percent sign)",
                "AD_02: unit score:2 inferred from its cells (numbers with decimal places, without a percent sign, "
                        + "rate or pound sign)");
    }

    @Test
    void assess_trackerWithDefaultPolicy_ratesEveryTargetedOutturn() throws IOException {
        RagPolicy policy = RagPolicy.of("five", RagStrategies.tolerance(Tolerances.relative(new BigDecimal("5"))));
        OutturnDocument document = tracker(ImportOptions.defaults().withDefaultPolicy(policy));
        assertThat(document.defaultPolicy()).contains("five");
        ReportAssessment report = ReportAssessment.of(document, ReportSelection.period(Y2425));
        assertThat(report.row("AD_01", Y2425).orElseThrow().rating()).contains(Rating.of(Rag.GREEN));
        assertThat(report.row("FN_01", Y2425).orElseThrow().rating()).contains(Rating.of(Rag.GREEN));
        assertThat(report.row("CS_02", Y2425).orElseThrow().rating().flatMap(Rating::unratedReason))
                .contains(UnratedReason.NOT_COMPARABLE);
        RagPolicy thresholds = RagPolicy.of("ranges", RagStrategies.thresholds());
        ReportAssessment ranges = ReportAssessment.of(tracker(ImportOptions.defaults().withDefaultPolicy(thresholds)),
                ReportSelection.period(Y2425));
        assertThat(ranges.row("CS_02", Y2425).orElseThrow().rating()).contains(Rating.of(Rag.GREEN));
        assertThat(ranges.row("CS_01", Y2425).orElseThrow().rating()).contains(Rating.of(Rag.RED));
    }
}
