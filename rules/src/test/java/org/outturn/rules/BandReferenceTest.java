package org.outturn.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outturn.rules.Fixtures.d;
import static org.outturn.rules.Fixtures.indicator;
import static org.outturn.rules.Fixtures.outturn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Target;

/**
 * A value inside a band is compared with the nearer bound (the lower one when halfway), which the
 * assessment works out when asked for rather than while rating.
 */
final class BandReferenceTest {

    private static final RagPolicy POLICY = RagPolicy.of("test", RagStrategies.band(Tolerances.absolute(d("2"))));

    @ParameterizedTest
    @CsvSource({
            "WITHIN_BAND, 10, 10, 0",
            "WITHIN_BAND, 12.5, 10, 2.5",
            "WITHIN_BAND, 15, 10, 5",
            "WITHIN_BAND, 15.01, 20, -4.99",
            "WITHIN_BAND, 20, 20, 0",
            "HIGHER_IS_BETTER, 14.99, 10, 4.99",
            "HIGHER_IS_BETTER, 23, 20, 3",
            "LOWER_IS_BETTER, 7, 10, -3",
            "LOWER_IS_BETTER, 17, 20, -3"})
    void band_green_referenceIsNearerBound(Polarity polarity, String value, String reference, String distance) {
        Assessment result = POLICY.assess(indicator(polarity), Target.band(d("10"), d("20")), outturn(value));
        assertThat(result.rag()).contains(Rag.GREEN);
        assertThat(result.reference()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo(reference));
        assertThat(result.distance()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo(distance));
        assertThat(result).isEqualTo(POLICY.assess(indicator(polarity), Target.band(d("10"), d("20")),
                outturn(value)));
    }
}
