package org.outturn.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.rules.report.IndicatorEntry;

/** Every header synonym, in any case. */
final class HeaderSynonymsTest {

    private static final FinancialYear Y2425 = FinancialYear.parse("2024/25");

    private static IndicatorEntry read(String csv) {
        return OutturnCsv.read(new StringReader(csv), "s.csv", ImportOptions.defaults()).indicators().get(0);
    }

    static Stream<String> codes() {
        return Stream.of("Ref", "Reference", "Code", "PI", "PI Ref", "REF NO", "Indicator Ref", "KPI ref");
    }

    @ParameterizedTest
    @MethodSource("codes")
    void read_codeSynonym_isTheReference(String header) {
        assertThat(read(header + ",Polarity,2024/25\nX1,High,1\n").indicator().code()).isEqualTo("X1");
    }

    static Stream<String> titles() {
        return Stream.of("Indicator", "Measure", "Title", "Performance Indicator", "indicator name", "KPI");
    }

    @ParameterizedTest
    @MethodSource("titles")
    void read_titleSynonym_isTheTitle(String header) {
        assertThat(read("Ref," + header + ",Polarity,2024/25\nX1,Looked after children,High,1\n").indicator().title())
                .isEqualTo("Looked after children");
    }

    static Stream<String> polarities() {
        return Stream.of("Polarity", "Good is", "GOOD IS:", "Good performance is");
    }

    @ParameterizedTest
    @MethodSource("polarities")
    void read_polaritySynonym_isThePolarity(String header) {
        assertThat(read("Ref," + header + ",2024/25\nX1,Low,1\n").indicator().polarity())
                .isEqualTo(Polarity.LOWER_IS_BETTER);
    }

    static Stream<String> targets() {
        return Stream.of("Target", "Target 2024/25", "target_2024/25", "Target or Range of acceptable performance");
    }

    @ParameterizedTest
    @MethodSource("targets")
    void read_targetSynonym_isTheTargetOfTheYear(String header) {
        assertThat(read("Ref,Polarity,2024/25," + header + "\nX1,High,1,5\n").indicator().targets())
                .containsEntry(Y2425, Target.single(new BigDecimal("5")));
    }

    static Stream<String> rags() {
        return Stream.of("RAG", "Status", "RAG Status", "rag rating", "RAG Year End 24/25", "Status 2024/25",
                "RAG 2024/25", "published_rag");
    }

    @ParameterizedTest
    @MethodSource("rags")
    void read_ragSynonym_isThePublishedRating(String header) {
        assertThat(read("Ref,Polarity,2024/25," + header + "\nX1,High,1,G\n").published())
                .containsEntry(Y2425, Rating.of(Rag.GREEN));
    }

    static Stream<String> frequencies() {
        return Stream.of("Frequency", "Reporting frequency");
    }

    @ParameterizedTest
    @MethodSource("frequencies")
    void read_frequencySynonym_isTheFrequency(String header) {
        assertThat(read("Ref,Polarity," + header + ",2024/25\nX1,High,Yearly,1\n").indicator().frequency())
                .isEqualTo(Frequency.ANNUAL);
    }

    static Stream<String> units() {
        return Stream.of("Unit", "Units", "Unit of measure");
    }

    @ParameterizedTest
    @MethodSource("units")
    void read_unitSynonym_isTheUnit(String header) {
        assertThat(read("Ref,Polarity," + header + ",2024/25\nX1,High,%,93.90\n").indicator().unit())
                .isEqualTo(Unit.percentage(2));
    }

    static Stream<String> periods() {
        return Stream.of("2024/25", "2024/2025", "Apr-24", "2024/25 Q1", "Q1 2024/25", "April 2024", "2024 Q1",
                "Jan-Mar 2024", "Autumn 2022", "12 months to Mar-2025", "2017 - 19", "2017/18 - 19/20",
                "2022/23 Q1-Q3", "Jan 2023");
    }

    @ParameterizedTest
    @MethodSource("periods")
    void read_periodHeader_isAPeriodColumn(String header) {
        assertThat(read("Ref,Polarity," + header + "\nX1,High,1\n").outturns()).hasSize(1);
    }
}
