package org.outturn.rules.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outturn.core.FinancialYear;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Unit;

/**
 * Randomised laws of {@link DirectionOfTravel}. Instancio seeds each repetition; a failing repetition
 * logs {@code Test method '...' failed with seed: N}, and {@code @Seed(N)} on the method replays it.
 */
@ExtendWith(InstancioExtension.class)
final class DirectionOfTravelLawsTest {

    private static final FinancialYear PREVIOUS = FinancialYear.parse("2023/24");
    private static final FinancialYear CURRENT = FinancialYear.parse("2024/25");

    private static BigDecimal decimal(String min, String max) {
        int scale = Instancio.gen().ints().range(0, 4).get();
        return Instancio.gen().math().bigDecimal().min(new BigDecimal(min)).max(new BigDecimal(max))
                .scale(scale).get();
    }

    /** A value, often close to or equal to the base so that the threshold's boundary is exercised. */
    private static BigDecimal near(BigDecimal base) {
        switch (Instancio.gen().ints().range(0, 3).get()) {
            case 0:
                return base;
            case 1:
                return base.add(decimal("-2", "2"));
            default:
                return decimal("-1000", "1000");
        }
    }

    private static BigDecimal threshold() {
        return Instancio.gen().booleans().get() ? BigDecimal.ZERO : decimal("0", "2");
    }

    private static Unit unit() {
        return Instancio.gen().oneOf(Unit.percentage(2), Unit.ratePer(10_000, 2), Unit.count(0), Unit.score(2)).get();
    }

    private static Polarity polarity() {
        return Instancio.gen().oneOf(Polarity.values()).get();
    }

    private static Outturn outturn(FinancialYear period, BigDecimal value) {
        return Instancio.gen().ints().range(0, 9).get() == 0
                ? Outturn.missing(period, MissingReason.NOT_YET_AVAILABLE) : Outturn.of(period, value);
    }

    @RepeatedTest(500)
    void between_swappedFromAndTo_reversesDirectionAndNegatesChange() {
        BigDecimal a = decimal("-1000", "1000");
        Outturn from = outturn(PREVIOUS, a);
        Outturn to = outturn(CURRENT, near(a));
        Polarity polarity = polarity();
        Unit unit = unit();
        BigDecimal threshold = threshold();
        DirectionOfTravel forward = DirectionOfTravel.between(from, to, polarity, unit, threshold);
        DirectionOfTravel backward = DirectionOfTravel.between(to, from, polarity, unit, threshold);
        assertThat(backward.direction()).isEqualTo(forward.direction().map(Direction::reversed));
        assertThat(backward.absoluteChange()).isEqualTo(forward.absoluteChange().map(BigDecimal::negate));
        assertThat(backward.trend()).isEqualTo(forward.trend().reversed());
    }

    @RepeatedTest(500)
    void between_reversedPolarity_reversesTrendAndKeepsDirection() {
        BigDecimal a = decimal("-1000", "1000");
        Outturn from = outturn(PREVIOUS, a);
        Outturn to = outturn(CURRENT, near(a));
        Polarity polarity = polarity();
        Unit unit = unit();
        BigDecimal threshold = threshold();
        DirectionOfTravel dot = DirectionOfTravel.between(from, to, polarity, unit, threshold);
        DirectionOfTravel reversed = DirectionOfTravel.between(from, to, polarity.reversed(), unit, threshold);
        assertThat(reversed.trend()).isEqualTo(dot.trend().reversed());
        assertThat(reversed.direction()).isEqualTo(dot.direction());
        if (polarity.isDirectional() && dot.direction().isPresent()) {
            assertThat(dot.trend()).isNotEqualTo(Trend.NOT_COMPARABLE);
        }
    }

    @RepeatedTest(500)
    void direction_agreesWithExactChangeAndThreshold() {
        BigDecimal a = decimal("-1000", "1000");
        BigDecimal b = near(a);
        BigDecimal threshold = threshold();
        DirectionOfTravel dot = DirectionOfTravel.between(Outturn.of(PREVIOUS, a), Outturn.of(CURRENT, b),
                polarity(), unit(), threshold);
        BigDecimal change = b.subtract(a);
        Direction expected = change.abs().compareTo(threshold) <= 0 ? Direction.NO_CHANGE
                : change.signum() > 0 ? Direction.INCREASE : Direction.DECREASE;
        assertThat(dot.direction()).contains(expected);
        assertThat(dot.absoluteChange()).contains(change);
        assertThat(dot.absoluteChange().get().scale()).isEqualTo(Math.max(a.scale(), b.scale()));
        if (a.signum() != 0 && change.signum() != 0) {
            assertThat(dot.percentageChange().get().signum()).isIn(0, change.signum());
        }
    }
}
