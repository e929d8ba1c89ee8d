package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.outturn.core.internal.CoreAccess;

/** The memo an indicator's target index keeps per target: by the target's identity, for its own targets only. */
final class TargetMemoTest {

    @Test
    void remember_keepsOneMemoPerOwnTarget_byIdentity() {
        Target year = Target.single(new BigDecimal("95"));
        Target month = Target.single(new BigDecimal("95"));
        Indicator indicator = Indicator.builder().code("M_01").title("Memo").unit(Unit.percentage(1))
                .polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.MONTHLY)
                .putTargets(FinancialYear.of(2024), year).putTargets(ReportingMonth.parse("Apr-2024"), month).build();
        CoreAccess.Lender lender = CoreAccess.lender();
        assertThat(lender.memo(indicator, year)).isNull();
        lender.remember(indicator, year, "year");
        lender.remember(indicator, month, "month");
        assertThat(lender.memo(indicator, year)).isEqualTo("year");
        assertThat(lender.memo(indicator, month)).isEqualTo("month");
        lender.remember(indicator, year, "again");
        assertThat(lender.memo(indicator, year)).isEqualTo("again");
        // An equal target that is not the indicator's own keeps nothing.
        Target other = Target.single(new BigDecimal("95"));
        lender.remember(indicator, other, "other");
        assertThat(lender.memo(indicator, other)).isNull();
        assertThat(lender.memo(indicator, year)).isEqualTo("again");
    }
}
