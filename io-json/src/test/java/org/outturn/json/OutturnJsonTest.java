package org.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outturn.core.Benchmark;
import org.outturn.core.BenchmarkGroup;
import org.outturn.core.FinancialYear;
import org.outturn.core.Fraction;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.OutturnFlag;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.ReportingMonth;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.UnratedReason;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

final class OutturnJsonTest {

    private static final FinancialYear FY = FinancialYear.parse("2024/25");

    static OutturnDocument sample() {
        Indicator neet = Indicator.builder().code("27").title("% of CYP (16 - 17 year olds) NEET")
                .unit(Unit.percentage(1)).polarity(Polarity.LOWER_IS_BETTER).frequency(Frequency.MONTHLY)
                .frameworkCode("DfE NEET").addTags("Children", "Bromley")
                .putTargets(FinancialYear.parse("2022/23"), Target.thresholds(new BigDecimal("1.7"), new BigDecimal("1.9")))
                .addBenchmarks(Benchmark.of(BenchmarkGroup.ENGLAND, FinancialYear.parse("2021/22"), new BigDecimal("2.8")))
                .addBenchmarks(Benchmark.unavailable(BenchmarkGroup.LONDON, FinancialYear.parse("2020/21"), "n/a"))
                .build();
        IndicatorEntry entry = IndicatorEntry.of(neet, List.of(
                Outturn.ofFraction(ReportingMonth.parse("Jun-22"), new BigDecimal("1.3"), Fraction.of(96, 7132),
                        Unit.percentage(1)),
                Outturn.builder().period(ReportingMonth.parse("Sep-22")).value(new BigDecimal("1.00"))
                        .addFlags(OutturnFlag.PROVISIONAL).build(),
                Outturn.missing(ReportingMonth.parse("Dec-22"), MissingReason.NOT_APPLICABLE, "n/a")),
                "bromley", Map.of(FinancialYear.parse("2022/23"), Rating.of(Rag.GREEN)));
        Indicator cs00 = Indicator.builder().code("CS_00").title("Referrals").unit(Unit.count(0))
                .polarity(Polarity.NONE).frequency(Frequency.MONTHLY).putTargets(FY, Target.none("No Target"))
                .build();
        IndicatorEntry context = IndicatorEntry.of(cs00, List.of(Outturn.of(FY, new BigDecimal("277"))), null,
                Map.of(FY, Rating.unrated(UnratedReason.NO_TARGET, "No Target")));
        return OutturnDocument.of("Sample", "Seeds 000 and 004",
                List.of(RagPolicy.create("bromley", "thresholds", Map.of())), List.of(entry, context));
    }

    @Test
    void writeThenRead_givesEqualDocumentKeepingScale() {
        OutturnDocument document = sample();
        String json = OutturnJson.strict().write(document);
        OutturnDocument read = OutturnJson.strict().read(json);
        assertThat(read).isEqualTo(document);
        assertThat(OutturnJson.strict().write(read)).isEqualTo(json);
        assertThat(json).contains("\"value\" : 1.00").contains("\"format\" : \"outturn/1\"")
                .contains("\"Jun-2022\"").contains("\"fraction\" : \"96/7132\"");
    }

    @Test
    void read_invalidDenominator_namesPathValueAndRule() {
        String json = OutturnJson.strict().write(sample()).replace("\"96/7132\"", "\"96/0\"");
        OutturnJsonException ex = catchThrowableOfType(OutturnJsonException.class,
                () -> OutturnJson.strict().read(json));
        assertThat(ex.getMessage()).startsWith("Invalid fraction at $.indicators[0].outturns[\"Jun-2022\"].fraction: "
                + "Invalid value for denominator (must be positive): 0 (line ");
        assertThat(ex.path()).contains("$.indicators[0].outturns[\"Jun-2022\"].fraction");
    }

    @Test
    void read_failingStream_throwsUncheckedIOException() {
        java.io.InputStream failing = new java.io.InputStream() {
            @Override
            public int read() throws java.io.IOException {
                throw new java.io.IOException("disk gone");
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OutturnJson.strict().read(failing))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasRootCauseMessage("disk gone");
    }

    @Test
    void schema_isTheShippedDraft202012Schema() {
        String schema = OutturnJson.schema();
        assertThat(schema).contains("\"$schema\"").contains("https://json-schema.org/draft/2020-12/schema")
                .contains("outturn-1.schema.json");
    }
}
