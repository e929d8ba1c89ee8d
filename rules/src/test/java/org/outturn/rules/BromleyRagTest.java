package org.outturn.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.outturn.core.CalendarYear;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.ReportingMonth;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.core.Unit;

/**
 * Recomputes the RAG ratings of seed {@code 004}, Bromley's children's scrutiny performance index
 * 2022/23, and compares them with the published {@code RAG rating} column.
 *
 * <p><b>Which rows.</b> Every Appendix 1 row with a polarity (or a blank one that can be read, see
 * rows 17 and 20), a numeric target or range and a published colour: rows 16 to 20, 23 to 28, 30 and
 * 32. Rows 14, 15, 22, 31 and 33 are {@code Not a target measure}; row 29 is garbled (its polarity
 * cell holds text from the "why" column); row 21 (adoptions) was extracted as one run of text,
 * {@code High 16 10 10 8 Local Measure Local Measure Data suppressed}, with no colour. Rows 16, 20, 21,
 * 22, 23 and 26 have no number in the extracted text; their numbers follow from their neighbours.
 *
 * <p>From the garbled upper part, two rows can be read: the unnumbered row before 11 (% of children on
 * a child protection plan with an allocated social worker, here called 10), every figure of which is
 * {@code 100%}, and row 12 ({@code 20- 15%}), printed as the target, five figures (three prior years,
 * England, London), {@code GRFFN} (GREEN) and nine figures (April to November and the year to date),
 * the last {@code 20%}. Row 11 ({@code 100 - 95%}, GREEN) is skipped: fourteen figures from 87% to
 * 100% are scattered around its text where thirteen cells are expected, so its value cannot be told,
 * and under thresholds 100/95 the candidates give all three colours. The assessments row
 * ({@code 95 - 83%}) is skipped because no colour was extracted for it; so is the Ofsted row
 * ({@code 95-90%}).
 *
 * <p><b>Which value.</b> The Year to Date column when it has a value, else the latest monthly value;
 * for the calendar-year row 32, the latest month of 2022 (Nov-22; December is blank). Values keep their
 * published decimals; a count in brackets such as {@code (79/7121)} is dropped.
 *
 * <p><b>Which rule.</b> The index states no tolerance and no edges, so the policy is declared here,
 * not tuned to the published colours: single targets ({@code 100%}, {@code 20}, {@code 70% (In line
 * with national or above)}) with {@link RagStrategies#tolerance(Tolerance)} and 5% relative (the only
 * tolerance any seed states, seed 000's); ranges with {@link RagStrategies#thresholds()} (green the
 * better number for the polarity: for High the higher, for Low the lower; a value on the red threshold
 * is still Amber); the {@code n/a} caseload bands {@code 12 - 18} and {@code 12 - 15} as
 * {@link Polarity#WITHIN_BAND} bands with {@link RagStrategies#band(Tolerance)} and a 5% margin. A
 * second reading takes every range as an acceptable band instead of two thresholds.
 */
final class BromleyRagTest {

    private static final FinancialYear FY_2022 = FinancialYear.parse("2022/23");
    private static final CalendarYear CY_2022 = CalendarYear.of(2022);
    private static final ReportingPeriod YTD_NOV_2022 = ReportingPeriod.parse("2022/23 YTD Nov-2022");
    private static final Tolerance FIVE_PER_CENT = Tolerances.relative(new BigDecimal("5"));
    private static final RagPolicy POLICY = RagPolicy.of("Bromley children's scrutiny 2022/23, as read",
            RagStrategies.firstApplicable(RagStrategies.tolerance(FIVE_PER_CENT), RagStrategies.thresholds(),
                    RagStrategies.band(FIVE_PER_CENT)));
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** How a target cell is read. */
    enum Reading {
        /** A range as two thresholds: the better number for green, the worse for red. */
        THRESHOLDS,
        /** A range as an acceptable band, its bounds included. */
        BAND
    }

    /**
     * A row as printed: the cells are copied from the seed; {@code polarity} is the polarity cell read,
     * or for a blank cell the polarity the indicator's meaning gives.
     */
    record Row(String no, String title, String polarityCell, Polarity polarity, String targetCell,
            ReportingPeriod period, String valueCell, String ragCell) {

        @Override
        public String toString() {
            return no + " " + title;
        }
    }

    private static final Row R10 = new Row("10", "% of Children subject of a Child Protection Plan with an allocated "
            + "Social Worker", "High", Polarity.HIGHER_IS_BETTER, "100%", FY_2022, "100%", "GREEN");
    // Lower is better: "If a second child protection plan is required ... this could indicate potential lack
    // of impact of earlier child protection interventions".
    private static final Row R12 = new Row("12", "% of Children that became the subject of a Child Protection Plan "
            + "for the second or subsequent time", "", Polarity.LOWER_IS_BETTER, "20- 15%", YTD_NOV_2022, "20%",
            "GRFFN");
    private static final Row R16 = new Row("16", "% of Children Looked After with an allocated Social Worker",
            "High", Polarity.HIGHER_IS_BETTER, "100%", YTD_NOV_2022, "100%", "GREEN");
    // Polarity blank: reviews within timescale are better higher, as for row 11's "100 - 95%", which is High.
    private static final Row R17 = new Row("17", "% of Children Looked After cases which were reviewed within "
            + "required timescales", "", Polarity.HIGHER_IS_BETTER, "100- 95%", YTD_NOV_2022, "96%", "GREEN");
    private static final Row R18 = new Row("1X", "Number of in-house foster carers recruited (YtD)", "High",
            Polarity.HIGHER_IS_BETTER, "20", YTD_NOV_2022, "Data suppressed, see part 2 report", "RED");
    private static final Row R19 = new Row("19", "Stability of placements of Children Looked After - number of "
            + "placements (3 placements or more in the year)", "Low", Polarity.LOWER_IS_BETTER, "12-0%",
            YTD_NOV_2022, "10%", "GREEN");
    // Polarity blank: the target says "or above".
    private static final Row R20 = new Row("20", "Stability of placements of Children Looked After - length of "
            + "placement", "", Polarity.HIGHER_IS_BETTER, "70% (In line with national or above)", YTD_NOV_2022,
            "73%", "GREEN");
    private static final Row R23 = new Row("23", "% of Care leavers who are EET (age 19, 20, 21) (DFE definition)",
            "High", Polarity.HIGHER_IS_BETTER, "52-47%", YTD_NOV_2022, "53%", "GREEN");
    private static final Row R24 = new Row("24", "% of Care Leavers in suitable accommodation (aged 19, 20, 21)",
            "High", Polarity.HIGHER_IS_BETTER, "84-76%", YTD_NOV_2022, "96%", "GREEN");
    private static final Row R25 = new Row("25", "Average Caseloads RAS", "n/a", Polarity.WITHIN_BAND, "12 - 18",
            ReportingMonth.parse("Sep-22"), "17", "GREEN");
    private static final Row R26 = new Row("26", "Average Caseloads Safeguarding and Care Planning", "n/a",
            Polarity.WITHIN_BAND, "12 - 15", ReportingMonth.parse("Sep-22"), "20", "AMBER");
    private static final Row R27 = new Row("27", "% of CYP (16 - 17 year olds) not in education, employment or "
            + "training (NEET)", "Low", Polarity.LOWER_IS_BETTER, "1.7%-1.9%", ReportingMonth.parse("Oct-22"),
            "1.1% (79/7121)", "GREEN");
    private static final Row R28 = new Row("28", "% of CYP (16 - 17 year olds) education, employment or training "
            + "status 'not known'", "Low", Polarity.LOWER_IS_BETTER, "0.7%-1.1%", ReportingMonth.parse("Oct-22"),
            "9.3% (665/7121)", "GREEN");
    private static final Row R30 = new Row("30", "Proportion of offenders that are proven to re-offending in the "
            + "youth justice system", "Low", Polarity.LOWER_IS_BETTER, "42% - 35%", ReportingMonth.parse("Nov-22"),
            "19%", "GREEN");
    // The title was not extracted; the "why" text is about EHC plans and their 20 week timescale.
    private static final Row R32 = new Row("32", "Education, Health and Care plans (title not extracted)", "High",
            Polarity.HIGHER_IS_BETTER, "75 - 65%", ReportingMonth.parse("Nov-22"), "27%", "RED");

    private static final List<Row> ROWS = List.of(R10, R12, R16, R17, R18, R19, R20, R23, R24, R25, R26, R27, R28,
            R30, R32);

    /**
     * The colour recomputed for each row under each reading ({@code NO_OUTTURN} when unrated), where it
     * differs from the published one, with the reason.
     */
    private static final Map<Row, String> THRESHOLDS_DISAGREE = Map.of(
            R12, "AMBER: 20% is on the red threshold of 20 (green 15), which a range leaves Amber; read as the band "
                    + "15 - 20 it is Green as published, and with an inclusive red edge it would be Red",
            R17, "AMBER: 96% is between the red threshold of 95 and the green threshold of 100; read as the band "
                    + "95 - 100 it is Green as published",
            R18, "NO_OUTTURN: the value is suppressed (see part 2 report), so nothing can be recomputed; the "
                    + "published Red was judged on the suppressed number",
            R19, "AMBER: 10% is between the green threshold of 0 and the red threshold of 12; read as the band "
                    + "0 - 12 it is Green as published",
            R26, "RED: 20 is 5 above the band 12 - 15, beyond a 5% margin (0.75); the index states no margin, and "
                    + "its Amber needs one wider than 5 caseloads",
            R28, "RED: Oct-22's 9.3% is far above the red threshold of 1.1 (Sep-22 was 16.8%); no reading "
                    + "explains the published Green, which fits the earlier months (0.6%, 1.0%) and the prior years "
                    + "(0.2% - 0.3%), not the latest value");
    private static final Map<Row, String> BAND_DISAGREE = Map.of(
            R18, THRESHOLDS_DISAGREE.get(R18),
            R26, THRESHOLDS_DISAGREE.get(R26),
            R28, "RED: 9.3% is 8.2 points above the band 0.7 - 1.1, beyond a 5% margin; as for thresholds");

    static Stream<Row> rows() {
        return ROWS.stream();
    }

    // ---------------------------------------------------------------- reading the cells

    private static List<BigDecimal> numbers(String cell) {
        Matcher matcher = NUMBER.matcher(cell);
        List<BigDecimal> numbers = new ArrayList<>();
        while (matcher.find()) {
            numbers.add(new BigDecimal(matcher.group()));
        }
        return numbers;
    }

    /** Reads {@code 100%}, {@code 20- 15%}, {@code 70% (In line with national or above)} or {@code 12 - 18}. */
    static Target target(Row row, Reading reading) {
        String cell = row.targetCell();
        List<BigDecimal> numbers = numbers(cell.contains("(") ? cell.substring(0, cell.indexOf('(')) : cell);
        if (numbers.size() == 1) {
            return Target.single(numbers.get(0));
        }
        assertThat(numbers).as("target cell %s", cell).hasSize(2);
        BigDecimal low = numbers.get(0).min(numbers.get(1));
        BigDecimal high = numbers.get(0).max(numbers.get(1));
        if (reading == Reading.BAND || row.polarity() == Polarity.WITHIN_BAND) {
            return Target.band(low, high);
        }
        return row.polarity() == Polarity.HIGHER_IS_BETTER ? Target.thresholds(high, low)
                : Target.thresholds(low, high);
    }

    /** Reads {@code 96%}, {@code 9.3% (665/7121)} or {@code Data suppressed, see part 2 report}. */
    static Outturn outturn(Row row) {
        String cell = row.valueCell();
        if (cell.startsWith("Data suppressed")) {
            return Outturn.missing(row.period(), MissingReason.SUPPRESSED, cell);
        }
        return Outturn.of(row.period(), numbers(cell).get(0));
    }

    static Indicator indicator(Row row, Reading reading) {
        boolean percentage = row.targetCell().contains("%");
        ReportingPeriod targetPeriod = row == R32 ? CY_2022 : FY_2022;
        return Indicator.builder().code(row.no()).title(row.title())
                .unit(percentage ? Unit.percentage(1) : Unit.count(0)).polarity(row.polarity())
                .frequency(Frequency.MONTHLY).putTargets(targetPeriod, target(row, reading)).build();
    }

    /** The published colour: {@code GRFFN} is how the PDF extraction spelled GREEN in row 12. */
    static String published(Row row) {
        return row.ragCell().equals("GRFFN") ? "GREEN" : Rag.parseLenient(row.ragCell()).name();
    }

    static String recomputed(Row row, Reading reading) {
        Assessment assessment = POLICY.assess(indicator(row, reading), outturn(row));
        return assessment.rag().map(Rag::name)
                .orElseGet(() -> assessment.rating().unratedReason().orElseThrow().name());
    }

    private static String colour(String reason) {
        return reason.substring(0, reason.indexOf(':'));
    }

    // ---------------------------------------------------------------- the comparison

    @ParameterizedTest
    @MethodSource("rows")
    void assess_rangesAsThresholds_agreesOrDisagreesAsDocumented(Row row) {
        String expected = THRESHOLDS_DISAGREE.containsKey(row) ? colour(THRESHOLDS_DISAGREE.get(row)) : published(row);
        assertThat(recomputed(row, Reading.THRESHOLDS)).as("%s", row).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("rows")
    void assess_rangesAsBands_agreesOrDisagreesAsDocumented(Row row) {
        String expected = BAND_DISAGREE.containsKey(row) ? colour(BAND_DISAGREE.get(row)) : published(row);
        assertThat(recomputed(row, Reading.BAND)).as("%s", row).isEqualTo(expected);
    }

    @Test
    void assess_rangesAsThresholds_nineOfFifteenAgree() {
        List<String> agree = ROWS.stream().filter(row -> recomputed(row, Reading.THRESHOLDS).equals(published(row)))
                .map(Row::no).toList();
        assertThat(agree).containsExactly("10", "16", "20", "23", "24", "25", "27", "30", "32");
        List<String> disagree = ROWS.stream().filter(row -> !agree.contains(row.no())).map(Row::no).toList();
        assertThat(disagree).containsExactlyInAnyOrderElementsOf(
                THRESHOLDS_DISAGREE.keySet().stream().map(Row::no).toList());
        // Appendix 1 alone: 8 of its 13 rows; the upper part: 1 of 2 (row 10, not row 12).
        assertThat(agree).hasSize(9);
    }

    @Test
    void assess_rangesAsBands_twelveOfFifteenAgree() {
        List<String> disagree = ROWS.stream()
                .filter(row -> !recomputed(row, Reading.BAND).equals(published(row))).map(Row::no).toList();
        assertThat(disagree).containsExactly("1X", "26", "28");
        assertThat(ROWS.size() - disagree.size()).isEqualTo(12);
    }

    // ---------------------------------------------------------------- rows that show a rule

    @Test
    void assess_row19AsThresholds_amberWithExplanation() {
        Assessment assessment = POLICY.assess(indicator(R19, Reading.THRESHOLDS), outturn(R19));
        assertThat(assessment.target()).contains(Target.thresholds(BigDecimal.ZERO, new BigDecimal("12")));
        assertThat(assessment.explanation())
                .isEqualTo("Amber: 10% is between the red threshold of 12% and the green threshold of 0%");
    }

    @Test
    void assess_row18Suppressed_noOutturnWithNote() {
        Assessment assessment = POLICY.assess(indicator(R18, Reading.THRESHOLDS), outturn(R18));
        assertThat(assessment.explanation())
                .isEqualTo("Unrated: no value for 2022/23 YTD Nov-2022 (Data suppressed, see part 2 report)");
    }

    @Test
    void assess_row32YearToDate_redAsLatestMonth() {
        // The Year to Date column (35%) gives the same colour as Nov-22 (27%): both miss the red threshold 65.
        Outturn ytd = Outturn.of(ReportingMonth.parse("Nov-22"), new BigDecimal("35"));
        assertThat(POLICY.assess(indicator(R32, Reading.THRESHOLDS), ytd).rag()).contains(Rag.RED);
    }

    @Test
    void assess_row12OnRedThresholdWithStandardEdges_red() {
        RagPolicy standard = RagPolicy.of("standard edges", RagStrategies.thresholds(Edges.standard()));
        assertThat(standard.assess(indicator(R12, Reading.THRESHOLDS), outturn(R12)).rag()).contains(Rag.RED);
    }

    @Test
    void assess_row26WithWiderMargin_amberAsPublished() {
        // The margin that would reproduce the published Amber: more than 5 caseloads beyond 15.
        RagPolicy wide = RagPolicy.of("wide margin", RagStrategies.band(Tolerances.absolute(new BigDecimal("6"))));
        assertThat(wide.assess(indicator(R26, Reading.BAND), outturn(R26)).rag()).contains(Rag.AMBER);
        RagPolicy five = RagPolicy.of("five caseloads", RagStrategies.band(Tolerances.absolute(new BigDecimal("5"))));
        assertThat(five.assess(indicator(R26, Reading.BAND), outturn(R26)).rag()).contains(Rag.RED);
    }
}
