package org.outturn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outturn.stats.Confidence.NINETY_FIVE;
import static org.outturn.stats.Confidence.NINETY_NINE_POINT_EIGHT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class StandardisedRatesTest {

    private static final StandardPopulation TWO_BANDS = StandardPopulation.of("Two bands",
            twoBands(60_000, 40_000));

    private static Map<String, BigDecimal> twoBands(long young, long old) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("0-64", BigDecimal.valueOf(young));
        weights.put("65+", BigDecimal.valueOf(old));
        return weights;
    }

    @Test
    void europeanStandard2013_hasNineteenBandsSummingToOneHundredThousand() {
        StandardPopulation esp = StandardPopulation.europeanStandard2013();

        assertThat(esp.name()).isEqualTo("European Standard Population 2013");
        assertThat(esp.bands()).hasSize(19).startsWith("0-4", "5-9").endsWith("85-89", "90+");
        assertThat(esp.total()).isEqualByComparingTo("100000");
        assertThat(esp.weights().get("0-4")).isEqualByComparingTo("5000");
        assertThat(esp.weights().get("90+")).isEqualByComparingTo("1000");
    }

    // Two bands, weights 60,000 and 40,000 (sum W = 100,000); 20 events in 10,000 and 30 in 2,000:
    //   DSR = (60000 * 20/10000 + 40000 * 30/2000) / 100000 x 100000 = (120 + 600) / 100000 x 100000 = 720;
    //   var = (60000^2 * 20/10000^2 + 40000^2 * 30/2000^2) / W^2 = (720 + 12000) / 1e10 = 1.272e-6;
    //   O = 50, sqrt(var / O) x 100000 = 15.9499; Byars(50) at 95% = 37.108 - 65.920, so
    //   lower = 720 + 15.9499 * (37.108 - 50) = 514.375, upper = 720 + 15.9499 * (65.920 - 50) = 973.925.
    @Test
    void direct_twoBands_givesWorkedDsr() {
        List<BandCounts> bands = List.of(BandCounts.of("65+", 30, 2000), BandCounts.of("0-64", 20, 10_000));

        Estimate estimate = StandardisedRates.direct(bands, TWO_BANDS, 100_000, NINETY_FIVE, NINETY_NINE_POINT_EIGHT);

        assertThat(estimate.method()).isEqualTo(IntervalMethod.DOBSON);
        Expect.value(estimate, 720);
        assertThat(estimate.numerator()).hasValue(BigDecimal.valueOf(50));
        assertThat(estimate.denominator()).hasValue(BigDecimal.valueOf(12_000));
        Expect.limits(estimate, NINETY_FIVE, 514.3752118635357, 973.9252516043775);
        Expect.limits(estimate, NINETY_NINE_POINT_EIGHT, 415.9100937628399, 1134.208309196153);
    }

    // ESP 2013, band k (k = 1 .. 19) with k events in 10,000: DSR = sum(w_k k / 10000) = 89.25 per
    // 100,000; O = 190; var = sum(w_k^2 k / 10000^2) / 1e10; limits 75.820701 - 104.206935.
    @Test
    void direct_europeanStandard_givesWorkedDsr() {
        List<BandCounts> bands = new ArrayList<>();
        List<String> labels = StandardPopulation.europeanStandard2013().bands();
        for (int k = 0; k < labels.size(); k++) {
            bands.add(BandCounts.of(labels.get(k), k + 1, 10_000));
        }

        Estimate estimate = StandardisedRates.direct(bands, StandardPopulation.europeanStandard2013(), 100_000,
                NINETY_FIVE);

        Expect.value(estimate, 89.25);
        Expect.limits(estimate, NINETY_FIVE, 75.82070059446544, 104.2069353781966);
    }

    // Non-independent: 0-64 has 10 people with 1 event and 5 with 2 (20 events), 65+ 10 with 1 and
    // 10 with 2 (30 events): the DSR is again 720, but
    //   var = ((1*10 + 4*5) (60000/10000)^2 + (1*10 + 4*10) (40000/2000)^2) / 1e10 = (1080 + 20000) / 1e10 = 2.108e-6,
    //   so the limits widen to 720 + sqrt(2.108e-6 / 50) x 1e5 (Byars(50) - 50) = 455.291909 - 1046.886992.
    @Test
    void directNonIndependent_repeatEvents_widenTheInterval() {
        List<BandFrequency> rows = List.of(
                BandFrequency.of("0-64", 1, 10, 10_000), BandFrequency.of("0-64", 2, 5, 10_000),
                BandFrequency.of("65+", 1, 10, 2000), BandFrequency.of("65+", 2, 10, 2000));

        Estimate estimate = StandardisedRates.directNonIndependent(rows, TWO_BANDS, 100_000, NINETY_FIVE);

        Expect.value(estimate, 720);
        assertThat(estimate.numerator()).hasValue(BigDecimal.valueOf(50));
        Expect.limits(estimate, NINETY_FIVE, 455.2919093665807, 1046.886992200556);
    }

    @Test
    void directNonIndependent_oneEventEach_equalsIndependent() {
        List<BandFrequency> rows = List.of(BandFrequency.of("0-64", 1, 20, 10_000), BandFrequency.of("65+", 1, 30, 2000),
                BandFrequency.of("65+", 0, 1970, 2000));
        List<BandCounts> bands = List.of(BandCounts.of("0-64", 20, 10_000), BandCounts.of("65+", 30, 2000));

        assertThat(StandardisedRates.directNonIndependent(rows, TWO_BANDS, 100_000, NINETY_FIVE))
                .isEqualTo(StandardisedRates.direct(bands, TWO_BANDS, 100_000, NINETY_FIVE));
    }

    @Test
    void direct_nineEvents_isNotGiven() {
        Estimate nine = StandardisedRates.direct(
                List.of(BandCounts.of("0-64", 4, 10_000), BandCounts.of("65+", 5, 2000)), TWO_BANDS, 100_000, NINETY_FIVE);
        Estimate ten = StandardisedRates.direct(
                List.of(BandCounts.of("0-64", 5, 10_000), BandCounts.of("65+", 5, 2000)), TWO_BANDS, 100_000, NINETY_FIVE);

        assertThat(nine.notComputable()).hasValue(NotComputableReason.FEWER_THAN_MINIMUM_EVENTS);
        assertThat(NotComputableReason.FEWER_THAN_MINIMUM_EVENTS.displayName()).isEqualTo("Fewer than 10 events");
        assertThat(ten.isComputable()).isTrue();
    }

    @Test
    void direct_zeroEvents_isNotComputable() {
        Estimate estimate = StandardisedRates.direct(
                List.of(BandCounts.of("0-64", 0, 10_000), BandCounts.of("65+", 0, 2000)), TWO_BANDS, 100_000, NINETY_FIVE);

        assertThat(estimate.notComputable()).hasValue(NotComputableReason.ZERO_EVENTS);
    }

    @Test
    void direct_zeroPopulationBand_isNotComputable() {
        Estimate estimate = StandardisedRates.direct(
                List.of(BandCounts.of("0-64", 20, 10_000), BandCounts.of("65+", 0, 0)), TWO_BANDS, 100_000, NINETY_FIVE);

        assertThat(estimate.notComputable()).hasValue(NotComputableReason.ZERO_POPULATION);
    }

    @Test
    void direct_eventsWithoutPopulation_fails() {
        assertThatThrownBy(() -> StandardisedRates.direct(
                List.of(BandCounts.of("0-64", 20, 10_000), BandCounts.of("65+", 3, 0)), TWO_BANDS, 100_000, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for events of band 65+ (must be 0 when the population is 0): 3");
    }

    @Test
    void direct_extraBand_failsNamingIt() {
        assertThatThrownBy(() -> StandardisedRates.direct(List.of(BandCounts.of("0-64", 20, 10_000),
                BandCounts.of("65+", 30, 2000), BandCounts.of("95+", 1, 10)), TWO_BANDS, 100_000, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for band (not a band of the Two bands, whose bands are 0-64, 65+): 95+");
    }

    @Test
    void direct_missingBand_failsNamingIt() {
        assertThatThrownBy(() -> StandardisedRates.direct(List.of(BandCounts.of("0-64", 20, 10_000)),
                TWO_BANDS, 100_000, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for bands (missing a band of the Two bands): 65+");
    }

    @Test
    void direct_bandTwice_failsNamingIt() {
        assertThatThrownBy(() -> StandardisedRates.direct(List.of(BandCounts.of("0-64", 20, 10_000),
                BandCounts.of("0-64", 20, 10_000), BandCounts.of("65+", 30, 2000)), TWO_BANDS, 100_000, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for bands (each band at most once): 0-64");
    }

    @Test
    void directNonIndependent_populationsDisagree_fails() {
        assertThatThrownBy(() -> StandardisedRates.directNonIndependent(List.of(BandFrequency.of("0-64", 1, 20, 1000),
                BandFrequency.of("0-64", 2, 5, 1200), BandFrequency.of("65+", 1, 30, 2000)), TWO_BANDS, 100_000, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for population of band 0-64 (must be the same on every row of the band, 1000): 1200");
    }

    @Test
    void bandCounts_negativeEvents_fails() {
        assertThatThrownBy(() -> BandCounts.of("0-4", -1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for events of band 0-4 (must not be negative): -1");
    }

    @Test
    void standardPopulation_negativeWeight_fails() {
        assertThatThrownBy(() -> StandardPopulation.of("Bad", twoBands(-1, 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for weight of band 0-64 (must not be negative): -1");
    }

    @Test
    void standardPopulation_equalsIgnoresScale() {
        Map<String, BigDecimal> scaled = new LinkedHashMap<>();
        scaled.put("0-64", new BigDecimal("60000.0"));
        scaled.put("65+", new BigDecimal("40000.00"));
        StandardPopulation same = StandardPopulation.of("Two bands", scaled);

        assertThat(same).isEqualTo(TWO_BANDS).hasSameHashCodeAs(TWO_BANDS);
        assertThat(StandardPopulation.of("Two bands", twoBands(60_000, 40_001))).isNotEqualTo(TWO_BANDS);
    }

    @Test
    void standardPopulation_allZero_fails() {
        assertThatThrownBy(() -> StandardPopulation.of("Bad", twoBands(0, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for standard population Bad (weights must not all be zero): 0");
    }
}
