package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Randomised laws of the model's value types. Instancio seeds each repetition; a failing repetition
 * logs {@code Test method '...' failed with seed: N}, and {@code @Seed(N)} on the method replays it.
 */
@ExtendWith(InstancioExtension.class)
final class ModelLawsTest {

    private static final ReportingPeriod PERIOD = FinancialYear.parse("2024/25");

    private static BigDecimal decimal() {
        int scale = Instancio.gen().ints().range(0, 4).get();
        return Instancio.gen().math().bigDecimal().min(new BigDecimal("-100000")).max(new BigDecimal("100000"))
                .scale(scale).get();
    }

    private static BigDecimal rescaled(BigDecimal value) {
        return value.setScale(value.scale() + Instancio.gen().ints().range(1, 3).get());
    }

    @RepeatedTest(200)
    void equals_rescaledDecimals_areEqualWithEqualHashes() {
        BigDecimal a = decimal();
        BigDecimal b = decimal();
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        assertThat(Outturn.of(PERIOD, rescaled(a))).isEqualTo(Outturn.of(PERIOD, a))
                .hasSameHashCodeAs(Outturn.of(PERIOD, a));
        assertThat(Target.single(rescaled(a))).isEqualTo(Target.single(a)).hasSameHashCodeAs(Target.single(a));
        assertThat(Target.thresholds(rescaled(a), b)).isEqualTo(Target.thresholds(a, rescaled(b)))
                .hasSameHashCodeAs(Target.thresholds(a, rescaled(b)));
        assertThat(Target.band(rescaled(low), high)).isEqualTo(Target.band(low, rescaled(high)))
                .hasSameHashCodeAs(Target.band(low, rescaled(high)));
        assertThat(Benchmark.of(BenchmarkGroup.ENGLAND, PERIOD, rescaled(a)))
                .isEqualTo(Benchmark.of(BenchmarkGroup.ENGLAND, PERIOD, a))
                .hasSameHashCodeAs(Benchmark.of(BenchmarkGroup.ENGLAND, PERIOD, a));
        assertThat(Outturn.of(PERIOD, a).equals(Outturn.of(PERIOD, b))).isEqualTo(a.compareTo(b) == 0);
    }

    @RepeatedTest(200)
    void band_contains_agreesWithBounds() {
        BigDecimal a = decimal();
        BigDecimal b = decimal();
        BigDecimal value = decimal();
        Target.Band band = Target.band(a.min(b), a.max(b));
        boolean inside = value.compareTo(a.min(b)) >= 0 && value.compareTo(a.max(b)) <= 0;
        assertThat(band.contains(value)).isEqualTo(inside);
        assertThat(band.contains(band.lowInclusive())).isTrue();
        assertThat(band.contains(band.highInclusive())).isTrue();
    }

    @RepeatedTest(200)
    void compareBetter_isAntisymmetricAndReversedByPolarity() {
        BigDecimal a = decimal();
        BigDecimal b = decimal();
        for (Polarity polarity : List.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER)) {
            assertThat(polarity.compareBetter(a, b)).isEqualTo(-polarity.compareBetter(b, a));
            assertThat(polarity.reversed().compareBetter(a, b)).isEqualTo(polarity.compareBetter(b, a));
            assertThat(polarity.compareBetter(a, rescaled(a))).isZero();
        }
    }

    @RepeatedTest(100)
    void unit_parse_invertsToString() {
        int places = Instancio.gen().ints().range(0, 10).get();
        long base = (long) Math.pow(10, Instancio.gen().ints().range(1, 9).get());
        List<Unit> units = List.of(Unit.percentage(places), Unit.ratePer(base, places), Unit.count(places),
                Unit.score(places), Unit.ratio(places), Unit.currency(Currency.getInstance("EUR"), places),
                Unit.duration(Instancio.gen().oneOf(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS,
                        ChronoUnit.YEARS).get(), places));
        for (Unit unit : units) {
            assertThat(Unit.parse(unit.toString())).isEqualTo(unit);
        }
    }

    @RepeatedTest(200)
    void checkFraction_acceptsRoundedQuotientAndRejectsNeighbours() {
        long denominator = Instancio.gen().longs().range(1L, 1_000_000L).get();
        long numerator = Instancio.gen().longs().range(0L, denominator).get();
        int scale = Instancio.gen().ints().range(0, 4).get();
        Fraction fraction = Fraction.of(numerator, denominator);
        Unit unit = Unit.percentage(scale);
        BigDecimal published = unit.valueOf(fraction, scale);
        BigDecimal step = BigDecimal.ONE.movePointLeft(scale);

        unit.checkFraction(published, fraction);
        assertThat(Fraction.parse(fraction.toString())).isEqualTo(fraction);
        assertThat(Outturn.ofFraction(PERIOD, published, fraction, unit).fraction()).contains(fraction);
        assertThatIllegalArgumentException().isThrownBy(() -> unit.checkFraction(published.add(step), fraction));
        assertThatIllegalArgumentException().isThrownBy(() -> unit.checkFraction(published.subtract(step), fraction));
    }
}
