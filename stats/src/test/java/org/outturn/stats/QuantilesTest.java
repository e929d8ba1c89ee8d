package org.outturn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.outturn.core.Polarity;

final class QuantilesTest {

    private static List<Optional<BigDecimal>> values(String... texts) {
        List<Optional<BigDecimal>> values = new ArrayList<>();
        for (String text : texts) {
            values.add(text == null ? Optional.empty() : Optional.of(new BigDecimal(text)));
        }
        return values;
    }

    private static List<OptionalInt> quantiles(int... numbers) {
        List<OptionalInt> list = new ArrayList<>();
        for (int number : numbers) {
            list.add(number == 0 ? OptionalInt.empty() : OptionalInt.of(number));
        }
        return list;
    }

    /**
     * Ten areas into quintiles, lowest first: n = 10, q = 5, quantile = 6 - ceil((11 - rank) * 5 / 10):
     * ranks 1..10 give ceil(5, 4.5, 4, 3.5, 3, 2.5, 2, 1.5, 1, 0.5) = 5, 5, 4, 4, 3, 3, 2, 2, 1, 1, so
     * quintiles 1, 1, 2, 2, 3, 3, 4, 4, 5, 5.
     */
    @Test
    void assign_tenAreasLowerIsBetter_twoPerQuintileLowestFirst() {
        assertThat(Quantiles.assign(values("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), Quantiles.QUINTILES,
                Polarity.LOWER_IS_BETTER)).isEqualTo(quantiles(1, 1, 2, 2, 3, 3, 4, 4, 5, 5));
    }

    @Test
    void assign_tenAreasHigherIsBetter_highestInQuintileOne() {
        assertThat(Quantiles.assign(values("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), Quantiles.QUINTILES,
                Polarity.HIGHER_IS_BETTER)).isEqualTo(quantiles(5, 5, 4, 4, 3, 3, 2, 2, 1, 1));
        assertThat(Quantiles.assign(values("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), Quantiles.QUINTILES,
                Polarity.NONE)).isEqualTo(quantiles(1, 1, 2, 2, 3, 3, 4, 4, 5, 5));
    }

    /** Ties take the lowest rank: 1, 2, 2, 3.0 rank 1, 2, 2, 4; quartile = 5 - (5 - rank) = rank. */
    @Test
    void assign_ties_shareTheLowestRanksQuantile() {
        assertThat(Quantiles.assign(values("1", "2", "2.00", "3.0"), Quantiles.QUARTILES, false))
                .isEqualTo(quantiles(1, 2, 2, 4));
    }

    @Test
    void assign_missingValues_getNoneAndDoNotCount() {
        assertThat(Quantiles.assign(values("5", null, "1", "3", "7"), Quantiles.QUARTILES, false))
                .isEqualTo(quantiles(3, 0, 1, 2, 4));
    }

    @Test
    void assign_fewerAreasThanQuantiles_noneAssigned() {
        assertThat(Quantiles.assign(values("1", "2", "3", null), Quantiles.QUARTILES, false))
                .isEqualTo(quantiles(0, 0, 0, 0));
        assertThat(Quantiles.assign(values(), Quantiles.DECILES, true)).isEmpty();
    }

    /** Deciles of 1 000 random areas: every decile holds 100 and a higher value never has a lower decile. */
    @Test
    void assign_randomAreas_balancedAndMonotone() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Optional<BigDecimal>> values = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            values.add(Optional.of(BigDecimal.valueOf(random.nextInt(1_000_000), 2)));
        }
        List<OptionalInt> deciles = Quantiles.assign(values, Quantiles.DECILES, false);
        for (int i = 0; i < values.size(); i++) {
            for (int j = 0; j < values.size(); j += 37) {
                if (values.get(i).get().compareTo(values.get(j).get()) > 0) {
                    assertThat(deciles.get(i).getAsInt()).as("seed %d", seed)
                            .isGreaterThanOrEqualTo(deciles.get(j).getAsInt());
                }
            }
        }
        assertThat(deciles).allSatisfy(decile -> assertThat(decile.getAsInt()).isBetween(1, 10));
    }

    @Test
    void assign_badCount_isRefused() {
        assertThatThrownBy(() -> Quantiles.assign(values("1"), 0, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for quantiles (valid values 1 or more): 0");
        assertThatThrownBy(() -> Quantiles.assign(null, 4, false)).isInstanceOf(NullPointerException.class)
                .hasMessage("values");
    }
}
