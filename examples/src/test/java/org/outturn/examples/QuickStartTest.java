package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.ReportingMonth;
import org.outturn.core.Target;
import org.outturn.core.Unit;

/** Runs the README's quick start, line for line, so that the README stays true. */
final class QuickStartTest {

    @Test
    void quickStart_printsWhatTheReadmeSays() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        // --- README quick start, with System.out replaced by out ---
        FinancialYear year = FinancialYear.parse("2024/25");
        Indicator careLeavers = Indicator.builder()
                .code("CS_06")
                .title("Percentage of Care Leavers in Suitable Accommodation (aged 19, 20 and 21)")
                .unit(Unit.percentage(2))
                .polarity(Polarity.HIGHER_IS_BETTER)
                .frequency(Frequency.MONTHLY)
                .putTargets(year, Target.single(new BigDecimal("95.00")))   // an illustrative target
                .build();

        Outturn march = Outturn.of(ReportingMonth.parse("Mar-25"), new BigDecimal("93.89"));
        Target target = careLeavers.targetFor(march.period()).orElseThrow(); // the year's target applies
        out.println(march.period() + ": " + careLeavers.unit().format(march.value().orElseThrow())
                + " against " + target);
        out.println(year.periodsOf(Frequency.QUARTERLY));
        // --- end of quick start ---

        assertThat(bytes.toString(StandardCharsets.UTF_8).split("\\R")).containsExactly(
                "Mar-2025: 93.89% against single 95.00",
                "[2024/25 Q1, 2024/25 Q2, 2024/25 Q3, 2024/25 Q4]");
    }
}
